import Foundation
import MarsadAnalysis
import MarsadExtract
import MarsadStore

/// Reading inputs for `marsad ingest` on the reader thread: records JSONL line by line, documents
/// through the extraction readers. One bad line or document becomes a named failure; reading goes on.
enum IngestInputs {
    static func readRecords(_ paths: [String], into queue: BoundedQueue<IngestItem>) {
        let decoder = JSONDecoder()
        for path in paths {
            let name = path == "-" ? "stdin" : path
            guard let handle = path == "-" ? FileHandle.standardInput : FileHandle(forReadingAtPath: path) else {
                queue.push(.failure(name: name, reason: "cannot be read")); continue
            }
            var lineNo = 0
            let reader = LineReader(handle: handle)
            while let line = reader.nextLine() {
                lineNo += 1
                guard line.contains(where: { $0 != 32 && $0 != 9 && $0 != 13 }) else { continue }
                do {
                    let r = try decoder.decode(Record.self, from: Data(line))
                    if r.schema != Record.schemaName {
                        queue.push(.failure(name: "\(name):\(lineNo)", reason: "schema \(r.schema) is not \(Record.schemaName)"))
                    } else {
                        queue.push(.record(r))
                    }
                } catch {
                    queue.push(.failure(name: "\(name):\(lineNo)", reason: "not a marsad record: \(Self.describe(error))"))
                }
            }
            if path != "-" { try? handle.close() }
        }
    }

    static func countLines(_ paths: [String]) -> Int? {
        var n = 0
        for p in paths {
            guard p != "-", let data = FileManager.default.contents(atPath: p) else { return nil }
            data.withUnsafeBytes { raw in for b in raw where b == 10 { n += 1 } }
            if let last = data.last, last != 10 { n += 1 }
        }
        return n
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing field \(key.stringValue)"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "wrong value at \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let c): return "invalid JSON (\(c.debugDescription))"
        default: return "\(error)"
        }
    }
}
