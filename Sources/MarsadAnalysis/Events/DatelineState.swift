/// The state a page reports from, by its dateline ("تونس - …", "KHARTOUM, June 6 (Reuters) -"), is the state of
/// the organs the text names with none: "نفت وزارة الداخلية", "the army said". A dateline is the wire's own
/// statement of where the news comes from; with none, no state is guessed.
enum DatelineState {
    /// Sectors of a state's organs.
    static let stateSectors: Set<Sector> = [.government, .military, .police]

    /// Gives `country` to every speaker, doer, target and claimant of a state's sector that names no state and
    /// rests on no entity, or on an organisation of no state (the gazetteer gives all its state organs their
    /// state, so these are bodies found by pattern: "وزارة الداخلية").
    static func place(_ country: String, statements: inout [Statement], events: inout [Event]) {
        func place(_ a: inout Actor?) {
            guard let x = a, x.country == nil, let sector = x.sector, stateSectors.contains(sector),
                  x.entity.map({ $0.hasPrefix("org:") }) ?? true else { return }
            a?.country = country
        }
        for k in statements.indices {
            var sp: Actor? = statements[k].speaker
            place(&sp)
            if let sp { statements[k].speaker = sp }
        }
        for k in events.indices {
            place(&events[k].source); place(&events[k].target); place(&events[k].claimedBy)
        }
    }
}
