import XCTest
import MarsadTestSupport
@testable import MarsadExtract

/// Feeds, WARC archives, JSONL dumps and format detection, on inputs built from real articles.
final class ReaderTests: XCTestCase {
    func articles(_ n: Int) throws -> [PageFixtures.Article] {
        do { return try PageFixtures.arabicArticles(n) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
    }

    func xmlEscape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    // MARK: feeds

    func testRSS2WithCDATAAndEscapedContent() throws {
        let a = try articles(3)
        let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>موقع الأخبار</title><link>https://news.example.org/</link><language>ar</language>
        <item><title>\(xmlEscape(a[0].title))</title><link>https://news.example.org/a/1</link>
          <pubDate>Tue, 19 Sep 2023 11:42:00 +0300</pubDate><dc:creator>فريق التحرير</dc:creator>
          <description>ملخص قصير</description>
          <content:encoded><![CDATA[\(a[0].paragraphs.map { "<p>\($0)</p>" }.joined())<script>track()</script>]]></content:encoded></item>
        <item><title>\(xmlEscape(a[1].title))</title><link>https://news.example.org/a/2</link><pubDate>Wed, 20 Sep 2023 08:00:00 GMT</pubDate>
          <description>\(xmlEscape(a[1].paragraphs.map { "<p>\($0)</p>" }.joined()))</description></item>
        <item><title>بلا محتوى</title><link>https://news.example.org/a/3</link></item>
        <item><title>\(xmlEscape(a[2].title))</title><guid>https://news.example.org/a/4</guid><description>\(xmlEscape(a[2].paragraphs[0]))</description></item>
        </channel></rss>
        """
        let bytes = Array(rss.utf8)
        XCTAssertEqual(DocumentReader.detectFormat(bytes, name: "feed.xml"), .feed)
        let results = DocumentReader.readAll(bytes, name: "feed.xml")
        XCTAssertEqual(results.count, 4)
        let first = try results[0].get()
        XCTAssertEqual(first.title, a[0].title)
        XCTAssertEqual(first.uri, "https://news.example.org/a/1")
        XCTAssertEqual(first.published, "2023-09-19T11:42:00+03:00")
        XCTAssertEqual(first.author, "فريق التحرير")
        XCTAssertEqual(first.site, "موقع الأخبار")
        XCTAssertEqual(first.declaredLanguage, "ar")
        XCTAssertEqual(first.text.split(separator: "\n").count, a[0].paragraphs.count)
        XCTAssertFalse(first.text.contains("track()"))
        let second = try results[1].get()
        XCTAssertTrue(second.text.contains(PageMetadata.collapse(a[1].paragraphs[1])))
        XCTAssertEqual(second.published, "2023-09-20T08:00:00Z")
        guard case .failure(let e) = results[2] else { return XCTFail("an item without content must fail") }
        XCTAssertEqual(e.document, "https://news.example.org/a/3")
        XCTAssertEqual(try results[3].get().uri, "https://news.example.org/a/4")
    }

    func testAtom() throws {
        let a = try articles(2)
        let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>Example Feed</title>
        <entry><title type="html">\(xmlEscape(a[0].title))</title>
          <link rel="alternate" type="text/html" href="https://example.org/2017/01/21/one"/><link rel="edit" href="https://example.org/edit/1"/>
          <id>tag:example.org,2017:1</id><published>2017-01-21T10:00:00Z</published><updated>2017-01-22T10:00:00Z</updated>
          <author><name>Rana Ali</name><email>r@example.org</email></author>
          <content type="html">\(xmlEscape(a[0].paragraphs.map { "<p>\($0)</p>" }.joined()))</content></entry>
        <entry><title>\(xmlEscape(a[1].title))</title><link href="https://example.org/two"/><updated>2017-02-01T09:30:00+02:00</updated>
          <summary>\(xmlEscape(a[1].paragraphs[0]))</summary></entry>
        </feed>
        """
        let results = DocumentReader.readAll(Array(atom.utf8), name: "atom.xml")
        XCTAssertEqual(results.count, 2)
        let one = try results[0].get()
        XCTAssertEqual(one.uri, "https://example.org/2017/01/21/one")
        XCTAssertEqual(one.published, "2017-01-21T10:00:00Z")
        XCTAssertEqual(one.author, "Rana Ali")
        XCTAssertEqual(one.site, "Example Feed")
        XCTAssertTrue(one.text.contains(PageMetadata.collapse(a[0].paragraphs[0])))
        let two = try results[1].get()
        XCTAssertEqual(two.published, "2017-02-01T09:30:00+02:00")
        XCTAssertEqual(two.text, PageMetadata.collapse(a[1].paragraphs[0]))
    }

    // MARK: WARC

    func warcRecord(_ type: String, uri: String?, contentType: String, block: [UInt8]) -> [UInt8] {
        var h = "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString)>\r\nWARC-Date: 2023-09-19T12:00:00Z\r\n"
        if let uri { h += "WARC-Target-URI: \(uri)\r\n" }
        h += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(h.utf8) + block + Array("\r\n\r\n".utf8)
    }

    func httpResponse(_ body: [UInt8], contentType: String, status: String = "200 OK", extra: String = "") -> [UInt8] {
        Array("HTTP/1.1 \(status)\r\nContent-Type: \(contentType)\r\n\(extra)Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    func chunked(_ body: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < body.count {
            let n = min(1000, body.count - i)
            out += Array((String(n, radix: 16) + "\r\n").utf8) + body[i..<(i + n)] + Array("\r\n".utf8)
            i += n
        }
        return out + Array("0\r\n\r\n".utf8)
    }

    func sampleWARC() throws -> (records: [[UInt8]], articles: [PageFixtures.Article]) {
        let a = try articles(3)
        let page0 = Array(PageFixtures.page(a[0]).utf8)
        let page1 = PageFixtures.encode(PageFixtures.page(a[1], charsetDeclaration: nil), .windows1256)
        let page2 = Array(PageFixtures.page(a[2]).utf8)
        let records: [[UInt8]] = [
            warcRecord("warcinfo", uri: nil, contentType: "application/warc-fields", block: Array("software: test\r\n".utf8)),
            warcRecord("request", uri: "https://news.example.org/a/0", contentType: "application/http; msgtype=request", block: Array("GET /a/0 HTTP/1.1\r\nHost: news.example.org\r\n\r\n".utf8)),
            warcRecord("response", uri: "https://news.example.org/a/0", contentType: "application/http; msgtype=response", block: httpResponse(page0, contentType: "text/html; charset=UTF-8")),
            warcRecord("response", uri: "https://news.example.org/logo.png", contentType: "application/http; msgtype=response", block: httpResponse([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1], contentType: "image/png")),
            warcRecord("response", uri: "https://news.example.org/a/1", contentType: "application/http; msgtype=response",
                       block: httpResponse(chunked(Gzip.compress(page1)), contentType: "text/html; charset=windows-1256", extra: "Transfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n")),
            warcRecord("response", uri: "https://news.example.org/missing", contentType: "application/http; msgtype=response", block: httpResponse(Array("<html>not found</html>".utf8), contentType: "text/html", status: "404 Not Found")),
            warcRecord("response", uri: "https://news.example.org/a/2", contentType: "application/http; msgtype=response", block: httpResponse(page2, contentType: "text/html")),
        ]
        return (records, a)
    }

    func testWARCGzipPerRecord() throws {
        let (records, a) = try sampleWARC()
        let file = records.flatMap { Gzip.compress($0) }
        XCTAssertEqual(DocumentReader.detectFormat(file, name: "crawl.warc.gz"), .warc)
        let results = DocumentReader.readAll(file, name: "crawl.warc.gz")
        let docs = try results.map { try $0.get() }
        XCTAssertEqual(docs.map(\.uri), ["https://news.example.org/a/0", "https://news.example.org/a/1", "https://news.example.org/a/2"])
        XCTAssertEqual(docs.map(\.name), ["crawl.warc.gz#record-3", "crawl.warc.gz#record-5", "crawl.warc.gz#record-7"])
        for (d, art) in zip(docs, a) {
            XCTAssertEqual(d.title, art.title)
            XCTAssertTrue(d.text.contains(PageMetadata.collapse(art.paragraphs.last!)), d.name)
        }
    }

    func testTruncatedGzipWARCKeepsEarlierRecordsAndSaysWhy() throws {
        let (records, _) = try sampleWARC()
        var file = records.flatMap { Gzip.compress($0) }
        file.removeLast(300)
        let results = DocumentReader.readAll(file, name: "cut.warc.gz")
        let docs = results.compactMap { try? $0.get() }
        let errors = results.compactMap { r -> ExtractionError? in if case .failure(let e) = r { return e }; return nil }
        XCTAssertEqual(docs.map(\.uri), ["https://news.example.org/a/0", "https://news.example.org/a/1"])
        XCTAssertTrue(errors.contains { $0.document == "cut.warc.gz" && $0.reason.contains("truncated gzip") }, "\(errors)")
        XCTAssertTrue(errors.contains { $0.document == "https://news.example.org/a/2" && $0.reason.contains("truncated WARC record") }, "\(errors)")
    }

    func testCorruptMemberInTheMiddleCostsOnlyItsRecord() throws {
        let (records, _) = try sampleWARC()
        var members = records.map { Gzip.compress($0) }
        // Damage the deflate data of the record of /a/1 (index 4).
        for k in 20..<60 { members[4][k] ^= 0x5A }
        let results = DocumentReader.readAll(members.flatMap { $0 }, name: "bad.warc.gz")
        let docs = results.compactMap { try? $0.get() }
        XCTAssertEqual(docs.map(\.uri), ["https://news.example.org/a/0", "https://news.example.org/a/2"])
        XCTAssertTrue(results.contains { if case .failure(let e) = $0 { return e.reason.contains("gzip member") } else { return false } })
    }

    func testMalformedWARCHeadersAreReportedAndReadingResumes() throws {
        let (records, _) = try sampleWARC()
        var bad = records
        bad[2] = Array("WARC/1.0\r\nWARC-Type response with no colon\r\nContent-Length: 12\r\n\r\nhello world!\r\n\r\n".utf8)
        let results = DocumentReader.readAll(bad.flatMap { $0 }, name: "plain.warc")
        let errors = results.compactMap { r -> ExtractionError? in if case .failure(let e) = r { return e }; return nil }
        XCTAssertEqual(errors.count, 1)
        XCTAssertEqual(errors[0].document, "plain.warc#record-3")
        XCTAssertTrue(errors[0].reason.contains("malformed WARC headers"))
        XCTAssertEqual(results.compactMap { try? $0.get().uri }, ["https://news.example.org/a/1", "https://news.example.org/a/2"])
    }

    // MARK: JSONL

    func testJSONLWithTextHTMLAndBadLines() throws {
        let a = try articles(2)
        func json(_ o: [String: Any]) -> String { String(decoding: try! JSONSerialization.data(withJSONObject: o), as: UTF8.self) }
        let lines = [
            json(["url": a[0].url, "title": a[0].title, "published": "2017-01-21", "text": a[0].paragraphs.joined(separator: "\n")]),
            "",
            "{\"url\": \"https://x.example/broken\", \"text\": \"unterminated",
            json(["url": "https://x.example/empty", "title": "no body"]),
            json(["url": "https://news.example.org/2017/02/03/page", "html": PageFixtures.page(a[1])]),
        ]
        let bytes = Array(lines.joined(separator: "\n").utf8)
        XCTAssertEqual(DocumentReader.detectFormat(bytes, name: "dump.jsonl"), .jsonl)
        let results = DocumentReader.readAll(bytes, name: "dump.jsonl")
        XCTAssertEqual(results.count, 4)
        let first = try results[0].get()
        XCTAssertEqual(first.title, a[0].title)
        XCTAssertEqual(first.published, "2017-01-21")
        XCTAssertEqual(first.uri, a[0].url)
        guard case .failure(let e1) = results[1], case .failure(let e2) = results[2] else { return XCTFail() }
        XCTAssertEqual(e1.document, "dump.jsonl:3")
        XCTAssertTrue(e1.reason.contains("invalid JSON"))
        XCTAssertEqual(e2.document, "dump.jsonl:4")
        XCTAssertTrue(e2.reason.contains("no \"text\" or \"html\""))
        let html = try results[3].get()
        XCTAssertEqual(html.title, a[1].title)
        XCTAssertFalse(html.text.contains("الأكثر قراءة"))
        XCTAssertTrue(html.text.contains(PageMetadata.collapse(a[1].paragraphs[0])))
    }

    // MARK: detection and bad input

    func testDetection() {
        XCTAssertEqual(DocumentReader.detectFormat(Array("<!doctype html><html><body><p>x</p>".utf8), name: "x"), .html)
        XCTAssertEqual(DocumentReader.detectFormat(Array("\u{FEFF}  <?xml version=\"1.0\"?><rss version=\"2.0\">".utf8), name: "x"), .feed)
        XCTAssertEqual(DocumentReader.detectFormat(Array("<html><head><link rel=alternate type=application/rss+xml></head><feed>".utf8), name: "x"), .html)
        XCTAssertEqual(DocumentReader.detectFormat(Array("WARC/1.1\r\n".utf8), name: "x"), .warc)
        XCTAssertEqual(DocumentReader.detectFormat(Array("{\"text\": \"x\"}\n".utf8), name: "x"), .jsonl)
        XCTAssertEqual(DocumentReader.detectFormat(Array("أعلنت أذربيجان اليوم".utf8), name: "article.txt"), .text)
        XCTAssertEqual(DocumentReader.detectFormat(Gzip.compress(Array("<html><p>x".utf8)), name: "page.gz"), .html)
    }

    func testBadInputsEachGiveANamedError() {
        func only(_ bytes: [UInt8], _ name: String, format: InputFormat? = nil) -> ExtractionError? {
            let r = DocumentReader.readAll(bytes, name: name, format: format)
            guard r.count == 1, case .failure(let e) = r[0] else { return nil }
            return e
        }
        XCTAssertEqual(only([], "empty.html")?.description, "empty.html: empty input")
        var junk = [UInt8](repeating: 0, count: 10_000)
        for i in junk.indices { junk[i] = UInt8(truncatingIfNeeded: (i &* 2654435761) >> 11) }
        XCTAssertEqual(only(junk, "junk.bin")?.document, "junk.bin")
        XCTAssertTrue(only(junk, "junk.bin")?.reason.contains("binary") == true)
        let truncated = Array(Gzip.compress(Array(String(repeating: "<p>نص عربي طويل</p>", count: 2000).utf8)).prefix(200))
        let errs = DocumentReader.readAll(truncated, name: "page.html.gz")
        XCTAssertTrue(errs.contains { if case .failure(let e) = $0 { return e.document == "page.html.gz" && e.reason.contains("truncated gzip") } else { return false } })
        let huge = Array("<html><body><p>".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: 50 << 20)
        XCTAssertTrue(only(huge, "big.html")?.reason.contains("over the") == true)
        XCTAssertEqual(only(Array("<html><body></body></html>".utf8), "x.warc", format: .warc)?.document, "x.warc#record-1")
    }
}
