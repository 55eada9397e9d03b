import XCTest
import MarsadTestSupport
@testable import MarsadText

final class ArabicMorphologyTests: XCTestCase {
    private func readings(_ w: String) -> [String] {
        ArabicMorphology.analyses(of: w).map { a in
            (a.proclitics + [a.stem] + (a.enclitic.map { [$0] } ?? [])).joined(separator: "+")
        }
    }

    func testCliticSegmentationsAreAmongCandidates() {
        XCTAssertTrue(readings("وبأرمينيا").contains("و+ب+أرمينيا"))
        XCTAssertEqual(readings("للأمم").first, "ل+ال+أمم")
        XCTAssertEqual(readings("والملاجئ").first, "و+ال+ملاجئ")
        XCTAssertEqual(readings("ومنها").first, "و+من+ها")
        XCTAssertEqual(readings("بالعاصمة").first, "ب+ال+عاصمة")
        XCTAssertEqual(readings("سيقول").first, "س+يقول")
        XCTAssertTrue(readings("للبنان").contains("ل+لبنان"))
        XCTAssertTrue(readings("للجنة").contains("ل+ال+لجنة"))
        XCTAssertEqual(readings("حكومته").first, "حكومة+ه")
    }

    func testVocalisedAndPresentationFormWords() {
        // Diacritics on the restored letter do not hide the ta marbuta; presentation forms are read as letters.
        XCTAssertEqual(readings("حكومتُه").first, "حكومة+ه")
        let lebanon = ArabicMorphology.analyses(of: "ﻟﻠﺒﻨﺎﻥ")
        XCTAssertTrue(lebanon.contains { $0.proclitics == ["ل"] && Normalizer.fold($0.stem) == "لبنان" })
        XCTAssertEqual(ArabicMorphology.lightStem("ﻟﻠﺒﻨﺎﻥ"), ArabicMorphology.lightStem("للبنان"))
    }

    func testStemRangeSlicesTheWord() {
        let w = "وَبِأَرْمِينِيَا"
        let a = try! XCTUnwrap(ArabicMorphology.analyses(of: w).first { $0.proclitics == ["و", "ب"] })
        XCTAssertEqual(ScalarText(w)[a.stemRange], "أَرْمِينِيَا")
        XCTAssertEqual(a.stem, "أَرْمِينِيَا")
        let b = try! XCTUnwrap(ArabicMorphology.analyses(of: "ومنها").first)
        XCTAssertEqual(b.stemRange, 1..<3)
        XCTAssertEqual(b.enclitic, "ها")
    }

    func testWordsThatOnlyStartWithCliticLettersStayWhole() {
        for w in ["بلد", "كتب", "فرنسا", "لبنان", "وزير", "ولاية", "سوريا", "بريطانيا", "فلسطين", "كوريا", "باريس", "واشنطن"] {
            let first = ArabicMorphology.analyses(of: w).first!
            XCTAssertEqual(first.proclitics, [], w)
            XCTAssertNil(first.enclitic, w)
            XCTAssertEqual(first.stem, w)
        }
        XCTAssertEqual(ArabicMorphology.analyses(of: "بلد").count, 1)
        XCTAssertEqual(ArabicMorphology.analyses(of: "سوريا").count, 1)   // س only before an imperfect prefix
    }

    func testUnsegmentedWordAlwaysIncluded() {
        for w in ["وبأرمينيا", "للأمم", "في", "و", "الأذربيجانية"] {
            XCTAssertTrue(ArabicMorphology.analyses(of: w).contains { $0.proclitics.isEmpty && $0.enclitic == nil && $0.stem == w }, w)
        }
    }

    func testANERcorpLocationsWithClitics() throws {
        // Location tokens of ANERcorp written with clitics (وفرنسا, لسوريا, بالعراق) whose bare form is
        // also a location token there: the bare form must be among the candidates' stems.
        let tsv: String
        do { tsv = try SharedData.string("data/ner/anercorp-train.tsv") } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        var locations = Set<String>()
        for line in tsv.split(separator: "\n") {
            let f = line.split(separator: "\t")
            if f.count == 2 && f[1] == "B-LOC" { locations.insert(String(f[0])) }
        }
        var tried = 0, found = 0, top = 0
        for w in locations {
            let stems = ArabicMorphology.analyses(of: w).map(\.stem)
            let bare = locations.filter { $0 != w && w.hasSuffix($0) && $0.unicodeScalars.count >= 3 && w.unicodeScalars.count - $0.unicodeScalars.count <= 3 }
            guard let target = bare.max(by: { $0.count < $1.count }),
                  ["و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "وال", "بال", "لل", "فال", "ولل", "وبال"].contains(String(w.dropLast(target.count)))
                    || ["ال", "وال", "بال", "فال", "وبال"].contains(String(w.dropLast(target.count - 2)))
            else { continue }
            tried += 1
            if stems.contains(target) || stems.contains(String(target.dropFirst(2))) { found += 1 }
            if stems.first == target || stems.first == String(target.dropFirst(2)) { top += 1 }
        }
        XCTAssertGreaterThan(tried, 50)
        XCTAssertGreaterThan(Double(found) / Double(tried), 0.95, "recall \(found)/\(tried)")
        XCTAssertGreaterThan(Double(top) / Double(tried), 0.6, "top-1 \(top)/\(tried)")
    }

    func testLightStem() {
        XCTAssertEqual(ArabicMorphology.lightStem("والمعلمون"), ArabicMorphology.lightStem("المعلمين"))
        XCTAssertEqual(ArabicMorphology.lightStem("بالعاصمة"), ArabicMorphology.lightStem("العاصمة"))
        XCTAssertEqual(ArabicMorphology.lightStem("الأذربيجانية"), "اذربيجان")
        XCTAssertEqual(ArabicMorphology.lightStem("Washington"), "washington")
        XCTAssertEqual(ArabicMorphology.lightStem("لبنان"), ArabicMorphology.lightStem("للبنان"))
    }
}
