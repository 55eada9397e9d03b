import Foundation
import MarsadKnowledge

/// The English cue lexicon (`Resources/lexicons/english-cues.tsv`, built by scripts/build_english_lexicon.py):
/// reporting verbs with stance, event words with PLOVER type and mode, casualty words, actor heads with
/// sector, and the closed classes dates and counts need. Entries are `EnglishFold` keys, several words
/// joined by one space; lookups go by the first word, longest phrase first.
struct EnglishLexicon: Sendable {
    static let shared = EnglishLexicon(bundle: .module)

    enum Class: String, Sendable, CaseIterable {
        case report, event, accident, killed, injured, negation, modal, passive, number, vague, weekday, month, relday, past, next, period, head, weapon
    }

    struct Entry: Sendable {
        let cls: Class
        let words: [String]
        let value: String
        let extra: String
        /// Events: "target" when the word is an event only with an actor or place after it, "weapon" when only
        /// with a weapon word after it ("fired two missiles").
        let requires: String
    }

    /// First word → entries starting with it, longest first.
    private let byFirst: [String: [Entry]]

    init(rows: [[String]]) {
        var byFirst: [String: [Entry]] = [:]
        for row in rows where row.count >= 3 {
            guard let cls = Class(rawValue: row[0]) else { continue }
            let words = EnglishFold.key(row[1]).split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            byFirst[first, default: []].append(Entry(cls: cls, words: words, value: row[2], extra: row.count > 3 ? row[3] : "",
                                                 requires: row.count > 4 ? row[4] : ""))
        }
        for k in byFirst.keys { byFirst[k]!.sort { $0.words.count > $1.words.count } }
        self.byFirst = byFirst
    }

    init(bundle: Bundle) {
        guard let url = bundle.url(forResource: "english-cues", withExtension: "tsv", subdirectory: "Resources/lexicons")
            ?? bundle.url(forResource: "english-cues", withExtension: "tsv", subdirectory: "lexicons"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("MarsadAnalysis resource lexicons/english-cues.tsv is missing from the bundle") }
        self.init(rows: text.split(separator: "\n").compactMap { line in
            line.hasPrefix("#") ? nil : line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        })
    }

    /// The longest entry of `cls` starting at word `i` of `words` (keys), and the index after it.
    func match(_ cls: Class, _ words: [EnglishToken], at i: Int, limit: Int? = nil) -> (Entry, Int)? {
        guard i < words.count, let cands = byFirst[words[i].key] else { return nil }
        let hi = min(limit ?? words.count, words.count)
        for e in cands where e.cls == cls && i + e.words.count <= hi {
            var ok = true
            for (k, w) in e.words.enumerated() where words[i + k].key != w || (k > 0 && words[i + k].breakBefore) { ok = false; break }
            if ok { return (e, i + e.words.count) }
        }
        return nil
    }

    func isClass(_ cls: Class, _ key: String) -> Bool {
        byFirst[key]?.contains { $0.cls == cls && $0.words.count == 1 } ?? false
    }

    func value(_ cls: Class, _ key: String) -> String? {
        byFirst[key]?.first { $0.cls == cls && $0.words.count == 1 }?.value
    }
}
