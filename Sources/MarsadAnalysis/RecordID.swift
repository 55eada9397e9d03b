import MarsadText

/// The stable record id: SHA-256 of the search-normalised main text (so copies that differ only in
/// whitespace, diacritics, tatweel or hamza spelling share an id), the first 128 bits in hex.
public enum RecordID {
    public static func make(text: String) -> String {
        make(folded: Normalizer.fold(text))
    }

    /// The id from text already folded at the search level (`AnalysisContext.folded`), so the pipeline
    /// does not fold the text twice.
    public static func make(folded: String) -> String {
        String(SHA256.hex(folded.utf8).prefix(32))
    }
}
