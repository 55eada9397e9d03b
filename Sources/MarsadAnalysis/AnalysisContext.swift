import MarsadText

/// What every analysis stage reads: the record text and the layers computed once from it.
/// Offsets everywhere are code point offsets into `text`.
public struct AnalysisContext: Sendable {
    public let text: String
    public let scalars: ScalarText
    public let tokens: [Token]
    public let sentences: [Span]
    /// ISO 8601 publication date or date-time, as found; relative dates resolve against it.
    public let published: String?
    public let language: String
    /// Search-level normalisation of `text`, with its map back to `text` offsets.
    public let folded: NormalizedText

    public init(text: String, published: String?, language: String) {
        self.text = text
        self.scalars = ScalarText(text)
        self.tokens = Tokenizer.tokenize(text)
        self.sentences = SentenceSplitter.split(text).map { Span(start: $0.lowerBound, end: $0.upperBound) }
        self.published = published
        self.language = language
        self.folded = Normalizer.normalize(text, level: .search)
    }

    /// Index of the sentence holding code point `offset` (the last sentence starting at or before it).
    public func sentenceIndex(at offset: Int) -> Int {
        var lo = 0, hi = sentences.count - 1, found = 0
        while lo <= hi {
            let mid = (lo + hi) / 2
            if sentences[mid].start <= offset { found = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return found
    }
}
