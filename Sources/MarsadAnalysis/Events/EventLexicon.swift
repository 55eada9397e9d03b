import Foundation
import MarsadText

/// A reporting word: a verb form, a participle ("مشيرا") or a masdar ("إعلان") of a reporting verb.
struct ReportingCue: Sendable {
    enum Form: UInt8, Sendable { case verb, participle, masdar }
    let lemma: String
    let stance: Stance
    let form: Form
    /// The lemma's folded key, computed once at load ("حث", "حمل" for the rules that ask for them).
    let lemmaKey: WordKey

    init(lemma: String, stance: Stance, form: Form) {
        self.lemma = lemma; self.stance = stance; self.form = form
        lemmaKey = ArabicFold.key(lemma)
    }
}

/// An event word: what PLOVER type it codes, and how it may be used.
struct EventCue: Sendable {
    enum Kind: String, Sendable { case verb, noun, injure, light }
    let kind: Kind
    let lemma: String
    let plover: String
    let mode: String?
    let cameo: String
    /// A weapon word must stand near ("انفجرت عبوة"), else the word is figurative ("انفجر الوضع").
    let needsWeapon: Bool
    /// The masdar or event noun of the verb, rather than a finite form.
    let nominal: Bool
    /// A word of this class must stand near, else the verb means something else: a word of punishment for a
    /// sentence ("حكمت المحكمة على … بالسجن", not "حكم البلاد", "قضى ليلته"), an envoy for a summons ("استدعت
    /// الخارجية السفير", not "استدعى الأمر تدخلا"). `EventDocument.readRequirements` applies it.
    var requiredNear: WordClass? = nil
    /// Classes (`WordClass.bit`s) no word of which may follow within five words, else the verb means something
    /// else: "طعن في قرار" is an appeal, not a stabbing; "أضرم النار في نفسه" a self-immolation, no attack.
    var excludedNear: UInt64 = 0
}

extension EventCue {
    /// The `requires` column's values that name a word class ("weapon" is read apart, by `needsWeapon`).
    /// ("armed": a weapon after the verb, further than `needsWeapon` looks: "رشق متظاهرون غاضبون قوات الأمن بالحجارة")
    static let requirements: [String: WordClass] = ["sentence": .punishment, "envoy": .envoy, "relations": .relations, "armed": .weapon,
                                                    "holdings": .holdings]

    /// The `requires` column: comma-separated; "weapon", a requirement's name, or "!" and a word class's name
    /// (a class that must not follow).
    static func readRequires(_ column: String) -> (weapon: Bool, required: WordClass?, excluded: UInt64) {
        var weapon = false, required: WordClass? = nil, excluded: UInt64 = 0
        for part in column.split(separator: ",") {
            if part == "weapon" { weapon = true }
            else if part.first == "!", let c = WordClass(name: String(part.dropFirst())) { excluded |= c.bit }
            else if let c = requirements[String(part)] { required = c }
        }
        return (weapon, required, excluded)
    }
}

extension EventLexicon {
    /// Masculine nouns of an office or a profession whose feminine (+ة) names a woman holding it, as heads
    /// (folded, without the article).
    static let officeNouns: WordKeySet = ["وزير", "رئيس", "سفير", "متحدث", "ناطق", "ممثل", "مندوب", "مسؤول", "مفوض", "نائب",
                                          "مبعوث", "منسق", "مدير", "زعيم", "قاضي", "محامي", "طبيب", "ناشط", "مستشار", "استاذ"]
}

/// Head of an actor phrase ("وزارة الدفاع"), matched word by word on article-less keys.
struct ActorHead: Sendable {
    enum Kind: String, Sendable { case institution, group, person, speaker, media }
    let words: [WordKey]
    let sector: Sector
    let label: String
    let kind: Kind
    /// The state whose people the noun itself names ("مستوطنون": Israel), from the lexicon's fifth column.
    var country: String? = nil
    /// A sound plural in the construct state, derived from its ـون form: "مسلحو", "مسلحي" ("مسلحي الحركة",
    /// "مستوطني براخة"). The word after it is its genitive, whatever its prefix.
    var construct = false
}

