import Foundation
import Logging
import MarsadAnalysis
import PostgresNIO

/// The shared backend for team deployments: PostgreSQL through postgres-nio. Same schema names as
/// SQLite; full-text search is a `tsvector` built verbatim from the same search keys
/// (`array_to_tsvector`, so PostgreSQL's own parser never re-splits Arabic).
public final class PostgresStore: RecordStore {
    let client: PostgresClient
    let runTask: Task<Void, Never>
    let hasher: MinHasher
    let logger = Logger(label: "marsad.store.postgres")

    /// Connects to `postgres://user:password@host:port/database` and migrates the schema.
    public init(url: String, hasher: MinHasher = MinHasher()) async throws {
        guard let c = URLComponents(string: url), let scheme = c.scheme, scheme.hasPrefix("postgres") else {
            throw StoreError("not a PostgreSQL URL: \(url) (expected postgres://user:password@host:port/database)")
        }
        let tls: PostgresClient.Configuration.TLS = (c.queryItems?.first { $0.name == "sslmode" }?.value == "require")
            ? .require(.makeClientConfiguration()) : .disable
        let db = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        let config = PostgresClient.Configuration(host: c.host ?? "localhost", port: c.port ?? 5432,
                                                  username: c.user ?? "postgres", password: c.password,
                                                  database: db.isEmpty ? nil : db, tls: tls)
        let client = PostgresClient(configuration: config)
        self.client = client
        self.hasher = hasher
        runTask = Task { await client.run() }
        do {
            try await PostgresSchema.migrate(client, hasher: hasher, logger: logger)
        } catch {
            runTask.cancel()
            throw StoreError("cannot use PostgreSQL at \(c.host ?? "localhost"):\(c.port ?? 5432)/\(db): \(String(reflecting: error))")
        }
    }

    public func insert(_ records: [MarsadAnalysis.Record]) async throws -> InsertSummary {
        let (fresh, known) = try await IndexRows.unseen(records, existing: existingIDs(records.map(\.id)))
        guard !fresh.isEmpty else { return InsertSummary(duplicates: known) }
        let rows = try IndexRows.build(fresh, hasher: hasher)
        let logger = self.logger
        return try await client.withTransaction(logger: logger) { conn in
            var b = PostgresBindings()
            b.append(rows.map(\.id)); b.append(rows.map(\.site)); b.append(rows.map(\.host)); b.append(rows.map(\.day))
            b.append(rows.map(\.language)); b.append(rows.map(\.title)); b.append(rows.map(\.json))
            b.append(rows.map { hex($0.signature.bytes) }); b.append(rows.map(\.searchText)); b.append(rows.map(\.signature.setSize))
            let inserted = try await conn.query(PostgresQuery(unsafeSQL: """
                INSERT INTO records (id, site, host, day, language, title, record, minhash, shingles, keys)
                SELECT u.id, u.site, u.host, u.day, u.language, u.title, u.record, decode(u.minhash, 'hex'), u.shingles,
                       array_to_tsvector(array_remove(string_to_array(u.keys, ' '), ''))
                FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[])
                     WITH ORDINALITY AS u(id, site, host, day, language, title, record, minhash, keys, shingles, n)
                ORDER BY u.n
                ON CONFLICT (id) DO NOTHING RETURNING rid, id
                """, binds: b), logger: logger)
            var ridOf: [String: Int64] = [:]
            for try await (rid, id) in inserted.decode((Int64, String).self) { ridOf[id] = rid }

            var e: ([Int64], [String], [String], [String], [String], [String]) = ([], [], [], [], [], [])
            var a: ([Int64], [String], [String], [String], [String]) = ([], [], [], [], [])
            var v: ([Int64], [Int], [String], [String], [String]) = ([], [], [], [], [])
            var claimed = Set<String>()
            for r in rows {
                // A record repeated inside the batch is inserted once; index rows only for that one.
                guard let rid = ridOf[r.id], claimed.insert(r.id).inserted else { continue }
                for x in r.entities { e.0.append(rid); e.1.append(x.entityID); e.2.append(x.type); e.3.append(x.nameKey); e.4.append(x.nameArKey); e.5.append(x.country) }
                for x in r.actors { a.0.append(rid); a.1.append(x.role); a.2.append(x.nameKey); a.3.append(x.entityID); a.4.append(x.country) }
                for (i, x) in r.events.enumerated() { v.0.append(rid); v.1.append(i); v.2.append(x.type); v.3.append(x.day); v.4.append(x.country) }
            }
            if !e.0.isEmpty {
                var b = PostgresBindings(); b.append(e.0); b.append(e.1); b.append(e.2); b.append(e.3); b.append(e.4); b.append(e.5)
                try await conn.query(PostgresQuery(unsafeSQL: "INSERT INTO record_entities (rid, entity_id, type, name_key, name_ar_key, country) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])", binds: b), logger: logger)
            }
            if !a.0.isEmpty {
                var b = PostgresBindings(); b.append(a.0); b.append(a.1); b.append(a.2); b.append(a.3); b.append(a.4)
                try await conn.query(PostgresQuery(unsafeSQL: "INSERT INTO record_actors (rid, role, name_key, entity_id, country) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[])", binds: b), logger: logger)
            }
            if !v.0.isEmpty {
                var b = PostgresBindings(); b.append(v.0); b.append(v.1); b.append(v.2); b.append(v.3); b.append(v.4)
                try await conn.query(PostgresQuery(unsafeSQL: "INSERT INTO record_events (rid, idx, type, day, country) SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[])", binds: b), logger: logger)
            }
            return InsertSummary(stored: ridOf.count, duplicates: known + rows.count - ridOf.count)
        }
    }

