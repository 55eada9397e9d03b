import MarsadText

/// Statements, events and contradictions of English news text: the English counterpart of `EventStage`,
/// reading the same record contract. Reporting verbs with their speaker ("the ministry said", "…, medical
/// sources said", "according to X") and stance; event words coded to PLOVER with source and target
/// (active, passive "were killed by", nouns "an attack on"), casualties ("killed five", "eight others
/// were wounded"), place, date and claimant; planned, conditional and negated events are not events that
/// happened.
public struct EnglishEventStage: Sendable {
    let lexicon: EnglishLexicon

    public init() { lexicon = .shared }

    public func run(_ ctx: AnalysisContext, entities: EntityLayer)
        -> (statements: [Statement], events: [Event], contradictions: [Contradiction]) {
        run(text: ctx.scalars, sentences: ctx.sentences, published: ctx.published, entities: entities)
    }

    func run(text: ScalarText, sentences: [Span], published: String?, entities: EntityLayer)
        -> (statements: [Statement], events: [Event], contradictions: [Contradiction]) {
        var doc = EnglishDocument(text: text, lexicon: lexicon, layer: entities,
                                  published: published.flatMap(CivilDate.init(iso:)))
        for (n, s) in sentences.enumerated() { doc.sentence(n, s) }
        if let first = sentences.first, let c = doc.datelineCountry(first) {
            DatelineState.place(c, statements: &doc.statements, events: &doc.events)
        }
        let contradictions = ContradictionFinder(statements: doc.statements, events: doc.events, claims: doc.claims).find()
        return (doc.statements, doc.events, contradictions)
    }
}

/// One document's pass, sentence by sentence.
struct EnglishDocument {
    let text: ScalarText
    let lexicon: EnglishLexicon
    let layer: EntityLayer
    let published: CivilDate?
    var statements: [Statement] = []
    var events: [Event] = []
    var claims: [Int?] = []
    /// The last speaker, for "he said", "it added".
    var lastSpeaker: Actor? = nil

    /// Speakers named with their country or entity, latest last, for "the ministry said".
    var known: [Actor] = []

    static let pronouns: Set<String> = ["he", "she", "it", "they", "we"]
    /// "quoted X as saying", "cited X as saying": an outlet carrying a source's words.
    static let quotingVerbs: Set<String> = ["quoted", "cited", "quotes", "cites"]

    /// After a quantifier of the count that opens an object ("at least 12", "more than 30", "nearly 40"): the
    /// token where the counted phrase begins; `j` itself when there is none.
    static func quantifierEnd(_ t: [EnglishToken], _ j: Int) -> Int {
        guard j + 1 < t.count else { return j }
        let a = t[j].key, b = t[j + 1].key
        let two = (a == "at" && (b == "least" || b == "most")) || (a == "more" && b == "than") || (a == "up" && b == "to")
            || (a == "as" && b == "many")
        let k = two ? j + 2 : (["nearly", "about", "around", "almost", "some", "over", "roughly"].contains(a) ? j + 1 : j)
        // (only before a count: "at the camp" is where)
        guard k > j, k < t.count, t[k].digits != nil || t[k].key == "a" || k + 1 < t.count && t[k + 1].digits != nil
                || ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds"].contains(t[k].key)
        else { return j }
        return k
    }
    /// Heads that name a body by its kind alone ("the group said").
    static let genericBodies: Set<String> = ["group", "charity", "organisation", "organization"]

    /// A speaker named by a run of capitals the gazetteer lacks ("World Central Kitchen"): no state, no sector.
    static func isUnknownNamedBody(_ a: Actor) -> Bool {
        a.country == nil && a.entity == nil && a.sector == nil && a.name.contains(" ") && (a.name.first?.isUppercase ?? false)
    }
    /// Auxiliaries between a subject pronoun and its verb: "it had struck", "they have fired".
    static let auxiliaries: Set<String> = ["had", "has", "have", "was", "were", "is", "are", "also", "then", "later"]
    static let durations: Set<String> = ["days", "weeks", "months", "years", "decades"]
    /// Plural attack nouns that are no event words on their own ("strikes" is also a walk-out) but name attacks
    /// after "killed in" and a demonym: "were killed in Israeli strikes", "in Russian shelling".
    static let attackNounsAfterIn: Set<String> = ["strikes", "shelling", "bombardment", "bombing", "bombings", "raids", "attacks", "fire"]

    /// "The ministry said": a head without its country is the last such institution named with one; "the group",
    /// "the charity" the last body named as such (an organisation or group of the gazetteer, or a name in capitals
    /// it lacks: "World Central Kitchen said …. The charity said").
    func resolve(_ a: Actor) -> Actor {
        guard a.country == nil, a.entity == nil, let text = a.text?.lowercased(), text.hasPrefix("the ") else { return a }
        let head = a.name.lowercased()
        if Self.genericBodies.contains(head) {
            guard var prior = known.last(where: { k in
                Self.isUnknownNamedBody(k) || (k.entity.map { $0.hasPrefix("org:") || $0.hasPrefix("group:") } ?? false)
            }) else { return a }
            prior.text = a.text
            return prior
        }
        guard let prior = known.last(where: { $0.name.lowercased() == head || ($0.name.lowercased().hasPrefix(head + " ") ) })
                ?? known.last(where: { $0.name.lowercased().contains(head) }) else { return a }
        var r = prior
        r.text = a.text
        return r
    }

