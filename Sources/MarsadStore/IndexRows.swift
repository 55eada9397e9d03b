import Foundation
import MarsadAnalysis

/// What a backend stores beside a record's JSON so that filters run in the database:
/// one row per entity, per actor role and per event, with names reduced to search keys.
struct IndexRows: Sendable {
    struct EntityRow: Sendable { let entityID: String; let type: String; let nameKey: String; let nameArKey: String; let country: String }
    struct ActorRow: Sendable { let role: String; let nameKey: String; let entityID: String; let country: String }
    struct EventRow: Sendable { let type: String; let day: String; let country: String }

    let id: String
    let site: String
    /// Host of the canonical URL or URI, "www." dropped (a site filter matches label or host).
    let host: String
    let day: String
    let language: String
    let title: String
    let json: String
    let searchText: String
    let signature: MinHashSignature
    let entities: [EntityRow]
    let actors: [ActorRow]
    let events: [EventRow]

    /// The full-text keys (title and text, space-separated) and the MinHash signature of a record: what a
    /// store rebuilds when the search-key function changes.
    static func search(_ r: Record, hasher: MinHasher) -> (keys: String, signature: MinHashSignature) {
        let words = SearchTokens.words(r.text)
        var keys = SearchTokens.indexText([r.title ?? ""])
        for w in words { if !keys.isEmpty { keys += " " }; keys += w.key }
        return (keys, hasher.signature(keys: words.map(\.key)))
    }

    init(_ r: Record, hasher: MinHasher) throws {
        id = r.id
        site = IndexRows.siteKey(r.source)
        host = IndexRows.host(r.source)
        day = IndexRows.day(r.published) ?? ""
        language = r.language
        title = r.title ?? ""
        json = RecordJSON.string(r)   // the contract's own writer (key order of the contract, fast)
        (searchText, signature) = IndexRows.search(r, hasher: hasher)

        let countryOf = Dictionary(r.entities.map { ($0.id, $0.country ?? "") }, uniquingKeysWith: { a, _ in a })
        entities = r.entities.map {
            EntityRow(entityID: $0.id, type: $0.type.rawValue, nameKey: IndexRows.nameKey($0.name),
                      nameArKey: IndexRows.nameKey($0.nameAr ?? ""), country: ($0.country ?? "").uppercased())
        }
        var actors: [ActorRow] = []
        func add(_ a: Actor?, _ role: String) {
            guard let a else { return }
            let c = a.country ?? a.entity.flatMap { countryOf[$0] } ?? ""
            actors.append(ActorRow(role: role, nameKey: IndexRows.nameKey(a.name), entityID: a.entity ?? "", country: c.uppercased()))
        }
        var events: [EventRow] = []
        for e in r.events {
            add(e.source, "source"); add(e.target, "target"); add(e.claimedBy, "claimant")
            let placeCountry = e.location?.entity.flatMap { countryOf[$0] } ?? ""
            events.append(EventRow(type: e.type.uppercased(), day: IndexRows.day(e.date) ?? day, country: placeCountry.uppercased()))
        }
        for s in r.statements { add(s.speaker, "speaker"); add(s.via, "via") }
        self.actors = actors
        self.events = events
    }

    /// The records of a batch not yet stored, first occurrence of each id; and how many were skipped.
    static func unseen(_ records: [Record], existing: Set<String>) -> ([Record], Int) {
        var seen = existing, out: [Record] = []
        for r in records where seen.insert(r.id).inserted { out.append(r) }
        return (out, records.count - out.count)
    }

    /// Names are matched as their sequence of search keys, so spelling and clitic variants meet.
    static func nameKey(_ name: String) -> String {
        SearchTokens.words(name).map(\.key).joined(separator: " ")
    }

    /// "YYYY-MM-DD" from an ISO 8601 date or date-time; "YYYY-MM" and "YYYY" kept as they are
    /// (they sort before any day of that period, which is what a range filter needs).
    static func day(_ iso: String?) -> String? {
        guard let iso, iso.utf8.count >= 4 else { return nil }
        let u = Array(iso.utf8)
        guard u[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return String(decoding: u.prefix(10), as: UTF8.self)
    }

    /// Site for filtering: the explicit site label, else the URI's host, lowercased, "www." dropped.
    static func siteKey(_ s: Source) -> String {
        if let site = s.site, !site.isEmpty { return site.lowercased() }
        return host(s)
    }

    static func host(_ s: Source) -> String {
        for u in [s.canonicalURL, s.uri] {
            if let u, let host = URLComponents(string: u)?.host ?? URL(string: u)?.host {
                let h = host.lowercased()
                return h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
            }
        }
        return ""
    }

    static func siteFilterKey(_ s: String) -> String {
        let h = s.lowercased()
        return h.hasPrefix("www.") ? String(h.dropFirst(4)) : h
    }
}
