import XCTest
import MarsadTestSupport
@testable import MarsadExtract

final class CharsetTests: XCTestCase {
    func arabicText() throws -> String {
        do { return try PageFixtures.arabicArticles(1)[0].paragraphs.joined(separator: "\n") } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
    }

    func testWindows1256DeclaredInMeta() throws {
        let text = try arabicText()
        let html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><p>\(text)</p></body></html>"
        let decoded = TextDecoder.decode(PageFixtures.encode(html, .windows1256))
        XCTAssertEqual(decoded.charset, .windows1256)
        XCTAssertEqual(decoded.evidence, "meta")
        XCTAssertTrue(String(decoding: decoded.utf8, as: UTF8.self).contains(String(text.prefix(80))))
    }

    func testWindows1256WithoutDeclarationIsSniffed() throws {
        let text = try arabicText()
        let decoded = TextDecoder.decode(PageFixtures.encode("<p>\(text)</p>", .windows1256))
        XCTAssertEqual(decoded.charset, .windows1256)
        XCTAssertEqual(decoded.evidence, "sniffed")
    }

    func testWrongUTF8DeclarationIsOverruled() throws {
        let text = try arabicText()
        let decoded = TextDecoder.decode(PageFixtures.encode("<meta charset=\"utf-8\"><p>\(text)</p>", .windows1256))
        XCTAssertEqual(decoded.charset, .windows1256)
        XCTAssertEqual(decoded.evidence, "meta overruled by content")
        XCTAssertTrue(String(decoding: decoded.utf8, as: UTF8.self).contains(String(text.prefix(40))))
    }

    func testLatin1LabelOnUTF8ArabicIsOverruled() throws {
        let text = try arabicText()
        let decoded = TextDecoder.decode(Array("<meta charset=\"iso-8859-1\"><p>\(text)</p>".utf8))
        XCTAssertEqual(decoded.charset, .utf8)
    }

    func testISO8859_6AndHTTPHeader() throws {
        // ISO-8859-6 has no letters beyond the basic Arabic alphabet: use text made of them.
        let text = "أعلنت الحكومة اليوم عن خطة جديدة لدعم القطاع الزراعي في المناطق الريفية"
        let decoded = TextDecoder.decode(PageFixtures.encode("<p>\(text)</p>", .iso8859_6), httpCharset: "ISO-8859-6")
        XCTAssertEqual(decoded.charset, .iso8859_6)
        XCTAssertEqual(String(decoding: decoded.utf8, as: UTF8.self), "<p>\(text)</p>")
    }

    func testWindows1252English() {
        let bytes: [UInt8] = Array("<p>caf".utf8) + [0xE9] + Array(" ".utf8) + [0x93] + Array("quoted".utf8) + [0x94] + Array("</p>".utf8)
        XCTAssertEqual(TextDecoder.string(bytes), "<p>café “quoted”</p>")
    }

    func testBOMWins() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<meta charset=windows-1256><p>سلام</p>".utf8)
        XCTAssertEqual(TextDecoder.decode(bytes).charset, .utf8)
        XCTAssertEqual(TextDecoder.decode(bytes).evidence, "bom")
    }
}
