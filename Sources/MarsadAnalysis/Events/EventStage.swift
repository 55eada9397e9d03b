import MarsadText
import MarsadKnowledge
/// The actor, statement, event, date, claim and contradiction stages of the analysis: who said what
/// (statements with stance), who did what to whom, where and when, and who claims it (events coded to
/// PLOVER), and which statements contradict each other. Reads the text and the entity stage's
/// `EntityLayer`; one pass over the words of each sentence with lexicons compiled once.
public struct EventStage: Sendable {
    let lexicon: EventLexicon

    public init() { self.lexicon = .shared }

    /// Run on a text: `sentences` are code point spans into `text`, `published` an ISO 8601 date or nil.
    public func run(text: String, sentences: [Span], published: String?, entities: EntityLayer)
        -> (statements: [Statement], events: [Event], contradictions: [Contradiction]) {
        run(scalars: Array(text.unicodeScalars), sentences: sentences, published: published, entities: entities)
    }

    /// Run on a text given as its Unicode scalars (`ScalarText.scalars`).
    func run(scalars: [Unicode.Scalar], sentences: [Span], published: String?, entities: EntityLayer)
        -> (statements: [Statement], events: [Event], contradictions: [Contradiction]) {
        var doc = EventDocument(scalars: scalars, sentences: sentences, published: published, layer: entities, lexicon: lexicon)
        doc.analyze()
        let contradictions = ContradictionFinder(statements: doc.statements, events: doc.events, claims: doc.eventStatement).find()
        return (doc.statements, doc.events, contradictions)
    }
}

/// One document's pass: words, dates, statements, events, in text order.
struct EventDocument {
    let scalars: [Unicode.Scalar]
    let sentences: [Span]
    let lexicon: EventLexicon
    let words: [EventWord]
    let sentenceOfWord: [Int]
    /// Event cues and reporting cue of each word (`EventLexicon.annotate`).
    let cues: [[EventCue]]
    let reporting: [ReportingCue?]
    let actors: ActorFinder
    let dates: [ResolvedDate]
    let numbers: NumberReader
    let publishedDate: CivilDate?

    var statements: [Statement] = []
    var events: [Event] = []
    /// For each event, the statement that claims it (index into `statements`), if any.
    var eventStatement: [Int?] = []
    /// Statement content spans (word ranges) and the statement each belongs to.
    var contents: [(range: Range<Int>, statement: Int)] = []
    /// Actors met so far, for anaphora ("الوزارة", "وأضاف").
    var history: [FoundActor] = []
    var lastSpeaker: FoundActor? = nil
    /// The outlet through which the last relayed source spoke ("ونقلت إنترفاكس عن مصدر"): a verb that cannot
    /// go on with the source may go on with it.
    var lastRelay: (source: FoundActor, via: FoundActor)? = nil

    init(scalars: [Unicode.Scalar], sentences: [Span], published: String?, layer: EntityLayer, lexicon: EventLexicon) {
        self.scalars = scalars; self.sentences = sentences; self.lexicon = lexicon
        var (all, cues, reporting) = EventWordScanner.scanAnnotated(scalars, in: 0..<scalars.count, lexicon: lexicon)
        EventDocument.readProvinces(&all, &cues, layer: layer)
        EventDocument.readRequirements(&all, &cues, lexicon: lexicon)
        self.cues = cues; self.reporting = reporting
        var sentenceOf: [Int] = []
        sentenceOf.reserveCapacity(all.count)
        var s = 0
        for w in all {
            while s < sentences.count, sentences[s].end <= w.start { s += 1 }
            sentenceOf.append(s < sentences.count && sentences[s].start <= w.start ? s : -1)
        }
        self.words = all
        self.sentenceOfWord = sentenceOf
        let slice = ScalarSlice(scalars: scalars)
        let dates = DateResolver(lexicon: lexicon, published: published).resolve(all)
        self.dates = dates
        let publishedDate = published.flatMap(CivilDate.init(iso:))
        self.actors = ActorFinder(words: all, text: slice, layer: layer, lexicon: lexicon, dates: dates,
                                  occupier: lexicon.occupations.occupier(of: layer, on: publishedDate))
        self.numbers = NumberReader(lexicon: lexicon)
        self.publishedDate = publishedDate
    }

    func text(_ r: Range<Int>) -> String { ScalarSlice(scalars: scalars)[r] }

    mutating func analyze() {
        var i = 0
        while i < words.count {
            let s = sentenceOfWord[i]
            var j = i
            while j < words.count, sentenceOfWord[j] == s { j += 1 }
            if s >= 0 { analyzeSentence(s, words: i..<j) }
            i = j
        }
        if let c = datelineCountry() { DatelineState.place(c, statements: &statements, events: &events) }
    }

    /// The country of the place a page's first sentence opens with before a dash ("تونس - أوقفت …", "طرابلس (ليبيا) -").
    func datelineCountry() -> String? {
        guard let first = words.indices.first(where: { sentenceOfWord[$0] >= 0 }),
              let end = datelineEnd(at: first, words.count), sentenceOfWord[end - 1] == sentenceOfWord[first],
              let m = actors.mentionAt[first] else { return nil }
        return actors.layer.mentions[m].country ?? actors.layer.entities[actors.layer.mentions[m].entity].country
    }

    /// A dateline opening at word `k`: a place, perhaps its country in brackets, and a dash ("نيامي - ", "طرابلس
    /// (ليبيا) - "); the index after the dash.
    func datelineEnd(at k: Int, _ limit: Int) -> Int? {
        guard k < limit, actors.isPlaceName(at: k), let m = actors.mentionAt[k] else { return nil }
        var d = actors.wordIndexAfter(actors.layer.mentions[m].end, from: k)
        if let b = bracketEnd(d, limit) { d = b }
        guard d + 1 < limit, words[d].kind == .punctuation, EventDocument.datelineDashes.contains(words[d].punct) else { return nil }
        return d + 1
    }


    // MARK: sentences

    mutating func analyzeSentence(_ s: Int, words range: Range<Int>) {
        let firstStatement = statements.count
        findStatements(s, range)
        findEvents(s, range, statementsFrom: firstStatement)
    }

    /// Words that may stand between a reporting verb and its subject: "-في بيان-", "، اليوم،", "أيضا".
    func skipInterjections(_ i0: Int, _ hi: Int) -> Int {
        var i = i0
        var steps = 0
        while i < hi, steps < 8 {
            let w = words[i]
            if w.kind == .punctuation, w.punct != "«", w.punct != "\"", w.punct != "“", w.punct != ":" { i += 1; steps += 1; continue }
            let k = w.key
            if FunctionWords.inWords.contains(k), i + 1 < hi, ActorFinder.statementFrames.contains(EventLexicon.stripArticle(words[i + 1].key)) {
                let end = frameEnd(from: i + 2, hi, maxWords: 8 - steps - 2)
                steps += end - i; i = end
                continue
            }
            if FunctionWords.insertedAdverbs.contains(k) { i += 1; steps += 1; continue }
            if i == i0, FunctionWords.pronounComplements.contains(k) { i += 1; steps += 1; continue }
            if let next = timeAdverbialEnd(at: i, hi), next > i { steps += next - i; i = next; continue }
            break
        }
        return i
    }

    /// Past the words of a statement's frame after its noun ("في بيان …"): its adjectives and a relative clause
    /// telling where it was posted or who carried it ("نشرته على قناتها في تلغرام", "نقلته وكالة سبأ"), up to
    /// `maxWords` words; it stops at a complementizer, and at any other name or head, which may be the speaker.
    func frameEnd(from i0: Int, _ hi: Int, maxWords: Int) -> Int {
        var i = i0
        while i < hi, i - i0 < maxWords, words[i].kind == .arabic, !isComplementizer(i), !words[i].eventWord, !words[i].reportingWord {
            if actors.mentionAt[i] != nil || lexicon.headMatch(words, at: i) != nil {
                guard frameComplementBefore(i) else { break }
                if let m = actors.mentionAt[i] { i = actors.wordIndexAfter(actors.layer.mentions[m].end, from: i); continue }
                // (a body named by its head: "في كلمة أمام البرلمان الجديد")
                guard let p = actors.phrase(at: i, limit: hi), p.end > i else { break }
                i = p.end
                continue
            }
            // what it was about runs to the complementizer: "في حديث مع وكالة تونس إفريقيا للأنباء حول المبادرات
            // التونسية …، أن"
            if EventDocument.topicPrepositions.contains(words[i].key), let c = complementizerAhead(from: i, i..<hi) { return c }
            i += 1
        }
        return i
    }

    /// "أن", "إن" and the like, or one with its pronoun ("إنه", "بأنها").
    func isComplementizer(_ i: Int) -> Bool {
        words[i].isClass(.complementizer) || EventCoder.pronounComplementizers.contains(words[i].key)
    }

    /// The word before `i`, inside a statement's frame, makes what follows a complement of the frame: a
    /// preposition of place or medium ("على", "عبر", "في") or a relative verb with its pronoun ("نشرته", "نقلته", "نقلها").
    func frameComplementBefore(_ i: Int) -> Bool {
        guard i > 0, words[i - 1].kind == .arabic else { return false }
        let k = words[i - 1].key
        return EventDocument.frameMediumPrepositions.contains(k)
            || (k.count >= 4 && (k.count >= 5 && k.hasSuffix(EventDocument.relativeVerbPronoun) || k.hasSuffix(EventDocument.relativeVerbPronounFeminine))
                && !words[i - 1].eventWord && actors.mentionAt[i - 1] == nil)
    }
    /// (and of whom it was given to or before: "في مقابلة مع رويترز", "في كلمة أمام البرلمان")
    static let frameMediumPrepositions: WordKeySet = ["في", "فى", "على", "عبر", "مع", "أمام", "امام"]
    static let topicPrepositions: WordKeySet = ["حول", "بشأن", "بشان", "بخصوص"]
    static let relativeVerbPronoun: WordKey = "ته"
    /// ("في كلمة … نقلها التلفزيون السوري": the feminine frame noun's pronoun)
    static let relativeVerbPronounFeminine: WordKey = "ها"

    /// Past the time adverbials at `i` only (no punctuation): "خطفوا قبل ظهر أمس أميركيا", "اغتالت فجر اليوم
    /// ناشطا", "قتلت الأسبوع الماضي 11 مسلحا" — the object comes after them.
    /// Between commas too: "اعتقلت جماعة الحوثي، فجر الخميس، تسعة موظفين".
    func skipTime(_ i0: Int, _ hi: Int) -> Int {
        var i = i0
        while i < hi, i < i0 + 8, let next = timeAdverbialEnd(at: i, hi), next > i { i = next }
        if i == i0, i + 2 < hi, words[i].kind == .punctuation, EventDocument.commas.contains(words[i].punct) {
            var k = i + 1
            while k < hi, k < i0 + 8, let next = timeAdverbialEnd(at: k, hi), next > k { k = next }
            if k > i + 1, k < hi, words[k].kind == .punctuation, EventDocument.commas.contains(words[k].punct) { i = k + 1 }
        }
        return i
    }

    /// The index after a time adverbial starting at word `i`, or nil: a resolved date ("27 ديسمبر الماضي",
    /// "الأسبوع الماضي"), a relative day or weekday ("أمس", "الثلاثاء"), or a part of the day that is an
    /// adverb by its accusative ("صباحا", "ليلا") or by the day that follows it ("فجر اليوم", "مساء الخميس",
    /// "قبل ظهر أمس"). A bare "فجر" before anything else is the verb "detonated" and is not skipped.
    func timeAdverbialEnd(at i: Int, _ hi: Int) -> Int? {
        guard i < hi, words[i].kind == .arabic || words[i].kind == .number else { return nil }
        let w = words[i]
        if let d = dateCovering(w.start) {
            var j = i
            while j < hi, words[j].start < d.end { j += 1 }
            return j
        }
        guard w.kind == .arabic else { return nil }
        if lexicon.value(.relday, w) != nil || lexicon.value(.weekday, w) != nil || w.key == FunctionWords.ams { return i + 1 }
        if w.isClass(.daytime) {
            if w.key.last == EventLexicon.alef && w.key.count > 3 { return i + 1 }              // "صباحا", "ليلا"
            if i + 1 < hi, words[i + 1].kind == .arabic,
               words[i + 1].isClass(.daytime) || timeAdverbialEnd(at: i + 1, hi) != nil || words[i + 1].key == FunctionWords.alyawm { return i + 1 }
            return nil
        }
        // "في وقت سابق", "في وقت لاحق"
        if w.key == FunctionWords.fi, i + 2 < hi, words[i + 1].key == EventDocument.timeKey,
           EventDocument.earlierLater.contains(words[i + 2].key) { return i + 3 }
        // "قبل ظهر أمس", "بعد منتصف ليلة الأربعاء"
        if FunctionWords.beforeAfter.contains(w.key), i + 1 < hi, words[i + 1].isClass(.daytime),
           timeAdverbialEnd(at: i + 1, hi) != nil { return i + 1 }
        return nil
    }

