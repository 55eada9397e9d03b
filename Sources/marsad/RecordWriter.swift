import Foundation
import MarsadAnalysis

/// Writes records to standard output as they come: `json` gives one object (or an array when there are
/// several), `jsonl` one compact object per line, written per record so a consumer can stream.
final class RecordWriter {
    let format: OutputFormat
    let pretty: Bool
    private var written = 0

    init(format: OutputFormat, pretty: Bool) {
        self.format = format
        self.pretty = pretty && format == .json
    }

    /// The first record of `json` output is held back until we know whether an array is needed.
    private var held: [UInt8]?

    func write(_ record: Record) {
        let encoded = RecordJSON.encode(record, pretty: pretty)
        written += 1
        switch format {
        case .jsonl:
            FileHandle.standardOutput.write(Data(encoded + [0x0A]))
        case .json where written == 1:
            held = encoded
        case .json:
            if let first = held { FileHandle.standardOutput.write(Data(Array("[\n".utf8) + first)); held = nil }
            FileHandle.standardOutput.write(Data(Array(",\n".utf8) + encoded))
        }
    }

    func finish() {
        guard format == .json else { return }
        if let held { FileHandle.standardOutput.write(Data(held + [0x0A])) }
        else if written > 1 { FileHandle.standardOutput.write(Data("\n]\n".utf8)) }
    }
}
