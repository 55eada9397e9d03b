import Foundation
import MarsadKnowledge

/// Measures the entity stage: the gazetteer's load time and resident memory (a fresh load from the resources,
/// not `Gazetteer.shared`) and linking throughput over real texts. Meaningful in release builds only.
public enum LinkingBenchmark {
    public struct Report: Sendable, CustomStringConvertible {
        public var entries: Int
        public var loadMilliseconds: Double
        /// Resident memory added by loading the gazetteer (MB), from /proc/self/status; nil where unavailable.
        public var loadMegabytes: Double?
        public var texts: Int
        public var characters: Int
        public var mentions: Int
        public var seconds: Double
        public var mentionsPerSecond: Double { seconds > 0 ? Double(mentions) / seconds : 0 }
        public var megabytesPerSecond: Double { seconds > 0 ? Double(characters) / 1_000_000 / seconds : 0 }

        public var description: String {
            var s = "gazetteer: \(entries) entries, load \(String(format: "%.0f", loadMilliseconds)) ms"
            if let mb = loadMegabytes { s += ", +\(String(format: "%.0f", mb)) MB resident" }
            s += "\nlinking: \(texts) texts, \(mentions) mentions in \(String(format: "%.2f", seconds)) s"
            s += " = \(String(format: "%.0f", mentionsPerSecond)) mentions/s, \(String(format: "%.1f", megabytesPerSecond)) M chars/s"
            return s
        }
    }

    /// Loads the gazetteer afresh, then links every text `rounds` times.
    public static func run(texts: [String], rounds: Int = 1) throws -> Report {
        let before = residentMegabytes()
        let t0 = DispatchTime.now().uptimeNanoseconds
        let gazetteer = try Gazetteer(resources: Gazetteer.resourceDirectory)
        let t1 = DispatchTime.now().uptimeNanoseconds
        let after = residentMegabytes()
        let stage = EntityStage(gazetteer: gazetteer)
        let inputs = texts.map { Array($0.unicodeScalars) }
        var mentions = 0
        let t2 = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<max(1, rounds) {
            for s in inputs { mentions += stage.run(scalars: s).mentions.count }
        }
        let t3 = DispatchTime.now().uptimeNanoseconds
        return Report(entries: gazetteer.entries.count, loadMilliseconds: Double(t1 - t0) / 1e6,
                      loadMegabytes: before.flatMap { b in after.map { $0 - b } },
                      texts: texts.count * max(1, rounds), characters: inputs.reduce(0) { $0 + $1.count } * max(1, rounds),
                      mentions: mentions, seconds: Double(t3 - t2) / 1e9)
    }

    /// VmRSS of this process in MB (Linux).
    static func residentMegabytes() -> Double? {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
            return kb.map { $0 / 1024 }
        }
        return nil
    }
}
