import MarsadText

/// Whom "الاحتلال" (the occupation) names when no nisba follows it: "قوات الاحتلال", "سلطات الاحتلال" are the
/// forces and authorities of the state that held the article's territory on the article's date — Israel in
/// Nablus, the United States in Baghdad in 2007 (`Resources/lexicons/occupations.tsv`, sources cited there).
struct Occupations: Sendable {
    struct Period: Sendable {
        let territory: String
        let occupier: String
        let from: CivilDate
        /// nil: still held.
        let to: CivilDate?
    }
    let periods: [Period]

    /// Rows of occupations.tsv: territory, occupier, from, to (empty when still held).
    init(rows: [[String]]) {
        periods = rows.compactMap { r in
            guard r.count >= 3, let from = CivilDate(iso: r[2]) else { return nil }
            return Period(territory: r[0], occupier: r[1], from: from, to: r.count > 3 ? CivilDate(iso: r[3]) : nil)
        }
    }

    /// The occupier of `territory` on `date`; with no date, a holding that has not ended.
    func occupier(of territory: String, on date: CivilDate?) -> String? {
        periods.first { p in
            guard p.territory == territory else { return false }
            guard let date else { return p.to == nil }
            return p.from <= date && (p.to.map { date <= $0 } ?? true)
        }?.occupier
    }

    /// The occupier for an article: of the territory its places (countries and their nisbas, and the countries of its
    /// towns and regions) name most often among those held on `date`; the first named wins a tie. nil when no
    /// place of the article was held, so "قوات الاحتلال" keeps no country rather than a guessed one.
    func occupier(of layer: EntityLayer, on date: CivilDate?) -> String? {
        var count: [String: Int] = [:], first: [String: Int] = [:]
        for (n, m) in layer.mentions.enumerated() {
            let e = layer.entities[m.entity]
            guard [.country, .city, .region, .place].contains(e.type), let c = m.country ?? e.country,
                  occupier(of: c, on: date) != nil else { continue }
            count[c, default: 0] += 1
            if first[c] == nil { first[c] = n }
        }
        guard let best = count.max(by: { a, b in a.value != b.value ? a.value < b.value : first[a.key]! > first[b.key]! })?.key else { return nil }
        return occupier(of: best, on: date)
    }
}
