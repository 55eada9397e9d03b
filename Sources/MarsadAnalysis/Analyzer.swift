import MarsadText
import MarsadExtract
import MarsadKnowledge

/// The pipeline: a `Document` in, a `Record` out. Stateless after construction and safe to share
/// across threads; every lookup it uses is built once.
public final class Analyzer: Sendable {
    let quality = QualityInspector()
    let entityStage: EntityStage
    let eventStage = EventStage()
    let englishEvents = EnglishEventStage()

    public init(gazetteer: Gazetteer = .shared) {
        self.entityStage = EntityStage(gazetteer: gazetteer)
    }

    public func analyze(_ document: Document, publishedOverride: String? = nil) -> Record {
        let text = Normalizer.normalize(document.text, level: .display).text
        let title = document.title.map { Normalizer.normalize($0, level: .display).text }
        let language = Analyzer.language(of: text, title: title, declared: document.declaredLanguage)
        let published = publishedOverride ?? document.published
        let ctx = AnalysisContext(text: text, published: published, language: language)
        var record = Record(
            id: RecordID.make(folded: ctx.folded.text),
            source: Source(uri: document.uri, site: document.site, canonicalURL: document.canonicalURL),
            title: title, published: published, author: document.author, language: language,
            text: text, removed: document.removed, sentences: ctx.sentences)
        record.quality = quality.inspect(scalars: ctx.scalars, tokens: ctx.tokens)
        let layer = entityStage.run(ctx)
        record.entities = layer.entities
        (record.statements, record.events, record.contradictions) = language == "en"
            ? englishEvents.run(ctx, entities: layer) : eventStage.run(ctx, entities: layer)
        return record
    }

    /// The text's language as identified; a page's declared language is taken only when the text is too
    /// short or too mixed to tell (a wrong `lang` attribute is common on news sites).
    static func language(of text: String, title: String?, declared: String?) -> String {
        let guess = LanguageIdentifier.identify(text.isEmpty ? (title ?? "") : text)
        if guess.language != "und", guess.confidence >= 0.5 { return guess.language }
        if let declared, !declared.isEmpty {
            return String(declared.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "und")
        }
        return guess.language
    }
}
