/// A document after extraction: the clean main text and what is known about it.
/// It is the input of the analyzer and knows nothing of entities or events.
public struct Document: Sendable, Equatable {
    /// A name for error messages and provenance: a path, "stdin", "file.warc.gz#record-12", a feed item link.
    public var name: String
    public var uri: String?
    public var site: String?
    public var canonicalURL: String?
    public var title: String?
    /// ISO 8601 as found (date or date-time).
    public var published: String?
    public var author: String?
    /// BCP 47 tag when the page declares one (`lang` attribute, JSON field); the analyzer checks it against the text.
    public var declaredLanguage: String?
    /// Clean main text, paragraphs separated by "\n".
    public var text: String
    /// What was dropped as boilerplate (debris lines, title suffix, …), in order of appearance.
    public var removed: [String]

    public init(name: String, uri: String? = nil, site: String? = nil, canonicalURL: String? = nil,
                title: String? = nil, published: String? = nil, author: String? = nil,
                declaredLanguage: String? = nil, text: String, removed: [String] = []) {
        self.name = name; self.uri = uri; self.site = site; self.canonicalURL = canonicalURL
        self.title = title; self.published = published; self.author = author
        self.declaredLanguage = declaredLanguage; self.text = text; self.removed = removed
    }
}