/// The event stage's lexicons, loaded once from `Resources/lexicons/*.tsv` (built by
/// scripts/build_lexicons.py) and compiled to hash lookups of folded keys. Verb lexicon entries are lemmas
/// with their principal parts; the inflected forms are generated here by Arabic conjugation patterns.
final class EventLexicon: Sendable {
    static let shared = EventLexicon()

    let reporting: WordKeyTable<ReportingCue>
    let events: WordKeyTable<[EventCue]>
    /// Imperfective (present) forms of the event verbs, and their past forms: "تظاهر" is past, "تقتل" present.
    let presentForms: WordKeySet
    let pastForms: WordKeySet
    /// Actor heads by their first word's key.
    let heads: WordKeyTable<[ActorHead]>
    /// Who "الاحتلال" names, by territory and date.
    let occupations: Occupations
    /// Dual forms of person heads ("متظاهران", "جنديين", "امرأتين"): an adjective after them is dual too.
    let dualHeads: WordKeySet
    /// Closed-class words: for each key, the bits (`WordClass.bit`) of the classes it belongs to.
    let classMask: WordKeyTable<UInt64>
    /// Valued words by class: months, weekdays, numbers, relative days, periods.
    let values: ClassValues
    /// Multi-word valued entries ("كانون الثاني") by class, as word-key sequences.
    let phrases: [WordClass: [([WordKey], String)]]
    /// `annotation` of the most frequent Arabic word forms of news text, computed at load: the index of
    /// the word's entry in `commonAnnotations`, where 0 is the empty annotation most words have (so
    /// those words never read an entry).
    let common: WordKeyTable<Int32>
    let commonAnnotations: [Annotation]

    /// The lexicons of `bundle`, with the answers for the 16,000 most frequent news words precomputed.
    convenience init(bundle: Bundle = .module) {
        let base = EventLexicon(tablesFrom: bundle)
        var common: [WordKey: Int32] = [:]
        var annotations = [Annotation.empty]
        for word in CommonArabicWords.mostFrequent(16_000) {
            let k = ArabicFold.key(word)
            guard common[k] == nil else { continue }
            let a = base.annotation(k)
            if a.isEmpty { common[k] = 0 } else { annotations.append(a); common[k] = Int32(annotations.count - 1) }
        }
        self.init(copying: base, common: WordKeyTable(common), annotations: annotations)
    }

    private init(copying b: EventLexicon, common: WordKeyTable<Int32>, annotations: [Annotation]) {
        reporting = b.reporting; events = b.events; presentForms = b.presentForms; pastForms = b.pastForms
        heads = b.heads; dualHeads = b.dualHeads; classMask = b.classMask; values = b.values; phrases = b.phrases
        occupations = b.occupations
        self.common = common; self.commonAnnotations = annotations
    }