    /// Words after a reporting verb that say something ("said its forces struck…"), not only a time
    /// or the end of the sentence ("…, the ministry said on Tuesday.").
    static let claimVerbs: Set<String> = ["claimed", "claims", "claim"]
    static let participles: Set<String> = ["adding", "saying"]
    /// Verbs that carry out an act named by its noun, with its article: "carried out an air strike", "launched a raid",
    /// "imposed sanctions".
    static let supportWords: Set<String> = supportVerbs.union(determinerWords)

    /// Prepositions that end a many-word event phrase and govern its object ("threw stones at", "set fire to").
    static let governingEnds: Set<String> = ["at", "to", "on", "into"]
    static let protesterWords = ["protesters", "protestors", "demonstrators", "rioters"]
    /// Verbs that carry an event noun, whose subject is the noun's doer ("The army carried out a raid", "the
    /// Treasury imposed sanctions", "authorities imposed a curfew").
    static let supportVerbs: Set<String> = ["carried", "conducted", "launched", "staged", "mounted", "imposed", "imposes", "impose",
                                             "slapped", "declared"]
    static let determinerWords: Set<String> = ["out", "an", "a", "the", "new", "fresh", "further", "more"]
    /// Words that tie a group to the side it serves: "gunmen loyal to", "fighters allied with".
    static let affiliations: Set<String> = ["loyal to", "allied with", "allied to", "linked to", "affiliated with", "backed by", "aligned with"]

    /// The mark right before the word (past spaces) is a closing bracket.
    func closesBracket(before w: EnglishToken) -> Bool {
        var k = w.start - 1
        while k >= 0, text.scalars[k] == " " { k -= 1 }
        return k >= 0 && text.scalars[k] == ")"
    }

    /// A closing quotation mark right before `offset` (past spaces and a comma).
    func quoteCloses(before offset: Int) -> Bool {
        var k = offset - 1
        while k >= 0, text.scalars[k] == " " || text.scalars[k] == "," { k -= 1 }
        return k >= 0 && (text.scalars[k] == "\"" || text.scalars[k] == "\u{201D}")
    }

    func saysSomething(_ t: [EnglishToken], _ after: Int) -> Bool {
        // "…, the ministry said, adding that …": what follows is a second thing said
        if after < t.count, t[after].clauseBefore, Self.addingWords.contains(t[after].key) { return false }
        var k = after
        var words = 0
        // ("…," the spokesman told Reuters / told reporters by phone: whom it was told to)
        if after > 0, t[after - 1].key == "told", after < t.count {
            if Self.addressees.contains(t[after].key) { k += 1 }
            else { while k < t.count, !t[k].clauseBefore || k == after, isMedia(t[k]) { k += 1 } }
        }
        while k < t.count, !t[k].clauseBefore || k == after {
            // (nor where it was said: "…," the spokesman said in a statement / at a news conference)
            if !Self.whereSaid.contains(t[k].key),
               lexicon.value(.weekday, t[k].key) == nil, lexicon.value(.month, t[k].key) == nil, t[k].digits == nil { words += 1 }
            k += 1
        }
        return words >= 2
    }

    /// Where a sentence's text begins past a wire dateline: a dash (" - ", " – ", " — ") within its first 100
    /// characters, after a word in capitals opening it ("GAZA CITY, Jan 5 -") or after the agency in brackets
    /// ("…, March 3 (Reuters) -"). The span's start when there is none.
    func datelineEnd(_ span: Span) -> Int {
        let s = text.scalars
        let hi = min(span.end - 1, span.start + 100)
        var d = span.start + 1
        while d < hi, !(s[d - 1] == " " && Self.dashes.contains(s[d]) && s[d + 1] == " ") { d += 1 }
        guard d < hi else { return span.start }
        var b = d - 2
        while b > span.start, s[b] == " " { b -= 1 }
        if s[b] == ")" { return d + 1 }
        var k = span.start
        var letters = 0
        // (the opening words in capitals: "KHARTOUM", "GAZA CITY", "PORT-AU-PRINCE")
        while k < d, (0x41...0x5A).contains(s[k].value) || s[k] == " " || s[k] == "-" {
            if s[k] != " " { letters += 1 }
            k += 1
        }
        return letters >= 3 && k < d && (s[k] == "," || s[k] == " ") ? d + 1 : span.start
    }
    static let dashes: Set<Unicode.Scalar> = ["-", "\u{2013}", "\u{2014}"]

    /// The country of the place a dateline opens with ("KHARTOUM, June 6 (Reuters) -"), if the sentence has one.
    func datelineCountry(_ span: Span) -> String? {
        let end = datelineEnd(span)
        guard end > span.start else { return nil }
        for m in layer.mentions(in: span.start, end) {
            let e = layer.entities[m.entity]
            if e.type == .city || e.type == .country { return m.country ?? e.country }
        }
        return nil
    }

    /// Whom a "told" says something to, when not a named outlet: "told reporters".
    static let addressees: Set<String> = ["reporters", "journalists", "parliament", "lawmakers"]

    /// The token is part of a linked media name ("Reuters", "Al Jazeera").
    func isMedia(_ w: EnglishToken) -> Bool {
        layer.mentions(in: w.start, w.end).contains { layer.entities[$0.entity].id.hasPrefix("media:") }
    }

    /// A place mention follows token `i` closely ("struck targets in Gaza", "struck Kharkiv").
    func placeFollows(_ t: [EnglishToken], _ i: Int) -> Bool {
        guard i < t.count else { return false }
        let hi = min(t.count, i + 4)
        return layer.mentions(in: t[i].start, t[hi - 1].end).contains { m in
            [EntityType.city, .region, .place].contains(layer.entities[m.entity].type)
        }
    }