    public func existingIDs(_ ids: [String]) async throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        var b = PostgresBindings(); b.append(ids)
        let rows = try await client.query(PostgresQuery(unsafeSQL: "SELECT id FROM records WHERE id = ANY($1::text[])", binds: b), logger: logger)
        var out = Set<String>()
        for try await id in rows.decode(String.self) { out.insert(id) }
        return out
    }

    public func record(id: String) async throws -> MarsadAnalysis.Record? {
        let rows = try await client.query("SELECT record FROM records WHERE id = \(id)", logger: logger)
        for try await json in rows.decode(String.self) { return try SQLiteStore.decode(json) }
        return nil
    }

    public func count() async throws -> Int {
        let rows = try await client.query("SELECT count(*) FROM records", logger: logger)
        for try await n in rows.decode(Int.self) { return n }
        return 0
    }

    public func records(matching filter: StoreFilter, limit: Int?) async throws -> [MarsadAnalysis.Record] {
        var f = SQLFilter(filter, dialect: .postgres)
        let sql = "SELECT r.record FROM records r" + f.whereClause + " ORDER BY r.rid"
            + (limit.map { " LIMIT " + f.bind(.int($0)) } ?? "")
        let rows = try await client.query(PostgresQuery(unsafeSQL: sql, binds: f.bindings), logger: logger)
        var out: [MarsadAnalysis.Record] = []
        for try await json in rows.decode(String.self) { out.append(try SQLiteStore.decode(json)) }
        return out
    }

    public func search(_ query: SearchQuery, filter: StoreFilter, limit: Int) async throws -> [SearchHit] {
        guard !query.isEmpty else { return [] }
        var f = SQLFilter(filter, dialect: .postgres, offset: 1)
        let fetch = query.phrases.isEmpty ? limit : limit * 5
        let sql = """
            SELECT r.record, ts_rank(r.keys, $1::tsquery)::float8 AS score FROM records r
            WHERE r.keys @@ $1::tsquery\(f.andClause) ORDER BY score DESC, r.rid LIMIT \(f.bind(.int(fetch)))
            """
        var b = PostgresBindings(); b.append(query.tsqueryLiteral)
        for v in f.values { switch v { case .text(let s): b.append(s); case .int(let i): b.append(i) } }
        let rows = try await client.query(PostgresQuery(unsafeSQL: sql, binds: b), logger: logger)
        var hits: [SearchHit] = []
        for try await (json, score) in rows.decode((String, Double).self) where hits.count < limit {
            if let hit = SearchHit(record: try SQLiteStore.decode(json), query: query, score: score) { hits.append(hit) }
        }
        return hits
    }

    public func signatures(matching filter: StoreFilter) async throws -> [StoredSignature] {
        let f = SQLFilter(filter, dialect: .postgres)
        let sql = "SELECT r.id, r.day, encode(r.minhash, 'hex'), r.shingles FROM records r" + f.whereClause + " ORDER BY r.rid"
        let rows = try await client.query(PostgresQuery(unsafeSQL: sql, binds: f.bindings), logger: logger)
        var out: [StoredSignature] = []
        for try await (id, day, h, n) in rows.decode((String, String, String, Int).self) {
            if let sig = MinHashSignature(bytes: unhex(h), setSize: n) { out.append(StoredSignature(id: id, day: day.isEmpty ? nil : day, signature: sig)) }
        }
        return out
    }

    public func close() async throws { runTask.cancel() }

    /// Deletes every table of the schema (tests use a throwaway database; never called by the CLI).
    public func dropAll() async throws {
        try await client.query("DROP TABLE IF EXISTS record_entities, record_actors, record_events, records, marsad_meta, marsad_migrations CASCADE", logger: logger)
    }
}

extension SQLFilter {
    var bindings: PostgresBindings {
        var b = PostgresBindings()
        for v in values { switch v { case .text(let s): b.append(s); case .int(let i): b.append(i) } }
        return b
    }
}

private let hexDigits = Array("0123456789abcdef".utf8)
func hex(_ bytes: [UInt8]) -> String {
    var out = [UInt8](); out.reserveCapacity(bytes.count * 2)
    for b in bytes { out.append(hexDigits[Int(b >> 4)]); out.append(hexDigits[Int(b & 0xF)]) }
    return String(decoding: out, as: UTF8.self)
}
func unhex(_ s: String) -> [UInt8] {
    func v(_ c: UInt8) -> UInt8 { c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x61 + 10 }
    let u = Array(s.utf8); var out = [UInt8](); out.reserveCapacity(u.count / 2)
    var i = 0
    while i + 1 < u.count { out.append(v(u[i]) << 4 | v(u[i + 1])); i += 2 }
    return out
}