    /// The lexicons of `bundle` alone.
    private init(tablesFrom bundle: Bundle) {
        func load(_ name: String) -> [[String]] {
            guard let url = bundle.url(forResource: name, withExtension: "tsv", subdirectory: "Resources/lexicons")
                ?? bundle.url(forResource: name, withExtension: "tsv", subdirectory: "lexicons")
                ?? bundle.url(forResource: name, withExtension: "tsv"),
                  let text = try? String(contentsOf: url, encoding: .utf8)
            else { fatalError("MarsadAnalysis resource lexicons/\(name).tsv is missing from the bundle") }
            return TextLines.lines(text, droppingComments: true).map { line in TextLines.fields(line).map(String.init) }
        }

        // generated forms that are, in news, another word: "مدينة" is a city before it is "condemning"
        let functionWords = load("function-words")
        let homographs = Set(functionWords.filter { $0.count >= 2 && $0[0] == "homograph" }.map { ArabicFold.key($0[1]) })
        var reporting: [WordKey: ReportingCue] = [:]
        for row in load("reporting-cues") where row.count >= 4 {
            guard let stance = Stance(rawValue: row[3]) else { continue }
            let past = row[0], present = row[1].isEmpty ? Conjugation.derivedPresent(past) : row[1]
            for f in Conjugation.pastForms(past) + Conjugation.presentForms(present) where !homographs.contains(ArabicFold.key(f)) {
                reporting[ArabicFold.key(f)] = ReportingCue(lemma: past, stance: stance, form: .verb)
            }
            let participles = row.count > 4 && !row[4].isEmpty ? Conjugation.formIParticiples(row[4])
                : present.map { $0.count >= 4 ? Conjugation.participles($0) : [] } ?? []
            for f in participles where reporting[ArabicFold.key(f)] == nil && !homographs.contains(ArabicFold.key(f)) {
                reporting[ArabicFold.key(f)] = ReportingCue(lemma: past, stance: stance, form: .participle)
            }
            for m in row[2].split(separator: ",") where !m.isEmpty {
                let k = ArabicFold.key(String(m))
                if reporting[k] == nil { reporting[k] = ReportingCue(lemma: past, stance: stance, form: .masdar) }
            }
        }
        // "قيل" and "أفيد": passive of hollow verbs is not derivable from the active skeleton.
        reporting[ArabicFold.key("قيل")] = ReportingCue(lemma: "قال", stance: .assert, form: .verb)
        reporting[ArabicFold.key("أفيد")] = ReportingCue(lemma: "أفاد", stance: .assert, form: .verb)

        var events: [WordKey: [EventCue]] = [:]
        var presentForms = Set<WordKey>(), pastForms = Set<WordKey>()
        for row in load("event-cues") where row.count >= 8 {
            guard let kind = EventCue.Kind(rawValue: row[0]) else { continue }
            let plover = row[5], mode = row[6].isEmpty ? nil : row[6], cameo = row[4]
            let (weapon, required, excluded) = EventCue.readRequires(row[7])
            let lemma = row[1].isEmpty ? (row[3].split(separator: ",").first.map(String.init) ?? "") : row[1]
            func add(_ form: String, nominal: Bool) {
                let k = ArabicFold.key(form)
                let cue = EventCue(kind: kind, lemma: lemma, plover: plover, mode: mode, cameo: cameo, needsWeapon: weapon, nominal: nominal,
                                   requiredNear: required, excludedNear: excluded)
                if !(events[k]?.contains { $0.kind == kind && $0.nominal == nominal } ?? false) { events[k, default: []].append(cue) }
            }
            if !row[1].isEmpty {
                let present = row[2].isEmpty ? Conjugation.derivedPresent(row[1]) : row[2]
                for f in Conjugation.pastForms(row[1]) { add(f, nominal: false); pastForms.insert(ArabicFold.key(f)) }
                for f in Conjugation.presentForms(present) { add(f, nominal: false); presentForms.insert(ArabicFold.key(f)) }
            }
            for m in row[3].split(separator: ",") where !m.isEmpty {
                add(String(m), nominal: true)
                if m.hasSuffix("ة") { add(String(m.dropLast()) + "ات", nominal: true) }     // sound feminine plural
            }
        }

        // a homograph written whole is its own word, not a clitic on a cue ("وحيد", alone, is not و + "حيّد")
        for h in homographs where events[h] == nil { events[h] = [] }

        var heads: [WordKey: [ActorHead]] = [:]
        var constructs: [(WordKey, ActorHead)] = []
        for row in load("actor-heads") where row.count >= 4 {
            guard let sector = Sector(rawValue: row[1]), let kind = ActorHead.Kind(rawValue: row[3]) else { continue }
            let words = row[0].split(separator: " ").map { EventLexicon.stripArticle(ArabicFold.key(String($0))) }
            guard let first = words.first else { continue }
            let country = row.count >= 5 && !row[4].isEmpty ? row[4] : nil
            heads[first, default: []].append(ActorHead(words: words, sector: sector, label: row[2], kind: kind, country: country))
            // the construct state of a sound masculine plural drops its ن: مسلحون → مسلحو (nominative), مسلحي
            // (accusative/genitive). Only a ـون entry is sure to be a plural ("شخصين" is a dual, and "شخصي" an adjective).
            if words.count == 1, kind == .group, first.count >= 5, first.hasSuffix("ون") {
                let stem = first.dropLast(2)
                for construct in [stem + "و", stem + "ي"] {
                    constructs.append((construct, ActorHead(words: [construct], sector: sector, label: row[2], kind: kind, country: country, construct: true)))
                }
            }
        }
        // a woman holds the office a masculine person noun names: "وزيرة الخارجية", "مسؤولة أمريكية", "سفيرة",
        // "المفوضة الأوروبية" (an entry of its own, "رئيسة", "المتحدثة", stands)
        // (only nouns of an office or a profession: the feminine of many other heads is another word, "محافظة" a
        // governorate, "مدرسة" a school, "مستوطنة" a settlement, "مسلحة" and "انتحارية" adjectives)
        var feminines: [(WordKey, ActorHead)] = []
        for (k, hs) in heads where EventLexicon.officeNouns.contains(k) {
            for h in hs where h.kind == .person || h.kind == .speaker {
                let form = k + "ة"
                let words = [form] + h.words.dropFirst()
                guard !(heads[form] ?? []).contains(where: { $0.words == words }),
                      !feminines.contains(where: { $0.0 == form && $0.1.words == words }) else { continue }
                feminines.append((form, ActorHead(words: words, sector: h.sector, label: h.label, kind: h.kind, country: h.country)))
            }
        }
        for (k, h) in feminines { heads[k, default: []].append(h) }
        // the dual of a singular person noun names two of them: "متظاهران", "جنديين", "ناشطتان"
        var duals: [(WordKey, ActorHead)] = []
        for (k, hs) in heads {
            guard let h = hs.first(where: { $0.words.count == 1 && ($0.kind == .person || $0.kind == .group) }), k.count >= 3,
                  !["ون", "ين", "ان", "ات"].contains(where: { k.hasSuffix($0) }), !k.hasSuffix("ا"), !k.hasSuffix("و") else { continue }
            let stem = k.hasSuffix("ة") ? k.dropLast(1) + "ت" : k
            for form in [stem + "ان", stem + "ين"] where heads[form] == nil {
                duals.append((form, ActorHead(words: [form], sector: h.sector, label: h.label, kind: .group, country: h.country)))
            }
        }
        for (k, h) in duals where heads[k] == nil { heads[k] = [h] }
        for (k, h) in constructs {
            if heads[k] == nil { heads[k] = [h] } else { for n in heads[k]!.indices where heads[k]![n].words.count == 1 { heads[k]![n].construct = true } }
        }
        for k in heads.keys { heads[k]!.sort { $0.words.count > $1.words.count } }

        var classMask: [WordKey: UInt64] = [:]
        var values: [WordClass: [WordKey: String]] = [:]
        var phrases: [WordClass: [([WordKey], String)]] = [:]
        for row in functionWords where row.count >= 2 {
            guard let cls = WordClass(name: row[0]) else {
                fatalError("lexicons/function-words.tsv: unknown class \(row[0]); add it to WordClass")
            }
            let value = row.count > 2 ? row[2] : ""
            let parts = row[1].split(separator: " ").map { ArabicFold.key(String($0)) }
            if parts.count > 1 {
                phrases[cls, default: []].append((parts, value))
            } else if let k = parts.first {
                classMask[k, default: 0] |= cls.bit
                if !value.isEmpty { values[cls, default: [:]][k] = value }
            }
        }
        // and counts two: a nominative dual in ـان is never a plural ("متظاهران" = 2; ـين may be either)
        for (k, _) in duals where k.hasSuffix("ان") && values[.dual]?[k] == nil {
            classMask[k, default: 0] |= WordClass.dual.bit
            values[.dual, default: [:]][k] = "2"
        }
        self.dualHeads = WordKeySet(Set(duals.map(\.0)).union(values[.dual]?.keys.map { $0 } ?? []))
        self.reporting = WordKeyTable(reporting); self.events = WordKeyTable(events); self.heads = WordKeyTable(heads)
        self.presentForms = WordKeySet(presentForms); self.pastForms = WordKeySet(pastForms)
        self.values = ClassValues(values); self.phrases = phrases
        var starts = Set<WordKey>()
        for cls in [WordClass.month, .hijrimonth, .relday, .weekday, .period, .ordinal] {
            for (k, m) in classMask where m & cls.bit != 0 { starts.insert(k) }
            for (parts, _) in phrases[cls] ?? [] { starts.insert(parts[0]); starts.insert(EventLexicon.stripArticle(parts[0])) }
        }
        for k in starts { classMask[k, default: 0] |= WordClass.dateStart.bit }
        self.classMask = WordKeyTable(classMask)
        self.occupations = Occupations(rows: load("occupations"))
        self.common = WordKeyTable([:]); self.commonAnnotations = [.empty]
    }

