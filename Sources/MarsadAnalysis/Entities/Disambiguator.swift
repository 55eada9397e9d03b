import Foundation
import MarsadKnowledge
import MarsadText

/// Chooses the entry a candidate names, from evidence in the text: cue words before and after (a media cue
/// before "الجزيرة", a place cue before a small town), the countries the article is about, the type of the
/// entry and, between places, population as a prior. Candidates with no acceptable entry are dropped.
struct Disambiguator {
    let gazetteer: Gazetteer

    /// Countries the article names unambiguously (a country name, a nisba, a place of one country).
    func contextCountries(_ cands: [NameCandidate], words: [EntityWord], facts: [CandidateFacts]) -> Set<String> {
        var out = Set<String>()
        gazetteer.entries.withUnsafeBufferPointer { es in
            for (n, c) in cands.enumerated() where !c.loose && !Disambiguator.isShortBehindPreposition(c) && !facts[n].wordAsWritten {
                // a name that may only be a weak town gives the article no country ("فإن" is no French town)
                if let word = facts[n].word, c.entries.allSatisfy({ isWeakTown(c, type: es[Int($0)].type, population: es[Int($0)].population,
                                                                               capital: es[Int($0)].isCapital, country: es[Int($0)].country, word: word) }) { continue }
                // The one country of the entries that have one, if they agree (entries read in place, not copied).
                // Villages that need a place word to be read at all do not stand in the way: "نابلس" is Nablus,
                // whatever two hamlets named Naples in the US say.
                let major = c.entries.contains { !es[Int($0)].isMinor }
                var country: String?
                var agree = true
                var entries = 0
                for idx in c.entries where !major || !es[Int(idx)].isMinor {
                    entries += 1
                    guard let cc = es[Int(idx)].country else { continue }
                    if country == nil { country = cc } else if cc != country { agree = false; break }
                }
                if agree, let cc = country, entries == 1 || c.entries.contains(where: { es[Int($0)].type != .city }) {
                    out.insert(cc)
                }
            }
        }
        return out
    }

    /// A one-word town that may well be something else: under 100,000 abroad (a Japanese "أوباما", a French
    /// "فان" that is the word "فإن", a Greek "لمياء"), or at home, or under a million anywhere, but named like
    /// a person or a word the news corpus uses often ("جمال", "دير"; "خبر", "ليل"). It is linked only with its country in the article or a place word
    /// before it (at home, a preposition of place will do), and it gives the article no country by itself.
    func isWeakTown(_ c: NameCandidate, type: KnowledgeType, population: Int, capital: Bool, country: String?,
                    word: WordEvidence) -> Bool {
        guard c.endWord - c.firstWord == 1, type == .city, population < 1_000_000, !capital else { return false }
        // up to a million people when the word is a given name or a word the news corpus has ten times or more
        // ("خبر" is news before it is Khobar, "ليل" night before Lille, "سالم" a name before Salem)
        if population >= 100_000 { return word.givenName || word.count >= 10 }
        guard let cc = country, gazetteer.lexicons.homeCountries.contains(cc) else { return true }
        return word.givenName || word.count >= 5
    }

    /// What the rest of the text knows of a candidate's word, looked up once per candidate and only when asked.
    struct WordEvidence {
        let givenName: Bool
        let count: Int
        init(_ c: NameCandidate, words: [EntityWord]) {
            let key = words[c.firstWord].key
            givenName = NERNameParts.shared.contains(key)
            // the word with the article counts too: "السلمية" is frequent, so "بطرق سلمية" is "peaceful" before
            // it is Salamiyah (a town's name that has no article rarely takes one)
            let article = "\u{0627}\u{0644}"
            count = ArabicWordCounts.count(key) + (key.hasPrefix(article) ? 0 : ArabicWordCounts.count(article + key))
        }
    }

