/// The closed word classes of `Resources/lexicons/function-words.tsv` (its first column). Lookups go by
/// this enum, so a class test is a bit test on one hash lookup, not a string-keyed dictionary per call.
enum WordClass: Int, CaseIterable, Sendable {
    case anaphor, attribution, cause, ceasefire, complementizer, conditional, dual, future, hijrimonth, injured,
         killed, modal, month, negation, next, number, past, period, relative, relday, sideof, stop, target, vague,
         weapon, weekday, qad, legal, preposition, verbal, diplomatic, current, ordinal, daytime, compass, duration, ailment, single, clash, seizure, homograph, intervention, approximate, drone, droneSign, occupation, closeTo, disaster, hospital, punishment, affiliated, territory, envoy, relations, road, appeal, funds, selfWords, holdings, movement
    /// Not a file class: every key a date expression may start with (months, weekdays, relative days, periods, and the first word of their phrases), set at load.
    case dateStart

    /// Classes read only near a cue (`EventCue.excludedNear`): they make no word a closed-class word, which
    /// would end a name or a phrase ("قرار محكمة أقل درجة" stays one phrase though "قرار" is an appeal's object).
    static let nearOnly: UInt64 = WordClass.appeal.bit | WordClass.funds.bit | WordClass.selfWords.bit | WordClass.holdings.bit
        | WordClass.movement.bit

    /// This class's bit in a class mask.
    @inline(__always) var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The class a lexicon file names ("killed" → `.killed`).
    init?(name: String) {
        guard let c = WordClass.byName[name] else { return nil }
        self = c
    }

    private static let byName: [String: WordClass] = Dictionary(uniqueKeysWithValues: allCases.map { (String(describing: $0), $0) })
}
