/// Lines and fields of the resource texts the stages load, split on bytes. Splitting a `String` on "\n"
/// walks its Characters (grapheme breaking on every scalar); on the start of a run that cost a sixth of
/// the instructions. "\n" and "\t" are ASCII and never occur inside a UTF-8 sequence, so a byte split
/// gives the same pieces.
public enum TextLines {
    /// The non-empty lines of `text`; lines opening with "#" are left out when `droppingComments`.
    public static func lines(_ text: String, droppingComments: Bool = false) -> [Substring] {
        text.utf8.split(separator: 0x0A).compactMap { l in droppingComments && l.first == 0x23 ? nil : Substring(l) }
    }

    /// The fields of a line between `separator` bytes (a tab unless told).
    public static func fields(_ line: Substring, separator: UInt8 = 0x09, omittingEmpty: Bool = false) -> [Substring] {
        line.utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }
}
