/// A web page (bytes as saved or crawled) to a `Document`: charset detection, tree building,
/// main text, and metadata (title, date, author, site, canonical URL, language).
public enum HTMLExtractor {
    /// Pages larger than this are refused with an error rather than tying up a batch (a 50 MB "page"
    /// is a dump or an attack, not an article).
    public static let maximumPageBytes = 16 << 20

    /// Extracts one page. `uri` is where it came from (WARC target, feed link), used for URL dates and
    /// as the source; `httpCharset` the charset of an HTTP `Content-Type` header when known.
    public static func document(from bytes: [UInt8], name: String, uri: String? = nil, httpCharset: String? = nil) throws(ExtractionError) -> Document {
        if bytes.isEmpty { throw ExtractionError(document: name, reason: "empty body") }
        if bytes.count > maximumPageBytes {
            throw ExtractionError(document: name, reason: "page is \(bytes.count / (1 << 20)) MB, over the \(maximumPageBytes >> 20) MB limit for one page")
        }
        if looksBinary(bytes) { throw ExtractionError(document: name, reason: "binary data, not an HTML page") }
        let decoded = TextDecoder.decode(bytes, httpCharset: httpCharset)
        let tree = HTMLTree(utf8: decoded.utf8)
        return document(from: tree, name: name, uri: uri)
    }

    /// Extracts from an already decoded page.
    public static func document(fromHTML html: String, name: String, uri: String? = nil) -> Document {
        document(from: HTMLTree(html: html), name: name, uri: uri)
    }

    static func document(from tree: HTMLTree, name: String, uri: String?) -> Document {
        let meta = PageMetadata(tree: tree, uri: uri)
        let extractor = MainTextExtractor(tree: tree)
        var paragraphs = extractor.paragraphs()
        var removed: [String] = []
        // The headline is metadata, not body: drop it where the page repeats it above the text.
        if let title = meta.title {
            let key = Array(comparable(title).unicodeScalars)
            while let first = paragraphs.first, sameLetters(first, key) { removed.append(first); paragraphs.removeFirst() }
        }
        paragraphs = meta.preferStructuredBody(paragraphs)
        let text = paragraphs.joined(separator: "\n")
        var published = meta.published
        if published == nil { published = DateFinder.firstDate(inText: text) }
        return Document(name: name, uri: uri ?? meta.canonicalURL, site: meta.siteName, canonicalURL: meta.canonicalURL,
                        title: meta.title, published: published, author: meta.author,
                        declaredLanguage: LanguageCheck.checked(declared: meta.language, text: text),
                        text: text, removed: removed + meta.removedTitleParts)
    }

    /// Letters and digits of a string, lower-cased: what two spellings of a headline share.
    static func comparable(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter(isLetterOrDigit))).lowercased()
    }

    static func isLetterOrDigit(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil }

    /// Whether `comparable(s)` equals `key`, reading `s` only as far as it agrees (a paragraph
    /// is compared with the headline without building its folded copy).
    static func sameLetters(_ s: String, _ key: [Unicode.Scalar]) -> Bool {
        var k = 0
        for u in s.unicodeScalars where isLetterOrDigit(u) {
            if u.isASCII {
                let l = u.value >= 65 && u.value <= 90 ? Unicode.Scalar(u.value | 0x20)! : u
                guard k < key.count, key[k] == l else { return false }
                k += 1
            } else {
                for l in u.properties.lowercaseMapping.unicodeScalars {
                    guard k < key.count, key[k] == l else { return false }
                    k += 1
                }
            }
        }
        return k == key.count
    }

    /// NUL bytes or a high share of control characters in the first 4 KB: not text.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(4096)
        var controls = 0
        for b in head {
            if b == 0 { return !(bytes.count >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE)) }
            if b < 32 && b != 9 && b != 10 && b != 13 && b != 12 { controls += 1 }
        }
        return controls * 10 > head.count
    }
}
