/// What a page says about itself, read from one walk of its tree: `<title>`, `<meta>` (OpenGraph,
/// article:*, Dublin Core, itemprop), `<link rel=canonical>`, JSON-LD, `<time>`, the first `<h1>`,
/// the `lang` attribute; and what follows from them (title without the site suffix, a date).
struct PageMetadata {
    var title: String?
    var removedTitleParts: [String] = []
    var published: String?
    var author: String?
    var siteName: String?
    var canonicalURL: String?
    var language: String?
    var jsonLD: JSONLDArticle

    /// Meta names and properties that carry the publication date, best first.
    static let dateKeys = ["article:published_time", "og:published_time", "og:article:published_time", "published_time",
                           "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "article.published",
                           "article_date_original", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
                           "sailthru.date", "parsely-pub-date", "date", "dc.date", "originalpublicationdate", "cxenseparse:recs:publishtime"]
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " « ", " » ", " · ", " • ", " / ", " _ ", " ｜ ", "|"]

    init(tree: HTMLTree, uri: String?) {
        var meta: [String: String] = [:]
        var rawTitle: String? = nil
        var h1: String? = nil
        var ldScripts: [String] = []
        var timeDate: String? = nil
        var itempropDate: String? = nil
        var canonical: String? = nil
        var lang: String? = nil
        var relAuthor: String? = nil
        for i in tree.nodes.indices where tree.nodes[i].hasAttributes || tree.nodes[i].flags.contains(.metadata) {
            let node = tree.nodes[i]
            if node.flags.contains(.metadata) {
                switch node.tag {
                case "html":
                    if lang == nil { lang = tree.attribute(i, "lang") ?? tree.attribute(i, "xml:lang") }
                case "title":
                    if rawTitle == nil, node.parent >= 0 { rawTitle = tree.textContent(i).trimmingSpaces() }
                case "meta":
                    guard let content = tree.attribute(i, "content")?.trimmingSpaces(), !content.isEmpty else { continue }
                    for key in ["property", "name", "itemprop", "http-equiv"] {
                        if let k = tree.attribute(i, key)?.lowercased(), meta[k] == nil { meta[k] = content }
                    }
                case "link":
                    if canonical == nil, tree.attribute(i, "rel")?.lowercased() == "canonical", let h = tree.attribute(i, "href"), !h.isEmpty { canonical = h }
                case "script":
                    if let type = tree.attribute(i, "type"), UTF8Text.contains(type.lowercased(), "ld+json") { ldScripts.append(tree.textContent(i)) }
                case "h1":
                    if h1 == nil { let t = Self.collapse(tree.textContent(i)); if !t.isEmpty { h1 = t } }
                case "time":
                    if timeDate == nil, let d = tree.attribute(i, "datetime"), !d.isEmpty { timeDate = d }
                case "a":
                    if relAuthor == nil, node.hasAttributes, tree.attribute(i, "rel")?.lowercased() == "author" { relAuthor = Self.collapse(tree.textContent(i)) }
                default:
                    break
                }
            }
            if itempropDate == nil, node.hasAttributes, Self.isItempropDatePublished(tree, i) {
                itempropDate = tree.attribute(i, "datetime") ?? tree.attribute(i, "content") ?? Self.collapse(tree.textContent(i))
            }
        }
        jsonLD = JSONLDArticle(scripts: ldScripts)
        siteName = meta["og:site_name"] ?? jsonLD.publisher ?? meta["application-name"] ?? meta["twitter:site"].flatMap { $0.hasPrefix("@") ? nil : $0 }
        canonicalURL = canonical ?? meta["og:url"] ?? jsonLD.url.flatMap { $0.hasPrefix("http") ? $0 : nil }

        // Title: the page's own headline, without the site name the <title> appends.
        let headline = [meta["og:title"], jsonLD.headline, meta["twitter:title"], h1].compactMap { $0.map(Self.collapse) }.filter { !$0.isEmpty }
        if let raw = rawTitle.map(Self.collapse), !raw.isEmpty {
            // A headline that the <title> contains is the title; the rest is the suffix.
            let contained = headline.filter { UTF8Text.contains(raw, $0) && $0.count * 3 >= raw.count }.max { $0.count < $1.count }
            if let c = contained {
                title = Self.stripSiteName(c, site: siteName, guessSuffix: false, removed: &removedTitleParts)
                let rest = UTF8Text.removingAll(c, from: raw).trimmingSpaces()
                if !rest.isEmpty { removedTitleParts.append(rest) }
            } else {
                title = Self.stripSiteName(raw, site: siteName, removed: &removedTitleParts)
            }
        } else if let first = headline.first {
            title = Self.stripSiteName(first, site: siteName, removed: &removedTitleParts)
        }

        // Date: structured declarations first, then the URL; text dates are the caller's last resort.
        var date: String? = jsonLD.datePublished.flatMap(DateFinder.normalize)
        if date == nil { for k in Self.dateKeys { if let v = meta[k], let d = DateFinder.normalize(v) { date = d; break } } }
        if date == nil { date = itempropDate.flatMap(DateFinder.normalize) }
        if date == nil { date = timeDate.flatMap(DateFinder.normalize) }
        if date == nil { date = [uri, canonicalURL].compactMap { $0 }.lazy.compactMap(DateFinder.date(inURL:)).first }
        published = date

        let metaAuthor = meta["author"] ?? meta["article:author"].flatMap { $0.hasPrefix("http") ? nil : $0 } ?? meta["dc.creator"] ?? meta["byl"]
        author = jsonLD.author ?? metaAuthor ?? relAuthor.flatMap { $0.isEmpty ? nil : $0 }
        language = lang ?? jsonLD.inLanguage ?? meta["og:locale"] ?? meta["content-language"] ?? meta["language"]
    }

    /// Whether element `i` says `itemprop="datePublished"` (any case), read from the attribute bytes.
    static func isItempropDatePublished(_ tree: HTMLTree, _ i: Int) -> Bool {
        tree.withAttributes(i) { b, spans in
            spans.contains { HTMLTokenizer.equalsLowercased(b, $0.nameStart..<$0.nameEnd, "itemprop") && HTMLTokenizer.equalsLowercased(b, $0.valueStart..<$0.valueEnd, "datepublished") }
        }
    }

    /// Removes a site name at either end of a title ("Headline | Site", "Site - Headline"). When the
    /// site is unknown, the longest part of a separated title is taken when the others are short.
    static func stripSiteName(_ title: String, site: String?, guessSuffix: Bool = true, removed: inout [String]) -> String {
        for sep in titleSeparators where UTF8Text.contains(title, sep) {
            let parts = UTF8Text.split(title, separator: sep).map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            guard parts.count >= 2 else { continue }
            if let site = site?.lowercased() {
                let kept = parts.filter { p in let l = p.lowercased(); return !(l == site || UTF8Text.contains(site, l) || UTF8Text.contains(l, site) && l.count <= site.count + 12) }
                if !kept.isEmpty && kept.count < parts.count {
                    removed.append(contentsOf: parts.filter { !kept.contains($0) })
                    return kept.joined(separator: sep.trimmingSpaces() == "|" ? " | " : sep)
                }
            }
            // Unknown site: the edge part is a suffix when it is short next to the headline.
            let longest = parts.max { $0.count < $1.count }!
            let others = parts.filter { $0 != longest }
            // A dash may be part of the headline ("Israel - Hamas war: …"): with dashes only a trailing part is a suffix.
            let dash = UTF8Text.contains(sep, "-") || UTF8Text.contains(sep, "–") || UTF8Text.contains(sep, "—")
            guard guessSuffix, parts.first == longest || (!dash && parts.last == longest) else { continue }
            if others.allSatisfy({ $0.count * 2 < longest.count && $0.split(separator: " ").count <= 4 }) {
                removed.append(contentsOf: others)
                return longest
            }
        }
        return title
    }

    static func collapse(_ s: String) -> String { UTF8Text.collapse(s) }

    /// The extracted paragraphs, or the JSON-LD `articleBody` when the page states one and the tree
    /// yielded much less of it (pages that render their body by script, or bury it in odd markup).
    func preferStructuredBody(_ paragraphs: [String]) -> [String] {
        guard let body = jsonLD.articleBody, body.unicodeScalars.count >= 400 else { return paragraphs }
        let extracted = paragraphs.reduce(0) { $0 + $1.unicodeScalars.count }
        let bodyLength = HTMLEntities.decodeAll(body).unicodeScalars.count
        if extracted * 2 < bodyLength {
            let text = HTMLEntities.decodeAll(body)
            // articleBody may itself hold markup.
            if text.utf8.contains(UInt8(ascii: "<")) && text.utf8.contains(UInt8(ascii: ">")) { return HTMLFragment.paragraphs(text) }
            return text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { Self.collapse(String($0)) }.filter { !$0.isEmpty }
        }
        return paragraphs
    }
}

