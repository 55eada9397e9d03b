import XCTest
import MarsadTestSupport
import MarsadKnowledge
@testable import MarsadAnalysis

/// The scanner's hashed reading forms must say exactly what the string readings say (`CliticForms.readings`,
/// `NameSkeleton.of`, `NisbaForms.masculine`): the matcher trusts a hash miss to skip a lookup.
final class EntityWordFormTests: XCTestCase {
    func assertFormsMatchReadings(_ w: EntityWord, file: StaticString = #filePath, line: UInt = #line) {
        let readings = w.articleReadings
        XCTAssertEqual(w.forms.count, readings.count, "readings of \(w.key)", file: file, line: line)
        XCTAssertEqual(w.hash, NameHash.phrase(w.key), file: file, line: line)
        XCTAssertEqual(w.count, w.key.unicodeScalars.count, file: file, line: line)
        for (f, r) in zip(w.forms, readings) {
            let where_ = "\(w.key) → \(r.key)"
            XCTAssertEqual(w.key(of: f), r.key, where_, file: file, line: line)
            XCTAssertEqual(Int(f.stripped), r.stripped, where_, file: file, line: line)
            XCTAssertEqual(Int(f.spanStart), r.spanStart, where_, file: file, line: line)
            XCTAssertEqual(f.preposition, r.preposition, where_, file: file, line: line)
            XCTAssertEqual(f.article, r.article, where_, file: file, line: line)
            XCTAssertEqual(Int(f.length), r.key.unicodeScalars.count, where_, file: file, line: line)
            XCTAssertEqual(f.hash, NameHash.word(r.key.unicodeScalars), where_, file: file, line: line)
            guard w.arabic else { continue }
            XCTAssertEqual(f.skeleton, NameHash.phrase(NameSkeleton.of(r.key)), where_, file: file, line: line)
            let masculine = NisbaForms.masculine(r.key)
            XCTAssertLessThanOrEqual(masculine.count, 1, where_, file: file, line: line)
            XCTAssertEqual(f.hasNisba, !masculine.isEmpty, where_, file: file, line: line)
            if let m = masculine.first { XCTAssertEqual(f.nisba, NameHash.word(m.unicodeScalars), where_, file: file, line: line) }
        }
    }

    func testCliticShapes() {
        // Conjunction, prepositions, لل, the article, nisba endings, diacritics and tatweel, acronyms.
        let text = "وبأرمينيا للأمم المتحدة والأذربيجانية فالروسي بالعاصمة كالعادة وللجنة للبنان ولبنان الأمريكيون "
            + "الكوريتين والسعوديات الـروسيّة هـ UN Yerevan U.S. ب لل ولل فللا"
        let words = EntityWordScanner.scan(Array(text.unicodeScalars))
        XCTAssertEqual(words.map(\.key).suffix(7), ["UN", "yerevan", "U.S", "ب", "لل", "ولل", "فللا"])
        for w in words { assertFormsMatchReadings(w) }
        let tatweel = words.first { $0.key == "الروسيه" }
        XCTAssertNotNil(tatweel?.originMap, "the key dropped the tatweel and the shadda")
        XCTAssertEqual(tatweel.map { $0.offset($0.count) }, tatweel?.end)
    }

    func testCorpusWords() throws {
        do {
            for text in try SharedData.corpusTexts(limit: 150) {
                let scalars = Array(text.unicodeScalars)
                for w in EntityWordScanner.scan(scalars) {
                    assertFormsMatchReadings(w)
                    // Offsets of the kept scalars: those NameFold keeps (acronyms keep all of theirs).
                    let kept = (w.start..<w.end).filter { w.key.count <= 4 && !w.arabic || NameFold.fold(scalars[$0].value) != nil }
                    if kept.count == w.count { XCTAssertEqual((0...w.count).map(w.offset), kept + [w.end], w.key) }
                }
            }
        } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
    }
}