    /// The resolved date whose span covers code point `offset` (dates are in text order).
    func dateCovering(_ offset: Int) -> ResolvedDate? {
        var lo = 0, hi = dates.count
        while lo < hi { let m = (lo + hi) / 2; if dates[m].end <= offset { lo = m + 1 } else { hi = m } }
        return lo < dates.count && dates[lo].start <= offset ? dates[lo] : nil
    }

    func resolvePossessive(_ a: FoundActor, referent: FoundActor?) -> FoundActor {
        // (people of a state named in their own phrase keep it: "ثلاثة من جنودها من جنوب أفريقيا")
        guard a.possessive, a.actor.country == nil, let r = referent else { return a }
        var out = a
        out.actor.country = r.actor.country
        // (a spokesman of no sector speaks for his body: "المتحدثة باسمها" of a government is the government's)
        if out.actor.sector == nil { out.actor.sector = r.actor.sector }
        if let c = r.actor.country { out.actor.name = "\(countryLabel(c, from: r)) \(a.label ?? a.actor.name)" }
        // an armed group's own ("نفت قوات الدعم السريع …، وقال المتحدث باسمها", "قواتها", "مقاتليها") are the group's,
        // not its state's army
        if let e = r.actor.entity, e.hasPrefix("group:") {
            out.actor.entity = e
            if let sector = r.actor.sector { out.actor.sector = sector }
            out.actor.name = "\(r.actor.name) \(a.label ?? a.actor.name)"
        }
        return out
    }

    func countryLabel(_ code: String, from r: FoundActor) -> String {
        if let e = actors.layer.entities.first(where: { $0.type == .country && $0.country == code }) { return e.name }
        return code
    }

    /// Definite anaphora: a bare institution head ("الوزارة", "الدفاع") is the last actor with that head.
    /// `recent`: a speaker found earlier in the same sentence, which a possessive resumes before any earlier one
    /// ("نفت الحكومة الرواندية …، وقالت المتحدثة باسمها").
    func resolveAnaphora(_ a: FoundActor, _ hi: Int, recent: FoundActor? = nil) -> FoundActor {
        var a = a
        if a.possessive { return resolvePossessive(a, referent: recent ?? lastSpeaker ?? history.last) }
        guard a.actor.country == nil, a.actor.entity == nil, let label = a.label else { return a }
        // "وأضاف البيان": the statement stands for its author, the last who spoke
        // ("نفس المصدر": the head after "the same")
        let headAt = ActorFinder.sameWords.contains(words[a.start].key) && a.start + 1 < a.end ? a.start + 1 : a.start
        if label == "statement", words[headAt].key.hasPrefix(EventLexicon.article), let last = recent ?? lastSpeaker,
           last.actor.country != nil || last.actor.entity != nil {
            let t = a.actor.text
            a.actor = last.actor
            a.actor.text = t
            if a.end < hi, words[a.end].isClass(.anaphor) { a.end += 1 }
            return a
        }
        // "وشدد المصدر" after "مصدر مسؤول في الخارجية القطرية": a source is resumed by its head, whatever the
        // phrase's label (the body it spoke for)
        if label == "source" || label == "sources", words[headAt].key.hasPrefix(EventLexicon.article) {
            let head = EventLexicon.stripArticle(words[headAt].key)
            if let prev = history.last(where: { p in p.start < a.start && words[p.start].key == head
                && (p.actor.country != nil || p.actor.entity != nil || (p.actor.sector != nil && p.actor.sector != .unknown)) }) {
                let t = a.actor.text
                a.actor = prev.actor
                a.actor.text = t
                if a.end < hi, words[a.end].isClass(.anaphor) { a.end += 1 }
                return a
            }
        }
        let isMinistry = label == "ministry"
        // "وحمّل البرنامج قوات الدعم السريع مسؤولية الهجوم، وهو ما نفته القوات": a body named earlier in the same
        // sentence, though no statement or act has made it an actor yet, is the nearest
        if !isMinistry, words[headAt].key.hasPrefix(EventLexicon.article), let prev = samePhraseBefore(a.start, label: label) {
            let t = a.actor.text
            a.actor = prev.actor
            a.actor.text = t
            if a.end < hi, words[a.end].isClass(.anaphor) { a.end += 1 }
            return a
        }
        // (a body of no state is resumed too when its sector is known, "تنسيقية لجان المقاومة" … "وقالت التنسيقية",
        // or when the gazetteer knows it, "المنظمة الدولية للهجرة" … "وأوضحت المنظمة")
        if let prev = history.last(where: { ($0.label == label || (isMinistry && ($0.label ?? "").lowercased().contains("ministry")))
            && ($0.actor.country != nil || $0.actor.entity != nil || ($0.actor.sector != nil && $0.actor.sector != .unknown)) }) {
            let t = a.actor.text
            a.actor = prev.actor
            a.actor.text = t
            a.label = prev.label
        }
        // "ودعا المجلس" after "مجلس الأمن": a body named by a head of its own is resumed by that head too
        if a.actor.country == nil, a.actor.entity == nil, words[headAt].key.hasPrefix(EventLexicon.article) {
            let head = EventLexicon.stripArticle(words[headAt].key)
            let resumes = { (p: FoundActor) in p.start < a.start && p.end - p.start > 1 && EventLexicon.stripArticle(words[p.start].key) == head
                && (p.actor.country != nil || p.actor.entity != nil) }
            // (the speaker just before in the same sentence too, which the history does not hold yet)
            if let prev = recent.flatMap({ resumes($0) ? $0 : nil }) ?? history.last(where: resumes) {
                let t = a.actor.text
                a.actor = prev.actor
                a.actor.text = t
                a.label = prev.label
            }
        }
        // "الوزارة نفسها"
        if a.end < hi, words[a.end].isClass(.anaphor) { a.end += 1 }
        return a
    }

    /// The nearest phrase with head label `label` that the gazetteer knows, in the 30 words of the same sentence
    /// before word `j` (a phrase whose first word is indefinite: "قوات الدعم السريع", not another "القوات").
    func samePhraseBefore(_ j: Int, label: String) -> FoundActor? {
        let s = sentenceOfWord[j]
        var k = j - 1
        while k >= 0, k >= j - 30, sentenceOfWord[k] == s {
            // (a known body's phrase opens on a word the gazetteer linked: only those are read)
            if actors.mentionAt[k] != nil, words[k].kind == .arabic, !words[k].key.hasPrefix(EventLexicon.article),
               let (h, _) = lexicon.headMatch(words, at: k), h.label == label,
               let p = actors.phrase(at: k, limit: j), p.actor.entity != nil { return p }
            k -= 1
        }
        return nil
    }

    /// "وحمّل البرنامج" after "برنامج الأغذية العالمي": a body the gazetteer knows, resumed by its first word with the
    /// article (a word that heads no phrase of its own, so `resolveAnaphora` never sees it).
    func resumedByFirstWord(at j: Int, recent: FoundActor?) -> FoundActor? {
        guard j < words.count, words[j].kind == .arabic, actors.mentionAt[j] == nil, actors.hasWrittenArticle(j), words[j].key.count > 4,
              !words[j].eventWord, !words[j].reportingWord else { return nil }
        let head = EventLexicon.stripArticle(words[j].key)
        let resumes = { (p: FoundActor) in p.start < j && p.end - p.start > 1 && words[p.start].key == head && p.actor.entity != nil }
        guard let prev = recent.flatMap({ resumes($0) ? $0 : nil }) ?? history.last(where: resumes) else { return nil }
        var a = prev
        a.start = j; a.end = j + 1
        a.actor.text = text(words[j].start..<words[j].end)
        return a
    }

    /// "وأضاف الصفدي أن": a family name with the article alone, where an earlier actor's words end with it.
    /// `asObject`: the family name is a verb's object ("احتجز الحرس الرئاسي بازوم في 26 يوليو"), so nothing need
    /// follow it, but it may not be an ordinary word of the language.
    func familyNameAlone(at j: Int, asObject: Bool = false) -> FoundActor? {
        // (a month's name may be a family name too, "هاني رمضان" … "وهو ما نفاه رمضان": only of a person named in full)
        let monthName = j < words.count && words[j].classes != 0 && words[j].classes & ~EventDocument.monthClasses == 0
        guard j < words.count, words[j].kind == .arabic, actors.mentionAt[j] == nil, words[j].classes == 0 || monthName,
              !words[j].eventWord, !words[j].reportingWord, lexicon.headMatch(words, at: j) == nil else { return nil }
        let t = text(words[j].start..<words[j].end)
        if !monthName, actors.isFamilyNameWithArticle(j) {
            let a = sameNameBefore(FoundActor(actor: Actor(name: t, text: t), start: j, end: j + 1, label: nil))
            return a.actor.country != nil || a.actor.sector != nil || a.actor.entity != nil ? a : nil
        }
        // "وقال عراقجي": the family name of a person the text named in full before ("نظيره الإيراني عباس
        // عراقجي"), followed by what opens the words said
        // (or the preposition of a call: "ودعا علاوي إلى", "وطالب علاوي بـ")
        guard words[j].key.count >= 4, asObject ? !actors.isOrdinaryWord(j) : j + 1 < words.count, asObject || words[j + 1].isClass(.complementizer) || words[j + 1].kind == .punctuation
                || (words[j + 1].key == FunctionWords.fi && j + 2 < words.count && ActorFinder.statementFrames.contains(words[j + 2].key))
                || EventDocument.callPrepositions.contains(words[j + 1].key)
                || (words[j + 1].key.first == EventLexicon.ba && words[j + 1].key.count > 3),
              let person = personNamedBefore(family: t, before: words[j].start) else { return nil }
        var a = sameNameBefore(FoundActor(actor: Actor(name: person.name, country: person.country, entity: person.id, text: t),
                                          start: j, end: j + 1, label: nil))
        if a.actor.entity == nil { a.actor.entity = person.id }
        if a.actor.country == nil { a.actor.country = person.country }
        return a
    }

    /// The person entity whose name, as the text wrote it before `offset`, ends with this family name.
    func personNamedBefore(family: String, before offset: Int) -> Entity? {
        let key = NameFold.key(family)
        for e in actors.layer.entities where e.type == .person {
            guard let first = e.mentions.first, first.start < offset, first.text.contains(" "),
                  let last = first.text.split(separator: " ").last, NameFold.key(String(last)) == key else { continue }
            return e
        }
        return nil
    }

    /// A family name alone that no list knows, after a verb, is the earlier actor whose words end with it: "وقالت
    /// موغيريني" after "مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني" (found by its title, so no
    /// entity the name could link to).
    func familyNameOfEarlierActor(at j: Int, _ hi: Int) -> FoundActor? {
        guard j < hi, words[j].kind == .arabic, actors.mentionAt[j] == nil, words[j].classes == 0, !words[j].eventWord,
              !words[j].reportingWord, words[j].key.count >= 4 else { return nil }
        // (the name ends there: the words said, a frame or a time follow, not more of a name: "وقال جونغ اون")
        if j + 1 < hi {
            let n = words[j + 1]
            guard n.kind != .arabic || n.isClass(.complementizer) || ActorFinder.isClitic(n, on: .complementizer, lexicon)
                    || EventCoder.pronounComplementizers.contains(n.key) || FunctionWords.inWords.contains(n.key) || n.isClass(.daytime) || n.isClass(.relday) else { return nil }
        }
        let written = String(String.UnicodeScalarView(scalars[words[j].start..<words[j].end]))
        guard var out = earlierActor(endingWith: NameFold.key(written), where: { $0.actor.text?.contains(" ") == true }) else { return nil }
        out.actor.text = written
        out.start = j; out.end = j + 1; out.possessive = false; out.familyName = true
        return out
    }

    /// The latest actor met so far whose words end with `family` (folded) and that passes `test`.
    func earlierActor(endingWith family: String, where test: (FoundActor) -> Bool) -> FoundActor? {
        history.last { prev in
            guard test(prev), let end = prev.actor.text?.split(separator: " ").last else { return false }
            return NameFold.key(String(end)) == family
        }
    }

    /// A name told without its title is the person the text named with it before ("رئيس الحزب الوطني الحر، سليم
    /// الرياحي" … "وقال سليم الرياحي"): the earlier actor whose words end with the same family name lends its
    /// country, sector and entity; the words stay as written here.
    func sameNameBefore(_ a: FoundActor) -> FoundActor {
        guard let last = a.actor.text?.split(separator: " ").last, last.count >= 3 else { return a }
        guard let prev = earlierActor(endingWith: NameFold.key(String(last)),
                                      where: { $0.actor.country != nil || $0.actor.sector != nil || $0.actor.entity != nil }) else { return a }
        var out = a
        out.actor.country = prev.actor.country; out.actor.sector = prev.actor.sector; out.actor.entity = prev.actor.entity
        out.label = prev.label
        return out
    }