    func isClass(_ cls: WordClass, _ key: WordKey) -> Bool { (classMask[key] ?? 0) & cls.bit != 0 }

    // MARK: clitic-aware lookups

    /// Strip the definite article ("ال", "لل" after a preposition has been removed).
    static let article: WordKey = "ال"
    static let lil: WordKey = "لل"
    /// Letter codes (`WordKey.code`: scalar − U+0620) written as integer literals, so that the compiler
    /// initialises them statically: the clitic readings of every word test them, and a computed
    /// initialiser would put a `swift_once` call behind each test. `WordKeyTableTests` checks them.
    static let waw: UInt8 = 0x28, fa: UInt8 = 0x21, ba: UInt8 = 0x08, lam: UInt8 = 0x24, kaf: UInt8 = 0x23,
               sin: UInt8 = 0x13, ya: UInt8 = 0x2A, ta: UInt8 = 0x0A, nun: UInt8 = 0x26, alef: UInt8 = 0x07, mim: UInt8 = 0x25
    static let objectSuffixes: [WordKey] = ["هما", "هم", "هن", "ها", "ه", "كم", "نا"]

    static func stripArticle(_ k: WordKey) -> WordKey {
        if k.count > 3, k.hasPrefix(article) { return k.dropFirst(2) }
        return k
    }

