import MarsadText
import MarsadKnowledge
/// An actor found in the text, with the words it spans.
struct FoundActor: Sendable {
    var actor: Actor
    var start: Int          // word index
    var end: Int            // word index after the phrase
    /// The head's label ("Ministry of Defence"), for definite anaphora ("الوزارة", "الدفاع").
    var label: String?
    /// The phrase was a possessed head ("قواتها"): its country is the possessor's, set by the caller.
    var possessive: Bool = false
    /// A family name alone resuming an actor named in full before ("وقالت موغيريني"): its gender is that
    /// person's, which the name does not tell.
    var familyName: Bool = false
}

extension FoundActor {
    /// A country or a capital standing for its government: grammatically feminine.
    func isFeminineName(_ layer: EntityLayer, _ mentionAt: [Int?]) -> Bool {
        guard let m = mentionAt[start] else { return false }
        let t = layer.entities[layer.mentions[m].entity].type
        return (t == .country || t == .city) && layer.mentions[m].form != .nisba
    }

    /// Right after a feminine verb, the phrase cannot be its subject: a masculine singular head ("ودعت المجتمع
    /// الدولي"), but not a name alone, which has the gender of what it names ("قالت حماس", "قالت ميركل", "قالت
    /// الأونروا"). (When the subject must be found among earlier actors, a name still counts as masculine: most
    /// people the news names are men, and a feminine noun before is the likelier referent.) After a verb of an
    /// act, a person's name alone is rather its object, the verb's subject unwritten ("لقد قتلتُ دونالد ترمب"):
    /// `personNames: false`.
    func mayNotFollowFeminineVerb(_ words: [EventWord], _ layer: EntityLayer, _ mentionAt: [Int?], personNames: Bool = true) -> Bool {
        if familyName { return false }
        if label == nil, let m = mentionAt[start], layer.mentions[m].form != .nisba,
           (personNames ? [.person, .organization, .group] : [.organization, .group]).contains(layer.entities[layer.mentions[m].entity].type) {
            return false
        }
        return isMasculineSingular(words, layer, mentionAt)
    }

    /// A singular masculine head ("ممثل", "مجلس", "المجتمع"): it cannot be the subject of a feminine verb.
    func isMasculineSingular(_ words: [EventWord], _ layer: EntityLayer, _ mentionAt: [Int?]) -> Bool {
        if let m = mentionAt[start] {
            let t = layer.entities[layer.mentions[m].entity].type
            if t == .country || t == .city || t == .region || t == .place { return false }
        }
        let k = EventLexicon.nounKeys(words[start].key).last ?? words[start].key
        if k.hasSuffix("ة") || k.hasSuffix("ات") || k.hasSuffix("ها") { return false }
        // (by the label's last word: "military sources" are sources)
        return label.map { l in
            let plurals = ActorFinder.pluralLabels
            let last = l.lastIndex(of: " ").map { String(l[l.index(after: $0)...]) } ?? l
            if plurals.contains(l) || plurals.contains(last) { return false }
            // a broken plural takes a feminine verb ("وقالت لجان المقاومة"); a sound masculine plural does not
            return !(ActorFinder.isPluralWord(last) && !k.hasSuffix("ين") && !k.hasSuffix("ون"))
        } ?? true
    }
}

extension ActorFinder {
    /// An English plural of a label ("committees", "tribes"), not a name ("Affairs") nor a singular in -ss.
    static func isPluralWord(_ w: String) -> Bool {
        guard let f = w.unicodeScalars.first, f.properties.isLowercase else { return false }
        return w.hasSuffix("s") && !w.hasSuffix("ss") && !w.contains("'")
    }

    /// Labels (or their last word) of heads that name many and so take a feminine verb ("military sources").
    static let pluralLabels: Set<String> = ["forces", "soldiers", "sources", "websites", "authorities", "gunmen", "rebels", "fighters", "residents",
                                            "civilians", "citizens", "protesters", "students", "workers", "refugees", "children", "officers",
                                            "United Nations", "formations", "separatists", "positions", "factions", "defences", "media outlets"]
}

/// Composes actors from actor phrases: a head from the actor-heads lexicon ("وزارة الدفاع", "قوات حفظ
/// السلام", "المتحدثة باسم") with the country of a linked mention in its phrase (a nisba, a name), or a
/// linked mention alone (a country, a capital standing for its government, an organisation).
/// Relies only on the `EntityLayer` contract: mention spans, entity, form, country, sector.
struct ActorFinder {
    let words: [EventWord]
    let text: ScalarSlice
    let layer: EntityLayer
    /// Mention index covering each word, if any.
    let mentionAt: [Int?]
    let lexicon: EventLexicon
    /// Words inside a resolved date expression ("الأسبوع الماضي", "27 ديسمبر"): they end an actor phrase.
    let inDate: [Bool]
    /// Ids of the entities found by pattern rather than in the gazetteer.
    let patternEntities: Set<String>
    /// The state "الاحتلال" names in this article (`Occupations`), if any.
    let occupier: String?

    init(words: [EventWord], text: ScalarSlice, layer: EntityLayer, lexicon: EventLexicon, dates: [ResolvedDate] = [], occupier: String? = nil) {
        self.words = words; self.text = text; self.layer = layer; self.lexicon = lexicon; self.occupier = occupier
        var dated = [Bool](repeating: false, count: words.count)
        var d = 0
        for (i, w) in words.enumerated() {
            while d < dates.count, dates[d].end <= w.start { d += 1 }
            if d < dates.count, dates[d].start <= w.start { dated[i] = true }
        }
        self.inDate = dated
        var at = [Int?](repeating: nil, count: words.count)
        var m = 0
        let mentions = layer.mentions
        for (i, w) in words.enumerated() {
            while m < mentions.count, mentions[m].end <= w.start { m += 1 }
            if m < mentions.count, mentions[m].start < w.end, w.start < mentions[m].end { at[i] = m }
        }
        self.mentionAt = at
        self.patternEntities = Set(mentions.lazy.filter { $0.form == .pattern }.map { layer.entities[$0.entity].id })
    }

    static let boundaryClasses = WordClass.stop.bit | WordClass.complementizer.bit | WordClass.target.bit
        | WordClass.cause.bit | WordClass.attribution.bit

    /// Words that end an actor phrase.
    func isBoundary(_ i: Int) -> Bool {
        let w = words[i]
        if w.kind == .punctuation || w.kind == .number { return true }
        let k = w.key
        // a conjunction written apart ("قتل طفل و أصيب 7 آخرون")
        if k == ActorFinder.wawKey { return true }
        // a time adverbial follows the subject: "مسلحون مساء الخميس", "القوات فجر اليوم"
        if w.isClass(.daytime) || lexicon.value(.weekday, w) != nil || inDate[i] { return true }
        if w.classes & ActorFinder.boundaryClasses != 0 { return true }
        // "أعلن الجيش أنه …": a complementizer with its pronoun ends the subject too
        if EventCoder.pronounComplementizers.contains(k) || ActorFinder.andThatPronouns.contains(k) { return true }
        if mentionAt[i] == nil, lexicon.headMatch(words, at: i) == nil {
            if w.reportingWord || w.eventWord { return true }
            // a count begins the next noun phrase: "القوات الأميركية | ثلاثة مسلحين"
            if w.kind == .arabic, NumberReader(lexicon: lexicon).read(words, at: i) != nil { return true }
            if k.hasPrefix("ب"), k.count > 3 { return true }      // "بإغلاق", "بسماع": a prepositional complement
        }
        return false
    }

    static let possessives: [WordKey] = ["هم", "ها", "ه"]
    static let wawKey: WordKey = "و"
    /// Endings of adjectives (nisbas, feminines, plurals, elatives) that may follow a name and agree with it.
    static let agreeingEndings: [WordKey] = ["ي", "ة", "ى", "ون", "ين", "ات", "ان"]
    static let taKey: WordKey = "ت", taMarbutaKey: WordKey = "ة"
    /// Adjectives of human plurals that take no ـون/ـين: "المسلحون الأجانب", "المقاتلون الأكراد".
    static let brokenPluralAdjectives: WordKeySet = ["الأجانب", "الأكراد", "العرب", "الأتراك", "الأفغان", "الشيشان", "الجدد", "الكبار",
                                                     "الصغار", "الشباب", "القدامى", "الأسرى"]
    static let basim: WordKey = "باسم"
    static let sameWords: WordKeySet = ["نفس", "ذات"]
    static let issuedKeys: WordKeySet = ["صادر", "صادرة", "صدر", "الصادر", "الصادرة"]
    /// "باسم" with a pronoun: "المتحدث باسمها" speaks for the body named before.
    static let inItsName: WordKeySet = ["باسمه", "باسمها", "باسمهم", "باسمهما"]

    /// The word carries the article, behind its clitics too: "الأمم", "للأمم" (ل + ال), "وبالقوات".
    static func isDefinite(_ k: WordKey) -> Bool {
        var b = k
        if b.count > 3, b.hasPrefix("و") || b.hasPrefix("ف") { b = b.dropFirst() }
        if b.hasPrefix(EventLexicon.article) || (b.count > 3 && b.hasPrefix("لل")) { return true }
        return b.count > 3 && (b.hasPrefix("ب") || b.hasPrefix("ك")) && b.dropFirst().hasPrefix(EventLexicon.article)
    }
    static let nunatedEndings: [WordKey] = ["ون", "ين", "ان"]
    static let andThatPronouns: WordKeySet = ["وانه", "وانها", "وانهم"]
    static let adjectiveEndings: [WordKey] = ["ي", "ية"]
    static let pluralEndings: [WordKey] = ["ين", "ون", "ات"]

    /// Whether `next` can be an adjective agreeing with the singular adjective `previous` ("الفرنسية الجديدة",
    /// "الأمريكي الخاص"); a word that is not a singular adjective in ـي/ـية constrains nothing.
    static func agreesWithAdjective(_ previous: WordKey, _ next: WordKey) -> Bool {
        if previous.hasSuffix("ية") { return next.hasSuffix("ة") }
        if previous.hasSuffix("ي") { return !next.hasSuffix("ة") && !pluralEndings.contains { next.hasSuffix($0) } }
        return true
    }

    /// A nisba word (linked as one) that names people by itself: a plural or dual ("الإسرائيليين", "عراقيون",
    /// "عراقيات", "أمريكيان", "جورجيتين"), a broken plural, which has no adjective ending at all ("الأفغان"),
    /// or the indefinite accusative, which stands alone as an object or a counted noun ("خطفوا أميركيًا",
    /// "13 إثيوبيًا"). The nominative/genitive singular ("الأمريكي", "الروسية") is read as an adjective.
    func namesPeople(_ k: WordKey) -> Bool {
        !ActorFinder.adjectiveEndings.contains { k.hasSuffix($0) }
    }

    /// The head starting at word `i`, the index after it and whether it carries a possessive pronoun.
    func head(at i: Int) -> (ActorHead, Int, Bool)? {
        if let (h, n) = lexicon.headMatch(words, at: i) {
            // "احتلت المركز الأول": a rank, not a centre that acts
            if n < words.count, ActorFinder.ranks.contains(words[n].key), h.label == "centre" { return nil }
            return (h, n, false)
        }
        // possessed head: "قواتها", "جنوده", "مواقعها"
        let k = words[i].key
        for suffix in ActorFinder.possessives where k.count > suffix.count + 2 && k.hasSuffix(suffix) {
            // (a noun in ة writes it ت before the pronoun: "مدفعيته", "حكومته")
            let stem = k.dropLast(suffix.count)
            var base = EventLexicon.nounKeys(stem)
            if stem.hasSuffix(ActorFinder.taKey) { base += EventLexicon.nounKeys(stem.dropLast() + ActorFinder.taMarbutaKey) }
            for b in base {
                guard let hs = lexicon.heads[b] else { continue }
                for h in hs where h.kind != .media && i + h.words.count <= words.count {
                    // "مواقعها العسكرية": the rest of a multi-word head follows the possessed word
                    let rest = h.words.dropFirst().enumerated().allSatisfy { (n, hw) in
                        EventLexicon.nounKeys(words[i + 1 + n].key).contains(hw)
                    }
                    if rest { return (h, i + h.words.count, true) }
                }
            }
        }
        return nil
    }

