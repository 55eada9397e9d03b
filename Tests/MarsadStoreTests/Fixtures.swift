import Foundation
import MarsadAnalysis

/// Realistic records written for these tests (not taken from the reference example): Arabic news
/// text with entities, statements and events whose offsets are computed from the text itself.
enum Fixtures {
    /// Code point range of the `occurrence`-th appearance of `needle` in `text`.
    static func span(_ needle: String, in text: String, occurrence: Int = 0) -> Span {
        let h = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        var seen = 0
        for i in 0...(h.count - n.count) where Array(h[i..<i + n.count]) == n {
            if seen == occurrence { return Span(start: i, end: i + n.count) }
            seen += 1
        }
        fatalError("\(needle) not in text")
    }

    static func mention(_ needle: String, in text: String, occurrence: Int = 0) -> Mention {
        let s = span(needle, in: text, occurrence: occurrence)
        return Mention(start: s.start, end: s.end, text: needle)
    }

    /// A fully populated record: every field of the contract set, so a round trip checks them all.
    static var karabakh: Record {
        let text = """
        أعلنت وزارة الدفاع الأذربيجانية بدء عمليات "لمكافحة الإرهاب" في إقليم ناغورنو كاراباخ، فيما اتهمت يريفان باكو بشن هجوم واسع.
        ونفت وزارة الخارجية الأرمينية وجود أي قوات أرمينية في قره باغ، وقالت إن القصف طال مدينة ستيباناكيرت وأسفر عن مقتل مدنيين.
        """
        let s1 = span("أعلنت وزارة الدفاع الأذربيجانية بدء عمليات \"لمكافحة الإرهاب\" في إقليم ناغورنو كاراباخ، فيما اتهمت يريفان باكو بشن هجوم واسع.", in: text)
        let s2Start = s1.end + 1
        let s2 = Span(start: s2Start, end: text.unicodeScalars.count)
        let az = Actor(name: "Ministry of Defence of Azerbaijan", country: "AZ", sector: .military, entity: "iso3166:AZ", text: "وزارة الدفاع الأذربيجانية")
        let am = Actor(name: "Ministry of Foreign Affairs of Armenia", country: "AM", sector: .government, entity: "iso3166:AM", text: "وزارة الخارجية الأرمينية")
        return Record(
            id: "rec-karabakh-1",
            source: Source(uri: "https://www.example-news.az/ar/politics/2023/09/19/karabakh", site: "Example News", canonicalURL: "https://example-news.az/ar/karabakh"),
            title: "أذربيجان تطلق عملية عسكرية في ناغورنو كاراباخ",
            published: "2023-09-19T14:05:00+04:00",
            author: "مراسل الموقع",
            language: "ar",
            text: text,
            removed: ["اترك تعليقا", "رابط المصدر"],
            sentences: [s1, s2],
            quality: [QualityFlag(kind: "broken-quote", start: s1.start + 44, end: s1.start + 46, note: "quote opened inside a clitic")],
            entities: [
                Entity(id: "iso3166:AZ", type: .country, name: "Azerbaijan", nameAr: "أذربيجان", country: "AZ", lat: 40.5, lon: 47.5,
                       mentions: [mention("الأذربيجانية", in: text), mention("باكو", in: text)]),
                Entity(id: "iso3166:AM", type: .country, name: "Armenia", nameAr: "أرمينيا", country: "AM", lat: 40.0, lon: 45.0,
                       mentions: [mention("الأرمينية", in: text), mention("يريفان", in: text)]),
                Entity(id: "geonames:587084", type: .region, name: "Nagorno-Karabakh", nameAr: "ناغورنو كاراباخ", country: "AZ", lat: 39.83, lon: 46.75,
                       mentions: [mention("ناغورنو كاراباخ", in: text), mention("قره باغ", in: text)]),
                Entity(id: "geonames:174875", type: .city, name: "Stepanakert", nameAr: "ستيباناكيرت", country: "AZ", lat: 39.8177, lon: 46.7528,
                       mentions: [mention("ستيباناكيرت", in: text)]),
            ],
            statements: [
                Statement(speaker: az, cue: "أعلنت", stance: .assert, start: s1.start, end: s1.start + 90, sentence: 0,
                          content: Span(start: s1.start + 31, end: s1.start + 90)),
                Statement(speaker: am, cue: "نفت", stance: .deny, start: s2.start, end: s2.end, sentence: 1),
            ],
            events: [
                Event(type: "ASSAULT", mode: "aerial", negated: false, source: az,
                      target: Actor(name: "Civilians", country: "AZ", sector: .civilians, text: "مدنيين"),
                      location: EventLocation(entity: "geonames:174875", name: "Stepanakert", lat: 39.8177, lon: 46.7528),
                      date: "2023-09-19", datePrecision: .day, claimedBy: am, fatalities: 2, injured: 11,
                      sentence: 1, start: s2.start + 60, end: s2.end, confidence: 0.82),
                Event(type: "ACCUSE", negated: false, source: Actor(name: "Armenia", country: "AM", sector: .government, entity: "iso3166:AM", text: "يريفان"),
                      target: Actor(name: "Azerbaijan", country: "AZ", sector: .government, entity: "iso3166:AZ", text: "باكو"),
                      date: "2023-09-19", datePrecision: .day, sentence: 0, start: s1.start + 91, end: s1.end, confidence: 0.7),
            ],
            contradictions: [Contradiction(a: 0, b: 1, about: "military presence in Nagorno-Karabakh")])
    }

