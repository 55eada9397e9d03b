import MarsadText
import MarsadKnowledge

/// The entity stage: finds the names of the text, links them to the gazetteer (or, for people and
/// organisations it does not hold, to entities found by pattern) and returns the record's entities with
/// every mention at its exact code point span.
public struct EntityStage: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
    }

    /// Entities of a text (its Unicode scalars, as `ScalarText.scalars` holds them).
    public func run(scalars: [Unicode.Scalar]) -> EntityLayer {
        let words = EntityWordScanner.scan(scalars)
        let matcher = NameMatcher(gazetteer: gazetteer)
        let judge = Disambiguator(gazetteer: gazetteer)
        let cands = matcher.candidates(words)
        let facts = judge.facts(cands, words: words)
        let context = judge.contextCountries(cands, words: words, facts: facts)

        var builder = EntityLayerBuilder(scalars: scalars)
        var covered = [WordCover](repeating: .free, count: words.count)
        for (n, c) in cands.enumerated() {
            guard let idx = judge.choose(c, words: words, context: context, facts: facts[n]) else { continue }
            let e = gazetteer.entries[Int(idx)]
            let metonym = judge.isMetonym(c, words: words, entry: e)
            let form: MentionForm = metonym ? .metonym : c.form
            let sector: Sector? = metonym ? .government : e.sector.flatMap(Sector.init(rawValue:))
            builder.add(entry: e, start: c.start, end: c.end, form: form, country: e.country, sector: sector)
            for w in c.firstWord..<c.endWord {
                covered[w] = c.form == .nisba ? .nisba(e.country ?? "") : .name(e.type, e.country)
            }
            if e.type == .city, !e.isCapital, c.form == .name, c.endWord - c.firstWord == 1, c.start == words[c.firstWord].start {
                covered[c.firstWord] = .town
            }
        }
        let patterns = NamePatterns(gazetteer: gazetteer)
        for p in patterns.find(words, covered: covered, scalars: scalars) {
            builder.addPattern(p)
        }
        builder.addDefiniteHeads(words)
        return builder.layer()
    }

    /// Entities of a plain string (tests, tools).
    public func run(text: String) -> EntityLayer { run(scalars: Array(text.unicodeScalars)) }
}

/// Collects mentions into the record's entities (one per id, in order of first mention) and linked mentions.
struct EntityLayerBuilder {
    let scalars: [Unicode.Scalar]
    private var index: [String: Int] = [:]
    private var entities: [Entity] = []
    private var mentions: [LinkedMention] = []
    private var capitals: Set<String> = []

    init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private func slice(_ s: Int, _ e: Int) -> String { ScalarText.string(scalars[s..<e]) }

    private mutating func entity(id: String, make: () -> Entity) -> Int {
        if let i = index[id] { return i }
        entities.append(make())
        index[id] = entities.count - 1
        return entities.count - 1
    }

    mutating func add(entry e: KnowledgeEntry, start: Int, end: Int, form: MentionForm, country: String?, sector: Sector?) {
        let i = entity(id: e.id) {
            Entity(id: e.id, type: EntityType(rawValue: e.type.rawValue) ?? .place, name: e.name, nameAr: e.nameAr,
                   country: e.country, lat: e.lat, lon: e.lon)
        }
        entities[i].mentions.append(Mention(start: start, end: end, text: slice(start, end)))
        mentions.append(LinkedMention(start: start, end: end, entity: i, form: form, country: country, sector: sector))
        if e.isCapital { capitals.insert(e.id) }
    }

    mutating func addPattern(_ p: PatternName) {
        // a person's name found by pattern may take in a word the gazetteer linked (a family name that is a
        // nisba); an organisation keeps its nisba's mention ("وزارة الدفاع الأذربيجانية" names Azerbaijan)
        if p.type == .person, mentions.contains(where: { $0.start >= p.start && $0.end <= p.end }) {
            mentions.removeAll { $0.start >= p.start && $0.end <= p.end }
            for k in entities.indices { entities[k].mentions.removeAll { $0.start >= p.start && $0.end <= p.end } }
        }
        let i = entity(id: p.id) {
            Entity(id: p.id, type: p.type, name: p.name, nameAr: p.name, country: p.country)
        }
        entities[i].mentions.append(Mention(start: p.start, end: p.end, text: slice(p.start, p.end)))
        mentions.append(LinkedMention(start: p.start, end: p.end, entity: i, form: .pattern, country: p.country, sector: p.sector))
    }

