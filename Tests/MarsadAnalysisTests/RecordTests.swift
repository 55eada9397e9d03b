import XCTest
import MarsadExtract
import MarsadTestSupport
@testable import MarsadAnalysis

final class RecordTests: XCTestCase {
    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex(Array("".utf8)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // A million 'a's (FIPS 180-4 test vector): many whole blocks from the input, then the padded tail;
        // and inputs around the block edges agree whatever the storage (contiguous or not).
        XCTAssertEqual(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        for n in [55, 56, 63, 64, 65, 119, 120, 128] {
            let bytes = (0..<n).map { UInt8(truncatingIfNeeded: $0 &* 7) }
            XCTAssertEqual(SHA256.hex(bytes), SHA256.hex(AnySequenceCollection(bytes)), "length \(n)")
        }
    }

    func testRecordIDIgnoresDiacriticsAndHamzaSpelling() {
        XCTAssertEqual(RecordID.make(text: "أعلنَت الوزارة"), RecordID.make(text: "اعلنت الوزاره"))
        XCTAssertNotEqual(RecordID.make(text: "أعلنت الوزارة"), RecordID.make(text: "نفت الوزارة"))
        XCTAssertEqual(RecordID.make(text: "x").count, 32)
    }

    func testRecordJSONUsesTheContractKeysAndRoundTrips() throws {
        let text = "أعلنت أذربيجان."
        let record = Analyzer().analyze(Document(name: "t", uri: "https://example.org/a", site: "Example",
                                                 canonicalURL: "https://example.org/a", title: "عنوان",
                                                 published: "2023-09-19", text: text))
        let data = try JSONEncoder().encode(record)
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(obj["schema"] as? String, "marsad.record/1")
        for key in ["id", "source", "language", "text", "removed", "sentences", "quality", "entities", "statements", "events", "contradictions"] {
            XCTAssertNotNil(obj[key], key)
        }
        XCTAssertEqual((obj["source"] as? [String: Any])?["canonicalURL"] as? String, "https://example.org/a")
        XCTAssertEqual(try JSONDecoder().decode(Record.self, from: data), record)
    }

    func testAnalyzeReferencePageTextLayer() throws {
        let raw: String
        do { raw = try SharedData.string("examples/karabakh-2023-09-19/article.txt") }
        catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let record = Analyzer().analyze(TextPage.document(from: raw, name: "article.txt"), publishedOverride: "2023-09-19")
        XCTAssertEqual(record.language, "ar")
        XCTAssertEqual(record.published, "2023-09-19")
        XCTAssertEqual(record.title, "أذربيجان تشن عملية عسكرية ضد القوات الأرمنية في كاراباخ")
        let kinds = Set(record.quality.map(\.kind))
        XCTAssertTrue(kinds.isSuperset(of: ["broken-quote", "double-stop", "broken-sentence", "self-coordination"]), "\(kinds)")
        let count = record.text.unicodeScalars.count
        for s in record.sentences { XCTAssertTrue(0 <= s.start && s.start < s.end && s.end <= count) }
        XCTAssertGreaterThan(record.sentences.count, 15)
    }
}

final class RecordJSONTests: XCTestCase {
    func sample() -> Record {
        var r = Record(id: "abc", source: Source(uri: "file:///a.txt"), title: "عنوان \"مقتبس\"", published: "2023-09-19",
                       language: "ar", text: "نص\tمع\nسطر \\ و\u{1}", removed: ["Source link"],
                       sentences: [Span(start: 0, end: 3)], quality: [QualityFlag(kind: "double-stop", start: 1, end: 2)])
        r.entities = [Entity(id: "iso3166:AZ", type: .country, name: "Azerbaijan", nameAr: "أذربيجان", country: "AZ",
                             lat: 40.5, lon: 47.5, mentions: [Mention(start: 0, end: 2, text: "نص")])]
        let speaker = Actor(name: "Ministry of Defence", country: "AZ", sector: .military, entity: "iso3166:AZ", text: "وزارة الدفاع")
        r.statements = [Statement(speaker: speaker, cue: "أعلنت", stance: .assert, start: 0, end: 3, sentence: 0, content: Span(start: 1, end: 3))]
        r.events = [Event(type: "ASSAULT", negated: false, source: speaker, target: Actor(name: "Armenia", country: "AM"),
                          location: EventLocation(entity: "geonames:1", name: "Karabakh", lat: 39.9, lon: 46.7),
                          date: "2023-09-19", datePrecision: .day, claimedBy: speaker, injured: 2,
                          sentence: 0, start: 0, end: 3, confidence: 0.85)]
        r.contradictions = [Contradiction(a: 0, b: 0, about: "x")]
        return r
    }

    func testHandWrittenJSONRoundTripsThroughDecoderCompactAndPretty() throws {
        let r = sample()
        for pretty in [false, true] {
            let decoded = try JSONDecoder().decode(Record.self, from: Data(RecordJSON.encode(r, pretty: pretty)))
            XCTAssertEqual(decoded, r)
        }
    }

    func testKeysComeInContractOrderAndNilsAreOmitted() {
        let s = RecordJSON.string(sample())
        let order = ["\"schema\"", "\"id\"", "\"source\"", "\"title\"", "\"published\"", "\"language\"", "\"text\"", "\"removed\"",
                     "\"sentences\"", "\"quality\"", "\"entities\"", "\"statements\"", "\"events\"", "\"contradictions\""]
        let positions = order.map { s.range(of: $0)!.lowerBound }
        XCTAssertEqual(positions, positions.sorted())
        XCTAssertFalse(s.contains("\"author\""))
        XCTAssertFalse(s.contains("\"fatalities\""))
        XCTAssertTrue(s.contains("\\u0001"))
        XCTAssertFalse(RecordJSON.string(sample()).contains("\n"))
    }
}

/// A collection without contiguous storage, to exercise the copying path of `SHA256.digest`.
private struct AnySequenceCollection: Collection {
    let base: [UInt8]
    init(_ base: [UInt8]) { self.base = base }
    var startIndex: Int { base.startIndex }
    var endIndex: Int { base.endIndex }
    subscript(i: Int) -> UInt8 { base[i] }
    func index(after i: Int) -> Int { i + 1 }
}