    /// Keys a verb form may stand for: as written, without و/ف, without the future س.
    static func verbKeys(_ k: WordKey) -> [WordKey] {
        var out: [WordKey] = []
        out.reserveCapacity(6)
        forEachVerbKey(k) { out.append($0); return false }
        return out
    }

    /// Visits the keys `verbKeys` lists, in its order, without building the list; `body` returns true to stop.
    @inline(__always)
    static func forEachVerbKey(_ k: WordKey, _ body: (WordKey) -> Bool) {
        if body(k) { return }
        var base = k
        // و/ف on a verb of two written letters too: "وشن" (doubled شنّ), "وحث"
        if base.count >= 3, let f = base.first, f == waw || f == fa { base = base.dropFirst(); if body(base) { return } }
        if base.count > 3, base.first == sin, let second = base.count > 1 ? base[1] : nil, second == ya || second == ta || second == nun {
            if body(base.dropFirst()) { return }
        }
        // object pronoun suffix on a verb ("اتهمها", "استهدفتهم")
        for suffix in objectSuffixes {
            if k.count > suffix.count + 2 && k.hasSuffix(suffix) { if body(k.dropLast(suffix.count)) { return } }
            if base.count != k.count, base.count > suffix.count + 2 && base.hasSuffix(suffix) { if body(base.dropLast(suffix.count)) { return } }
        }
        // a final ى is written ا before the pronoun: "نفاه" (نفى), "رماها" (رمى)
        for suffix in objectSuffixes where base.count > suffix.count + 2 && base.hasSuffix(suffix) {
            let stem = base.dropLast(suffix.count)
            if stem.last == alef, body(stem.dropLast() + yaKey) { return }
        }
    }
    static let yaKey: WordKey = "ي"