    /// A word with the article that no mention covers and that is the last word of a group or organisation the
    /// text named before in two words or more ("الشباب" after "حركة الشباب"): that body's mention.
    func groupByLastWord(at j: Int) -> LinkedMention? {
        guard j < words.count, words[j].kind == .arabic, mentionAt[j] == nil, words[j].key.hasPrefix(EventLexicon.article),
              words[j].key.count > 4 else { return nil }
        for m in layer.mentions.reversed() where m.end <= words[j].start {
            let e = layer.entities[m.entity]
            guard e.type == .group || e.type == .organization else { continue }
            let mentionText = text[m.start..<m.end]
            guard let last = mentionText.split(separator: " ").last, mentionText.contains(" "),
                  ArabicFold.key(String(last)) == words[j].key else { continue }
            return m
        }
        return nil
    }

    /// "عناصر الكتائب" after "كتائب حزب الله": a definite word no mention covers that is, without its article, the
    /// first word of a group named before in two words or more (and no actor head of its own, as "الجيش" is).
    func groupByFirstWord(at j: Int) -> LinkedMention? {
        guard j < words.count, words[j].kind == .arabic, mentionAt[j] == nil, words[j].key.hasPrefix(EventLexicon.article),
              words[j].key.count > 5 else { return nil }
        let bare = EventLexicon.stripArticle(words[j].key)
        guard lexicon.heads[bare] == nil, lexicon.heads[words[j].key] == nil else { return nil }
        for m in layer.mentions.reversed() where m.end <= words[j].start {
            guard layer.entities[m.entity].type == .group else { continue }
            let mentionText = text[m.start..<m.end]
            guard mentionText.contains(" "), let first = mentionText.split(separator: " ").first,
                  ArabicFold.key(String(first)) == bare else { continue }
            return m
        }
        return nil
    }

    func entityActor(_ m: LinkedMention) -> Actor {
        let e = layer.entities[m.entity]
        var sector = m.sector
        if sector == nil {
            switch e.type {
            case .country, .city: sector = .government
            case .region, .place: sector = nil
            default: sector = nil
            }
        }
        return Actor(name: e.name, country: m.country ?? e.country, sector: sector, entity: e.id, text: text[m.start..<m.end])
    }

    /// The actor phrase starting at word `i`, within `[i, hi)`.
    func phrase(at i: Int, limit hi: Int, depth: Int = 0) -> FoundActor? {
        // a known name set in quotes is the actor, and the closing mark is part of it: «حماس», "المقاومة الإسلامية في
        // العراق" (a quoted phrase the gazetteer does not know is more often words quoted: اعتبرها "مصدر خيبة أمل")
        if i + 2 < hi, isQuote(i, ActorFinder.openingQuotes) {
            guard var a = phrase(at: i + 1, limit: hi, depth: depth), a.end < hi, isQuote(a.end, ActorFinder.closingQuotes) else { return nil }
            if a.actor.entity == nil {
                // "حيدت خمسة "إرهابيين" من حزب العمال الكردستاني": one word for people in scare quotes is that
                // group, and a body after من/في is theirs ("مصدر خيبة أمل" in quotes names no one)
                guard a.end == i + 2, let (h, _) = lexicon.headMatch(words, at: i + 1), h.kind == .group else { return nil }
                a.end += 1
                if depth < 2, a.end + 1 < hi, ActorFinder.memberPrepositions.contains(words[a.end].key), !isPlaceName(at: a.end + 1),
                   let inner = phrase(at: skipQuotes(a.end + 1, hi), limit: hi, depth: depth + 1),
                   inner.actor.entity != nil || inner.actor.country != nil {
                    var actor = inner.actor
                    actor.text = text[words[i].start..<words[inner.end - 1].end]
                    if h.sector != .unknown, actor.entity == nil || actor.sector == nil { actor.sector = h.sector }
                    return FoundActor(actor: actor, start: i, end: inner.end, label: h.label)
                }
                a.start = i
                return a
            }
            a.end += 1
            return a
        }
        // "نفس المصدر", "ذات المصادر": the same one, resumed (EventDocument.resolveAnaphora)
        if i + 1 < hi, ActorFinder.sameWords.contains(words[i].key), words[i + 1].key.hasPrefix(EventLexicon.article),
           var a = headedPhrase(at: i + 1, limit: hi, depth: depth), a.label != nil {
            a.start = i
            a.actor.text = text[words[i].start..<words[a.end - 1].end]
            return a
        }
        guard var a = headedPhrase(at: i, limit: hi, depth: depth) else { return nil }
        // "بيان صادر عن الرئاسة الفلسطينية", "بيان صدر عن وزارة الخارجية": a statement issued by a body is that body's
        if a.label == "statement", i + 3 < hi, ActorFinder.issuedKeys.contains(words[i + 1].key),
           words[i + 2].key == FunctionWords.aan, depth < 2, var inner = phrase(at: i + 3, limit: hi, depth: depth + 1) {
            inner.start = i
            inner.actor.text = text[words[i].start..<words[inner.end - 1].end]
            return inner
        }
        if let end = aliasEnd(after: a, limit: hi) {
            if a.actor.entity == nil, let m = mentionAt[a.end + 1] {
                let e = layer.entities[layer.mentions[m].entity]
                a.actor.entity = e.id
                a.actor.country = a.actor.country ?? e.country
            }
            a.end = end
        }
        // "المفوضية العليا لحقوق الإنسان في العراق": a body of no state (not an international one, nor a coalition:
        // "تحالف دعم الشرعية في اليمن" fights there) named with a country after في is that country's
        if a.actor.country == nil, a.actor.sector != .international, a.end + 1 < hi, FunctionWords.inWords.contains(words[a.end].key),
           !(a.start..<a.end).contains(where: { ActorFinder.coalitionWords.contains(EventLexicon.stripArticle(words[$0].key)) }),
           let first = mentionAt[a.start], [.organization, .group].contains(layer.entities[layer.mentions[first].entity].type),
           let m = mentionAt[a.end + 1], layer.mentions[m].form == .name, layer.entities[layer.mentions[m].entity].type == .country,
           let c = layer.mentions[m].country ?? layer.entities[layer.mentions[m].entity].country {
            a.actor.country = c
            a.end = wordIndexAfter(layer.mentions[m].end, from: a.end + 1)
            a.actor.text = text[words[a.start].start..<words[a.end - 1].end]
        }
        // "مصدر مقرب من حزب الله", "مصادر قريبة من الحكومة السورية": a source speaks for the side it is close to
        // (the adjective may have ended the phrase: "مصدر مقرب")
        let close = a.end - 1 > a.start && words[a.end - 1].inClass(.closeTo) ? a.end - 1 : a.end
        if a.actor.country == nil, a.actor.entity == nil, a.label == "source" || a.label == "sources", close + 2 < hi,
           words[close].inClass(.closeTo), words[close + 1].key == FunctionWords.min, depth < 2,
           let side = phrase(at: close + 2, limit: hi, depth: depth + 1), side.actor.country != nil {
            a.actor.country = side.actor.country; a.actor.sector = side.actor.sector
            a.end = side.end
            a.actor.text = text[words[a.start].start..<words[a.end - 1].end]
            a.actor.name = a.actor.text ?? a.actor.name
        }
        if depth < 2, !a.possessive, a.actor.country == nil, a.end < hi, let owned = lamOwned(a, hi, depth: depth) { a = owned }
        // "الجيش المالي", "السلطات المالية": a country whose adjective is its own name ("مالي", which is also
        // "financial", so the gazetteer links no such adjective) is meant by it after an actor's head, in an article
        // that names the country
        if a.actor.country == nil, a.label != nil, a.end - a.start >= 2 {
            for j in (a.start + 1)..<a.end where (mentionAt[j] == nil || mentionAt[j] == mentionAt[a.start]) && words[j].kind == .arabic {
                if let c = nameAdjectiveCountry(j) { a.actor.country = c; break }
            }
        }
        // "قناة المسيرة التابعة للحوثيين", "الفصائل الموالية لتركيا", "جماعة … المرتبطة بتنظيم القاعدة": the
        // affiliation after a phrase is part of it, not the words said nor the next actor; what belongs to a body
        // (التابع) is of that body's state and sector when it names none, what is loyal or linked to it is not
        // (the participle may have been read as the phrase's adjective: "وكالة الأنباء المقربة من الحرس الثوري")
        let participle = a.end - 1 > a.start && words[a.end - 1].inClass(.affiliated) ? a.end - 1 : a.end
        if participle + 1 < hi, depth < 2, words[participle].inClass(.affiliated) {
            if let owner = affiliationOwner(after: participle, hi, depth: depth) {
                if lexicon.value(.affiliated, words[participle]) == "owned", a.actor.country == nil {
                    a.actor.country = owner.actor.country
                    if a.actor.sector == nil { a.actor.sector = owner.actor.sector }
                    // (what belongs to an armed group is the group's: "أهدافا عسكرية تابعة لنظام الحوثي")
                    if a.actor.entity == nil, let e = owner.actor.entity, e.hasPrefix("group:") {
                        a.actor.entity = e
                        a.actor.sector = owner.actor.sector
                            ?? layer.mentions.lazy.filter({ layer.entities[$0.entity].id == e }).compactMap(\.sector).first ?? a.actor.sector
                    }
                }
                a.end = owner.end
                a.actor.text = text[words[a.start].start..<words[a.end - 1].end]
            }
        }
        // "الأمين العام لحراك تونس الإرادة، عدنان منصر أن": an office of a body, then its holder's name after a comma,
        // where what was said begins
        // ("الناطق باسم القيادة العامة للقوات المسلحة الليبية، العقيد أحمد المسماري، المواطنين": a rank may stand
        // before the name, and an office of a body the gazetteer knows stays that body's, its text the longer)
        if depth == 0, !(a.actor.entity?.hasPrefix("person:") ?? false), let (h, _) = lexicon.headMatch(words, at: a.start),
           h.kind == .person || h.kind == .speaker {
            var k = a.end
            while k < hi, k < a.end + 4, words[k].kind == .arabic, !words[k].eventWord, !words[k].reportingWord { k += 1 }
            var n = k + 1
            if n + 1 < hi, mentionAt[n] == nil, let (rank, rankEnd) = lexicon.headMatch(words, at: n), rank.kind == .person, rank.sector == .unknown { n = rankEnd }
            // (a holder the entity stage did not find, of a given name and one or two more words: "مدير معهد "امرود
            // كنسلتينغ"، نبيل بالعم إن")
            if n < hi, words[k].kind == .punctuation, EventDocument.commas.contains(words[k].punct), mentionAt[n] == nil, k == a.end {
                let end = pastHolderName(n, hi)
                let closed = end + 1 < hi && words[end].kind == .punctuation && EventDocument.commas.contains(words[end].punct)
                if end >= n + 2, end < hi, words[closed ? end + 1 : end].isClass(.complementizer) {
                    a.end = closed ? end + 1 : end
                    a.actor.text = text[words[a.start].start..<words[end - 1].end]
                }
            } else if n < hi, words[k].kind == .punctuation, EventDocument.commas.contains(words[k].punct), let m = mentionAt[n],
               layer.entities[layer.mentions[m].entity].type == .person, layer.mentions[m].start == words[n].start {
                let after = wordIndexAfter(layer.mentions[m].end, from: n)
                if after >= hi || words[after].isClass(.complementizer) || words[after].kind == .punctuation {
                    let e = layer.entities[layer.mentions[m].entity]
                    if a.actor.entity == nil { a.actor.entity = e.id; a.actor.name = e.name }
                    a.actor.country = a.actor.country ?? e.country
                    // (the closing comma of the apposition is part of it)
                    a.end = after < hi && words[after].kind == .punctuation && EventDocument.commas.contains(words[after].punct) && after > n ? after + 1 : after
                    a.actor.text = text[words[a.start].start..<words[after - 1].end]
                }
            }
        }
        // "قوات الاحتلال", "سلطات الاحتلال": the occupier's, when the phrase names no state of its own
        if a.actor.country == nil, let occupier, a.actor.entity.map(isPatternEntity) ?? true,
           (a.start..<a.end).contains(where: { words[$0].inClass(.occupation) }) {
            a.actor.country = occupier
        }
        return a
    }

