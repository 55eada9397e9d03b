/// Whom a protest is against when its own words (what the protesters call for, denounce or gather before)
/// name no one. PLOVER codes a protest "against the recipient", and the sentence may still name it:
/// 1. the state whose act the protest denounces: "لافتات تندد بالعدوان الاسرائيلي" → Israel;
/// 2. the security force that dispersed the crowd or clashed with it ("لتفريق الف متظاهر", "اشتبك المتظاهرون مع
///    الجنود الاسرائيليين"), as ACLED codes the intervening force as the second actor of a protest with
///    intervention.
/// Nothing else: the government of the place is only a plausible recipient, and the record does not guess
/// (DESIGN.md, "No guessing"), so a protest whose sentence names neither has no target.
extension EventCoder {
    func protestRecipient(source: Actor?, trigger i: Int) -> Actor? {
        if let a = denouncedState(after: i) { return a }
        return interveningForce(besides: source)?.actor
    }

    /// "تندد بالعدوان الاسرائيلي", "احتجاجا على الغارات الأمريكية", "ضد الاحتلال الأميركي": a denounced act with
    /// the nisba of its doer right after it. An attack noun is the state's military's, any other act its government's.
    func denouncedState(after i: Int) -> Actor? {
        var j = i
        while j + 2 < range.upperBound {
            defer { j += 1 }
            guard words[j].kind == .arabic else { continue }
            guard (doc.reporting[j].map { $0.stance == .accuse } ?? false) || isAgainstWord(j) else { continue }
            // the act: one word after the denouncing word, past على or بـ on it ("احتجاجا على", "تندد ب")
            var a = j + 1
            if words[a].key == "على", a + 1 < range.upperBound { a += 1 }
            if let actor = denouncedAct(at: a) { return actor }
        }
        return nil
    }

    /// The doer of the act named at word `a` by the nisba right after it: "العدوان الإسرائيلي" → Israel's
    /// military (an attack or a judgement of one), "القرار الأمريكي" → the US government.
    func denouncedAct(at a: Int) -> Actor? {
        let layer = doc.actors.layer
        guard a + 1 < range.upperBound, words[a].kind == .arabic, doc.actors.mentionAt[a] == nil,
              lexicon.headMatch(words, at: a) == nil, let m = doc.actors.mentionAt[a + 1] else { return nil }
        let lm = layer.mentions[m]
        guard lm.form == .nisba, !doc.actors.namesPeople(words[a + 1].key), let c = lm.country ?? layer.entities[lm.entity].country else { return nil }
        let attack = doc.cues[a].contains { $0.plover == "ASSAULT" || $0.plover == "FIGHT" }
            || EventLexicon.firstNounKey(words[a].key, { EventCoder.accusationNouns.contains($0) }) != nil
        let t = doc.text(words[a].start..<lm.end)
        return doc.actors.nisbaActor(c, layer.entities[lm.entity], text: t, sector: attack ? .military : .government)
    }

    /// Words that set a protest against its grievance (noun keys); a protest noun only with على after it.
    static let againstWords: WordKeySet = ["ضد", "مناوئة", "مناهضة", "تنديدا", "تنديد", "استنكارا", "استنكار"]
    static let protestNouns: WordKeySet = ["احتجاجا", "احتجاج"]

    /// "احتجاجا على", "ضد", "للتنديد", "مناهضة": word `j` names what the protest is against.
    func isAgainstWord(_ j: Int) -> Bool {
        let k = words[j].key
        if EventLexicon.firstNounKey(k, { EventCoder.againstWords.contains($0) }) != nil { return true }
        return EventLexicon.firstNounKey(k, { EventCoder.protestNouns.contains($0) }) != nil
            && j + 1 < range.upperBound && words[j + 1].key == "على"
    }

    /// The police or soldiers the sentence says dispersed, suppressed or clashed with the crowd: the party after
    /// "مع" of a clash, else the security actor nearest the intervention word.
    func interveningForce(besides source: Actor?) -> FoundActor? {
        let hi = range.upperBound
        var marks: [Int] = []
        for j in range where words[j].kind == .arabic {
            let dispersal = doc.cues[j].contains { $0.kind == .light && !$0.nominal && EventCoder.dispersalVerbs.contains($0.lemma) }
            if words[j].inClass(.intervention) || dispersal || (words[j].inClass(.clash) && j + 1 < hi && words[j + 1].key == "مع") {
                marks.append(j)
            }
        }
        guard !marks.isEmpty else { return nil }
        for m in marks where m + 2 < hi && words[m + 1].key == "مع" {
            if let a = doc.actors.phrase(at: m + 2, limit: hi), a.actor.text != source?.text, isSecurity(a.actor) { return a }
        }
        var forces: [FoundActor] = []
        var j = range.lowerBound
        while j < hi {
            if let a = doc.actors.phrase(at: j, limit: hi) {
                // (a phrase behind a preposition is a circumstance: "فرقها بالقوة", by force)
                let prepositional = words[a.start].key.hasPrefix("بال") || words[a.start].key.hasPrefix("لل")
                if isSecurity(a.actor), !prepositional, a.actor.text != source?.text { forces.append(a) }
                j = max(a.end, j + 1)
            } else { j += 1 }
        }
        func distance(_ a: FoundActor) -> Int { marks.map { m in m < a.start ? a.start - m : max(0, m - a.end + 1) }.min() ?? .max }
        return forces.filter { distance($0) <= 12 }.min { distance($0) < distance($1) }
    }

    func isSecurity(_ a: Actor) -> Bool { a.sector == .police || a.sector == .military }
}
