import Foundation
import Dispatch
import GRDB
import MarsadAnalysis

/// The embedded backend: one SQLite file (created on first use) in WAL mode, so readers never block
/// the ingest writer and a killed process leaves every committed batch intact.
public final class SQLiteStore: RecordStore {
    let pool: DatabasePool
    let hasher: MinHasher
    public let path: String

    public init(path: String, hasher: MinHasher = MinHasher()) throws {
        self.path = path
        self.hasher = hasher
        var config = Configuration()
        // Another process (an ingest running while you search) may hold the write lock for one batch.
        config.busyMode = .timeout(30)
        config.prepareDatabase { db in
            // WAL + NORMAL: a process crash (kill -9) loses nothing committed; only power loss can drop the
            // last transactions, never corrupt the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let dir = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        pool = try Self.open(path, config)
        try Self.migrate(pool)
        if try pool.read({ try SQLiteSchema.needsReindex($0) }) {
            try pool.write { db in try SQLiteSchema.reindexIfNeeded(db, hasher: hasher) }
        }
    }

    /// Opens the pool. Switching a new file to WAL needs an exclusive lock that SQLite does not wait
    /// for (no busy handler), so a second process opening the file at that instant retries briefly.
    static func open(_ path: String, _ config: Configuration) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                return try DatabasePool(path: path, configuration: config)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
                attempt += 1
                if attempt >= 8 { throw StoreError("cannot open SQLite database \(path): \(error)") }
                usleep(UInt32(20_000 * attempt))
            } catch {
                throw StoreError("cannot open SQLite database \(path): \(error)")
            }
        }
    }

    /// Creates or upgrades the schema. GRDB reads which migrations are applied outside any SQLite lock, so
    /// two processes opening one new file at once (an ingest starting while a search runs) can both try to
    /// create the tables; the loser's transaction rolls back and it looks again, finding the schema done.
    static func migrate(_ pool: DatabasePool) throws {
        let migrator = SQLiteSchema.migrator
        var attempt = 0
        while try pool.read({ try !migrator.hasCompletedMigrations($0) }) {
            do {
                try migrator.migrate(pool)
            } catch {
                attempt += 1
                if attempt >= 8 { throw StoreError("cannot create the schema of \(pool.path): \(error)") }
                usleep(UInt32(20_000 * attempt))
            }
        }
    }

    public func insert(_ records: [MarsadAnalysis.Record]) async throws -> InsertSummary {
        // Index rows (JSON, search keys, MinHash) only for records not stored yet; the INSERT's conflict
        // clause still guards against a concurrent writer.
        let (fresh, known) = try await IndexRows.unseen(records, existing: existingIDs(records.map(\.id)))
        let rows = try IndexRows.build(fresh, hasher: hasher)
        return try await pool.write { db in
            var summary = InsertSummary(duplicates: known)
            let now = ISO8601DateFormatter().string(from: Date())
            let insertRecord = try db.cachedStatement(sql: """
                INSERT INTO records (id, site, host, day, language, title, record, minhash, shingles, ingested)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
                """)
            let insertEntity = try db.cachedStatement(sql: "INSERT INTO record_entities (rid, entity_id, type, name_key, name_ar_key, country) VALUES (?, ?, ?, ?, ?, ?)")
            let insertActor = try db.cachedStatement(sql: "INSERT INTO record_actors (rid, role, name_key, entity_id, country) VALUES (?, ?, ?, ?, ?)")
            let insertEvent = try db.cachedStatement(sql: "INSERT INTO record_events (rid, idx, type, day, country) VALUES (?, ?, ?, ?, ?)")
            let insertSearch = try db.cachedStatement(sql: "INSERT INTO search (rowid, keys) VALUES (?, ?)")
            for r in rows {
                try insertRecord.execute(arguments: [r.id, r.site, r.host, r.day, r.language, r.title, r.json,
                                                     Data(r.signature.bytes), r.signature.setSize, now])
                guard db.changesCount == 1 else { summary.duplicates += 1; continue }
                let rid = db.lastInsertedRowID
                for e in r.entities { try insertEntity.execute(arguments: [rid, e.entityID, e.type, e.nameKey, e.nameArKey, e.country]) }
                for a in r.actors { try insertActor.execute(arguments: [rid, a.role, a.nameKey, a.entityID, a.country]) }
                for (i, v) in r.events.enumerated() { try insertEvent.execute(arguments: [rid, i, v.type, v.day, v.country]) }
                try insertSearch.execute(arguments: [rid, r.searchText])
                summary.stored += 1
            }
            return summary
        }
    }

    public func existingIDs(_ ids: [String]) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try await pool.read { db in
            var found = Set<String>()
            for chunk in stride(from: 0, to: ids.count, by: 500) {
                let part = Array(ids[chunk..<min(chunk + 500, ids.count)])
                let sql = "SELECT id FROM records WHERE id IN (" + Array(repeating: "?", count: part.count).joined(separator: ",") + ")"
                for id in try String.fetchAll(db, sql: sql, arguments: StatementArguments(part)) { found.insert(id) }
            }
            return found
        }
    }

    public func record(id: String) async throws -> MarsadAnalysis.Record? {
        let json = try await pool.read { db in try String.fetchOne(db, sql: "SELECT record FROM records WHERE id = ?", arguments: [id]) }
        return try json.map(Self.decode)
    }

    public func count() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM records") ?? 0 }
    }

    public func records(matching filter: StoreFilter, limit: Int?) async throws -> [MarsadAnalysis.Record] {
        var f = SQLFilter(filter, dialect: .sqlite)
        let sql = "SELECT r.record FROM records r" + f.whereClause + " ORDER BY r.rid"
            + (limit.map { " LIMIT " + f.bind(.int($0)) } ?? "")
        let args = f.arguments
        let jsons = try await pool.read { db in try String.fetchAll(db, sql: sql, arguments: args) }
        return try jsons.map(Self.decode)
    }

    public func search(_ query: SearchQuery, filter: StoreFilter, limit: Int) async throws -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        var f = SQLFilter(filter, dialect: .sqlite, offset: 1)
        let fetch = query.phrases.isEmpty ? limit : limit * 5
        let sql = """
            SELECT r.record AS record, bm25(search) AS score FROM search JOIN records r ON r.rid = search.rowid
            WHERE search MATCH ?\(f.andClause) ORDER BY score LIMIT \(f.bind(.int(fetch)))
            """
        let args = StatementArguments([query.fts5Expression]) + f.arguments
        let rows = try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: args).map { row -> (String, Double) in
                let json: String = row["record"]; let score: Double = row["score"]; return (json, score)
            }
        }
        var hits: [SearchHit] = []
        for (json, score) in rows where hits.count < limit {
            let r = try Self.decode(json)
            // bm25 is "lower is better" and negative; report a positive relevance.
            if let hit = SearchHit(record: r, query: query, score: -score) { hits.append(hit) }
        }
        return hits
    }

    public func signatures(matching filter: StoreFilter) async throws -> [StoredSignature] {
        let f = SQLFilter(filter, dialect: .sqlite)
        let sql = "SELECT r.id, r.day, r.minhash, r.shingles FROM records r" + f.whereClause + " ORDER BY r.rid"
        let args = f.arguments
        return try await pool.read { db in
            try Row.fetchAll(db, sql: sql, arguments: args).compactMap { row in
                let data: Data = row[2]
                guard let sig = MinHashSignature(bytes: [UInt8](data), setSize: row[3]) else { return nil }
                let day: String = row[1]
                return StoredSignature(id: row[0], day: day.isEmpty ? nil : day, signature: sig)
            }
        }
    }

    public func close() async throws { try pool.close() }

    /// Counts that must agree in a consistent store: records, full-text rows, and index rows whose
    /// record is missing (always 0: they are written in the record's transaction).
    public func consistency() throws -> (records: Int, searchRows: Int, orphanIndexRows: Int) {
        try pool.read { db in
            let records = try Int.fetchOne(db, sql: "SELECT count(*) FROM records") ?? 0
            let search = try Int.fetchOne(db, sql: "SELECT count(*) FROM search_docsize") ?? 0
            var orphans = 0
            for t in ["record_entities", "record_actors", "record_events"] {
                orphans += try Int.fetchOne(db, sql: "SELECT count(*) FROM \(t) WHERE rid NOT IN (SELECT rid FROM records)") ?? 0
            }
            return (records, search, orphans)
        }
    }

    static func decode(_ json: String) throws -> MarsadAnalysis.Record {
        try JSONDecoder().decode(MarsadAnalysis.Record.self, from: Data(json.utf8))
    }
}

