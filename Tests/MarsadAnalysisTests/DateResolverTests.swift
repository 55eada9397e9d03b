import XCTest
@testable import MarsadAnalysis

final class DateResolverTests: XCTestCase {
    func dates(_ text: String, published: String?) -> [(String, DatePrecision)] {
        let words = EventWordScanner.scan(Array(text.unicodeScalars), in: 0..<text.unicodeScalars.count)
        return DateResolver(published: published).resolve(words).map { ($0.date, $0.precision) }
    }

    func first(_ text: String, _ published: String? = "2023-09-19") -> String? { dates(text, published: published).first?.0 }

    func testRelativeDays() {
        XCTAssertEqual(first("أعلنت أذربيجان، اليوم الثلاثاء، أنها"), "2023-09-19")
        XCTAssertEqual(first("قتل 18 شخصا في بغداد امس"), "2023-09-18")
        XCTAssertEqual(first("خطف مسلحون خمسة بريطانيين اول من أمس"), "2023-09-17")
        XCTAssertEqual(first("وصل الوفد أمس الأول"), "2023-09-17")
        XCTAssertEqual(dates("في اليوم التالي سمعت", published: "2023-09-19").count, 0, "اليوم التالي is relative to another event")
    }

    func testWeekdays() {
        // published Tuesday 2023-09-19
        XCTAssertEqual(first("في هجوم مسلح الجمعة في بيت كاحل"), "2023-09-15")
        XCTAssertEqual(first("تظاهر الطلاب الثلاثاء"), "2023-09-19")
        XCTAssertEqual(first("الثلاثاء الماضي"), "2023-09-12")
        XCTAssertEqual(first("يوم الخميس المقبل"), "2023-09-21")
    }

    func testMonthNamesOfBothSeries() {
        XCTAssertEqual(first("في 17 ابريل (نيسان) 2004"), "2004-04-17")
        XCTAssertEqual(first("في 5 أيلول 2021", nil), "2021-09-05")
        XCTAssertEqual(first("في 3 سبتمبر 2021", nil), "2021-09-03")
        XCTAssertEqual(first("في 3 شتنبر 2021", nil), "2021-09-03")
        XCTAssertEqual(first("منذ 12 كانون الثاني 2020", nil), "2020-01-12")
        XCTAssertEqual(first("في 27 ديسمبر الماضي", "2024-01-05"), "2023-12-27")
        XCTAssertEqual(first("في 27 ديسمبر", "2024-01-05"), "2023-12-27")
        XCTAssertEqual(first("في 2 يناير", "2024-01-05"), "2024-01-02")
        let m = dates("في اكتوبر (تشرين الاول) الماضي", published: "2008-11-11")
        XCTAssertEqual(m.first?.0, "2008-10"); XCTAssertEqual(m.first?.1, .month)
        XCTAssertEqual(dates("منذ مارس 2003", published: nil).first?.1, .month)
    }

    func testPeriodsAndYears() {
        let w = dates("اقتحم مسلحون الاسبوع الماضي مهبطا", published: "2008-11-11")
        XCTAssertEqual(w.first?.0, "2008-11-04"); XCTAssertEqual(w.first?.1, .week)
        XCTAssertEqual(dates("الشهر الماضي", published: "2023-01-10").first?.0, "2022-12")
        XCTAssertEqual(dates("العام الماضي", published: "2023-01-10").first?.0, "2022")
        XCTAssertEqual(dates("اغتيال السادات عام 1981", published: "2007-01-01").first?.0, "1981")
    }

    /// A weekday written with its date is that date, whatever the publication day.
    func testWeekdayWithItsDate() {
        XCTAssertEqual(first("واعتقلت الشرطة 20 متظاهرا يوم السبت 2 مارس/آذار 2024.", "2024-04-02"), "2024-03-02")
        XCTAssertEqual(first("وقعت الهجمات الأحد الموافق 3 آذار 2024", "2024-04-02"), "2024-03-03")
        XCTAssertEqual(first("في يوم الاثنين (4 مارس) اقتحمت القوات", "2024-04-02"), "2024-03-04")
        XCTAssertEqual(first("يوم السبت 2 مارس", nil), nil, "no year and no publication date: no guess")
        XCTAssertEqual(first("قتل ثلاثة يوم السبت، 5 منهم أطفال", "2024-04-02"), "2024-03-30", "a count after the weekday is not its date")
        XCTAssertEqual(first("في 2 مارس/آذار 2024", nil), "2024-03-02")
    }