    mutating func remember(_ a: FoundActor) {
        history.append(a)
        if history.count > 64 { history.removeFirst(history.count - 64) }
    }

    /// Remember an actor unless the sentence remembered it already (a speaker is remembered when found, and
    /// again when its statement is made).
    mutating func rememberOnce(_ a: FoundActor) {
        if history.suffix(8).contains(where: { $0.start == a.start && $0.end == a.end }) { return }
        remember(a)
    }

    /// A verb of judging ("حكم", "قضى") is a sentence only with a word of punishment near ("حكمت محكمة على صحفي
    /// بالسجن"); elsewhere it is no event word at all ("انتقد ترامب حكم المحكمة وقال"). Nor is its masculine form
    /// before a feminine noun, which as a verb's subject would make it "حكمت": it is the noun, "the verdict of"
    /// ("أدانت الرئاسة حكم محكمة إسرائيلية بسجن طفل"). A summons ("استدعى") needs its envoy among the six words
    /// after it, past the subject ("استدعت وزارة الخارجية العراقية السفير التركي").
    static let oppositeKey: WordKey = "المقابل", byOppositeKey: WordKey = "بالمقابل"
    static func readRequirements(_ words: inout [EventWord], _ cues: inout [[EventCue]], lexicon: EventLexicon) {
        for i in words.indices where cues[i].contains(where: { $0.requiredNear != nil || $0.excludedNear != 0 }) {
            cues[i].removeAll { cue in
                if cue.excludedNear != 0, (i + 1..<min(words.count, i + 6)).contains(where: { words[$0].nounClasses & cue.excludedNear != 0 }) {
                    return true
                }
                guard let c = cue.requiredNear else { return false }
                if c == .punishment {
                    let near = (max(0, i - 3)..<min(words.count, i + 9)).contains { words[$0].inClass(.punishment) }
                    let construct = i + 1 < words.count && words[i + 1].key.hasSuffix("ة") && !words[i].key.hasSuffix("ت")
                    return !near || construct
                }
                // ("قطع متظاهرون الطريق": protesters cutting a road obstruct it; EventCoder codes the protest)
                if c == .relations, (i + 1..<min(words.count, i + 4)).contains(where: { k in
                    lexicon.headMatch(words, at: k).map { EventCoder.protesterLabels.contains($0.0.label) } == true }) { return false }
                return !(i + 1..<min(words.count, i + 7)).contains { words[$0].inClass(c) }
            }
            words[i].eventWord = !cues[i].isEmpty
        }
    }

    /// "مقاطعة بيلغورود", "مقاطعتي خاركيف ودنيبروبيتروفسك": before a place's name, "مقاطعة" is a province, not
    /// a boycott (the construct state needs the name right after it; "مقاطعة الانتخابات" stays one).
    static func readProvinces(_ words: inout [EventWord], _ cues: inout [[EventCue]], layer: EntityLayer) {
        let isBoycott: (EventCue) -> Bool = { $0.mode == "boycott" && ($0.nominal || $0.kind == .noun) }
        // (most pages have no such word: the places are gathered only for one that does)
        guard cues.contains(where: { $0.contains(where: isBoycott) }) else { return }
        var placeStarts = Set<Int>()
        for m in layer.mentions where m.form == .name {
            switch layer.entities[m.entity].type {
            case .city, .region, .place, .country: placeStarts.insert(m.start)
            default: continue
            }
        }
        guard !placeStarts.isEmpty else { return }
        for i in words.indices.dropLast() where cues[i].contains(where: isBoycott) && placeStarts.contains(words[i + 1].start) {
            cues[i] = []
            words[i].eventWord = false
        }
    }

    // MARK: statements

    /// The reporting verb at `i` tells an age ("يبلغ طفل من العمر 12 سنة": يبلغ with العمر within five words) or a
    /// name ("ويدعى الرجل جوستين": يُدعى is written with a final ى, which the folded key has lost; يدّعي "claims" is
    /// written with ي).
    func isAgeOrName(_ i: Int, _ cue: ReportingCue, _ range: Range<Int>) -> Bool {
        guard cue.form == .verb else { return false }
        if cue.lemmaKey == EventDocument.reachLemma {
            return (i + 1..<min(range.upperBound, i + 6)).contains { EventDocument.ageKeys.contains(EventLexicon.stripArticle(words[$0].key)) }
        }
        if cue.lemmaKey == EventDocument.claimLemma, words[i].key.first == EventLexicon.ya || words[i].key.first == EventLexicon.ta
            || words[i].key.hasPrefix(EventDocument.wawYa) || words[i].key.hasPrefix(EventDocument.wawTa) {
            return scalars[words[i].end - 1] == "\u{0649}"
        }
        return false
    }
    static let reachLemma = ArabicFold.key("أبلغ"), claimLemma = ArabicFold.key("ادعى")
    static let qablKey: WordKey = "قبل"
    static let ageKeys: WordKeySet = ["عمر", "عمره", "عمرها", "عمرهم"]
    static let wawYa: WordKey = "وي", wawTa: WordKey = "وت"