    /// The state of the place named from word `j` (place names, words of toponymy and sides: "لشمال وشرق سوريا",
    /// "في قضاء العمادية") up to `limit`, and the index past those words; nil when they name no place of a state.
    func placeState(from j: Int, limit: Int) -> (String, Int)? {
        var k = j
        var country: String? = nil
        while k < limit, isPlaceName(at: k) || (words[k].kind == .arabic && (words[k].inClass(.territory) || words[k].inClass(.compass))) {
            if country == nil, let m = mentionAt[k] { country = layer.mentions[m].country ?? layer.entities[layer.mentions[m].entity].country }
            k += 1
        }
        return country.map { ($0, k) }
    }

    /// The body an affiliation participle at `participle` names ("التابعة للحوثيين", "المرتبطة بتنظيم القاعدة",
    /// "تابعة لهيئة تحرير الشام", past من): the phrase there, or a body behind بـ/لـ found by its name ("بتنظيم
    /// القاعدة"; looked up only when no phrase begins there).
    func affiliationOwner(after participle: Int, _ hi: Int, depth: Int) -> FoundActor? {
        var k = participle + 1
        guard k < hi else { return nil }
        if words[k].key == FunctionWords.min, k + 1 < hi { k += 1 }
        if let p = phrase(at: k, limit: hi, depth: depth + 1) { return p }
        guard let m = mentionAt[k], [.organization, .group, .country].contains(layer.entities[layer.mentions[m].entity].type) else { return nil }
        return FoundActor(actor: entityActor(layer.mentions[m]), start: k, end: wordIndexAfter(layer.mentions[m].end, from: k))
    }

    /// "المكتب السياسي لحركة حماس", "اللجنة المركزية لحركة فتح", "القيادة المركزية للجيش الأمريكي", "المتحدث
    /// الرسمي لقوات سوريا الديمقراطية": an organ or office of no state, its owner after لـ, is the owner's (its
    /// entity, state and sector; an office's holder may follow: "القائد العام لقوات سوريا الديمقراطية مظلوم عبدي").
    /// "الإدارة الذاتية لشمال وشرق سوريا", "المجلس المحلي لمدينة الحسكة": an institution of a place is of that
    /// place's state. Not a diplomat's posting ("المبعوث الأممي لسوريا") nor an international body's, nor forces
    /// ("القوات لمدينة حلب" is where they go).
    func lamOwned(_ a: FoundActor, _ hi: Int, depth: Int) -> FoundActor? {
        let k = a.end
        guard words[k].kind == .arabic, words[k].key.first == EventLexicon.lam, words[k].key.count > 2, let label = a.label,
              a.actor.sector != .international, !ActorFinder.postedLabels.contains(label), !isAddressedOutlet(k, hi),
              let (h, _) = lexicon.headMatch(words, at: a.start), h.kind != .group, h.kind != .media else { return nil }
        // (an entity of its own only when the gazetteer's is a body of no state: "اللجنة المركزية")
        if let e = a.actor.entity, !e.hasPrefix("org:") { return nil }
        var out = a
        // (whom a source spoke to is no owner: "قال مصدر أمني لوكالة الأنباء الليبية", "لرويترز")
        let phraseOwner = phrase(at: k, limit: hi, depth: depth + 1).flatMap { $0.actor.sector == .media ? nil : $0 }
        if let owner = phraseOwner, owner.actor.entity != nil || owner.actor.country != nil,
           owner.actor.sector != .international || owner.actor.entity != nil {
            out.actor.country = owner.actor.country
            if let e = owner.actor.entity {
                out.actor.entity = e
                out.actor.name = "\(h.label) (\(owner.actor.name))"
                out.actor.sector = owner.actor.sector ?? (h.sector == .unknown ? out.actor.sector : h.sector)
            } else if out.actor.sector == nil {
                out.actor.sector = owner.actor.sector
            }
            out.end = owner.end
        } else if let owner = phraseOwner, owner.label != nil {
            // an owner of no known state: "المكتب السياسي للحزب" is the party's named before (resumed by the
            // owner's label), "المكتب السياسي لحزب تيار المحبة" that party's
            out.end = owner.end
            if ActorFinder.isDefinite(words[k].key) { out.label = owner.label }
        } else if h.kind == .institution, let (country, j) = placeState(from: k, limit: min(hi, k + 6)) {
            out.actor.country = country
            out.end = j
        } else {
            return nil
        }
        if h.kind == .person || h.kind == .speaker { out.end = pastHolderName(out.end, hi, anonymous: ActorFinder.isAnonymous(h)) }
        out.actor.text = text[words[a.start].start..<words[out.end - 1].end]
        return out
    }

    /// The country whose name the word at `j` is as an adjective, with the article and the endings of agreement
    /// ("المالي", "المالية", "الماليين" → Mali), when the country's adjective is its name and the article names
    /// the country or a place in it.
    func nameAdjectiveCountry(_ j: Int) -> String? {
        // (asked of every unlinked word of many phrases: the packed key says "no article" before a string is made)
        guard words[j].key.hasPrefix(EventLexicon.article) else { return nil }
        var k = NameFold.key(text[words[j].start..<words[j].end])
        guard k.hasPrefix("ال"), k.count >= 6 else { return nil }
        k.removeFirst(2)
        for ending in ["يتين", "يتان", "يين", "يون", "يه"] where k.hasSuffix(ending) {
            k = String(k.dropLast(ending.count)) + "ي"
            break
        }
        guard k.hasSuffix("ي") else { return nil }
        let gazetteer = Gazetteer.shared
        for idx in gazetteer.entries(named: k) {
            let entry = gazetteer.entries[Int(idx)]
            guard entry.type == KnowledgeType.country, let c = entry.country,
                  layer.entities.contains(where: { $0.country == c }) else { continue }
            return c
        }
        return nil
    }

