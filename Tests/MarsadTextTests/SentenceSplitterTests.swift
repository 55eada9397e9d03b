import XCTest
import MarsadTestSupport
@testable import MarsadText

final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ s: String) -> [String] {
        let t = ScalarText(s)
        return SentenceSplitter.split(s).map { t[$0] }
    }

    func testRealParagraphWithQuotation() throws {
        // First article of ant-news-politics (JA-internationalNews-1-20170121), first two paragraphs.
        let texts: [String]
        do { texts = try SharedData.corpusTexts(limit: 1) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let text = texts[0]
        let s = sentences(text)
        XCTAssertEqual(s.count, 5)
        XCTAssertEqual(s[0], "بعث رئيس الوزراء الإسرائيلي بنيامين نتتنياهو برسالة مصالحة إلى الشعب الإيراني قائلا \"نحن أصدقاؤكم ولسنا أعدائكم\".")
        XCTAssertTrue(s[1].hasPrefix("وفي تسجيل مصور"))
        XCTAssertTrue(s[1].hasSuffix("إلى تدمير إسرائيل."))
        XCTAssertEqual(s[2], "إلا أن نتانياهو في الوقت نافسه ميز بين النظام والشعب في كلمته.")
        // A short quotation with stops inside stays one sentence, its closing quote and stop included.
        XCTAssertEqual(s[3], "وأضاف قائلا \"لديكم تاريخ مشرف. لديكم ثقافة ثرية. للأسف، أنتم مكبلون من قبل استبداد ثيوقراطي\".")
        XCTAssertTrue(s[4].hasPrefix("وتعتبر إسرائيل"))
        // Ranges are trimmed and in order.
        let ranges = SentenceSplitter.split(text)
        XCTAssertEqual(ranges[1].lowerBound, ranges[0].upperBound + 1)
    }

    func testArabicStopsAndParagraphs() {
        XCTAssertEqual(sentences("هل انتهت الحرب؟ قال الوزير: لا! وأضاف أن القتال مستمر.\nالفقرة الثانية بلا نقطة\n\n  وثالثة.  "),
                       ["هل انتهت الحرب؟", "قال الوزير: لا!", "وأضاف أن القتال مستمر.", "الفقرة الثانية بلا نقطة", "وثالثة."])
    }

    func testNumbersAndAbbreviations() {
        XCTAssertEqual(sentences("ارتفع النمو 3.5 في المئة وبلغ 1.200 مليون. وقال د. محمد البرادعي إن ذلك جيد."),
                       ["ارتفع النمو 3.5 في المئة وبلغ 1.200 مليون.", "وقال د. محمد البرادعي إن ذلك جيد."])
        XCTAssertEqual(sentences("Mr. Smith met Dr. Jones in the U.S. on Jan. 5 and J. F. Kennedy was mentioned, e.g. in a note. Then they left."),
                       ["Mr. Smith met Dr. Jones in the U.S. on Jan. 5 and J. F. Kennedy was mentioned, e.g. in a note.", "Then they left."])
        XCTAssertEqual(sentences("ولد عام 1950 م. وتوفي عام 1420 هـ. ودفن في المدينة."),
                       ["ولد عام 1950 م.", "وتوفي عام 1420 هـ.", "ودفن في المدينة."])
        XCTAssertEqual(sentences("Visit jawharafm.net today. \"Are you sure?\" he asked. She was."),
                       ["Visit jawharafm.net today.", "\"Are you sure?\" he asked.", "She was."])
    }

    func testArabicSpelledAcronyms() {
        // ant-news-politics JA-internationalNews-1031-20170601 (CNN written (سي.إن.إن)).
        XCTAssertEqual(sentences("قالت شبكة (سي.إن.إن) الإخبارية الأميركية، أمس إنها أنهت عقداً مع الممثلة الكوميدية كاثي جريفن. وذلك عقب الجدل."),
                       ["قالت شبكة (سي.إن.إن) الإخبارية الأميركية، أمس إنها أنهت عقداً مع الممثلة الكوميدية كاثي جريفن.", "وذلك عقب الجدل."])
        XCTAssertEqual(sentences("نقلت وكالة الأنباء الألمانية (دي. بي. إيه) الخبر. وقال مسؤول في سي. آي. إيه إنه لا تعليق."),
                       ["نقلت وكالة الأنباء الألمانية (دي. بي. إيه) الخبر.", "وقال مسؤول في سي. آي. إيه إنه لا تعليق."])
    }

    func testUnclosedQuotationDoesNotSwallowSentences() {
        // ant-news-politics JA-internationalNews-497-20160514: the outer quotation never closes; the
        // inner one ("المسلمات الجديدات") does, and the stop after المقاطعة ends the sentence.
        let text = "ونقلت وسائل إعلام روسية عن رئيس المركز مساء أمس الجمعة إن \"العملية الإرهابية خططت لها مجموعة تتكون\u{A0}من 4 فتيات ينتمين إلى\u{A0}جماعة \"المسلمات الجديدات\" وسكنت اثنتان منهن بمناطق جنوب\u{A0}شرق المقاطعة. وأوضح أنه لم يتسن للفتيات التكيف مع الحياة في المدينة."
        let s = sentences(text)
        XCTAssertEqual(s.count, 2)
        XCTAssertTrue(s[0].hasSuffix("شرق المقاطعة."))
        XCTAssertTrue(s[1].hasPrefix("وأوضح"))
        // A quotation missing its closing mark does not hide the next one's stops either.
        XCTAssertEqual(sentences("مؤكدا أن المشاركة \"واجب وطني. ولتفادي ذلك دعا الوزير إلى \"العرس الديمقراطي\"، وانتهى."),
                       ["مؤكدا أن المشاركة \"واجب وطني.", "ولتفادي ذلك دعا الوزير إلى \"العرس الديمقراطي\"، وانتهى."])
    }

    func testDebrisStaysAttached() {
        XCTAssertEqual(sentences("انتهى الاجتماع دون اتفاق. . .\n.\nوبدأ اجتماع آخر."),
                       ["انتهى الاجتماع دون اتفاق. . .", "وبدأ اجتماع آخر."])
        XCTAssertEqual(sentences("انتهى الاجتماع . وبدأ آخر .."), ["انتهى الاجتماع .", "وبدأ آخر .."])
    }

    func testQuotations() {
        XCTAssertEqual(sentences("وقال «لن نتراجع. سنقاتل» ثم غادر. وانتهى اللقاء."),
                       ["وقال «لن نتراجع. سنقاتل» ثم غادر.", "وانتهى اللقاء."])
        XCTAssertEqual(sentences("He said “we will win.” Then he left."), ["He said “we will win.”", "Then he left."])
    }

    func testRealCorpusSentencesAreTrimmedAndNonEmpty() throws {
        let texts: [String]
        do { texts = try SharedData.corpusTexts(limit: 300) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        var total = 0
        for text in texts {
            let st = ScalarText(text)
            var last = 0
            for r in SentenceSplitter.split(text) {
                XCTAssertLessThanOrEqual(last, r.lowerBound)
                XCTAssertFalse(st.scalars[r.lowerBound].properties.isWhitespace)
                XCTAssertFalse(st.scalars[r.upperBound - 1].properties.isWhitespace)
                XCTAssertTrue(st[r].unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil })
                last = r.upperBound
                total += 1
            }
        }
        // These 300 short articles have about 1,300 stops and line breaks; a splitter that never split
        // would give 300 sentences.
        XCTAssertGreaterThan(total, 1_100)
    }
}