    /// Keys a noun may stand for: without و/ف, without ب/ل/ك, without the article.
    static func nounKeys(_ k: WordKey) -> [WordKey] {
        var out: [WordKey] = []
        out.reserveCapacity(6)
        forEachNounKey(k) { out.append($0); return false }
        return out
    }

    /// Visits the keys `nounKeys` lists, in its order, without building the list; `body` returns true to stop.
    @inline(__always)
    static func forEachNounKey(_ k: WordKey, _ body: (WordKey) -> Bool) {
        if body(k) { return }
        var base = k
        if base.count > 3, let f = base.first, f == waw || f == fa { base = base.dropFirst(); if body(base) { return } }
        if base.count > 3, base.hasPrefix(lil) { _ = body(base.dropFirst(2)); return }
        if base.count > 3, let f = base.first, f == ba || f == lam || f == kaf {
            let b = base.dropFirst()
            if body(b) { return }
            if body(stripArticle(b)) { return }
        }
        let last = stripArticle(base)
        if body(last) { return }
        // accusative indefinite: "هجوما", "قتيلا" (the tanween alef)
        if last.count > 3, last.last == alef, last[last.count - 2] != alef { _ = body(last.dropLast()) }
    }

    /// Feminine 3rd-person form of a verb of lemma `lemma` ("قالت", "تقول"), nil when it cannot tell.
    static let taKey: WordKey = "ت"

    /// Masculine 3rd-person singular form ("اتهم", "يتهم"): its subject right after it cannot be a feminine name.
    static func isMasculineVerb(_ key: WordKey, lemma: String) -> Bool {
        let lk = ArabicFold.key(lemma)
        for k in verbKeys(key).prefix(2) {
            if k == lk { return true }
            if k.first == ya, lk.first != ya { return true }
        }
        return false
    }

    static func isFeminineVerb(_ key: WordKey, lemma: String) -> Bool {
        let lk = ArabicFold.key(lemma)
        for k in verbKeys(key).prefix(2) {
            if k == lk + taKey { return true }
            if let l = lk.last, l == ya || l == alef, k == lk.dropLast() + taKey { return true }
            if k.first == ta, lk.first != ta, k.count >= lk.count { return true }
        }
        return false
    }

    /// An imperfective form that is not also a past form.
    func isImperfective(_ key: WordKey) -> Bool {
        let keys = EventLexicon.verbKeys(key)
        return keys.contains { presentForms.contains($0) } && !keys.contains { pastForms.contains($0) }
    }

    func reportingCue(_ key: WordKey) -> ReportingCue? {
        var found: ReportingCue? = nil
        EventLexicon.forEachVerbKey(key) { k in found = reporting[k]; return found != nil }
        if found != nil { return found }
        EventLexicon.forEachNounKey(key) { k in
            if let c = reporting[k], c.form != .verb { found = c; return true }
            return false
        }
        return found
    }

    /// Event cues of a word. A word with the article or a preposition ("القتل", "بالخطف") is a noun: only
    /// nominal cues (masdars, event nouns) are returned for it, never the verb of the same skeleton.
    func eventCues(_ key: WordKey) -> [EventCue] {
        if let c = events[key] { return c }
        var found: [EventCue]? = nil
        var first = true
        EventLexicon.forEachVerbKey(key) { k in
            if first { first = false; return false }        // the key itself, tried above
            guard let c = events[k] else { return false }
            // an object pronoun only on a transitive event verb ("قتلها"); "تعرضه" is a masdar with a possessive
            if !key.hasSuffix(k) {
                let transitive = c.filter { $0.kind == .verb && !$0.nominal }
                if transitive.isEmpty { return false }
                found = transitive; return true
            }
            found = c; return true
        }
        if let found { return found }
        first = true
        EventLexicon.forEachNounKey(key) { k in
            if first { first = false; return false }
            if let c = events[k] {
                let nominal = c.filter { $0.nominal || $0.kind == .noun }
                if !nominal.isEmpty { found = nominal; return true }
            }
            return false
        }
        return found ?? []
    }

