/// What kind of thing an entry names; the raw values are the record's entity types.
public enum KnowledgeType: String, Sendable, CaseIterable {
    case country, region, city, place, organization, person, group
}

/// One entity of the gazetteer.
public struct KnowledgeEntry: Sendable, Equatable {
    /// "iso3166:AZ", "geonames:587084", "m49:145", or a project slug ("org:un-security-council").
    public let id: String
    public let type: KnowledgeType
    /// English (or, failing one, the source's) name.
    public let name: String
    public let nameAr: String?
    /// ISO 3166-1 alpha-2 of the country the entity belongs to (its own code for a country).
    public let country: String?
    public let lat: Double?
    public let lon: Double?
    public let population: Int
    /// Actor sector the entity stands for (a raw value of MarsadAnalysis.Sector), when the data says.
    public let sector: String?
    /// Seat of its country's government.
    public let isCapital: Bool
    /// The name is also an ordinary word ("الجزيرة", "العربية"): linked only after a media cue.
    public let needsMediaCue: Bool
    /// A small place: linked only after a place cue or when its country is in the article's context.
    public let isMinor: Bool
    /// Linked by its names as written, never through the consonant skeleton: names made of Arabic words
    /// ("محافظة حمص"), which have no transliteration variants ("مقطوعة شبيه" is no "مقاطعة شبوة").
    public let exactNamesOnly: Bool
    /// Surface names and nisba stems as the data gives them.
    public let names: [String]
    public let nisbas: [String]
}
