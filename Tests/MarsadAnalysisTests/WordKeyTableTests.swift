import XCTest
import MarsadText
@testable import MarsadAnalysis

/// The word-key table behind the event lexicons: every key it was built from is found with its value,
/// and other words (however similar) are not.
final class WordKeyTableTests: XCTestCase {
    /// Words of a real wire sentence and their near neighbours: clitics, the article, one letter apart.
    let members = ["قصف", "القصف", "وقصف", "قصفت", "يقصف", "الجيش", "اعلن", "أعلنت", "مقتل", "اشتباكات",
                   "الاستخباراتيةوالعسكريةالمشتركة"]   // longer than a key's 18 packed letters
    let others = ["قصفوا", "فقصف", "بالقصف", "جيش", "الجيوش", "قتل", "اشتباك", "مظاهرة", "في", "من",
                  "الاستخباراتيةوالعسكريةالمشتركات"]

    func testEveryMemberIsFoundWithItsValueAndNothingElse() {
        var d: [WordKey: Int] = [:]
        for (i, w) in members.enumerated() where d[ArabicFold.key(w)] == nil { d[ArabicFold.key(w)] = i }
        let table = WordKeyTable(d)
        XCTAssertEqual(table.count, d.count)
        for (k, v) in d { XCTAssertEqual(table[k], v, k.description) }
        for w in others { XCTAssertNil(table[ArabicFold.key(w)], w) }
        // Keys are folded: "أعلنت" is found however its alef is written.
        XCTAssertNotNil(table[ArabicFold.key("اعلنت")])
        XCTAssertNotNil(table[ArabicFold.key("إعلنت")])
    }

    func testLargeTableLosesNoKey() {
        // The news corpus's 5,000 most frequent word forms: collisions in slots and filter bits, none lost.
        var d: [WordKey: Int] = [:]
        for (i, w) in CommonArabicWords.mostFrequent(5_000).enumerated() where d[ArabicFold.key(w)] == nil { d[ArabicFold.key(w)] = i }
        XCTAssertGreaterThan(d.count, 3_000)
        let table = WordKeyTable(d)
        for (k, v) in d { XCTAssertEqual(table[k], v, k.description) }
        // The precomputed annotations agree with the lexicon's answer for a cue word and a plain one.
        let lexicon = EventLexicon.shared
        for w in ["قال", "وقال", "قصف", "الذي"] {
            let k = ArabicFold.key(w)
            let a = lexicon.annotation(k)
            if let c = lexicon.common[k] {
                XCTAssertEqual(c == 0, a.isEmpty, w)
                XCTAssertEqual(lexicon.commonAnnotations[Int(c)].classes, a.classes, w)
                XCTAssertEqual(lexicon.commonAnnotations[Int(c)].cues.count, a.cues.count, w)
                XCTAssertEqual(lexicon.commonAnnotations[Int(c)].reporting?.lemma, a.reporting?.lemma, w)
            }
        }
        XCTAssertNotNil(lexicon.common[ArabicFold.key("قال")])
        XCTAssertNotNil(lexicon.annotation(ArabicFold.key("قال")).reporting)
    }

    func testWordKeySet() {
        let set = WordKeySet(members.map { ArabicFold.key($0) })
        for w in members { XCTAssertTrue(set.contains(ArabicFold.key(w)), w) }
        for w in others { XCTAssertFalse(set.contains(ArabicFold.key(w)), w) }
        let literal: WordKeySet = ["قبل", "وقبل"]
        XCTAssertTrue(literal.contains(ArabicFold.key("قبل")))
        XCTAssertFalse(literal.contains(ArabicFold.key("بعد")))
        XCTAssertEqual(WordKeySet([]).count, 0)
        XCTAssertFalse(WordKeySet([]).contains(ArabicFold.key("قبل")))
    }

    /// The letter codes written as literals are the codes of their letters.
    func testLetterCodes() {
        let letters: [(UInt8, String)] = [(EventLexicon.waw, "و"), (EventLexicon.fa, "ف"), (EventLexicon.ba, "ب"), (EventLexicon.lam, "ل"),
                                          (EventLexicon.kaf, "ك"), (EventLexicon.sin, "س"), (EventLexicon.ya, "ي"), (EventLexicon.ta, "ت"),
                                          (EventLexicon.nun, "ن"), (EventLexicon.alef, "ا"), (EventLexicon.mim, "م")]
        for (code, letter) in letters { XCTAssertEqual(code, WordKey.letter(letter), letter) }
        XCTAssertEqual(EventLexicon.alef, WordKey.letter("أ"))   // folded
    }
}
