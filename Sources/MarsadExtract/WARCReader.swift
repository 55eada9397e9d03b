/// WARC crawl archives (ISO 28500; WARC/1.0 and 1.1), plain or gzip-compressed (one member per
/// record, or the whole file). Only `response` records holding an HTTP response with an HTML body
/// become documents, named `file#record-N` with the `WARC-Target-URI` as source; requests, metadata,
/// non-HTML and non-2xx responses are passed over. A record with malformed headers or a length past the
/// end of the file is reported, and reading resumes at the next `WARC/` record header.
public enum WARCReader {
    public static func read(_ bytes: [UInt8], name: String, each: (Result<Document, ExtractionError>) -> Void) {
        read(bytes, name: name, breaks: [], each: each)
    }

    /// `breaks`: offsets where damaged compressed data was cut out; a record spanning one is truncated.
    static func read(_ bytes: [UInt8], name: String, breaks: [Int], each: (Result<Document, ExtractionError>) -> Void) {
        var pos = 0
        var number = 0
        let n = bytes.count
        while pos < n {
            // Skip the blank lines between records.
            while pos < n, bytes[pos] == 0x0D || bytes[pos] == 0x0A { pos += 1 }
            if pos >= n { break }
            number += 1
            let recordName = "\(name)#record-\(number)"
            guard startsWith(bytes, pos, "WARC/") else {
                each(.failure(ExtractionError(document: recordName, reason: "malformed WARC record at byte \(pos): no \"WARC/\" version line")))
                guard let next = nextRecord(bytes, from: pos + 1) else { return }
                pos = next
                continue
            }
            guard let (headers, bodyStart) = parseHeaders(bytes, from: pos) else {
                each(.failure(ExtractionError(document: recordName, reason: "malformed WARC headers at byte \(pos) (no blank line ends them)")))
                guard let next = nextRecord(bytes, from: pos + 1) else { return }
                pos = next
                continue
            }
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                each(.failure(ExtractionError(document: recordName, reason: "malformed WARC headers at byte \(pos): missing or bad Content-Length")))
                guard let next = nextRecord(bytes, from: pos + 1) else { return }
                pos = next
                continue
            }
            let target = headers["warc-target-uri"].map { $0.trimmingCharacters(in: "<>") }
            if let cut = breaks.first(where: { $0 > pos && $0 < bodyStart + length }) {
                each(.failure(ExtractionError(document: target ?? recordName, reason: "truncated WARC record \(number): its compressed data is damaged")))
                pos = cut
                continue
            }
            if bodyStart + length > n {
                each(.failure(ExtractionError(document: target ?? recordName, reason: "truncated WARC record \(number): Content-Length \(length) runs past the end of the file")))
                guard let next = nextRecord(bytes, from: bodyStart) else { return }
                pos = next
                continue
            }
            let block = Array(bytes[bodyStart..<(bodyStart + length)])
            pos = bodyStart + length
            let type = headers["warc-type"]?.lowercased() ?? ""
            let contentType = headers["content-type"]?.lowercased() ?? ""
            if type == "response" && contentType.contains("application/http") {
                if let result = httpDocument(block, name: recordName, target: target) { each(result) }
            } else if type == "resource" && (contentType.contains("text/html") || contentType.contains("xhtml")) {
                each(extract(block, name: recordName, target: target, charset: charset(contentType)))
            }
        }
    }

    static func startsWith(_ b: [UInt8], _ at: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard at + n <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[at + k] != p[k] { return false }
        return true
    }

    /// The next "WARC/" at the start of a line after `from`.
    static func nextRecord(_ b: [UInt8], from: Int) -> Int? {
        var k = from
        while k < b.count {
            if b[k] == UInt8(ascii: "W"), k == 0 || b[k - 1] == 0x0A, startsWith(b, k, "WARC/") { return k }
            k += 1
        }
        return nil
    }

    /// Header lines ("Name: value") from `from` to the first empty line; keys lower-cased.
    /// Returns nil if no empty line ends them within 64 KB or a line lacks a colon.
    static func parseHeaders(_ b: [UInt8], from: Int, firstLineIsStatus: Bool = true) -> ([String: String], Int)? {
        var headers: [String: String] = [:]
        var k = from
        var first = true
        let limit = min(b.count, from + 65536)
        while k < limit {
            var e = k
            while e < limit, b[e] != 0x0A { e += 1 }
            if e >= limit { return nil }
            var lineEnd = e
            if lineEnd > k, b[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == k { return (headers, e + 1) }
            if first && firstLineIsStatus { first = false; headers[":status"] = String(decoding: b[k..<lineEnd], as: UTF8.self); k = e + 1; continue }
            first = false
            guard let colon = b[k..<lineEnd].firstIndex(of: UInt8(ascii: ":")) else {
                // Folded continuation lines start with space or tab.
                if b[k] == 32 || b[k] == 9 { k = e + 1; continue }
                return nil
            }
            let key = String(decoding: b[k..<colon], as: UTF8.self).lowercased().trimmingSpaces()
            let value = String(decoding: b[(colon + 1)..<lineEnd], as: UTF8.self).trimmingSpaces()
            if headers[key] == nil { headers[key] = value }
            k = e + 1
        }
        return nil
    }

    /// The document in an HTTP response block, nil when it is not a successful HTML response.
    static func httpDocument(_ block: [UInt8], name: String, target: String?) -> Result<Document, ExtractionError>? {
        guard startsWith(block, 0, "HTTP/") else {
            return .failure(ExtractionError(document: target ?? name, reason: "response record without an HTTP status line"))
        }
        guard let (headers, bodyStart) = parseHeaders(block, from: 0) else {
            return .failure(ExtractionError(document: target ?? name, reason: "malformed HTTP headers in response record"))
        }
        let status = headers[":status"] ?? ""
        let code = status.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        guard code >= 200 && code < 300 else { return nil }
        let contentType = headers["content-type"]?.lowercased() ?? ""
        guard contentType.contains("text/html") || contentType.contains("application/xhtml") else { return nil }
        var body = Array(block[bodyStart...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            guard let plain = dechunk(body) else {
                return .failure(ExtractionError(document: target ?? name, reason: "malformed chunked transfer encoding"))
            }
            body = plain
        }
        if let encoding = headers["content-encoding"]?.lowercased(), encoding.contains("gzip") || encoding.contains("deflate") {
            do { body = try Gzip.decompress(body) } catch {
                if error.partial.count < 512 {
                    return .failure(ExtractionError(document: target ?? name, reason: "HTTP body: \(error.reason)"))
                }
                body = error.partial
            }
        }
        return extract(body, name: name, target: target, charset: charset(contentType))
    }

    static func extract(_ body: [UInt8], name: String, target: String?, charset: String?) -> Result<Document, ExtractionError> {
        do {
            var doc = try HTMLExtractor.document(from: body, name: name, uri: target, httpCharset: charset)
            doc.uri = target ?? doc.uri
            if doc.text.isEmpty { return .failure(ExtractionError(document: target ?? name, reason: "no main text found in the page")) }
            return .success(doc)
        } catch {
            return .failure(ExtractionError(document: target ?? name, reason: error.reason))
        }
    }

    /// The `charset=` parameter of a Content-Type value.
    static func charset(_ contentType: String) -> String? {
        guard let r = contentType.range(of: "charset=") else { return nil }
        let v = contentType[r.upperBound...].prefix { $0 != ";" && $0 != " " }
        return v.isEmpty ? nil : String(v).trimmingCharacters(in: "\"'")
    }

    /// Decodes HTTP/1.1 chunked transfer encoding.
    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var k = 0
        while k < b.count {
            var e = k
            while e < b.count, b[e] != 0x0A { e += 1 }
            guard e < b.count else { return out.isEmpty ? nil : out }
            let sizeText = String(decoding: b[k..<e], as: UTF8.self).split(separator: ";").first.map { String($0).trimmingSpaces() } ?? ""
            guard let size = Int(sizeText, radix: 16) else { return nil }
            if size == 0 { return out }
            let start = e + 1
            let end = min(b.count, start + size)
            out.append(contentsOf: b[start..<end])
            k = end
            while k < b.count, b[k] == 0x0D || b[k] == 0x0A { k += 1 }
        }
        return out
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let drop = Set(set.unicodeScalars)
        var s = Substring(self)
        while let f = s.unicodeScalars.first, drop.contains(f) { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, drop.contains(l) { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }
}
