import MarsadAnalysis

/// One event with what listings and exports need from its record: the sentence it rests on, its place
/// resolved through the record's entities, and the record's provenance.
public struct EventView: Sendable {
    public let record: Record
    public let index: Int
    public let event: Event

    public var id: String { "\(record.id)#\(index)" }

    /// The supporting sentence as written (or the event's own span when the sentence index is out of range).
    public var sentenceText: String {
        let scalars = Array(record.text.unicodeScalars)
        let span = record.sentences.indices.contains(event.sentence) ? record.sentences[event.sentence] : Span(start: event.start, end: event.end)
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        return String(String.UnicodeScalarView(scalars[lo..<hi]))
    }

    public var locationEntity: Entity? {
        guard let id = event.location?.entity else { return nil }
        return record.entities.first { $0.id == id }
    }

    /// Coordinates of the event's place: its own, else its entity's.
    public var coordinates: (lat: Double, lon: Double)? {
        if let l = event.location, let lat = l.lat, let lon = l.lon { return (lat, lon) }
        if let e = locationEntity, let lat = e.lat, let lon = e.lon { return (lat, lon) }
        return nil
    }

    /// ISO 3166-1 alpha-2 of the place, when known.
    public var country: String? { locationEntity?.country }

    /// The day the event happened when resolved, else the publication day.
    public var day: String? { IndexRows.day(event.date) ?? IndexRows.day(record.published) }

    /// Event-level filtering: a record matched the store filter; an event of it must match too
    /// (so `--event-type ASSAULT` lists assaults, not every event of an article that has one).
    public func matches(_ f: StoreFilter) -> Bool {
        if let t = f.eventType, !t.isEmpty, event.type.uppercased() != t.uppercased() { return false }
        if let a = f.actor, !a.isEmpty {
            let key = IndexRows.nameKey(a)
            let actors = [event.source, event.target, event.claimedBy].compactMap { $0 }
            if !actors.contains(where: { IndexRows.nameKey($0.name) == key || $0.entity == a }) { return false }
        }
        if let c = f.country?.uppercased(), !c.isEmpty {
            let countries = [country, event.source?.country, event.target?.country].compactMap { $0?.uppercased() }
            if !countries.contains(c) { return false }
        }
        if let from = IndexRows.day(f.from) { guard let d = day, d >= from else { return false } }
        if let to = IndexRows.day(f.to) { guard let d = day, String(d.prefix(to.count)) <= to else { return false } }
        return true
    }

    public static func events(of records: [Record], matching f: StoreFilter) -> [EventView] {
        records.flatMap { r in r.events.indices.map { EventView(record: r, index: $0, event: r.events[$0]) } }.filter { $0.matches(f) }
    }
}