    mutating func findStatements(_ s: Int, _ range: Range<Int>) {
        var i = range.lowerBound
        var found: [(cue: Int, speaker: FoundActor?, stance: Stance, contentStart: Int, attribution: Bool, explicit: Bool,
                     via: FoundActor?)] = []
        while i < range.upperBound {
            let w = words[i]
            guard w.kind == .arabic else { i += 1; continue }
            if w.inClass(.attribution) {
                var j = i + 1
                if j < range.upperBound, words[j].key == "ل" || words[j].key == "عن" { j += 1 }
                if j < range.upperBound, var sp = actors.phrase(at: j, limit: range.upperBound) {
                    sp = resolveAnaphora(sp, range.upperBound, recent: found.last?.speaker)
                    // "ونقلت سانا عن مصدر عسكري قوله إن …": the outlet carries the words of the source after عن, who
                    // is the speaker; what was said follows ("…، نقلت رويترز عن مسؤول" ends what it attributes)
                    // ("وفق بيان صدر صباح اليوم عن الخارجية البحرينية": a statement that came from a body is that body's
                    // words, when the body's state is known; no outlet carried them)
                    let isFrame = ActorFinder.statementFrames.contains(EventLexicon.stripArticle(words[sp.start].key))
                    if EventDocument.relayKeys.contains(w.key) || isFrame, let (source, contentStart) = relayedSource(after: sp, range),
                       !isFrame || source.actor.country != nil {
                        found.append((i, source, .assert, contentStart ?? range.lowerBound, contentStart == nil, true, isFrame ? nil : sp))
                        if !isFrame { lastRelay = (source, sp) }
                        i = source.end; continue
                    }
                    found.append((i, sp, .assert, range.lowerBound, true, true, nil))
                    i = sp.end; continue
                }
                i += 1; continue
            }
            guard let cue = reporting[i], actors.mentionAt[i] == nil else { i += 1; continue }
            // a masdar is not a statement of its own ("إعلان", "تحذير")
            if cue.form == .masdar { i += 1; continue }
            // "يبلغ شاب من العمر 22 عاما" tells an age, "ويدعى الرجل جوستين" (يُدعى, written with ى) a name
            if isAgeOrName(i, cue, range) { i += 1; continue }
            if cue.form == .participle {
                // after a comma a participle is the circumstantial of the sentence's subject ("، نافية استهداف
                // أي منشآت", "، محذرا من أن …"); elsewhere it needs what it introduces right after it
                // (with the article it is an adjective: "التصريحات الداعية إلى تأجيل الانتخابات")
                if actors.hasWrittenArticle(i) { i += 1; continue }
                let afterComma = i > range.lowerBound && words[i - 1].kind == .punctuation && EventDocument.commas.contains(words[i - 1].punct)
                guard afterComma || (i + 1 < range.upperBound && (["الي", "ان", "بان", "إلى"].contains(words[i + 1].key) || words[i + 1].isClass(.complementizer)))
                else { i += 1; continue }
            }
            // حمّل is an accusation only with المسؤولية
            if cue.lemma == "حمل" {
                let window = (i + 1)..<min(range.upperBound, i + 6)
                guard window.contains(where: { EventLexicon.nounKeys(words[$0].key).contains("مسؤولية") || EventLexicon.nounKeys(words[$0].key).contains("مسوولية") }) else { i += 1; continue }
            }
            // "، طلب عدم الكشف عن هويته"، "طلب عدم ذكر اسمه": a source's wish to stay unnamed is no call
            if cue.stance == .call, i + 1 < range.upperBound, words[i + 1].key == EventDocument.notKey,
               (i + 2..<min(range.upperBound, i + 6)).contains(where: { EventDocument.identityKeys.contains(words[$0].key) }) { i += 1; continue }
            // "رد" says something only with what introduces the reply ("ورد المحافظ بأن", "ردت على ذلك بالقول إن",
            // "رد قائلا"): "رد الجيش على مصادر النيران" returned fire
            // ("التي وردت في تقرير", "ورد في البيان": "came, appeared", the same letters behind و)
            var replyStart: Int? = nil
            if cue.lemmaKey == EventDocument.replyKey {
                // ("رداً على": the masdar with its tanween, "in response", written as the dual's "ردا")
                if w.tanween || w.key == EventDocument.replyDual || (i > range.lowerBound && words[i - 1].isClass(.relative)) { i += 1; continue }
                if i + 1 < range.upperBound, EventDocument.appearedPrepositions.contains(words[i + 1].key) { i += 1; continue }
                // (the reply's own "بالقول" or "قائلا" before a "بأن" of what it replies to: "ورد على الاتهامات الموجهة له
                // بأنه … بالقول إنه")
                var j = i + 1
                while j < min(range.upperBound, i + 25), words[j].kind != .punctuation || words[j].punct == "،" || words[j].punct == "\"" {
                    if EventDocument.replyIntroducers.contains(words[j].key) {
                        if replyStart == nil || !EventDocument.thatKeys.contains(words[j].key) { replyStart = j + 1 }
                        if !EventDocument.thatKeys.contains(words[j].key) { break }
                    }
                    j += 1
                }
                guard replyStart != nil else { i += 1; continue }
            }
            // "مستودعا للأسلحة تابعا لمجموعات موالية": "تابع" before لـ is "belonging to", and with an object pronoun it
            // is "followed" ("في بث مباشر تابعته القناة"); neither says anything
            if cue.lemmaKey == EventDocument.continuedKey,
               (i + 1 < range.upperBound && words[i + 1].key.first == EventLexicon.lam) || EventDocument.hasObjectPronoun(w.key) { i += 1; continue }
            // "ووصفت حالتهم بالحرجة": the wounded's condition was described, a passive of the medical report; and "بما
            // وصفته بجريمة", "الذي وصفه بأنه عار": a description in a relative clause is part of the saying around it
            if cue.lemmaKey == EventCoder.describeLemma,
               (i + 1 < range.upperBound && EventDocument.conditionNouns.contains(words[i + 1].key))
                || (i > range.lowerBound && EventDocument.relativeWords.contains(words[i - 1].key)) { i += 1; continue }
            // "يذكر أن …", "ويذكر أن": "it is worth noting that", the outlet's own background, said by no speaker
            if EventDocument.notingKeys.contains(w.key), i + 1 < range.upperBound, isComplementizer(i + 1) { i += 1; continue }
            // "يتصرف كأنه تابع للحكومة": a verb after "as if" compares; it says nothing
            if i > range.lowerBound, EventDocument.asIf.contains(words[i - 1].key) { i += 1; continue }
            // "ولم تعلن إسرائيل عن وقوع إصابات", "لم يؤكد الجيش": a verb of saying under negation says nothing
            // (its subject is still the one the next "وقالت" or "وأضاف" goes on with)
            if cue.form == .verb, isNegatedSaying(i, range) {
                if var sp = actors.phrase(at: skipInterjections(i + 1, range.upperBound), limit: range.upperBound),
                   sp.actor.country != nil || sp.actor.entity != nil {
                    sp = resolveAnaphora(sp, range.upperBound, recent: found.last?.speaker)
                    lastSpeaker = sp; remember(sp)
                }
                i += 1; continue
            }
            // "سيعتبر إعلان حرب", "سوف يعلن": a saying to come has not been said
            if cue.form == .verb, isFutureSaying(i, range) { i += 1; continue }
            // a present verb that describes the indefinite noun before it, its subject ("رفعوا شعارات تطالب بـ",
            // "تقارير تفيد بأن"), says nothing of a speaker's, unless a pronoun resumes that noun as where it was
            // said ("أصدرت بيانا تدعو فيه")
            if cue.form == .verb, let f = w.key.first, f == EventLexicon.ya || f == EventLexicon.ta, cue.lemmaKey.first != f,
               describesNounBefore(i, range) { i += 1; continue }
            // (and so does one after a relative pronoun: "النظام الإيراني الذي يدعو إلى تدمير إسرائيل" is what the
            // regime is said to do, not a call made; "الذي يبلغ من العمر" his age), unless a subject of its own, named,
            // follows it: "جبهة النصرة التي تعتبرها واشنطن منظمة إرهابية"
            if cue.form == .verb, let f = w.key.first, f == EventLexicon.ya || f == EventLexicon.ta, cue.lemmaKey.first != f,
               i > range.lowerBound, words[i - 1].isClass(.relative),
               !(actors.phrase(at: skipInterjections(i + 1, range.upperBound), limit: range.upperBound).map {
                   $0.actor.country != nil || $0.actor.entity != nil } ?? false) { i += 1; continue }
            var speaker: FoundActor? = nil
            var contentStart = i + 1
            var explicit = false
            if cue.form == .verb {
                let j = skipInterjections(i + 1, range.upperBound)
                // ("متحدثة باسم الوزارة قالت لقناة …": an outlet behind لـ is whom the verb's subject spoke to)
                // ("أنها دعت سفيرة المملكة المتحدة": the pronoun on أنّ is the verb's subject, the phrase after it its object)
                // ("وكانت منظمة العفو الدولية قد دعت السلطات التونسية إلى": after "كان … قد" the subject stands
                // before the verb and the phrase after it is its object)
                // ("وكانت قد دعت السلطات إلى": with no subject between, it is the verb's pronoun)
                if i > range.lowerBound + 1, words[i - 1].isClass(.qad), EventDocument.kanaForms.contains(words[i - 2].key) {
                } else if i > range.lowerBound + 1, words[i - 1].isClass(.relative), relativeSubjectAgrees(words[i - 1].key, w.key, cue.lemma),
                          !(i + 1 < range.upperBound && FunctionWords.pronounComplements.contains(words[i + 1].key)),
                          let before = subjectBefore(i - 1, range), before.actor.country != nil || before.actor.entity != nil {
                    // "تقارير منظمة هيومن رايتس ووتش التي اتهمت الجيش": a relative clause's past verb says what its
                    // antecedent said ("الذي يدعو إلى" describes it; in "التي طلبت منها قطر" it is the one asked)
                    speaker = before; explicit = true
                } else if i > range.lowerBound, words[i - 1].isClass(.qad), pluperfectSubject(i, range), let before = subjectBefore(i, range) {
                    speaker = resolveAnaphora(before, range.upperBound, recent: found.last?.speaker); explicit = true
                } else if !(i > range.lowerBound && EventCoder.pronounComplementizers.contains(words[i - 1].key)),
                   !actors.isAddressedOutlet(j, range.upperBound),
                   // ("الذين وصفهم بمجاهدي أرض القيروان", "ووصفته بالجائر": after "وصف" a phrase in بـ is what it was
                   // called, not who called it so)
                   !(cue.lemmaKey == EventCoder.describeLemma && j < range.upperBound && words[j].key.first == EventLexicon.ba),
                   var sp = actors.phrase(at: j, limit: range.upperBound) ?? familyNameOfEarlierActor(at: j, range.upperBound),
                   // agreement: "ودعت المجتمع الدولي": a feminine verb's subject is not a masculine singular noun
                   !(EventLexicon.isFeminineVerb(w.key, lemma: cue.lemma) && sp.mayNotFollowFeminineVerb(words, actors.layer, actors.mentionAt)),
                   !(EventLexicon.isMasculineVerb(w.key, lemma: cue.lemma) && sp.isFeminineName(actors.layer, actors.mentionAt)),
                   // "وحثت الحكومة على احترام …": حث always has its object, so one phrase before على is the one urged
                   // and the subject is the speaker before (when there is one)
                   !(EventDocument.urgeLemmas.contains(cue.lemmaKey) && sp.end < range.upperBound
                     && EventDocument.onKeys.contains(words[sp.end].key) && (found.last?.speaker ?? lastSpeaker) != nil),
                   // "كما أدانت حكومة الإقليم القصف، ودعت الحكومة الاتحادية والمجتمع الدولي إلى …": a call coordinated
                   // after the sentence's own named speaker goes on with that speaker, and calls on the phrase after it
                   !(cue.stance == .call && isCoordinatedVerb(i) && (found.last.map { $0.explicit && $0.speaker != nil } ?? false)
                     && found.last?.speaker?.actor.name != sp.actor.name && callsOnPhrase(endingAt: sp.end, range)),
                   // "دانت الخارجية العدوان، واتهمت إسرائيل بالسعي إلى …": a coordinated accusation's phrase before بـ
                   // is the accused when the sentence has a speaker already
                   !(cue.lemmaKey == "اتهم" && isCoordinatedVerb(i) && sp.end < range.upperBound && words[sp.end].key.hasPrefix("ب")
                     && found.last?.speaker != nil),
                   // "وحملت حكومة الاحتلال المسؤولية": the one held responsible, as urged above
                   !(cue.lemmaKey == "حمل" && sp.end < range.upperBound && EventDocument.responsibilityKeys.contains(words[sp.end].key)
                     && (found.last?.speaker ?? lastSpeaker) != nil) {
                    sp = resolveAnaphora(sp, range.upperBound, recent: found.last?.speaker)
                    speaker = sp; contentStart = sp.end; explicit = true
                } else if var sp = actors.namedPhrase(at: j, limit: range.upperBound) {
                    sp = resolveAnaphora(sp, range.upperBound, recent: found.last?.speaker)
                    speaker = sp; contentStart = sp.end; explicit = true
                } else if let (count, next) = numbers.read(words, at: j), case .number = count, next < range.upperBound,
                          var sp = actors.phrase(at: next, limit: range.upperBound), sp.label != nil {
                    // "ونددت خمسة أحزاب معارضة": a counted body (a number, not "عدد" or "عشرات")
                    sp.start = j
                    sp.actor.text = text(words[j].start..<words[sp.end - 1].end)
                    speaker = sp; contentStart = sp.end; explicit = true
                } else if let sp = actors.bareName(at: j, limit: range.upperBound) ?? familyNameAlone(at: j) {
                    speaker = sameNameBefore(sp); contentStart = sp.end; explicit = true
                } else if let sp = resumedByFirstWord(at: j, recent: found.last?.speaker) {
                    speaker = sp; contentStart = sp.end; explicit = true
                } else if let before = subjectBefore(i, range) {
                    speaker = before; explicit = true
                }
            }
            let bare = cue.lemmaKey == w.key
            if speaker == nil {
                // pronoun subject: the speaker of the sentence's or the text's last statement
                if bare && i > range.lowerBound && cue.form == .verb { i += 1; continue }     // "طلب" as a noun
                // …unless the verb has a subject of its own that is no actor: the clause is what was said
                if cue.form == .verb && hasSubjectAfterComplementizer(i, range) { i += 1; continue }
                // …or after "ما" ("وهو ما نفاه رمضان"): the relative verb's subject follows it, named but not known
                if cue.form == .verb, i > range.lowerBound, words[i - 1].key == EventDocument.maKey, i + 1 < range.upperBound,
                   words[i + 1].kind == .arabic, words[i + 1].classes & ~EventDocument.monthClasses == 0,
                   !words[i + 1].eventWord, !words[i + 1].reportingWord, !words[i + 1].key.hasPrefix(EventLexicon.article),
                   // (not an adverb, "نفته لاحقا"; a preposition with its pronoun or "كل", "ما صرحت به"; a complement
                   // noun, "ما اعتبره سابقة"; nor what was said, "ما تقول إنه")
                   words[i + 1].key.last != EventLexicon.alef, words[i + 1].key.count > 3, !words[i + 1].key.hasSuffix(EventDocument.taMarbutaKey),
                   !EventCoder.pronounComplementizers.contains(words[i + 1].key) {
                    // (a person the text named in full before: "على ما قاله يعلون حتى")
                    let t = text(words[i + 1].start..<words[i + 1].end)
                    guard let person = personNamedBefore(family: t, before: words[i + 1].start) else { i += 1; continue }
                    speaker = FoundActor(actor: Actor(name: person.name, country: person.country, entity: person.id, text: t),
                                         start: i + 1, end: i + 2, label: nil)
                    contentStart = i + 2; explicit = true
                }
                // …or, for a verb coordinated after the sentence's first act, that act's subject: "وتبنت «المقاومة
                // الإسلامية» الهجوم، وقالت في بيان إنها" goes on with the group, not with the text's last speaker
                if speaker == nil, found.last?.speaker == nil, cue.form == .verb, i > clauseStart(range) + 2, words[clauseStart(range)].eventWord,
                   isCoordinatedVerb(i) {
                    speaker = sentenceSubject(before: i, range, agreeingWith: w.key, cue.lemma, groupNames: true)
                }
                // …and a participle after a comma describes the sentence's subject: "أمر المجلس العسكري السفير
                // بمغادرة البلاد، متهما باريس بالتدخل"
                if speaker == nil, found.isEmpty, cue.form == .participle, i > clauseStart(range) + 2 {
                    speaker = sentenceSubject(before: i, range, agreeingWith: w.key, cue.lemma, groupNames: true)
                }
                speaker = speaker ?? found.last?.speaker ?? lastSpeaker
                // …who agrees with the verb: "وتبنت حركة الشباب الهجوم …، وزعمت أن" goes on with the movement,
                // not with the spokesman who spoke last
                if cue.form == .verb, let sp = speaker, disagrees(w.key, cue.lemma, sp) {
                    speaker = sentenceSubject(before: i, range, agreeingWith: w.key, cue.lemma)
                        // (or the outlet that carried the last source's words: "ونقلت إنترفاكس عن مصدر … وأضافت")
                        ?? lastRelay.flatMap { r in r.source.start == sp.start && !disagrees(w.key, cue.lemma, r.via, groupNames: true) ? r.via : nil }
                        ?? sp
                }
            }
            // "…، وفق ما أعلنت وزارة الصحة": what was said is the clause before, as after "بحسب"
            let attributing = cue.form == .verb && explicit && i - 1 > range.lowerBound
                && (EventDocument.asWhatKeys.contains(words[i - 1].key)
                    || (words[i - 1].key == "ما" && EventDocument.accordingKeys.contains(words[i - 2].key))
                    // "…، على ما أفاد سكان" (after a mark: "ردا على ما قاله" answers what was said)
                    || (words[i - 1].key == "ما" && i - 3 >= range.lowerBound && EventDocument.onKeys.contains(words[i - 2].key)
                        && words[i - 3].kind == .punctuation))
            // a named speaker is resumed within the sentence too: "أدانت الحكومة العراقية الغارات، ووصفها المتحدث
            // باسم الحكومة بأنها" is Iraq's spokesman
            if explicit, let sp = speaker, sp.actor.country != nil || sp.actor.entity != nil { rememberOnce(sp) }
            // (a saying that goes on with a relayed source came through the same outlet: "ونقلت سانا عن مصدر عسكري
            // قوله إن …، مضيفا أن …")
            let via = explicit ? nil : speaker.flatMap { sp in
                found.last.flatMap { $0.speaker?.start == sp.start ? $0.via : nil }
                    ?? lastRelay.flatMap { $0.source.start == sp.start ? $0.via : nil } }
            if let r = replyStart { contentStart = max(contentStart, r) }
            found.append((i, speaker, cue.stance, contentStart, attributing, explicit, via))
            i += 1
        }
        for (n, f) in found.enumerated() {
            guard let sp = f.speaker else { continue }
            var stance = f.stance
            if stance == .assert, sp.actor.sector == .media, let k = reporting[f.cue]?.lemmaKey, ["افاد", "نقل", "ذكر"].contains(k) { stance = .report }
            // content: after the speaker (and a complementizer), up to the next statement or the sentence end
            var cs = f.contentStart
            // not what is said of the speaker between commas: "قال المرصد السوري، ومقره لندن، إن …"
            if f.explicit, !f.attribution, cs < range.upperBound, let k = appositionEnd(cs, range) { cs = k }
            while cs < range.upperBound {
                // (a quotation opening what was said is part of it, as its closing mark is: 'واعتبرها "انتهاكا …"')
                if words[cs].kind == .punctuation, ActorFinder.openingQuotes.contains(words[cs].punct), cs + 1 < range.upperBound,
                   words[cs + 1].kind == .arabic, !words[cs + 1].isClass(.complementizer),
                   (cs + 1..<range.upperBound).contains(where: { words[$0].kind == .punctuation && ActorFinder.closingQuotes.contains(words[$0].punct) }) { break }
                if words[cs].kind == .punctuation || words[cs].isClass(.complementizer) { cs += 1; continue }
                // the frame is not what was said: "وقالت التنسيقية في بيان إن …"
                if words[cs].key == FunctionWords.fi, cs + 2 < range.upperBound,
                   ActorFinder.statementFrames.contains(EventLexicon.stripArticle(words[cs + 1].key)) {
                    let frameStart = cs
                    cs += 2
                    // with its adjectives, when a complementizer follows them: "في مؤتمر صحفي أن", "في بيان مقتضب إن"
                    // (and where it was held, before a call's preposition: "ودعا علاوي في مؤتمر صحفي بالقاهرة إلى المصارحة")
                    var k = cs
                    while k < min(range.upperBound, cs + 3), words[k].kind == .arabic, !words[k].isClass(.complementizer),
                          !EventDocument.callPrepositions.contains(words[k].key),
                          actors.mentionAt[k] == nil || actors.isPlaceName(at: k),
                          // (a head may be the frame's adjective, "مؤتمر صحفي", not the addressee "الحكومة الجديدة")
                          lexicon.headMatch(words, at: k) == nil || (k == cs && !words[k].key.hasPrefix(EventLexicon.article)),
                          !words[k].eventWord, !words[k].reportingWord { k += 1 }
                    if k > cs, k < range.upperBound, words[k].isClass(.complementizer) || EventDocument.callPrepositions.contains(words[k].key) {
                        cs = k
                    } else if f.stance == .accuse || f.stance == .call, k < range.upperBound, actors.phrase(at: k, limit: range.upperBound) != nil {
                        // (or whom it accuses or calls on: "اتهم الحوثي في كلمة متلفزة الموظفين المعتقلين بالانتماء")
                        cs = k
                    } else {
                        // (or a relative clause telling where it was posted: "في بيان نشرته عبر إذاعة الأندلس التابعة لها إن")
                        let e = frameEnd(from: cs, range.upperBound, maxWords: 8)
                        if e > cs, e < range.upperBound, isComplementizer(e) { cs = e }
                        // (or a longer one, with its commas and quoted names: "في كلمة ألقاها وسط تجمع في اسطنبول، أن")
                        else if let c = complementizerAhead(from: cs, range) { cs = c }
                        // a frame that cannot be told from what was said is kept whole, not cut in the middle
                        else if words[cs].kind == .arabic, actors.phrase(at: cs, limit: range.upperBound) == nil { cs = frameStart; break }
                    }
                    continue
                }
                // nor where the speaker is: "وقالت الشرطة في كابول إن …" (a place, then the complementizer)
                if FunctionWords.inWords.contains(words[cs].key), cs + 1 < range.upperBound, actors.isPlaceName(at: cs + 1),
                   let m = actors.mentionAt[cs + 1] {
                    let after = actors.wordIndexAfter(actors.layer.mentions[m].end, from: cs + 1)
                    if after < range.upperBound, words[after].isClass(.complementizer) || EventCoder.pronounComplementizers.contains(words[after].key) {
                        cs = after; continue
                    }
                }
                // nor "on the other hand" after the speaker: "ونفت الحكومة في المقابل تقارير المنظمة"
                if cs == f.contentStart, words[cs].key == FunctionWords.fi, cs + 2 < range.upperBound, words[cs + 1].key == EventDocument.oppositeKey {
                    cs += 2; continue
                }
                if cs == f.contentStart, words[cs].key == EventDocument.byOppositeKey, cs + 1 < range.upperBound { cs += 1; continue }
                // nor the source's wish to stay unnamed: "وقال عقيد في الشرطة طلب عدم كشف هويته إن"
                if cs + 2 < range.upperBound, words[cs + 1].key == EventDocument.notKey, reporting[cs]?.stance == .call,
                   let id = (cs + 2..<min(range.upperBound, cs + 6)).first(where: { EventDocument.identityKeys.contains(words[$0].key) }) {
                    cs = id + 1; continue
                }
                // nor the speaker's partners, "حذرت مالي وبوركينا فاسو من أن", nor "من" before what is warned of
                if words[cs].key == FunctionWords.min, cs + 1 < range.upperBound, isComplementizer(cs + 1) { cs += 1; continue }
                if cs == f.contentStart, f.explicit, words[cs].key.first == EventLexicon.waw,
                   let p = actors.phrase(at: cs, limit: range.upperBound), p.end + 1 < range.upperBound,
                   isComplementizer(p.end) || (words[p.end].key == FunctionWords.min && isComplementizer(p.end + 1))
                    // (or a quotation: "واعتبر مجلس الرئاسة والمتظاهرون «عملية التكريم …»")
                    || (words[p.end].kind == .punctuation && ActorFinder.openingQuotes.contains(words[p.end].punct)) {
                    cs = p.end; continue
                }
                // nor whom it was said to, or where and when: "قال مصدر طبي لوكالة فرانس برس إن …", "وقال الوزير
                // للصحفيين أمس إن …", "قال مصدر في دائرة صحة البصرة لـ«الشرق الأوسط» إن …"
                if let k = adjunctsBeforeComplementizer(cs, range) { cs = k; continue }
                break
            }
            var ce = range.upperBound
            if f.attribution {
                cs = range.lowerBound
                // nor the dateline of the page's first sentence: "الخرطوم - قتل 32 مدنيا …، وفق ما أعلنت …"
                // ("طرابلس (ليبيا) - …": with its country in brackets)
                var dash = cs + 1
                // (a dateline of two words: "رام الله - …")
                while dash < f.cue, actors.mentionAt[cs] != nil, actors.mentionAt[dash] == actors.mentionAt[cs] { dash += 1 }
                if let b = bracketEnd(dash, f.cue) { dash = b }
                if dash + 1 < f.cue, actors.mentionAt[cs] != nil, words[dash].kind == .punctuation,
                   "-ـ–—".unicodeScalars.contains(words[dash].punct) { cs = dash + 1 }
                ce = f.cue
                // ("…، وفق ما أعلنت": the content ends before the words that attribute it)
                while ce > cs, words[ce - 1].kind == .punctuation || words[ce - 1].key == "ما"
                        || EventDocument.accordingKeys.contains(words[ce - 1].key) || EventDocument.asWhatKeys.contains(words[ce - 1].key)
                        || EventDocument.onKeys.contains(words[ce - 1].key) { ce -= 1 }
                if ce <= cs { cs = sp.end; ce = range.upperBound }
            } else if n + 1 < found.count, !found[n + 1].attribution {
                ce = max(cs, found[n + 1].cue)
                // ("…في العاصمة، فيما أعربت السفارة": the word that joins the next statement's clause is not said)
                while ce > cs, (words[ce - 1].kind == .punctuation && EventDocument.clauseMarks.contains(words[ce - 1].punct))
                        || EventDocument.clauseJoiners.contains(words[ce - 1].key) { ce -= 1 }
            }
            // "أعلنت الخزانة فرض عقوبات …، فيما رفضت الخارجية الإيرانية العقوبات": a clause joined by فيما/بينما
            // whose verb takes a stance of its own is the outlet's next piece of news, not more of what was said
            if !f.attribution, let k = (cs..<ce).first(where: { k in
                k + 1 < ce && EventDocument.contrastJoiners.contains(words[k].key) && words[k + 1].kind == .arabic
                    && (reporting[k + 1].map { $0.form == .verb } ?? false
                        || cues[k + 1].contains { ($0.kind == .verb && !$0.nominal && EventDocument.stanceTypes.contains($0.plover))
                            || ($0.kind == .light && !$0.nominal) }) }) {
                ce = k
                while ce > cs, words[ce - 1].kind == .punctuation, EventDocument.clauseMarks.contains(words[ce - 1].punct) { ce -= 1 }
            }
            let startOffset = f.explicit ? min(words[f.cue].start, words[sp.start].start) : words[f.cue].start
            let endOffset = ce > cs ? words[ce - 1].end : (f.explicit ? max(words[f.cue].end, words[sp.end - 1].end) : words[f.cue].end)
            let cueText = text(words[f.cue].start..<words[f.cue].end)
            let st = Statement(speaker: sp.actor, cue: cueText, stance: stance, start: startOffset,
                               end: max(endOffset, words[f.cue].end), sentence: s,
                               content: ce > cs ? Span(start: words[cs].start, end: words[ce - 1].end) : nil, via: f.via?.actor)
            statements.append(st)
            if ce > cs { contents.append((cs..<ce, statements.count - 1)) }
            if sp.actor.country != nil || sp.actor.entity != nil { lastSpeaker = sp; rememberOnce(sp) }
            else {
                // (a new unnamed source of no state named still speaks on: "وقال مصدر أمني لوكالة …. وأضاف"; not "المصدر
                // ذاته", which resumes one named before)
                if EventDocument.newSource.contains(words[sp.start].key) { lastSpeaker = sp }
                // (a body of no state, its sector known, may still be resumed by its head: "وقالت التنسيقية")
                if let sector = sp.actor.sector, sector != .unknown, sp.label != nil { remember(sp) }
            }
        }
    }

