import MarsadAnalysis

/// A parsed full-text query. Words are reduced to search keys (so clitics and spelling variants
/// match); text in double quotes is a phrase whose words must be adjacent.
public struct SearchQuery: Sendable, Equatable {
    /// One group per query word: the word's key and, when `variants` is on, its transliteration variants.
    public let terms: [[String]]
    /// Phrases as runs of indices into `terms`.
    public let phrases: [Range<Int>]
    public let raw: String

    public init(_ text: String, variants: Bool = true) {
        raw = text
        var terms: [[String]] = [], phrases: [Range<Int>] = []
        var inQuote = false
        for (n, part) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            inQuote = n % 2 == 1
            let start = terms.count
            for w in SearchTokens.words(String(part)) {
                let g = variants ? SearchKey.variants(w.key) : [w.key]
                if !terms.contains(g) || inQuote { terms.append(g) }
            }
            if inQuote && terms.count - start > 1 { phrases.append(start..<terms.count) }
        }
        self.terms = terms; self.phrases = phrases
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// FTS5 MATCH expression: ("k1" OR "k1'") AND ("k2").
    var fts5Expression: String {
        terms.map { g in "(" + g.map { "\"" + $0 + "\"" }.joined(separator: " OR ") + ")" }.joined(separator: " AND ")
    }

    /// tsquery literal: ('k1' | 'k1'') & ('k2').
    var tsqueryLiteral: String {
        terms.map { g in "(" + g.map { "'" + $0 + "'" }.joined(separator: " | ") + ")" }.joined(separator: " & ")
    }
}

/// One search result: the record's identity, its score, and where the query matched in the original text.
public struct SearchHit: Sendable, Codable, Equatable {
    public let id: String
    public let title: String?
    public let published: String?
    public let site: String?
    public let uri: String?
    public let score: Double
    /// Code point ranges in `Record.text` of the matched words (in the original spelling).
    public let highlights: [Span]
    /// A window of the original text around the first match, matches marked with ⟦ ⟧.
    public let snippet: String
}

/// Maps a query back onto a record's original text: which words matched, and a marked snippet.
public enum Highlighter {
    /// Matched word spans; nil when a quoted phrase of the query does not occur as adjacent words.
    public static func highlights(of query: SearchQuery, in text: String) -> [Span]? {
        let words = SearchTokens.words(text)
        let sets = query.terms.map { Set($0) }
        var spans: [Span] = []
        var matchedTerms = Set<Int>()
        var inPhrase = Set<Int>()
        for ph in query.phrases {
            var found = false
            if ph.count <= words.count {
                for i in 0...(words.count - ph.count) {
                    if ph.enumerated().allSatisfy({ sets[$0.element].contains(words[i + $0.offset].key) }) {
                        found = true
                        for k in 0..<ph.count { spans.append(Span(start: words[i + k].start, end: words[i + k].end)) }
                    }
                }
            }
            if !found { return nil }
            for t in ph { matchedTerms.insert(t); inPhrase.insert(t) }
        }
        for w in words {
            for (t, s) in sets.enumerated() where !inPhrase.contains(t) && s.contains(w.key) {
                spans.append(Span(start: w.start, end: w.end)); matchedTerms.insert(t)
            }
        }
        let unique = Array(Set(spans)).sorted { $0.start < $1.start }
        return unique
    }

    public static func snippet(_ text: String, highlights: [Span], radius: Int = 60) -> String {
        let scalars = Array(text.unicodeScalars)
        guard let first = highlights.first else {
            return String(String.UnicodeScalarView(scalars.prefix(2 * radius)))
        }
        let lo = max(0, first.start - radius), hi = min(scalars.count, first.end + radius)
        var out = String.UnicodeScalarView()
        if lo > 0 { out.append("…") }
        var pos = lo
        for h in highlights where h.start >= lo && h.end <= hi && h.start >= pos {
            out.append(contentsOf: scalars[pos..<h.start]); out.append("⟦")
            out.append(contentsOf: scalars[h.start..<h.end]); out.append("⟧")
            pos = h.end
        }
        out.append(contentsOf: scalars[pos..<hi])
        if hi < scalars.count { out.append("…") }
        return String(out).replacingNewlines()
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\n" ? " " : $0 }))
    }
}
