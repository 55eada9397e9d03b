import XCTest
import MarsadTestSupport
@testable import MarsadAnalysis

final class EntityNERTests: XCTestCase {
    func testCorpusReadingAndSplit() throws {
        let url: URL
        do { url = try SharedData.url("data/ner/anercorp-train.tsv") } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let all = try NERCorpus.read(url)
        XCTAssertEqual(all.count, 4047)
        let (train, held) = NERCorpus.split(all)
        XCTAssertEqual(train.count + held.count, all.count)
        XCTAssertEqual(held.count, 800)   // 8 whole blocks of 100 sentences
        // Word tags align with token tags: the first sentence's ORG and LOC.
        let s = all[0]
        XCTAssertEqual(NEREvaluation.spans(s.tokenTags).map(\.0), ["ORG", "LOC", "LOC"])
        XCTAssertEqual(NEREvaluation.spans(NEREvaluation.tokenTags(s, s.tags)).map(\.0), ["ORG", "LOC", "LOC"])
    }

    func testSpanScoring() {
        let gold: [NERTag] = [.bPers, .iPers, .o, .bLoc, .o, .bOrg]
        let pred: [NERTag] = [.bPers, .o, .o, .bLoc, .o, .bOrg]
        let s = NEREvaluation.score(gold: [gold], predicted: [pred])
        let pers = s.first { $0.type == "PERS" }!, loc = s.first { $0.type == "LOC" }!
        XCTAssertEqual(pers.correct, 0)     // a partial span is wrong
        XCTAssertEqual(loc.f1, 1)
    }

    func testTaggerLearnsFromASmallSample() throws {
        let url: URL
        do { url = try SharedData.url("data/ner/anercorp-train.tsv") } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let all = try NERCorpus.read(url)
        let feats = NERFeatures(gazetteer: .shared)
        let train = all.prefix(400).map { (feats.features($0.words), $0.tags) }
        let model = NERTrainer.train(Array(train), epochs: 3)
        let held = all[400..<600]
        let pred = held.map { NEREvaluation.tokenTags($0, model.decode(model.ids(feats.features($0.words)))) }
        let scores = NEREvaluation.score(gold: held.map(\.tokenTags), predicted: pred)
        let loc = scores.first { $0.type == "LOC" }!
        XCTAssertGreaterThan(loc.f1, 0.6, "\(scores)")
    }
}
