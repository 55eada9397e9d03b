import XCTest
@testable import MarsadExtract

final class HTMLTokenizerTests: XCTestCase {
    func testEntitiesNamedNumericAndLegacy() {
        let t = HTMLTokenizer.tokens("<p>A&amp;B &#1575;&#x644; &copy 2023 &nbsp;x &notanentity; &lt;b&gt; &#150;</p>")
        XCTAssertEqual(t[1], .text("A&B ال © 2023 \u{A0}x ¬anentity; <b> –"))
    }

    func testAttributesQuotedUnquotedDuplicateAndURLAmpersands() {
        let t = HTMLTokenizer.tokens("<a href=/x?a=1&copy=2 class='c1' CLASS=\"c2\" data-x=\"&quot;q&quot;\" hidden>")
        guard case .startTag(let name, let attributes, _) = t[0] else { return XCTFail("\(t)") }
        XCTAssertEqual(name, "a")
        XCTAssertEqual(attributes, [HTMLAttribute(name: "href", value: "/x?a=1&copy=2"), HTMLAttribute(name: "class", value: "c1"),
                                    HTMLAttribute(name: "data-x", value: "\"q\""), HTMLAttribute(name: "hidden", value: "")])
    }

    func testScriptAndStyleAreRawText() {
        let t = HTMLTokenizer.tokens("<script>if (a < b && c > d) { x = '</div><p>'; }</script><p>after</p><style>p{a:b}</STYLE >")
        XCTAssertEqual(t[1], .text("if (a < b && c > d) { x = '</div><p>'; }"))
        XCTAssertEqual(t[2], .endTag(name: "script"))
        XCTAssertEqual(t[4], .text("after"))
        XCTAssertEqual(t[7], .text("p{a:b}"))
        XCTAssertEqual(t[8], .endTag(name: "style"))
    }

    func testStrayLessThanCommentsCDATAAndDoctype() {
        let t = HTMLTokenizer.tokens("<!DOCTYPE html><p>3 < 5 and x<-y</p><!-- a <b> comment --><![CDATA[skip]]><p>z</p><!-- unclosed")
        XCTAssertEqual(t[0], .doctype("DOCTYPE html"))
        XCTAssertEqual(t[2], .text("3 < 5 and x<-y"))
        XCTAssertEqual(t[4], .comment(" a <b> comment "))
        XCTAssertEqual(t.filter { if case .text = $0 { return true } else { return false } }.count, 2)
        XCTAssertEqual(t.last, .endTag(name: "p"))
    }

    func testCDATAIsTextInXMLMode() {
        let t = HTMLTokenizer.tokens("<description><![CDATA[<p>نص & <b>خبر</b></p>]]></description>", xml: true)
        XCTAssertEqual(t[1], .text("<p>نص & <b>خبر</b></p>"))
    }

    func testTagCutOffAtEndOfInputIsDropped() {
        let t = HTMLTokenizer.tokens("<p>text</p><div class=\"unfinished")
        XCTAssertEqual(t, [.startTag(name: "p", attributes: [], selfClosing: false), .text("text"), .endTag(name: "p")])
    }

    func testTreeRecoversImpliedEndTags() {
        let tree = HTMLTree(html: "<body><p>one<p>two<div>three</div><ul><li>a<li>b</ul><table><tr><td>c<td>d</table></span></body>")
        let body = tree.first("body")!
        let tags = tree.children(body).map { tree.nodes[$0].tag }
        XCTAssertEqual(tags, ["p", "p", "div", "ul", "table"])
        let ul = tree.first("ul")!
        XCTAssertEqual(tree.children(ul).map { tree.textContent($0) }, ["a", "b"])
        let tr = tree.first("tr")!
        XCTAssertEqual(tree.children(tr).map { tree.textContent($0) }, ["c", "d"])
    }
}
