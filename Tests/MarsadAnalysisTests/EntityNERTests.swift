import XCTest
import MarsadTestSupport
@testable import MarsadAnalysis

final class EntityNERTests: XCTestCase {
    private func corpus() throws -> [NERCorpus.Sentence] {
        do { return try NERCorpus.read(try SharedData.url("data/ner/anercorp-train.tsv")) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
    }

    func testCorpusReadingAndSplit() throws {
        let all = try corpus()
        XCTAssertEqual(all.count, 4047)
        let (train, held) = NERCorpus.split(all)
        XCTAssertEqual(train.count + held.count, all.count)
        XCTAssertEqual(held.count, 800)   // 8 whole blocks of 100 sentences
        let (trainDocs, heldDocs) = NERCorpus.splitBlocks(all)
        XCTAssertEqual(heldDocs.map(\.count), Array(repeating: 100, count: 8))
        XCTAssertEqual(heldDocs[0].first?.tokenTags, all[400].tokenTags)   // block 4 is the first held out
        XCTAssertEqual(trainDocs.reduce(0) { $0 + $1.count }, train.count)
        // The development split never reads the held-out blocks.
        let (devTrain, dev) = NERCorpus.splitBlocks(all, development: true)
        XCTAssertEqual(devTrain.reduce(0) { $0 + $1.count } + dev.reduce(0) { $0 + $1.count }, train.count)
        XCTAssertEqual(dev[0].first?.tokenTags, all[300].tokenTags)
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

    func testDocumentFeaturesCarryTheFirstPassTypeOfTheSameStem() {
        let doc = ["قال الرئيس الروسي فلاديمير بوتين إن الحوار مستمر", "وأكد لبوتين أن الحوار مستمر"]
            .map { EntityWordScanner.scan(Array($0.unicodeScalars)) }
        var first = doc.map { [NERTag](repeating: .o, count: $0.count) }
        first[0][3] = .bPers; first[0][4] = .iPers                  // فلاديمير بوتين, as a first pass would tag it
        let f = NERFeatures.documentFeatures(doc, first)
        XCTAssertEqual(f[1][1], ["d=PERS", "dm=PERS"])             // "لبوتين": the stem بوتين was a person
        XCTAssertEqual(f[0][4], [])                                  // its own tag does not count for itself
        XCTAssertEqual(f[1][2], [])                                  // "أن": never an entity
        XCTAssertEqual(f[1][3], [])                                  // "الحوار": O in both sentences
    }

    /// The tagger trained on the training blocks, on a real held-out block (world news of 2006): people named
    /// in full and, in the next sentence, by family name with a clitic attached.
    func testTaggerTagsPeopleOfAHeldOutBlock() throws {
        let all = try corpus()
        let (train, held) = NERCorpus.splitBlocks(all)
        let tagger = NERTagger.train(documents: train.map { $0.map { ($0.words, $0.tags) } },
                                     features: NERFeatures(gazetteer: .shared), epochs: 4, seeds: [4])
        let block = held[0]
        let tags = tagger.tag(block.map(\.words))
        func people(_ i: Int) -> [String] {
            let s = block[i - 400], toks = NEREvaluation.tokenTags(s, tags[i - 400])
            return NEREvaluation.spans(toks).filter { $0.0 == "PERS" }.map { span in
                s.words[s.tokenWord[span.1]!...].prefix(span.2 - span.1).map(\.key).joined(separator: " ")
            }
        }
        XCTAssertTrue(people(424).contains("فرانك فالتر شتاينماير"), "\(people(424))")
        XCTAssertTrue(people(433).contains("الكسندر لوكاشنكو"), "\(people(433))")
        // The next sentence names him bare, with the conjunction attached ("شافيز ولوكاشنكو"): still a person.
        let w = try XCTUnwrap(block[34].words.firstIndex { $0.key == "ولوكاشنكو" })
        XCTAssertEqual(tags[34][w].type, "PERS")
        let scores = NEREvaluation.score(gold: block.map(\.tokenTags), predicted: zip(block, tags).map { NEREvaluation.tokenTags($0, $1) })
        XCTAssertGreaterThan(scores.first { $0.type == "PERS" }!.f1, 0.6, "\(scores)")
    }
}
