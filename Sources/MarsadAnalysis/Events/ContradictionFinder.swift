/// Finds statements that cannot both be true:
/// - a denial and the claim it denies: party P denies (with a denial verb, or by saying its own side did
///   not do an act), and another party's statement claims an event in which P acts or suffers (nearest
///   such claim before the denial, else after it);
/// - opposite accounts of one fight: P says Q attacked P, Q says P attacked Q.
struct ContradictionFinder {
    let statements: [Statement]
    let events: [Event]
    /// For each event, the statement claiming it.
    let claims: [Int?]

    /// The side an actor speaks or acts for. A state's institutions and people are one side (its
    /// country); an armed group, a movement or an organisation is its own side even when it is based in
    /// that country (a rebel group and the government it fights are both "of" Yemen or Sudan).
    static func party(_ a: Actor?) -> String? {
        guard let a else { return nil }
        if let e = a.entity, !e.hasPrefix("iso3166:"), !e.hasPrefix("geonames:") {
            switch a.sector {
            case .government?, .military?, .police?, .civilians?: break
            default: return e
            }
        }
        return a.country ?? a.entity
    }

    /// Event types that tell no act a party could deny having done or suffered.
    static let undeniedTypes: Set<String> = ["REQUEST", "CONSULT", "AGREE", "SUPPORT", "AID", "COOPERATE"]

    func find() -> [Contradiction] {
        var out: [Contradiction] = []
        var seen = Set<[Int]>()
        func add(_ a: Int, _ b: Int, _ about: String) {
            let key = [min(a, b), max(a, b)]
            guard a != b, !seen.contains(key) else { return }
            seen.insert(key)
            out.append(Contradiction(a: key[0], b: key[1], about: about))
        }
        let speakerParty = statements.map { ContradictionFinder.party($0.speaker) }
        // statements that claim an event involving a party, and are not denials by that party:
        // party -> sorted statement indices (each list built in one pass, so a long page stays linear)
        var involving: [String: [Int]] = [:]
        struct Listed: Hashable { let party: String; let statement: Int }
        var listed = Set<Listed>()
        // (an act or an accusation, not a call, a meeting or support: "نفت قيادة الشرطة استخدام الرصاص الحي" denies
        // what the witnesses told, not the union's call after it; and a speaker of no known side, "شهود عيان",
        // claims too)
        for (e, ev) in events.enumerated() where !ContradictionFinder.undeniedTypes.contains(ev.type) {
            guard let s = claims[e], statements[s].stance != .deny else { continue }
            for p in [ContradictionFinder.party(ev.source), ContradictionFinder.party(ev.target)] {
                guard let p, speakerParty[s] != p, listed.insert(Listed(party: p, statement: s)).inserted else { continue }
                involving[p, default: []].append(s)
            }
        }
        for k in involving.keys { involving[k]!.sort() }
        // a statement saying its own side did not do an act denies it as a denial verb does ("«Our forces did
        // not attack El Obeid», the spokesman said")
        var denies = statements.map { $0.stance == .deny }
        for (e, ev) in events.enumerated() where ev.negated {
            if let s = claims[e], let p = speakerParty[s], ContradictionFinder.party(ev.source) == p { denies[s] = true }
        }
        for (d, _) in statements.enumerated() where denies[d] {
            guard let p = speakerParty[d], let cands = involving[p], !cands.isEmpty else { continue }
            // the nearest claim before the denial, else the nearest after it
            let at = Self.firstIndex(in: cands, notBelow: d)
            let claim = at > 0 ? cands[at - 1] : (at < cands.count ? cands[at] : nil)
            guard let claim, claim != d else { continue }
            add(claim, d, "\(p) denies what \(speakerParty[claim] ?? statements[claim].speaker.name) claims")
        }
        // "…، وهو ما نفاه المتحدث باسم الحكومة", "الأمر الذي نفته الوزارة": a denial whose object pronoun resumes
        // what was said just before it in its sentence denies that statement, whoever the two speakers are (a
        // denier of no known state, "مصدر محلي", "المتحدث باسم الحكومة الانتقالية", denies it too)
        for (d, st) in statements.enumerated() where d > 0 && st.stance == .deny && Self.resumesWhatWasSaid(st.cue) {
            let claim = statements[d - 1]
            // (a claim, not a call, ending where the relative clause begins: "وطالب … بالاعتذار عن التقرير الذي
            // كذبته المنظمة" denies the report, not the call)
            guard claim.sentence == st.sentence, [.assert, .report, .accuse].contains(claim.stance), st.start - claim.end < 20,
                  claim.speaker.text != st.speaker.text else { continue }
            add(d - 1, d, "\(speakerParty[d] ?? st.speaker.name) denies what \(speakerParty[d - 1] ?? claim.speaker.name) claims")
        }
        // opposite accounts of who attacked whom: P says Q attacked P; Q says P attacked Q (or accuses P).
        // Q's statements by (Q, P), sorted; each of P's claims pairs with the nearest one.
        var reversed: [[String]: [Int]] = [:]
        for (e, b) in events.enumerated() where b.type == "ASSAULT" || b.type == "ACCUSE" {
            guard let s2 = claims[e], let q = speakerParty[s2] else { continue }
            if b.type == "ASSAULT" {
                guard ContradictionFinder.party(b.target) == q, let p = ContradictionFinder.party(b.source), p != q else { continue }
                reversed[[q, p], default: []].append(s2)
            } else if let p = ContradictionFinder.party(b.target), p != q {
                reversed[[q, p], default: []].append(s2)
            }
        }
        for k in reversed.keys { reversed[k]!.sort() }
        for (e1, a) in events.enumerated() where a.type == "ASSAULT" {
            guard let s1 = claims[e1], let p = speakerParty[s1], ContradictionFinder.party(a.target) == p,
                  let q = ContradictionFinder.party(a.source), q != p, let list = reversed[[q, p]], !list.isEmpty else { continue }
            let at = Self.firstIndex(in: list, notBelow: s1)
            let near = [at - 1, at].filter { $0 >= 0 && $0 < list.count }.min { abs(list[$0] - s1) < abs(list[$1] - s1) }
            if let near { add(s1, list[near], "\(p) and \(q) each say the other attacked") }
        }
        return out.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    /// A verb of denial with its object pronoun ("نفاه", "نفته", "نفتها"): it resumes something said before.
    static func resumesWhatWasSaid(_ cue: String) -> Bool {
        let scalars = Array(cue.unicodeScalars)
        guard scalars.count >= 4, let last = scalars.last else { return false }
        return last == "\u{0647}" || (last == "\u{0627}" && scalars[scalars.count - 2] == "\u{0647}")
    }

    /// Index of the first element of sorted `list` that is >= `value`.
    static func firstIndex(in list: [Int], notBelow value: Int) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
