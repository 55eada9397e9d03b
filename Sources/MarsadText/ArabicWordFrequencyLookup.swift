import Foundation

/// Corpus counts of Arabic word forms (see `ArabicWordFrequencyData`), folded with `Normalizer.fold`
/// and parsed once on first use. Keys are packed scalar sequences, so a lookup hashes three integers
/// instead of a String.
final class ArabicWordFrequency: Sendable {
    static let shared = ArabicWordFrequency()

    /// Up to 15 scalars below U+0800, 11 bits each, five to an integer.
    struct Key: Hashable {
        var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0
        static let capacity = 15

        @inline(__always) mutating func set(_ v: UInt32, at k: Int) {
            let x = UInt64(v) << (11 * UInt64(k % 5))
            if k < 5 { a |= x } else if k < 10 { b |= x } else { c |= x }
        }

        /// The key of `prefix` + `letters` (with the last letter replaced if asked), or nil when it cannot be packed.
        init?<S: Collection>(_ letters: S, prefix: [UInt32] = [], lastReplacedBy last: UInt32? = nil) where S.Element == UInt32 {
            guard prefix.count + letters.count <= Self.capacity else { return nil }
            var k = 0
            for v in prefix { set(v, at: k); k += 1 }
            let n = letters.count
            for (j, v0) in letters.enumerated() {
                let v = (j == n - 1 ? last : nil) ?? v0
                guard v < 0x800 else { return nil }
                set(v, at: k); k += 1
            }
        }
    }

    let counts: [Key: Int]

    private init() {
        var counts: [Key: Int] = [:]
        counts.reserveCapacity(16_000)
        for line in TextLines.lines(ArabicWordFrequencyData.table) {
            guard let space = line.lastIndex(of: " "), let n = Int(line[line.index(after: space)...]) else { continue }
            let folded = Normalizer.fold(String(line[..<space])).unicodeScalars.map(\.value)
            if let key = Key(folded) { counts[key, default: 0] += n }
        }
        self.counts = counts
    }

    static let article: [UInt32] = [0x0627, 0x0644]

    /// Count of a folded form as a whole token.
    func count(_ folded: ArraySlice<UInt32>, lastReplacedBy last: UInt32? = nil) -> Int {
        Key(folded, lastReplacedBy: last).flatMap { counts[$0] } ?? 0
    }

    /// Log-scaled evidence that a folded form is a word on its own: its count with and without the article.
    func evidence(_ folded: ArraySlice<UInt32>, lastReplacedBy last: UInt32? = nil) -> Double {
        let bare = count(folded, lastReplacedBy: last)
        let withArticle = Key(folded, prefix: Self.article, lastReplacedBy: last).flatMap { counts[$0] } ?? 0
        return log1p(Double(bare + withArticle))
    }
}

/// The most frequent Arabic word forms of the news corpus behind `ArabicWordFrequency`, most frequent
/// first, as listed (search-folded). Stages that look every word up in several lexicons precompute their
/// answers for these, which covers most running words of a news text.
public enum CommonArabicWords {
    public static func mostFrequent(_ limit: Int) -> [String] {
        var out: [String] = []
        out.reserveCapacity(min(limit, 16_000))
        for line in TextLines.lines(ArabicWordFrequencyData.table) {
            guard out.count < limit else { break }
            guard let space = line.lastIndex(of: " ") else { continue }
            out.append(String(line[..<space]))
        }
        return out
    }
}

/// How often a word form occurs as a whole token in the news corpus behind `ArabicWordFrequency`
/// (0 when unseen or too long to count). Other stages ask it whether a word is a word as written
/// ("وكيل", deputy) before they read it as a clitic and a rarer rest ("و" + "كيل", Kiel).
public enum ArabicWordCounts {
    public static func count(_ word: String) -> Int {
        let folded = Normalizer.fold(word).unicodeScalars.map(\.value)
        return ArabicWordFrequency.shared.count(folded[...])
    }
}
