import XCTest
import MarsadTestSupport
import MarsadText
@testable import MarsadAnalysis

final class EventStageTests: XCTestCase {
    func testDumpKarabakh() throws {
        let text = try SharedData.string("examples/karabakh-2023-09-19/article.txt")
        let r = runEvents(text)
        let scalars = Array(text.unicodeScalars)
        func s(_ a: Int, _ b: Int) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[a..<b]); return String(v) }
        for (n, st) in r.statements.enumerated() {
            print("S\(n) [\(st.stance)] \(st.speaker.name)/\(st.speaker.country ?? "-") cue=\(st.cue) :: \(s(st.start, min(st.end, st.start + 60)))")
        }
        for ev in r.events {
            print("E \(ev.type) \(ev.source?.name ?? "-")/\(ev.source?.country ?? "-") -> \(ev.target?.name ?? "-")/\(ev.target?.country ?? "-") cb=\(ev.claimedBy?.country ?? "-") loc=\(ev.location?.name ?? "-") date=\(ev.date ?? "-") inj=\(ev.injured.map(String.init) ?? "-") :: \(s(ev.start, ev.end))")
        }
        for c in r.contradictions { print("C \(c)") }
    }
}

final class EventGSRReport: XCTestCase {
    func testPrintGSR() throws {
        let dir = try SharedData.url("data/events/arabic-event-gsr-dev")
        print(try EventEvaluation.run(gsrDirectory: dir, analyze: EventEvaluation.stageAnalyzer(entities: { _ in EntityLayer() })))
    }
}

final class EventGSRDump: XCTestCase {
    func testDumpErrors() throws {
        let dir = try SharedData.url("data/events/arabic-event-gsr-dev")
        let stage = EventStage()
        var log = ""
        defer { try? log.write(toFile: "/tmp/gsr_err.txt", atomically: true, encoding: .utf8) }
        for type in ["ASSAULT", "PROTEST"] {
            var fpCount = 0
            defer { print("COUNT \(type) fp \(fpCount)") }
            let csv = try String(contentsOf: dir.appendingPathComponent("\(type.lowercased())_gsr.csv"), encoding: .utf8)
            for row in EventEvaluation.parseCSV(csv).dropFirst() where row.count >= 7 {
                let text = row[6]
                let sentences = SentenceSplitter.split(text).map { Span(start: $0.lowerBound, end: $0.upperBound) }
                let evs = stage.run(text: text, sentences: sentences, published: EventEvaluation.publishedDate(fromID: row[0]), entities: EntityLayer()).events.filter { $0.type == type && !$0.negated }
                let scalars = Array(text.unicodeScalars)
                func s(_ a: Int, _ b: Int) -> String { var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[a..<min(b, a + 25)]); return String(v) }
                if row[2] != "yes" && row[2] != "ambiguous" && !evs.isEmpty { fpCount += 1; log += ("FP\t\(type)\t\(row[2])\t\(s(evs[0].start, evs[0].end))\t\(text.prefix(150))\n") }
                if row[2] == "yes" && evs.isEmpty { log += "FN\t\(type)\t\(text.prefix(200))\n" }
            }
        }
    }
}
