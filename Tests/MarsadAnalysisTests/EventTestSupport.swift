import Foundation
@testable import MarsadAnalysis

/// What the entity stage produces for a text, made by hand for the event stage's tests: each surface
/// is linked wherever it occurs (longest surface first), with the form, country and sector the entity
/// stage gives it.
struct HandEntities {
    struct Link { let surface: String; let entity: Entity; let form: MentionForm; let country: String?; let sector: Sector? }
    var links: [Link] = []

    mutating func add(_ surfaces: [String], _ entity: Entity, form: MentionForm = .name, country: String? = nil, sector: Sector? = nil) {
        for s in surfaces { links.append(Link(surface: s, entity: entity, form: form, country: country ?? entity.country, sector: sector)) }
    }

    func layer(for text: String) -> EntityLayer {
        let scalars = Array(text.unicodeScalars)
        var entities: [Entity] = []
        var index: [String: Int] = [:]
        var mentions: [LinkedMention] = []
        var taken = [Bool](repeating: false, count: scalars.count)
        for link in links.sorted(by: { $0.surface.unicodeScalars.count > $1.surface.unicodeScalars.count }) {
            let needle = Array(link.surface.unicodeScalars)
            var i = 0
            while i + needle.count <= scalars.count {
                if scalars[i] == needle[0], Array(scalars[i..<i + needle.count]) == needle, !taken[i..<i + needle.count].contains(true) {
                    // whole words only (clitics ب/ل/و/ال may precede; nothing may follow)
                    let after = i + needle.count
                    let endOK = after == scalars.count || !(0x0621...0x064A).contains(scalars[after].value)
                    if endOK {
                        let e: Int
                        if let k = index[link.entity.id] { e = k } else { e = entities.count; entities.append(link.entity); index[link.entity.id] = e }
                        mentions.append(LinkedMention(start: i, end: after, entity: e, form: link.form, country: link.country, sector: link.sector))
                        for k in i..<after { taken[k] = true }
                        i = after; continue
                    }
                }
                i += 1
            }
        }
        mentions.sort { $0.start < $1.start }
        return EntityLayer(entities: entities, mentions: mentions)
    }
}

/// Sentence spans split at . ! ? ؟ and line breaks: enough for tests of the event stage.
func testSentences(_ text: String) -> [Span] {
    var out: [Span] = []
    var start = 0, i = 0
    for u in text.unicodeScalars {
        i += 1
        if u == "." || u == "!" || u == "?" || u == "؟" || u == "\n" {
            if i - start > 1 { out.append(Span(start: start, end: i)) }
            start = i
        }
    }
    if i > start { out.append(Span(start: start, end: i)) }
    return out
}

enum Gaz {
    static let az = Entity(id: "iso3166:AZ", type: .country, name: "Azerbaijan", country: "AZ")
    static let am = Entity(id: "iso3166:AM", type: .country, name: "Armenia", country: "AM")
    static let ru = Entity(id: "iso3166:RU", type: .country, name: "Russia", country: "RU")
    static let sy = Entity(id: "iso3166:SY", type: .country, name: "Syria", country: "SY")
    static let il = Entity(id: "iso3166:IL", type: .country, name: "Israel", country: "IL")
    static let iq = Entity(id: "iso3166:IQ", type: .country, name: "Iraq", country: "IQ")
    static let us = Entity(id: "iso3166:US", type: .country, name: "United States", country: "US")
    static let karabakh = Entity(id: "geonames:8643082", type: .region, name: "Nagorno-Karabakh", lat: 39.9, lon: 46.7)
    static let stepanakert = Entity(id: "geonames:174875", type: .city, name: "Stepanakert", country: "AZ", lat: 39.815, lon: 46.752)
    static let baku = Entity(id: "geonames:587084", type: .city, name: "Baku", country: "AZ", lat: 40.409, lon: 49.867)
    static let yerevan = Entity(id: "geonames:616052", type: .city, name: "Yerevan", country: "AM", lat: 40.177, lon: 44.513)
    static let moscow = Entity(id: "geonames:524901", type: .city, name: "Moscow", country: "RU", lat: 55.756, lon: 37.617)
    static let baghdad = Entity(id: "geonames:98182", type: .city, name: "Baghdad", country: "IQ", lat: 33.34, lon: 44.40)
    static let unsc = Entity(id: "org:un-security-council", type: .organization, name: "United Nations Security Council")
    static let un = Entity(id: "org:united-nations", type: .organization, name: "United Nations")
    static let eu = Entity(id: "org:european-union", type: .organization, name: "European Union")
    static let jazeera = Entity(id: "org:al-jazeera", type: .organization, name: "Al Jazeera")
    static let caucasus = Entity(id: "geonames:south-caucasus", type: .region, name: "South Caucasus")

    /// What the entity stage links in Arabic news about the region (names, nisbas, capitals as metonyms).
    static var standard: HandEntities {
        var h = HandEntities()
        h.add(["أذربيجان"], az)
        h.add(["الأذربيجانية", "الأذربيجاني", "أذربيجانية", "أذربيجاني"], az, form: .nisba)
        h.add(["أرمينيا"], am)
        h.add(["الأرمينية", "الأرمنية", "الأرميني", "الأرمني", "أرميني", "أرمينية", "أرمنية", "الأرمن", "أرمن"], am, form: .nisba)
        h.add(["روسيا"], ru)
        h.add(["الروسية", "الروسي", "روسية", "روسي"], ru, form: .nisba)
        h.add(["سوريا", "سورية"], sy)
        h.add(["السوري", "السورية"], sy, form: .nisba)
        h.add(["إسرائيل", "اسرائيل"], il)
        h.add(["الإسرائيلي", "الإسرائيلية", "الاسرائيلي", "الاسرائيلية", "إسرائيلية", "اسرائيلية", "إسرائيليين", "اسرائيليين"], il, form: .nisba)
        h.add(["العراق"], iq)
        h.add(["العراقي", "العراقية", "عراقي", "عراقية"], iq, form: .nisba)
        h.add(["الأميركي", "الأمريكي", "الأميركية", "الأمريكية", "أميركي", "أمريكي"], us, form: .nisba)
        h.add(["ناغورنو كاراباخ", "ناجورنو كاراباخ", "قره باغ", "كاراباخ"], karabakh)
        h.add(["ستيباناكيرت"], stepanakert)
        h.add(["باكو"], baku, form: .metonym)
        h.add(["يريفان"], yerevan, form: .metonym)
        h.add(["موسكو"], moscow, form: .metonym)
        h.add(["بغداد"], baghdad)
        h.add(["مجلس الأمن"], unsc, sector: .international)
        h.add(["الأمم المتحدة"], un, sector: .international)
        h.add(["الاتحاد الأوروبي"], eu, sector: .international)
        h.add(["الجزيرة"], jazeera, sector: .media)
        h.add(["جنوب القوقاز"], caucasus)
        return h
    }
}

func runEvents(_ text: String, published: String? = "2023-09-19", entities: HandEntities = Gaz.standard)
    -> (statements: [Statement], events: [Event], contradictions: [Contradiction]) {
    EventStage().run(text: text, sentences: testSentences(text), published: published, entities: entities.layer(for: text))
}
