import MarsadText

/// Actor phrases of English sentences: a head noun of the lexicon ("defence ministry", "forces",
/// "civilians") with the country its phrase names ("Azerbaijan's defence ministry", "Armenian forces",
/// "a spokesman for the Houthis", "five Yemeni civilians"), or a linked country, organisation, group or
/// media standing alone ("Yemen", "the Houthis", "Reuters").
struct EnglishActors {
    let tokens: [EnglishToken]
    let lexicon: EnglishLexicon
    let layer: EntityLayer
    let text: ScalarText
    /// Linked mention covering each token, if any.
    let mentionAt: [Int?]

    struct Found {
        var actor: Actor
        var start: Int
        var end: Int
    }

    /// Last words of heads that are a person's office, before the holder's name.
    static let titleWords: Set<String> = ["president", "minister", "secretary-general", "general", "spokesman", "spokeswoman",
                                          "spokesperson", "envoy", "ambassador", "commander", "leader", "official", "king",
                                          "emir", "governor", "chief", "captain", "colonel", "lieutenant", "sergeant", "brigadier"]
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "our", "his", "her", "other", "local"]
    /// Lower-case particles inside names ("Moammar al-Eryani", "Osama bin Laden").
    static let particles: Set<String> = ["al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "ul"]

    init(tokens: [EnglishToken], lexicon: EnglishLexicon, layer: EntityLayer, text: ScalarText) {
        self.tokens = tokens; self.lexicon = lexicon; self.layer = layer; self.text = text
        var at = [Int?](repeating: nil, count: tokens.count)
        var m = tokens.first.map { layer.firstMention(endingAfter: $0.start) } ?? 0
        for (i, t) in tokens.enumerated() {
            while m < layer.mentions.count, layer.mentions[m].end <= t.start { m += 1 }
            if m < layer.mentions.count, layer.mentions[m].start <= t.start, t.end <= layer.mentions[m].end { at[i] = m }
        }
        mentionAt = at
    }

    func entityActor(_ m: LinkedMention, withText: Bool = true) -> Actor {
        let e = layer.entities[m.entity]
        var sector = m.sector
        if sector == nil, e.type == .country { sector = .government }
        return Actor(name: e.name, country: m.country ?? e.country, sector: sector, entity: e.id, text: withText ? text[m.start..<m.end] : nil)
    }

    /// The actor phrase that starts at token `i` (after determiners and counts), within `[i, hi)`.
    func phrase(at i0: Int, limit hi: Int) -> Found? {
        // a conjunction or a complementizer begins no actor: "the demonstrations and that security forces had acted"
        guard i0 < tokens.count, !Self.clauseOpeners.contains(tokens[i0].key), !Self.joiners.contains(tokens[i0].key) else { return nil }
        return core(at: i0, limit: hi).map(withText)
    }
    /// Words that join clauses or phrases (a subset of `functionWords` with the relatives): no phrase begins with one.
    static let joiners: Set<String> = ["and", "or", "that", "which", "who"]

    /// `actor.text` is the phrase as written: sliced once for the phrase kept, not for every one tried.
    private func withText(_ f: Found) -> Found {
        var f = f
        // "at least 12 civilians", not "least 12 civilians"
        if f.start > 0, tokens[f.start].key == "least", tokens[f.start - 1].key == "at", !tokens[f.start].breakBefore { f.start -= 1 }
        f.actor.text = text[tokens[f.start].start..<tokens[f.end - 1].end]
        return f
    }

    /// Verbs of seeing and hearing, whose object may be the doers of an act: "witnesses saw gunmen attack".
    static let perceptionVerbs: Set<String> = ["saw", "see", "seen", "heard", "hear", "watched", "noticed"]

    private func core(at i0: Int, limit hi: Int) -> Found? {
        var i = i0
        var country: LinkedMention? = nil
        // an organisation or group among the modifiers owns the head even when a country follows it
        // ("Amnesty International Kenya director")
        var body: LinkedMention? = nil
        while i < hi, i == i0 || !tokens[i].breakBefore {
            let k = tokens[i].key
            // counts are read by the casualty reader; here they only open the phrase ("five civilians")
            if tokens[i].digits != nil || lexicon.value(.number, k) != nil { i += 1; continue }
            if Self.determiners.contains(k) || lexicon.isClass(.vague, k) { i += 1; continue }
            break
        }
        // a plain adjective before a name: "the paramilitary Rapid Support Forces"
        if i + 1 < hi, mentionAt[i] == nil, mentionAt[i + 1] != nil, !tokens[i].capital, !tokens[i + 1].breakBefore,
           tokens[i].digits == nil, !Self.functionWords.contains(tokens[i].key), !lexicon.isClass(.report, tokens[i].key),
           lexicon.match(.head, tokens, at: i, limit: hi) == nil { i += 1 }
        // modifiers: linked names and demonyms before the head ("Azerbaijan's", "Armenian", "Saudi-led")
        var j = i
        while j < hi, j == i || !tokens[j].breakBefore {
            if let m = mentionAt[j] {
                let e = layer.entities[layer.mentions[m].entity]
                if body == nil, e.type == .organization || e.type == .group { body = layer.mentions[m] }
                if country == nil || e.type == .country { country = layer.mentions[m] }
                j += 1
                if j < hi, tokens[j].key == "led" { j += 1 }
                continue
            }
            break
        }
        // "Yemen's information minister": up to two plain words before the head
        var headAt: (EnglishLexicon.Entry, Int, Int)? = nil
        for skip in 0...2 where headAt == nil {
            let h0 = j + skip
            guard h0 < hi, h0 == i || !tokens[h0].breakBefore else { break }
            // (a pronoun or a verb of seeing is no modifier: "they saw gunmen")
            // (nor a joining or function word: "adding that security forces")
            if skip > 0, mentionAt[h0 - 1] != nil || tokens[h0 - 1].capital || lexicon.isClass(.report, tokens[h0 - 1].key)
                || Self.functionWords.contains(tokens[h0 - 1].key) || Self.joiners.contains(tokens[h0 - 1].key)
                || EnglishDocument.pronouns.contains(tokens[h0 - 1].key) || Self.perceptionVerbs.contains(tokens[h0 - 1].key)
                || lexicon.match(.event, tokens, at: h0 - 1) != nil { break }
            if let (h, after) = lexicon.match(.head, tokens, at: h0, limit: hi) {
                // "the Sudan Doctors Network": a capitalised head going on in capitals is part of a proper name
                // (a title's capitals are its holder's name: "Foreign Minister Sergei Lavrov")
                if tokens[h0].capital, after < hi, tokens[after].capital, !tokens[after].breakBefore, mentionAt[after] == nil,
                   !lexicon.isClass(.report, tokens[after].key), !Self.titleWords.contains(tokens[after - 1].key) { break }
                headAt = (h, h0, after)
            }
        }
        if let (h, _, after) = headAt {
            var end = after
            var country = country
            // "foreign ministry spokeswoman": the person of the institution, of its country and sector
            var label = h.extra
            if end < hi, !tokens[end].breakBefore, let (h2, after2) = lexicon.match(.head, tokens, at: end, limit: hi) {
                label = h2.extra; end = after2
            }
            // "a spokesman for the Houthis", "the ministry of defence of Azerbaijan", "police in Yerevan"
            if end + 1 < hi, ["for", "of", "in", "from"].contains(tokens[end].key), !tokens[end].breakBefore {
                var k = end + 1
                while k < hi, Self.determiners.contains(tokens[k].key) { k += 1 }
                // "positions in Nagorno-Karabakh" are still Armenian: a place only gives a country the phrase lacks
                let place = tokens[end].key == "in" || tokens[end].key == "from"
                // ("Houthi forces in Yemen": the place is still part of the phrase)
                // ("the UN humanitarian coordinator for Sudan": an organisation's officer for a country is still the
                // organisation's)
                let ownedByBody = country.map { [.organization, .group].contains(layer.entities[$0.entity].type) } ?? false
                if k < hi, let m = mentionAt[k] {
                    if (!place && !ownedByBody) || country == nil { country = layer.mentions[m] }
                    end = k + 1
                    while end < hi, mentionAt[end] == m { end += 1 }
                } else if tokens[end].key != "for", k == end + 1, k < hi, tokens[k].capital, !tokens[k].breakBefore,
                          !lexicon.isClass(.report, tokens[k].key), lexicon.match(.head, tokens, at: k, limit: hi) == nil {
                    // "residents of Mir Ali", "people in Bannu": a place the gazetteer lacks is still where they are from
                    var e = k
                    while e < hi, e < k + 3, tokens[e].capital, !tokens[e].breakBefore, mentionAt[e] == nil,
                          !lexicon.isClass(.report, tokens[e].key) { e += 1 }
                    end = e
                }
            }
            // a person's name after a title: "information minister Moammar al-Eryani" (or a person the gazetteer
            // knows: "Prime Minister Benjamin Netanyahu")
            var name = end
            var holder: LinkedMention? = nil
            // a known person's mention at `name`, read whole
            func takePerson() {
                guard name < hi, !tokens[name].breakBefore, let mi = mentionAt[name],
                      layer.entities[layer.mentions[mi].entity].type == .person else { return }
                holder = layer.mentions[mi]
                while name < hi, mentionAt[name] == mi { name += 1 }
            }
            takePerson()
            while holder == nil, name < hi, !tokens[name].breakBefore, mentionAt[name] == nil, !lexicon.isClass(.report, tokens[name].key),
                  tokens[name].capital || (Self.particles.contains(tokens[name].key) && name + 1 < hi && tokens[name + 1].capital) { name += 1 }
            // ("Foreign Minister Sergei Lavrov": a given name the gazetteer spells otherwise, then the family name it knows)
            if holder == nil, name > end { takePerson() }
            if holder != nil || (name > end && tokens[name - 1].capital) { end = name }
            let sector = Sector(rawValue: h.value) ?? .unknown
            var actor: Actor
            if let c = body ?? country {
                var inner = entityActor(c, withText: false)
                if inner.country == nil, let k = country { inner.country = k.country ?? layer.entities[k.entity].country }
                let isGroup = layer.entities[c.entity].type == .group || layer.entities[c.entity].type == .organization
                // ("Houthi forces" are the group's own: its sector, not the head's)
                let armedGroup = layer.entities[c.entity].type == .group && inner.sector != nil
                actor = Actor(name: isGroup ? inner.name : label, country: inner.country,
                              sector: sector == .unknown || armedGroup ? inner.sector : sector, entity: isGroup ? inner.entity : nil)
            } else {
                actor = Actor(name: label, sector: sector == .unknown ? nil : sector)
            }
            // (the holder the gazetteer knows gives the office his state and names the person)
            if let p = holder {
                let person = layer.entities[p.entity]
                if actor.country == nil { actor.country = p.country ?? person.country }
                if actor.entity == nil { actor.entity = person.id }
            }
            return Found(actor: actor, start: i0, end: end)
        }
        // an unknown name opening with a linked one: "the Sudan Doctors Network", "Yemen Data Project"
        if let c = country, j > i, j < hi, tokens[j].capital, !tokens[j].breakBefore, mentionAt[j] == nil {
            var end = j
            // ("the Kenya National Commission on Human Rights": a lower-case connector inside the name)
            while end < hi, !tokens[end].breakBefore, mentionAt[end] == nil, !lexicon.isClass(.report, tokens[end].key),
                  tokens[end].capital || (Self.nameConnectors.contains(tokens[end].key) && end + 1 < hi && tokens[end + 1].capital
                                          && !tokens[end + 1].breakBefore && mentionAt[end + 1] == nil) { end += 1 }
            let name = text[tokens[i].start..<tokens[end - 1].end]
            return Found(actor: Actor(name: name, country: c.country ?? layer.entities[c.entity].country), start: i0, end: end)
        }
        // an unknown body named in capitals that ends in an institution's noun: "The Independent Policing Oversight
        // Authority said" (the article before it, two to six words, no linked name among them)
        if country == nil, i0 < i || (i0 > 0 && tokens[i0].key == "the"), i < hi, tokens[i].capital {
            var end = i
            while end < hi, end - i < 6, !tokens[end].breakBefore || end == i, mentionAt[end] == nil, !lexicon.isClass(.report, tokens[end].key),
                  tokens[end].capital || (Self.nameConnectors.contains(tokens[end].key) && end + 1 < hi && tokens[end + 1].capital) { end += 1 }
            if end - i >= 2, Self.institutionNouns.contains(tokens[end - 1].key) {
                return Found(actor: Actor(name: text[tokens[i].start..<tokens[end - 1].end]), start: i0, end: end)
            }
        }
        // an unknown name in capitals right before a verb of saying: "World Central Kitchen said its team …" (two to
        // five words, none linked, none a head; a person's or a body's, which the words do not tell)
        if country == nil, i == i0, i < hi, tokens[i].capital, mentionAt[i] == nil {
            var end = i
            while end < hi, end - i < 5, end == i || !tokens[end].breakBefore, tokens[end].capital, mentionAt[end] == nil,
                  tokens[end].digits == nil, lexicon.match(.head, tokens, at: end, limit: hi) == nil,
                  !Self.functionWords.contains(tokens[end].key), !Self.determiners.contains(tokens[end].key) { end += 1 }
            if end - i >= 2, end < tokens.count, end <= hi, !tokens[end].breakBefore, lexicon.isClass(.report, tokens[end].key) {
                return Found(actor: Actor(name: text[tokens[i].start..<tokens[end - 1].end]), start: i0, end: end)
            }
        }
        // a name standing alone: a country, organisation, group or media (not a town: "in Marib")
        if let c = country, j > i {
            let e = layer.entities[c.entity]
            guard e.type == .country || e.type == .organization || e.type == .group || e.type == .person || c.form == .metonym else { return nil }
            if c.form == .nisba && e.type == .country {
                // "Yemeni" alone is no actor, but the plural names people of that state: "killed 12 Palestinians"
                guard j == i + 1, tokens[i].key.hasSuffix("s"), tokens[i].key.count > 3 else { return nil }
                return Found(actor: Actor(name: text[tokens[i].start..<tokens[i].end], country: c.country ?? e.country,
                                          text: text[tokens[i0].start..<tokens[i].end]), start: i0, end: j)
            }
            return Found(actor: entityActor(c, withText: false), start: i0, end: j)
        }
        return nil
    }

    static let relatives: Set<String> = ["which", "who"]
    /// Lower-case words inside an institution's proper name: "Commission on Human Rights", "Office for the
    /// Coordination of Humanitarian Affairs".
    static let nameConnectors: Set<String> = ["on", "of", "for", "and", "the"]
    /// Last words of an institution's proper name.
    static let institutionNouns: Set<String> = ["authority", "commission", "council", "agency", "office", "committee", "network",
                                                "court", "ministry", "department", "union", "association", "syndicate", "federation",
                                                "front", "party", "movement", "organization", "organisation", "institute", "foundation",
                                                "board", "bureau", "directorate", "tribunal", "observatory", "coalition", "alliance", "society",
                                                "club", "center", "centre", "group", "forum", "league"]
    static let functionWords: Set<String> = ["and", "or", "but", "of", "in", "on", "by", "to", "for", "with", "from", "at", "as",
                                             "that", "than", "into", "against", "between", "near", "after", "before", "while"]
    static let clauseOpeners: Set<String> = ["while", "whereas", "but", "although", "though", "when", "as", "after", "before", "since"]
    static let auxiliaries: Set<String> = ["had", "has", "have", "was", "were", "been", "not", "also", "reportedly", "allegedly", "is", "are",
                                           "did", "does", "do", "never",
                                           // adverbs of time between a subject and its verb: "security forces later killed"
                                           "later", "then", "subsequently", "earlier", "again", "previously", "initially"]

    /// The actor phrase ending before token `i` with only auxiliaries between ("peacekeepers had not been").
    func phrase(before i: Int, from lo: Int) -> Found? {
        // "the U.S. Africa Command (AFRICOM) said": an acronym in brackets after the name is part of it
        if i >= lo + 3, tokens[i].clauseBefore, tokens[i - 1].clauseBefore, Self.isAcronym(tokens[i - 1], text),
           var f = phrase(endingBefore: i - 1, from: lo) {
            f.end = i
            return f
        }
        var k = i
        while k > lo, Self.auxiliaries.contains(tokens[k - 1].key), !tokens[k].clauseBefore || k == i { k -= 1 }
        // "Egypt and Saudi Arabia, which have mediated between the two sides, urged": the subject stands before
        // a relative clause set off by commas
        if k < tokens.count, tokens[k].clauseBefore {
            var r = k - 1
            while r > lo, r > k - 16, !(Self.relatives.contains(tokens[r].key) && tokens[r].clauseBefore) { r -= 1 }
            if r > lo, Self.relatives.contains(tokens[r].key), tokens[r].clauseBefore { k = r }
            // "Tehreek-e-Taliban Pakistan (TTP), an umbrella group of Islamist militants, claimed": so does an
            // indefinite phrase in apposition, set off by commas (with the name's acronym in brackets before it)
            else if k > lo + 1, let a = (max(lo + 1, k - 12)..<k).last(where: { tokens[$0].clauseBefore }), ["a", "an"].contains(tokens[a].key),
                    (a + 1..<k).allSatisfy({ !tokens[$0].clauseBefore }), a - 1 > lo, let f = phrase(before: a, from: lo) {
                return f
            }
            // "The UN coordinator for Sudan, Clementine Nkweta-Salami, condemned": a name in apposition, set off by
            // commas, follows its title
            else {
                var a = k - 1
                while a > lo, a >= k - 5, !tokens[a].clauseBefore,
                      tokens[a].capital || Self.particles.contains(tokens[a].key) { a -= 1 }
                if a > lo, a < k - 1, tokens[a].clauseBefore, tokens[a].capital, mentionAt[a] == nil || layer.entities[layer.mentions[mentionAt[a]!].entity].type == .person {
                    k = a
                    // ("The UN special rapporteur on torture, Alice Edwards,": the title's own complement)
                    if phrase(endingBefore: k, from: lo) == nil,
                       let p = (max(lo + 1, k - 3)..<k).first(where: { Self.titleComplements.contains(tokens[$0].key) && !tokens[$0].breakBefore }),
                       (p + 1..<k).allSatisfy({ !tokens[$0].breakBefore }), var f = phrase(endingBefore: p, from: lo) {
                        f.end = k
                        return withText(f)
                    }
                }
            }
        }
        return phrase(endingBefore: k, from: lo)
    }
    /// A word written in capitals, two to eight letters: "AFRICOM", "UNRWA", "OCHA".
    static func isAcronym(_ t: EnglishToken, _ text: ScalarText) -> Bool {
        let n = t.end - t.start
        guard n >= 2, n <= 8 else { return false }
        return (t.start..<t.end).allSatisfy { (0x41...0x5A).contains(text.scalars[$0].value) }
    }

    /// Prepositions of a title's complement: "rapporteur on torture", "commissioner for refugees".
    static let titleComplements: Set<String> = ["on", "for", "of"]

    /// The actor phrase ending right before token `i` (at most `span` tokens back), within `[lo, i)`.
    func phrase(endingBefore i: Int, from lo: Int, span: Int = 10) -> Found? {
        var s = i - 1
        var best: Found? = nil
        while s >= max(lo, i - span) {
            // a subordinating conjunction opens the clause, it is no part of its subject ("while opposition leader
            // Raila Odinga urged")
            if Self.clauseOpeners.contains(tokens[s].key) { break }
            if let f = core(at: s, limit: i), f.end == i { best = f }
            if tokens[s].breakBefore { break }
            s -= 1
        }
        return best.map(withText)
    }
}

extension EntityLayer {
    /// Index of the first mention (by start; mentions are sorted) that ends after `offset`: where a
    /// sentence's mentions begin, found without walking the whole document's mentions.
    func firstMention(endingAfter offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].start < offset && mentions[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Mentions lying inside `[start, end)`.
    func mentions(in start: Int, _ end: Int) -> ArraySlice<LinkedMention> {
        var k = firstMention(endingAfter: start)
        while k < mentions.count, mentions[k].start < start { k += 1 }
        var e = k
        while e < mentions.count, mentions[e].start < end { e += 1 }
        return mentions[k..<e]
    }
}
