import XCTest
import MarsadTestSupport
@testable import MarsadExtract

final class HTMLExtractionTests: XCTestCase {
    func testKarabakhReferencePage() throws {
        let url: URL
        do { url = try SharedData.url("examples/karabakh-2023-09-19/article.html") } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: url.deletingLastPathComponent().appendingPathComponent("expected.json"))) as! [String: Any]
        let doc = try HTMLExtractor.document(from: [UInt8](try Data(contentsOf: url)), name: "article.html")
        XCTAssertEqual(doc.title, expected["title"] as? String)
        XCTAssertTrue(doc.published?.hasPrefix(expected["published"] as! String) == true, "\(doc.published ?? "nil")")
        XCTAssertEqual(doc.declaredLanguage, "ar")
        XCTAssertEqual(doc.canonicalURL, "https://news.example.org/2023/09/19/azerbaijan-karabakh-operation/")
        for s in expected["textMustContain"] as! [String] { XCTAssertTrue(doc.text.contains(s), s) }
        for s in expected["textMustNotContain"] as! [String] {
            XCTAssertFalse(doc.text.contains(s), "text contains \(s)")
            XCTAssertFalse(doc.title?.contains(s) ?? false, "title contains \(s)")
        }
        // Headings inside the article are kept.
        XCTAssertTrue(doc.text.contains("الدعوة إلى وقف إطلاق النار"))
    }

    func testArabicNewsPagesKeepArticleDropDebris() throws {
        let articles: [PageFixtures.Article]
        do { articles = try PageFixtures.arabicArticles(25) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        XCTAssertGreaterThanOrEqual(articles.count, 20)
        for a in articles {
            let doc = try HTMLExtractor.document(from: Array(PageFixtures.page(a).utf8), name: a.url)
            XCTAssertEqual(doc.title, a.title, a.url)
            XCTAssertEqual(doc.site, "موقع الأخبار")
            for p in a.paragraphs { XCTAssertTrue(doc.text.contains(PageMetadata.collapse(p)), "\(a.url): lost \(p.prefix(40))") }
            // Short debris words ("تويتر") can occur in news text: they must not stand as a line of their own.
            let lines = Set(doc.text.split(separator: "\n").map(String.init))
            for debris in PageFixtures.boilerplate {
                XCTAssertFalse(debris.count > 20 ? doc.text.contains(debris) : lines.contains(debris), "\(a.url): kept \(debris)")
            }
        }
    }

    func testWindows1256PageWithoutCharset() throws {
        let a: PageFixtures.Article
        do { a = try PageFixtures.arabicArticles(3)[2] } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let bytes = PageFixtures.encode(PageFixtures.page(a, charsetDeclaration: nil), .windows1256)
        let doc = try HTMLExtractor.document(from: bytes, name: "legacy.html")
        XCTAssertEqual(doc.title, a.title)
        XCTAssertTrue(doc.text.contains(PageMetadata.collapse(a.paragraphs[0])))
    }

    func testEnglishBenchmarkSampleScoresHigh() throws {
        let pages: [(id: String, html: [UInt8], truth: String)]
        do { pages = try PageFixtures.benchmarkPages(30) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        var truth: [String: String] = [:], predictions: [String: String] = [:]
        for p in pages {
            truth[p.id] = p.truth
            predictions[p.id] = (try? HTMLExtractor.document(from: p.html, name: p.id))?.text ?? ""
        }
        let score = ExtractionScore(truth: truth, predictions: predictions)
        XCTAssertGreaterThan(score.f1, 0.93, score.description)
    }

    func testScoreMatchesBenchmarkDefinition() {
        let truth = ["a": "one two three four five", "b": "alpha beta gamma delta"]
        let perfect = ExtractionScore(truth: truth, predictions: truth)
        XCTAssertEqual(perfect.f1, 1, accuracy: 1e-9)
        // "a": 2 true shingles, prediction has one of them plus one wrong: tp 1, fp 1, fn 1.
        let half = ExtractionScore(truth: truth, predictions: ["a": "one two three four six", "b": "alpha beta gamma delta"])
        XCTAssertEqual(half.precision, (0.5 + 1) / 2, accuracy: 1e-9)
        XCTAssertEqual(half.recall, (0.5 + 1) / 2, accuracy: 1e-9)
    }

    func testTitleSiteSuffixRemoval() {
        var removed: [String] = []
        XCTAssertEqual(PageMetadata.stripSiteName("Markets rally as inflation cools | Reuters", site: "Reuters", removed: &removed), "Markets rally as inflation cools")
        XCTAssertEqual(PageMetadata.stripSiteName("الجزيرة نت - مقتل 5 في قصف على غزة", site: "الجزيرة نت", removed: &removed), "مقتل 5 في قصف على غزة")
        XCTAssertEqual(PageMetadata.stripSiteName("Biden meets Xi in San Francisco - BBC News", site: nil, removed: &removed), "Biden meets Xi in San Francisco")
        // A dash inside a headline is not a separator when both sides are long.
        XCTAssertEqual(PageMetadata.stripSiteName("Israel - Hamas war: what we know about the hostages deal", site: nil, removed: &removed),
                       "Israel - Hamas war: what we know about the hostages deal")
        XCTAssertEqual(removed, ["Reuters", "الجزيرة نت", "BBC News"])
    }

    func testEmptyBinaryAndOversizedPagesAreRefusedWithTheirName() {
        XCTAssertThrowsError(try HTMLExtractor.document(from: [], name: "empty.html")) { e in
            XCTAssertEqual((e as? ExtractionError)?.description, "empty.html: empty body")
        }
        var junk = [UInt8](repeating: 0, count: 4096)
        for i in junk.indices { junk[i] = UInt8(truncatingIfNeeded: i &* 2654435761 >> 7) }
        XCTAssertThrowsError(try HTMLExtractor.document(from: junk, name: "junk.bin")) { e in
            XCTAssertEqual((e as? ExtractionError)?.document, "junk.bin")
            XCTAssertTrue((e as? ExtractionError)?.reason.contains("binary") == true)
        }
        let big = Array("<html><body>".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
        XCTAssertThrowsError(try HTMLExtractor.document(from: big, name: "huge.html")) { e in
            XCTAssertEqual((e as? ExtractionError)?.document, "huge.html")
            XCTAssertTrue((e as? ExtractionError)?.reason.contains("50 MB") == true, "\(e)")
        }
    }

    func testBodySplitIntoSectionsAndStyledLinksAreKept() throws {
        let articles: [PageFixtures.Article]
        do { articles = try PageFixtures.arabicArticles(6) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let a = articles.first { $0.paragraphs.count >= 4 } ?? articles[0]
        let half = a.paragraphs.count / 2
        func section(_ ps: ArraySlice<String>, extra: String = "") -> String {
            "<section class=\"outer\"><div class=\"wrap\"><div class=\"post-text\">" + ps.map { "<p>\($0)</p>" }.joined() + extra + "</div></div></section>"
        }
        let styled = "<p>قال المتحدث <a class=\"icon none\" href=\"/x\">في بيان رسمي</a> إن الوضع مستقر.</p><span class=\"sr-only\">نص مخفي للقارئ الآلي</span>"
        let html = """
        <html lang="ar"><head><title>\(a.title)</title></head><body><nav><a href="/">الرئيسية</a></nav>
        <div id="post">\(section(a.paragraphs[..<half]))<figure><img src="x.jpg"><figcaption>صورة أرشيفية</figcaption></figure>
        <div class="ad-slot">إعلان</div>\(section(a.paragraphs[half...], extra: styled))</div>
        <div class="related-posts"><a href="/1">خبر آخر عن الاقتصاد والأسواق العالمية اليوم</a></div></body></html>
        """
        let doc = HTMLExtractor.document(fromHTML: html, name: "sections.html")
        for p in a.paragraphs { XCTAssertTrue(doc.text.contains(PageMetadata.collapse(p)), "lost \(p.prefix(40))") }
        XCTAssertTrue(doc.text.contains("قال المتحدث في بيان رسمي إن الوضع مستقر."))
        for debris in ["صورة أرشيفية", "إعلان", "نص مخفي", "خبر آخر", "الرئيسية"] { XCTAssertFalse(doc.text.contains(debris), debris) }
    }
}