    init(text: ScalarText, lexicon: EnglishLexicon, layer: EntityLayer, published: CivilDate?) {
        self.text = text; self.lexicon = lexicon; self.layer = layer; self.published = published
    }

    /// Words that open what stands between a verb of saying and its "that": where, when and to whom.
    /// Words of where, when and how something was said, which say nothing themselves: "said in a statement",
    /// "said in a message to reporters", "wrote on X", "said at a news conference on Tuesday".
    static let whereSaid: Set<String> = ["on", "in", "late", "early", "by", "phone", "telephone", "today", "yesterday", "tonight", "the",
                                         "last", "this", "week", "month", "a", "an", "at", "statement", "interview", "briefing", "news",
                                         "press", "conference", "message", "to", "reporters", "journalists", "its", "his", "her", "their",
                                         "post", "video", "speech", "televised", "address", "remarks", "x", "twitter", "telegram",
                                         "facebook", "social", "media", "website", "channel", "account", "official"]
    static let adjunctOpeners: Set<String> = ["in", "on", "to", "at", "during", "after", "late", "earlier", "reporters", "journalists", "told"]

    mutating func sentence(_ n: Int, _ span: Span) {
        // "KHARTOUM, March 3 (Reuters) - Shelling by …": the dateline names where and when the wire was filed and
        // by whom, none of them the act's
        let t = EnglishToken.scan(text.scalars, in: datelineEnd(span)..<span.end)
        guard !t.isEmpty else { return }
        let actors = EnglishActors(tokens: t, lexicon: lexicon, layer: layer, text: text)
        let dates = EnglishDates(lexicon: lexicon, published: published).resolve(t)
        let date = dates.first

        // statements: (statement index, content token range)
        var contents: [(Int, Range<Int>)] = []
        var i = 0
        while i < t.count {
            if t[i].key == "according", i + 2 < t.count, t[i + 1].key == "to", let sp = actors.phrase(at: i + 2, limit: t.count) {
                // "According to X, …" opens the sentence; "…, according to X" closes it
                let content = i == 0 ? sp.end..<t.count : 0..<i
                add(statement: sp.actor, cue: i..<(i + 2), stance: .assert, content: content, t, n, &contents)
                i = sp.end
                continue
            }
            // "The official WAFA news agency quoted a civil defence official as saying …": the source speaks, through
            // the outlet that quoted it
            if Self.quotingVerbs.contains(t[i].key), let outlet = actors.phrase(before: i, from: 0),
               let source = actors.phrase(at: i + 1, limit: t.count), source.end + 1 < t.count, t[source.end].key == "as",
               t[source.end + 1].key == "saying" {
                var c = source.end + 2
                if c < t.count, t[c].key == "that" { c += 1 }
                add(statement: resolve(source.actor), cue: i..<(i + 1), stance: .assert, content: c..<t.count, t, n, &contents,
                    via: resolve(outlet.actor))
                i = c
                continue
            }
            guard let (cue, after) = lexicon.match(.report, t, at: i) else { i += 1; continue }
            let stance = Stance(rawValue: cue.value) ?? .assert
            // "Russia has been accused of …", "he was told": the subject did not say it
            if i > 0, lexicon.isClass(.passive, t[i - 1].key) { i = after; continue }
            var speaker: Actor? = nil
            var content: Range<Int> = after..<t.count
            // (only verbs of saying invert so: "…, urged Russia to" has its object after it)
            // (a participle does not: "…, saying its forces had clashed" — what follows is what was said)
            // (a closing bracket is no clause boundary: "The Inter-Services Public Relations (ISPR) said security forces …")
            if t[i].clauseBefore, i > 0, stance == .assert || stance == .report, !Self.participles.contains(t[i].key),
               !closesBracket(before: t[i]), let sp = actors.phrase(at: after, limit: t.count) {
                // "…," said the ministry.
                speaker = resolve(sp.actor); content = 0..<i
            } else if t[i].clauseBefore, Self.participles.contains(t[i].key), let own = contents.last {
                // "…, adding that …", "…, saying …": the participle goes on with the sentence's speaker, not with the
                // last phrase of what it said ("opened fire on residents, adding that")
                speaker = statements[own.0].speaker
            } else if let sp = actors.phrase(before: i, from: 0) {
                speaker = resolve(sp.actor)
                // "…, medical sources said." : nothing (or only a time) after the verb, what was said is before
                // ("\"The car rammed the gate,\" police captain Mohamed Hussein told Reuters, adding …": a quotation
                // closing right before the subject is what was said, whatever follows the verb)
                if sp.start > 0, t[sp.start].clauseBefore, !saysSomething(t, after) || quoteCloses(before: t[sp.start].start) {
                    content = 0..<sp.start
                }
            } else if i > 0, Self.pronouns.contains(t[i - 1].key), let last = lastSpeaker {
                speaker = last
                if t[i - 1].clauseBefore, i > 1 { content = 0..<(i - 1) }
            } else if i > 0, t[i - 1].key == "and", let own = contents.last {
                // "the Houthis denied any involvement and blamed the coalition": the same subject
                speaker = statements[own.0].speaker
            }
            if let sp = speaker {
                // "said in a statement that …", "told reporters on Tuesday that …": whom and where it was said to is
                // not what was said
                if content.lowerBound < t.count, content.lowerBound == after, Self.adjunctOpeners.contains(t[content.lowerBound].key),
                   let that = (content.lowerBound + 1..<min(content.upperBound, content.lowerBound + 8)).first(where: { t[$0].key == "that" }),
                   !(content.lowerBound + 1..<that).contains(where: { t[$0].clauseBefore }) {
                    content = that..<content.upperBound
                }
                if content.lowerBound < t.count, t[content.lowerBound].key == "that" { content = (content.lowerBound + 1)..<content.upperBound }
                add(statement: sp, cue: i..<after, stance: stance, content: content, t, n, &contents)
            }
            i = after
        }

        // events
        var found: [Event] = []
        var foundClaims: [Int?] = []
        // statements that are events: accusations and calls
        for (s, range) in contents {
            let st = statements[s]
            // "Al-Shabaab … claimed responsibility for the attack": the doer of the attack told before (of those with no
            // doer in the six sentences before, the one with the largest toll), and no act of its own
            if range.lowerBound > 0, range.lowerBound + 1 < t.count, Self.claimVerbs.contains(t[range.lowerBound - 1].key),
               t[range.lowerBound].key == "responsibility", st.speaker.entity != nil || st.speaker.country != nil {
                if let k = events.claimedAttack(before: n) { events[k].source = st.speaker }
                continue
            }
            let type: String
            switch st.stance {
            case .accuse: type = "ACCUSE"
            case .call: type = "REQUEST"
            default: continue
            }
            var j = range.lowerBound
            if j < t.count, ["on", "upon"].contains(t[j].key) { j += 1 }
            var target = j < range.upperBound ? actors.phrase(at: j, limit: range.upperBound).map { resolve($0.actor) } : nil
            // "accused the group of …": a body by its kind alone is the last group or organisation the text named
            if var a = target, a.entity == nil, a.country == nil, Self.genericBodies.contains(a.name.lowercased()),
               let body = lastNamedBody(before: t[j].start) {
                a = Actor(name: body.name, country: body.country, sector: body.sector, entity: body.entity, text: a.text)
                target = a
            }
            // "condemned the strikes": the attack told before, and so whoever struck
            if target == nil, st.stance == .accuse, j + 1 < range.upperBound, t[j].key == "the",
               lexicon.match(.event, t, at: j + 1)?.0.value == "ASSAULT" || Self.attackNounsAfterIn.contains(t[j + 1].key) {
                // (the attack of the kind the noun names, when one was told: "condemned the bombing" is the car bomb's
                // doer, not the guards who shot the gunmen after it)
                let told = events.filter { $0.type == "ASSAULT" && !$0.negated && $0.source != nil && $0.sentence >= n - 6 }
                let mode = lexicon.match(.event, t, at: j + 1).map { $0.0.extra } ?? ""
                // ("condemned the attack": of those told, the one with the largest toll, the story's attack, not a
                // clash its doer claimed afterwards)
                let largest = told.largestToll { _ in true }.map { told[$0] }
                target = (mode.isEmpty ? nil : told.last { $0.mode == mode })?.source ?? largest?.source
            }
            found.append(Event(type: type, mode: type == "ACCUSE" ? "allege" : nil, source: st.speaker, target: target,
                               date: date?.date, datePrecision: date?.precision, claimedBy: st.speaker, sentence: n,
                               start: st.start, end: st.end, confidence: target == nil ? 0.6 : 0.7))
            foundClaims.append(s)
        }
        let hasCasualties = casualties(t) != (nil, nil)
        var i2 = 0
        while i2 < t.count {
            guard let (cue, after) = lexicon.match(.event, t, at: i2) else { i2 += 1; continue }
            defer { i2 = after }
            if isModal(t, i2) || isCondemned(t, i2) { continue }
            // "claimed responsibility for the bombing": the attack told before, not another
            if let r = (max(0, i2 - 4)..<i2).first(where: { t[$0].key == "responsibility" }), (r + 1..<i2).contains(where: { t[$0].key == "for" }) { continue }
            var ev = Event(type: cue.value, mode: cue.extra.isEmpty ? nil : cue.extra, negated: isNegated(t, i2),
                           sentence: n, start: t[i2].start, end: t[after - 1].end, confidence: 0.7)
            // who did it to whom
            // (a participle with its agent after it is passive too: "200 Palestinian prisoners released by Israel")
            let passive = i2 > 0 && (lexicon.isClass(.passive, t[i2 - 1].key)
                || (after + 1 < t.count && t[after].key == "by" && t[after - 1].key.hasSuffix("ed") && !t[i2].breakBefore))
            if passive {
                if let tg = actors.phrase(before: i2, from: 0) { ev.target = tg.actor }
                if after + 1 < t.count, t[after].key == "by", let src = actors.phrase(at: after + 1, limit: t.count) { ev.source = src.actor }
            } else {
                // (past auxiliaries and a negation: "Our forces did not attack")
                if let src = actors.phrase(endingBefore: i2, from: 0, span: 6) ?? actors.phrase(before: i2, from: 0) {
                    ev.source = src.actor
                    // "gunmen loyal to the ousted government ambushed": the phrase after an affiliation is whom the
                    // subject is loyal to; the subject stands before it
                    if src.start >= 3, Self.affiliations.contains(t[src.start - 2].key + " " + t[src.start - 1].key),
                       let owner = actors.phrase(endingBefore: src.start - 2, from: 0, span: 6) { ev.source = owner.actor }
                }
                // the subject of the verb carrying the noun: "The army carried out a raid", "imposed sanctions on"
                // (a state launching strikes is its military, read below from the demonym: "Israel launched airstrikes")
                else if !(cue.value == "ASSAULT" && demonymBefore(t, i2, actors) != nil),
                        let v = (max(0, i2 - 4)..<i2).last(where: { Self.supportVerbs.contains(t[$0].key) }),
                        (v + 1..<i2).allSatisfy({ Self.determinerWords.contains(t[$0].key) }),
                        let src = actors.phrase(endingBefore: v, from: 0, span: 6) ?? actors.phrase(before: v, from: 0) { ev.source = src.actor }
                var j = after
                // ("killed at least 12 Palestinians": the count's quantifier opens the object)
                j = Self.quantifierEnd(t, j)
                if j < t.count, ["on", "against", "at"].contains(t[j].key) { j += 1 }
                if j < t.count, !t[j].clauseBefore || j > after, let tg = actors.phrase(at: j, limit: t.count) { ev.target = tg.actor }
                if ev.source == nil, after + 1 < t.count, t[after].key == "by", let src = actors.phrase(at: after + 1, limit: t.count) {
                    ev.source = src.actor
                    // "an attack by the RSF on El Obeid": the target follows the doer
                    if ev.target == nil, src.end + 1 < t.count, ["on", "against"].contains(t[src.end].key),
                       let tg = actors.phrase(at: src.end + 1, limit: t.count) { ev.target = tg.actor }
                }
            }
            // "The Israeli military said it had struck …": a pronoun opening what a speaker said, a word or two before
            // the act, is the speaker
            if ev.source == nil, !passive, let s = contents.filter({ $0.1.contains(i2) }).max(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                var c = s.1.lowerBound
                if c < i2, t[c].key == "that" { c += 1 }
                // (or a support verb and an article: "said it had carried out an air strike")
                if c < i2, i2 - c <= 5, Self.pronouns.contains(t[c].key),
                   (c + 1..<i2).allSatisfy({ Self.auxiliaries.contains(t[$0].key) || Self.supportWords.contains(t[$0].key) }) {
                    ev.source = statements[s.0].speaker
                }
            }
            // "An Israeli air strike", "a Russian missile strike": the demonym before the attack names its military
            if ev.source == nil, !passive, cue.value == "ASSAULT", let s = demonymBefore(t, i2, actors) { ev.source = s }
            // "were killed in Israeli strikes": so does the demonym of the attack the victims fell in
            if ev.source == nil, passive, cue.value == "ASSAULT", after + 2 < t.count, t[after].key == "in",
               let k = (after + 2..<min(t.count, after + 4)).first(where: {
                   lexicon.match(.event, t, at: $0)?.0.value == "ASSAULT" || Self.attackNounsAfterIn.contains(t[$0].key) }),
               let s = demonymBefore(t, k, actors) { ev.source = s }
            if ev.source == ev.target { ev.target = nil }
            // "accused the Houthis of carrying out the attack": the accused did what the accusation says
            if ev.source == nil, let s = contents.filter({ $0.1.contains(i2) }).max(by: { $0.1.lowerBound < $1.1.lowerBound })?.0,
               statements[s].stance == .accuse,
               let k = found.indices.first(where: { found[$0].type == "ACCUSE" && foundClaims[$0] == s && found[$0].target != nil }) {
                ev.source = found[k].target
            }
            ev.location = location(t, n: n)
            // "struck a deal" is no attack: such words need a target or a place after them; "rallied to beat"
            // and "a heart attack" need someone acting or suffering, a place, or a count of victims
            // ("an attack by the RSF": a doer named after "by" says it is one)
            // "fired two ballistic missiles at a ship", not "fired the coach": the weapon says it is an attack
            if cue.requires == "weapon" {
                guard let mode = weapon(t, after: after) else { continue }
                ev.mode = ev.mode ?? mode
                if ev.target == nil, let tg = objectAfterWeapon(t, after: after, actors) { ev.target = resolve(tg.actor) }
            }
            if cue.requires == "target", ev.target == nil, !placeFollows(t, after), !(after < t.count && t[after].key == "by" && ev.source != nil) { continue }
            if cue.requires == "actor", ev.source == nil, ev.target == nil, !placeFollows(t, after), !hasCasualties { continue }
            // "riot police", "protest leaders", "attack helicopters": the event word names a kind of actor or thing
            // (a phrase ending in a preposition governs what follows: "threw stones at police")
            let last = t[after - 1].key
            if after < t.count, !t[after].breakBefore, !last.hasSuffix("ing"), !last.hasSuffix("ed"), after - 1 == i2 || !Self.governingEnds.contains(last),
               lexicon.match(.head, t, at: after) != nil { continue }
            // "a helicopter crash killed two", "the plague killed millions": deaths without an attacker
            if cue.value == "ASSAULT", lexicon.isClass(.killed, t[i2].key) || lexicon.isClass(.injured, t[i2].key),
               ev.source == nil, t.contains(where: { lexicon.isClass(.accident, $0.key) }) { continue }
            // "months of protests", "years of fighting": a state of affairs, not one event
            if i2 >= 2, t[i2 - 1].key == "of", Self.durations.contains(t[i2 - 2].key) { continue }
            ev.date = date?.date; ev.datePrecision = date?.precision
            // "the army" named before with its state: the actor the article already knows
            ev.source = ev.source.map(resolve); ev.target = ev.target.map(resolve)
            if let s = contents.filter({ $0.1.contains(i2) }).max(by: { $0.1.lowerBound < $1.1.lowerBound })?.0 {
                ev.claimedBy = statements[s].speaker
                if statements[s].stance == .deny { ev.negated = true }
                // "\"Our forces did not attack\", the spokesman said": our/its forces are the speaker's
                let speaker = statements[s].speaker
                for keyPath in [\Event.source, \Event.target] {
                    if var a = ev[keyPath: keyPath], a.country == nil, a.entity == nil,
                       let w = a.text?.lowercased(), ["our ", "its ", "their "].contains(where: { w.hasPrefix($0) }) {
                        a.country = speaker.country; a.entity = speaker.entity
                        if speaker.entity != nil { a.name = speaker.name; a.sector = speaker.sector ?? a.sector }
                        ev[keyPath: keyPath] = a
                    }
                }
                foundClaims.append(s)
            } else {
                foundClaims.append(nil)
            }
            if ev.source != nil || ev.target != nil { ev.confidence = 0.8 }
            found.append(ev)
        }
        // unnamed people of a place are of its country ("five civilians" killed in Marib)
        for k in found.indices {
            guard let place = found[k].location?.entity, let country = layer.entities.first(where: { $0.id == place })?.country else { continue }
            for keyPath in [\Event.source, \Event.target] {
                if var a = found[k][keyPath: keyPath], a.country == nil, a.entity == nil,
                   a.sector == .civilians || a.sector == .police || a.sector == nil {
                    a.country = country
                    found[k][keyPath: keyPath] = a
                }
            }
        }
        // casualties belong to the sentence's attack
        let (killed, injured) = casualties(t)
        if killed != nil || injured != nil {
            // (the attack told by a word of killing, when there is one: "set fire to homes, hours after a gunman
            // shot dead two brothers")
            let killing = found.firstIndex { e in
                e.type == "ASSAULT" && t.contains { $0.start >= e.start && $0.end <= e.end && lexicon.isClass(.killed, $0.key) }
            }
            if let k = killing ?? found.firstIndex(where: { $0.type == "ASSAULT" }) {
                found[k].fatalities = killed; found[k].injured = injured
            }
        }
        // "shot dead a 17-year-old Palestinian", "killed a soldier": one person killed
        for k in found.indices where found[k].type == "ASSAULT" && found[k].fatalities == nil {
            guard let tg = found[k].target?.text?.lowercased(), tg.hasPrefix("a ") || tg.hasPrefix("an "),
                  let last = t.lastIndex(where: { $0.end == found[k].end }), lexicon.isClass(.killed, t[last].key) else { continue }
            found[k].fatalities = 1
        }
        // "KHARTOUM, March 3 (Reuters) - Shelling by the RSF killed": a news agency or outlet before the act
        // reports it; it is no doer of an attack
        for k in found.indices where found[k].type == "ASSAULT" && found[k].source?.sector == .media { found[k].source = nil }
        // "settlers threw stones at houses and looted shops": a verb right after "and", with no subject of its own,
        // shares the doer of the act before it
        for k in found.indices.dropFirst() where found[k].source == nil {
            guard let j = t.firstIndex(where: { $0.start == found[k].start }), j > 0, t[j - 1].key == "and",
                  let prev = found[..<k].last(where: { $0.source != nil && $0.end <= found[k].start }) else { continue }
            found[k].source = prev.source
        }
        // "Protesters threw stones at police", "demonstrators set fire to tyres": protesters burning or stoning riot
        // (PLOVER PROTEST riot); the protesters told before ("the protesters") go on with the protest already coded
        for k in found.indices.reversed() where found[k].type == "ASSAULT" && found[k].mode == "primitive" {
            guard let s = found[k].source, let text = s.text?.lowercased(),
                  Self.protesterWords.contains(where: { text.hasSuffix($0) }) else { continue }
            if text.hasPrefix("the ") { found.remove(at: k); foundClaims.remove(at: k); continue }
            found[k].type = "PROTEST"; found[k].mode = "riot"
        }
        // one event per type and sentence: the triggers of one attack ("a drone strike killed five") merge
        var merged: [Event] = []
        var mergedClaims: [Int?] = []
        for (k, e) in found.enumerated() {
            // (two doers are two acts: the settlers' arson and the gunman's shooting)
            if e.type != "ACCUSE" && e.type != "REQUEST", let m = merged.firstIndex(where: {
                $0.type == e.type && $0.negated == e.negated && ($0.source == nil || e.source == nil || EventCoder.sameActor($0.source, e.source)) }) {
                var a = merged[m]
                a.mode = a.mode ?? e.mode
                a.source = a.source ?? e.source
                a.target = a.target ?? e.target
                a.fatalities = a.fatalities ?? e.fatalities
                a.injured = a.injured ?? e.injured
                a.claimedBy = a.claimedBy ?? e.claimedBy
                a.confidence = max(a.confidence, e.confidence)
                merged[m] = a
                if mergedClaims[m] == nil { mergedClaims[m] = foundClaims[k] }
            } else {
                merged.append(e); mergedClaims.append(foundClaims[k])
            }
        }
        // "Another 15 people were wounded": the wounded of the attack told in the sentence or two before
        if let first = t.first, first.key == "another", merged.count == 1, merged[0].type == "ASSAULT",
           merged[0].source == nil, merged[0].fatalities == nil, let wounded = merged[0].injured,
           let k = events.lastIndex(where: { $0.type == "ASSAULT" && !$0.negated && $0.sentence >= n - 2 }), events[k].injured == nil {
            events[k].injured = wounded
            return
        }
        events += merged
        claims += mergedClaims
    }