    /// The source whose words an outlet carries: the actor phrase after "عن" that follows the outlet of "نقلت"
    /// ("ونقلت سانا عن مصدر عسكري"; past the outlet's acronym or adjectives, "وكالة أنباء الإمارات (وام)",
    /// "وكالة فارس شبه الرسمية"), and where what it said begins: past the source's apposition, "قوله"/"القول"/
    /// "تأكيده" and the complementizer or colon ("عن مصدر عسكري قوله إن …", "عن الوزير أن …"); nil for the
    /// start when nothing follows the source (the sentence before is what it said: "…، نقلت رويترز عن مسؤول").
    func relayedSource(after outlet: FoundActor, _ range: Range<Int>) -> (FoundActor, Int?)? {
        var j = outlet.end
        while j < min(range.upperBound, outlet.end + 6), words[j].key != FunctionWords.aan {
            guard plainWordOrBracket(j) else { return nil }
            j += 1
        }
        guard j + 1 < range.upperBound, words[j].key == FunctionWords.aan,
              var source = actors.phrase(at: j + 1, limit: range.upperBound) else { return nil }
        // (the saying's masdar is not the source's: "عن وزير الداخلية تأكيده أن")
        if source.end - 1 > source.start, EventDocument.sayingNouns.contains(words[source.end - 1].key) {
            source.end -= 1
            source.actor.text = text(words[source.start].start..<words[source.end - 1].end)
        }
        source = resolveAnaphora(source, range.upperBound, recent: outlet)
        // the source's apposition or relative clause, up to what it said: "عن مدير العلاقات العامة، شاهرخ نوش آبادي،
        // قوله"
        var k = source.end
        while k < min(range.upperBound, source.end + 10), !EventDocument.sayingNouns.contains(words[k].key), !isComplementizer(k),
              !(words[k].kind == .punctuation && (words[k].punct == ":" || ActorFinder.openingQuotes.contains(words[k].punct))),
              plainWordOrBracket(k) || (words[k].kind == .punctuation && EventDocument.commas.contains(words[k].punct)) { k += 1 }
        if k < range.upperBound, EventDocument.sayingNouns.contains(words[k].key) {
            k += 1
            while k < range.upperBound, words[k].kind == .punctuation, EventDocument.commas.contains(words[k].punct) { k += 1 }
        }
        let says = k < range.upperBound
            && (isComplementizer(k) || (words[k].kind == .punctuation && words[k].punct == ":")
                || (words[k].kind == .punctuation && ActorFinder.openingQuotes.contains(words[k].punct)))
        if says { return (source, k) }
        // nothing said after the source: it ends the sentence
        k = source.end
        return k >= range.upperBound || (words[k].kind == .punctuation && !EventDocument.commas.contains(words[k].punct)) ? (source, nil) : nil
    }

    /// A word that neither acts nor says (no act, saying or complementizer), or a bracket: what may stand
    /// between an outlet and "عن", or a source and what it said.
    func plainWordOrBracket(_ k: Int) -> Bool {
        switch words[k].kind {
        case .arabic: return !words[k].eventWord && !words[k].reportingWord && !isComplementizer(k)
        case .punctuation: return words[k].punct == "(" || words[k].punct == ")" || words[k].punct == "\""
        default: return true
        }
    }

    /// The verb's gender is not the actor's: a feminine verb and a masculine singular head ("وزعمت" … "المتحدث"),
    /// a masculine verb and a country's or city's name. Nor its number: a verb with the plural subject ending ("يقولون", "أكدوا") and one body, official or named person or state
    /// ("وزارة الخارجية", "يحيى سريع", "إيران"): "ويشن الحوثيون هجمات يقولون إنها" is said by the Houthis.
    /// `groupNames`: a body's or group's name alone has the gender of what it names (as after the verb).
    func disagrees(_ verb: WordKey, _ lemma: String, _ a: FoundActor, groupNames: Bool = false) -> Bool {
        (EventLexicon.isFeminineVerb(verb, lemma: lemma) && (groupNames
            ? a.mayNotFollowFeminineVerb(words, actors.layer, actors.mentionAt, personNames: false)
            : a.isMasculineSingular(words, actors.layer, actors.mentionAt)))
            || (EventLexicon.isMasculineVerb(verb, lemma: lemma) && a.isFeminineName(actors.layer, actors.mentionAt))
            || (EventDocument.isPluralVerb(verb, lemma: lemma) && isOneBody(a))
    }

