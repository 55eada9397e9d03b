import XCTest
@testable import MarsadExtract

/// The tree keeps attributes as byte spans and script/style content in the page bytes; these tests
/// check that what readers get back is what the markup says.
final class HTMLTreeBytesTests: XCTestCase {
    func testAttributesAreReadOnDemandCaseInsensitivelyAndDecoded() {
        let tree = HTMLTree(html: #"<DIV ID="Main" Class='a&amp;b' data-x=1 class="second" hidden><A HREF=/x?a=1&copy=2>x</A></DIV>"#)
        let div = tree.first("div")!
        XCTAssertEqual(tree.attribute(div, "id"), "Main")
        XCTAssertEqual(tree.attribute(div, "class"), "a&b")            // first of duplicates, reference decoded
        XCTAssertEqual(tree.attribute(div, "hidden"), "")
        XCTAssertNil(tree.attribute(div, "style"))
        XCTAssertEqual(tree.attributes(div).map(\.name), ["id", "class", "data-x", "hidden"])
        let a = tree.first("a")!
        XCTAssertEqual(tree.attribute(a, "href"), "/x?a=1&copy=2")      // no reference inside a URL query
        XCTAssertFalse(tree.nodes[tree.first("#text")!].hasAttributes)
    }

    func testScriptAndStyleContentReadFromPageBytes() {
        let html = "<head><script type=application/ld+json>{\"a\": \"x &amp; </p>\"}</script><style>p{}</style></head><body><p>a &amp; b</p>after</body>"
        let tree = HTMLTree(html: html)
        let script = tree.first("script")!
        XCTAssertEqual(tree.textContent(script), "{\"a\": \"x &amp; </p>\"}")   // raw: no references decoded
        XCTAssertEqual(tree.textContent(tree.first("style")!), "p{}")
        XCTAssertEqual(tree.textContent(tree.first("p")!), "a & b")
        XCTAssertEqual(tree.textContent(tree.first("body")!), "a & bafter")
        let doc = HTMLExtractor.document(fromHTML: html, name: "t")
        XCTAssertFalse(doc.text.contains("{"))
    }

    func testJSONLDBlockInAPageFillsMetadata() throws {
        let page = """
        <html><head><title>Storm hits coast | Example News</title>
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Example News"},
         {"@type":"NewsArticle","headline":"Storm hits coast","datePublished":"2023-09-19T08:00:00+03:00",
          "author":{"@type":"Person","name":"Sara Ali"},"publisher":{"@type":"Organization","name":"Example News"}}]}
        </script></head><body><article><p>The storm reached the coast on Tuesday night, flooding streets, cutting power to thousands of homes, and closing the port.</p></article></body></html>
        """
        let doc = try HTMLExtractor.document(from: Array(page.utf8), name: "storm.html")
        XCTAssertEqual(doc.title, "Storm hits coast")
        XCTAssertEqual(doc.published, "2023-09-19T08:00:00+03:00")
        XCTAssertEqual(doc.author, "Sara Ali")
        XCTAssertEqual(doc.site, "Example News")
    }

    func testClassVerdictCombinesNameVerdicts() {
        // The cache judges a class string by its names; that must equal judging the whole string.
        let strings = ["post-content entry", "col-md-8 related-posts", "sr-only skip", "hidden", "widget share-bar",
                       "article-body main", "nav-item active", "story-text p-12345", "comment-list comments", "ad-slot ad",
                       "d-none", "x hidden y", "entry-content clearfix", "menu-item menu-item-type-post", "footer-links"]
        var cache = BoilerplateHints.HintCache()
        for s in strings + strings {
            let bytes = Array(s.utf8)
            let direct = bytes.withUnsafeBufferPointer { BoilerplateHints.hintVerdict($0) }
            let cached = cache.verdict(bytes)
            XCTAssertEqual([cached.negative, cached.positive, cached.weakPositive, cached.hidden],
                           [direct.negative, direct.positive, direct.weakPositive, direct.hidden], s)
        }
        let v = Array("sidebar-widget".utf8).withUnsafeBufferPointer { BoilerplateHints.hintVerdict($0) }
        XCTAssertTrue(v.negative)
        let h = Array("x hidden y".utf8).withUnsafeBufferPointer { BoilerplateHints.hintVerdict($0) }
        XCTAssertTrue(h.hidden)
    }

    func testUTF8TextSearches() {
        XCTAssertEqual(UTF8Text.split("a | b |  | c", separator: " | "), ["a", "b", "", "c"])
        XCTAssertEqual(UTF8Text.split("no separator", separator: " | "), ["no separator"])
        XCTAssertEqual(UTF8Text.removingAll("عاجل", from: "عاجل: خبر عاجل"), ": خبر ")
        XCTAssertTrue(UTF8Text.contains("الجزيرة نت", "نت"))
        XCTAssertFalse(UTF8Text.contains("abc", "abcd"))
        XCTAssertEqual(UTF8Text.collapse("  one\u{A0}\u{A0}two\r\n three\t"), "one two three")
        XCTAssertEqual(UTF8Text.collapse("é\u{C2}"), "é\u{C2}")
    }

    func testTextDateFoundAfterLongTextAndNotAcrossLines() {
        let filler = String(repeating: "كلمة طويلة جدا في النص ", count: 400)
        XCTAssertEqual(DateFinder.firstDate(inText: filler + "نشر في 19 سبتمبر 2023"), "2023-09-19")
        XCTAssertNil(DateFinder.firstDate(inText: "19 سبتمبر\n2023"))
        XCTAssertEqual(DateFinder.firstDate(inText: "Updated Nov. 4, 2019 and 5 May 2020"), "2019-11-04")
        // A long word is no month, and a month written with diacritics is one.
        XCTAssertNil(DateFinder.firstDate(inText: "19 Septemberseptemberseptember 2023"))
        XCTAssertEqual(DateFinder.firstDate(inText: "19 سِبْتَمْبَر 2023"), "2023-09-19")
    }

    func testPatternAutomatonFindsOverlappingAndNestedPatterns() {
        let a = PatternAutomaton(["he", "she", "hers", "comment", "ad-slot"])
        for (text, expected) in [("ushers", true), ("xhx", false), ("h", false), ("", false), ("commen", false),
                                 ("post-comments", true), ("bad-slat", false), ("bad-slot", true), ("sh", false), ("s", false)] {
            XCTAssertEqual(a.matches(Array(text.utf8)), expected, text)
        }
        // A pattern that ends inside a longer partial match: "ad-slot" while reading "ad-ad-slot".
        XCTAssertTrue(a.matches(Array("ad-ad-slot".utf8)))
        XCTAssertTrue(BoilerplateHints.negativeSet.matches(Array("site-footer__inner".utf8)))
        XCTAssertFalse(BoilerplateHints.negativeSet.matches(Array("entry-content".utf8)))
    }

    func testParagraphWriterCollapsesSpacesAndNoBreakSpaces() {
        var w = ParagraphWriter()
        w.append("  first\u{A0}\u{A0}line\n of  text ")
        w.append("é\u{A0}")
        w.flush()
        w.append("\u{A0} second ")
        w.flush()
        XCTAssertEqual(w.paragraphs, ["first line of text é", "second"])
    }
}
