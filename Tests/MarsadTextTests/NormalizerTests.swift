import XCTest
import MarsadTestSupport
@testable import MarsadText

final class NormalizerTests: XCTestCase {
    func testDisplayCleansWhitespaceControlsAndTatweel() {
        let raw = "  قال\u{00A0}\u{00A0}الرئيـــس \u{200F}إن\u{200B}ه\t\t«سيزور»\r\n\r\n\r\nموسكو  \u{202B}غدا\u{202C}  "
        let n = Normalizer.normalize(raw, level: .display)
        XCTAssertEqual(n.text, "قال الرئيس إنه «سيزور»\n\nموسكو غدا")
        // Letters are untouched at display level.
        XCTAssertEqual(Normalizer.normalize("أُعلن إلى مدينة", level: .display).text, "أُعلن إلى مدينة")
        XCTAssertEqual(Normalizer.normalize("a\r\nb\rc\nd", level: .display).text, "a\nb\nc\nd")
    }

    func testSearchFolds() {
        let cases: [(String, String)] = [
            ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),
            ("مسؤول رئيس", "مسوول رييس"),
            ("مستشفى القاهرة", "مستشفي القاهره"),
            ("مُحَمَّدٌ وَالْقُرْآنُ", "محمد والقران"),
            ("عام ٢٠٢٣ و۱۴۰۲", "عام 2023 و1402"),
            ("٪٥٠ ٣٫٥", "%50 3.5"),
            ("ﻻ ﺍﻟﺴﻼﻡ", "لا السلام"),
            ("کتاب ایرانی", "كتاب ايراني"),
            ("ہمارا ە", "همارا ه"),
            ("جزء سماء", "جزء سماء"),           // standalone hamza kept
            ("United Nations ANKARA", "united nations ankara"),
            ("ÉTAT", "état"),
        ]
        for (raw, folded) in cases {
            XCTAssertEqual(Normalizer.normalize(raw, level: .search).text, folded, raw)
            XCTAssertEqual(Normalizer.fold(raw), folded, raw)
        }
    }

    func testSingleSpacesFollowTheWhitespaceRules() {
        // A single space between two plain letters is copied as it is; every other space still goes through
        // the whitespace-run rules (nothing at the edges, one space for a run, a line break wins, a space
        // before a dropped mark at the end vanishes).
        let cases: [(String, String)] = [
            ("قال إن", "قال ان"), ("a b", "a b"), (" x", "x"), ("x ", "x"), ("x  y", "x y"), ("x \ny", "x\ny"),
            ("كلمة \u{64B}", "كلمه"), ("ا \u{64E}ب", "ا ب"), ("x \u{200B}", "x"), ("ب \u{200B}ت", "ب ت"),
        ]
        for (raw, folded) in cases {
            XCTAssertEqual(Normalizer.normalize(raw, level: .search).text, folded, raw.debugDescription)
            XCTAssertEqual(Normalizer.fold(raw), folded, raw.debugDescription)
        }
        let n = Normalizer.normalize("وقال  أمس إن", level: .search)
        XCTAssertEqual(n.text, "وقال امس ان")
        XCTAssertEqual(n.origin, [0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12])
    }

    func testExpansionsGrowTheOutput() {
        // ﷺ (3 UTF-8 bytes) expands to 4 words: more output than input, past the initial buffers.
        let raw = Array(repeating: "ﷺ", count: 300).joined(separator: " ")
        let n = Normalizer.normalize(raw, level: .search)
        XCTAssertTrue(n.text.hasPrefix("صلي الله عليه وسلم صلي الله"))
        XCTAssertEqual(n.origin.count, n.text.unicodeScalars.count + 1)
        XCTAssertEqual(n.originalRange(0..<18), 0..<1)      // the whole phrase maps to the one ligature
        XCTAssertEqual(Normalizer.fold("ﻟﻠﺒﻨﺎﻥ"), "للبنان")
    }

    func testNFC() {
        // Decomposed Latin accent and a hamza typed as a combining mark are composed.
        XCTAssertEqual(Normalizer.normalize("Cafe\u{301} ا\u{654}حمد", level: .display).text, "Café أحمد")
        XCTAssertEqual(Normalizer.normalize("Cafe\u{301} ا\u{654}حمد", level: .search).text, "café احمد")
        // Shadda before fatha is put in canonical order at display level.
        XCTAssertEqual(Normalizer.normalize("م\u{651}\u{64E}", level: .display).text.unicodeScalars.map(\.value),
                       [0x645, 0x64E, 0x651])
        let n = Normalizer.normalize("xe\u{301} y", level: .search)
        XCTAssertEqual(n.text, "xé y")
        XCTAssertEqual(n.originalRange(3..<4), 4..<5)
        XCTAssertEqual(n.origin.last, 5)
    }

    func testOriginMapsMatchesBackToTheOriginal() {
        let raw = "وقالت وزارةُ الدفاعِ الأذربيجانيـــة في بيانٍ إنّ  القواتِ «أنهت» العملية."
        let n = Normalizer.normalize(raw, level: .search)
        XCTAssertEqual(n.text, "وقالت وزاره الدفاع الاذربيجانيه في بيان ان القوات «انهت» العمليه.")
        let original = ScalarText(raw), folded = ScalarText(n.text)
        for word in ["وزاره", "الاذربيجانيه", "القوات", "انهت", "العمليه"] {
            let r = try! XCTUnwrap(range(of: word, in: folded))
            let back = n.originalRange(r)
            XCTAssertEqual(Normalizer.fold(original[back]), word)
        }
        XCTAssertEqual(original[n.originalRange(range(of: "الاذربيجانيه", in: folded)!)], "الأذربيجانيـــة")
        XCTAssertEqual(original[n.originalRange(range(of: "وزاره", in: folded)!)], "وزارةُ")
    }

    func testOriginOnRealArticles() throws {
        let texts: [String]
        do { texts = try SharedData.corpusTexts(limit: 150) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        var checked = 0
        for raw in texts {
            let original = ScalarText(raw)
            for level in [NormalizationLevel.display, .search] {
                let n = Normalizer.normalize(raw, level: level)
                let out = ScalarText(n.text)
                XCTAssertEqual(n.origin.count, out.count + 1)
                XCTAssertEqual(n.origin.last, original.count)
                XCTAssertEqual(zip(n.origin, n.origin.dropFirst()).first { $0.0 > $0.1 } == nil, true, "origin not monotone")
                guard level == .search else { continue }
                // Every token of the normalised text maps back to an original slice that folds to it.
                for t in Tokenizer.tokenize(n.text) where t.kind == .arabicWord || t.kind == .latinWord {
                    let back = n.originalRange(t.range)
                    XCTAssertEqual(Normalizer.fold(original[back]), out[t.range])
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 10_000)
    }

    func testSearchIsIdempotentOnRealText() throws {
        let texts: [String]
        do { texts = try SharedData.corpusTexts(limit: 50) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        for raw in texts {
            let once = Normalizer.fold(raw)
            XCTAssertEqual(Normalizer.fold(once), once)
            XCTAssertFalse(once.unicodeScalars.contains { ["أ", "إ", "آ", "ة", "ى", "ـ", "\u{64E}"].contains(Character($0)) })
        }
    }

    private func range(of word: String, in text: ScalarText) -> Range<Int>? {
        let w = Array(word.unicodeScalars)
        guard w.count <= text.count else { return nil }
        for i in 0...(text.count - w.count) where Array(text.scalars[i..<(i + w.count)]) == w { return i..<(i + w.count) }
        return nil
    }
}
