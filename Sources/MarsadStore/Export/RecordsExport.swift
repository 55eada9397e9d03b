import Foundation
import MarsadAnalysis

/// JSONL of records: one `marsad.record/1` object per line, the format `marsad ingest --records` reads back.
public enum RecordsExport {
    public static func line(_ r: Record) throws -> String { RecordJSON.string(r) + "\n" }
}
