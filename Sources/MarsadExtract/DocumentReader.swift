/// The entry point for input: whatever a user has (a saved page, a crawl archive, a feed, a JSONL dump,
/// plain text; any of them gzip-compressed) becomes documents, in order, one `Result` each.
public enum DocumentReader {
    /// Largest input decompressed from gzip (a defence against decompression bombs).
    public static let maximumInflatedBytes = 4 << 30
    /// Largest plain-text document.
    public static let maximumTextBytes = 16 << 20

    /// The format of an input, from its content first (after inflating gzip), its name second.
    public static func detectFormat(_ bytes: [UInt8], name: String) -> InputFormat {
        var head = Array(bytes.prefix(8192))
        if Gzip.isGzip(head) {
            // Inflate enough of the first member to see what it holds.
            let (result, _) = Gzip.member(Array(bytes.prefix(1 << 20)), at: 0, limit: 1 << 22)
            switch result {
            case .success(let b): head = Array(b.prefix(8192))
            case .failure(let f): head = Array(f.partial.prefix(8192))
            }
        }
        return detectDecompressed(head, name: name)
    }

    static func detectDecompressed(_ head: [UInt8], name: String) -> InputFormat {
        var k = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { k = 3 }
        while k < head.count, head[k] == 32 || head[k] == 9 || head[k] == 10 || head[k] == 13 { k += 1 }
        let start = Array(head[k...])
        if start.starts(with: Array("WARC/".utf8)) { return .warc }
        if start.first == UInt8(ascii: "{") { return .jsonl }
        let lower = String(decoding: start.prefix(4096), as: UTF8.self).lowercased()
        if start.first == UInt8(ascii: "<") {
            if lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf") {
                // A page that merely mentions <feed> has an <html> before it.
                let feedAt = [lower.range(of: "<rss"), lower.range(of: "<feed"), lower.range(of: "<rdf:rdf")].compactMap { $0?.lowerBound }.min()!
                if let htmlAt = lower.range(of: "<html")?.lowerBound, htmlAt < feedAt { return .html }
                return .feed
            }
            return .html
        }
        let lname = name.lowercased()
        for (suffix, format) in [(".warc", InputFormat.warc), (".warc.gz", .warc), (".jsonl", .jsonl), (".ndjson", .jsonl), (".jsonl.gz", .jsonl),
                                 (".rss", .feed), (".atom", .feed), (".html", .html), (".htm", .html), (".html.gz", .html)] where lname.hasSuffix(suffix) {
            return format
        }
        if lower.contains("<html") || lower.contains("<body") || lower.contains("<p>") || lower.contains("<div") { return .html }
        return .text
    }

    /// Every document in one input, in order. `format` nil means detect. gzip is inflated first (a
    /// truncated or corrupt stream is reported and what was decoded before it is still read). One bad
    /// document yields a `.failure` naming it and the reason, and reading continues.
    public static func read(_ bytes: [UInt8], name: String, format: InputFormat? = nil, each: (Result<Document, ExtractionError>) -> Void) {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
            each(.failure(ExtractionError(document: name, reason: "empty input")))
            return
        }
        var data = bytes
        var breaks: [Int] = []
        if Gzip.isGzip(bytes) {
            let (inflated, failures, cuts) = inflateMembers(bytes, name: name)
            for f in failures { each(.failure(f)) }
            data = inflated
            breaks = cuts
            if data.isEmpty { return }
        }
        let chosen = format ?? detectDecompressed(Array(data.prefix(8192)), name: name)
        switch chosen {
        case .warc: WARCReader.read(data, name: name, breaks: breaks, each: each)
        case .jsonl: JSONLReader.read(data, name: name, each: each)
        case .feed: FeedReader.read(data, name: name, each: each)
        case .html:
            do { each(.success(try HTMLExtractor.document(from: data, name: name))) } catch { each(.failure(error)) }
        case .text:
            if HTMLExtractor.looksBinary(data) {
                each(.failure(ExtractionError(document: name, reason: "binary data, not text")))
                return
            }
            if data.count > maximumTextBytes {
                each(.failure(ExtractionError(document: name, reason: "text is \(data.count >> 20) MB, over the \(maximumTextBytes >> 20) MB limit for one document")))
                return
            }
            let text = TextDecoder.string(data, html: false)
            each(.success(TextPage.document(from: text, name: name)))
        }
    }

    /// All documents of an input, collected (convenient for small inputs and tests).
    public static func readAll(_ bytes: [UInt8], name: String, format: InputFormat? = nil) -> [Result<Document, ExtractionError>] {
        var out: [Result<Document, ExtractionError>] = []
        read(bytes, name: name, format: format) { out.append($0) }
        return out
    }

    /// Inflates every gzip member in turn. A bad member is reported; its decoded part is kept and
    /// reading resumes at the next gzip header, so one damaged record of a `.warc.gz` costs only itself.
    /// Also returns the output offsets where damaged data was cut out.
    static func inflateMembers(_ bytes: [UInt8], name: String) -> ([UInt8], [ExtractionError], [Int]) {
        var out: [UInt8] = []
        var failures: [ExtractionError] = []
        var cuts: [Int] = []
        var offset = 0
        while offset < bytes.count {
            if !(offset + 2 < bytes.count && bytes[offset] == 0x1F && bytes[offset + 1] == 0x8B) {
                if bytes[offset...].allSatisfy({ $0 == 0 }) { break }
                failures.append(ExtractionError(document: name, reason: "data after gzip stream at byte \(offset) is not gzip; ignored"))
                break
            }
            let (result, consumed) = Gzip.member(bytes, at: offset, limit: maximumInflatedBytes - out.count)
            switch result {
            case .success(let b):
                out.append(contentsOf: b)
                offset += consumed
            case .failure(let f):
                out.append(contentsOf: f.partial)
                cuts.append(out.count)
                failures.append(ExtractionError(document: name, reason: "gzip member at byte \(offset): \(f.reason)"))
                // Resume at the next gzip header (1F 8B 08) after this one.
                var k = offset + 3
                while k + 2 < bytes.count, !(bytes[k] == 0x1F && bytes[k + 1] == 0x8B && bytes[k + 2] == 0x08) { k += 1 }
                offset = k + 2 < bytes.count ? k : bytes.count
            }
        }
        return (out, failures, cuts)
    }
}
