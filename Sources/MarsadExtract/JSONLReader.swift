import Foundation

/// JSON Lines from scrapers: one article object per line with `text` or `html` (also accepted:
/// `content`, `body`), and optionally `url`, `title`, `published` (or `date`, `datePublished`),
/// `author`, `site`/`source`, `language`/`lang`, `id`. A bad line is reported with its number; the
/// next line is read as usual.
public enum JSONLReader {
    public static func read(_ bytes: [UInt8], name: String, each: (Result<Document, ExtractionError>) -> Void) {
        var lineNumber = 0
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            each(document(Array(line), line: lineNumber, fileName: name))
        }
    }

    static func document(_ line: [UInt8], line number: Int, fileName: String) -> Result<Document, ExtractionError> {
        let where_ = "\(fileName):\(number)"
        let object: [String: Any]
        do {
            guard let o = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                return .failure(ExtractionError(document: where_, reason: "line is JSON but not an object"))
            }
            object = o
        } catch {
            return .failure(ExtractionError(document: where_, reason: "invalid JSON (\(String(decoding: line.prefix(60), as: UTF8.self))…)"))
        }
        func string(_ keys: String...) -> String? {
            for k in keys { if let s = object[k] as? String, !s.trimmingSpaces().isEmpty { return s.trimmingSpaces() } }
            for k in keys { if let v = object[k] as? NSNumber { return v.stringValue } }
            return nil
        }
        let url = string("url", "link", "uri")
        let id = string("id", "_id")
        let docName = url ?? id.map { "\(fileName)#\($0)" } ?? where_
        var doc: Document
        if let html = string("html", "raw_html", "rawHtml") {
            do { doc = try HTMLExtractor.document(from: Array(html.utf8), name: docName, uri: url) } catch { return .failure(error) }
        } else if let text = string("text", "content", "body", "maintext") {
            doc = TextPage.document(from: text, name: docName)
        } else {
            return .failure(ExtractionError(document: where_, reason: "no \"text\" or \"html\" field"))
        }
        if doc.text.isEmpty { return .failure(ExtractionError(document: docName, reason: "no text after extraction")) }
        doc.uri = url ?? doc.uri
        if let t = string("title", "headline") { doc.title = PageMetadata.collapse(t) }
        if let p = string("published", "date", "datePublished", "published_at", "date_publish", "pubDate") { doc.published = DateFinder.normalize(p) ?? doc.published }
        if let a = string("author", "authors") { doc.author = a }
        if let s = string("site", "source", "sitename", "source_domain") { doc.site = s }
        if let l = string("language", "lang") { doc.declaredLanguage = LanguageCheck.checked(declared: l, text: doc.text) }
        return .success(doc)
    }
}
