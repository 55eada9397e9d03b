/// The article facts a page states in schema.org JSON-LD (`<script type="application/ld+json">`):
/// headline, dates, author, publisher, language and, on many news sites, the full `articleBody`.
/// Blocks are read by `JSONValue.parse` (a byte-level reader; a broken block is skipped).
struct JSONLDArticle {
    var headline: String?
    var datePublished: String?
    var author: String?
    var publisher: String?
    var inLanguage: String?
    var articleBody: String?
    var url: String?

    static let articleTypes: Set<String> = ["article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                                            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "report",
                                            "scholarlyarticle", "techarticle", "liveblogposting", "posting", "socialmediaposting", "webpage"]

    /// Reads all JSON-LD blocks of a page; the first article-typed object wins, a WebPage fills gaps.
    init(scripts: [String]) {
        var objects: [JSONValue] = []
        for script in scripts {
            guard let json = JSONValue.parse(script) else { continue }
            Self.collect(json, into: &objects)
        }
        func typeRank(_ o: JSONValue) -> Int {
            let types: [String]
            switch o["@type"] {
            case .string(let t)?: types = [t]
            case .array(let a)?:
                let strings = a.compactMap(\.stringValue)
                guard strings.count == a.count else { return 9 }
                types = strings
            default: return 9
            }
            for t in types {
                let l = t.lowercased()
                if l == "webpage" { return 5 }
                if Self.articleTypes.contains(l) { return 0 }
            }
            return 9
        }
        let ranked = objects.map { ($0, typeRank($0)) }.filter { $0.1 < 9 }.sorted { $0.1 < $1.1 }
        for (o, rank) in ranked {
            if headline == nil { headline = Self.string(o["headline"]) ?? (rank == 0 ? Self.string(o["name"]) : nil) }
            if datePublished == nil { datePublished = Self.string(o["datePublished"]) ?? Self.string(o["dateCreated"]) }
            if author == nil { author = Self.name(o["author"]) ?? Self.name(o["creator"]) }
            if publisher == nil { publisher = Self.name(o["publisher"]) }
            if inLanguage == nil { inLanguage = Self.string(o["inLanguage"]) ?? Self.name(o["inLanguage"]) }
            if articleBody == nil, rank == 0 { articleBody = Self.string(o["articleBody"]) ?? Self.string(o["text"]) }
            if url == nil { url = Self.string(o["url"]) ?? Self.string(o["mainEntityOfPage"]) }
        }
    }

    /// Objects of a JSON-LD block: top-level objects and arrays, `@graph` and `mainEntity`, recursively.
    static func collect(_ json: JSONValue, into out: inout [JSONValue]) {
        switch json {
        case .array(let a): for x in a { collect(x, into: &out) }
        case .object:
            out.append(json)
            if let g = json["@graph"] { collect(g, into: &out) }
            if let m = json["mainEntity"] { collect(m, into: &out) }
        default: break
        }
    }

    static func string(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: let t = HTMLEntities.decodeAll(s).trimmingSpaces(); return t.isEmpty ? nil : t
        case .array(let a)?: return a.first.flatMap { string($0) }
        case .object?: return string(v?["@id"]) ?? string(v?["url"])
        default: return nil
        }
    }

    /// A Person/Organization name, or a list of names joined with ", ".
    static func name(_ v: JSONValue?) -> String? {
        switch v {
        case .string?: return string(v)
        case .object?: return string(v?["name"])
        case .array(let a)?:
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        default: return nil
        }
    }
}
