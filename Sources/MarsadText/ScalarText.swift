/// Random access by code point offset (for slicing tokens/mentions out of a text).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(text.utf8.count / 2 + 8)
        s.append(contentsOf: text.unicodeScalars)
        scalars = s
    }

    public var count: Int { scalars.count }

    /// The text of a code point range; the range is clamped to the text.
    public subscript(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, scalars.count)), hi = max(lo, min(r.upperBound, scalars.count))
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<hi])
        return String(v)
    }
}
