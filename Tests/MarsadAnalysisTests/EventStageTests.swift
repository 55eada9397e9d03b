import XCTest
import MarsadTestSupport
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
