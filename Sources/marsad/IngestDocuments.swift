import Foundation
import MarsadAnalysis
import MarsadExtract
import MarsadText
import MarsadStore

/// Documents for `marsad ingest`: every input through `DocumentReader` (HTML, text, JSONL, feeds, WARC,
/// gzip), analysed by the shared `Analyzer`.
extension IngestInputs {
    static let analyzer = Analyzer()

    static let analyze: @Sendable (Document) -> Record = { analyzer.analyze($0) }

    /// The id the analyzer will give (hash of the normalised main text), so stored documents are skipped
    /// before analysis on a re-run.
    static let expectedID: @Sendable (Document) -> String? = { RecordID.make(text: Normalizer.normalize($0.text, level: .display).text) }

    static func readDocuments(_ paths: [String], into queue: BoundedQueue<IngestItem>) {
        for path in paths {
            let name = path == "-" ? "stdin" : path
            let bytes: [UInt8]
            do { bytes = try InputFile.read(path) } catch {
                queue.push(.failure(name: name, reason: error.description)); continue
            }
            DocumentReader.read(bytes, name: name, format: nil) { result in
                switch result {
                case .success(let d): queue.push(.document(d))
                case .failure(let e): queue.push(.failure(name: e.document, reason: e.reason))
                }
            }
        }
    }

    /// Documents to expect, for the ETA: lines of JSONL inputs, items of feeds, response records of WARC
    /// files, one per other file; nil when an input is compressed or standard input (no ETA then).
    static func estimateDocuments(_ paths: [String]) -> Int? {
        var n = 0
        for p in paths {
            guard p != "-", let data = FileManager.default.contents(atPath: p) else { return nil }
            let bytes = [UInt8](data.prefix(1 << 16))
            if bytes.starts(with: [0x1F, 0x8B]) { return nil }
            switch DocumentReader.detectFormat(bytes, name: p) {
            case .jsonl: n += data.reduce(0) { $0 + ($1 == 10 ? 1 : 0) } + (data.last == 10 ? 0 : 1)
            case .warc: n += max(1, occurrences(of: Array("WARC-Type: response".utf8), in: data))
            case .feed: n += max(1, occurrences(of: Array("<item".utf8), in: data) + occurrences(of: Array("<entry".utf8), in: data))
            case .html, .text: n += 1
            }
        }
        return n
    }

    private static func occurrences(of needle: [UInt8], in data: Data) -> Int {
        var count = 0
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard raw.count >= needle.count else { return }
            var i = 0
            while i <= raw.count - needle.count {
                if raw[i] == needle[0] {
                    var k = 1
                    while k < needle.count && raw[i + k] == needle[k] { k += 1 }
                    if k == needle.count { count += 1; i += k; continue }
                }
                i += 1
            }
        }
        return count
    }
}
