import MarsadAnalysis

/// ACLED-style CSV: one row per coded event of the kinds ACLED records (political violence,
/// demonstrations, strategic developments), with its column names. PLOVER types map onto ACLED's
/// event types; verbal events (ACCUSE, REJECT, REQUEST, …) have no ACLED counterpart and are left out.
/// Columns Marsad cannot fill honestly (admin areas, ISO numeric code, region) stay empty; three
/// `marsad_*` columns keep the link to the record and who claims the event.
public enum ACLEDExport {
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        "marsad_record_id", "marsad_claimed_by", "marsad_confidence",
    ]

    public struct Mapping: Equatable, Sendable { public let disorder: String; public let type: String; public let subType: String }

    /// ACLED event type for a PLOVER event, or nil when ACLED does not code that kind of event.
    public static func mapping(_ e: Event) -> Mapping? {
        let mode = (e.mode ?? "").lowercased()
        switch e.type.uppercased() {
        case "ASSAULT", "FIGHT":
            if ["air", "aerial", "drone", "airstrike"].contains(where: mode.contains) {
                return Mapping(disorder: "Political violence", type: "Explosions/Remote violence", subType: "Air/drone strike")
            }
            if ["shell", "artillery", "missile", "rocket", "bomb"].contains(where: mode.contains) {
                return Mapping(disorder: "Political violence", type: "Explosions/Remote violence", subType: "Shelling/artillery/missile attack")
            }
            if ["explosive", "ied", "landmine", "mine"].contains(where: mode.contains) {
                return Mapping(disorder: "Political violence", type: "Explosions/Remote violence", subType: "Remote explosive/landmine/IED")
            }
            if e.target?.sector == .civilians {
                return Mapping(disorder: "Political violence", type: "Violence against civilians", subType: "Attack")
            }
            return Mapping(disorder: "Political violence", type: "Battles", subType: "Armed clash")
        case "PROTEST":
            return Mapping(disorder: "Demonstrations", type: "Protests", subType: "Peaceful protest")
        case "COERCE":
            return Mapping(disorder: "Strategic developments", type: "Strategic developments", subType: "Arrests")
        case "AGREE":
            return Mapping(disorder: "Strategic developments", type: "Strategic developments", subType: "Agreement")
        case "RETREAT":
            return Mapping(disorder: "Strategic developments", type: "Strategic developments", subType: "Non-violent transfer of territory")
        case "MOBILIZE":
            return Mapping(disorder: "Strategic developments", type: "Strategic developments", subType: "Other")
        default:
            return nil
        }
    }

    /// ACLED actor type ("inter") code: 1 state forces, 2 rebel groups, 6 protesters, 7 civilians, 8 external/other forces.
    public static func inter(_ a: Actor?, eventType: String) -> String {
        guard let a else { return "" }
        switch a.sector {
        case .government, .military, .police: return "1"
        case .rebels: return "2"
        case .civilians, .media: return eventType == "PROTEST" ? "6" : "7"
        case .international, .peacekeepers: return "8"
        case .unknown, .none: return eventType == "PROTEST" ? "6" : ""
        }
    }

    static func precision(_ p: DatePrecision?) -> String {
        switch p { case .day: return "1"; case .week: return "2"; case .month, .year: return "3"; case nil: return "" }
    }

    static func geoPrecision(_ v: EventView) -> String {
        switch v.locationEntity?.type {
        case .city, .place: return "1"
        case .region: return "2"
        case .country: return "3"
        default: return v.coordinates == nil ? "" : "1"
        }
    }

    public static func rows(_ events: [EventView]) -> [[String]] {
        events.compactMap { v in
            guard let m = mapping(v.event) else { return nil }
            let e = v.event
            let day = v.day ?? ""
            let cc = v.country ?? ""
            let countryName = v.record.entities.first { $0.type == .country && $0.country == cc && !cc.isEmpty }?.name ?? ""
            let (i1, i2) = (inter(e.source, eventType: e.type), inter(e.target, eventType: e.type))
            let interaction = (i1.isEmpty && i2.isEmpty) ? "" : [i1, i2].filter { !$0.isEmpty }.sorted().joined()
            let coords = v.coordinates
            return [
                v.id, day, String(day.prefix(4)), precision(e.date == nil ? .day : e.datePrecision), m.disorder, m.type, m.subType,
                e.source?.name ?? "", "", i1, e.target?.name ?? "", "", i2, interaction,
                e.target?.sector == .civilians ? "Civilian targeting" : "",
                "", "", countryName, "", "", "", e.location?.name ?? "",
                coords.map { String($0.lat) } ?? "", coords.map { String($0.lon) } ?? "", geoPrecision(v),
                v.record.source.site ?? v.record.source.uri ?? "", "", v.sentenceText,
                String(e.fatalities ?? 0), e.negated ? "negated" : "", "",
                v.record.id, e.claimedBy?.name ?? "", String(e.confidence),
            ]
        }
    }

    public static func csv(_ events: [EventView]) -> String {
        var out = CSV.row(columns)
        for r in rows(events) { out += CSV.row(r) }
        return out
    }
}
