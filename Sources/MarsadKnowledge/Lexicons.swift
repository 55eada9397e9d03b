import MarsadText

/// Cue words the entity stage reads (Resources/lexicons.tsv, folded on load) and the ordinary words of the
/// language (Resources/common_words.tsv, from ANERcorp's training blocks).
public struct Lexicons: Sendable {
    public let mediaBefore: KeySet
    public let mediaAfter: KeySet
    public let placeCues: KeySet
    /// Words of Arabic toponymy that begin place names ("رأس", "جبل", "دير"): followed by a name, such a word
    /// heads a compound name ("منطقة رأس عيسى"), and is not the one-word town of that spelling.
    public let placeFeatures: KeySet
    public let locatives: KeySet
    /// Titles and roles, folded, as word sequences; the longest that matches wins.
    public let titles: KeySet
    public let maxTitleWords: Int
    /// Every proper word prefix of a multiword title ("وزير" of "وزير الخارجية"): a title phrase grows word by
    /// word only while it is one, so most words cost one lookup instead of `maxTitleWords`.
    public let titlePrefixes: KeySet
    /// Words heading an organisation name, folded (one or two words), with the sector they imply ("" if none).
    public let orgHeads: KeyMap<String>
    /// Every proper word prefix of a two-word organisation head.
    public let orgHeadPrefixes: KeySet
    public let personStops: KeySet
    /// Definite adjectives of an office between a title and the holder's name ("الرئيس المعزول محمد بازوم").
    public let officeAdjectives: KeySet
    /// Definite heads of bodies whose names go on with a genitive behind لـ naming their domain ("المفوضية العليا
    /// لحقوق الإنسان", "المجلس الأعلى للقضاء"), and the nouns such a genitive opens when it has no article.
    public let orgDomainHeads: KeySet
    public let orgDomains: KeySet
    /// Ordinary words: a name equal to one of them needs more evidence than the name alone.
    public let commonWords: KeySet
    /// Given and family names of known people (person_names.tsv), folded.
    public let firstNames: KeySet
    public let lastNames: KeySet
    /// ISO codes of the countries Arabic news is mostly about: between two places of one name, the one there
    /// is meant unless the article says otherwise ("بيت لحم" is Bethlehem in Palestine, not in Pennsylvania).
    public let homeCountries: Set<String>

    public init(mediaBefore: Set<String> = [], mediaAfter: Set<String> = [], placeCues: Set<String> = [],
                placeFeatures: Set<String> = [], locatives: Set<String> = [], titles: Set<String> = [], orgHeads: [String: String] = [:],
                personStops: Set<String> = [], commonWords: Set<String> = [], firstNames: Set<String> = [],
                lastNames: Set<String> = [], homeCountries: Set<String> = [], orgDomainHeads: Set<String> = [], orgDomains: Set<String> = [],
                officeAdjectives: Set<String> = []) {
        self.mediaBefore = KeySet(mediaBefore); self.mediaAfter = KeySet(mediaAfter); self.placeCues = KeySet(placeCues)
        self.placeFeatures = KeySet(placeFeatures)
        self.locatives = KeySet(locatives); self.titles = KeySet(titles); self.orgHeads = KeyMap(orgHeads)
        self.personStops = KeySet(personStops); self.commonWords = KeySet(commonWords)
        self.officeAdjectives = KeySet(officeAdjectives)
        self.orgDomainHeads = KeySet(orgDomainHeads); self.orgDomains = KeySet(orgDomains)
        self.firstNames = KeySet(firstNames); self.lastNames = KeySet(lastNames)
        self.homeCountries = homeCountries
        self.maxTitleWords = titles.map { $0.split(separator: " ").count }.max() ?? 1
        self.titlePrefixes = KeySet(Lexicons.wordPrefixes(titles))
        self.orgHeadPrefixes = KeySet(Lexicons.wordPrefixes(orgHeads.keys))
    }

    /// The proper word prefixes of folded phrases (words separated by one space).
    static func wordPrefixes<S: Sequence>(_ phrases: S) -> Set<String> where S.Element == String {
        var out = Set<String>()
        for k in phrases {
            let parts = k.split(separator: " ")
            var p = ""
            for w in parts.dropLast() { p += p.isEmpty ? String(w) : " " + w; out.insert(p) }
        }
        return out
    }

    init(lexiconTSV: String, commonWords: String, personNames: String = "") {
        var sets: [String: Set<String>] = [:]
        var heads: [String: String] = [:]
        var home = Set<String>()
        for line in TextLines.lines(lexiconTSV, droppingComments: true) {
            let f = TextLines.fields(line)
            guard f.count >= 2 else { continue }
            if f[0] == "home-country" { home.insert(String(f[1])); continue }
            let k = NameFold.key(String(f[1]))
            if f[0] == "org-head" { heads[k] = f.count > 2 ? String(f[2]) : "" } else { sets[String(f[0]), default: []].insert(k) }
        }
        var first = Set<String>(), last = Set<String>()
        for line in TextLines.lines(personNames, droppingComments: true) {
            let f = TextLines.fields(line, omittingEmpty: true)
            guard f.count == 2 else { continue }
            if f[0] == "first" { first.insert(NameFold.key(String(f[1]))) } else { last.insert(NameFold.key(String(f[1]))) }
        }
        var common = Set<String>()
        for line in TextLines.lines(commonWords, droppingComments: true) {
            common.insert(NameFold.key(String(line)))
        }
        self.init(mediaBefore: sets["media-before"] ?? [], mediaAfter: sets["media-after"] ?? [],
                  placeCues: sets["place"] ?? [], placeFeatures: sets["place-feature"] ?? [], locatives: sets["locative"] ?? [], titles: sets["title"] ?? [],
                  orgHeads: heads, personStops: sets["person-stop"] ?? [], commonWords: common,
                  firstNames: first, lastNames: last, homeCountries: home,
                  orgDomainHeads: sets["org-domain-head"] ?? [], orgDomains: sets["org-domain"] ?? [],
                  officeAdjectives: sets["office-adjective"] ?? [])
    }
}