    /// The class members a word may be, trying its clitic-stripped keys.
    func inClass(_ cls: WordClass, _ key: WordKey) -> Bool {
        let bit = cls.bit
        return EventLexicon.firstNounKey(key) { (classMask[$0] ?? 0) & bit != 0 } != nil
    }

    /// The classes any of a noun's keys belongs to (`inClass` for every class at once).
    func nounClasses(_ key: WordKey) -> UInt64 {
        var mask: UInt64 = 0
        _ = EventLexicon.firstNounKey(key) { mask |= classMask[$0] ?? 0; return false }
        return mask
    }

    /// `value` of an annotated word: nothing to look up unless one of its noun keys is in the class.
    func value(_ cls: WordClass, _ w: EventWord) -> String? {
        w.inClass(cls) ? value(cls, w.key) : nil
    }

    /// What the lexicon says of one word key: everything `annotate` records.
    struct Annotation: Sendable {
        let classes: UInt64
        let nounClasses: UInt64
        let cues: [EventCue]
        let reporting: ReportingCue?

        static let empty = Annotation(classes: 0, nounClasses: 0, cues: [], reporting: nil)
        var isEmpty: Bool { classes == 0 && nounClasses == 0 && cues.isEmpty && reporting == nil }
    }

    func annotation(_ k: WordKey) -> Annotation {
        Annotation(classes: (classMask[k] ?? 0) & ~WordClass.nearOnly, nounClasses: nounClasses(k), cues: eventCues(k), reporting: reportingCue(k))
    }

    /// What the lexicon says of each word, looked up once per document: its classes, its event cues and
    /// its reporting cue (the words get the class masks and flags; the cues come back by word index).
    /// Frequent words are answered from `common`, computed at load; the rest go through every clitic reading.
    func annotate(_ words: inout [EventWord]) -> (cues: [[EventCue]], reporting: [ReportingCue?]) {
        var cues = [[EventCue]](repeating: [], count: words.count)
        var reporting = [ReportingCue?](repeating: nil, count: words.count)
        for i in words.indices {
            let k = words[i].key
            guard !k.isEmpty, words[i].kind == .arabic else { continue }
            let a: Annotation
            if let c = common[k] {
                if c == 0 { continue }          // the fields' defaults are the empty annotation
                a = commonAnnotations[Int(c)]
            } else {
                a = annotation(k)
            }
            words[i].classes = a.classes
            words[i].nounClasses = a.nounClasses
            cues[i] = a.cues
            reporting[i] = a.reporting
            words[i].eventWord = !a.cues.isEmpty
            words[i].reportingWord = a.reporting != nil
        }
        return (cues, reporting)
    }

    func value(_ cls: WordClass, _ key: WordKey) -> String? {
        guard let map = values[cls] else { return nil }
        var out: String? = nil
        _ = EventLexicon.firstNounKey(key) { k in out = map[k]; return out != nil }
        return out
    }

