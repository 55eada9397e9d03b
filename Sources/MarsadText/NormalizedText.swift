/// How far `Normalizer` goes.
///
/// - `display`: NFC, whitespace collapsed (runs of horizontal space → one U+0020; a run containing one
///   line break → "\n", several → "\n\n"; none at the start or end), zero-width characters, bidi
///   controls, soft hyphens, C0/C1 controls and tatweel (U+0640) removed. Letters are untouched.
/// - `search`: `display` plus the folds that make Arabic spelling variants meet: alef forms → ا,
///   ؤ → و, ئ → ي, ى → ي, ة → ه, diacritics and Quranic marks removed, Arabic-Indic and Persian
///   digits → ASCII, presentation forms → base letters, Persian/Urdu letter variants → Arabic,
///   Latin lowercased. Standalone hamza ء is **kept** (dropping it would merge words such as
///   جزء/جز, سماء/سما); so is every letter without an Arabic counterpart (پ چ ژ گ).
public enum NormalizationLevel: Sendable { case display, search }

/// A normalised string with the way back to the original.
public struct NormalizedText: Sendable {
    /// The normalised string.
    public let text: String
    /// `origin[i]` is the code point offset in the original of output code point `i`;
    /// `origin.count` is the number of output code points + 1, the last entry being the original's length.
    /// Offsets never decrease. Characters that expand (a ligature → several letters) all point at the
    /// ligature; a collapsed whitespace run points at its first character.
    public let origin: [Int]

    public init(text: String, origin: [Int]) {
        self.text = text
        self.origin = origin
    }

    /// Number of code points in `text`.
    public var count: Int { origin.count - 1 }

    /// Maps a code point range of `text` to the range of the original it came from: from the origin
    /// of its first code point to the origin of the code point after it (so dropped characters inside
    /// the range, such as tatweel or diacritics, are covered, and those after it are not).
    public func originalRange(_ r: Range<Int>) -> Range<Int> {
        let lo = origin[max(0, min(r.lowerBound, origin.count - 1))]
        let hi = origin[max(0, min(r.upperBound, origin.count - 1))]
        if r.isEmpty { return lo..<lo }
        return lo..<max(lo, hi)
    }
}
