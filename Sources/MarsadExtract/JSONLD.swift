import Foundation

/// The article facts a page states in schema.org JSON-LD (`<script type="application/ld+json">`):
/// headline, dates, author, publisher, language and, on many news sites, the full `articleBody`.
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
        var objects: [[String: Any]] = []
        for script in scripts {
            // Pages put raw newlines and tabs inside strings, which strict JSON refuses.
            let cleaned = String(String.UnicodeScalarView(script.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
            guard let data = cleaned.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.collect(json, into: &objects)
        }
        func typeRank(_ o: [String: Any]) -> Int {
            let types: [String]
            if let t = o["@type"] as? String { types = [t] } else if let t = o["@type"] as? [String] { types = t } else { return 9 }
            for t in types {
                let l = t.lowercased()
                if l == "webpage" { return 5 }
                if Self.articleTypes.contains(l) { return 0 }
            }
            return 9
        }
        let ranked = objects.filter { typeRank($0) < 9 }.sorted { typeRank($0) < typeRank($1) }
        for o in ranked {
            if headline == nil { headline = Self.string(o["headline"]) ?? (typeRank(o) == 0 ? Self.string(o["name"]) : nil) }
            if datePublished == nil { datePublished = Self.string(o["datePublished"]) ?? Self.string(o["dateCreated"]) }
            if author == nil { author = Self.name(o["author"]) ?? Self.name(o["creator"]) }
            if publisher == nil { publisher = Self.name(o["publisher"]) }
            if inLanguage == nil { inLanguage = Self.string(o["inLanguage"]) ?? Self.name(o["inLanguage"]) }
            if articleBody == nil, typeRank(o) == 0 { articleBody = Self.string(o["articleBody"]) ?? Self.string(o["text"]) }
            if url == nil { url = Self.string(o["url"]) ?? Self.string(o["mainEntityOfPage"]) }
        }
    }

    static func collect(_ json: Any, into out: inout [[String: Any]]) {
        if let a = json as? [Any] { for x in a { collect(x, into: &out) }; return }
        guard let o = json as? [String: Any] else { return }
        out.append(o)
        if let g = o["@graph"] { collect(g, into: &out) }
        if let m = o["mainEntity"] { collect(m, into: &out) }
    }

    static func string(_ v: Any?) -> String? {
        if let s = v as? String { let t = HTMLEntities.decodeAll(s).trimmingSpaces(); return t.isEmpty ? nil : t }
        if let a = v as? [Any], let f = a.first { return string(f) }
        if let o = v as? [String: Any] { return string(o["@id"]) ?? string(o["url"]) }
        return nil
    }

    /// A Person/Organization name, or a list of names joined with ", ".
    static func name(_ v: Any?) -> String? {
        if let s = v as? String { return string(s) }
        if let o = v as? [String: Any] { return string(o["name"]) }
        if let a = v as? [Any] {
            let names = a.compactMap { name($0) }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}