    private mutating func add(statement speaker: Actor, cue: Range<Int>, stance: Stance, content: Range<Int>,
                              _ t: [EnglishToken], _ n: Int, _ contents: inout [(Int, Range<Int>)], via: Actor? = nil) {
        // "denied that … and accused Baku of …": the earlier statement's content ends where this one starts
        for k in contents.indices where contents[k].1.contains(cue.lowerBound) {
            var cut = cue.lowerBound
            while cut > contents[k].1.lowerBound, ["and", "but", "he", "she", "it", "they"].contains(t[cut - 1].key) { cut -= 1 }
            let (si, old) = contents[k]
            contents[k] = (si, old.lowerBound..<max(old.lowerBound, cut))
            if cut > old.lowerBound {
                statements[si].content = Span(start: t[old.lowerBound].start, end: t[cut - 1].end)
                statements[si].end = max(t[cut - 1].end, statements[si].start)
            }
        }
        var speaker = speaker
        // "The Taliban administration denied … . \"We do not allow …,\" spokesman Zabihullah Mujahid told Reuters": a
        // spokesperson of no body named speaks for the body that spoke in the sentence before
        if speaker.country == nil, speaker.entity == nil, speaker.name == "spokesperson", let last = statements.last,
           n - last.sentence <= 1, last.speaker.name != "spokesperson",
           last.speaker.entity.map({ !$0.hasPrefix("media:") && !$0.hasPrefix("person:") }) ?? (last.speaker.country != nil) {
            speaker.country = last.speaker.country; speaker.entity = last.speaker.entity; speaker.sector = speaker.sector ?? last.speaker.sector
        }
        let cueText = text[t[cue.lowerBound].start..<t[cue.upperBound - 1].end]
        var span: Span? = nil
        if !content.isEmpty { span = Span(start: t[content.lowerBound].start, end: t[content.upperBound - 1].end) }
        let start = min(t[cue.lowerBound].start, span?.start ?? Int.max, t.first!.start)
        let end = max(t[cue.upperBound - 1].end, span?.end ?? 0)
        statements.append(Statement(speaker: speaker, cue: cueText, stance: stance, start: start, end: end, sentence: n, content: span, via: via))
        contents.append((statements.count - 1, content))
        lastSpeaker = speaker
        // (and a body named in capitals that the gazetteer lacks, for "the group said", "the charity said")
        if speaker.country != nil || speaker.entity != nil || Self.isUnknownNamedBody(speaker) {
            known.append(speaker); if known.count > 64 { known.removeFirst(32) }
        }
    }

