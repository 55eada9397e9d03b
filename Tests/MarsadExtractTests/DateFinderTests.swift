import XCTest
@testable import MarsadExtract

final class DateFinderTests: XCTestCase {
    func testArabicDatesInText() {
        XCTAssertEqual(DateFinder.firstDate(inText: "نشر في الثلاثاء 19 سبتمبر 2023 - 11:42"), "2023-09-19")
        XCTAssertEqual(DateFinder.firstDate(inText: "بيروت، 3 تشرين الأول 2019 (رويترز)"), "2019-10-03")
        XCTAssertEqual(DateFinder.firstDate(inText: "الجمعة ٢١ أيلول/سبتمبر ٢٠١٨"), "2018-09-21")
        XCTAssertEqual(DateFinder.firstDate(inText: "تونس في 5 جانفي 2017"), "2017-01-05")
        XCTAssertEqual(DateFinder.firstDate(inText: "الرباط 12 غشت 2016"), "2016-08-12")
        XCTAssertEqual(DateFinder.firstDate(inText: "القاهرة 7 ابريل 2015"), "2015-04-07")   // hamza-less spelling
    }

    func testEnglishDatesInText() {
        XCTAssertEqual(DateFinder.firstDate(inText: "Published September 19, 2023 at 11:42"), "2023-09-19")
        XCTAssertEqual(DateFinder.firstDate(inText: "Updated 4 Nov. 2019"), "2019-11-04")
        XCTAssertEqual(DateFinder.firstDate(inText: "posted 2021/03/07 by staff"), "2021-03-07")
        XCTAssertNil(DateFinder.firstDate(inText: "In May 2019 he said 31 people may 2 go"))
        XCTAssertNil(DateFinder.firstDate(inText: "February 30, 2020"))
    }

    func testStructuredValues() {
        XCTAssertEqual(DateFinder.normalize("2023-09-19T11:42:00+03:00"), "2023-09-19T11:42:00+03:00")
        XCTAssertEqual(DateFinder.normalize("2023-09-19 11:42:00"), "2023-09-19T11:42:00")
        XCTAssertEqual(DateFinder.normalize("Tue, 19 Sep 2023 11:42:00 +0300"), "2023-09-19T11:42:00+03:00")
        XCTAssertEqual(DateFinder.normalize("Mon, 06 Jan 2020 08:00:00 GMT"), "2020-01-06T08:00:00Z")
        XCTAssertEqual(DateFinder.normalize("20190305"), "2019-03-05")
        XCTAssertEqual(DateFinder.normalize("1695112920"), "2023-09-19")
        XCTAssertNil(DateFinder.normalize("soon"))
    }

    func testURLDates() {
        XCTAssertEqual(DateFinder.date(inURL: "https://news.example.org/2023/09/19/azerbaijan/"), "2023-09-19")
        XCTAssertEqual(DateFinder.date(inURL: "https://www.example.com/world/2020-1-5-story"), "2020-01-05")
        XCTAssertEqual(DateFinder.date(inURL: "https://example.com/news/20170121/story.html"), "2017-01-21")
        XCTAssertNil(DateFinder.date(inURL: "https://example.com/article/106/76393"))
        XCTAssertNil(DateFinder.date(inURL: "https://example.com/2019/13/45/"))
    }

    /// Numeric dates with the year last, as Arabic sites and scrapers write them (the ANT corpus has 965).
    func testNumericDatesAreReadOnlyWhenTheNumbersDecideTheOrder() {
        XCTAssertEqual(DateFinder.normalize("19/09/2023"), "2023-09-19")
        XCTAssertEqual(DateFinder.normalize("07/07/2016"), "2016-07-07")
        XCTAssertEqual(DateFinder.normalize("9.9.2023"), "2023-09-09")
        XCTAssertEqual(DateFinder.normalize("09-19-2023"), "2023-09-19")
        XCTAssertNil(DateFinder.normalize("07/08/2016"), "day-first or month-first: not guessed")
        XCTAssertNil(DateFinder.normalize("31/02/2016"))
    }
}