    /// The first of a noun's keys (as `nounKeys` lists them) that satisfies `test`, without building the list.
    @inline(__always)
    static func firstNounKey(_ k: WordKey, _ test: (WordKey) -> Bool) -> WordKey? {
        if test(k) { return k }
        var base = k
        if base.count > 3, let f = base.first, f == waw || f == fa { base = base.dropFirst(); if test(base) { return base } }
        if base.count > 3, base.hasPrefix(lil) { let b = base.dropFirst(2); return test(b) ? b : nil }
        var last = base
        if base.count > 3, let f = base.first, f == ba || f == lam || f == kaf {
            let b = base.dropFirst(); if test(b) { return b }
            let c = stripArticle(b); if test(c) { return c }
            last = c
        }
        let a = stripArticle(base); if test(a) { return a }
        if last.count == base.count { last = a }
        if last.count > 3, last.last == alef, last[last.count - 2] != alef { let d = last.dropLast(); if test(d) { return d } }
        return nil
    }
}

/// Arabic conjugation of a verb from its principal parts (3ms past, 3ms present), on undiacritised
/// spelling: past 3fs/3mp/3fp/3md/3fd, present 3ms/3fs/1p with plural and dual endings, participles.
/// Passives share the undiacritised skeleton of their actives (أُعلن/أعلن, يُعلن/يعلن).
enum Conjugation {
    static func pastForms(_ p: String) -> [String] {
        guard let last = p.last else { return [] }
        if last == "ى" || (last == "ا" && p.count == 3) {           // نفى، ادعى؛ دعا
            let stem = String(p.dropLast())
            let dual = last == "ى" ? stem + "يا" : stem + "وا"
            return [p, stem + "ت", stem + "وا", stem + "تا", dual, stem + "ين", stem + "ون"]
        }
        return [p, p + "ت", p + "وا", p + "ن", p + "ا", p + "تا"]
    }

    static func presentForms(_ r: String?) -> [String] {
        guard let r, r.count >= 3, let first = r.first, first == "ي" else { return [] }
        let body = String(r.dropFirst())
        var out: [String] = []
        for prefix in ["ي", "ت", "ن"] {
            let s = prefix + body
            out.append(s)
            if let l = s.last, l == "ي" || l == "و" {                  // ينفي، يدعو
                let stem = String(s.dropLast())
                out += [stem + "ون", s + "ان", stem + "ين"]
            } else {
                out += [s + "ون", s + "ان", s + "ن", s + "ين"]
            }
        }
        return out
    }

    /// Active participles of derived verbs from the present stem: يشير → مشير، مشيرا، مشيرة، مشيرين، مشيرون.
    static func participles(_ r: String) -> [String] {
        guard r.hasPrefix("ي") else { return [] }
        var stem = "م" + r.dropFirst()
        if stem.hasSuffix("ي") { stem = String(stem.dropLast()) }   // ينفي → منف (rare; kept consistent)
        return [stem, stem + "ا", stem + "ة", stem + "ه", stem + "ين", stem + "ون"]
    }

    /// Active participles of a form I verb from its stem as the lexicon gives it: ذاكر → ذاكر، ذاكرا، ذاكرة،
    /// ذاكرين، ذاكرون; نافي → نافيا، نافية (a defective stem keeps its ي).
    static func formIParticiples(_ stem: String) -> [String] {
        [stem, stem + "ا", stem + "ة", stem + "ين", stem + "ون"]
    }

    /// Present 3ms from the 3ms past by the verb form, for lemmas listed without one:
    /// أفعل → يفعل, افتعل/انفعل → يفتعل, استفعل → يستفعل, تفعّل/تفاعل → يتفعّل, فاعل → يفاعل, فعل → يفعل.
    static func derivedPresent(_ p: String) -> String? {
        let c = Array(p)
        guard c.count >= 3 else { return nil }
        if c.last == "ى" || c.last == "ا" { return nil }             // defective: needs its listed present
        if c.count == 3 {
            if c[1] == "ا" { return nil }                               // hollow: يقول or يبيع
            return "ي" + p
        }
        if c.count == 4, c[0] == "أ" || c[0] == "ا" { return "ي" + String(c.dropFirst()) }
        if c.count >= 5, c[0] == "ا" { return "ي" + String(c.dropFirst()) }
        if c[0] == "ت" || c[1] == "ا" { return "ي" + p }
        return "ي" + p
    }
}