    /// The last group or organisation (not a media outlet) named before `offset`, as an actor.
    func lastNamedBody(before offset: Int) -> Actor? {
        guard let m = layer.mentions.last(where: { m in
            m.end <= offset && [.group, .organization].contains(layer.entities[m.entity].type) && !layer.entities[m.entity].id.hasPrefix("media:")
        }) else { return nil }
        let e = layer.entities[m.entity]
        return Actor(name: e.name, country: m.country ?? e.country, sector: m.sector, entity: e.id)
    }

    /// "will attack", "plans to protest", "threatened to strike", "if … attacked": not (yet) an event.
    private func isModal(_ t: [EnglishToken], _ i: Int) -> Bool {
        if i > 0, t[i - 1].key == "to" { return true }
        var k = i - 1
        while k >= max(0, i - 3) {
            if lexicon.isClass(.modal, t[k].key), t[k].key != "to" { return true }
            if t[k + 1].clauseBefore { break }
            k -= 1
        }
        return false
    }

    /// "condemned the bombing", "denounced the attack on …": what a condemnation names is an act already
    /// known, not news of one (the sentence's toll, if any, is still read from its own words).
    private func isCondemned(_ t: [EnglishToken], _ i: Int) -> Bool {
        var k = i - 1
        if k >= 0, EnglishDocument.determiners.contains(t[k].key) { k -= 1 }
        return k >= 0 && EnglishDocument.condemning.contains(t[k].key)
    }
    static let condemning: Set<String> = ["condemned", "condemns", "condemn", "denounced", "denounces", "deplored", "decried"]
    static let determiners: Set<String> = ["the", "this", "that", "these", "those", "a", "an", "tuesday's", "monday's", "wednesday's",
                                           "thursday's", "friday's", "saturday's", "sunday's", "yesterday's", "today's"]