    /// "داخله" (inside it), "بيته": an ordinary word with its pronoun ه, which the fold writes like a name's ة
    /// ("الداخلة", Dakhla). The word as written ends with ه and without it is a common word (behind و/ف/ب/ل/ك too).
    static func isPossessedWord(_ w: EntityWord, _ lex: Lexicons) -> Bool {
        guard w.endsWithHa, w.count >= 4 else { return false }
        var stem = String.UnicodeScalarView(w.key.unicodeScalars.dropLast())
        if lex.commonWords.contains(String(stem)) { return true }
        let clitics: [Unicode.Scalar] = [CliticForms.waw, CliticForms.fa, CliticForms.ba, CliticForms.lam, CliticForms.kaf]
        guard let f = stem.first, clitics.contains(f), stem.count >= 4 else { return false }
        stem.removeFirst()
        return lex.commonWords.contains(String(stem))
    }

    /// A name of three letters or fewer read behind a preposition ("بنكا" → ب + "نكا"): as likely a word as a
    /// name, so a town under 100,000 needs its country from elsewhere in the article ("بغزة" stays Gaza), and
    /// such a reading gives the article no country itself.
    static func isShortBehindPreposition(_ c: NameCandidate) -> Bool {
        c.form == .name && c.preposition && c.endWord - c.firstWord == 1 && c.end - c.start <= 3
    }

    /// What the text says of each candidate's word, found once for both passes over the candidates (the
    /// article's countries, then the choice).
    struct CandidateFacts {
        /// A clitic reading of a word the news corpus has whole ("وكيل" is no و + Kiel).
        let wordAsWritten: Bool
        /// For a one-word name that may be a town under a million: is it a given name, how common a word.
        let word: WordEvidence?
    }

    func facts(_ cands: [NameCandidate], words: [EntityWord]) -> [CandidateFacts] {
        gazetteer.entries.withUnsafeBufferPointer { es in
            cands.map { c in
                let town = c.endWord - c.firstWord == 1
                    && c.entries.contains { es[Int($0)].type == .city && es[Int($0)].population < 1_000_000 }
                return CandidateFacts(wordAsWritten: Disambiguator.isWordAsWritten(c, words: words),
                                      word: town ? WordEvidence(c, words: words) : nil)
            }
        }
    }

    /// Word `w` follows a title of `lexicons.tsv` (one or two words), with up to three definite adjectives in ـي/ـية
    /// between ("السفير الفرنسي", "وزير الخارجية الأمريكي").
    /// A street, square or quarter, as the search fold writes it (ة → ه).
    static let streetNouns: Set<String> = ["حي", "شارع", "ساحه", "ميدان", "جاده", "دوار"]

    static func followsTitle(_ w: Int, _ words: [EntityWord], _ lex: Lexicons) -> Bool {
        var k = w - 1
        while k >= 0, k >= w - 3, words[k + 1].joined, words[k].key.hasPrefix("\u{0627}\u{0644}"),
              words[k].key.hasSuffix("\u{064A}") || words[k].key.hasSuffix("\u{064A}\u{0647}"), !lex.titles.contains(words[k].key) { k -= 1 }
        guard k >= 0, words[k + 1].joined else { return false }
        if lex.titles.contains(words[k].key) { return true }
        return k > 0 && words[k].joined && lex.titles.contains(words[k - 1].key + " " + words[k].key)
    }