    /// The index after a bracketed alias of the actor just read: "قوة الأمم المتحدة المؤقتة في لبنان
    /// (اليونيفيل)", "منظمة الصحة العالمية (WHO)" — the same entity again, or a Latin acronym. It is part of
    /// the name, not the next phrase (an object, a second subject).
    func aliasEnd(after a: FoundActor, limit hi: Int) -> Int? {
        let open = a.end
        guard open + 2 < hi, words[open].kind == .punctuation, words[open].punct == "(" else { return nil }
        var close = open + 1
        while close < hi, close < open + 5, !(words[close].kind == .punctuation && words[close].punct == ")") { close += 1 }
        guard close < hi, close < open + 5, close > open + 1, words[close].kind == .punctuation else { return nil }
        let inside = (open + 1)..<close
        let sameEntity = a.actor.entity != nil && inside.allSatisfy { j in
            mentionAt[j].map { layer.entities[layer.mentions[$0].entity].id == a.actor.entity } ?? false }
        let acronym = inside.allSatisfy { j in
            words[j].kind == .latin && text[words[j].start..<words[j].end].unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "-" } }
        // an Arabic acronym the gazetteer lacks: "بعثة الأمم المتحدة لمساعدة العراق (يونامي)"
        // (or of a body known by its state, before what it said: "القيادة الأمريكية في أفريقيا (أفريكوم) إنها")
        let known = a.actor.entity != nil || (a.actor.country != nil && close + 1 < hi
            && (words[close + 1].isClass(.complementizer) || EventCoder.pronounComplementizers.contains(words[close + 1].key)))
        let arabicAcronym = inside.count == 1 && known && words[open + 1].kind == .arabic && mentionAt[open + 1] == nil
            && lexicon.headMatch(words, at: open + 1) == nil && !words[open + 1].key.hasPrefix(EventLexicon.article)
        // the short name of the same body, known as another entry: "وزارة الدفاع الأمريكية (البنتاغون)"; or the
        // name of a body the words before describe but the gazetteer does not know by them: "منظمة الأمم المتحدة
        // للطفولة (يونيسف)" (the caller takes that entity)
        let shortName = mentionAt[open + 1].map { m in
            let e = layer.entities[layer.mentions[m].entity]
            return (e.type == .organization || e.type == .group) && wordIndexAfter(layer.mentions[m].end, from: open + 1) == close
                && (a.actor.country != nil ? e.country == a.actor.country : a.actor.entity == nil && a.label != nil)
        } ?? false
        return sameEntity || acronym || arabicAcronym || shortName ? close + 1 : nil
    }

    func headedPhrase(at i: Int, limit hi: Int, depth: Int = 0) -> FoundActor? {
        guard i < hi, words[i].kind == .arabic || words[i].kind == .latin else { return nil }
        if let (h, afterHead, possessive) = head(at: i) {
            // "نقلوا للمستشفى", "في مستشفى ناصر": a hospital behind a preposition is where the wounded are taken
            if h.label == "hospital", words[i].key.hasPrefix("ل") || words[i].key.hasPrefix("ب") || words[i].key.hasPrefix("وب")
                || (i > 0 && words[i - 1].isClass(.preposition)) { return nil }
            // modifiers: up to four words of the phrase, ending at a boundary
            var j = afterHead
            var mention: LinkedMention? = nil
            // "ممثل الاتحاد الأوروبي", "المتحدثة باسم الوزارة": a definite head governs no genitive ("المتحدث واشنطن")
            let definite = words[afterHead - 1].key.hasPrefix(EventLexicon.article) && ActorFinder.isDefinite(words[i].key)
            // ("الأمين العام للأمم المتحدة", "الأمين العام لحزب حركة مشروع تونس", "النائب بمجلس نواب الشعب": a
            // definite speaker head takes its body after لـ or بـ)
            // ("المتحدث العسكري باسم الجماعة": the office's own adjectives may stand before باسم)
            var bism = afterHead
            while bism < hi, bism < afterHead + 2, h.kind == .speaker, words[bism].kind == .arabic, words[bism].key.hasPrefix(EventLexicon.article),
                  mentionAt[bism] == nil, lexicon.headMatch(words, at: bism) == nil, bism + 1 < hi { bism += 1 }
            if bism >= hi || words[bism].key != "باسم" { bism = afterHead }
            // ("المتحدث عن البيت الأبيض": عن for باسم, before a body the gazetteer knows)
            let aboutBody = h.kind == .speaker && bism == afterHead && afterHead + 1 < hi && words[afterHead].key == FunctionWords.aan
                && mentionAt[afterHead + 1].map { [.organization, .group, .country].contains(layer.entities[layer.mentions[$0].entity].type)
                    || layer.mentions[$0].form == .metonym } == true
            // "وقالت المتحدثة باسمها يولاند ماكولو": the body is the pronoun's, which the caller resolves as it
            // resolves "قواتها"; the holder's name follows
            if h.kind == .speaker, afterHead < hi, ActorFinder.inItsName.contains(words[afterHead].key) {
                let end = pastHolderName(afterHead + 1, hi)
                let actor = Actor(name: h.label, sector: h.sector == .unknown ? nil : h.sector, text: text[words[i].start..<words[end - 1].end])
                return FoundActor(actor: actor, start: i, end: end, label: h.label, possessive: true)
            }
            if h.kind == .speaker || h.kind == .media, depth < 2, afterHead < hi, h.kind == .media || !isAddressedOutlet(afterHead, hi),
               (!isBoundary(afterHead) && (!definite || ((words[afterHead].key.hasPrefix("ل") || words[afterHead].key.hasPrefix("ب"))
                    && (mentionAt[afterHead] != nil || lexicon.headMatch(words, at: afterHead) != nil))))
                || words[bism].key == "باسم" || aboutBody {
                let innerStart = words[bism].key == "باسم" || aboutBody ? bism + 1 : afterHead
                if let inner = phrase(at: innerStart, limit: hi, depth: depth + 1) {
                    var a = inner.actor
                    if h.kind == .media && a.sector == nil { a.sector = .media }
                    // ("منسقة الأمم المتحدة للشؤون الإنسانية في السودان كليمنتين نكويتا سلامي": the posting, then the name)
                    let posted = h.kind == .speaker ? postingEnd(after: inner.end, head: h, hi) : inner.end
                    let end = h.kind == .speaker ? pastHolderName(posted, hi, anonymous: ActorFinder.isAnonymous(h)) : inner.end
                    a.text = text[words[i].start..<words[end - 1].end]
                    return FoundActor(actor: a, start: i, end: end, label: inner.label)
                }
                // "متحدث باسم الشباب": a group the text named in full before ("حركة الشباب"), by its last word
                if innerStart > i, words[innerStart - 1].key == "باسم", let m = groupByLastWord(at: innerStart) {
                    var a = entityActor(m)
                    let end = pastHolderName(innerStart + 1, hi)
                    a.text = text[words[i].start..<words[end - 1].end]
                    return FoundActor(actor: a, start: i, end: end, label: h.label)
                }
            }
            if let m = mentionAt[i] { mention = layer.mentions[m] }    // the head word itself is linked ("مجلس الأمن")
            // a sound plural or dual keeping its ن ("مسلحون", "مدنيين") is not in the construct state (that
            // would be "مسلحو", "مدنيي"): it governs no genitive, so a name, a definite word or a plural in another
            // case right after it begins the next phrase ("خطف مسلحون الصحفي", "مسلحون طيارين"), while its
            // indefinite adjectives stay ("مسلحون أجانب", "مسلحون ملثمون")
            // (of a head of two words, its last: "مسلحون مجهولون الناشط")
            let lastOfHead = afterHead - 1
            let nunated = lastOfHead >= i && lastOfHead <= i + 1 && !words[lastOfHead].key.hasPrefix(EventLexicon.article) && h.kind == .group
                && words[lastOfHead].key.count > 4 && ActorFinder.nunatedEndings.contains { words[lastOfHead].key.hasSuffix($0) }
            var genitiveCountry: String? = nil, genitiveSector: Sector? = nil
            var quoted: String? = nil
            // "مسلحو «القاعدة»", "عناصر «حزب الله»": a quoted name right after an indefinite head is its genitive
            if !definite, !nunated, mention == nil, let close = quotedName(at: j, limit: hi) {
                mention = layer.mentions[mentionAt[j + 1]!]
                j = close + 1
            } else if !definite, !nunated, j + 2 < hi, isQuote(j, ActorFinder.openingQuotes),
                      mentionAt[j + 1] == nil, let (h2, end2) = lexicon.headMatch(words, at: j + 1), let c = h2.country,
                      end2 < hi, isQuote(end2, ActorFinder.closingQuotes) {
                genitiveCountry = c        // "جنود «المارينز»"
                j = end2 + 1
            } else if !definite, !nunated, mention == nil, h.kind == .institution || h.kind == .media, j == afterHead,
                      let close = unknownQuotedName(at: j, limit: hi) {
                // "منظمة "أنا يقظ"", "صحيفة "هوتان" الصينية", "معهد "امرود كنسلتينغ"": a body's own name in quotes
                quoted = text[words[j + 1].start..<words[close - 1].end]
                j = close + 1
            }
            // "طيران الاحتلال", "زوارق الاحتلال": an indefinite head in the construct state before the word for the
            // occupation is the occupier's (its state is read below)
            if j == afterHead, j < hi, !definite, !nunated, !words[i].tanween, !words[i].key.hasPrefix(EventLexicon.article),
               h.kind == .institution || h.kind == .group, mentionAt[j] == nil, words[j].inClass(.occupation),
               words[j].key.hasPrefix(EventLexicon.article) {
                j += 1
            }
            // "عناصر الكتائب", "مقاتلي الحركة": members of a group named before, by its first word
            if j == afterHead, j < hi, !definite, !nunated, !words[i].tanween, mention == nil, h.kind == .group,
               let m = groupByFirstWord(at: j) {
                mention = m
                j += 1
            }
            while j < hi, j < afterHead + 4, !isBoundary(j) || (h.construct && j == afterHead && words[j].kind == .arabic && words[j].classes == 0) {
                // "مقاتلو حركة "إم 23" المتمردة": a naming noun before a quoted name takes the name as its genitive
                if mentionAt[j] == nil, words[j].kind == .arabic, EventCoder.namingNouns.contains(words[j].key),
                   let close = quotedName(at: j + 1, limit: hi) {
                    if mention == nil { mention = layer.mentions[mentionAt[j + 2]!] }
                    j = close + 1
                    continue
                }
                // "وزير الخارجية السعودي نظيره الإيراني": a counterpart begins the other party's phrase
                if j > afterHead, mentionAt[j] == nil, words[j].kind == .arabic, let (h2, _, possessed) = head(at: j), possessed,
                   h2.label == "counterpart" { break }
                // "مصدر طبي لوكالة فرانس برس", "الجيش لقناة الجزيرة": an outlet behind لـ is whom the actor spoke to
                // (a correspondent's is the outlet he works for: "مراسل لقناة الجزيرة")
                if h.kind != .media, isAddressedOutlet(j, hi) { break }
                if nunated, j == afterHead, words[j].kind == .arabic,
                   mentionAt[j].map({ layer.mentions[$0].form != .nisba }) ?? (words[j].key.hasPrefix(EventLexicon.article) || caseClash(i, j)) { break }
                // (a possessed noun is definite too: "اقتحم مسلحون مكتبه")
                if nunated, j == afterHead, words[j].kind == .arabic, mentionAt[j] == nil, let (_, _, possessed) = head(at: j), possessed { break }
                // past its adjectives too: "مستوطنون فرنسيون مزارعين"
                if nunated, j > afterHead, words[j].kind == .arabic, mentionAt[j] == nil, pluralCaseClash(i, j) { break }
                // and a definite word after them is the verb's object: "قطع متظاهرون غاضبون الطريق الدولي"
                if nunated, j > afterHead, words[j].kind == .arabic, mentionAt[j] == nil, words[j].key.hasPrefix(EventLexicon.article),
                   !words[j - 1].key.hasPrefix(EventLexicon.article), ActorFinder.nunatedEndings.contains(where: { words[j - 1].key.hasSuffix($0) }) { break }
                // a definite human plural's adjectives are plurals or nisbas: "قطع المحتجون الطرق" (the object)
                // ("اعتقل الجنود الإسرائيليون الشاب": past a nisba too; "المسلحون الأجانب" keeps its broken plural adjective)
                if definite, j >= afterHead, h.kind == .group, afterHead == i + 1, mentionAt[j] == nil, words[j].kind == .arabic,
                   ActorFinder.nunatedEndings.prefix(2).contains(where: { words[i].key.hasSuffix($0) })
                    || (h.label.hasSuffix("s") && h.sector != .unknown && !words[i].key.hasSuffix("ات")),
                   words[j].key.hasPrefix(EventLexicon.article), words[j - 1].key.hasPrefix(EventLexicon.article) || mentionAt[j - 1] != nil,
                   !ActorFinder.nunatedEndings.prefix(2).contains(where: { words[j].key.hasSuffix($0) }), !ActorFinder.brokenPluralAdjectives.contains(words[j].key),
                   words[j].key.hasSuffix("ة") || !ActorFinder.adjectiveEndings.contains(where: { words[j].key.hasSuffix($0) }),
                   !words[j].isClass(.anaphor), lexicon.headMatch(words, at: i).map({ $0.1 <= j }) ?? true { break }
                // a plural's adjectives end as it does; a present verb after it is a clause: "مسلحون يُعتقد أنهم"
                if nunated, words[j].kind == .arabic, mentionAt[j] == nil, let f = words[j].key.first,
                   f == EventLexicon.ya || f == EventLexicon.ta, !ActorFinder.nunatedEndings.contains(where: { words[j].key.hasSuffix($0) }) { break }
                // a definite noun right after a whole name is the verb's object, not more of the name (the gazetteer's
                // name has all its words): "قصفت قوات الدعم السريع المخيم" (an adjective agrees: "السودانية")
                // (the name is the phrase, from its first word: in "رئيس غامبيا الجديد" the adjective is the office's;
                // and the word is one of the language: "منظمة الأمم المتحدة للطفولة اليونيسيف" goes on with its alias)
                if j > i, depth == 0, h.kind == .group || h.kind == .institution, mentionAt[j] == nil, let m = mentionAt[j - 1], layer.mentions[m].form == .name,
                   layer.mentions[m].end == words[j - 1].end,
                   mentionAt[i] == m, words[j].kind == .arabic, hasWrittenArticle(j), words[j].key.count > 4,
                   !ActorFinder.agreeingEndings.contains(where: { words[j].key.hasSuffix($0) }), isOrdinaryWord(j, withoutArticle: true) { break }
                // a possessed noun after an adjective is no part of the phrase: "قتل شاب تايلاندي طفلته"
                if !definite, j > afterHead, mentionAt[j] == nil, words[j].kind == .arabic, let m = mentionAt[j - 1], layer.mentions[m].form == .nisba,
                   let (_, _, possessed) = head(at: j), possessed { break }
                // nor, after a person of no office, a present verb: "اعتقلت رجلا يشتبه في أنه"
                if !definite, j == afterHead, h.kind == .person, h.sector == .civilians, mentionAt[j] == nil, words[j].kind == .arabic,
                   words[j].key.first == EventLexicon.ya, words[j].key.count > 3, words[j].key.last != EventLexicon.ya { break }
                // a nominative singular takes no accusative after it: "طعن مستوطن شابا" (the object), "مسلح أيضا"
                if !definite, !nunated, !words[i].tanween, mentionAt[j] == nil, words[j].kind == .arabic,
                   ActorFinder.accusativeAfterNominative(words[i].key, words[j - 1].key, words[j].key) { break }
                // a dual's adjectives are dual: "امرأتين دخلتا البلاد" ends at the head
                if nunated, lexicon.dualHeads.contains(words[i].key), words[j].kind == .arabic, mentionAt[j] == nil,
                   !words[j].key.hasSuffix("ان"), !words[j].key.hasSuffix("ين") { break }
                // "لقي شخص مصرعه", "ثلاثة جنود لقوا مصرعهم": the idiom of dying, or a toll word, ends who died
                if mentionAt[j] == nil, words[j].kind == .arabic,
                   ActorFinder.meetVerbs.contains(words[j].key) || words[j].inClass(.killed) || words[j].inClass(.injured) { break }
                // "جنود غرب العراق": a side of a place says where they are, unless it begins a name ("جنوب السودان")
                if mentionAt[j] == nil, words[j].inClass(.compass) { break }
                // a time word, or a complementizer behind و/ف, ends the phrase: "منظمة اليونيسف اليوم", "المنظمة فإن"
                if mentionAt[j] == nil, words[j].kind == .arabic,
                   words[j].inClass(.relday) || ActorFinder.isClitic(words[j], on: .complementizer, lexicon) { break }
                // a given name right after a definite office begins its holder's name, read whole below ("المحامية
                // دليلة مصدق")
                if definite, j == afterHead, h.kind == .person, mentionAt[j] == nil, words[j].kind == .arabic,
                   !words[j].key.hasPrefix(EventLexicon.article), ActorFinder.isGivenName(NameFold.key(text[words[j].start..<words[j].end])) { break }
                // a definite institution or group takes no indefinite word right after it: "اللجنة إدراج", "اللجنة انتهاكا"
                // (nor does a definite person of no office: "اعتقلت الفتاة لثبوت", "واتهمت المرأة رجلا")
                if definite, j == afterHead, h.kind == .institution || h.kind == .group || (h.kind == .person && h.sector == .civilians),
                   mentionAt[j] == nil, words[j].kind == .arabic,
                   !ActorFinder.isDefinite(words[j].key), !words[j].isClass(.anaphor),
                   h.kind == .person || (!words[j].key.hasPrefix("ل") && !words[j].key.hasPrefix("ب")) { break }
                // a definite feminine body agrees with its adjective: a definite word without ة (nor ى/ا, nor a plural)
                // after it is the verb's object ("انتقدت الهيئة القرار", "رفضت الحكومة الاتهام")
                if definite, j == afterHead, afterHead == i + 1, h.kind == .institution || h.kind == .group, words[i].key.hasSuffix("ة"),
                   mentionAt[j] == nil, words[j].kind == .arabic, words[j].key.hasPrefix(EventLexicon.article), words[j].key.count > 4,
                   !words[j].key.hasSuffix("ة"), !words[j].key.hasSuffix("ى"), !words[j].key.hasSuffix("ا"), !words[j].key.hasSuffix("ي"),
                   !ActorFinder.pluralEndings.contains(where: { words[j].key.hasSuffix($0) }), !words[j].isClass(.anaphor) { break }
                // a definite head takes no other definite head right after it: that is the verb's object ("وطالبت
                // المنظمة السلطات الانتقالية بالإفراج")
                // (a body the entity stage found there begins that object: "السلطات الانتقالية")
                if definite, j == afterHead, words[j].kind == .arabic, words[j].key.hasPrefix(EventLexicon.article),
                   mentionAt[j] == nil || (mentionAt[j] != mentionAt[i] && layer.mentions[mentionAt[j]!].start == words[j].start
                                           && layer.mentions[mentionAt[j]!].form != .nisba),
                   let (h2, _) = lexicon.headMatch(words, at: j), h2.kind != .speaker { break }
                // "فرقت قوات الأمن المتظاهرين": a definite plural in ـين/ـون that heads a phrase of its own is no
                // adjective of a head in ـات (whose adjectives are feminine); it is the verb's object
                if j >= afterHead, words[i].key.hasSuffix("ات"), words[j].kind == .arabic, mentionAt[j] == nil,
                   words[j].key.hasPrefix(EventLexicon.article), words[j].key.hasSuffix("ين") || words[j].key.hasSuffix("ون"),
                   lexicon.headMatch(words, at: j) != nil { break }
                // two bodies named in a row are two phrases: "منظمة هيومن رايتس ووتش قوات الأمن المصرية" (a holder's name
                // or a country after a body belongs to it: "رئيس حركة النهضة راشد الغنوشي", "المحكمة العليا السعودية")
                // (nor a body after لـ, its genitive: "المجلس الرئاسي لحكومة الوفاق الوطني")
                if j > afterHead, let m = mentionAt[j], let p = mentionAt[j - 1], m != p, layer.mentions[m].form != .nisba,
                   layer.mentions[p].form != .nisba, !words[j].key.hasPrefix("ل"),
                   [.organization, .group].contains(layer.entities[layer.mentions[m].entity].type),
                   [.organization, .group].contains(layer.entities[layer.mentions[p].entity].type) { break }
                // a definite nisba closes the phrase: a place's bare name after it is the next phrase ("اتهمت وزارة
                // الطاقة الأوكرانية روسيا"); one behind لـ or بـ is still its ("المجلس العسكري بصبراتة")
                // (or a body's name found whole, ending in its nisba: "وزارة الطاقة الأوكرانية")
                if j > afterHead, let m = mentionAt[j], let p = mentionAt[j - 1], m != p,
                   layer.mentions[p].form == .nisba || [.organization, .group].contains(layer.entities[layer.mentions[p].entity].type),
                   layer.mentions[m].form != .nisba, words[j - 1].key.hasPrefix(EventLexicon.article),
                   !words[j].key.hasPrefix(EventLexicon.article), words[j].start == layer.mentions[m].start,
                   [.country, .city, .region, .place].contains(layer.entities[layer.mentions[m].entity].type) { break }
                // a person's name closes the phrase too: "اتهمت إدارة ترامب إيران" (the object)
                if j > afterHead, let m = mentionAt[j], let p = mentionAt[j - 1], m != p,
                   layer.entities[layer.mentions[p].entity].type == .person, layer.mentions[m].form != .nisba,
                   words[j].start == layer.mentions[m].start, !words[j].key.hasPrefix("ل"), !words[j].key.hasPrefix("ب"),
                   [.country, .city, .region].contains(layer.entities[layer.mentions[m].entity].type) { break }
                if j > afterHead, words[j].key.hasPrefix("و"), lexicon.heads[words[j].key] == nil,
                   lexicon.headMatch(words, at: j) != nil || (mentionAt[j] != nil && mentionAt[j] != mentionAt[j - 1]) { break }
                // "قوات الجيش", "مديريات الشرطة", "جنود المارينز": an indefinite head in the construct state governs
                // the definite head after it; the phrase is its members (the genitive's sector when the head has
                // none, and the state a genitive like "المارينز" names). Its adjectives follow ("قوات الجيش الإسرائيلي").
                if j == afterHead, !definite, !nunated, !words[i].tanween, !words[i].key.hasPrefix(EventLexicon.article),
                   mentionAt[j] == nil, genitiveCountry == nil,
                   let (h2, end2) = lexicon.headMatch(words, at: j), h2.kind != .speaker, h2.kind != .media,
                   // (or itself in the construct state, before a place or as the first word of a head: "قيادة شرطة
                   // البصرة", "قوات مكافحة الشغب")
                   words[j].key.hasPrefix(EventLexicon.article) || (end2 - j > 1 && words[end2 - 1].key.hasPrefix(EventLexicon.article))
                    || (j + 1 < hi && isPlaceName(at: j + 1))
                    // (an office of an institution in the construct state: "رئيس مكتب الحركة", "رئيس مجلس شورى حركة النهضة")
                    || ((h.kind == .person || h.kind == .speaker) && h2.kind == .institution && end2 < hi && words[end2].kind == .arabic) {
                    genitiveCountry = h2.country
                    if h.sector == .unknown, h2.sector != .unknown { genitiveSector = h2.sector }
                    j = end2
                    continue
                }
                // "وزير خارجية مملكة النرويج": an indefinite head before a name is one more genitive of the chain
                if mentionAt[j] == nil, mentionAt[j - 1] == nil, !ActorFinder.isDefinite(words[j - 1].key),
                   !ActorFinder.isDefinite(words[j].key), let (_, end2) = lexicon.headMatch(words, at: j),
                   end2 < hi, let m = mentionAt[end2], layer.mentions[m].form != .nisba {
                    j = end2
                    continue
                }
                if mentionAt[j] == nil, lexicon.headMatch(words, at: j) != nil {
                    // "الحكومة العراقية مسلحين": the next noun phrase; and "مسلحون مساعد وزير الداخلية": an
                    // article-less noun right before it governs it (construct state) and belongs to it too
                    if j - 1 >= afterHead, mentionAt[j - 1] == nil, !words[j - 1].key.hasPrefix(EventLexicon.article),
                       !words[j].key.hasPrefix("و") || lexicon.heads[words[j].key] != nil { j -= 1 }
                    break
                }
                // a definite head takes adjectives, not a genitive name: "المتحدث واشنطن" is two phrases, and an
                // indefinite word after its adjectives begins the next phrase ("الحكومة اليمنية جماعة الحوثيين")
                // (an office's body behind لـ is its: "القائد العام للقوات المسلحة")
                if definite, let m = mentionAt[j], layer.mentions[m].form != .nisba, !words[j].key.hasPrefix(EventLexicon.article),
                   !(h.kind == .person && words[j].key.hasPrefix(EventLexicon.lil)) { break }
                if definite, j > afterHead, mentionAt[j] == nil, words[j].kind == .arabic, !words[j].key.hasPrefix(EventLexicon.article),
                   !words[j].isClass(.anaphor) { break }
                // an accusative nisba ("أميركيا") agrees only with an accusative noun ("جنديا أميركيا"); after any
                // other it begins the next phrase ("خطف مسلحون أمس أميركيا": the American is the object)
                if let m = mentionAt[j], mentionAt[j] != mentionAt[j - 1], layer.mentions[m].form == .nisba,
                   words[j].key.hasSuffix(ActorFinder.accusativeNisba), words[j - 1].key.last != EventLexicon.alef { break }
                // an adjective agrees with the linked adjective before it: after "الفرنسية" a definite word without ة,
                // and after either gender a definite plural or dual, is the next noun phrase ("دعت وزارة الخارجية
                // الفرنسية الطرفين"), while "القوات الأمريكية الخاصة" stays one
                if j > afterHead, mentionAt[j] == nil, mentionAt[j - 1] != nil, words[j - 1].key.hasPrefix(EventLexicon.article),
                   ActorFinder.isDefinite(words[j].key), !ActorFinder.agreesWithAdjective(words[j - 1].key, words[j].key) { break }
                // nor does an indefinite word follow an institution's or a group's definite adjective or name:
                // "أعلنت جمهورية مصر العربية قطع العلاقات" ends at العربية, "اقتحمت قوات الاحتلال قرية بورين" at
                // الاحتلال (an office may be followed by its holder's name)
                if h.kind == .institution || h.kind == .group, j > afterHead, mentionAt[j] == nil, words[j].kind == .arabic, !ActorFinder.isDefinite(words[j].key),
                   !words[j].isClass(.anaphor), let m = mentionAt[j - 1] ?? (j - 2 >= afterHead ? mentionAt[j - 2] : nil),
                   words[j - 1].key.hasPrefix(EventLexicon.article)
                    || (layer.mentions[m].form != .nisba && !ActorFinder.adjectiveEndings.contains { words[j - 1].key.hasSuffix($0) }) { break }
                // a past verb in ـوا ends it: "إن مندسين أحرقوا إطارات"
                if mentionAt[j] == nil, words[j].kind == .arabic, words[j].key.count >= 5,
                   words[j].key.hasSuffix(ActorFinder.pluralVerbEnding) { break }
                // a holder's name ends the phrase: "أعلن رئيس الوزراء محمد شياع السوداني تشكيل لجنة"
                if j > afterHead, mentionAt[j] == nil, let m = mentionAt[j - 1], layer.entities[layer.mentions[m].entity].type == .person { break }
                // nor after a head whose last word is a definite genitive: "اقتحمت قوات الاحتلال قرية بورين"
                if h.kind == .institution || h.kind == .group, j == afterHead, afterHead - i > 1, mentionAt[j] == nil, words[j].kind == .arabic,
                   words[j - 1].key.hasPrefix(EventLexicon.article), !ActorFinder.isDefinite(words[j].key), !words[j].isClass(.anaphor) { break }
                if mention == nil, let m = mentionAt[j] { mention = layer.mentions[m] }
                else if let m = mentionAt[j], mention?.country == nil, layer.mentions[m].country != nil { mention = layer.mentions[m] }
                j += 1
            }
            if let m = mentionAt[j - 1] { j = max(j, wordIndexAfter(layer.mentions[m].end, from: j - 1)) }
            // "الحكومة اليمنية المعترف بها دوليا": the participle of recognition and its complement are the phrase's
            if j + 1 < hi, ActorFinder.recognisedKeys.contains(words[j].key), ActorFinder.byItKeys.contains(words[j + 1].key) {
                j += 2
                if j < hi, ActorFinder.internationallyKeys.contains(words[j].key) { j += 1 }
            }
            // "القوات والمواقع العسكرية الأرمينية": a nisba closing a coordination qualifies every conjunct
            if mention == nil, j < hi, words[j].key.hasPrefix("و") {
                var k = j
                while k < hi, k < j + 4, !isBoundary(k) || k == j {
                    if let m = mentionAt[k], layer.mentions[m].form == .nisba { mention = layer.mentions[m]; break }
                    k += 1
                }
            }
            // "عنصرين من «ألوية الناصر صلاح الدين»", "جنود من الجيش العراقي", "ناشطا في كتائب الأقصى": members
            // of a named body are that body's; the head says what they are when the body does not
            // ("اللجنة في بيان قوات الدعم السريع": في بيان frames what the committee said, it names no body)
            // ("مصدر في الشرطة", "مصادر أمنية في وزارة الداخلية": a source speaks for the body it is in)
            // "ثلاثة جنود من جنوب أفريقيا", "عمال من مصر": people from a country are that country's
            if mention == nil, h.kind == .group || h.kind == .person, j == afterHead, j + 1 < hi, words[j].key == FunctionWords.min,
               let m = mentionAt[j + 1], layer.mentions[m].form == .name, layer.entities[layer.mentions[m].entity].type == .country,
               layer.mentions[m].start == words[j + 1].start {
                mention = layer.mentions[m]
                j = wordIndexAfter(layer.mentions[m].end, from: j + 1)
            }
            let anonymous = h.kind == .speaker && ActorFinder.isAnonymous(h)
            if mention == nil, h.kind != .speaker || anonymous, h.kind != .media, depth < 2, j < hi, j == afterHead || anonymous,
               // ("القيادي عن حركة نداء تونس", "النائب عن كتلة الحزب": one person's body after عن too)
               ActorFinder.memberPrepositions.contains(words[j].key) || (h.kind == .person && words[j].key == FunctionWords.aan),
               j + 1 >= hi || !ActorFinder.statementFrames.contains(EventLexicon.stripArticle(words[j + 1].key)),
               let inner = phrase(at: skipQuotes(j + 1, hi), limit: hi, depth: depth + 1),
               inner.actor.country != nil || inner.actor.entity != nil || (anonymous && inner.actor.sector != nil)
                // (a member, of no sector, of a force of no state named: "16 عنصرا من الأمن العام")
                || (h.sector == .unknown && inner.label != nil && (inner.actor.sector == .police || inner.actor.sector == .military)),
               !isPlaceName(at: inner.start) {
                var a = inner.actor
                // ("مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل": the holder's name after the body)
                let end = h.kind == .person && !possessive ? max(inner.end, pastHolderName(inner.end, hi)) : inner.end
                a.text = text[words[i].start..<words[end - 1].end]
                if a.entity == nil { a.name = "\(h.label) (\(inner.actor.name))" }
                if h.sector != .unknown, a.entity == nil || a.sector == nil { a.sector = h.sector }
                return FoundActor(actor: a, start: i, end: end, label: h.label, possessive: possessive)
            }
            // "مسؤولا محليا في قضاء العمادية", "مصادر محلية في دهوك": a local official or source is of the state of
            // the place he is in (the place is part of the phrase)
            if mention == nil, genitiveCountry == nil, h.country == nil, j + 1 < hi, words[j].key == FunctionWords.fi,
               (i..<j).contains(where: { ActorFinder.localWords.contains(words[$0].key) }) {
                if let (country, k) = placeState(from: j + 1, limit: min(hi, j + 5)) { genitiveCountry = country; j = k }
            }
            let phraseText = text[words[i].start..<words[j - 1].end]
            if let m = mention, m.start < words[i].end, h.kind != .speaker {
                // the head word is the entity itself (an organisation in the gazetteer), perhaps behind a clitic
                // ("لقوات الدعم السريع")
                var a = entityActor(m); a.text = phraseText
                if a.sector == nil { a.sector = h.sector == .unknown ? nil : h.sector }
                // "وزارة الصحة في حكومة الوحدة الوطنية": a body of no state in a government is part of that government
                if h.kind == .institution, a.country == nil, depth < 2, j + 1 < hi, words[j].key == FunctionWords.fi, !isPlaceName(at: j + 1),
                   let inner = phrase(at: j + 1, limit: hi, depth: depth + 1), inner.actor.sector == .government {
                    a.country = inner.actor.country
                    a.text = text[words[i].start..<words[inner.end - 1].end]
                    return FoundActor(actor: a, start: i, end: inner.end, label: h.label)
                }
                return FoundActor(actor: a, start: i, end: j, label: h.label)
            }
            var actor = Actor(name: quoted.map { "\(h.label) \($0)" } ?? h.label, country: h.country ?? genitiveCountry,
                              sector: h.sector == .unknown ? genitiveSector : h.sector, text: phraseText)
            if let m = mention {
                let e = layer.entities[m.entity]
                actor.country = m.country ?? e.country ?? h.country
                let sectorFromEntity = m.sector
                if h.kind == .media || h.kind == .speaker, e.type == .organization || e.type == .group {
                    actor = entityActor(m); actor.text = phraseText
                    if h.kind == .media, actor.sector == nil { actor.sector = .media }
                } else if e.type == .organization || e.type == .group {
                    actor.entity = e.id
                    actor.name = "\(h.label) (\(e.name))"
                    if actor.sector == nil { actor.sector = sectorFromEntity }
                } else if let c = actor.country {
                    actor.name = "\(countryName(c, fallback: e)) \(h.label)"
                }
            }
            // ("السفارة الأمريكية في مقديشو": an embassy's posting too, which no holder's name follows)
            if h.kind == .institution, !possessive {
                let posted = postingEnd(after: j, head: h, hi)
                if posted > j { j = posted; actor.text = text[words[i].start..<words[j - 1].end] }
            }
            if h.kind == .person || h.kind == .speaker, !possessive {
                let posted = postingEnd(after: j, head: h, hi)
                if posted > j { j = posted; actor.text = text[words[i].start..<words[j - 1].end] }
                let end = pastHolderName(j, hi, anonymous: ActorFinder.isAnonymous(h))
                if end > j {
                    // an office with no state named ("الرئيس دونالد ترامب") is its holder, whom the gazetteer may know
                    if actor.country == nil, actor.entity == nil, let m = mentionAt[j] {
                        let e = layer.entities[layer.mentions[m].entity]
                        actor.entity = e.id; actor.name = e.name
                        actor.country = layer.mentions[m].country ?? e.country
                    }
                    actor.text = text[words[i].start..<words[end - 1].end]; j = end
                }
            }
            return FoundActor(actor: actor, start: i, end: j, label: h.label, possessive: possessive)
        }
        // any noun qualified by a nisba: "وحدة اسرائيلية خاصة", "مصادر فلسطينية", and an indefinite accusative
        // noun followed by a country name in ـيا, which is then its accusative nisba: "سائحا اسبانيا" (Spain/Spanish)
        // ("مواقع عسكرية سورية": one adjective may stand between)
        let qualifier = i + 2 < hi && mentionAt[i + 1] == nil && words[i + 1].kind == .arabic && !namesPeople(words[i + 1].key)
            && !isBoundary(i + 1) && !words[i + 1].eventWord && mentionAt[i + 2] != nil ? i + 2 : i + 1
        if mentionAt[i] == nil, words[i].kind == .arabic, qualifier < hi, let m = mentionAt[qualifier],
           layer.mentions[m].form == .nisba || (qualifier == i + 1 && isAccusativeNisbaReading(noun: i, m)),
           let c = layer.mentions[m].country ?? layer.entities[layer.mentions[m].entity].country, !isBoundary(i), !words[i].eventWord {
            let e = layer.entities[layer.mentions[m].entity]
            let end = wordIndexAfter(layer.mentions[m].end, from: qualifier)
            let t = text[words[i].start..<words[end - 1].end]
            return FoundActor(actor: nisbaActor(c, e, text: t), start: i, end: end, label: nil)
        }
        if let m = mentionAt[i] {
            let lm = layer.mentions[m]
            let e = layer.entities[lm.entity]
            // a nisba stands alone for its people in the plural, the dual and the indefinite accusative:
            // "الاسرائيليين", "عراقيون", "الأفغان", "جنديان"-less "أمريكيان", "خطفوا أميركيًا"
            if lm.form == .nisba, e.type != .organization {
                guard namesPeople(words[i].key), let c = lm.country else { return nil }
                let end = wordIndexAfter(lm.end, from: i)
                let t = text[lm.start..<lm.end]
                return FoundActor(actor: nisbaActor(c, e, text: t), start: i, end: end, label: nil)
            }
            // a place is where, not who; a city acts only as the seat of its government ("يريفان")
            guard e.type != .region && e.type != .place, e.type != .city || lm.form == .metonym else { return nil }
            let end = wordIndexAfter(lm.end, from: i)
            return FoundActor(actor: entityActor(lm), start: i, end: end, label: nil)
        }
        return nil
    }

    /// "السفير الروسي لدى لبنان", "المبعوث الأممي إلى اليمن", "الممثل الخاص في ليبيا": a diplomat's posting
    /// belongs to his title (the holder's name may follow it); the place is where he serves, not whose he is.
    func postingEnd(after j: Int, head h: ActorHead, _ hi: Int) -> Int {
        guard ActorFinder.postedLabels.contains(h.label), j + 1 < hi, ActorFinder.postingPrepositions.contains(words[j].key),
              let m = mentionAt[j + 1], layer.mentions[m].form != .nisba,
              layer.entities[layer.mentions[m].entity].type != .person else { return j }
        return wordIndexAfter(layer.mentions[m].end, from: j + 1)
    }
    /// ("بعثة الاتحاد الأفريقي في الصومال", "القيادة الأمريكية في أفريقيا", "السفارة الروسية لدى لبنان": missions,
    /// commands and embassies are posted as diplomats are)
    static let ranks: WordKeySet = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "الاخير", "الاولي", "الثانية"]
    static let postedLabels: Set<String> = ["ambassador", "envoy", "representative", "coordinator", "mission", "command", "embassy",
                                             "foreign policy chief"]
    static let postingPrepositions: WordKeySet = ["لدى", "إلى", "في"]

    static let memberPrepositions: WordKeySet = ["في", "من", "فى"]
    /// Quantifiers, which no name contains: "أي", "كل", "جميع", "بعض".
    static let quantifiers: WordKeySet = ["اي", "كل", "جميع", "بعض", "كافة"]
    /// "لقي" ("met [his death]"): the verb of the idiom "لقي مصرعه", in its persons and numbers.
    static let meetVerbs: WordKeySet = ["لقي", "لقى", "لقيت", "لقوا", "لقيا", "لقيتا", "لقين"]
    /// Bodies of several states: "التحالف الدولي", "تحالف دعم الشرعية", "الائتلاف".
    static let coalitionWords: WordKeySet = ["تحالف", "ائتلاف"]

    /// The actor phrase at `i`, or the actor behind the nouns that govern it: offices in the construct state,
    /// which take no article ("مدير مكتب وزير الداخلية", "وكيل وزارة النفط العراقية"), and a member in or of
    /// a named group ("ناشطا في كتائب الأقصى", "قياديا في حركة حماس"). The holder is coded as the actor he
    /// belongs to, with its country and sector, as an event coder writes "Government of Iraq" for a minister's
    /// deputy; the text covers the whole phrase.
    func governedPhrase(at i: Int, limit hi: Int) -> FoundActor? {
        if let a = phrase(at: i, limit: hi) { return a }
        var j = i
        while j < hi, j < i + 2 {
            let w = words[j]
            guard w.kind == .arabic, mentionAt[j] == nil, w.key.count >= 3, !w.key.hasPrefix(EventLexicon.article),
                  !isBoundary(j), !w.eventWord, !w.reportingWord, !w.isClass(.daytime), !ActorFinder.meetVerbs.contains(w.key),
                  // (a word behind لـ is no link of a construct chain: "عملية واسعة لمواجهة الجيش" is aimed at the army)
                  j == i || w.key.first != EventLexicon.lam else { return nil }
            j += 1
            guard j < hi else { return nil }
            if let inner = phrase(at: j, limit: hi), inner.actor.country != nil || inner.actor.entity != nil, !isPlaceName(at: j) {
                return holder(i, inner)
            }
            if j + 1 < hi, ActorFinder.memberPrepositions.contains(words[j].key), let inner = phrase(at: skipQuotes(j + 1, hi), limit: hi),
               let m = mentionAt[inner.start], [.group, .organization].contains(layer.entities[layer.mentions[m].entity].type) {
                return holder(i, inner)
            }
        }
        return nil
    }

    /// A name the gazetteer does not know, followed by what the person is: "محمد عبد الله المتحدث باسم الجيش",
    /// "سامح شكري وزير الخارجية المصري", "جاسم الذهبي، عميد كلية". The person is coded as the office (its country and sector); the text
    /// covers name and title. Up to four name words, none of them a known name, a head or a boundary.
    func namedPhrase(at i: Int, limit hi: Int) -> FoundActor? {
        var k = i
        while k < hi, k < i + 4 {
            let w = words[k]
            // a name word: no closed-class word ("ما", "إذا"), no auxiliary, no preposition with the article ("للاتفاقية")
            guard w.kind == .arabic, mentionAt[k] == nil, w.key.count >= 3, w.classes == 0, !isBoundary(k), !w.eventWord, !w.reportingWord,
                  !ActorFinder.auxiliaries.contains(w.key), !ActorFinder.prepositionArticle.contains(where: { w.key.hasPrefix($0) }),
                  // (nor a derived masdar: "وانتقد الهمامي تعيين وزير" names the criticised appointment)
                  !MasdarShape.isDerivedMasdar(w.key),
                  lexicon.headMatch(words, at: k) == nil || k > i else { return nil }
            k += 1
            // the office may follow after a comma: "جاسم الذهبي، عميد كلية الإدارة"
            let o = k + 1 < hi && words[k].kind == .punctuation && words[k].punct == "،" ? k + 1 : k
            if o < hi, let inner = phrase(at: o, limit: hi), lexicon.headMatch(words, at: o).map({ $0.0.kind == .speaker || $0.0.kind == .person }) ?? false {
                return holder(i, inner)
            }
        }
        return nil
    }

    /// A person's name with no title, as the subject of a verb of saying: "وقال سليم الرياحي إن", "وأضاف
    /// عبد الحميد الجلاصي:". A given name (or "عبد"/"أبو" and its complement, or a word before a family name of
    /// the nisba form), then name words or family names with the article, two to four words in all, and then
    /// what opens the words said: a complementizer, punctuation, or the frame "في بيان/تصريح". The actor has
    /// no country or sector of its own; the caller may find them in an earlier mention of the same person.
    func bareName(at i: Int, limit hi: Int) -> FoundActor? {
        func nameWord(_ k: Int) -> Bool {
            let w = words[k]
            return w.kind == .arabic && mentionAt[k] == nil && w.key.count >= 2 && w.classes == 0 && !isBoundary(k)
                && !w.eventWord && !w.reportingWord && lexicon.headMatch(words, at: k) == nil
        }
        guard i + 1 < hi, nameWord(i), nameWord(i + 1) else { return nil }
        let first = NameFold.key(text[words[i].start..<words[i].end])
        let compound = ActorFinder.compoundNameStarts.contains(words[i].key)
        guard compound || ActorFinder.isGivenName(first) || beginsNisbaFamilyName(i, hi) else { return nil }
        var k = i + 1
        while k < hi, k < i + 4, nameWord(k) {
            let key = NameFold.key(text[words[k].start..<words[k].end])
            let joined = ActorFinder.compoundNameStarts.contains(words[k - 1].key)
            let listed = NERNameParts.shared.contains(key)
            // no conjunction or preposition with the article ("والمقيم"), no ordinary word ("مؤخرا", recently)
            guard !ActorFinder.prepositionArticle.contains(where: { words[k].key.hasPrefix($0) }),
                  listed || isFamilyNameWithArticle(k) || !isOrdinaryWord(k),
                  k == i + 1 || joined || isFamilyNameWithArticle(k) || listed else { break }
            k += 1
            // a family name with the article closes the name unless it completes "عبد"/"أبو"
            if hasWrittenArticle(k - 1), !(k - 2 >= i && ActorFinder.compoundNameStarts.contains(words[k - 2].key)) { break }
        }
        guard k - i >= (compound ? 3 : 2) else { return nil }
        // what follows opens the words said
        guard k == hi || words[k].kind == .punctuation || words[k].isClass(.complementizer)
                || ActorFinder.isClitic(words[k], on: .complementizer, lexicon) || EventCoder.pronounComplementizers.contains(words[k].key)
                || (k + 1 < hi && words[k].key == FunctionWords.fi && ActorFinder.statementFrames.contains(EventLexicon.stripArticle(words[k + 1].key)))
        else { return nil }
        let t = text[words[i].start..<words[k - 1].end]
        return FoundActor(actor: Actor(name: t, text: t), start: i, end: k, label: nil)
    }

    static let auxiliaries: WordKeySet = ["كان", "كانت", "كانوا", "يكون", "تكون", "ليس", "ليست"]
    static let prepositionArticle: [WordKey] = ["لل", "بال", "وال", "فال", "كال"]

    private func holder(_ i: Int, _ inner: FoundActor) -> FoundActor {
        var a = inner.actor
        a.text = text[words[i].start..<words[inner.end - 1].end]
        return FoundActor(actor: a, start: i, end: inner.end, label: inner.label)
    }

    /// Two sound plurals in different cases, "مسلحون طيارين": the second is no adjective of the first (an
    /// adjective agrees in case), so it begins the next phrase ("خطف مسلحون طيارين كينيين": subject, object).
    /// A feminine word ("قاعدة", "مروحيات") cannot qualify a masculine plural of people either: "هاجم مسلحون
    /// قاعدة جوية" is subject, then object.
    func caseClash(_ a: Int, _ b: Int) -> Bool {
        let y = words[b].key
        guard y.count > 3 else { return false }
        if y.hasSuffix("ة") || y.hasSuffix("ات") { return true }
        return pluralCaseClash(a, b)
    }

    /// An indefinite singular head with no accusative ending ("مستوطن", "جندي"), its last word so far likewise, and
    /// then an indefinite word in the accusative ("شابا", "طفلا"): the accusative is no adjective of the head (an
    /// adjective agrees in case) but the verb's object or an adverb.
    static func accusativeAfterNominative(_ head: WordKey, _ previous: WordKey, _ word: WordKey) -> Bool {
        guard looksIndefiniteAccusative(word) else { return false }
        let singular = { (k: WordKey) in !k.hasPrefix(EventLexicon.article) && !ActorFinder.nonNominativeEndings.contains(where: { k.hasSuffix($0) }) }
        return singular(head) && singular(previous)
    }
    /// The shape of an indefinite noun in the accusative: the alef of its tanween ("شابا", "شرطيا", "ميدانيا"), not the
    /// ـايا of a broken plural ("ضحايا"), with no article.
    static func looksIndefiniteAccusative(_ k: WordKey) -> Bool {
        k.count > 3 && k.last == EventLexicon.alef && !k.hasSuffix(ActorFinder.doubleAlef) && !k.hasSuffix(EventCoder.brokenPluralYa)
            && !k.hasPrefix(EventLexicon.article)
    }
    static let doubleAlef: WordKey = "اا"

    /// Endings of words that are not an indefinite nominative singular: accusatives, feminines, plurals, duals.
    static let nonNominativeEndings: [WordKey] = ["ا", "ة", "ى", "ء", "ون", "ين", "ان", "ات"]

    /// A sound plural in one case followed by a word in another: "مسلحون طيارين", and a nominative plural
    /// followed by an accusative indefinite ("مسلحون مطارا": the object). Its adjectives agree with it.
    func pluralCaseClash(_ a: Int, _ b: Int) -> Bool {
        let x = words[a].key, y = words[b].key
        guard y.count > 3 else { return false }
        if x.hasSuffix("ون"), y.hasSuffix("ا"), !y.hasSuffix("اا"), !y.hasSuffix("يا"), !y.hasPrefix("ال") { return true }
        guard y.count > 4 else { return false }
        return (x.hasSuffix("ون") && y.hasSuffix("ين")) || (x.hasSuffix("ين") && y.hasSuffix("ون"))
    }

    /// Past the name of the office's holder written after it: "الأمين العام للأمم المتحدة أنطونيو غوتيريش",
    /// "وزير الخارجية المصري سامح شكري" (a person the entity stage found after the title, or knows).
    /// A word in ب that may be a name ("بيسنت", "بقائي", "بوريل") rather than ب + a noun: no class, not ب + the
    /// article ("بالمناسبة"), no ordinary word.
    func isNameInBa(_ j: Int) -> Bool {
        words[j].key.hasPrefix("ب") && !words[j].key.hasPrefix("بال") && words[j].classes == 0 && !isOrdinaryWord(j)
    }

    /// Where a holder's name must end: the end of the clause, a mark, a complementizer (with its clitics), a
    /// verb of saying, or "في" before the frame of a statement ("في بيان").
    func endsHolderName(at k: Int, _ hi: Int) -> Bool {
        guard k < hi else { return true }
        if words[k].kind == .punctuation || words[k].reportingWord || ActorFinder.isClitic(words[k], on: .complementizer, lexicon) { return true }
        return words[k].key == FunctionWords.fi && k + 1 < hi && ActorFinder.statementFrames.contains(EventLexicon.stripArticle(words[k + 1].key))
    }

    func pastHolderName(_ end: Int, _ hi: Int, anonymous: Bool = false) -> Int {
        // the given name "باسم" after the office, not "in the name of": "المتحدث باسم الحكومة باسم العوادي إن"
        if !anonymous, end + 1 < hi, words[end].key == ActorFinder.basim, mentionAt[end] == nil, mentionAt[end + 1] == nil,
           isFamilyNameWithArticle(end + 1), endsHolderName(at: end + 2, hi) {
            return end + 2
        }
        // a rank between office and name: "المتحدث باسم وزارة الداخلية اللواء سعد معن" (a name found by pattern
        // was found after its title, so the word before it is that title)
        if end + 1 < hi, mentionAt[end] == nil, words[end].kind == .arabic, let m = mentionAt[end + 1],
           layer.entities[layer.mentions[m].entity].type == .person, isPatternEntity(layer.entities[layer.mentions[m].entity].id) {
            return min(hi, wordIndexAfter(layer.mentions[m].end, from: end + 1))
        }
        // a holder the entity stage did not link: a given name and the next word or two of his name
        // ("الأمين العام للحزب الجمهوري عصام الشابي", "المتحدث باسم الجماعة يحيى سريع")
        // (a town named like a person is his given name here: "الأمين العام لحزب البناء الوطني رياض الشعيبي")
        // (the next word a family name: "واتهم المتحدث واشنطن بالتورط" is the capital as its government)
        // (a region's name of two words too: "صلاح الدين الجورشي")
        let townEnd = end < hi ? mentionAt[end].map { wordIndexAfter(layer.mentions[$0].end, from: end) } ?? end + 1 : end + 1
        let townAsName = townEnd < hi && townEnd <= end + 2 && mentionAt[end].map { [.city, .region].contains(layer.entities[layer.mentions[$0].entity].type) } == true
            && layer.mentions[mentionAt[end]!].start == words[end].start
            && mentionAt[townEnd] == nil && words[townEnd].kind == .arabic
            && (isFamilyNameWithArticle(townEnd) || NERNameParts.shared.contains(NameFold.key(text[words[townEnd].start..<words[townEnd].end])))
        // (a word the name lists lack is a given name before a family name of the nisba form: "منصف المرزوقي")
        if !anonymous, end < hi, mentionAt[end] == nil || townAsName, words[end].kind == .arabic, !words[end].reportingWord, !words[end].eventWord,
           words[end].key.count >= 3, !isBoundary(end), words[end].classes == 0, !ActorFinder.isClitic(words[end], on: .complementizer, lexicon),
           ActorFinder.isGivenName(NameFold.key(text[words[end].start..<words[end].end])) || beginsNisbaFamilyName(end, hi) {
            // (any word may be the family name right after the given name; later ones are name words or family
            // names with the article, and such a family name ends the name unless it completes "عبد"/"أبو":
            // "عبد الحميد الجلاصي ضيف", "إيمانويل ماكرون تشكيلة حكومته")
            var j = end + 1
            // (a family name the gazetteer knows as someone else's: "توم باراك")
            while j < hi, j < end + 4, words[j].kind == .arabic,
                  mentionAt[j] == nil || (j == end + 1 && mentionAt[j].map { layer.entities[layer.mentions[$0].entity].type == .person } == true)
                    || (townAsName && j < townEnd),
                  // (a listed name word in ب is a name, not a prepositional complement: "توم باراك")
                  !isBoundary(j) || (words[j].key.hasPrefix("ب") && NERNameParts.shared.contains(NameFold.key(text[words[j].start..<words[j].end])))
                    // (or any word in ب right after the given name, when what was said begins after it: "وزير الخزانة
                    // سكوت بيسنت في بيان إن", "المتحدث باسمها إسماعيل بقائي بأن")
                    || (j == end + 1 && isNameInBa(j) && endsHolderName(at: j + 1, hi)),
                  !words[j].reportingWord,
                  !words[j].eventWord, !words[j].isClass(.complementizer), !words[j].isClass(.preposition),
                  // (a quantifier begins what the holder said or did: "ونفى الحاج أبو يوسف أي اقتتال")
                  !ActorFinder.quantifiers.contains(words[j].key),
                  lexicon.headMatch(words, at: j) == nil,
                  // (a given name may carry the article itself: "الفاتح قرشي", "الطيب البكوش")
                  // (and a compound given name ends in one: "نور الدين الطبوبي", "سيف الإسلام القذافي")
                  !hasWrittenArticle(j - 1) || j - 1 == end || (j - 2 >= end && ActorFinder.compoundNameStarts.contains(words[j - 2].key))
                    || (j - 2 >= end && ActorFinder.compoundNameEnds.contains(words[j - 1].key)),
                  j == end + 1 || isFamilyNameWithArticle(j)
                    || NERNameParts.shared.contains(NameFold.key(text[words[j].start..<words[j].end]))
                    // (a word the lists lack between two names is one too: "عبد الفتاح آدن حسن")
                    || (j + 1 < hi && j + 1 < end + 4 && words[j].classes == 0 && !isOrdinaryWord(j) && mentionAt[j + 1] == nil
                        && words[j + 1].kind == .arabic && !words[j + 1].key.hasPrefix(EventLexicon.article)
                        && NERNameParts.shared.contains(NameFold.key(text[words[j + 1].start..<words[j + 1].end]))) { j += 1 }
            return j
        }
        // a name the lists lack, of two or three words, between the office and the words said: "مسؤول السياسة
        // الخارجية في الاتحاد الأوروبي جوزيب بوريل إن", "فيديريكا موغيريني أمس إن" (no word of the language, no
        // article: "مسؤول أمني كبير إن" has one such word, "مصدر مطلع رفض الكشف" a verb)
        if !anonymous {
            var j = end
            while j < hi, j < end + 3, words[j].kind == .arabic, mentionAt[j] == nil, words[j].classes == 0, words[j].key.count >= 3,
                  !hasWrittenArticle(j), !isOrdinaryWord(j), !words[j].reportingWord, !words[j].eventWord,
                  !isBoundary(j) || (j > end && isNameInBa(j) && endsHolderName(at: j + 1, hi)),
                  !ActorFinder.isClitic(words[j], on: .complementizer, lexicon), lexicon.headMatch(words, at: j) == nil,
                  !lexicon.isImperfective(words[j].key), !lexicon.pastForms.contains(words[j].key) { j += 1 }
            var k = j
            while k < hi, k < j + 3, inDate[k] || words[k].isClass(.daytime) { k += 1 }
            if j - end >= 2, k < hi, words[k].isClass(.complementizer) || ActorFinder.isClitic(words[k], on: .complementizer, lexicon) {
                return j
            }
        }
        guard end < hi, let m = mentionAt[end], layer.entities[layer.mentions[m].entity].type == .person,
              end == 0 || mentionAt[end - 1] != m else { return end }
        return min(hi, wordIndexAfter(layer.mentions[m].end, from: end))
    }

    /// An unknown, indefinite word that is no ordinary word, then an unknown family name of the nisba form
    /// ("المرزوقي", "الجلاصي"): a given name and its family name, though the name lists lack the first.
    func beginsNisbaFamilyName(_ end: Int, _ hi: Int) -> Bool {
        guard end + 1 < hi, mentionAt[end] == nil, mentionAt[end + 1] == nil, words[end + 1].kind == .arabic,
              !words[end].key.hasPrefix(EventLexicon.article), lexicon.headMatch(words, at: end) == nil,
              hasWrittenArticle(end + 1), words[end + 1].key.last == EventLexicon.ya, words[end + 1].classes == 0,
              !words[end + 1].eventWord, !words[end + 1].reportingWord, lexicon.headMatch(words, at: end + 1) == nil else { return false }
        return !isOrdinaryWord(end)
    }

    /// Word `j` is an ordinary word of the language (seen often in news and nearly never in a name).
    func isOrdinaryWord(_ j: Int) -> Bool {
        Gazetteer.shared.lexicons.commonWords.contains(NameFold.key(text[words[j].start..<words[j].end]))
    }

    /// `isOrdinaryWord`, or (with `withoutArticle`) the word is one once its written article is taken off ("المخيم").
    func isOrdinaryWord(_ j: Int, withoutArticle: Bool) -> Bool {
        if isOrdinaryWord(j) { return true }
        guard withoutArticle, hasWrittenArticle(j), words[j].end - words[j].start > 3 else { return false }
        return Gazetteer.shared.lexicons.commonWords.contains(NameFold.key(text[(words[j].start + 2)..<words[j].end]))
    }

    /// The word begins with the article as written: "الشابي", not "ألكسندر", whose hamza makes the alef the
    /// name's own letter (the folded key has lost that difference).
    func hasWrittenArticle(_ j: Int) -> Bool {
        words[j].key.hasPrefix(EventLexicon.article) && text.scalars[words[j].start] == "\u{0627}"
    }

    /// A definite word that may close a name: a nisba ("محمد شياع السوداني") or a word that is no ordinary
    /// noun of the language ("الشابي"); "ستيف ويتكوف الطرفين" ends before the object.
    func isFamilyNameWithArticle(_ j: Int) -> Bool {
        guard hasWrittenArticle(j) else { return false }
        if words[j].key.last == EventLexicon.ya { return true }
        let key = NameFold.key(text[words[j].start..<words[j].end])
        return !Gazetteer.shared.lexicons.commonWords.contains(key) || NERNameParts.shared.contains(key)
    }

    /// Nouns of the frame of a statement: "في بيان", "في تصريحات", "في مؤتمر صحفي".
    static let statementFrames: WordKeySet = ["بيان", "تصريح", "تصريحات", "حديث", "مؤتمر", "كلمة", "خطاب", "مقابلة", "رسالة"]
    static let compoundNameStarts: WordKeySet = ["عبد", "ابو", "ابي", "ابن", "بن"]
    static let compoundNameEnds: WordKeySet = ["الدين", "الاسلام"]

    /// A source is unnamed by definition: no word after "مصادر أمنية لوكالة فرنس برس" is its holder's name.
    static func isAnonymous(_ h: ActorHead) -> Bool { h.label == "source" || h.label == "sources" }

    /// A word of personal names that is not an ordinary word of the language ("خبر" is also a name).
    static func isGivenName(_ key: String) -> Bool {
        guard !Gazetteer.shared.lexicons.commonWords.contains(key) else { return false }
        if NERNameParts.shared.contains(key) { return true }
        // a foreign name's final s is written س or ز ("هانس", "هانز"; "جونز", "جونس")
        guard let last = key.unicodeScalars.last, last == "\u{0633}" || last == "\u{0632}", key.unicodeScalars.count >= 4 else { return false }
        var other = String.UnicodeScalarView(key.unicodeScalars.dropLast())
        other.append(last == "\u{0633}" ? "\u{0632}" : "\u{0633}")
        return NERNameParts.shared.contains(String(other))
    }

    /// The word is of the closed class, also behind و/ف on a short word ("فإنّ", "وأن"), which the noun keys
    /// (read once at annotation) leave whole.
    @inline(__always)
    static func isClitic(_ w: EventWord, on cls: WordClass, _ lexicon: EventLexicon) -> Bool {
        if w.inClass(cls) { return true }
        let k = w.key
        guard k.count == 3, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa else { return false }
        return lexicon.inClass(cls, k.dropFirst())
    }

    /// The entity was found by the shape of the text (an office, a name after a title), not in the gazetteer.
    func isPatternEntity(_ id: String) -> Bool { patternEntities.contains(id) }

    /// Word `i` begins the name of a country or place (not its nisba): after "من" it says where from, not
    /// whose ("سحب القوات من العراق").
    func isPlaceName(at i: Int) -> Bool {
        guard let m = mentionAt[i], layer.mentions[m].form != .nisba else { return false }
        let t = layer.entities[layer.mentions[m].entity].type
        return t == .country || t == .city || t == .region || t == .place
    }

    static let recognisedKeys = WordKeySet(Set(["المعترف", "معترف"].map { ArabicFold.key($0) }))
    static let byItKeys = WordKeySet(Set(["بها", "به", "بهم"].map { ArabicFold.key($0) }))
    static let internationallyKeys = WordKeySet(Set(["دوليا", "دولياً", "عربيا", "أمميا"].map { ArabicFold.key($0) }))

    /// "محلي" in its forms: an official or source of the place named after it.
    static let localWords = WordKeySet(Set(["محلي", "محلية", "محليا", "محليون", "محليين", "محليان", "المحلي", "المحلية", "المحليون", "المحليين"].map { ArabicFold.key($0) }))

    /// The first word from `i` that is not an opening quote or bracket ("«", "\"", "(").
    /// The index of the closing quote when word `i` opens a quote holding exactly one linked organisation,
    /// group or country name ("«حزب الله»", "\"القاعدة\"").
    func quotedName(at i: Int, limit hi: Int) -> Int? {
        guard i + 2 < hi, isQuote(i, ActorFinder.openingQuotes),
              let m = mentionAt[i + 1], [.organization, .group, .country].contains(layer.entities[layer.mentions[m].entity].type) else { return nil }
        let close = wordIndexAfter(layer.mentions[m].end, from: i + 1)
        guard close < hi, isQuote(close, ActorFinder.closingQuotes) else { return nil }
        return close
    }

    /// A name the gazetteer lacks, in quotes: one to four words and no saying, the index of the closing mark.
    func unknownQuotedName(at i: Int, limit hi: Int) -> Int? {
        guard i + 2 < hi, isQuote(i, ActorFinder.openingQuotes) else { return nil }
        var k = i + 1
        while k < hi, k <= i + 5, words[k].kind == .arabic || words[k].kind == .latin || words[k].kind == .number {
            if words[k].reportingWord || words[k].isClass(.complementizer) { return nil }
            k += 1
        }
        guard k > i + 1, k < hi, k <= i + 5, isQuote(k, ActorFinder.closingQuotes) else { return nil }
        return k
    }

    /// "لوكالة فرانس برس", "لـ«الشرق الأوسط»", "لقناة الجزيرة": a news outlet behind لـ.
    func isAddressedOutlet(_ j: Int, _ hi: Int) -> Bool {
        guard j < hi, words[j].kind == .arabic, words[j].key.first == EventLexicon.lam else { return false }
        if words[j].key.count > 2, lexicon.heads[words[j].key.dropFirst()]?.contains(where: { $0.kind == .media }) ?? false { return true }
        let at = words[j].key.count == 1 ? skipQuotes(j + 1, hi) : j
        guard at < hi, let m = mentionAt[at] else { return false }
        return layer.mentions[m].sector == .media || layer.entities[layer.mentions[m].entity].id.hasPrefix("media:")
    }

    static let openingQuotes: Set<Unicode.Scalar> = ["«", "\"", "“"]
    static let closingQuotes: Set<Unicode.Scalar> = ["»", "\"", "”"]

    /// Word `i` is one of these quotation marks.
    func isQuote(_ i: Int, _ marks: Set<Unicode.Scalar>) -> Bool { words[i].kind == .punctuation && marks.contains(words[i].punct) }

    func skipQuotes(_ i: Int, _ hi: Int) -> Int {
        var j = i
        while j < hi, words[j].kind == .punctuation, "«\"“(".unicodeScalars.contains(words[j].punct) { j += 1 }
        return j
    }

    static let accusativeNisba: WordKey = "يا"
    static let pluralVerbEnding: WordKey = "وا"

    /// "سائحا اسبانيا": a country's name ending in ـيا right after an indefinite accusative noun (ending in ا,
    /// its tanwin folded away) agrees with it as the accusative nisba (إسبانيًّا), the one reading that fits.
    func isAccusativeNisbaReading(noun i: Int, _ m: Int) -> Bool {
        let lm = layer.mentions[m]
        guard lm.form == .name, layer.entities[lm.entity].type == .country, wordIndexAfter(lm.end, from: i + 1) == i + 2 else { return false }
        let noun = words[i].key, name = words[i + 1].key
        return noun.count > 3 && noun.last == EventLexicon.alef && !noun.hasPrefix(EventLexicon.article)
            && name.hasSuffix(ActorFinder.accusativeNisba) && !name.hasPrefix(EventLexicon.article)
    }

    func wordIndexAfter(_ offset: Int, from i: Int) -> Int {
        var j = i
        while j < words.count, words[j].start < offset { j += 1 }
        return j
    }

    /// Display name of a country: the name of a country entity of the record with that code.
    func countryName(_ code: String, fallback: Entity) -> String {
        if let e = layer.entities.first(where: { $0.type == .country && $0.country == code }) { return e.name }
        return fallback.type == .country ? fallback.name : code
    }

    /// The state or people a nisba names, with the words that name them as evidence: "Palestine (مسيرة فلسطينية)".
    func nisbaActor(_ c: String, _ e: Entity, text t: String, sector: Sector? = nil) -> Actor {
        Actor(name: "\(countryName(c, fallback: e)) (\(t))", country: c, sector: sector, text: t)
    }
}

extension EventLexicon {
    /// Longest actor head starting at word `i` (article-insensitive, و/ف/ب/ل clitics allowed on the first word).
    func headMatch(_ words: [EventWord], at i: Int) -> (ActorHead, Int)? {
        guard i < words.count, words[i].kind == .arabic else { return nil }
        var found: (ActorHead, Int)?
        EventLexicon.forEachNounKey(words[i].key) { first in
            guard let cands = heads[first] else { return false }
            for h in cands {
                guard i + h.words.count <= words.count else { continue }
                var ok = true
                for (j, hw) in h.words.enumerated().dropFirst() {
                    let k = words[i + j].key
                    if !(k == hw || EventLexicon.stripArticle(k) == hw || EventLexicon.nounKeys(k).contains(hw)) { ok = false; break }
                }
                if ok { found = (h, i + h.words.count); return true }
            }
            return false
        }
        return found
    }
}

/// Random access to the text by code point offset.
struct ScalarSlice: Sendable {
    let scalars: [Unicode.Scalar]
    subscript(_ r: Range<Int>) -> String {
        let lo = max(0, r.lowerBound), hi = min(scalars.count, r.upperBound)
        return lo < hi ? ScalarText.string(scalars[lo..<hi]) : ""
    }
}