    /// "did not attack", "no one was killed", "never shelled".
    private func isNegated(_ t: [EnglishToken], _ i: Int) -> Bool {
        var k = i - 1
        while k >= max(0, i - 3) {
            if lexicon.isClass(.negation, t[k].key) { return true }
            if t[k + 1].clauseBefore { break }
            k -= 1
        }
        return false
    }

    /// Killed and injured counts of a sentence: "killed five civilians", "five people were killed",
    /// "eight others were wounded", "18 dead". Vague quantities ("dozens") are no count.
    private func casualties(_ t: [EnglishToken]) -> (Int?, Int?) {
        var killed: Int? = nil, injured: Int? = nil
        for (i, w) in t.enumerated() {
            let isKilled = lexicon.isClass(.killed, w.key), isInjured = lexicon.isClass(.injured, w.key)
            guard isKilled || isInjured else { continue }
            var n: Int? = nil
            // after: "killed five civilians", "wounding 12", "killed at least 12 people", "killing more than 30"
            if i + 1 < t.count, !t[i + 1].clauseBefore {
                var k = i + 1
                while k < t.count, k < i + 4, Self.skippable.contains(t[k].key) { k += 1 }
                if k < t.count { n = count(t[k]) }
                // "wounded dozens": a vague count is no number, and the count before is another word's
                if k < t.count, lexicon.isClass(.vague, t[k].key) { continue }
            }
            // before: "five civilians were killed", "18 dead", "eight others wounded"
            if n == nil {
                var k = i - 1
                while k >= max(0, i - 6) {
                    if let c = count(t[k]) {
                        // ("killed at least 40 people and wounded …": a count right after another casualty word is its)
                        var b = k - 1
                        while b >= 0, b >= k - 3, Self.skippable.contains(t[b].key) { b -= 1 }
                        if b >= 0, b != i, lexicon.isClass(.killed, t[b].key) || lexicon.isClass(.injured, t[b].key) { break }
                        // "four soldiers and two civilians were killed": the counts of one list add up
                        n = (n ?? 0) + c
                        var m = k - 1
                        while m >= max(0, k - 4), !t[m + 1].clauseBefore, count(t[m]) == nil, t[m].key != "and" { m -= 1 }
                        guard m >= 0, t[m].key == "and", m - 1 >= 0 else { break }
                        k = m - 1
                        var found = false
                        while k >= max(0, m - 4), !t[k + 1].clauseBefore {
                            // "12 civilians were killed and 30 wounded": a count of another casualty word is not
                            // of this list
                            if lexicon.isClass(.killed, t[k].key) || lexicon.isClass(.injured, t[k].key) { break }
                            if count(t[k]) != nil { found = true; break }
                            k -= 1
                        }
                        if !found { break }
                        continue
                    }
                    if lexicon.isClass(.vague, t[k].key) { break }
                    if t[k + 1].clauseBefore { break }
                    k -= 1
                }
            }
            guard let n else { continue }
            if isKilled, killed == nil { killed = n }
            if isInjured, injured == nil { injured = n }
        }
        return (killed, injured)
    }

