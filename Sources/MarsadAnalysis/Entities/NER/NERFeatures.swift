import MarsadKnowledge

/// The tags the named-entity tagger predicts (ANERcorp's BIO scheme).
enum NERTag: Int, CaseIterable {
    case o, bPers, iPers, bLoc, iLoc, bOrg, iOrg, bMisc, iMisc

    static let count = NERTag.allCases.count

    init?(label: Substring) {
        switch label {
        case "O": self = .o
        case "B-PERS": self = .bPers
        case "I-PERS": self = .iPers
        case "B-LOC": self = .bLoc
        case "I-LOC": self = .iLoc
        case "B-ORG": self = .bOrg
        case "I-ORG": self = .iOrg
        case "B-MISC": self = .bMisc
        case "I-MISC": self = .iMisc
        default: return nil
        }
    }

    /// "PERS", "LOC", "ORG", "MISC"; nil for O.
    var type: String? {
        switch self {
        case .o: return nil
        case .bPers, .iPers: return "PERS"
        case .bLoc, .iLoc: return "LOC"
        case .bOrg, .iOrg: return "ORG"
        case .bMisc, .iMisc: return "MISC"
        }
    }
    var isBegin: Bool { self == .bPers || self == .bLoc || self == .bOrg || self == .bMisc }
    var isInside: Bool { type != nil && !isBegin }

    /// Whether `self` may follow `prev` (an I- tag continues an entity of its type).
    func mayFollow(_ prev: NERTag?) -> Bool {
        guard isInside else { return true }
        guard let prev, let t = prev.type else { return false }
        return t == type
    }
}

/// Feature strings of each word for the tagger: the word and its light stem, affixes, neighbours, punctuation
/// around it, and what the gazetteer and the title lexicon say about it. The same function serves training,
/// evaluation and the pipeline, so the three see the same features.
struct NERFeatures: Sendable {
    let gazetteer: Gazetteer
    /// Words of personal names from a name dictionary (`NERNameParts`).
    var nameParts: KeySet = NERNameParts.shared

    /// The word with its clitics and article off (its last reading), the form features and document counts use.
    static func stem(_ w: EntityWord) -> String { w.articleReadings.last?.key ?? w.key }

    /// What the gazetteer pass says of each word: "LOC", "ORG", "PERS", "NISBA", or nil.
    func gazetteerTags(_ words: [EntityWord]) -> [String?] {
        var out = [String?](repeating: nil, count: words.count)
        let matcher = NameMatcher(gazetteer: gazetteer)
        let judge = Disambiguator(gazetteer: gazetteer)
        let cands = matcher.candidates(words)
        let facts = judge.facts(cands, words: words)
        let context = judge.contextCountries(cands, words: words, facts: facts)
        for (n, c) in cands.enumerated() {
            let tag: String
            if c.form == .nisba { tag = "NISBA" } else {
                // The type of the entry the disambiguator would choose, or, failing a confident choice, the
                // types the name could have (a feature, not a decision).
                let idx = judge.choose(c, words: words, context: context, facts: facts[n]) ?? c.entries[0]
                switch gazetteer.entries[Int(idx)].type {
                case .country, .city, .region, .place: tag = "LOC"
                case .organization, .group: tag = "ORG"
                case .person: tag = "PERS"
                }
            }
            for w in c.firstWord..<c.endWord { out[w] = (w == c.firstWord ? "B" : "I") + tag }
        }
        return out
    }