    /// The word before the verb at `i` is an indefinite common noun with nothing between (no mark, no
    /// article even behind a clitic, no act or saying, no actor or name, no particle), and no "فيه/فيها"
    /// follows the verb.
    func describesNounBefore(_ i: Int, _ range: Range<Int>) -> Bool {
        guard i - 1 > range.lowerBound else { return false }
        let p = words[i - 1]
        guard p.kind == .arabic, p.classes == 0, !p.eventWord, !p.reportingWord, actors.mentionAt[i - 1] == nil,
              !p.key.hasPrefix(EventLexicon.article), !EventDocument.definiteBehindClitic.contains(where: { p.key.hasPrefix($0) }), p.key.count >= 4,
              lexicon.headMatch(words, at: i - 1) == nil else { return false }
        if i + 1 < range.upperBound, EventDocument.inItKeys.contains(words[i + 1].key) { return false }
        return true
    }
    static let inItKeys: WordKeySet = ["فيه", "فيها", "فيهما", "فيهم"]
    /// The article behind a conjunction or preposition ("والذي", "بالتقارير", "للمنظمة"): a definite word.
    static let definiteBehindClitic: [WordKey] = ["وال", "فال", "بال", "كال", "لل"]

    /// A verb with a masculine plural subject: the past "قالوا", the present "يقولون".
    static func isPluralVerb(_ key: WordKey, lemma: String) -> Bool {
        if EventCoder.hasPluralSubjectSuffix(key, lemma: lemma) { return true }
        let l = ArabicFold.key(lemma)
        var k = key
        if k.first == EventLexicon.waw || k.first == EventLexicon.fa, k.count > l.count + 2 { k = k.dropFirst() }
        return k.count > l.count && k.first == EventLexicon.ya && k.hasSuffix(EventDocument.presentPluralEnding)
            && !l.hasSuffix(EventDocument.presentPluralEnding)
    }
    static let presentPluralEnding: WordKey = "ون"
    static let maKey: WordKey = "ما"
    /// The classes of a month's name ("رمضان", "أيلول"), which may be a person's family name too.
    static let monthClasses: UInt64 = WordClass.month.bit | WordClass.hijrimonth.bit | WordClass.dateStart.bit
    static let taMarbutaKey: WordKey = "ة"

    /// An institution, an official, an outlet, a named person, a country or a city: never "they".
    func isOneBody(_ a: FoundActor) -> Bool {
        if let m = actors.mentionAt[a.start] {
            let t = actors.layer.entities[actors.layer.mentions[m].entity].type
            if t == .person { return true }
            if (t == .country || t == .city) && actors.layer.mentions[m].form != .nisba { return true }
        }
        guard let (head, _) = lexicon.headMatch(words, at: a.start) else { return false }
        return head.kind == .institution || head.kind == .person || head.kind == .media
    }

    /// The subject of the sentence's main clause, when it agrees with the verb at `i`: the actor phrase that opens
    /// the sentence ("حركة الشباب تبنت") or follows its first word, the verb ("وتبنت حركة الشباب").
    func sentenceSubject(before i: Int, _ range: Range<Int>, agreeingWith verb: WordKey, _ lemma: String, groupNames: Bool = false) -> FoundActor? {
        let c0 = clauseStart(range)
        for k in c0..<min(i, c0 + 2) where words[k].kind == .arabic || actors.isQuote(k, ActorFinder.openingQuotes) {
            guard var a = actors.phrase(at: k, limit: i) ?? countedPeople(at: k, limit: i), a.end < i,
                  a.actor.country != nil || a.actor.entity != nil || (a.actor.sector ?? .unknown) != .unknown,
                  !disagrees(verb, lemma, a, groupNames: groupNames) else { continue }
            a = resolveAnaphora(a, i)
            return a
        }
        return nil
    }

    /// "مئات المحتجين الغاضبين": a vague count of people (not a number, which counts victims as often as doers)
    /// and the phrase it counts, as one actor.
    func countedPeople(at k: Int, limit: Int) -> FoundActor? {
        guard let (c, e) = numbers.read(words, at: k), c == .vague, e < limit else { return nil }
        guard var a = actors.phrase(at: words[e].key == FunctionWords.min ? e + 1 : e, limit: limit),
              a.label != nil || a.actor.country != nil else { return nil }
        a.start = k
        a.actor.text = text(words[k].start..<words[a.end - 1].end)
        return a
    }

    /// The first word of the sentence's main clause, past an opener that turns to the next party ("من جهتها،",
    /// "بدوره،") or adds the next piece of news ("كما"), or a time clause of at most four words before a comma
    /// ("وعقب انتشار الخبر،").
    func clauseStart(_ range: Range<Int>) -> Int {
        var k = range.lowerBound
        // (past a dateline: "نيامي - أمر المجلس العسكري", "طرابلس (ليبيا) - …")
        if let d = datelineEnd(at: k, range.upperBound) { k = d }
        // (past where it happened: "وفي عمّان، تظاهر مئات الأردنيين …")
        if k + 2 < range.upperBound, EventDocument.inPlaceOpeners.contains(words[k].key), actors.isPlaceName(at: k + 1),
           let comma = (k + 2..<min(range.upperBound, k + 6)).first(where: { words[$0].kind == .punctuation }),
           EventDocument.commas.contains(words[comma].punct),
           (k + 1..<comma).allSatisfy({ actors.isPlaceName(at: $0) || actors.mentionAt[$0] != nil || words[$0].inClass(.territory) }) {
            k = comma + 1
        }
        if k + 1 < range.upperBound, EventDocument.fromKeys.contains(words[k].key), words[k + 1].inClass(.sideof) { k += 2 }
        else if k < range.upperBound, words[k].inClass(.sideof) || EventDocument.alsoKeys.contains(words[k].key) { k += 1 }
        if k > range.lowerBound, k < range.upperBound, words[k].kind == .punctuation, EventDocument.commas.contains(words[k].punct) { k += 1 }
        else if k < range.upperBound, EventDocument.timeOpeners.contains(words[k].key),
                let comma = (k + 1..<min(range.upperBound, k + 5)).first(where: { words[$0].kind == .punctuation }),
                EventDocument.commas.contains(words[comma].punct),
                !(k + 1..<comma).contains(where: { words[$0].reportingWord || actors.mentionAt[$0] != nil }) { k = comma + 1 }
        return min(k, range.upperBound - 1)
    }
    /// The index after a short bracket opening at `d` ("(ليبيا)", "(أ ف ب)", "(رويترز)"): up to four words and no
    /// other mark before the closing one.
    func bracketEnd(_ d: Int, _ limit: Int) -> Int? {
        guard d < limit, words[d].kind == .punctuation, words[d].punct == "(" else { return nil }
        var k = d + 1
        while k < limit, k <= d + 5, words[k].kind != .punctuation { k += 1 }
        guard k < limit, k > d + 1, k <= d + 5, words[k].punct == ")" else { return nil }
        return k + 1
    }
    static let alsoKeys: WordKeySet = ["كما", "وكما"]
    static let inPlaceOpeners: WordKeySet = ["في", "وفي"]
    /// "وعقب انتشار الخبر،", "وبعد ساعات،": a time clause that opens the sentence before its main clause ("وفي سياق
    /// متصل،", "وفي وقت لاحق،": or the frame of the news).
    static let timeOpeners: WordKeySet = ["عقب", "وعقب", "بعد", "وبعد", "اثر", "واثر", "إثر", "وإثر", "قبل", "وقبل", "في", "وفي"]
    static let datelineDashes: Set<Unicode.Scalar> = ["-", "ـ", "–", "—"]
    static let timeKey: WordKey = "وقت"
    static let earlierLater: WordKeySet = ["سابق", "لاحق", "متأخر", "مبكر"]
    static let fromKeys: WordKeySet = ["من", "ومن"]