    /// The mode of a weapon word within four words after `after`, before a clause break.
    private func weapon(_ t: [EnglishToken], after: Int) -> String? {
        var k = after
        while k < t.count, k < after + 4, k == after || !t[k].clauseBefore {
            if let m = lexicon.value(.weapon, t[k].key) { return m }
            k += 1
        }
        return nil
    }

    /// "fired two ballistic missiles at a commercial ship": the phrase after "at/on/towards" past the weapon.
    private func objectAfterWeapon(_ t: [EnglishToken], after: Int, _ actors: EnglishActors) -> EnglishActors.Found? {
        var k = after
        while k < t.count, k < after + 6, k == after || !t[k].clauseBefore {
            if ["at", "on", "towards", "toward", "against"].contains(t[k].key) {
                return actors.phrase(at: k + 1, limit: t.count)
            }
            k += 1
        }
        return nil
    }

    /// A country's demonym right before the attack word, or one word before it ("Israeli air strike",
    /// "a U.S. drone strike", "Russian missile strikes"): that state's military.
    private func demonymBefore(_ t: [EnglishToken], _ i: Int, _ actors: EnglishActors) -> Actor? {
        for k in stride(from: i - 1, through: max(0, i - 2), by: -1) {
            guard let m = actors.mentionAt[k] else { if t[k + 1].breakBefore { return nil }; continue }
            let lm = layer.mentions[m], e = layer.entities[lm.entity]
            guard lm.form == .nisba || e.type == .country, e.type == .country, let c = lm.country ?? e.country else { return nil }
            return Actor(name: e.name, country: c, sector: .military, text: text[lm.start..<lm.end])
        }
        return nil
    }

