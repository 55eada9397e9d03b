import XCTest
@testable import MarsadExtract

final class JSONLDTests: XCTestCase {
    func testValuesEscapesAndNesting() {
        let v = JSONValue.parse(#" { "a": [1, -2.5e3, true, false, null, "x\"y\\z\/"], "b": {"c": "\u0627\u0644 \ud83d\ude00 \ud800x"} } "#)
        XCTAssertEqual(v?["a"], .array([.number("1"), .number("-2.5e3"), .bool(true), .bool(false), .null, .string("x\"y\\z/")]))
        XCTAssertEqual(v?["b"]?["c"], .string("ال 😀 \u{FFFD}x"))
        XCTAssertEqual(JSONValue.parse("\"line\\nbreak\"")?.stringValue, "line\nbreak")
        XCTAssertEqual(JSONValue.parse("[]"), .array([]))
        XCTAssertEqual(JSONValue.parse("{}"), .object([]))
    }

    func testRawControlCharactersInStringsReadAsSpaces() {
        // Pages paste paragraphs into articleBody with raw newlines and tabs, which strict JSON refuses.
        XCTAssertEqual(JSONValue.parse("{\"articleBody\": \"one\ntwo\tthree\"}")?["articleBody"], .string("one two three"))
    }

    func testTrailingCommasAsPagesWriteThem() {
        // Seen on a news site: "keywords": ["Smart News", "Smart News Science", ],
        let v = JSONValue.parse(#"{"keywords": ["a", "b", ], "datePublished": "2019-11-18", }"#)
        XCTAssertEqual(v?["keywords"], .array([.string("a"), .string("b")]))
        XCTAssertEqual(v?["datePublished"], .string("2019-11-18"))
        XCTAssertNil(JSONValue.parse("[1, , 2]"))
        XCTAssertNil(JSONValue.parse("[,]"))
        XCTAssertEqual(JSONValue.parse(#"{"a": 1, "a": 2}"#)?["a"], .number("2"))
    }

    func testBrokenJSONIsRefused() {
        for broken in ["{\"a\": 1", "{\"a\" 1}", "[1, 2,", "{\"a\": \"unterminated}", "{\"a\": tru}", "{\"a\": 1} trailing",
                       "{'a': 1}", "{\"a\": \"\\q\"}", "", "   ", String(repeating: "[", count: 10_000)] {
            XCTAssertNil(JSONValue.parse(broken), broken.prefix(30).description)
        }
    }

    func testArticleFromGraphArraysAndMainEntity() {
        let script = #"""
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Site", "url": "https://example.org/"},
          {"@type": "WebPage", "name": "Page name", "inLanguage": "ar", "url": "https://example.org/page"},
          {"@type": ["NewsArticle", "Article"], "headline": "Floods &amp; storms", "datePublished": "2023-09-19T10:00:00Z",
           "author": [{"@type": "Person", "name": "A. Writer"}, {"@type": "Person", "name": "B. Writer"}],
           "publisher": {"@type": "Organization", "name": "Example News"},
           "articleBody": "First paragraph.\nSecond paragraph."}
        ]}
        """#
        let a = JSONLDArticle(scripts: [script])
        XCTAssertEqual(a.headline, "Floods & storms")
        XCTAssertEqual(a.datePublished, "2023-09-19T10:00:00Z")
        XCTAssertEqual(a.author, "A. Writer, B. Writer")
        XCTAssertEqual(a.publisher, "Example News")
        XCTAssertEqual(a.inLanguage, "ar")
        XCTAssertEqual(a.articleBody, "First paragraph.\nSecond paragraph.")
        XCTAssertEqual(a.url, "https://example.org/page")

        let nested = JSONLDArticle(scripts: [#"[{"@type": "WebPage", "mainEntity": {"@type": "Article", "name": "Inner", "mainEntityOfPage": {"@id": "https://x.org/a"}}}]"#])
        XCTAssertEqual(nested.headline, "Inner")
        XCTAssertEqual(nested.url, "https://x.org/a")
    }

    func testBrokenBlockIsSkippedAndOthersStillRead() {
        let a = JSONLDArticle(scripts: [#"{"@type": "NewsArticle", "headline": "Broken""#, #"{"@type": "BlogPosting", "headline": "Kept"}"#])
        XCTAssertEqual(a.headline, "Kept")
        XCTAssertNil(JSONLDArticle(scripts: [#"{"@type": "Product", "name": "Not an article"}"#]).headline)
    }
}
