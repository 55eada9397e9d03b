import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadExtract
import MarsadStore

/// `marsad ingest`: analyse and store articles, idempotently and resumably.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Analyse articles and store them (files, directories, JSONL, feeds, WARC; or records with --records).",
        discussion: """
        The same article twice is stored once (records are keyed by their content). Each batch is committed \
        in one transaction, so an interrupted ingest (Ctrl-C, kill -9) loses nothing already committed and \
        re-running the same command continues where it stopped. Exit status 0 when every document was \
        stored or already present, 1 when some failed (the others are stored).
        """)

    @Argument(help: "Files or directories (recursive), or - for standard input.") var paths: [String]
    @OptionGroup var db: DatabaseOptions
    @Flag(help: "Inputs are marsad.record/1 JSONL (e.g. from `marsad analyze --format jsonl`), stored without re-analysis.") var records = false
    @Option(help: "Documents per committed batch.") var batchSize = 256
    @Flag(help: "No progress display.") var quiet = false
    @Flag(help: "Print the summary as JSON on stdout.") var json = false

    func run() throws {
        let store = try db.open()
        let inputs = paths.flatMap(InputFile.expand)
        let queue = BoundedQueue<IngestItem>(capacity: batchSize * 4)
        let total = records ? IngestInputs.countLines(inputs) : IngestInputs.estimateDocuments(inputs)
        let reader = Thread { [records] in
            if records { IngestInputs.readRecords(inputs, into: queue) } else { IngestInputs.readDocuments(inputs, into: queue) }
            queue.finish()
        }
        reader.stackSize = 8 << 20
        reader.start()
        let ingester = Ingester(store: store, batchSize: batchSize, analyze: IngestInputs.analyze, expectedID: IngestInputs.expectedID)
        let display = ProgressDisplay(enabled: !quiet)
        let report = try ingester.run(queue, total: total) { display.update($0) }
        display.finish()
        try? blockingAwait { try await store.close() }
        Summary.print(report, database: db.location, json: json)
        if report.failed > 0 { throw ExitCode.failure }
    }
}

enum Summary {
    static func print(_ r: IngestReport, database: String, json: Bool) {
        if json { try? Out.json(r); return }
        let rate = r.seconds > 0 ? Double(r.processed) / r.seconds : 0
        Out.err(String(format: "ingest: %d stored, %d duplicate, %d failed in %.1f s (%.0f articles/s) → %@",
                       r.stored, r.duplicates, r.failed, r.seconds, rate, database))
        // Failures grouped by reason, a few names each: the full list is on stderr, never silent.
        var byReason: [String: [String]] = [:]
        for f in r.failures { byReason[f.reason, default: []].append(f.document) }
        for (reason, docs) in byReason.sorted(by: { $0.value.count > $1.value.count }) {
            Out.err("  failed (\(docs.count)): \(reason)")
            for d in docs.prefix(5) { Out.err("    \(d)") }
            if docs.count > 5 { Out.err("    … and \(docs.count - 5) more") }
        }
    }
}

/// A progress bar with articles/s and ETA on a terminal; plain periodic lines otherwise (logs, CI).
final class ProgressDisplay: @unchecked Sendable {
    let enabled: Bool
    let tty = isatty(STDERR_FILENO) != 0
    var lastLine = 0.0
    var drawn = false

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ p: IngestProgress) {
        guard enabled else { return }
        let eta = p.eta.map { String(format: "ETA %d:%02d", Int($0) / 60, Int($0) % 60) } ?? ""
        let count = p.total.map { "\(p.done)/\($0)" } ?? "\(p.done)"
        if tty {
            var bar = ""
            if let t = p.total, t > 0 {
                let filled = min(30, Int(Double(p.done) / Double(t) * 30))
                bar = "[" + String(repeating: "█", count: filled) + String(repeating: " ", count: 30 - filled) + "] "
            }
            FileHandle.standardError.write(Data("\r\u{1B}[K\(bar)\(count) articles  \(Int(p.rate)) articles/s  \(eta)".utf8))
            drawn = true
        } else if p.elapsed - lastLine >= 5 || lastLine == 0 {
            lastLine = max(p.elapsed, 0.001)
            Out.err("ingest: \(count) articles, \(Int(p.rate)) articles/s \(eta)")
        }
    }

    func finish() { if drawn { FileHandle.standardError.write(Data("\n".utf8)) } }
}
