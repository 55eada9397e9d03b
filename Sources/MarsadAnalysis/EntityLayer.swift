import MarsadKnowledge

/// How a linked mention refers to its entity. The actor stage reads this: a capital named as the
/// subject of a reporting verb ("ونفت يريفان") speaks for its country's government.
public enum MentionForm: String, Sendable, Codable {
    /// The name itself ("أذربيجان", "مجلس الأمن").
    case name
    /// A nisba adjective ("الأذربيجانية", "الروسي") — Azerbaijan/Russia as an attribute.
    case nisba
    /// A capital or seat of government used for its government ("يريفان", "موسكو" as subject).
    case metonym
    /// Found by a pattern, not in the gazetteer (a person after a title, "وزارة …" heads).
    case pattern
}

/// One mention linked to an entity of the record: the entity stage's output, the actor/event stage's input.
public struct LinkedMention: Sendable, Equatable {
    /// Code point offsets into the record text, half-open.
    public var start: Int
    public var end: Int
    /// Index into `EntityLayer.entities`.
    public var entity: Int
    public var form: MentionForm
    /// Country the mention stands for as an actor (the entity's own country, or the country of a nisba/capital).
    public var country: String?
    /// Sector the knowledge base gives the entity (media for a channel, international for the UN, …).
    public var sector: Sector?
    public init(start: Int, end: Int, entity: Int, form: MentionForm, country: String? = nil, sector: Sector? = nil) {
        self.start = start; self.end = end; self.entity = entity; self.form = form
        self.country = country; self.sector = sector
    }
}

/// The entity stage's result: the record's entities and every linked mention, sorted by start.
public struct EntityLayer: Sendable {
    public var entities: [Entity]
    public var mentions: [LinkedMention]
    /// Ids of the entities that are their country's capital (the knowledge base's flag; the record does not
    /// carry it): "وسط العاصمة" is the capital the text named.
    public var capitals: Set<String>
    public init(entities: [Entity] = [], mentions: [LinkedMention] = [], capitals: Set<String> = []) {
        self.entities = entities; self.mentions = mentions; self.capitals = capitals
    }
}