    static let addingWords: Set<String> = ["adding", "saying", "noting", "stressing", "citing"]
    static let skippable: Set<String> = ["at", "least", "some", "about", "nearly", "almost", "around", "more", "than", "over"]

    private func count(_ w: EnglishToken) -> Int? {
        if let d = w.digits, d < 100_000, !(w.key.count == 4 && d >= 1900) { return d }
        if let v = lexicon.value(.number, w.key) { return Int(v) }
        return nil
    }

    static let placePrepositions: Set<String> = ["in", "near", "at", "outside", "around", "into", "on", "across", "inside"]

    /// The place of the sentence: a town or region after "in/near/at…", else any town or region not in
    /// the dateline ("BAKU, Sept 19 (Reuters) -" names where the reporter is), else a country after "in".
    private func location(_ t: [EnglishToken], n: Int) -> EventLocation? {
        guard let first = t.first, let last = t.last else { return nil }
        var plain: EventLocation? = nil, country: EventLocation? = nil
        for m in layer.mentions(in: first.start, last.end) where m.end <= last.end {
            let e = layer.entities[m.entity]
            guard m.form != .metonym, let k = t.firstIndex(where: { $0.start == m.start }) else { continue }
            let loc = EventLocation(entity: e.id, name: e.name, lat: e.lat, lon: e.lon)
            let afterPreposition = k > 0 && (Self.placePrepositions.contains(t[k - 1].key)
                || (k > 1 && Self.placePrepositions.contains(t[k - 2].key) && t[k - 1].key == "the"))
            switch e.type {
            case .city, .region, .place:
                if afterPreposition { return loc }
                let written = text[m.start..<m.end]
                let dateline = k == 0 && written == written.uppercased()
                if plain == nil, !dateline { plain = loc }
            case .country where m.form == .name && country == nil && afterPreposition:
                country = loc
            default: continue
            }
        }
        return plain ?? country
    }
}