extension SearchHit {
    /// A hit for a record that the index matched; nil when a quoted phrase is not present as adjacent words.
    init?(record r: MarsadAnalysis.Record, query: SearchQuery, score: Double) {
        guard let spans = Highlighter.highlights(of: query, in: r.text) else { return nil }
        self.init(id: r.id, title: r.title, published: r.published, site: r.source.site, uri: r.source.uri ?? r.source.canonicalURL,
                  score: score, highlights: spans, snippet: Highlighter.snippet(r.text, highlights: spans))
    }
}

extension SQLFilter {
    var arguments: StatementArguments {
        StatementArguments(values.map { v -> (any DatabaseValueConvertible)? in
            switch v { case .text(let s): return s; case .int(let i): return i }
        })
    }
}

extension IndexRows {
    /// Index rows for a batch, computed on all cores (JSON encoding, tokenizing and MinHash are the
    /// expensive part of a write; the transaction itself only runs prepared statements).
    static func build(_ records: [MarsadAnalysis.Record], hasher: MinHasher) throws -> [IndexRows] {
        let out = UnsafeResultBuffer<Result<IndexRows, Error>>(count: records.count)
        DispatchQueue.concurrentPerform(iterations: records.count) { i in
            out.set(i, Result { try IndexRows(records[i], hasher: hasher) })
        }
        return try out.values.map { try $0!.get() }
    }
}

/// Fixed-size slots written once each from `concurrentPerform` iterations (disjoint indices).
final class UnsafeResultBuffer<T>: @unchecked Sendable {
    private var storage: [T?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ v: T) { lock.lock(); storage[i] = v; lock.unlock() }
    var values: [T?] { lock.lock(); defer { lock.unlock() }; return storage }
}
