import MarsadAnalysis

/// One entity across the records of a corpus.
public struct EntitySummary: Sendable, Codable, Equatable {
    public let id: String
    public let type: String
    public let name: String
    public let nameAr: String?
    public let country: String?
    public let lat: Double?
    public let lon: Double?
    /// Number of records that mention it, and of mentions in all.
    public let records: Int
    public let mentions: Int
    /// Spellings found in the texts, most frequent first.
    public let spellings: [String]
}

extension RecordStore {
    /// Events of the records matching the filter, each event also matching it.
    public func events(matching filter: StoreFilter, limit: Int? = nil) async throws -> [EventView] {
        let views = EventView.events(of: try await records(matching: filter, limit: nil), matching: filter)
        return limit.map { Array(views.prefix($0)) } ?? views
    }

    /// Entities of the records matching the filter, most-mentioned-in first.
    public func entities(matching filter: StoreFilter, type: EntityType? = nil) async throws -> [EntitySummary] {
        var acc: [String: EntityAccumulator] = [:]
        for r in try await records(matching: filter, limit: nil) {
            for e in r.entities where type == nil || e.type == type {
                var a = acc[e.id] ?? EntityAccumulator(e: e)
                a.records += 1; a.mentions += e.mentions.count
                for m in e.mentions { a.spellings[m.text, default: 0] += 1 }
                acc[e.id] = a
            }
        }
        return acc.values.map { a in
            EntitySummary(id: a.e.id, type: a.e.type.rawValue, name: a.e.name, nameAr: a.e.nameAr, country: a.e.country,
                          lat: a.e.lat, lon: a.e.lon, records: a.records, mentions: a.mentions,
                          spellings: a.spellings.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key))
        }.sorted { ($1.records, $1.mentions, $0.id) < ($0.records, $0.mentions, $1.id) }
    }

    /// Stories among the records matching the filter (see `StoryGrouper`).
    public func stories(matching filter: StoreFilter, grouper: StoryGrouper = StoryGrouper()) async throws -> [StoryGrouper.Story] {
        let recs = try await records(matching: filter, limit: nil)
        var sigOf: [String: MinHashSignature] = [:]
        for s in try await signatures(matching: filter) { sigOf[s.id] = s.signature }
        let items = recs.compactMap { r in sigOf[r.id].map { StoryGrouper.Item(record: r, signature: $0) } }
        return grouper.group(items)
    }
}

private struct EntityAccumulator { var e: Entity; var records = 0; var mentions = 0; var spellings: [String: Int] = [:] }
