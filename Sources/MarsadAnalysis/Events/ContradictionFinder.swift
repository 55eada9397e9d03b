/// Finds statements that cannot both be true:
/// - a denial and the claim it denies: party P denies, and another party's statement claims an event in
///   which P acts or suffers (nearest such claim before the denial, else after it);
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

    func find() -> [Contradiction] {
        var out: [Contradiction] = []
        var seen = Set<[Int]>()
        func add(_ a: Int, _ b: Int, _ about: String) {
            let key = [min(a, b), max(a, b)]
            guard a != b, !seen.contains(key) else { return }
            seen.insert(key)
            out.append(Contradiction(a: key[0], b: key[1], about: about))
        }
        // statements that claim an event involving a party: party -> statement indices
        var involving: [String: [Int]] = [:]
        for (e, ev) in events.enumerated() {
            guard let s = claims[e] else { continue }
            for p in [ContradictionFinder.party(ev.source), ContradictionFinder.party(ev.target)].compactMap({ $0 }) where !(involving[p]?.contains(s) ?? false) {
                involving[p, default: []].append(s)
            }
        }
        for (d, st) in statements.enumerated() where st.stance == .deny {
            guard let p = ContradictionFinder.party(st.speaker), let cands = involving[p] else { continue }
            let others = cands.filter { ContradictionFinder.party(statements[$0].speaker).map { $0 != p } ?? false && statements[$0].stance != .deny }
            guard let claim = others.filter({ $0 < d }).max() ?? others.filter({ $0 > d }).min() else { continue }
            let other = ContradictionFinder.party(statements[claim].speaker) ?? "?"
            add(claim, d, "\(p) denies what \(other) claims")
        }
        // opposite accounts of who attacked whom
        for (e1, a) in events.enumerated() where a.type == "ASSAULT" {
            guard let s1 = claims[e1], let p = ContradictionFinder.party(statements[s1].speaker),
                  ContradictionFinder.party(a.target) == p, let q = ContradictionFinder.party(a.source), q != p else { continue }
            for (e2, b) in events.enumerated() where b.type == "ASSAULT" || b.type == "ACCUSE" {
                guard let s2 = claims[e2], ContradictionFinder.party(statements[s2].speaker) == q else { continue }
                let reversed = b.type == "ASSAULT" ? (ContradictionFinder.party(b.source) == p && ContradictionFinder.party(b.target) == q)
                                                   : (ContradictionFinder.party(b.target) == p)
                if reversed { add(s1, s2, "\(p) and \(q) each say the other attacked") }
            }
        }
        return out.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