    /// "قالت الهيئة إن السفينة أبلغت عن انفجار", "محذرا من أن التصعيد يهدد": up to three words stand between a
    /// complementizer and the verb; they are its subject, so the verb is not said by the last speaker.
    /// (A coordinated verb goes on with the clause's subject: "إن التقرير أثار غضبها وطالبت بسحبه".)
    func hasSubjectAfterComplementizer(_ i: Int, _ range: Range<Int>) -> Bool {
        if let f = words[i].key.first, f == EventLexicon.waw || f == EventLexicon.fa { return false }
        var j = i - 1
        var n = 0
        while j >= range.lowerBound, n <= 3 {
            guard words[j].kind == .arabic, !words[j].eventWord, !words[j].reportingWord else { return false }
            if words[j].isClass(.complementizer) { return n > 0 }
            n += 1; j -= 1
        }
        return false
    }
    static let commas: Set<Unicode.Scalar> = [",", "،"]
    /// "قوله", "قولها", "القول", "تأكيده": the saying an outlet carries ("نقلت … عن مصدر قوله إن").
    static let continuedKey: WordKey = "تابع"
    /// "رد": a reply, a saying only with one of `replyIntroducers` after it.
    static let replyKey: WordKey = "رد"
    static let replyIntroducers: WordKeySet = ["بان", "بانه", "بانها", "بالقول", "قائلا", "قائلة", "قائلين"]
    static let thatKeys: WordKeySet = ["بان", "بانه", "بانها"]
    static let replyDual: WordKey = "ردا"
    static let appearedPrepositions: WordKeySet = ["في", "عن", "من", "الى", "ضمن"]
    static let notKey: WordKey = "عدم"
    static let identityKeys: WordKeySet = ["هويته", "هويتها", "هويتهم", "اسمه", "اسمها", "اسمهم", "اسماءهم", "اسمائهم", "هوياتهم"]
    static let notingKeys: WordKeySet = ["يذكر", "ويذكر"]
    /// "ما", "بما", "الذي", "التي": the words that open a relative clause before its verb.
    static let relativeWords: WordKeySet = ["ما", "بما", "لما", "مما", "عما", "فيما", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"]
    /// "حالته", "جراحهم": the condition of the wounded, which a report describes ("وصفت حالتهم بالخطيرة").
    static let conditionNouns: WordKeySet = ["حالة", "حالته", "حالتها", "حالتهم", "حالتهما", "حالات", "حالاتهم",
                                             "جروح", "جروحه", "جروحهم", "جراح", "جراحه", "جراحهم",
                                             "اصابة", "اصابته", "اصابتها", "اصاباتهم", "اصابات"]
    /// The word ends in an object pronoun ("تابعته", "تابعها", "تابعهم").
    static func hasObjectPronoun(_ k: WordKey) -> Bool {
        let ha: UInt8 = 0x27, alef: UInt8 = 0x07, mim: UInt8 = 0x25      // ه، ا، م as WordKey codes
        guard k.count >= 4, k.count <= WordKey.capacity else { return false }
        let last = k[k.count - 1], before = k[k.count - 2]
        return last == ha || (before == ha && (last == alef || last == mim))
    }
    /// "نقلت", "ونقلت": the attribution verb whose outlet carries the words of a source after "عن".
    static let relayKeys: WordKeySet = ["نقلت", "نقل", "ونقلت", "ونقل"]
    static let sayingNouns: WordKeySet = ["قوله", "قولها", "قولهم", "قولهما", "قولهن", "القول",
                                          "تاكيده", "تاكيدها", "تأكيده", "تأكيدها", "تصريحه", "تصريحها"]
    static let asIf: WordKeySet = ["كأن", "كأنه", "كأنها", "كأنهم", "وكأن", "وكأنه", "وكأنها", "وكأنهم"]

    /// The complementizer that opens what was said, when only adjuncts of the saying stand between it and the
    /// speaker: a phrase led by a preposition (the addressee "لوكالة فرانس برس", "للصحفيين", "لـ«الشرق الأوسط»";
    /// "في تصريح لقناة …", "خلال لقائه …") or a time word ("أمس"), up to eight words, no act or saying among them
    /// and no mark but quotes. Nil when `cs` opens no such adjunct.
    func adjunctsBeforeComplementizer(_ cs: Int, _ range: Range<Int>) -> Int? {
        guard cs < range.upperBound, words[cs].kind == .arabic, !words[cs].eventWord, !words[cs].reportingWord else { return nil }
        let k0 = words[cs].key
        // (or a time: "صباح اليوم إن", "الأسبوع الماضي من أن")
        let prepositional = words[cs].isClass(.preposition) || words[cs].inClass(.relday) || words[cs].isClass(.daytime) || actors.inDate[cs]
            // (a clitic preposition on a word of three letters or more, or written apart: "لـ«الشرق الأوسط»")
            || (k0.count != 2 && (k0.first == EventLexicon.lam || k0.first == EventLexicon.ba))
        guard prepositional else { return nil }
        var k = cs + 1
        while k < min(range.upperBound, cs + 9) {
            let w = words[k]
            if w.kind == .punctuation {
                guard ActorFinder.openingQuotes.contains(w.punct) || ActorFinder.closingQuotes.contains(w.punct) else { return nil }
            } else if w.kind == .arabic {
                if w.isClass(.complementizer) || EventCoder.pronounComplementizers.contains(w.key) { return k }
                if w.eventWord || w.reportingWord { return nil }
            }
            k += 1
        }
        return nil
    }
    static let newSource: WordKeySet = ["مصدر", "مصادر"]
    static let callPrepositions: WordKeySet = ["إلى", "الى", "على"]

    /// A verb of saying in the future: the prefix س on a present form that is itself a verb of saying
    /// ("سيعتبر", "وستعلن"; not "سأل"), or "سوف" before it.
    func isFutureSaying(_ i: Int, _ range: Range<Int>) -> Bool {
        var k = words[i].key
        if k.count > 3, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa { k = k.dropFirst() }
        if k.count > 3, k.first == EventLexicon.sin, let p = k.dropFirst().first, p == EventLexicon.ya || p == EventLexicon.ta || p == EventLexicon.nun,
           lexicon.reportingCue(k.dropFirst()) != nil { return true }
        return i > range.lowerBound && (words[i - 1].key == FunctionWords.sawfa || words[i - 1].key == FunctionWords.wasawfa)
    }

    /// The verb right after "لم", "لن" or "لا" (behind و/ف too: "ولم تعلن"). "ما" is left out: before a verb
    /// of saying it is mostly the relative of "وفق ما أعلنت", "بحسب ما قال".
    func isNegatedSaying(_ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound, words[i - 1].kind == .arabic else { return false }
        // "دون أن يشير إلى هجوم المستوطنين": without saying it
        if i - 2 >= range.lowerBound, words[i - 1].key == FunctionWords.an, EventDocument.withoutKeys.contains(words[i - 2].key) { return true }
        var k = words[i - 1].key
        if k.count == 3, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa { k = k.dropFirst() }
        return EventDocument.sayingNegators.contains(k)
    }
    static let sayingNegators: WordKeySet = ["لم", "لن", "لا"]
    static let withoutKeys: WordKeySet = ["دون", "بدون", "ودون"]

    /// "وكانت X قد دعت", "وكان الوزير قد أعلن": a form of "كان" opens the clause before its subject, "قد" and the
    /// verb at `i` (within eight words).
    func pluperfectSubject(_ i: Int, _ range: Range<Int>) -> Bool {
        (max(range.lowerBound, i - 10)..<max(range.lowerBound, i - 2)).contains { EventDocument.kanaForms.contains(words[$0].key) }
    }
    static let kanaForms: WordKeySet = ["كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"]

    /// SVO: an actor phrase ending right before word `i` in the same clause ("الرئيس الروسي قال").
    /// A relative clause's verb whose subject is the antecedent: past (a present verb describes it: "الذي يدعو إلى",
    /// "التي تعتبرها واشنطن") and agreeing with the relative (in "التي أعلن عن تكوينها أمين عام الحركة" the
    /// masculine verb has a subject of its own after it).
    func relativeSubjectAgrees(_ relative: WordKey, _ verb: WordKey, _ lemma: String) -> Bool {
        let lk = ArabicFold.key(lemma)
        let bare = verb.count > 3 && (verb.first == EventLexicon.waw || verb.first == EventLexicon.fa) ? verb.dropFirst() : verb
        guard bare.first == lk.first else { return false }
        if relative == EventDocument.allati { return EventLexicon.isFeminineVerb(verb, lemma: lemma) }
        if relative == EventDocument.alladhi { return !EventLexicon.isFeminineVerb(verb, lemma: lemma) }
        return true
    }
    static let allati: WordKey = "التي", alladhi: WordKey = "الذي"

    func subjectBefore(_ i: Int, _ range: Range<Int>) -> FoundActor? {
        // a time adverbial may stand between the subject and its verb: "مديريات الشرطة خلال الأسبوع الماضي
        // قتلت", "القوات الإسرائيلية فجر اليوم اقتحمت"
        // (not before a coordinated verb, which begins a clause of its own: "… اليوم الأحد وطالب")
        var end = i
        // a verb in quotes keeps its subject: "إن قواته «حيدت» ثلاثة مسلحين" (not a quotation that opens with the
        // verb, whose speaker stands before it: "قال مسؤول لرويترز: «قتلت …»")
        // (nor the quoted words of a clause whose subject stands outside them: "أن طائراتها "حيّدت 14 إرهابيا"")
        if end - 1 > range.lowerBound, i + 1 < range.upperBound, words[end - 1].kind == .punctuation,
           EventCoder.quoteMarks.contains(words[end - 1].punct), words[end - 1].punct != "(",
           (words[i + 1].kind == .punctuation && EventCoder.quoteMarks.contains(words[i + 1].punct))
            || (words[end - 2].kind == .arabic && !words[end - 2].isClass(.complementizer) && afterComplementizer(end - 2, range)) { end -= 1 }
        let coordinated = isCoordinatedVerb(i)
        while !coordinated, end - 1 >= range.lowerBound, end > i - 6 {
            let w = words[end - 1]
            // ("قد" too: "وكان المسلحون قد خطفوا")
            let inTime = actors.inDate[end - 1] || w.isClass(.daytime) || lexicon.value(.weekday, w) != nil || w.isClass(.qad)
                || (w.key == "خلال" && end < i && actors.inDate[end])
            guard inTime else { break }
            end -= 1
        }
        var j = end - 1
        var steps = 0
        while j >= range.lowerBound, steps < 5 {
            if words[j].kind == .punctuation {
                // (a name in quotes inside the subject: "وكانت وكالة "فرانس برس" أفادت")
                guard let open = quotedNameStart(closingAt: j, range) else { return nil }
                j = open - 1; steps += 1
                continue
            }
            if let a = subjectPhrase(at: j, end: end, verb: i) ?? subjectBeforeItsPlace(at: j, end: end) {
                // "… في وسط الصومال وخطفوا": a place after a preposition or a side of it is where, not who
                if j > range.lowerBound, actors.isPlaceName(at: j), words[j - 1].isClass(.preposition) || words[j - 1].isClass(.compass) { return nil }
                // the longest phrase that ends there: "مديريات الشرطة قتلت", not "الشرطة"
                var best = a
                var k = j - 1
                while k >= range.lowerBound, k >= j - 8, words[k].kind != .punctuation {
                    // (a longer phrase begins with a head or a name, not with any noun: "ونقل دبلوماسي روسي")
                    if actors.mentionAt[k] != nil || lexicon.headMatch(words, at: k) != nil,
                       let b = subjectPhrase(at: k, end: end, verb: i) ?? subjectBeforeItsPlace(at: k, end: end) { best = b }
                    k -= 1
                }
                // "وخطف مسلحون عشرة عمال أتراك وقتل ثلاثة منهم": before a coordinated verb, a phrase after a count,
                // a preposition or a noun is an object or a genitive of the clause before, not this verb's subject
                // (right after that clause's verb it is the subject both verbs share: "أصدره الرئيس ترامب وقال")
                if coordinated, best.start > range.lowerBound, isObjectPosition(best.start - 1) { return nil }
                // a phrase a preposition governs, perhaps past its count, is no subject: "عقوبات على ست شركات وثلاثة
                // أفراد قالت إنهم" (the verb's subject is its pronoun); a partitive's is ("عددا آخر من الجنود اعتبروا"),
                // and so is an agent's ("احتجاجات من قبل متظاهرين اعتصموا")
                let governing = { (p: Int) in
                    self.words[p].isClass(.preposition) && self.words[p].key != FunctionWords.min
                        && !(self.words[p].key == EventDocument.qablKey && p > range.lowerBound && self.words[p - 1].key == FunctionWords.min)
                }
                if best.start > range.lowerBound, governing(best.start - 1)
                    || (best.start - 1 > range.lowerBound && numbers.read(words, at: best.start - 1) != nil && governing(best.start - 2)) {
                    return nil
                }
                // (nor a phrase right after another, the clause before's subject: "وانتقد ترامب وسائل الإعلام وقال")
                if coordinated, best.start > range.lowerBound, words[best.start - 1].kind == .arabic,
                   (max(range.lowerBound, best.start - 6)..<best.start).contains(where: { actors.phrase(at: $0, limit: best.start)?.end == best.start }) {
                    return nil
                }
                return best
            }
            // (the words of a place do not count: "مسؤولا محليا في قضاء العمادية بمحافظة دهوك قال")
            if !(actors.isPlaceName(at: j) || words[j].inClass(.territory)) { steps += 1 }
            j -= 1
        }
        return nil
    }

    /// The opening quote of a name of one to three words in quotes whose closing quote is word `j`
    /// ("وكالة "فرانس برس""), nil when `j` closes no such name.
    func quotedNameStart(closingAt j: Int, _ range: Range<Int>) -> Int? {
        guard words[j].kind == .punctuation, ActorFinder.closingQuotes.contains(words[j].punct) else { return nil }
        var k = j - 1
        while k >= max(range.lowerBound, j - 4) {
            if words[k].kind == .punctuation {
                return k < j - 1 && ActorFinder.openingQuotes.contains(words[k].punct) ? k : nil
            }
            if words[k].reportingWord || words[k].eventWord { return nil }
            k -= 1
        }
        return nil
    }

    /// Word `k` stands in the clause of a complementizer at most four words before it, with no mark and no verb
    /// of saying between ("أن طائراتها"; not "قال مسؤول لرويترز").
    func afterComplementizer(_ k: Int, _ range: Range<Int>) -> Bool {
        var j = k - 1
        while j >= max(range.lowerBound, k - 4) {
            let w = words[j]
            if w.kind != .arabic || w.reportingWord { return false }
            if w.isClass(.complementizer) { return true }
            j -= 1
        }
        return false
    }

    /// A call's preposition ("إلى", "على") follows the phrase ending at `e`, right away or after more phrases
    /// coordinated with it ("الحكومة الاتحادية والمجتمع الدولي إلى"): no mark, act or saying between.
    func callsOnPhrase(endingAt e: Int, _ range: Range<Int>) -> Bool {
        var k = e
        while k < min(range.upperBound, e + 6) {
            let w = words[k]
            guard w.kind == .arabic, !w.eventWord, !w.reportingWord else { return false }
            if EventDocument.callPrepositions.contains(w.key) { return true }
            if k == e, w.key.first != EventLexicon.waw { return false }
            k += 1
        }
        return false
    }

    /// The complementizer after an apposition set off by commas that opens at the comma `i` ("، ومقره لندن، إن"):
    /// one to six words with no act, saying or complementizer, then a comma and the complementizer.
    func appositionEnd(_ i: Int, _ range: Range<Int>) -> Int? {
        guard words[i].kind == .punctuation, EventDocument.commas.contains(words[i].punct) else { return nil }
        var k = i + 1
        while k < min(range.upperBound, i + 8), words[k].kind != .punctuation {
            // ("، طلب عدم الكشف عن هويته،": the source's wish to stay unnamed says nothing of the matter)
            let anonymity = words[k].reportingWord && k + 1 < range.upperBound && words[k + 1].key == EventDocument.notKey
            guard !words[k].eventWord, !words[k].reportingWord || anonymity, !isComplementizer(k) else { return nil }
            k += 1
        }
        guard k > i + 1, k + 1 < range.upperBound, words[k].kind == .punctuation, EventDocument.commas.contains(words[k].punct) else { return nil }
        if isComplementizer(k + 1) { return k + 1 }
        // (whom and how it was said to may follow: "، الضابط في الشرطة، لرويترز عبر الهاتف إن")
        if let c = complementizerAhead(from: k + 1, range), c <= k + 5, !(k + 1..<c).contains(where: { words[$0].kind == .punctuation }) { return c }
        return nil
    }

    /// The complementizer that ends a statement's frame within twelve words of `i` ("ألقاها وسط تجمع في اسطنبول،
    /// أن"): no saying, and no mark but commas, quotes and brackets before it (an act may be where it was given).
    func complementizerAhead(from i: Int, _ range: Range<Int>) -> Int? {
        var k = i
        while k < min(range.upperBound, i + 12) {
            let w = words[k]
            if w.kind == .punctuation {
                guard EventDocument.commas.contains(w.punct) || EventCoder.quoteMarks.contains(w.punct) || w.punct == ")" else { return nil }
            } else if w.kind == .arabic {
                if isComplementizer(k) { return k }
                // (a frame's noun is no saying of its own: "، عضو هيئة الدفاع، في تصريح لإذاعة موزاييك إن")
                if w.reportingWord, !(k > i && words[k - 1].key == FunctionWords.fi
                                       && ActorFinder.statementFrames.contains(EventLexicon.stripArticle(w.key))) { return nil }
            }
            k += 1
        }
        return nil
    }

    /// "لكن مسؤولا محليا في قضاء العمادية قال": an actor phrase from word `j` followed by where the actor is ("في"
    /// and up to four words of place names and place nouns) up to `end`, the verb.
    func subjectBeforeItsPlace(at j: Int, end: Int) -> FoundActor? {
        guard let a = actors.phrase(at: j, limit: end), a.end + 1 < end, end - a.end <= 5, words[a.end].key == FunctionWords.fi,
              !actors.isPlaceName(at: j),
              (a.end + 1..<end).allSatisfy({ actors.isPlaceName(at: $0) || words[$0].inClass(.territory) }) else { return nil }
        // ("وزارة الدفاع في سيول": a body of no state named sits in the state of its place)
        var out = a
        if out.actor.country == nil, out.actor.entity == nil, let (h, _) = lexicon.headMatch(words, at: a.start), h.kind == .institution,
           let m = (a.end + 1..<end).lazy.compactMap({ self.actors.mentionAt[$0] }).first {
            out.actor.country = actors.layer.mentions[m].country ?? actors.layer.entities[actors.layer.mentions[m].entity].country
        }
        return out
    }

    /// Word `p` governs the phrase after it as an object or a genitive: a count, a preposition, a definite
    /// noun or an ordinary noun of the language (not a verb, whose subject follows it).
    func isObjectPosition(_ p: Int) -> Bool {
        let w = words[p]
        if w.kind == .number { return true }
        guard w.kind == .arabic, !w.isClass(.complementizer), !w.eventWord, !w.reportingWord,
              !EventDocument.prepositionsWithPronoun.contains(w.key) else { return false }
        if w.isClass(.preposition) || numbers.read(words, at: p) != nil { return true }
        if w.key.hasPrefix(EventLexicon.article) { return true }
        return actors.isOrdinaryWord(p)
    }

    /// "به", "عليه", "لها": a preposition with its pronoun completes the verb before it ("أدلى به الرئيس"), and
    /// governs no phrase after it.
    static let prepositionsWithPronoun: WordKeySet = {
        var out = Set<WordKey>()
        for p in ["ب", "ل", "في", "من", "عن", "علي", "الي", "مع", "لدي", "عند"] {
            for suffix in ["ه", "ها", "هم", "هما", "هن"] { out.insert(WordKey(p + suffix)) }
        }
        return WordKeySet(out)
    }()

    /// "وقتل", "فهاجم": a verb with the conjunction و or ف on it; not one whose root begins with the letter
    /// ("وجهت" of وجّه, "فجر" of فجّر), which a cue's lemma tells.
    func isCoordinatedVerb(_ i: Int) -> Bool {
        let k = words[i].key
        guard k.count > 2, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa else { return false }
        if k[1] == f { return true }                      // "ووجه", "ففجر"
        var lemmas = cues[i].map { ArabicFold.key($0.lemma) }
        if let r = reporting[i] { lemmas.append(r.lemmaKey) }
        return !lemmas.contains { $0.count >= 2 && $0.first == f && $0[1] == k[1] }
    }

    /// An actor phrase from word `j` that ends right at `end` (a statement noun does not stand for its author
    /// across a time adverbial: "بيانا مساء الثلاثاء تقول").
    private func subjectPhrase(at j: Int, end: Int, verb i: Int) -> FoundActor? {
        guard let a = actors.phrase(at: j, limit: end), a.end == end else { return nil }
        // a phrase behind a preposition with the article ("لليمين", "بالجيش") is no subject
        let first = words[a.start].key
        if first.hasPrefix("لل") || first.hasPrefix("بال") || first.hasPrefix("وبال") || first.hasPrefix("ولل") { return nil }
        if end < i, let (h, _) = lexicon.headMatch(words, at: a.start), h.kind == .speaker || h.kind == .media { return nil }
        return a
    }

    func statementContaining(_ word: Int) -> Int? {
        // contents are in text order; none runs for thousands of words, so the walk back stops there
        // instead of visiting every statement of a long page for each word asked about
        for c in contents.reversed() {
            if c.range.contains(word) { return c.statement }
            if c.range.lowerBound + EventDocument.longestContent < word { break }
        }
        return nil
    }

    /// Words a statement's content can span, at most (a long quotation is a few hundred).
    static let longestContent = 4_000
    /// Verbs of urging, whose object is never left out: "حث X على Y", "حض X على Y".
    static let urgeLemmas: WordKeySet = ["حث", "حض"]
    static let onKeys: WordKeySet = ["على", "علي"]
    static let responsibilityKeys: WordKeySet = ["المسؤولية", "مسؤولية", "المسوولية", "مسوولية"]
    /// "وفق ما", "بحسب ما", "حسبما", "كما" before a reporting verb: the verb attributes what was said before.
    static let accordingKeys: WordKeySet = ["وفق", "بحسب", "حسب", "وفقا", "طبقا"]
    static let asWhatKeys: WordKeySet = ["حسبما", "وفقما", "بحسبما"]

    // MARK: events

    mutating func findEvents(_ s: Int, _ range: Range<Int>, statementsFrom first: Int) {
        // The coder holds a copy of this document; it must be gone before `events` grows, or every
        // sentence would copy all the events found so far (quadratic on a long page).
        let found: [Event], claims: [Int?], newActors: [FoundActor], attributions: [(event: Int, source: Actor)]
        do {
            var coder = EventCoder(doc: self, sentence: s, range: range)
            (found, claims) = coder.code(statementsFrom: first)
            newActors = coder.newActors
            attributions = coder.attributions
        }
        for a in newActors { remember(a) }
        // (a group that claims an act of doers it does not name, "مسلحون", is its doer)
        for (k, source) in attributions where events[k].source?.unnamedDoer ?? true { events[k].source = source }
        for (ev, claim) in zip(found, claims) {
            if let k = continuedToll(ev, s, range) ?? resumedAct(ev, s) ?? bareResumption(ev, s) { events[k].absorb(ev); continue }
            events.append(ev)
            eventStatement.append(claim)
        }
        if found.isEmpty { risenToll(s, range) }
    }

    /// "وأعلنت وزارة الصحة أن حصيلة القتلى ارتفعت إلى ثلاثة", "وارتفعت حصيلة الجرحى إلى 17": a toll that rose, in a
    /// sentence that tells no act of its own, is the new toll of the last attack of the three sentences before that
    /// counted fewer.
    mutating func risenToll(_ s: Int, _ range: Range<Int>) {
        guard range.contains(where: { EventDocument.roseVerbs.contains(words[$0].key) }),
              let t = range.first(where: { EventDocument.tollNouns.contains(EventLexicon.stripArticle(words[$0].key)) }) else { return }
        var killed: Bool? = nil
        var n: Int? = nil
        for j in t..<min(range.upperBound, t + 8) {
            if killed == nil, words[j].inClass(.killed) || EventDocument.deadNouns.contains(EventLexicon.stripArticle(words[j].key)) { killed = true }
            if killed == nil, words[j].inClass(.injured) { killed = false }
            if words[j].key == FunctionWords.ila, let (c, _) = numbers.read(words, at: j + 1), case .number(let v) = c { n = v; break }
        }
        guard let n, n > 0, n < 100_000, let killed else { return }
        guard let k = events.indices.reversed().first(where: { events[$0].type == "ASSAULT" && !events[$0].negated && s - events[$0].sentence <= 3
            && (killed ? events[$0].fatalities : events[$0].injured).map({ $0 < n }) == true }) else { return }
        if killed { events[k].fatalities = n } else { events[k].injured = n }
    }
    static let tollNouns: WordKeySet = ["حصيله", "حصيلة"]
    static let roseVerbs: WordKeySet = ["ارتفعت", "وارتفعت", "ارتفع", "وارتفع", "بلغت", "وبلغت"]
    /// (read without the article)
    static let deadNouns: WordKeySet = ["قتلى", "ضحايا", "شهداء", "وفيات"]

    /// "قتل 12 شخصا … . وأصيب 27 شخصا آخرون بجروح": a toll of "others" with no doer and no place of its own, in
    /// the next sentence or the one after, counts more victims of the attack before it that counted victims of the
    /// same noun ("شخصا") and not this count yet; "وأصيب 27 آخرون" goes with the last such toll. The index of that event.
    func continuedToll(_ ev: Event, _ s: Int, _ range: Range<Int>) -> Int? {
        guard ev.type == "ASSAULT", ev.source == nil, ev.location == nil, ev.fatalities != nil || ev.injured != nil,
              range.contains(where: { EventDocument.othersKeys.contains(words[$0].key) }) else { return nil }
        func firstWord(_ a: Actor?) -> String? { a?.text?.split(separator: " ").first.map { NameFold.key(String($0)) } }
        let noun = firstWord(ev.target).flatMap { EventDocument.othersKeys.contains(WordKey($0)) ? nil : $0 }
        for k in events.indices.reversed() {
            let p = events[k]
            guard s - p.sentence <= 2 else { break }
            guard p.type == "ASSAULT", !p.negated, p.fatalities != nil || p.injured != nil,
                  ev.injured == nil || p.injured == nil, ev.fatalities == nil || p.fatalities == nil else { continue }
            if let noun, firstWord(p.target) != noun { continue }
            return k
        }
        return nil
    }
    /// "وأوضح أن الصواريخ انطلقت من قواعد داخل إيران": a definite attack noun alone, with no doer, target or toll
    /// of its own, is the attack of that kind told in the three sentences before.
    func bareResumption(_ ev: Event, _ s: Int) -> Int? {
        guard ev.source == nil, ev.target == nil, ev.fatalities == nil, ev.injured == nil, !ev.negated, ev.start < ev.end else { return nil }
        let written = text(ev.start..<ev.end)
        guard !written.contains(" "), ArabicFold.key(written).hasPrefix(EventLexicon.article) else { return nil }
        return events.indices.reversed().first { k in
            s > events[k].sentence && s - events[k].sentence <= 3 && events[k].type == ev.type && events[k].mode == ev.mode && !events[k].negated
        }
    }

    /// "تعرضت قاعدة عين الأسد لهجوم … . وتبنت المقاومة … الهجوم، مؤكدة أنها استهدفت القاعدة": the same doer's act
    /// of the same type against the same target, resumed by its head with the article within three sentences and
    /// counting no victims of its own, is the act told before.
    func resumedAct(_ ev: Event, _ s: Int) -> Int? {
        guard ev.fatalities == nil, ev.injured == nil, !ev.negated, let doer = ev.source?.entity,
              let t = ev.target?.text, !t.contains(" ") else { return nil }
        let key = ArabicFold.key(t)
        guard key.hasPrefix(EventLexicon.article), key.count > 4 else { return nil }
        let head = EventLexicon.stripArticle(key)
        for k in events.indices.reversed() {
            let p = events[k]
            guard s - p.sentence <= 3 else { break }
            guard p.type == ev.type, p.source?.entity == doer else { continue }
            // (the target named before, or a word of its sentence: "تعرضت قاعدة عين الأسد … لهجوم" hit its soldiers)
            if let pt = p.target?.text, let first = pt.split(separator: " ").first, ArabicFold.key(String(first)) == head { return k }
            let span = sentences[p.sentence]
            var lo = 0, hi = words.count
            while lo < hi { let mid = (lo + hi) / 2; if words[mid].start < span.start { lo = mid + 1 } else { hi = mid } }
            var j = lo
            while j < words.count, words[j].start < span.end {
                if words[j].kind == .arabic, EventLexicon.nounKeys(words[j].key).contains(head) { return k }
                j += 1
            }
        }
        return nil
    }

    static let clauseMarks: Set<Unicode.Scalar> = [",", "،", ";", "؛"]
    static let clauseJoiners: WordKeySet = ["فيما", "بينما", "وفيما", "وبينما", "حين", "حيث", "كما"]
    static let contrastJoiners: WordKeySet = ["فيما", "بينما", "وفيما", "وبينما"]
    /// Acts that are a party's stance, told as news of their own after فيما.
    static let stanceTypes: Set<String> = ["REJECT", "ACCUSE", "REQUEST", "THREATEN", "SUPPORT", "AGREE", "PROTEST"]
    static let othersKeys: WordKeySet = ["اخرون", "اخرين", "الاخرون", "الاخرين", "اخران"]
}

extension EventStage {
    /// The stage in the pipeline: statements, events and contradictions of the context's text over the
    /// entity stage's layer.
    public func run(_ ctx: AnalysisContext, entities: EntityLayer)
        -> (statements: [Statement], events: [Event], contradictions: [Contradiction]) {
        run(scalars: ctx.scalars.scalars, sentences: ctx.sentences, published: ctx.published, entities: entities)
    }
}
