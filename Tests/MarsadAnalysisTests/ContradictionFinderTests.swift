import XCTest
@testable import MarsadAnalysis

/// Contradictions between parties of one country: a government and the armed group it fights.
final class ContradictionFinderTests: XCTestCase {
    let government = Actor(name: "الحكومة اليمنية", country: "YE", sector: .government, entity: "org:الحكومه-اليمنيه")
    let houthis = Actor(name: "Houthis", country: "YE", sector: .rebels, entity: "group:houthis")

    /// "اتهمت الحكومة اليمنية جماعة الحوثيين بقصف سوق في تعز" / "ونفى المتحدث باسم الحوثيين أن تكون قواتهم قصفت السوق"
    func testARebelGroupDenyingTheGovernmentOfItsOwnCountry() {
        let statements = [
            Statement(speaker: government, cue: "اتهمت", stance: .accuse, start: 0, end: 60, sentence: 0),
            Statement(speaker: houthis, cue: "ونفى", stance: .deny, start: 61, end: 140, sentence: 1),
        ]
        let events = [
            Event(type: "ACCUSE", source: government, target: houthis, claimedBy: government, sentence: 0, start: 0, end: 5, confidence: 0.6),
            Event(type: "ASSAULT", source: houthis, claimedBy: government, sentence: 0, start: 30, end: 34, confidence: 0.7),
        ]
        let found = ContradictionFinder(statements: statements, events: events, claims: [0, 0]).find()
        XCTAssertEqual(found.map { [$0.a, $0.b] }, [[0, 1]])
        XCTAssertEqual(found.first?.about, "group:houthis denies what YE claims")
    }

    /// Two institutions of one state do not contradict each other by denying: the ministry of defence
    /// denying what the foreign ministry said of the army is the same side (no pair).
    func testOneStateIsOneSide() {
        let defence = Actor(name: "وزارة الدفاع", country: "YE", sector: .military)
        let statements = [
            Statement(speaker: government, cue: "قالت", stance: .assert, start: 0, end: 60, sentence: 0),
            Statement(speaker: defence, cue: "نفت", stance: .deny, start: 61, end: 140, sentence: 1),
        ]
        let events = [Event(type: "ASSAULT", source: defence, claimedBy: government, sentence: 0, start: 30, end: 34, confidence: 0.7)]
        XCTAssertEqual(ContradictionFinder(statements: statements, events: events, claims: [0]).find().count, 0)
    }
}
