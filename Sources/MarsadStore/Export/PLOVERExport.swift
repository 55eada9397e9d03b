import Foundation
import MarsadAnalysis

/// PLOVER JSON: one object per event with PLOVER's field names (id, date, source, target, event, mode,
/// context, eventText, text, language, publication, dead, injured) plus location and Marsad's
/// provenance (claimedBy, negated, confidence, record id and offsets).
public enum PLOVERExport {
    public struct PActor: Codable, Sendable, Equatable {
        public let actorText: String
        public let name: String
        public let country: String?
        public let sector: String?
    }
    public struct PLocation: Codable, Sendable, Equatable {
        public let name: String; public let entity: String?; public let lat: Double?; public let lon: Double?; public let country: String?
    }
    public struct PEvent: Codable, Sendable, Equatable {
        public let id: String
        public let date: String?
        public let datePrecision: String?
        public let source: [PActor]
        public let target: [PActor]
        public let event: String
        public let mode: String
        public let context: String
        public let eventText: String
        public let text: String
        public let language: String
        public let publication: String?
        public let url: String?
        public let dead: Int?
        public let injured: Int?
        public let location: PLocation?
        public let claimedBy: PActor?
        public let negated: Bool
        public let confidence: Double
        public let recordID: String
        public let start: Int
        public let end: Int
    }

    /// CAMEO/PLOVER-style sector codes for Marsad's sectors.
    static func sectorCode(_ s: Sector?) -> String? {
        switch s {
        case .government: return "GOV"; case .military: return "MIL"; case .police: return "COP"
        case .rebels: return "REB"; case .civilians: return "CVL"; case .media: return "MED"
        case .international, .peacekeepers: return "IGO"
        case .unknown, .none: return nil
        }
    }

    static func actor(_ a: Actor?) -> PActor? {
        guard let a else { return nil }
        return PActor(actorText: a.text ?? a.name, name: a.name, country: a.country, sector: sectorCode(a.sector))
    }

    public static func events(_ views: [EventView]) -> [PEvent] {
        views.map { v in
            let e = v.event
            let scalars = Array(v.record.text.unicodeScalars)
            let lo = max(0, min(e.start, scalars.count)), hi = max(lo, min(e.end, scalars.count))
            return PEvent(
                id: v.id, date: e.date ?? IndexRows.day(v.record.published), datePrecision: e.date == nil ? nil : e.datePrecision?.rawValue,
                source: actor(e.source).map { [$0] } ?? [], target: actor(e.target).map { [$0] } ?? [],
                event: e.type, mode: e.mode ?? "", context: "",
                eventText: String(String.UnicodeScalarView(scalars[lo..<hi])), text: v.sentenceText,
                language: v.record.language, publication: v.record.source.site, url: v.record.source.uri ?? v.record.source.canonicalURL,
                dead: e.fatalities, injured: e.injured,
                location: e.location.map { PLocation(name: $0.name, entity: $0.entity, lat: v.coordinates?.lat, lon: v.coordinates?.lon, country: v.country) },
                claimedBy: actor(e.claimedBy), negated: e.negated, confidence: e.confidence,
                recordID: v.record.id, start: e.start, end: e.end)
        }
    }

    public static func json(_ views: [EventView]) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try enc.encode(events(views)), as: UTF8.self) + "\n"
    }
}
