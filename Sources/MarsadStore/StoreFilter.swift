/// Filters shared by search, listings and exports. Every non-nil field must hold (AND).
public struct StoreFilter: Sendable, Equatable {
    /// An entity id ("geonames:587084", "iso3166:AZ") or a name in any script/spelling (folded for matching).
    public var entity: String?
    /// ISO 3166-1 alpha-2: records with an entity, event place or actor in this country.
    public var country: String?
    /// PLOVER event type (ASSAULT, ACCUSE, …).
    public var eventType: String?
    /// An actor (event source/target/claimant or statement speaker) by name or entity id.
    public var actor: String?
    /// Inclusive publication-date range, "YYYY-MM-DD" (longer ISO strings are cut to the day).
    public var from: String?
    public var to: String?
    /// Source site (host name or site label), compared case-insensitively.
    public var site: String?

    public init(entity: String? = nil, country: String? = nil, eventType: String? = nil, actor: String? = nil,
                from: String? = nil, to: String? = nil, site: String? = nil) {
        self.entity = entity; self.country = country; self.eventType = eventType; self.actor = actor
        self.from = from; self.to = to; self.site = site
    }

    public static let all = StoreFilter()
    public var isEmpty: Bool { self == .all }
}
