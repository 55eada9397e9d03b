import XCTest
@testable import MarsadExtract

final class InputFileTests: XCTestCase {
    var dir: URL!
    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    func testMissingEmptyAndOversizeInputsAreRefusedWithReasons() throws {
        XCTAssertThrowsError(try InputFile.read(dir.appendingPathComponent("nope.txt").path)) {
            XCTAssertEqual(($0 as? InputFile.Failure).map { if case .notFound = $0 { return true } else { return false } }, true)
        }
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        XCTAssertThrowsError(try InputFile.read(empty.path)) { XCTAssertEqual($0 as? InputFile.Failure, .empty(empty.path)) }
        let big = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 5000).write(to: big)
        XCTAssertThrowsError(try InputFile.read(big.path, maxBytes: 4096)) {
            XCTAssertEqual($0 as? InputFile.Failure, .tooLarge(big.path, size: 5000, limit: 4096))
        }
        XCTAssertEqual(try InputFile.read(big.path, maxBytes: 5000).count, 5000)
    }

    func testDirectoriesExpandRecursivelySortedWithoutHiddenFiles() throws {
        for name in ["b.txt", "a.html", "sub/c.jsonl", ".hidden", "sub/.git/x"] {
            let u = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: u.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: u)
        }
        let names = InputFile.expand(dir.path).map { String($0.dropFirst(dir.path.count + 1)) }
        XCTAssertEqual(names, ["a.html", "b.txt", "sub/c.jsonl"])
    }
}
