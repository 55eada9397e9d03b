import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadStore

/// `marsad search`: full-text search over the store, across spelling variants and clitics.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of stored articles (matches spelling variants and clitics; highlights the original).",
        discussion: "Words are matched by their normalised stems; \"quoted words\" must be adjacent. Example: marsad search 'ناجورنو كاراباخ' --from 2023-09-01")

    @Argument(help: "The query.") var query: String
    @OptionGroup var db: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "Maximum number of results.") var limit = 20
    @Flag(help: "Do not expand transliteration variants (غ/ج/ك).") var exact = false
    @Option(help: "table, json or csv.") var format: TableFormat = .table

    func run() throws {
        let store = try db.open()
        let q = SearchQuery(query, variants: !exact), f = filters.filter, limit = self.limit
        let hits = try blockingAwait { try await store.search(q, filter: f, limit: limit) }
        if format == .json { try Out.json(hits); return }
        Out.rows(format, ["id", "published", "site", "title", "snippet"],
                 hits.map { [$0.id, $0.published ?? "", $0.site ?? "", $0.title ?? "", $0.snippet] })
        if format == .table { Out.err("\(hits.count) result(s)") }
    }
}

/// `marsad events`: the coded events of stored articles.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "List coded events of stored articles.")
    @OptionGroup var db: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "Maximum number of events.") var limit: Int?
    @Option(help: "table, json or csv.") var format: TableFormat = .table

    func run() throws {
        let store = try db.open()
        let f = filters.filter, limit = self.limit
        let events = try blockingAwait { try await store.events(matching: f, limit: limit) }
        if format == .json { try Out.json(PLOVERExport.events(events)); return }
        Out.rows(format, ["id", "date", "type", "source", "target", "location", "claimed by", "fatalities", "text"], events.map { v in
            let e = v.event
            return [v.id, v.day ?? "", (e.negated ? "not " : "") + e.type, e.source?.name ?? "", e.target?.name ?? "",
                    e.location?.name ?? "", e.claimedBy?.name ?? "", e.fatalities.map(String.init) ?? "", v.sentenceText]
        })
    }
}

/// `marsad entities`: who and what the stored articles mention.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entities", abstract: "List entities of stored articles, most-mentioned first.")
    @OptionGroup var db: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "Only this entity type (country, region, city, place, organization, person, group).") var type: String?
    @Option(help: "Maximum number of entities.") var limit: Int?
    @Option(help: "table, json or csv.") var format: TableFormat = .table

    func run() throws {
        var kind: EntityType? = nil
        if let type {
            guard let k = EntityType(rawValue: type) else { throw ValidationError("unknown entity type \(type)") }
            kind = k
        }
        let store = try db.open()
        let f = filters.filter
        var list = try blockingAwait { [kind] in try await store.entities(matching: f, type: kind) }
        if let limit { list = Array(list.prefix(limit)) }
        if format == .json { try Out.json(list); return }
        Out.rows(format, ["id", "type", "name", "name (ar)", "country", "records", "mentions", "spellings"], list.map {
            [$0.id, $0.type, $0.name, $0.nameAr ?? "", $0.country ?? "", String($0.records), String($0.mentions), $0.spellings.prefix(4).joined(separator: " / ")]
        })
    }
}

/// `marsad stories`: syndicated copies and articles about the same happening, grouped.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Group stored articles into stories: near-duplicate copies (MinHash/LSH) and articles sharing entities and events within a time window.")
    @OptionGroup var db: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @Option(help: "Days between articles of one story.") var windowDays = 3
    @Option(help: "Show stories with at least this many articles.") var minSize = 2
    @Option(help: "table, json or csv.") var format: TableFormat = .table

    func run() throws {
        let store = try db.open()
        let f = filters.filter, grouper = StoryGrouper(windowDays: windowDays), minSize = self.minSize
        let stories = try blockingAwait { try await store.stories(matching: f, grouper: grouper) }.filter { $0.records.count >= minSize }
        if format == .json { try Out.json(stories); return }
        Out.rows(format, ["story", "articles", "copies", "first", "last", "entities", "events", "title"], stories.map {
            [$0.id, String($0.records.count), String($0.duplicates.reduce(0) { $0 + $1.count - 1 }), $0.first ?? "", $0.last ?? "",
             $0.entities.prefix(4).joined(separator: " "), $0.eventTypes.joined(separator: " "), $0.title ?? ""]
        })
        if format == .table { Out.err("\(stories.count) stories of \(minSize)+ articles") }
    }
}

/// `marsad export`: the store (or a filtered part) as JSONL records, ACLED CSV, PLOVER JSON or GeoJSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export stored records or events (JSONL, ACLED CSV, PLOVER JSON, GeoJSON).")
    enum Kind: String, ExpressibleByArgument, CaseIterable { case jsonl, acled, plover, geojson }
    @Option(name: .customLong("as"), help: "jsonl (records), acled (CSV), plover (JSON), geojson (located events).") var kind: Kind = .jsonl
    @OptionGroup var db: DatabaseOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let store = try db.open()
        let f = filters.filter
        let records = try blockingAwait { try await store.records(matching: f, limit: nil) }
        var text = ""
        switch kind {
        case .jsonl: for r in records { text += try RecordsExport.line(r) }
        case .acled: text = ACLEDExport.csv(EventView.events(of: records, matching: f))
        case .plover: text = try PLOVERExport.json(EventView.events(of: records, matching: f))
        case .geojson: text = try GeoJSONExport.json(EventView.events(of: records, matching: f))
        }
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            Out.err("wrote \(output)")
        } else {
            Out.write(text)
        }
    }
}
