import XCTest
import Foundation

/// Runs the built `marsad` binary as a user would and checks its output and exit statuses.
final class AnalyzeCLITests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    static var binary: URL {
        // The test bundle sits in the products directory beside the `marsad` executable.
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [products, products.deletingLastPathComponent()] {
            let u = candidate.appendingPathComponent("marsad")
            if FileManager.default.isExecutableFile(atPath: u.path) { return u }
        }
        return products.appendingPathComponent("marsad")
    }

    struct Run { let status: Int32; let stdout: String; let stderr: String }

    func marsad(_ args: [String], stdin: Data? = nil) throws -> Run {
        let p = Process()
        p.executableURL = Self.binary
        p.arguments = args
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out; p.standardError = err; p.standardInput = inp
        try p.run()
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let u = dir.appendingPathComponent(name)
        try Data(bytes).write(to: u)
        return u.path
    }

    func testExamplePageGivesAWellFormedRecord() throws {
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/fashir-clashes.txt")
        let r = try marsad(["analyze", example.path, "--published", "2024-05-13"])
        XCTAssertEqual(r.status, 0, r.stderr)
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(obj["schema"] as? String, "marsad.record/1")
        XCTAssertEqual(obj["title"] as? String, "الجيش السوداني يعلن صد هجوم على الفاشر والدعم السريع ينفي")
        XCTAssertEqual(obj["language"] as? String, "ar")
        XCTAssertEqual(obj["removed"] as? [String], ["| أخبار العالم", "شارك", "اقرأ أيضا", "Source link"])
        let kinds = Set(((obj["quality"] as? [[String: Any]]) ?? []).compactMap { $0["kind"] as? String })
        XCTAssertTrue(kinds.isSuperset(of: ["broken-quote", "double-stop", "self-coordination"]), "\(kinds)")
    }

    func testStdinAndJSONL() throws {
        let r = try marsad(["analyze", "-", "--format", "jsonl"], stdin: Data("عنوان الخبر\nقال الوزير إن المحادثات ستستأنف غدا.".utf8))
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 1)
    }

    func testMissingFileExits3() throws {
        let r = try marsad(["analyze", dir.appendingPathComponent("nope.txt").path])
        XCTAssertEqual(r.status, 3)
        XCTAssertTrue(r.stderr.contains("no such file"), r.stderr)
    }

    func testEmptyFileExits4() throws {
        let r = try marsad(["analyze", try file("empty.txt", [])])
        XCTAssertEqual(r.status, 4)
        XCTAssertTrue(r.stderr.contains("empty"), r.stderr)
    }

    func testInvalidUTF8Exits5WithByteOffsetAndLossyRecovers() throws {
        let path = try file("bad.txt", Array("خبر عاجل\n".utf8) + [0xE1, 0xC7] + Array(" نص".utf8))
        let r = try marsad(["analyze", path])
        XCTAssertEqual(r.status, 5)
        XCTAssertTrue(r.stderr.contains("byte 16"), r.stderr)
        XCTAssertTrue(r.stderr.contains("--lossy"), r.stderr)
        let lossy = try marsad(["analyze", path, "--lossy"])
        XCTAssertEqual(lossy.status, 0, lossy.stderr)
        XCTAssertTrue(lossy.stderr.contains("replaced"), lossy.stderr)
    }

    func testOversizeExits6() throws {
        let r = try marsad(["analyze", try file("big.txt", Array(repeating: 0x61, count: 2048)), "--max-bytes", "1024"])
        XCTAssertEqual(r.status, 6)
        XCTAssertTrue(r.stderr.contains("size limit"), r.stderr)
    }

    func testOneBadDocumentDoesNotStopABatch() throws {
        _ = try file("a.txt", Array("قال الوزير إن المحادثات ستستأنف.".utf8))
        _ = try file("b.txt", [0xFF, 0xFE, 0x00])
        _ = try file("c.txt", Array("The minister said talks would resume.".utf8))
        let r = try marsad(["analyze", dir.path, "--format", "jsonl"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout.split(separator: "\n").count, 2)
        XCTAssertTrue(r.stderr.contains("b.txt"), r.stderr)
        XCTAssertTrue(r.stderr.contains("1 of 3 inputs failed"), r.stderr)
    }
}