    func choose(_ c: NameCandidate, words: [EntityWord], context: Set<String>, facts f: CandidateFacts) -> Int32? {
        let lex = gazetteer.lexicons
        let prev = c.firstWord > 0 && words[c.firstWord].joined ? words[c.firstWord - 1].key : nil
        let prevBare = prev.map { stripConjunction($0) }
        let next = c.endWord < words.count && words[c.endWord].joined ? words[c.endWord].key : nil
        let mediaCue = (prev.map { lex.mediaBefore.contains($0) || lex.mediaBefore.contains(prevBare!) } ?? false)
            || (next.map { lex.mediaAfter.contains($0) } ?? false)
        let placeCue = prev.map { lex.placeCues.contains($0) || lex.placeCues.contains(prevBare!) } ?? false
        let single = c.endWord - c.firstWord == 1
        // "السفير الفرنسي سيلفان إيتي": a loose (skeleton) reading of the word right after a title and its nisba is
        // the holder's name, not a country or city ("سيلفان" has the consonants of Slovenia)
        // (a given name takes no article: "الرئيس الفليبيني" is the title's nisba)
        if c.loose, single, !words[c.firstWord].key.hasPrefix("\u{0627}\u{0644}"), Disambiguator.followsTitle(c.firstWord, words, lex) { return nil }
        let ordinaryWord = c.form == .name && single
            && (lex.commonWords.contains(words[c.firstWord].key) || Disambiguator.isPossessedWord(words[c.firstWord], lex))
        let shortBehindClitic = Disambiguator.isShortBehindPreposition(c)
        // "وكيل" is a word (deputy) before it is و + "كيل" (Kiel): a clitic reading of a word the news corpus
        // has more often whole than the rest alone names a town only with its country in the article or a place word
        let wordAsWritten = f.wordAsWritten
        // an Arabic derivation is that word, not a spelling variant of a name with the same consonants
        // ("الاسلاميون" is the Islamists, not a loose reading of "السليمانية")
        let looseWord = c.loose && single && Disambiguator.isDerivedWord(words[c.firstWord].key)
        // "مسيرة سلمية", "المسيرة السلمية": a word in ـية agreeing with the feminine noun before it is its
        // adjective, not the town of Salamiyah
        let adjective = single && c.form == .name && !placeCue && !(prev.map { lex.locatives.contains($0) || lex.locatives.contains(prevBare!) } ?? false)
            && Disambiguator.isAgreeingAdjective(words[c.firstWord].key, after: prevBare, wordStart: c.start == words[c.firstWord].start)
        // "اغتيال جاسم الذهبي": a town named like a given name and followed by another name word is a person's
        // name, unless a place word or a preposition of place says it is the town ("في جاسم", "مدينة جاسم")
        let names = NERNameParts.shared
        let locative = prev.map { lex.locatives.contains($0) || lex.locatives.contains(prevBare!) } ?? false
        let givenName = single && c.form == .name && !c.preposition && !placeCue && !locative
            && names.contains(words[c.firstWord].key)
            && (next.map { names.contains($0) || ($0.hasPrefix("\u{0627}\u{0644}") && names.contains(String($0.unicodeScalars.dropFirst(2)))) } ?? false)
        // "منطقة رأس عيسى", "بلدة دير حافر": a word of toponymy followed by a name begins a compound place name
        // the gazetteer lacks; it is not the town whose whole name is that word (Ross, Ohio; Bandar-e Deyr)
        let compoundHead = single && c.form == .name && next.map { !$0.isEmpty } == true
            && isPlaceFeature(words[c.firstWord].key, lex)
        // "حي الجزائر" in Basra, "شارع بغداد", "ساحة التحرير": a street or a quarter named after a place is no link
        // to a country, a capital or a large city, nor to a town of a country the article is not about (a quarter
        // of the gazetteer's own, "حي الشجاعية", is still itself)
        let streetName = prevBare.map { Disambiguator.streetNouns.contains($0) } ?? false
        // "حكومة غزة", "سلطات بنغازي": a state organ's head before a one-word name says, as a preposition of place
        // does, that the name is its seat (a weak town at home is then linked); the head is in the construct state,
        // without the article ("السلطات السويدية" is an adjective, not the town of Samandağ)
        lazy var stateSeat = single && c.form == .name && prev.map { p in
            !prevBare!.hasPrefix("\u{0627}\u{0644}") && !prevBare!.hasPrefix("\u{0644}\u{0644}")
                && !stripProclitic(prevBare!).hasPrefix("\u{0627}\u{0644}") &&
            [p, prevBare!, stripProclitic(p)].contains { lex.orgHeads[$0].map(Disambiguator.stateSectors.contains) ?? false }
        } == true
        var best: (Int32, Double)?
        // Entries are read in place (`es[i]`), not copied with their strings.
        gazetteer.entries.withUnsafeBufferPointer { es in
            for idx in c.entries {
                let i = Int(idx)
                var score: Double
                switch es[i].type {
                case .country: score = 10
                case .organization, .group: score = 9
                // (between regions of one name, "ولاية سوسة" of Sousse and of Shusha, the more populous)
                case .region: score = 8 + log10(Double(es[i].population) + 10) / 100
                case .place: score = 8
                case .person: score = 7
                case .city: score = 2 + log10(Double(es[i].population) + 10) + (es[i].isCapital ? 1.5 : 0)
                }
                if es[i].needsMediaCue {
                    // "قناة الجزيرة", "الجزيرة نت" are names of the outlet; the bare "الجزيرة" needs a cue.
                    guard mediaCue || !single else { continue }
                    score += 20
                } else if mediaCue && es[i].sector == "media" {
                    score += 5
                }
                // Small places are mostly named like people or things ("دونالد", a village in Oregon): only after a
                // place cue ("قرية", "بلدة", "مدينة").
                if es[i].isMinor && !placeCue { continue }
                if compoundHead && es[i].type == .city { continue }
                if streetName && (es[i].type == .country || (es[i].type == .city && (es[i].isCapital || es[i].population >= 1_000_000
                                                                                       || !(es[i].country.map(context.contains) ?? false)))) { continue }
                if givenName && es[i].type == .city && es[i].population < 100_000 { continue }
                if ordinaryWord && (es[i].type == .city || es[i].type == .country) && !placeCue { continue }
                // (a consonant skeleton is too weak a match for a town of any size abroad: "مركبة" is no Maracaibo)
                if looseWord && es[i].type != .country { continue }
                if adjective && es[i].type != .country && es[i].type != .organization && es[i].type != .group { continue }
                if c.loose && es[i].type == .city && !(es[i].country.map(context.contains) ?? false)
                    && (es[i].population < 500_000 || !(es[i].country.map(lex.homeCountries.contains) ?? false)) { continue }
                // a short town name behind a clitic is mostly a word ("بنكا" is "a bank", not ب + Nekā): only with its
                // country in the article or after a place word
                if shortBehindClitic && es[i].type == .city && !placeCue && !(es[i].country.map(context.contains) ?? false)
                    && es[i].population < 100_000 { continue }
                if wordAsWritten && es[i].type == .city && !placeCue && !(es[i].country.map(context.contains) ?? false) { continue }
                if let word = f.word,
                   isWeakTown(c, type: es[i].type, population: es[i].population, capital: es[i].isCapital, country: es[i].country, word: word),
                   !(es[i].country.map(context.contains) ?? false) {
                    // (at home a preposition of place says enough: "في سوسة")
                    let home = es[i].country.map(lex.homeCountries.contains) ?? false
                    // a place word says it is a place, not that it is this one: abroad, in an article about other
                    // countries, "قرية بورين" near Nablus is a village there, not Burien in Washington
                    if placeCue { if !home && !context.isEmpty { continue } }
                    else if !home || !(locative || c.preposition || stateSeat) { continue }
                }
                if let cc = es[i].country, context.contains(cc) { score += 2 }
                // Arabic news is mostly about the Arab world and its neighbours: a town there outweighs a namesake
                // elsewhere ten times its size (the article's own countries, +2, still decide first)
                if es[i].type == .city || es[i].type == .region, let cc = es[i].country, lex.homeCountries.contains(cc) { score += 1 }
                if placeCue && (es[i].type == .city || es[i].type == .region) { score += 1 }
                if best == nil || score > best!.1 { best = (idx, score) }
            }
        }
        return best?.0
    }

