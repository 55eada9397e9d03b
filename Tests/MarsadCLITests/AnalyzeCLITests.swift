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
        XCTAssertTrue(r.stderr.contains("1 of 3 inputs and 0 documents failed; 2 records were written"), r.stderr)
    }

    func testJSONLOnStdinStreamsOneRecordPerLineAndReportsBadLines() throws {
        let lines = [
            #"{"url": "https://example.org/1", "title": "عنوان", "published": "2017-01-21", "text": "قال الوزير إن المحادثات ستستأنف غدا."}"#,
            #"{"url": "https://example.org/2", "text": "#,
            #"{"url": "https://example.org/3", "text": "The minister said talks would resume on Monday."}"#,
        ]
        let r = try marsad(["analyze", "--input", "jsonl", "-", "--format", "jsonl"], stdin: Data(lines.joined(separator: "\n").utf8))
        XCTAssertEqual(r.status, 1, r.stderr)
        let records = r.stdout.split(separator: "\n")
        XCTAssertEqual(records.count, 2)
        XCTAssertTrue(r.stderr.contains("stdin:2"), r.stderr)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(records[0].utf8)) as? [String: Any])
        XCTAssertEqual(first["published"] as? String, "2017-01-21")
        XCTAssertEqual((first["source"] as? [String: Any])?["uri"] as? String, "https://example.org/1")
        // the format is also recognised without --input
        let auto = try marsad(["analyze", "-", "--format", "jsonl"], stdin: Data(lines[0].utf8))
        XCTAssertEqual(auto.status, 0, auto.stderr)
        XCTAssertEqual(auto.stdout.split(separator: "\n").count, 1)
    }

    func testHTMLInputIsDetectedAndExtracted() throws {
        let html = """
        <!doctype html><html lang="ar"><head><meta charset="utf-8"><title>وزير الخارجية يزور القاهرة | موقع الأخبار</title>
        <meta property="article:published_time" content="2024-03-02T10:00:00Z"></head>
        <body><nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
        <article><h1>وزير الخارجية يزور القاهرة</h1>
        <p>وصل وزير الخارجية الأردني إلى القاهرة اليوم السبت في زيارة رسمية يلتقي خلالها نظيره المصري لبحث التطورات في المنطقة.</p>
        <p>وقال الوزير في تصريح للصحفيين إن البلدين يعملان معا من أجل وقف إطلاق النار وإدخال المساعدات الإنسانية.</p></article>
        <footer>جميع الحقوق محفوظة</footer></body></html>
        """
        let path = try file("page.html", Array(html.utf8))
        let r = try marsad(["analyze", path])
        XCTAssertEqual(r.status, 0, r.stderr)
        let obj = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(obj["title"] as? String, "وزير الخارجية يزور القاهرة")
        XCTAssertTrue((obj["published"] as? String ?? "").hasPrefix("2024-03-02"))
        let text = try XCTUnwrap(obj["text"] as? String)
        XCTAssertTrue(text.contains("وصل وزير الخارجية الأردني إلى القاهرة"))
        XCTAssertFalse(text.contains("الرئيسية"))
        XCTAssertFalse(text.contains("جميع الحقوق محفوظة"))
    }

    func testBinaryJunkYieldsNoRecordAndExit7() throws {
        var junk = [UInt8](repeating: 0, count: 4096)
        for i in junk.indices { junk[i] = UInt8((i * 7919 + 13) % 256) }
        let r = try marsad(["analyze", try file("junk.bin", junk), "--input", "html"])
        XCTAssertEqual(r.status, 7, r.stderr)
        XCTAssertTrue(r.stderr.contains("junk.bin"), r.stderr)
        XCTAssertTrue(r.stdout.isEmpty)
    }

    func testACLEDCSVHasTheHeaderAndOneRowPerMaterialEvent() throws {
        let text = "قصف الطيران الحربي الإسرائيلي اليوم الثلاثاء مواقع في مدينة خان يونس جنوب قطاع غزة، ما أسفر عن مقتل ثلاثة أشخاص."
        let r = try marsad(["analyze", "-", "--format", "acled-csv", "--published", "2024-01-09"], stdin: Data(text.utf8))
        XCTAssertEqual(r.status, 0, r.stderr)
        let rows = r.stdout.split(separator: "\n")
        XCTAssertEqual(rows.first.map(String.init), "event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,source,notes,fatalities")
        XCTAssertGreaterThanOrEqual(rows.count, 2, r.stdout)
    }
}
