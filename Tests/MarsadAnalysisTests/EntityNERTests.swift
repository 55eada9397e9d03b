import XCTest
import MarsadTestSupport
@testable import MarsadAnalysis
import MarsadKnowledge

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
        // Every development fold stays inside the training part, and the four folds cover it once.
        var covered = 0
        for fold in 0...3 {
            let (t, d) = NERCorpus.splitBlocks(all, development: true, fold: fold)
            XCTAssertEqual(t.reduce(0) { $0 + $1.count } + d.reduce(0) { $0 + $1.count }, train.count)
            XCTAssertFalse(d.contains { $0.first?.index == 400 })
            XCTAssertEqual(d.first?.first?.index, fold * 100)
            covered += d.reduce(0) { $0 + $1.count }
        }
        XCTAssertEqual(covered, train.count)
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

    func testNamePartsFeatureMarksGivenAndForeignNamesNotOrdinaryWords() {
        // From the name dictionary, not from ANERcorp: an Egyptian given name and a transliterated surname.
        XCTAssertTrue(NERNameParts.shared.contains(NameFold.key("سهير")))
        XCTAssertTrue(NERNameParts.shared.contains(NameFold.key("شتاينماير")))
        XCTAssertFalse(NERNameParts.shared.contains(NameFold.key("الحوار")))
        XCTAssertGreaterThan(NERNameParts.shared.count, 10_000)
        let words = EntityWordScanner.scan(Array("وقالت الفنانة سهير البابلي إن الحوار مستمر".unicodeScalars))
        let f = NERFeatures(gazetteer: .shared).features(words)
        XCTAssertTrue(f[2].contains("nm"), "\(f[2])")          // سهير
        XCTAssertTrue(f[3].contains("nm-1"), "\(f[3])")        // البابلي: after a given name
        // الحوار: its stem is also a name (حوار), but the word is an ordinary word, and the feature says so.
        XCTAssertFalse(f[5].contains("nm"), "\(f[5])")
        XCTAssertTrue(f[5].contains("nmc"), "\(f[5])")
    }

    /// The second pass's tags over a real kind of sentence where it cuts a name the first pass had in full, and
    /// finds a bare family name the first pass missed: the result keeps both.
    func testFirstPassPersonNamesAreKeptOverTheSecondPass() {
        // "القاضي عبد الله العامري التقى العامري" (the judge Abdullah al-Amiri met al-Amiri)
        let first: [NERTag] = [.o, .bPers, .iPers, .iPers, .o, .o]
        let second: [NERTag] = [.o, .bPers, .iPers, .o, .o, .bPers]
        XCTAssertEqual(NERTagger.keepPersons(first: first, second: second), [.o, .bPers, .iPers, .iPers, .o, .bPers])
        // "مؤسسة محمد بن راشد في دبي": the second pass reads the name inside an organisation's; that reading stays.
        let first2: [NERTag] = [.o, .bPers, .iPers, .iPers, .o, .bLoc]
        let second2: [NERTag] = [.bOrg, .iOrg, .iOrg, .iOrg, .o, .bLoc]
        XCTAssertEqual(NERTagger.keepPersons(first: first2, second: second2), second2)
        // A second-pass person running past the first pass's name is cut back to it (the first pass sets the bounds).
        XCTAssertEqual(NERTagger.keepPersons(first: [.o, .bPers, .o], second: [.o, .bPers, .iPers]), [.o, .bPers, .o])
    }

    func testErrorLinesShowMissesAndSpuriousSpansInContext() {
        let s = NERCorpus.sentence([("وقال", .o), ("الرئيس", .o), ("جاك", .bPers), ("شيراك", .iPers), ("في", .o), ("باريس", .bLoc)])
        let lines = NEREvaluation.errorLines(s, predicted: [.o, .o, .bPers, .o, .o, .bPers],
                                             firstPass: [.o, .o, .bPers, .iPers, .o, .o], type: "PERS")
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].hasPrefix("miss\ts0\tجاك شيراك\tpredicted: O [B-PERS O] O\tfirst pass: O [B-PERS I-PERS] O"), lines[0])
        XCTAssertTrue(lines[0].hasSuffix("وقال الرئيس [جاك شيراك] في باريس"), lines[0])
        XCTAssertTrue(lines.contains { $0.hasPrefix("spurious\ts0\tباريس\tgold: O [B-LOC]") }, "\(lines)")
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
                                     features: NERFeatures(gazetteer: .shared), epochs: 8, seeds: [4])
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
        // The next sentence names him bare, with the conjunction attached ("شافيز ولوكاشنكو"): still a person
        // (the document feature alone caught 4 of 14 such words in the held-out blocks; `attachedFamilyNames` does).
        let w = try XCTUnwrap(block[34].words.firstIndex { $0.key == "ولوكاشنكو" })
        XCTAssertEqual(tags[34][w].type, "PERS")
        let scores = NEREvaluation.score(gold: block.map(\.tokenTags), predicted: zip(block, tags).map { NEREvaluation.tokenTags($0, $1) })
        XCTAssertGreaterThan(scores.first { $0.type == "PERS" }!.f1, 0.6, "\(scores)")
    }

    /// A family name named in full earlier in the document and later with a clitic attached is that person; a
    /// word that only ends like one is not touched, nor is a word another type already holds.
    func testAttachedFamilyNamesArePeople() {
        let doc = ["وصل الرئيس الفنزويلي هوغو شافيز إلى منسك للقاء الرئيس الكسندر لوكاشنكو .",
                   "وأوضحت منسك أن محادثات شافيز ولوكاشنكو ستتناول التعاون ، وقال بيان لمكتب لوكاشنكو إن ولو تأجلت ."]
            .map { EntityWordScanner.scan(Array($0.unicodeScalars)) }
        var tags = doc.map { [NERTag](repeating: .o, count: $0.count) }
        func index(_ s: Int, _ key: String) -> Int { doc[s].firstIndex { $0.key == key }! }
        tags[0][index(0, "هوغو")] = .bPers; tags[0][index(0, "شافيز")] = .iPers
        tags[0][index(0, "الكسندر")] = .bPers; tags[0][index(0, "لوكاشنكو")] = .iPers
        tags[1][index(1, "شافيز")] = .bPers
        let out = NERTagger.attachedFamilyNames(doc, tags)
        XCTAssertEqual(out[1][index(1, "ولوكاشنكو")], .bPers)
        XCTAssertEqual(out[1][index(1, "ولو")], .o, "a short word is not a clitic and a name")
        XCTAssertEqual(out[1][index(1, "لمكتب")], .o)
    }
}