    /// "وتبنت حركة الشباب الهجوم … قتلت ثلاثة من عناصر الحركة": a group's head noun with the article, alone,
    /// names the group the text named last with that head. It becomes a mention of it (form `.name`, as the
    /// group's own words). Not before a definite word ("الحركة الإسلامية" may be another body), nor where no
    /// such group of the gazetteer was named before (a name found by pattern is too unsure to resume).
    mutating func addDefiniteHeads(_ words: [EntityWord]) {
        guard !mentions.isEmpty else { return }
        var taken: [(Int, Int)] = []        // the mentions' spans in text order, made at the first head found
        var t = 0
        for (w, word) in words.enumerated() where word.arabic && word.count >= 5 {
            // (one hash probe a word: the forms of the heads are listed with their clitics)
            guard let form = EntityLayerBuilder.groupHeadForms[word.hash], form.key == word.key else { continue }
            if taken.isEmpty { taken = mentions.map { ($0.start, $0.end) }.sorted { $0.0 < $1.0 } }
            while t < taken.count, taken[t].1 <= word.start { t += 1 }
            if t < taken.count, taken[t].0 < word.end { continue }            // inside a mention already
            let (head, stripped) = (form.head, form.stripped)
            if w + 1 < words.count, words[w + 1].joined, words[w + 1].key.hasPrefix("\u{0627}\u{0644}") { continue }
            // the last group or organisation named with this head before the word
            // (a name may carry the article itself: "المرصد السوري لحقوق الإنسان" … "مدير المرصد")
            let prefix = head + " ", definitePrefix = "\u{0627}\u{0644}" + head + " "
            func named(_ k: String) -> Bool { k.hasPrefix(prefix) || k.hasPrefix(definitePrefix) }
            guard let m = mentions.filter({ m in
                m.end <= word.start && m.form != .nisba && m.form != .pattern
                    && (entities[m.entity].type == .group || entities[m.entity].type == .organization)
                    && (named(NameFold.key(entities[m.entity].nameAr ?? entities[m.entity].name))
                        || named(NameFold.key(slice(m.start, m.end))))      // ("حركة حماس" names حماس)
            }).max(by: { $0.end < $1.end }) else { continue }
            let start = word.offset(stripped)
            entities[m.entity].mentions.append(Mention(start: start, end: word.end, text: slice(start, word.end)))
            mentions.append(LinkedMention(start: start, end: word.end, entity: m.entity, form: .name, country: m.country, sector: m.sector))
        }
    }
    /// Heads of group and organisation names, folded, that stand for the body when written alone.
    static let groupHeads: [String] = ["حركه", "جماعه", "تنظيم", "حزب", "منظمه", "جبهه", "ميليشيا", "مليشيا", "تحالف", "فصيل", "مرصد"]
    /// Each head with the article and its proclitics ("الحركه", "والحركه", "بالحركه", "للحركه"), by the word hash
    /// the scanner gives (`NameHash.word`): the form, the head, and how many letters precede the article.
    static let groupHeadForms: [UInt64: (key: String, head: String, stripped: Int)] = {
        var out: [UInt64: (key: String, head: String, stripped: Int)] = [:]
        for h in groupHeads {
            for (clitic, stripped) in [("", 0), ("و", 1), ("ف", 1), ("ب", 1), ("وب", 2), ("فب", 2)] {
                let k = clitic + "ال" + h
                out[NameHash.word(k.unicodeScalars)] = (k, h, stripped)
            }
            for (clitic, stripped) in [("لل", 1), ("ولل", 2), ("فلل", 2)] {     // ل + the article, its alef dropped
                let k = clitic + h
                out[NameHash.word(k.unicodeScalars)] = (k, h, stripped)
            }
        }
        return out
    }()

    func layer() -> EntityLayer {
        var ents = entities
        for i in ents.indices { ents[i].mentions.sort { $0.start < $1.start } }
        var ms = mentions.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        // (an entity whose only mention a pattern name took in is dropped, and the indices renumbered)
        if ents.contains(where: { $0.mentions.isEmpty }) {
            var renumber = [Int](repeating: -1, count: ents.count)
            var kept: [Entity] = []
            for (i, e) in ents.enumerated() where !e.mentions.isEmpty { renumber[i] = kept.count; kept.append(e) }
            ents = kept
            for k in ms.indices { ms[k].entity = renumber[ms[k].entity] }
        }
        return EntityLayer(entities: ents, mentions: ms, capitals: capitals)
    }
}

extension EntityStage {
    /// The stage in the pipeline.
    public func run(_ ctx: AnalysisContext) -> EntityLayer {
        ctx.language == "en" ? runEnglish(scalars: ctx.scalars.scalars) : run(scalars: ctx.scalars.scalars)
    }

    /// Entities of English text, by the entities' English names and demonyms (`EnglishLinker`).
    public func runEnglish(scalars: [Unicode.Scalar]) -> EntityLayer {
        let names = gazetteer === Gazetteer.shared ? EnglishNames.shared
                                                    : EnglishNames(gazetteer: gazetteer, resources: Gazetteer.resourceDirectory)
        var builder = EntityLayerBuilder(scalars: scalars)
        EnglishLinker(names: names).link(scalars, into: &builder)
        return builder.layer()
    }
}
