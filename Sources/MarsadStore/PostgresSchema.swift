import Logging
import PostgresNIO

/// Versioned migrations of the PostgreSQL schema, applied under an advisory lock so that two
/// processes starting at once do not race. Never edit a shipped migration: append the next one.
enum PostgresSchema {
    static let migrations: [(version: Int, sql: [String])] = [
        (1, [
            """
            CREATE TABLE records (
                rid BIGSERIAL PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                site TEXT NOT NULL, host TEXT NOT NULL, day TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL,
                record TEXT NOT NULL, minhash BYTEA NOT NULL, shingles BIGINT NOT NULL, keys TSVECTOR NOT NULL,
                ingested TIMESTAMPTZ NOT NULL DEFAULT now())
            """,
            "CREATE INDEX records_keys ON records USING GIN (keys)",
            "CREATE INDEX records_day ON records (day)",
            "CREATE INDEX records_site ON records (site)",
            "CREATE INDEX records_host ON records (host)",
            """
            CREATE TABLE record_entities (rid BIGINT NOT NULL REFERENCES records (rid), entity_id TEXT NOT NULL, type TEXT NOT NULL,
                name_key TEXT NOT NULL, name_ar_key TEXT NOT NULL, country TEXT NOT NULL)
            """,
            "CREATE INDEX record_entities_rid ON record_entities (rid)",
            "CREATE INDEX record_entities_id ON record_entities (entity_id)",
            "CREATE INDEX record_entities_name ON record_entities (name_key)",
            "CREATE INDEX record_entities_name_ar ON record_entities (name_ar_key)",
            "CREATE INDEX record_entities_country ON record_entities (country)",
            """
            CREATE TABLE record_actors (rid BIGINT NOT NULL REFERENCES records (rid), role TEXT NOT NULL, name_key TEXT NOT NULL,
                entity_id TEXT NOT NULL, country TEXT NOT NULL)
            """,
            "CREATE INDEX record_actors_rid ON record_actors (rid)",
            "CREATE INDEX record_actors_name ON record_actors (name_key)",
            "CREATE INDEX record_actors_entity ON record_actors (entity_id)",
            "CREATE INDEX record_actors_country ON record_actors (country)",
            """
            CREATE TABLE record_events (rid BIGINT NOT NULL REFERENCES records (rid), idx BIGINT NOT NULL, type TEXT NOT NULL,
                day TEXT NOT NULL, country TEXT NOT NULL)
            """,
            "CREATE INDEX record_events_rid ON record_events (rid)",
            "CREATE INDEX record_events_type ON record_events (type)",
            "CREATE INDEX record_events_country ON record_events (country)",
            "CREATE TABLE marsad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ]),
    ]

    static func migrate(_ client: PostgresClient, hasher: MinHasher, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { conn in
            try await conn.query("SELECT pg_advisory_xact_lock(7207055)", logger: logger)
            try await conn.query("CREATE TABLE IF NOT EXISTS marsad_migrations (version INT PRIMARY KEY, applied TIMESTAMPTZ NOT NULL DEFAULT now())", logger: logger)
            var done = Set<Int>()
            for try await v in try await conn.query("SELECT version FROM marsad_migrations", logger: logger).decode(Int.self) { done.insert(v) }
            for m in migrations where !done.contains(m.version) {
                for stmt in m.sql { try await conn.query(PostgresQuery(unsafeSQL: stmt), logger: logger) }
                try await conn.query("INSERT INTO marsad_migrations (version) VALUES (\(m.version))", logger: logger)
                try await conn.query("INSERT INTO marsad_meta (key, value) VALUES ('search_key_version', \(String(SearchKey.version))) ON CONFLICT (key) DO NOTHING", logger: logger)
            }
            var stored: String? = nil
            for try await v in try await conn.query("SELECT value FROM marsad_meta WHERE key = 'search_key_version'", logger: logger).decode(String.self) { stored = v }
            if stored != String(SearchKey.version) {
                try await reindex(conn, hasher: hasher, logger: logger)
                try await conn.query("""
                    INSERT INTO marsad_meta (key, value) VALUES ('search_key_version', \(String(SearchKey.version)))
                    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
                    """, logger: logger)
            }
        }
    }

    /// Rebuilds every record's search keys and MinHash signature from its stored JSON (the search-key
    /// function changed since they were written), a page of records at a time.
    static func reindex(_ conn: PostgresConnection, hasher: MinHasher, logger: Logger) async throws {
        var last: Int64 = 0
        while true {
            var page: [(Int64, String)] = []
            for try await row in try await conn.query("SELECT rid, record FROM records WHERE rid > \(last) ORDER BY rid LIMIT 500", logger: logger).decode((Int64, String).self) {
                page.append(row)
            }
            guard let end = page.last?.0 else { return }
            var rids: [Int64] = [], keys: [String] = [], minhash: [String] = [], shingles: [Int] = []
            for (rid, json) in page {
                let (k, sig) = IndexRows.search(try SQLiteStore.decode(json), hasher: hasher)
                rids.append(rid); keys.append(k); minhash.append(hex(sig.bytes)); shingles.append(sig.setSize)
            }
            var b = PostgresBindings(); b.append(rids); b.append(keys); b.append(minhash); b.append(shingles)
            try await conn.query(PostgresQuery(unsafeSQL: """
                UPDATE records SET keys = array_to_tsvector(array_remove(string_to_array(u.keys, ' '), '')),
                       minhash = decode(u.minhash, 'hex'), shingles = u.shingles
                FROM unnest($1::bigint[], $2::text[], $3::text[], $4::bigint[]) AS u(rid, keys, minhash, shingles)
                WHERE records.rid = u.rid
                """, binds: b), logger: logger)
            last = end
        }
    }
}