    func features(_ words: [EntityWord]) -> [[String]] {
        let gaz = gazetteerTags(words)
        let lex = gazetteer.lexicons
        let keys = words.map(\.key)
        let stems = words.map(NERFeatures.stem)
        let namePart = words.indices.map { nameParts.contains(keys[$0]) || nameParts.contains(stems[$0]) }
        var out: [[String]] = []
        out.reserveCapacity(words.count)
        for i in words.indices {
            var f: [String] = ["b"]
            let w = keys[i]
            let sc = Array(w.unicodeScalars)
            f.append("w=" + w)
            f.append("s=" + stems[i])
            if lex.firstNames.contains(w) || lex.firstNames.contains(stems[i]) { f.append("pf") }
            if lex.lastNames.contains(w) || lex.lastNames.contains(stems[i]) { f.append("pl") }
            if i > 0, lex.firstNames.contains(keys[i - 1]) { f.append("pf-1") }
            if i + 1 < words.count, lex.lastNames.contains(keys[i + 1]) { f.append("pl+1") }
            if namePart[i] { f.append(lex.commonWords.contains(w) ? "nmc" : "nm") }
            if i > 0, namePart[i - 1] { f.append("nm-1") }
            if i + 1 < words.count, namePart[i + 1] { f.append("nm+1") }
            for n in 1...4 where sc.count > n {
                f.append("p\(n)=" + String(String.UnicodeScalarView(sc.prefix(n))))
                f.append("x\(n)=" + String(String.UnicodeScalarView(sc.suffix(n))))
            }
            f.append("len=\(min(sc.count, 8))")
            if !words[i].arabic { f.append(sc.first.map { (0x30...0x39).contains($0.value) || (0x0660...0x0669).contains($0.value) } == true ? "num" : "latin") }
            if lex.commonWords.contains(w) { f.append("common") }
            if !words[i].joined { f.append("gapL") }
            if i + 1 < words.count, !words[i + 1].joined { f.append("gapR") }
            if i + 1 == words.count { f.append("gapR") }
            if let g = gaz[i] { f.append("g=" + g) }
            for d in [-2, -1, 1, 2] {
                let j = i + d
                guard j >= 0, j < words.count else { f.append("w\(d)=<>"); continue }
                f.append("w\(d)=" + keys[j])
                if abs(d) == 1 {
                    f.append("s\(d)=" + stems[j])
                    if let g = gaz[j] { f.append("g\(d)=" + g) }
                    if lex.titles.contains(keys[j]) || lex.titles.contains(stems[j]) { f.append("title\(d)") }
                    if lex.orgHeads[keys[j]] != nil || lex.orgHeads[stems[j]] != nil { f.append("head\(d)") }
                }
            }
            if i >= 2, lex.titles.contains(keys[i - 2] + " " + keys[i - 1]) { f.append("title-2") }
            f.append("w-1w=" + (i > 0 ? keys[i - 1] : "<>") + "|" + w)
            f.append("ww+1=" + w + "|" + (i + 1 < words.count ? keys[i + 1] : "<>"))
            out.append(f)
        }
        return out
    }

    /// Document features of each word (second pass): the entity type the first pass gave most often to the other
    /// occurrences of the same word in the document ("d=PERS"), and "dm=PERS" when that type is the tag of at
    /// least half of them. Occurrences are the same word when their `documentKey`s are equal.
    static func documentFeatures(_ document: [[EntityWord]], _ first: [[NERTag]]) -> [[[String]]] {
        let types = ["PERS", "LOC", "ORG", "MISC"]
        func slot(_ t: NERTag) -> Int { (t.rawValue + 1) / 2 }      // O, PERS, LOC, ORG, MISC
        let present = Set(document.joined().map(\.key))
        let keys = document.map { $0.map { documentKey($0, present: present) } }
        var counts: [String: [Int]] = [:]
        for (s, sentence) in keys.enumerated() {
            for (i, k) in sentence.enumerated() { counts[k, default: [0, 0, 0, 0, 0]][slot(first[s][i])] += 1 }
        }
        return keys.enumerated().map { s, sentence in
            sentence.enumerated().map { i, k in
                var c = counts[k]!
                c[slot(first[s][i])] -= 1                             // the word's own tag does not vouch for it
                var best = 0
                for t in 1...4 where c[t] > 0 && (best == 0 || c[t] > c[best]) { best = t }
                guard best > 0 else { return [] }
                var f = ["d=" + types[best - 1]]
                if 2 * c[best] >= c.reduce(0, +) { f.append("dm=" + types[best - 1]) }
                return f
            }
        }
    }

    /// The word with as many clitics off as still leave a word written on its own elsewhere in the document
    /// (`present`): "لبوتين" and "ولوكاشنكو" count with "بوتين" and "لوكاشنكو", while "بوتين" is not read
    /// as ب + "وتين" unless "وتين" stands in the text.
    static func documentKey(_ w: EntityWord, present: Set<String>) -> String {
        w.articleReadings.last { present.contains($0.key) }?.key ?? w.key
    }
}