    /// `key` (a word as written) is a word of toponymy, with or without a conjunction and the article.
    private func isPlaceFeature(_ key: String, _ lex: Lexicons) -> Bool {
        let bare = stripConjunction(key)
        if lex.placeFeatures.contains(bare) { return true }
        let s = bare.unicodeScalars
        guard s.count > 4, s.first == "\u{0627}", s[s.index(after: s.startIndex)] == "\u{0644}" else { return false }
        return lex.placeFeatures.contains(String(s.dropFirst(2)))
    }

    /// A one-word name read behind a clitic in a word that the news corpus has whole at least twice, and more
    /// often than the name alone ("وكيل", not و + "كيل"). Such a reading gives the article no country either.
    static func isWordAsWritten(_ c: NameCandidate, words: [EntityWord]) -> Bool {
        guard c.form == .name, c.endWord - c.firstWord == 1, c.start > words[c.firstWord].start else { return false }
        let key = words[c.firstWord].key
        let whole = ArabicWordCounts.count(key)
        guard whole >= 2 else { return false }
        return whole > ArabicWordCounts.count(String(key.unicodeScalars.suffix(c.end - c.start)))
    }

    /// A word the news corpus knows as an Arabic derivation: without a plural, dual, pronoun or adjective ending
    /// (and the article) it is itself a word the corpus has ("الاسلاميون" → "اسلامي", "أنهما" → "ان",
    /// "المحمودي" → "محمود"). A foreign name written another way ("بيونجيانج", "مقديش") is not one.
    static func isDerivedWord(_ key: String) -> Bool {
        let s = Array(key.unicodeScalars)
        let article = s.count > 4 && s[0] == "\u{0627}" && s[1] == "\u{0644}"
        for ending in derivationEndings where s.count >= ending.count + 2 && s.suffix(ending.count).elementsEqual(ending) {
            let stem = s.dropLast(ending.count)
            for form in article ? [stem, stem.dropFirst(2)] : [stem] where form.count >= 2 {
                var w = String.UnicodeScalarView(); w.append(contentsOf: form)
                if ArabicWordCounts.count(String(w)) >= 2 { return true }
            }
        }
        return false
    }
    /// `key` (read whole, no clitic) is an adjective in ـية with the definiteness of the feminine noun `prev`
    /// before it, and the corpus knows its stem: "مسيرة سلمية", "المسيرة السلمية".
    static func isAgreeingAdjective(_ key: String, after prev: String?, wordStart: Bool) -> Bool {
        guard wordStart, let prev, prev.hasSuffix("\u{0647}"), key.hasSuffix("\u{064A}\u{0647}"), prev.count > 2 else { return false }
        let article = "\u{0627}\u{0644}"
        guard prev.hasPrefix(article) == key.hasPrefix(article), isDerivedWord(key) else { return false }
        return true
    }

