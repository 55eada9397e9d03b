import Foundation
import XCTest
import MarsadTestSupport
@testable import MarsadStore

/// Kills `marsad ingest` with SIGKILL in the middle of the real corpus, then re-runs it: everything
/// committed before the kill is still there and intact, and the re-run stores exactly the rest.
final class IngestKillTests: XCTestCase {
    /// The `marsad` executable built beside the test bundle.
    static var binary: URL {
        var dir = Bundle(for: IngestKillTests.self).bundleURL
        while dir.pathExtension == "xctest" || dir.lastPathComponent == "Contents" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("marsad")
    }

    func run(_ args: [String], stderr: URL? = nil) throws -> Process {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        p.standardOutput = Pipe()
        if let stderr {
            _ = FileManager.default.createFile(atPath: stderr.path, contents: nil)
            p.standardError = try FileHandle(forWritingTo: stderr)
        } else {
            p.standardError = FileHandle.nullDevice
        }
        try p.run()
        return p
    }

    func testKilledIngestLosesNothingCommittedAndRerunCompletesWithoutDuplicates() throws {
        let corpus: URL
        do { corpus = try SharedData.url("data/articles/ant-news-politics.jsonl") } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        guard FileManager.default.isExecutableFile(atPath: Self.binary.path) else { throw XCTSkip("marsad binary not built at \(Self.binary.path)") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let args = ["ingest", corpus.path, "--database", db, "--batch-size", "40", "--quiet", "--json"]

        // Ingest once, kill -9 once at least two batches are committed.
        let firstErr = dir.appendingPathComponent("first.stderr")
        let first = try run(args, stderr: firstErr)
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline && first.isRunning {
            if FileManager.default.fileExists(atPath: db), let n = try? Self.count(db), n >= 80 { committed = n; break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        if !first.isRunning {
            let why = (try? String(contentsOf: firstErr, encoding: .utf8)) ?? ""
            XCTFail("ingest ended (status \(first.terminationStatus)) before it could be killed: \(why)")
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        XCTAssertEqual(first.terminationReason, .uncaughtSignal)

        let afterKill = try SQLiteStore(path: db)
        let survived = try blockingAwait { try await afterKill.count() }
        XCTAssertGreaterThanOrEqual(survived, committed, "a committed batch was lost")
        // The reference: the same corpus ingested without interruption.
        let reference = dir.appendingPathComponent("reference.sqlite").path
        let clean = try run(["ingest", corpus.path, "--database", reference, "--quiet"])
        clean.waitUntilExit()
        let expected = try Self.ids(reference)
        let unique = expected.count
        XCTAssertLessThan(survived, unique, "nothing left to resume")
        try Self.assertConsistent(afterKill)
        try blockingAwait { try await afterKill.close() }

        // Re-run: it continues, storing only what is missing.
        let second = try run(args)
        let out = (second.standardOutput as! Pipe).fileHandleForReading.readDataToEndOfFile()
        second.waitUntilExit()
        XCTAssertEqual(second.terminationStatus, 0)
        let report = try JSONDecoder().decode(IngestReport.self, from: out)
        print("ingest kill: \(survived) records committed before SIGKILL; re-run stored \(report.stored), skipped \(report.duplicates); \(unique) in all")
        XCTAssertEqual(report.stored, unique - survived)
        XCTAssertEqual(report.failed, 0)
        let final = try SQLiteStore(path: db)
        let n = try blockingAwait { try await final.count() }
        XCTAssertEqual(n, unique)
        XCTAssertEqual(try Self.ids(db), expected)
        try Self.assertConsistent(final)
    }

    static func count(_ path: String) throws -> Int {
        let s = try SQLiteStore(path: path)
        return try blockingAwait { try await s.count() }
    }

    /// Every stored record has exactly one full-text row, and index rows point at stored records only.
    static func assertConsistent(_ s: SQLiteStore) throws {
        let c = try s.consistency()
        XCTAssertEqual(c.searchRows, c.records)
        XCTAssertEqual(c.orphanIndexRows, 0)
    }

    static func ids(_ path: String) throws -> Set<String> {
        let s = try SQLiteStore(path: path)
        return Set(try blockingAwait { try await s.records(matching: .all, limit: nil) }.map(\.id))
    }
}
