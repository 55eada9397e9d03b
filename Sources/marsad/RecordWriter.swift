import Foundation
import MarsadAnalysis

/// Writes records to standard output as they come: `json` gives one object (or an array when there are
/// several), `jsonl` one compact object per line, flushed per record so a consumer can stream.
final class RecordWriter {
    let format: OutputFormat
    let encoder: JSONEncoder
    private var pending: [Data] = []

    init(format: OutputFormat, pretty: Bool) {
        self.format = format
        encoder = JSONEncoder()
        encoder.outputFormatting = pretty && format == .json ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
    }

    func write(_ record: Record) {
        guard let data = try? encoder.encode(record) else { return }
        switch format {
        case .jsonl:
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        case .json:
            pending.append(data)
        }
    }

    func finish() {
        guard format == .json else { return }
        if pending.count == 1 {
            FileHandle.standardOutput.write(pending[0] + Data("\n".utf8))
        } else if !pending.isEmpty {
            var all = Data("[\n".utf8)
            for (i, d) in pending.enumerated() { all += d; all += Data((i + 1 < pending.count ? ",\n" : "\n]\n").utf8) }
            FileHandle.standardOutput.write(all)
        }
    }
}
