import XCTest
@testable import MarsadAnalysis

/// Entity linking of English news text by the entities' English names, spellings and demonyms.
final class EnglishLinkerTests: XCTestCase {
    let stage = EntityStage()

    func linked(_ text: String) -> [String: [String]] {
        let scalars = Array(text.unicodeScalars)
        let layer = stage.runEnglish(scalars: scalars)
        var out: [String: [String]] = [:]
        for e in layer.entities { out[e.id] = e.mentions.map(\.text) }
        return out
    }

    func testSpellingsPossessivesAndDemonyms() {
        let r = linked("""
            SANAA, Yemen (Reuters) - A drone strike killed five civilians at a market in Yemen's Marib province on Sunday, \
            medical sources said. Yemeni officials accused the Houthis; in Sana'a the group blamed the Saudi-led coalition.
            """)
        XCTAssertEqual(r["geonames:71137"], ["SANAA", "Sana'a"], "the capital in the dateline and in another transliteration")
        XCTAssertEqual(r["iso3166:YE"], ["Yemen", "Yemen", "Yemeni"], "a possessive and a demonym are the country")
        XCTAssertEqual(r["group:houthis"], ["Houthis"])
        XCTAssertEqual(r["iso3166:SA"], ["Saudi"], "Saudi-led: the demonym before a hyphen")
        XCTAssertEqual(r["media:reuters"], ["Reuters"])
        XCTAssertEqual(r["geonames:72968"], ["Marib"])
    }

    func testMultiwordNamesAndAbbreviations() {
        let r = linked("""
            Azerbaijan launched what it called anti-terrorist measures in Nagorno-Karabakh, and Armenians in the region \
            said the U.S. and the European Union had done nothing. The UN Security Council will meet on Thursday.
            """)
        XCTAssertEqual(r["iso3166:AZ"], ["Azerbaijan"])
        XCTAssertNotNil(r.keys.first { $0.contains("karabakh") }, "\(r.keys.sorted())")
        XCTAssertEqual(r["iso3166:AM"], ["Armenians"])
        XCTAssertEqual(r["iso3166:US"], ["U.S."])
        XCTAssertEqual(r["org:eu"], ["European Union"])
        XCTAssertEqual(r["org:un-security-council"], ["UN Security Council"], "the longest name, not UN then Security Council")
        XCTAssertNil(r["org:un"])
    }

    /// Capitalised ordinary words at the start of a sentence are not towns, and lower-case words never
    /// start a name.
    func testOrdinaryWordsAreNotPlaces() {
        let r = linked("""
            Thousands of people protested on Friday. Officials said security was tight. Police arrested twenty people \
            and the mission of the observers was extended; hope remains for talks.
            """)
        XCTAssertTrue(r.isEmpty, "\(r)")
    }
}