    static let derivationEndings: [[Unicode.Scalar]] = ["هما", "ون", "ين", "ان", "هم", "ها", "ات", "ي", "ه", "ة"].map { Array($0.unicodeScalars) }

    /// A capital named outside a phrase of place ("في موسكو", "بموسكو", "العاصمة موسكو") stands for its
    /// government ("ونفت يريفان", "مع يريفان وباكو", "عدوان باكو").
    func isMetonym(_ c: NameCandidate, words: [EntityWord], entry: KnowledgeEntry) -> Bool {
        guard entry.isCapital, c.form == .name, !c.preposition else { return false }
        guard c.firstWord > 0, words[c.firstWord].joined else { return true }
        let prev = words[c.firstWord - 1].key
        let lex = gazetteer.lexicons
        if lex.locatives.contains(prev) || lex.locatives.contains(stripConjunction(prev)) { return false }
        // past the country's adjective: "في العاصمة السورية دمشق", "العاصمة الأوكرانية كييف"
        if c.firstWord >= 2, words[c.firstWord - 1].joined, prev.hasPrefix("ال"), prev.hasSuffix("ية") || prev.hasSuffix("يه"),
           lex.locatives.contains(stripConjunction(words[c.firstWord - 2].key))
            || words[c.firstWord - 2].articleReadings.contains(where: { lex.locatives.contains($0.key) }) { return false }
        // the city in an institution's name: "جامعة بغداد", "بجامعة دمشق", "شركة نفط البصرة" ("حكومة بغداد" is the
        // government, so only heads that imply no state sector count)
        for k in [prev, stripConjunction(prev), stripProclitic(prev)] {
            if let sector = lex.orgHeads[k], sector.isEmpty || sector == "civilians" || sector == "media" { return false }
        }
        // A preposition of place attached to the word before ("بمدينة") or a place noun with the article.
        for r in words[c.firstWord - 1].articleReadings where lex.locatives.contains(r.key) || lex.placeCues.contains(r.key) {
            return false
        }
        return true
    }

    static let stateSectors: Set<String> = ["government", "military", "police"]

    /// The word without one proclitic letter (و ف ب ل ك): "بجامعة" → "جامعة".
    private func stripProclitic(_ k: String) -> String {
        guard let f = k.unicodeScalars.first, [CliticForms.waw, CliticForms.fa, CliticForms.ba, CliticForms.lam, CliticForms.kaf].contains(f),
              k.unicodeScalars.count > 3 else { return k }
        return String(k.unicodeScalars.dropFirst())
    }

    private func stripConjunction(_ k: String) -> String {
        guard let f = k.unicodeScalars.first, f == CliticForms.waw || f == CliticForms.fa, k.unicodeScalars.count > 2 else { return k }
        return String(k.unicodeScalars.dropFirst())
    }
}
