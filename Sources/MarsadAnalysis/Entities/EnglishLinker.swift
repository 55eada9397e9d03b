import MarsadKnowledge

/// Links the names of English text to the gazetteer: capitalised phrases looked up, longest first, among
/// the entities' English names, other spellings and demonyms (`EnglishNames`). "Yemen's" is Yemen,
/// "Sana'a" and "Sanaa" one city, "Yemeni" and "Yemenis" the country as an attribute (a nisba mention),
/// "Saudi-led" Saudi Arabia. A small place, or a one-word town that is also an ordinary English word,
/// is linked only when its country is named in the article.
struct EnglishLinker {
    let names: EnglishNames

    /// The linker reads the event stage's words (`EnglishToken`): a name may start with a capital or a
    /// number ("France 24").
    typealias Word = EnglishToken

    struct Candidate {
        let first: Int
        let endWord: Int
        let targets: [EnglishNames.Target]
    }

    static func words(_ s: [Unicode.Scalar]) -> [Word] { EnglishToken.scan(s, in: 0..<s.count) }

    @inline(__always) static func opensName(_ w: Word) -> Bool { w.capital || w.digits != nil }

    /// Longest-first phrase candidates starting at capitalised words.
    func candidates(_ words: [Word]) -> [Candidate] {
        var out: [Candidate] = []
        var i = 0
        while i < words.count {
            guard Self.opensName(words[i]) else { i += 1; continue }
            // grow the phrase word by word while some name continues it; keep the longest that is a name
            var found: Candidate? = nil
            var key = words[i].key
            var last = i
            while true {
                if Self.opensName(words[last]) {
                    let t = names.targets(key)
                    if !t.isEmpty { found = Candidate(first: i, endWord: last + 1, targets: t) }
                }
                guard last + 1 < words.count, last + 1 - i < names.maxWords, !words[last + 1].breakBefore, names.isPrefix(key) else { break }
                last += 1
                key += " " + words[last].key
            }
            if let c = found { out.append(c); i = c.endWord } else { i += 1 }
        }
        return out
    }

    /// Adds the linked mentions of `scalars` to `builder`.
    func link(_ scalars: [Unicode.Scalar], into builder: inout EntityLayerBuilder) {
        let words = Self.words(scalars)
        let cands = candidates(words)
        let gaz = names.gazetteer
        // words the text also writes in lower case are ordinary words ("mission", "hope")
        var lowercase = Set<String>()
        for w in words where !w.capital { lowercase.insert(w.key) }
        // countries named without ambiguity: the article's context
        var context = Set<String>()
        for c in cands where c.targets.count == 1 {
            let e = gaz.entries[Int(c.targets[0].entry)]
            if e.type == .country, let cc = e.country { context.insert(cc) }
        }
        for c in cands {
            guard let t = choose(c, words: words, context: context, lowercase: lowercase) else { continue }
            let e = gaz.entries[Int(t.entry)]
            let metonym = e.isCapital && isMetonym(c, words)
            let form: MentionForm = t.demonym ? .nisba : metonym ? .metonym : .name
            builder.add(entry: e, start: words[c.first].start, end: words[c.endWord - 1].end, form: form,
                        country: e.country, sector: metonym ? .government : e.sector.flatMap(Sector.init(rawValue:)))
        }
    }

    /// A capital standing for its government: the subject of a reporting verb ("Moscow said", "Yerevan
    /// denied") or the one accused or urged ("accused Baku of", "urged Tehran to").
    func isMetonym(_ c: Candidate, _ words: [Word]) -> Bool {
        let lexicon = EnglishLexicon.shared
        if c.endWord < words.count, !words[c.endWord].breakBefore {
            var k = c.endWord
            if k < words.count, ["has", "had", "also", "have"].contains(words[k].key) { k += 1 }
            if k < words.count, lexicon.isClass(.report, words[k].key) { return true }
        }
        if c.first > 0, !words[c.first].breakBefore || words[c.first - 1].key == "accused",
           let v = lexicon.value(.report, words[c.first - 1].key), v == "accuse" || v == "call" || v == "deny" {
            return true
        }
        return false
    }

    /// The word before the candidate is a capitalised word of the same phrase that is no preposition, article,
    /// side or name of its own ("Abdi Barre"; not "In Gaza", "Northern Gaza", "The Hague", "Yemen's Marib").
    func followsNameWord(_ c: Candidate, _ words: [Word]) -> Bool {
        guard c.first > 0, !words[c.first].breakBefore else { return false }
        let prev = words[c.first - 1]
        // (a name of its own is no given name: "Yemen's Marib province")
        return prev.capital && prev.digits == nil && prev.key.count > 1 && !Self.placeOpeners.contains(prev.key) && names.targets(prev.key).isEmpty
    }
    static let placeOpeners: Set<String> = ["in", "at", "near", "from", "to", "of", "the", "and", "for", "on", "by", "outside", "inside",
                                            "around", "across", "into", "toward", "towards", "between", "north", "south", "east", "west",
                                            "northern", "southern", "eastern", "western", "central", "greater", "upper", "lower", "old",
                                            "new", "downtown", "occupied", "besieged", "rural", "while", "when", "after", "before",
                                            "as", "with", "over", "under", "via", "mount", "lake", "port", "fort", "saint", "st", "san", "santa"]

    /// The entry a candidate names: countries and named institutions before places; among places, one in
    /// a country the article names, then the most populous. Nil when only a doubtful small place fits.
    func choose(_ c: Candidate, words: [Word], context: Set<String>, lowercase: Set<String>) -> EnglishNames.Target? {
        let gaz = names.gazetteer
        let single = c.endWord - c.first == 1
        var best: (EnglishNames.Target, Int)? = nil
        for t in c.targets {
            let e = gaz.entries[Int(t.entry)]
            let inContext = e.country.map { context.contains($0) } ?? false
            var score: Int
            switch e.type {
            case .country: score = 4_000_000_000
            case .organization, .group, .region, .person: score = 3_000_000_000
            case .city, .place:
                let ordinary = single && lowercase.contains(words[c.first].key)
                if ordinary && !inContext { continue }
                if (e.isMinor || (single && e.population < 50_000)) && !inContext { continue }
                // "Prime Minister Hamza Abdi Barre": a town's name right after capitalised name words is the last word
                // of a person's name (Barre, Vermont), not where anything happened
                if single, e.population < 1_000_000, followsNameWord(c, words) { continue }
                score = min(e.population, 1_999_999_999) + (inContext ? 2_000_000_000 : 0)
            }
            if best == nil || score > best!.1 { best = (t, score) }
        }
        return best?.0
    }
}
