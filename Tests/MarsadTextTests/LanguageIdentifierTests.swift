import XCTest
import MarsadTestSupport
@testable import MarsadText

final class LanguageIdentifierTests: XCTestCase {
    func testRealArabicArticles() throws {
        let texts: [String]
        do { texts = try SharedData.corpusTexts(limit: 300) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        for t in texts where t.unicodeScalars.count > 40 {
            let g = LanguageIdentifier.identify(t)
            XCTAssertEqual(g.language, "ar", String(t.prefix(80)))
            XCTAssertGreaterThan(g.confidence, 0.8)
        }
    }

    func testShortSamples() {
        // Written for this test.
        let samples: [(String, String)] = [
            ("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل في العاصمة", "ar"),
            ("وزیر امور خارجه ایران گفت که مذاکرات هفته آینده در تهران ادامه خواهد یافت", "fa"),
            ("وزیر خارجہ نے کہا کہ مذاکرات اگلے ہفتے اسلام آباد میں دوبارہ شروع ہوں گے", "ur"),
            ("وەزیری دەرەوە ڕایگەیاند کە دانوستانەکان هەفتەی داهاتوو لە هەولێر دەست پێ دەکەنەوە", "ckb"),
            ("The foreign minister said that the talks would resume next week in the capital.", "en"),
            ("Le ministre a déclaré que les négociations reprendraient la semaine prochaine dans la capitale.", "fr"),
            ("El ministro dijo que las conversaciones se reanudarán la próxima semana en la capital.", "es"),
            ("Der Außenminister sagte, dass die Gespräche nächste Woche in der Hauptstadt fortgesetzt werden.", "de"),
            ("Il ministro ha detto che i colloqui riprenderanno la prossima settimana nella capitale.", "it"),
            ("Министр заявил, что переговоры возобновятся на следующей неделе.", "ru"),
            // Languages known by character trigrams only.
            ("Ministrul a declarat că negocierile vor fi reluate săptămâna viitoare în capitală.", "ro"),
            ("Ministeri sanoi, että neuvottelut jatkuvat ensi viikolla pääkaupungissa.", "fi"),
            ("Waziri alisema mazungumzo yataendelea wiki ijayo katika mji mkuu.", "sw"),
        ]
        for (text, lang) in samples {
            let g = LanguageIdentifier.identify(text)
            XCTAssertEqual(g.language, lang, text)
            XCTAssertGreaterThan(g.confidence, 0.5, text)
            XCTAssertLessThanOrEqual(g.confidence, 1)
        }
    }

    func testTooLittleText() {
        XCTAssertEqual(LanguageIdentifier.identify("").language, "und")
        XCTAssertEqual(LanguageIdentifier.identify("  12 — ").language, "und")
        XCTAssertEqual(LanguageIdentifier.identify("ok").language, "und")
        XCTAssertEqual(LanguageIdentifier.identify("Barack Obama").language, "und")
        XCTAssertEqual(LanguageIdentifier.identify("").confidence, 0)
    }
}
