import XCTest
@testable import MarsadExtract

final class UTF8ValidationTests: XCTestCase {
    func testValidArabicDecodesAndBOMIsDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("مرصد".utf8)
        XCTAssertEqual(try UTF8Validation.decode(bytes), "مرصد")
    }

    func testReportsByteOffsetOfFirstBadSequence() {
        // "قال " then a lone cp1256 byte (0xC7 is alef in windows-1256) then a space
        var bytes = Array("قال ".utf8)
        let offset = bytes.count
        bytes += [0xC7, 0x20]
        XCTAssertThrowsError(try UTF8Validation.decode(bytes)) { error in
            let f = error as! UTF8Validation.Failure
            XCTAssertEqual(f.byteOffset, offset)
            XCTAssertTrue(f.description.contains("byte \(offset)"))
        }
    }

    func testRejectsOverlongSurrogateAndTruncatedSequences() {
        for (bad, at) in [([0x41, 0xC0, 0x80] as [UInt8], 1), ([0xED, 0xA0, 0x80], 0), ([0x41, 0x42, 0xD8], 2), ([0xF4, 0x90, 0x80, 0x80], 0), ([0x80], 0)] {
            XCTAssertEqual(bad.withUnsafeBufferPointer { UTF8Validation.firstError(in: $0) }?.byteOffset, at, "\(bad)")
        }
    }

    func testLossyReplacesAndCounts() {
        let bytes = Array("سلام".utf8) + [0xFF, 0xFE] + Array("عليكم".utf8)
        let (text, replaced) = UTF8Validation.decodeLossy(bytes)
        XCTAssertEqual(replaced, 2)
        XCTAssertEqual(text, "سلام\u{FFFD}\u{FFFD}عليكم")
    }
}
