import XCTest
import MarsadText
import MarsadTestSupport
@testable import MarsadAnalysis

final class QualityInspectorTests: XCTestCase {
    func flags(_ text: String) -> [QualityFlag] {
        QualityInspector().inspect(scalars: ScalarText(text), tokens: Tokenizer.tokenize(text))
    }

    func slice(_ text: String, _ f: QualityFlag) -> String { ScalarText(text)[f.start..<f.end] }

    func testSplitQuotationIsFlaggedAcrossTheStop() {
        let t = "وقال الوزير: “إن بلادنا لن تقبل ذلك”. “تحت أي ظرف”، بحسب البيان."
        let f = flags(t).filter { $0.kind == "broken-quote" }
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(slice(t, f[0]), "”. “")
    }

    func testConsecutiveQuotationsWithAttributionAreNotFlagged() {
        let t = "قال: “سنواصل العمل”. وأضاف: “لا تراجع عن ذلك”."
        XCTAssertTrue(flags(t).filter { $0.kind == "broken-quote" }.isEmpty)
    }

    func testDoubleStopButNotTheWritersEllipsis() {
        let t = "دعا إلى الحوار لتحقيق السلام. . التعايش. نتنياهو يتودّد للشعب الإيراني.. ويهاجم نظامه... ثم عاد."
        let f = flags(t).filter { $0.kind == "double-stop" }
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(slice(t, f[0]), ". .")
    }

    func testSelfCoordinationArabicAndEnglish() {
        let t = "طلبت السلطات البقاء في الملاجئ والملاجئ. They stayed in shelters and shelters. وصل مرارا وتكرارا."
        let f = flags(t).filter { $0.kind == "self-coordination" }
        XCTAssertEqual(f.map { slice(t, $0) }, ["الملاجئ والملاجئ", "shelters and shelters"])
    }

    func testStopInsideAPhrase() {
        let ar = "وأعلنت أن موسكو تجري اتصالات مع الطرفين، وحثت الطرفين. الصراع على تنفيذ الاتفاقيات المتعلقة بالإقليم."
        XCTAssertEqual(flags(ar).filter { $0.kind == "broken-sentence" }.map { slice(ar, $0) }, ["الطرفين. الصراع"])
        let en = "The ministry urged both parties. the conflict to respect the agreements."
        XCTAssertEqual(flags(en).filter { $0.kind == "broken-sentence" }.map { slice(en, $0) }, ["parties. the"])
    }

    func testEncodingDamage() {
        let t = "ÙˆØ²ÙŠØ± said \u{FFFD}\u{FFFD} here"
        XCTAssertEqual(flags(t).filter { $0.kind == "encoding-damage" }.count, 2)
    }

    /// Clean, edited news text must be almost free of flags: on the real corpus, fewer than one
    /// broken-sentence or self-coordination flag per 20 articles.
    func testRealCorpusHasFewFalseAlarms() throws {
        let texts: [String]
        do { texts = try SharedData.corpusTexts(limit: 400) }
        catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        var counts: [String: Int] = [:]
        for t in texts { for f in flags(t) { counts[f.kind, default: 0] += 1 } }
        XCTAssertLessThan(counts["broken-sentence", default: 0], texts.count / 20, "\(counts)")
        XCTAssertLessThan(counts["self-coordination", default: 0], texts.count / 20, "\(counts)")
        XCTAssertLessThan(counts["broken-quote", default: 0], texts.count / 20, "\(counts)")
    }
}
