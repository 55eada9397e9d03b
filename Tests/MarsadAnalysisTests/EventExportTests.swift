import XCTest
@testable import MarsadAnalysis

final class EventExportTests: XCTestCase {
    func record() -> Record {
        let text = "قتل 18 شخصا في انفجار سيارة مفخخة في بغداد امس، بحسب الشرطة العراقية. ودعا مجلس الأمن إلى الهدوء."
        let layer = Gaz.standard.layer(for: text)
        let sentences = testSentences(text)
        let r = EventStage().run(text: text, sentences: sentences, published: "2007-01-10", entities: layer)
        var entities = layer.entities
        entities.append(Gaz.iq)
        return Record(id: "r1", source: Source(site: "aawsat.com"), published: "2007-01-10", language: "ar", text: text,
                      sentences: sentences, entities: entities, statements: r.statements, events: r.events, contradictions: r.contradictions)
    }

    func testACLEDRows() throws {
        let csv = EventExport.acledCSV([record()])
        let lines = csv.split(separator: "\n")
        XCTAssertEqual(String(lines[0]), "event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,source,notes,fatalities")
        XCTAssertEqual(lines.count, 2, "the bombing has a row; the Security Council's call (REQUEST) has none")
        let fields = EventCSVTestParse.fields(String(lines[1]))
        XCTAssertEqual(fields.count, 12)
        XCTAssertEqual(fields[0], "2007-01-09")
        XCTAssertEqual(fields[1], "Explosions/Remote violence")
        XCTAssertEqual(fields[5], "Iraq")
        XCTAssertEqual(fields[6], "Baghdad")
        XCTAssertEqual(fields[7], "33.3400")
        XCTAssertEqual(fields[9], "aawsat.com")
        XCTAssertTrue(fields[10].contains("claimed by"))
        XCTAssertEqual(fields[11], "18")
    }

    func testPloverJSON() throws {
        let json = EventExport.ploverJSON([record()])
        let arr = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(arr.map { $0["event"] as? String }, ["ASSAULT", "REQUEST"])
        XCTAssertEqual(arr[0]["fatalities"] as? Int, 18)
        XCTAssertEqual(arr[0]["mode"] as? String, "explosives")
        XCTAssertEqual((arr[0]["claimedBy"] as? [String: Any])?["code"] as? String, "IRQ")
        XCTAssertEqual(EventExport.ploverLines(record()).split(separator: "\n").count, 2)
    }
}

enum EventCSVTestParse {
    static func fields(_ line: String) -> [String] { EventEvaluation.parseCSV(line + "\n").first ?? [] }
}
