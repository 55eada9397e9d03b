/// The record: Marsad's JSON contract (`marsad.record/1`), as docs/DESIGN.md specifies.
/// Every output, store, export and API speaks this type. All offsets are Unicode code point
/// offsets into `text`, half-open `[start, end)`.
public struct Record: Codable, Sendable, Equatable {
    public static let schemaName = "marsad.record/1"

    public var schema: String = Record.schemaName
    /// Stable id: a hash of the normalised main text (see `RecordID`).
    public var id: String
    public var source: Source
    public var title: String?
    /// ISO 8601 as found (date or date-time).
    public var published: String?
    /// Project extension (documented in docs/RECORD.md): the article's author when the page names one.
    public var author: String?
    /// BCP 47 language tag: "ar", "en", …
    public var language: String
    /// Clean main text, paragraphs separated by "\n".
    public var text: String
    /// What was dropped as boilerplate.
    public var removed: [String]
    public var sentences: [Span]
    public var quality: [QualityFlag]
    public var entities: [Entity]
    public var statements: [Statement]
    public var events: [Event]
    public var contradictions: [Contradiction]

    public init(id: String, source: Source = Source(), title: String? = nil, published: String? = nil,
                author: String? = nil, language: String, text: String, removed: [String] = [],
                sentences: [Span] = [], quality: [QualityFlag] = [], entities: [Entity] = [],
                statements: [Statement] = [], events: [Event] = [], contradictions: [Contradiction] = []) {
        self.id = id; self.source = source; self.title = title; self.published = published
        self.author = author; self.language = language; self.text = text; self.removed = removed
        self.sentences = sentences; self.quality = quality; self.entities = entities
        self.statements = statements; self.events = events; self.contradictions = contradictions
    }
}

/// Where the document came from.
public struct Source: Codable, Sendable, Equatable, Hashable {
    public var uri: String?
    public var site: String?
    public var canonicalURL: String?
    public init(uri: String? = nil, site: String? = nil, canonicalURL: String? = nil) {
        self.uri = uri; self.site = site; self.canonicalURL = canonicalURL
    }
}

/// A half-open code point range `[start, end)` into `Record.text`.
public struct Span: Codable, Sendable, Equatable, Hashable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) { self.start = start; self.end = end }
}

/// Machine-translation or scraping damage found in the text.
public struct QualityFlag: Codable, Sendable, Equatable {
    /// e.g. "broken-quote", "double-stop", "broken-sentence", "self-coordination".
    public var kind: String
    public var start: Int
    public var end: Int
    public var note: String?
    public init(kind: String, start: Int, end: Int, note: String? = nil) {
        self.kind = kind; self.start = start; self.end = end; self.note = note
    }
}

public enum EntityType: String, Codable, Sendable, CaseIterable {
    case country, region, city, place, organization, person, group
}

public struct Mention: Codable, Sendable, Equatable {
    public var start: Int
    public var end: Int
    /// The mention as written: equals `text[start..<end]` of the record.
    public var text: String
    public init(start: Int, end: Int, text: String) { self.start = start; self.end = end; self.text = text }
}

public struct Entity: Codable, Sendable, Equatable {
    /// Namespaced and stable: "geonames:587084", "iso3166:AZ", or a project slug "org:…".
    public var id: String
    public var type: EntityType
    public var name: String
    public var nameAr: String?
    /// ISO 3166-1 alpha-2.
    public var country: String?
    public var lat: Double?
    public var lon: Double?
    public var mentions: [Mention]
    public init(id: String, type: EntityType, name: String, nameAr: String? = nil, country: String? = nil,
                lat: Double? = nil, lon: Double? = nil, mentions: [Mention] = []) {
        self.id = id; self.type = type; self.name = name; self.nameAr = nameAr; self.country = country
        self.lat = lat; self.lon = lon; self.mentions = mentions
    }
}

public enum Sector: String, Codable, Sendable, CaseIterable {
    case government, military, police, rebels, civilians, peacekeepers, international, media, unknown
}

/// Who acts or speaks: an institution composed with its country and sector.
public struct Actor: Codable, Sendable, Equatable {
    public var name: String
    public var country: String?
    public var sector: Sector?
    /// Id of the entity in `Record.entities` this actor rests on, when there is one.
    public var entity: String?
    /// The actor's words as written in the text.
    public var text: String?
    public init(name: String, country: String? = nil, sector: Sector? = nil, entity: String? = nil, text: String? = nil) {
        self.name = name; self.country = country; self.sector = sector; self.entity = entity; self.text = text
    }
}

public enum Stance: String, Codable, Sendable, CaseIterable {
    case assert, deny, accuse, call, warn, report
}

public struct Statement: Codable, Sendable, Equatable {
    public var speaker: Actor
    /// The reporting word as written.
    public var cue: String
    public var stance: Stance
    public var start: Int
    public var end: Int
    /// Index into `Record.sentences`.
    public var sentence: Int
    /// Project extension (docs/RECORD.md): the span of what was said, when it can be delimited.
    public var content: Span?
    /// Project extension (docs/RECORD.md): the outlet that carries the speaker's words ("نقلت سانا عن مصدر
    /// عسكري قوله": the source speaks, via SANA).
    public var via: Actor?
    public init(speaker: Actor, cue: String, stance: Stance, start: Int, end: Int, sentence: Int, content: Span? = nil,
                via: Actor? = nil) {
        self.speaker = speaker; self.cue = cue; self.stance = stance; self.start = start; self.end = end
        self.sentence = sentence; self.content = content; self.via = via
    }
}

public struct EventLocation: Codable, Sendable, Equatable {
    public var entity: String?
    public var name: String
    public var lat: Double?
    public var lon: Double?
    public init(entity: String? = nil, name: String, lat: Double? = nil, lon: Double? = nil) {
        self.entity = entity; self.name = name; self.lat = lat; self.lon = lon
    }
}

public enum DatePrecision: String, Codable, Sendable {
    case day, week, month, year
}

public struct Event: Codable, Sendable, Equatable {
    /// A PLOVER event type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST,
    /// ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.
    public var type: String
    public var mode: String?
    public var negated: Bool
    public var source: Actor?
    public var target: Actor?
    public var location: EventLocation?
    public var date: String?
    public var datePrecision: DatePrecision?
    /// Who asserts that this happened.
    public var claimedBy: Actor?
    public var fatalities: Int?
    public var injured: Int?
    public var sentence: Int
    public var start: Int
    public var end: Int
    public var confidence: Double
    public init(type: String, mode: String? = nil, negated: Bool = false, source: Actor? = nil, target: Actor? = nil,
                location: EventLocation? = nil, date: String? = nil, datePrecision: DatePrecision? = nil,
                claimedBy: Actor? = nil, fatalities: Int? = nil, injured: Int? = nil,
                sentence: Int, start: Int, end: Int, confidence: Double) {
        self.type = type; self.mode = mode; self.negated = negated; self.source = source; self.target = target
        self.location = location; self.date = date; self.datePrecision = datePrecision; self.claimedBy = claimedBy
        self.fatalities = fatalities; self.injured = injured; self.sentence = sentence
        self.start = start; self.end = end; self.confidence = confidence
    }
}

/// Two statements that cannot both be true; indices into `Record.statements`.
public struct Contradiction: Codable, Sendable, Equatable {
    public var a: Int
    public var b: Int
    public var about: String
    public init(a: Int, b: Int, about: String) { self.a = a; self.b = b; self.about = about }
}
