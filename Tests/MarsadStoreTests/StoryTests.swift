import XCTest
import MarsadAnalysis
@testable import MarsadStore

final class StoryTests: XCTestCase {
    /// Another article on the same happening, written differently and published the next day.
    static func followUp(id: String, published: String,
                         text: String = "تواصل القصف على ستيباناكيرت لليوم الثاني، وقال مسؤولون في إقليم قره باغ إن الاتصالات انقطعت عن عدة قرى.") -> Record {
        return Record(id: id, title: "قصف متواصل", published: published, language: "ar", text: text,
                      entities: [
                        Entity(id: "geonames:174875", type: .city, name: "Stepanakert", country: "AZ", mentions: [Fixtures.mention("ستيباناكيرت", in: text)]),
                        Entity(id: "geonames:587084", type: .region, name: "Nagorno-Karabakh", country: "AZ", mentions: [Fixtures.mention("قره باغ", in: text)]),
                      ],
                      events: [Event(type: "ASSAULT", location: EventLocation(entity: "geonames:174875", name: "Stepanakert"), sentence: 0, start: 0, end: 20, confidence: 0.7)])
    }

    func testGroupsArticlesOnOneHappeningWithinTheWindow() {
        let h = MinHasher()
        let records = [Fixtures.karabakh, Self.followUp(id: "next-day", published: "2023-09-20"),
                       Self.followUp(id: "a-month-later", published: "2023-10-25",
                                     text: "عاد بعض السكان إلى ستيباناكيرت بعد شهر من العملية، فيما بقيت قرى إقليم قره باغ خالية.")] + Fixtures.others
        let items = records.map { StoryGrouper.Item(record: $0, signature: h.signature(text: $0.text)) }
        let stories = StoryGrouper().group(items)   // (a verbatim copy would join whatever its date: see below)
        let karabakh = stories.first { $0.records.contains("rec-karabakh-1") }
        XCTAssertEqual(karabakh?.records, ["rec-karabakh-1", "next-day"])
        XCTAssertEqual(karabakh?.eventTypes.first, "ASSAULT")
        XCTAssertEqual(stories.count, 5)   // the month-later article and the three others stand alone
    }

    func testSyndicatedCopiesAreOneStoryAndListedAsCopies() {
        let h = MinHasher()
        var copy = Fixtures.karabakh
        copy.id = "copy"; copy.published = "2023-09-25"; copy.entities = []; copy.events = []
        copy.text = "خاص - متابعة\n" + copy.text + "\nتابعونا على فيسبوك"
        let items = [Fixtures.karabakh, copy].map { StoryGrouper.Item(record: $0, signature: h.signature(text: $0.text)) }
        let stories = StoryGrouper().group(items)
        XCTAssertEqual(stories.count, 1)
        XCTAssertEqual(stories[0].duplicates, [["rec-karabakh-1", "copy"]])
    }
}
