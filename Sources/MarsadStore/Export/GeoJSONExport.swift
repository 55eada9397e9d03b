import Foundation
import MarsadAnalysis

/// GeoJSON (RFC 7946) FeatureCollection of located events: Point geometry in [longitude, latitude]
/// order, flat scalar properties (QGIS and kepler.gl read them as attribute columns).
public enum GeoJSONExport {
    public static func featureCollection(_ views: [EventView]) -> [String: Any] {
        var features: [[String: Any]] = []
        for v in views {
            guard let c = v.coordinates else { continue }
            let e = v.event
            var p: [String: Any] = [
                "id": v.id, "record": v.record.id, "event_type": e.type, "negated": e.negated, "confidence": e.confidence,
                "text": v.sentenceText,
            ]
            p["date"] = v.day
            p["mode"] = e.mode
            p["location"] = e.location?.name
            p["country"] = v.country
            p["source_actor"] = e.source?.name
            p["target_actor"] = e.target?.name
            p["claimed_by"] = e.claimedBy?.name
            p["fatalities"] = e.fatalities
            p["injured"] = e.injured
            p["title"] = v.record.title
            p["site"] = v.record.source.site
            p["url"] = v.record.source.uri ?? v.record.source.canonicalURL
            features.append(["type": "Feature", "geometry": ["type": "Point", "coordinates": [c.lon, c.lat]], "properties": p])
        }
        return ["type": "FeatureCollection", "features": features]
    }

    public static func json(_ views: [EventView]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: featureCollection(views), options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