    /// Days written as ordinals, and "this" month or year (الجاري، الحالي).
    func testOrdinalDaysAndTheCurrentPeriod() {
        XCTAssertEqual(first("وفي الخامس عشر من رمضان 1445 هـ، قصف الطيران الحربي سوقا", "2024-04-02"), "2024-03-25", "1 Ramadan 1445 was 11 March 2024")
        XCTAssertEqual(first("هجمات الحادي عشر من سبتمبر 2001", nil), "2001-09-11")
        XCTAssertEqual(first("في الثاني والعشرين من يناير الماضي", "2024-03-01"), "2024-01-22")
        XCTAssertEqual(first("منذ العاشر من الشهر الجاري", "2024-03-20"), "2024-03-10")
        XCTAssertEqual(first("في الأول من الشهر الماضي", "2024-03-20"), "2024-02-01")
        XCTAssertEqual(first("في 27 مارس الجاري", "2024-03-29"), "2024-03-27")
        XCTAssertEqual(first("خلال الشهر الجاري", "2024-03-29"), "2024-03")
        XCTAssertEqual(first("منذ بداية العام الحالي", "2024-03-29"), "2024")
        XCTAssertTrue(dates("وقال الوزير الأول من جهته", published: "2024-03-29").isEmpty, "الأول من is no date without a month")
        XCTAssertTrue(dates("الخامس عشر من رمضان", published: "2024-04-02").isEmpty, "a Hijri day without its year is no guess")
    }

    func testSpansBackFromPublication() {
        XCTAssertEqual(dates("وقتل ثلاثة جنود قبل يومين في الموصل", published: "2023-09-19").first?.0, "2023-09-17")
        XCTAssertEqual(dates("اغتاله مسلحون قبل عامين", published: "2007-10-06").first?.0, "2005")
        XCTAssertEqual(dates("اعتقل قبل ثلاثة أشهر", published: "2008-02-10").first?.0, "2007-11")
        XCTAssertEqual(dates("خطف قبل 11 عاما", published: "2008-02-10").first?.1, .year)
        XCTAssertEqual(dates("وصل قبل أسبوعين", published: "2023-09-19").first?.1, .week)
        // counted from another event, a year, no number, and "منذ" (how long, not when): not spans from publication
        XCTAssertTrue(dates("قبل يومين من الانتخابات", published: "2023-09-19").isEmpty)
        XCTAssertEqual(dates("قبل عام 2004", published: "2023-09-19").first?.0, "2004")
        XCTAssertTrue(dates("وصلوا قبل أيام", published: "2023-09-19").isEmpty)
        XCTAssertTrue(dates("أعنف الهجمات منذ اندلاع الحرب منذ أربع سنوات", published: "2007-08-16").isEmpty)
    }

    func testHijri() {
        XCTAssertEqual(first("في 1 رمضان 1444 هـ", nil), "2023-03-23")
        XCTAssertEqual(first("في 1 محرم 1445", nil), "2023-07-19")
    }

    func testNoDateRatherThanAGuess() {
        XCTAssertTrue(dates("قتل 18 شخصا في بغداد امس", published: nil).isEmpty, "a relative date needs a publication date")
        XCTAssertTrue(dates("في 27 ديسمبر", published: nil).isEmpty)
        XCTAssertTrue(dates("قال ان ماي صديقه", published: "2023-01-01").isEmpty, "a bare month-like word is no date")
        XCTAssertTrue(dates("في 31 فبراير 2023", published: nil).isEmpty)
    }
}

final class NumberWordsTests: XCTestCase {
    func read(_ text: String) -> CountWord? {
        let words = EventWordScanner.scan(Array(text.unicodeScalars), in: 0..<text.unicodeScalars.count)
        return NumberReader().read(words, at: 0)?.0
    }

    func testNumbers() {
        XCTAssertEqual(read("اثنين من جنودها"), .number(2))
        XCTAssertEqual(read("18 شخصا"), .number(18))
        XCTAssertEqual(read("١٨ شخصا"), .number(18))
        XCTAssertEqual(read("خمسة وعشرين"), .number(25))
        XCTAssertEqual(read("ثلاثة عشر جنديا"), .number(13))
        XCTAssertEqual(read("ثلاثة آلاف"), .number(3000))
        XCTAssertEqual(read("مئتي شخص"), .number(200))
        XCTAssertEqual(read("جنديين"), .number(2))
        XCTAssertEqual(read("الخمسة"), .number(5))
    }

    func testVagueIsNotANumber() {
        XCTAssertEqual(read("عشرات آخرون"), .vague)
        XCTAssertEqual(read("مئات المتظاهرين"), .vague)
        XCTAssertEqual(read("العديد من"), .vague)
        XCTAssertNil(read("جنود"))
    }
}
