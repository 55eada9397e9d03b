import Foundation
import MarsadAnalysis

/// Writes records to standard output as they come. `json` gives one object (an array when there are
/// several); `jsonl` one compact record per line; `acled-csv` a header then the ACLED rows of each
/// record's events; `plover` a JSON array of every event. Each record is written when it is done, so a
/// consumer can stream.
final class RecordWriter {
    let format: OutputFormat
    let pretty: Bool
    private var written = 0
    /// `json`: the first record is held back until we know whether an array is needed.
    private var held: [UInt8]?
    /// `plover`: events written so far (for the separators of the array).
    private var ploverEvents = 0

    init(format: OutputFormat, pretty: Bool) {
        self.format = format
        self.pretty = pretty && format == .json
    }

    private func emit(_ bytes: [UInt8]) { FileHandle.standardOutput.write(Data(bytes)) }
    private func emit(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }

    func write(_ record: Record) {
        written += 1
        switch format {
        case .jsonl:
            emit(RecordJSON.encode(record) + [0x0A])
        case .json where written == 1:
            held = RecordJSON.encode(record, pretty: pretty)
        case .json:
            if let first = held { emit(Array("[\n".utf8) + first); held = nil }
            emit(Array(",\n".utf8) + RecordJSON.encode(record, pretty: pretty))
        case .acledCSV:
            if written == 1 { emit(EventExport.acledHeader) }
            emit(EventExport.acledRows(record))
        case .plover:
            for line in EventExport.ploverLines(record).split(separator: "\n") {
                emit((ploverEvents == 0 ? "[\n" : ",\n") + line)
                ploverEvents += 1
            }
        }
    }

    func finish() {
        switch format {
        case .json:
            if let held { emit(held + [0x0A]) } else if written > 1 { emit("\n]\n") }
        case .acledCSV:
            if written == 0 { emit(EventExport.acledHeader) }
        case .plover:
            emit(ploverEvents == 0 ? "[]\n" : "\n]\n")
        case .jsonl:
            break
        }
    }
}
