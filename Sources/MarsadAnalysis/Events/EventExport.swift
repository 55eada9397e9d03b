import Foundation

/// Exports of the coded events: ACLED-style CSV and PLOVER JSON.
///
/// ACLED codes material events only: ASSAULT (battles, violence against civilians, explosions/remote
/// violence by mode and target), PROTEST (protests, riots), and the strategic developments COERCE,
/// MOBILIZE, SANCTION, AGREE, RETREAT. Verbal events (REQUEST, ACCUSE, CONSULT, …) and negated events have
/// no ACLED row. PLOVER JSON carries every event, in the field names of the PLOVER GSR records
/// (`event`, `mode`, `source`/`target` entity lists with `actorText`, `code`, `sector`).
public enum EventExport {
    public static let acledColumns = ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                                      "location", "latitude", "longitude", "source", "notes", "fatalities"]

    /// The header line of the CSV (write once, then `acledRows` per record when streaming).
    public static var acledHeader: String { acledColumns.joined(separator: ",") + "\n" }

    /// ACLED rows (CSV lines, no header) of one record.
    public static func acledRows(_ record: Record) -> String {
        var out = ""
        for ev in record.events where !ev.negated {
            guard let (type, sub) = acledType(ev) else { continue }
            let loc = ev.location
            let locEntity = loc?.entity.flatMap { id in record.entities.first { $0.id == id } }
            let countryCode = locEntity?.country ?? (locEntity?.type == .country ? locEntity?.country : nil)
            let country = countryCode.map { code in record.entities.first { $0.type == .country && $0.country == code }?.name ?? code } ?? ""
            var notes = sentenceText(record, ev)
            if let by = ev.claimedBy { notes += " [claimed by: \(by.name)]" }
            let fields = [
                ev.date ?? "", type, sub, ev.source.map(actorName) ?? "", ev.target.map(actorName) ?? "", country,
                loc?.name ?? "", loc?.lat.map { String(format: "%.4f", $0) } ?? "", loc?.lon.map { String(format: "%.4f", $0) } ?? "",
                record.source.site ?? record.source.uri ?? "", notes, String(ev.fatalities ?? 0),
            ]
            out += fields.map(csvField).joined(separator: ",") + "\n"
        }
        return out
    }

    public static func acledCSV(_ records: [Record]) -> String {
        records.reduce(acledHeader) { $0 + acledRows($1) }
    }

    /// ACLED event type and sub-event type of a PLOVER event, nil when ACLED does not code it.
    static func acledType(_ ev: Event) -> (String, String)? {
        switch ev.type {
        case "ASSAULT":
            switch ev.mode ?? "" {
            case "aerial", "drone": return ("Explosions/Remote violence", "Air/drone strike")
            case "heavy-weapons": return ("Explosions/Remote violence", "Shelling/artillery/missile attack")
            case "suicide-attack": return ("Explosions/Remote violence", "Suicide bomb")
            case "explosives": return ("Explosions/Remote violence", "Remote explosive/landmine/IED")
            case "abduct": return ("Violence against civilians", "Abduction/forced disappearance")
            case "sexual": return ("Violence against civilians", "Sexual violence")
            default:
                if ev.target?.sector == .civilians { return ("Violence against civilians", "Attack") }
                return ("Battles", "Armed clash")
            }
        case "PROTEST":
            return ev.mode == "riot" ? ("Riots", "Violent demonstration") : ("Protests", "Peaceful protest")
        case "COERCE":
            return ("Strategic developments", ev.mode == "arrest" ? "Arrests" : ev.mode == "seize" ? "Non-violent transfer of territory" : "Other")
        case "MOBILIZE": return ("Strategic developments", "Change to group/activity")
        case "AGREE": return ("Strategic developments", "Agreement")
        case "RETREAT": return ("Strategic developments", ev.mode == "ceasefire" ? "Agreement" : "Other")
        case "SANCTION": return ("Strategic developments", "Other")
        default: return nil
        }
    }

    static func actorName(_ a: Actor) -> String { a.name }

    static func sentenceText(_ record: Record, _ ev: Event) -> String {
        let scalars = record.text.unicodeScalars
        let span = ev.sentence < record.sentences.count ? record.sentences[ev.sentence] : Span(start: ev.start, end: ev.end)
        guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
        let a = scalars.index(scalars.startIndex, offsetBy: span.start), b = scalars.index(a, offsetBy: span.end - span.start)
        return String(scalars[a..<b])
    }

    /// RFC 4180 quoting.
    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: PLOVER

    struct PloverActor: Codable {
        var actorText: String
        var name: String
        var code: String?
        var country: String?
        var sector: String?
        var entity: String?
    }

    struct PloverLocation: Codable { var name: String; var entity: String?; var lat: Double?; var lon: Double? }

    struct PloverEvent: Codable {
        var id: String
        var date: String?
        var datePrecision: String?
        var event: String
        var mode: String
        var negated: Bool
        var source: [PloverActor]
        var target: [PloverActor]
        var claimedBy: PloverActor?
        var location: PloverLocation?
        var fatalities: Int?
        var injured: Int?
        var eventText: String
        var text: String
        var language: String
        var publication: String?
        var published: String?
        var confidence: Double
        var start: Int
        var end: Int
    }

    static func plover(_ a: Actor) -> PloverActor {
        PloverActor(actorText: a.text ?? a.name, name: a.name, code: a.country.flatMap { EventEvaluation.iso3[$0] }, country: a.country,
                    sector: a.sector?.rawValue, entity: a.entity)
    }

    /// One JSON object per event of the record, one per line (JSON Lines: streaming-friendly).
    public static func ploverLines(_ record: Record) -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = ""
        let scalars = Array(record.text.unicodeScalars)
        for (n, ev) in record.events.enumerated() {
            let e = PloverEvent(
                id: "\(record.id)-\(n)", date: ev.date, datePrecision: ev.datePrecision?.rawValue, event: ev.type, mode: ev.mode ?? "",
                negated: ev.negated, source: ev.source.map { [plover($0)] } ?? [], target: ev.target.map { [plover($0)] } ?? [],
                claimedBy: ev.claimedBy.map(plover),
                location: ev.location.map { PloverLocation(name: $0.name, entity: $0.entity, lat: $0.lat, lon: $0.lon) },
                fatalities: ev.fatalities, injured: ev.injured,
                eventText: String(String.UnicodeScalarView(scalars[max(0, ev.start)..<min(scalars.count, max(ev.start, ev.end))])),
                text: sentenceText(record, ev), language: record.language, publication: record.source.site ?? record.source.uri,
                published: record.published, confidence: ev.confidence, start: ev.start, end: ev.end)
            if let data = try? enc.encode(e), let s = String(data: data, encoding: .utf8) { out += s + "\n" }
        }
        return out
    }

    /// PLOVER JSON: an array of every record's events.
    public static func ploverJSON(_ records: [Record]) -> String {
        let lines = records.map(ploverLines).joined().split(separator: "\n")
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }
}
