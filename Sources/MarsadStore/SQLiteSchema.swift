import Foundation
import GRDB

/// Versioned migrations of the SQLite schema. Never edit a shipped migration: add the next one.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-records") { db in
            try db.execute(sql: """
                CREATE TABLE records (
                    rid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    site TEXT NOT NULL, host TEXT NOT NULL, day TEXT NOT NULL,
                    language TEXT NOT NULL, title TEXT NOT NULL,
                    record TEXT NOT NULL,
                    minhash BLOB NOT NULL, shingles INTEGER NOT NULL,
                    ingested TEXT NOT NULL);
                CREATE INDEX records_day ON records(day);
                CREATE INDEX records_site ON records(site);
                CREATE INDEX records_host ON records(host);
                CREATE TABLE record_entities (rid INTEGER NOT NULL REFERENCES records(rid),
                    entity_id TEXT NOT NULL, type TEXT NOT NULL, name_key TEXT NOT NULL, name_ar_key TEXT NOT NULL, country TEXT NOT NULL);
                CREATE INDEX record_entities_rid ON record_entities(rid);
                CREATE INDEX record_entities_id ON record_entities(entity_id);
                CREATE INDEX record_entities_name ON record_entities(name_key);
                CREATE INDEX record_entities_name_ar ON record_entities(name_ar_key);
                CREATE INDEX record_entities_country ON record_entities(country);
                CREATE TABLE record_actors (rid INTEGER NOT NULL REFERENCES records(rid),
                    role TEXT NOT NULL, name_key TEXT NOT NULL, entity_id TEXT NOT NULL, country TEXT NOT NULL);
                CREATE INDEX record_actors_rid ON record_actors(rid);
                CREATE INDEX record_actors_name ON record_actors(name_key);
                CREATE INDEX record_actors_entity ON record_actors(entity_id);
                CREATE INDEX record_actors_country ON record_actors(country);
                CREATE TABLE record_events (rid INTEGER NOT NULL REFERENCES records(rid),
                    idx INTEGER NOT NULL, type TEXT NOT NULL, day TEXT NOT NULL, country TEXT NOT NULL);
                CREATE INDEX record_events_rid ON record_events(rid);
                CREATE INDEX record_events_type ON record_events(type);
                CREATE INDEX record_events_country ON record_events(country);
                CREATE VIRTUAL TABLE search USING fts5(keys, content='', tokenize='unicode61 remove_diacritics 0');
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('search_key_version', ?)", arguments: [SearchKey.version])
        }
        return m
    }

    static func needsReindex(_ db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'search_key_version'") != String(SearchKey.version)
    }

    /// Rebuilds the full-text index from the stored records when the search-key function changed.
    static func reindexIfNeeded(_ db: Database, hasher: MinHasher) throws {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'search_key_version'")
        guard stored != String(SearchKey.version) else { return }
        try db.execute(sql: "INSERT INTO search(search) VALUES ('delete-all')")
        let rows = try Row.fetchCursor(db, sql: "SELECT rid, record FROM records")
        var updates: [(Int64, String, MinHashSignature)] = []
        while let row = try rows.next() {
            let r = try SQLiteStore.decode(row["record"])
            let keys = SearchTokens.words(r.text).map(\.key)
            updates.append((row["rid"], SearchTokens.indexText([r.title ?? ""]) + " " + keys.joined(separator: " "), hasher.signature(keys: keys)))
        }
        for (rid, text, sig) in updates {
            try db.execute(sql: "INSERT INTO search (rowid, keys) VALUES (?, ?)", arguments: [rid, text])
            try db.execute(sql: "UPDATE records SET minhash = ?, shingles = ? WHERE rid = ?", arguments: [Data(sig.bytes), sig.setSize, rid])
        }
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('search_key_version', ?)", arguments: [String(SearchKey.version)])
    }
}
