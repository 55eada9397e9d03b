/// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry with its link, date, author and content
/// becomes a document. The item's own content (`content:encoded`, Atom `content`, else the
/// description/summary) is the text; an item with none is reported, and the others still read.
public enum FeedReader {
    public static func read(_ bytes: [UInt8], name: String, each: (Result<Document, ExtractionError>) -> Void) {
        let decoded = TextDecoder.decode(bytes, html: true)
        let tree = HTMLTree(utf8: decoded.utf8, xml: true)
        var channelTitle: String? = nil
        var channelLanguage: String? = nil
        var items: [Int] = []
        var isFeed = false
        for (i, n) in tree.nodes.enumerated() where !n.isText {
            switch n.tag {
            case "rss", "feed", "rdf:rdf":
                isFeed = true
                if channelLanguage == nil { channelLanguage = tree.attribute(i, "xml:lang") }
            case "item", "entry":
                items.append(i)
            case "title":
                let p = tree.nodes[n.parent].tag
                if channelTitle == nil, p == "channel" || p == "feed" { channelTitle = clean(tree.textContent(i)) }
            case "language", "dc:language":
                if channelLanguage == nil { channelLanguage = clean(tree.textContent(i)) }
            default: break
            }
        }
        guard isFeed else {
            each(.failure(ExtractionError(document: name, reason: "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")))
            return
        }
        if items.isEmpty {
            each(.failure(ExtractionError(document: name, reason: "feed has no items")))
            return
        }
        for (k, item) in items.enumerated() {
            each(document(tree, item: item, number: k + 1, feedName: name, site: channelTitle, language: channelLanguage))
        }
    }

    static func clean(_ s: String) -> String? {
        let t = PageMetadata.collapse(s)
        return t.isEmpty ? nil : t
    }

    static func document(_ tree: HTMLTree, item: Int, number: Int, feedName: String, site: String?, language: String?) -> Result<Document, ExtractionError> {
        var title: String? = nil, link: String? = nil, date: String? = nil, updated: String? = nil
        var author: String? = nil, content: String? = nil, summary: String? = nil, guid: String? = nil
        for c in tree.children(item) where !tree.nodes[c].isText {
            let n = tree.nodes[c]
            let value = { tree.textContent(c) }
            switch n.tag {
            case "title": title = title ?? clean(HTMLFragment.text(value()))
            case "link":
                // Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
                if let href = tree.attribute(c, "href") {
                    let rel = tree.attribute(c, "rel") ?? "alternate"
                    if rel == "alternate" && link == nil { link = href }
                } else if link == nil { link = clean(value()) }
            case "guid", "id": guid = guid ?? clean(value())
            case "pubdate", "published", "dc:date", "issued": date = date ?? clean(value())
            case "updated", "modified", "atom:updated": updated = updated ?? clean(value())
            case "author", "dc:creator":
                if let nameNode = tree.children(c).first(where: { tree.nodes[$0].tag == "name" }) { author = author ?? clean(tree.textContent(nameNode)) }
                else { author = author ?? clean(value()) }
            case "content:encoded", "content": content = content ?? value()
            case "description", "summary": summary = summary ?? value()
            default: break
            }
        }
        if link == nil, let g = guid, g.hasPrefix("http") { link = g }
        let docName = link ?? "\(feedName)#item-\(number)"
        let body = [content, summary].compactMap { $0 }.map(HTMLFragment.text).first { !$0.isEmpty }
        guard let text = body else {
            return .failure(ExtractionError(document: docName, reason: "feed item \(number) has no content, description or summary"))
        }
        let published = (date ?? updated).flatMap(DateFinder.normalize)
        return .success(Document(name: docName, uri: link, site: site, canonicalURL: link, title: title, published: published,
                                 author: author, declaredLanguage: LanguageCheck.checked(declared: language, text: text), text: text))
    }
}
