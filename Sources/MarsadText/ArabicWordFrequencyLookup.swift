import Foundation

/// Corpus counts of Arabic word forms (see `ArabicWordFrequencyData`), folded with `Normalizer.fold`
/// and parsed once on first use.
final class ArabicWordFrequency: Sendable {
    static let shared = ArabicWordFrequency()

    let counts: [String: Int]

    private init() {
        var counts: [String: Int] = [:]
        counts.reserveCapacity(16_000)
        for line in ArabicWordFrequencyData.table.split(separator: "\n") {
            guard let space = line.lastIndex(of: " "), let n = Int(line[line.index(after: space)...]) else { continue }
            counts[Normalizer.fold(String(line[..<space])), default: 0] += n
        }
        self.counts = counts
    }

    func count(_ folded: String) -> Int { counts[folded] ?? 0 }

    /// Log-scaled evidence that `folded` is a word on its own: its count with and without the article.
    func stemEvidence(_ folded: String) -> Double {
        let n = count(folded) + count("ال" + folded)
        return log1p(Double(n))
    }
}
