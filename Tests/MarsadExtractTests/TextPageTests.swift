import XCTest
import MarsadTestSupport
@testable import MarsadExtract

final class TextPageTests: XCTestCase {
    func testReferencePageTitleDebrisAndParagraphs() throws {
        let raw: String
        do { raw = try SharedData.string("examples/karabakh-2023-09-19/article.txt") }
        catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let doc = TextPage.document(from: raw, name: "article.txt")
        XCTAssertEqual(doc.title, "أذربيجان تشن عملية عسكرية ضد القوات الأرمنية في كاراباخ")
        XCTAssertTrue(doc.removed.contains("| أخبار"), "\(doc.removed)")
        XCTAssertTrue(doc.removed.contains("Source link"))
        XCTAssertTrue(doc.removed.contains("Leave a Comment"))
        XCTAssertTrue(doc.removed.contains("|"))
        XCTAssertFalse(doc.text.contains("Source link"))
        XCTAssertFalse(doc.text.contains("Leave a Comment"))
        XCTAssertTrue(doc.text.hasPrefix("أعلنت أذربيجان، اليوم الثلاثاء، أنها شنت"))
        // subheadings are article content, not debris
        XCTAssertTrue(doc.text.contains("\nالأسلحة الدقيقة\n"))
        XCTAssertFalse(doc.text.contains("\n\n"))
    }

    func testArabicDebrisIsMatchedAcrossSpellings() {
        let page = """
        ترامب يلتقي ماكرون في باريس - الشرق

        إقرأ أيضاً:
        التقى الرئيس الأمريكي نظيره الفرنسي في قصر الإليزيه.
        شارك الخبر
        ***
        الوسوم: فرنسا، الولايات المتحدة
        جميع الحقوق محفوظة © 2017
        """
        let doc = TextPage.document(from: page, name: "page")
        XCTAssertEqual(doc.title, "ترامب يلتقي ماكرون في باريس")
        XCTAssertEqual(doc.text, "التقى الرئيس الأمريكي نظيره الفرنسي في قصر الإليزيه.")
        XCTAssertEqual(doc.removed, ["- الشرق", "إقرأ أيضاً:", "شارك الخبر", "***", "الوسوم: فرنسا، الولايات المتحدة", "جميع الحقوق محفوظة © 2017"])
    }

    func testBodyLinesThatMerelyStartLikeDebrisAreKept() {
        let page = """
        Talks resume in Geneva

        Source: a senior diplomat told reporters that the talks, which broke down last month over the question of prisoner exchanges and the monitoring of the ceasefire line, would resume on Monday.
        Share prices fell.
        """
        let doc = TextPage.document(from: page, name: "page")
        XCTAssertEqual(doc.title, "Talks resume in Geneva")
        XCTAssertTrue(doc.text.hasPrefix("Source: a senior diplomat"))
        XCTAssertTrue(doc.text.contains("Share prices fell."))
        XCTAssertTrue(doc.removed.isEmpty, "\(doc.removed)")
        // a prefix written with its colon needs the colon: "المصدر فقد حدد …" is a sentence, "المصدر: وكالات" debris
        let arabic = TextPage.document(from: "زلزال في الجزائر\nالمصدر فقد حدد مركز الهزة ب 2 كلم جنوب عين طاية بولاية الجزائر.\nالمصدر : وكالات\nSource: Reuters",
                                       name: "page")
        XCTAssertEqual(arabic.text, "المصدر فقد حدد مركز الهزة ب 2 كلم جنوب عين طاية بولاية الجزائر.", "\(arabic.removed)")
        XCTAssertEqual(arabic.removed, ["المصدر : وكالات", "Source: Reuters"])
    }

    func testTitleSuffixRules() {
        XCTAssertEqual(TitleSuffix.strip("Iran says talks will go on - Reuters").title, "Iran says talks will go on")
        XCTAssertEqual(TitleSuffix.strip("نتنياهو يتودّد للشعب الإيراني.. ويهاجم نظامه").suffix, nil)
        // a short head is not a title with a suffix: "Syria - Russia strikes Idlib" stays whole
        XCTAssertEqual(TitleSuffix.strip("Syria - Russia strikes Idlib").suffix, nil)
        XCTAssertEqual(TitleSuffix.strip("الأمم المتحدة تحذر من مجاعة في اليمن | الجزيرة نت").title, "الأمم المتحدة تحذر من مجاعة في اليمن")
    }

    func testFirstLineThatIsASentenceIsBodyNotTitle() {
        let doc = TextPage.document(from: "قال مسؤول إن المحادثات ستستأنف.\nوأضاف أن الوفدين سيلتقيان.", name: "p")
        XCTAssertNil(doc.title)
        XCTAssertEqual(doc.text, "قال مسؤول إن المحادثات ستستأنف.\nوأضاف أن الوفدين سيلتقيان.")
    }

    /// A page of one headline-like line (a feed's brief) is its title and its text, not an empty page.
    func testAHeadlineAloneIsItsOwnText() {
        let doc = TextPage.document(from: "مقتل ثلاثة جنود في هجوم قرب القامشلي", name: "p")
        XCTAssertEqual(doc.title, "مقتل ثلاثة جنود في هجوم قرب القامشلي")
        XCTAssertEqual(doc.text, "مقتل ثلاثة جنود في هجوم قرب القامشلي")
        // (with a body, the headline stays out of it)
        XCTAssertEqual(TextPage.document(from: "Strike on convoy\nA drone struck a convoy on Monday.", name: "p").text, "A drone struck a convoy on Monday.")
        // (debris alone is still nothing)
        XCTAssertEqual(TextPage.document(from: "Leave a Comment", name: "p").text, "")
    }
}
