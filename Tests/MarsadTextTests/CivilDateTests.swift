import XCTest
import MarsadText

final class CivilDateTests: XCTestCase {
    func testCivilArithmetic() {
        XCTAssertEqual(CivilDate(iso: "2023-09-19")?.weekday, 2)   // a Tuesday
        XCTAssertEqual(CivilDate(year: 2024, month: 3, day: 1).adding(days: -1).iso, "2024-02-29")
        XCTAssertEqual(CivilDate(year: 2023, month: 3, day: 1).adding(days: -1).iso, "2023-02-28")
        XCTAssertNil(CivilDate(iso: "2023-13-01"))
        XCTAssertEqual(CivilDate(dayNumber: 0).iso, "1970-01-01")
        XCTAssertEqual(CivilDate(dayNumber: CivilDate(year: 2000, month: 2, day: 29).dayNumber), CivilDate(year: 2000, month: 2, day: 29))
    }
}
