import Foundation
import MarsadText

/// The page-debris phrase resource (`Resources/debris-phrases.tsv`), folded once and kept as sets.
/// Matching is on `Normalizer.fold` keys, so "اقرأ أيضاً" and "إقرأ أيضا" are one phrase.
public struct DebrisPhrases: Sendable {
    public let lines: Set<String>
    /// Prefix phrases, longest first; `colon` when the phrase is written with its colon ("المصدر:", "Source:"),
    /// which the line must have after it too: a body line that merely begins with the word ("المصدر فقد حدد مركز
    /// الهزة …") is no debris.
    public let prefixes: [(stem: String, colon: Bool)]
    /// The longest a line may be (in words) and still count as a prefixed debris line ("Tags: a, b, c").
    public let prefixLineMaxWords = 14

    public static let shared: DebrisPhrases = {
        guard let url = Bundle.module.url(forResource: "Resources/debris-phrases", withExtension: "tsv"),
              let raw = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("MarsadExtract resource debris-phrases.tsv is missing from the bundle")
        }
        return DebrisPhrases(tsv: raw)
    }()

    public init(tsv: String) {
        var lines = Set<String>(), prefixes = [(stem: String, colon: Bool)]()
        for row in tsv.split(separator: "\n") where !row.hasPrefix("#") {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 3 else { continue }
            let phrase = String(cols[2]).trimmingCharacters(in: .whitespaces)
            let key = DebrisPhrases.key(phrase)
            guard !key.isEmpty else { continue }
            if cols[0] == "line" { lines.insert(key) } else if cols[0] == "prefix" { prefixes.append((key, phrase.hasSuffix(":"))) }
        }
        self.lines = lines
        self.prefixes = prefixes.sorted { $0.stem.count > $1.stem.count }
    }

    /// The comparison key of a line: folded, with trailing punctuation and surrounding space trimmed.
    public static func key(_ line: String) -> String {
        var folded = Normalizer.fold(line)
        while let last = folded.unicodeScalars.last, last.properties.generalCategory.isPunctuationOrSpace {
            folded.unicodeScalars.removeLast()
        }
        return folded.trimmingCharacters(in: .whitespaces)
    }

    public func isDebris(_ line: String, wordCount: Int) -> Bool {
        let k = DebrisPhrases.key(line)
        if lines.contains(k) { return true }
        guard wordCount <= prefixLineMaxWords else { return false }
        return prefixes.contains { p in
            guard k.hasPrefix(p.stem) else { return false }
            guard p.colon else { return true }
            // ("المصدر: وكالات", "Source : Reuters"; the key drops a colon that ends the line)
            let rest = k.dropFirst(p.stem.count).drop { $0 == " " }
            return rest.isEmpty || rest.first == ":" || rest.first == "："
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuationOrSpace: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .spaceSeparator, .mathSymbol,
             .otherSymbol:
            return true
        default:
            return false
        }
    }
}
