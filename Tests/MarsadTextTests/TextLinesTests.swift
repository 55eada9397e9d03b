import XCTest
@testable import MarsadText

final class TextLinesTests: XCTestCase {
    /// The byte split gives the pieces the Character split gave on the resource texts, comments and empty
    /// fields included.
    func testLinesAndFieldsAsTheCharacterSplitGaveThem() {
        let text = "# header\nقال\tيقول\t\tassert\n\nوزارة الدفاع\tmilitary\n#x\tno\né\u{301}\tlast"
        let old = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        XCTAssertEqual(TextLines.lines(text, droppingComments: true), old)
        XCTAssertEqual(TextLines.lines(text).count, 5)
        for line in old {
            XCTAssertEqual(TextLines.fields(line), line.split(separator: "\t", omittingEmptySubsequences: false))
            XCTAssertEqual(TextLines.fields(line, omittingEmpty: true), line.split(separator: "\t"))
        }
        // a line may open with a combining mark (a shadda on its own): still a line of its own
        XCTAssertEqual(TextLines.lines("أ\n\u{651}ب"), ["أ", "\u{651}ب"])
    }
}