    /// Other realistic records for filters: different sites, dates, countries and event types.
    static var others: [Record] {
        let t1 = "تظاهر آلاف المحتجين في العاصمة التونسية أمام مقر البرلمان للمطالبة بإصلاحات اقتصادية، ودعا الاتحاد العام التونسي للشغل إلى إضراب عام."
        let t2 = "استقبل الرئيس الروسي فلاديمير بوتين في موسكو نظيره التركي رجب طيب أردوغان، وبحث الجانبان الأوضاع في سوريا وإقليم ناجورنو كاراباخ."
        let t3 = "Ukrainian officials said Russian forces shelled Kharkiv overnight, killing three civilians, while Moscow denied targeting residential areas."
        let tunisia = Entity(id: "iso3166:TN", type: .country, name: "Tunisia", nameAr: "تونس", country: "TN", mentions: [mention("التونسية", in: t1)])
        let ugtt = Entity(id: "org:ugtt", type: .organization, name: "Tunisian General Labour Union", nameAr: "الاتحاد العام التونسي للشغل", country: "TN",
                          mentions: [mention("الاتحاد العام التونسي للشغل", in: t1)])
        let protesters = Actor(name: "Protesters", country: "TN", sector: .civilians, text: "آلاف المحتجين")
        let r1 = Record(id: "rec-tunis-protest", source: Source(uri: "https://www.jawharafm.net/ar/article/123", site: "Jawhara FM"),
                        title: "احتجاجات أمام البرلمان التونسي", published: "2023-01-15", language: "ar", text: t1,
                        sentences: [Span(start: 0, end: t1.unicodeScalars.count)], entities: [tunisia, ugtt],
                        statements: [Statement(speaker: Actor(name: "Tunisian General Labour Union", country: "TN", sector: .unknown, entity: "org:ugtt", text: "الاتحاد العام التونسي للشغل"),
                                               cue: "دعا", stance: .call, start: span("ودعا", in: t1).start, end: t1.unicodeScalars.count, sentence: 0)],
                        events: [Event(type: "PROTEST", source: protesters, location: EventLocation(entity: "iso3166:TN", name: "Tunis", lat: 36.8065, lon: 10.1815),
                                       date: "2023-01-15", datePrecision: .day, sentence: 0, start: 0, end: span("للمطالبة", in: t1).start, confidence: 0.9)])
        let russia = Entity(id: "iso3166:RU", type: .country, name: "Russia", nameAr: "روسيا", country: "RU", mentions: [mention("الروسي", in: t2)])
        let turkey = Entity(id: "iso3166:TR", type: .country, name: "Turkey", nameAr: "تركيا", country: "TR", mentions: [mention("التركي", in: t2)])
        let putin = Entity(id: "person:vladimir-putin", type: .person, name: "Vladimir Putin", nameAr: "فلاديمير بوتين", country: "RU", mentions: [mention("فلاديمير بوتين", in: t2)])
        let r2 = Record(id: "rec-moscow-meeting", source: Source(uri: "https://arabic.example.ru/news/2023/10/11/meeting"),
                        title: "بوتين يستقبل أردوغان", published: "2023-10-11T09:00:00Z", language: "ar", text: t2,
                        sentences: [Span(start: 0, end: t2.unicodeScalars.count)], entities: [russia, turkey, putin],
                        events: [Event(type: "CONSULT", source: Actor(name: "Vladimir Putin", country: "RU", sector: .government, entity: "person:vladimir-putin", text: "فلاديمير بوتين"),
                                       target: Actor(name: "Recep Tayyip Erdogan", country: "TR", sector: .government, text: "رجب طيب أردوغان"),
                                       location: EventLocation(name: "Moscow", lat: 55.7558, lon: 37.6173), date: "2023-10-11", datePrecision: .day,
                                       sentence: 0, start: 0, end: t2.unicodeScalars.count, confidence: 0.8)])
        let ukraine = Entity(id: "iso3166:UA", type: .country, name: "Ukraine", country: "UA", mentions: [mention("Ukrainian", in: t3)])
        let kharkiv = Entity(id: "geonames:706483", type: .city, name: "Kharkiv", country: "UA", lat: 49.98, lon: 36.25, mentions: [mention("Kharkiv", in: t3)])
        let r3 = Record(id: "rec-kharkiv", source: Source(uri: "https://news.example.com/world/kharkiv", site: "news.example.com"),
                        title: "Kharkiv shelled overnight", published: "2024-02-03", language: "en", text: t3,
                        sentences: [Span(start: 0, end: t3.unicodeScalars.count)], entities: [ukraine, kharkiv],
                        events: [Event(type: "ASSAULT", source: Actor(name: "Russian forces", country: "RU", sector: .military, text: "Russian forces"),
                                       target: Actor(name: "Civilians", country: "UA", sector: .civilians),
                                       location: EventLocation(entity: "geonames:706483", name: "Kharkiv", lat: 49.98, lon: 36.25),
                                       date: "2024-02-03", datePrecision: .day, claimedBy: Actor(name: "Ukrainian officials", country: "UA", sector: .government),
                                       fatalities: 3, sentence: 0, start: 0, end: t3.unicodeScalars.count, confidence: 0.85)])
        return [r1, r2, r3]
    }
}
