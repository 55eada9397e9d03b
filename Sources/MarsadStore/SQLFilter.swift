/// A value bound to a SQL placeholder, for either backend.
enum SQLValue: Sendable {
    case text(String)
    case int(Int)
}

enum SQLDialect { case sqlite, postgres }

/// Compiles a `StoreFilter` into a WHERE clause over `records r`, with EXISTS subqueries on the
/// index tables. Both backends share the schema's table and column names, so one builder serves both.
struct SQLFilter {
    private(set) var conditions: [String] = []
    private(set) var values: [SQLValue] = []
    let dialect: SQLDialect
    /// Placeholders already used before this clause (Postgres numbers them).
    let offset: Int

    init(_ f: StoreFilter, dialect: SQLDialect, offset: Int = 0) {
        self.dialect = dialect; self.offset = offset
        if let e = f.entity, !e.isEmpty {
            let k = IndexRows.nameKey(e)
            let (p1, p2, p3) = (bind(.text(e)), bind(.text(k)), bind(.text(k)))
            conditions.append("EXISTS (SELECT 1 FROM record_entities x WHERE x.rid = r.rid AND (x.entity_id = \(p1) OR x.name_key = \(p2) OR x.name_ar_key = \(p3)))")
        }
        if let c = f.country, !c.isEmpty {
            let cc = c.uppercased()
            // Bound in the order the placeholders appear: SQLite's "?" are positional.
            let (p1, p4, p2, p3) = (bind(.text(cc)), bind(.text("iso3166:" + cc)), bind(.text(cc)), bind(.text(cc)))
            conditions.append("""
            (EXISTS (SELECT 1 FROM record_entities x WHERE x.rid = r.rid AND (x.country = \(p1) OR x.entity_id = \(p4))) \
            OR EXISTS (SELECT 1 FROM record_events v WHERE v.rid = r.rid AND v.country = \(p2)) \
            OR EXISTS (SELECT 1 FROM record_actors a WHERE a.rid = r.rid AND a.country = \(p3)))
            """)
        }
        if let t = f.eventType, !t.isEmpty {
            let p = bind(.text(t.uppercased()))
            conditions.append("EXISTS (SELECT 1 FROM record_events v WHERE v.rid = r.rid AND v.type = \(p))")
        }
        if let a = f.actor, !a.isEmpty {
            let (p1, p2) = (bind(.text(IndexRows.nameKey(a))), bind(.text(a)))
            conditions.append("EXISTS (SELECT 1 FROM record_actors a WHERE a.rid = r.rid AND (a.name_key = \(p1) OR a.entity_id = \(p2)))")
        }
        if let from = IndexRows.day(f.from) {
            let p = bind(.text(from))
            conditions.append("(r.day <> '' AND r.day >= \(p))")
        }
        if let to = IndexRows.day(f.to) {
            // "2023-09" as an upper bound means the whole month: compare on the bound's length.
            let p = bind(.text(to))
            let len = to.utf8.count
            let substr = dialect == .sqlite ? "substr(r.day, 1, \(len))" : "substring(r.day from 1 for \(len))"
            conditions.append("(r.day <> '' AND \(substr) <= \(p))")
        }
        if let s = f.site, !s.isEmpty {
            let k = IndexRows.siteFilterKey(s)
            let (p1, p2) = (bind(.text(k)), bind(.text(k)))
            conditions.append("(r.site = \(p1) OR r.host = \(p2))")
        }
    }

    mutating func bind(_ v: SQLValue) -> String {
        values.append(v)
        return dialect == .sqlite ? "?" : "$\(offset + values.count)"
    }

    /// " AND …" conditions to append after an existing WHERE, or "" when unfiltered.
    var andClause: String { conditions.isEmpty ? "" : " AND " + conditions.joined(separator: " AND ") }
    var whereClause: String { conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ") }
}
