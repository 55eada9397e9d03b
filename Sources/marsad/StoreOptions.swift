import ArgumentParser
import Foundation
import MarsadStore

/// `--database`: a SQLite file path (created on first use) or a postgres:// URL.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("SQLite file (created on first use) or postgres://user:password@host:port/database.",
                                            discussion: "Default: $MARSAD_DATABASE, else ./marsad.sqlite"))
    var database: String?

    var location: String {
        database ?? ProcessInfo.processInfo.environment["MARSAD_DATABASE"] ?? "marsad.sqlite"
    }

    func open() throws -> any RecordStore {
        let loc = location
        if loc.hasPrefix("postgres://") || loc.hasPrefix("postgresql://") {
            return try blockingAwait { try await PostgresStore(url: loc) }
        }
        return try SQLiteStore(path: loc)
    }
}

/// The filters shared by search, listings and exports.
struct FilterOptions: ParsableArguments {
    @Option(help: "Entity id (geonames:587084, iso3166:AZ) or name in any spelling.") var entity: String?
    @Option(help: "ISO 3166-1 alpha-2 country code.") var country: String?
    @Option(name: .customLong("event-type"), help: "PLOVER event type (ASSAULT, PROTEST, ACCUSE, …).") var eventType: String?
    @Option(help: "Actor name or entity id (event source, target, claimant, or speaker).") var actor: String?
    @Option(help: "Earliest publication date, YYYY-MM-DD (or YYYY-MM, YYYY).") var from: String?
    @Option(help: "Latest publication date, inclusive.") var to: String?
    @Option(help: "Source site name or host.") var site: String?

    var filter: StoreFilter {
        StoreFilter(entity: entity, country: country, eventType: eventType, actor: actor, from: from, to: to, site: site)
    }
}

enum TableFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

/// Writes to stdout in large chunks.
enum Out {
    static func write(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
    static func err(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    static func json<T: Encodable>(_ value: T) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        write(String(decoding: try enc.encode(value), as: UTF8.self) + "\n")
    }

    /// A plain aligned table (column widths in characters), long cells cut with "…".
    static func table(_ header: [String], _ rows: [[String]], maxWidth: Int = 60) {
        let cells = ([header] + rows).map { $0.map { cell -> String in
            let flat = cell.replacingOccurrences(of: "\n", with: " ")
            return flat.count > maxWidth ? String(flat.prefix(maxWidth - 1)) + "…" : flat
        } }
        var widths = Array(repeating: 0, count: header.count)
        for r in cells { for (i, c) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], c.count) } }
        var s = ""
        for (n, r) in cells.enumerated() {
            s += r.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                .trimmingCharacters(in: .whitespaces) + "\n"
            if n == 0 { s += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        write(s)
    }

    static func csv(_ header: [String], _ rows: [[String]]) {
        var s = CSV.row(header)
        for r in rows { s += CSV.row(r) }
        write(s)
    }

    static func rows(_ format: TableFormat, _ header: [String], _ rows: [[String]]) {
        switch format {
        case .table: table(header, rows)
        case .csv: csv(header, rows)
        case .json: break
        }
    }
}
