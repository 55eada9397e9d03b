/// Writes records as JSON with the keys in the order docs/DESIGN.md lists them (schema, id, source, …),
/// so output reads like the contract and diffs stay stable. Hand-written because Foundation's encoder
/// neither keeps key order nor runs fast enough for streaming thousands of records a second.
/// Optional fields that are nil are omitted; reading uses `JSONDecoder` on the same `Codable` types.
public enum RecordJSON {
    public static func encode(_ record: Record, pretty: Bool = false) -> [UInt8] {
        var w = JSONWriter(pretty: pretty)
        w.record(record)
        return w.out
    }

    public static func string(_ record: Record, pretty: Bool = false) -> String {
        String(decoding: encode(record, pretty: pretty), as: UTF8.self)
    }
}

struct JSONWriter {
    var out: [UInt8] = []
    let pretty: Bool
    private var depth = 0
    private var first = [true]

    init(pretty: Bool) { self.pretty = pretty; out.reserveCapacity(16_384) }

    // MARK: structure

    mutating func open(_ c: UInt8) { out.append(c); depth += 1; first.append(true) }
    mutating func close(_ c: UInt8) {
        let empty = first.removeLast()
        depth -= 1
        if pretty && !empty { newline() }
        out.append(c)
    }
    mutating func newline() {
        out.append(0x0A)
        for _ in 0..<depth { out.append(0x20); out.append(0x20) }
    }
    mutating func separator() {
        if first[first.count - 1] { first[first.count - 1] = false } else { out.append(0x2C) }
        if pretty { newline() }
    }
    mutating func key(_ k: StaticString) {
        separator()
        out.append(0x22)
        k.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(0x22); out.append(0x3A)
        if pretty { out.append(0x20) }
    }

    // MARK: values

    mutating func string(_ s: String) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
    mutating func int(_ v: Int) { out.append(contentsOf: String(v).utf8) }
    mutating func double(_ v: Double) {
        if v.isFinite { out.append(contentsOf: (v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v)).utf8) }
        else { out.append(contentsOf: "null".utf8) }
    }
    mutating func bool(_ v: Bool) { out.append(contentsOf: (v ? "true" : "false").utf8) }

    mutating func field(_ k: StaticString, _ v: String?) { if let v { key(k); string(v) } }
    mutating func field(_ k: StaticString, _ v: Int?) { if let v { key(k); int(v) } }
    mutating func field(_ k: StaticString, _ v: Double?) { if let v { key(k); double(v) } }

    mutating func array<T>(_ k: StaticString, _ items: [T], _ each: (inout JSONWriter, T) -> Void) {
        key(k)
        open(0x5B)
        for item in items { separator(); each(&self, item) }
        close(0x5D)
    }

    // MARK: the record

    mutating func record(_ r: Record) {
        open(0x7B)
        field("schema", r.schema)
        field("id", r.id)
        key("source"); open(0x7B)
        field("uri", r.source.uri); field("site", r.source.site); field("canonicalURL", r.source.canonicalURL)
        close(0x7D)
        field("title", r.title)
        field("published", r.published)
        field("author", r.author)
        field("language", r.language)
        field("text", r.text)
        array("removed", r.removed) { $0.string($1) }
        array("sentences", r.sentences) { $0.span($1) }
        array("quality", r.quality) { w, q in
            w.open(0x7B); w.field("kind", q.kind); w.field("start", q.start); w.field("end", q.end); w.field("note", q.note); w.close(0x7D)
        }
        array("entities", r.entities) { $0.entity($1) }
        array("statements", r.statements) { $0.statement($1) }
        array("events", r.events) { $0.event($1) }
        array("contradictions", r.contradictions) { w, c in
            w.open(0x7B); w.field("a", c.a); w.field("b", c.b); w.field("about", c.about); w.close(0x7D)
        }
        close(0x7D)
    }

    mutating func span(_ s: Span) {
        open(0x7B); field("start", s.start); field("end", s.end); close(0x7D)
    }

    mutating func entity(_ e: Entity) {
        open(0x7B)
        field("id", e.id); field("type", e.type.rawValue); field("name", e.name); field("nameAr", e.nameAr)
        field("country", e.country); field("lat", e.lat); field("lon", e.lon)
        array("mentions", e.mentions) { w, m in
            w.open(0x7B); w.field("start", m.start); w.field("end", m.end); w.field("text", m.text); w.close(0x7D)
        }
        close(0x7D)
    }

    mutating func actor(_ k: StaticString, _ a: Actor?) {
        guard let a else { return }
        key(k)
        open(0x7B)
        field("name", a.name); field("country", a.country); field("sector", a.sector?.rawValue)
        field("entity", a.entity); field("text", a.text)
        close(0x7D)
    }

    mutating func statement(_ s: Statement) {
        open(0x7B)
        actor("speaker", s.speaker)
        field("cue", s.cue); field("stance", s.stance.rawValue)
        field("start", s.start); field("end", s.end); field("sentence", s.sentence)
        if let c = s.content { key("content"); span(c) }
        actor("via", s.via)
        close(0x7D)
    }

    mutating func event(_ e: Event) {
        open(0x7B)
        field("type", e.type); field("mode", e.mode)
        key("negated"); bool(e.negated)
        actor("source", e.source); actor("target", e.target)
        if let l = e.location {
            key("location"); open(0x7B)
            field("entity", l.entity); field("name", l.name); field("lat", l.lat); field("lon", l.lon)
            close(0x7D)
        }
        field("date", e.date); field("datePrecision", e.datePrecision?.rawValue)
        actor("claimedBy", e.claimedBy)
        field("fatalities", e.fatalities); field("injured", e.injured)
        field("sentence", e.sentence); field("start", e.start); field("end", e.end)
        key("confidence"); double(e.confidence)
        close(0x7D)
    }
}
