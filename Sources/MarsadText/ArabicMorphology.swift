/// One segmentation of an Arabic word into proclitics, stem and pronoun enclitic.
public struct CliticAnalysis: Sendable, Equatable {
    /// Proclitics in order, as morphemes: e.g. ["و", "ب"], ["ل", "ال"] for the written لل.
    public let proclitics: [String]
    /// The stem in its dictionary spelling: the letters of `stemRange` as written, except that before
    /// an enclitic a ta marbuta written ت is restored to ة (حكومته → حكومة), a hamza seat ئ/ؤ to ء
    /// (وزرائها → وزراء) and a final ا to ى (مستشفاه → مستشفى) when the corpus knows that form better.
    public let stem: String
    /// Pronoun suffix, e.g. "ها"; nil when there is none.
    public let enclitic: String?
    /// Code point range of the stem inside the word as given.
    public let stemRange: Range<Int>

    public init(proclitics: [String], stem: String, enclitic: String?, stemRange: Range<Int>) {
        self.proclitics = proclitics
        self.stem = stem
        self.enclitic = enclitic
        self.stemRange = stemRange
    }
}

/// Clitic segmentation and light stemming of Arabic words. The text is never changed: analyses sit
/// beside the token.
///
/// Candidates follow Arabic orthography: an optional conjunction (و ف), then a preposition (ب ك ل) or
/// the future marker س (before an imperfect prefix ي ت ن أ), then the article ال (written ل after the
/// preposition ل: للأمم = ل + ال + أمم, للجنة = ل + ال + لجنة), the stem, and an optional pronoun suffix
/// (ه ها هم هما هن ك كم كما كن نا ني ي). A stem has at least two letters, and a two-letter stem must be a
/// known word (و+من, من+ها). Candidates are ranked by how often the stem occurs as a word of its own
/// (with or without the article) in the news corpus of `ArabicWordFrequency`, against how often the
/// whole word does, with a small cost per clitic and credit for the article; so بلد, لبنان, فرنسا,
/// وزير and ولاية stay whole, while والملاجئ splits.
public enum ArabicMorphology {
    /// Candidate segmentations of one Arabic word, most plausible first; the unsegmented word is always included.
    public static func analyses(of word: String) -> [CliticAnalysis] {
        analysisCache.value(for: word, compute: computeAnalyses)
    }

    static let analysisCache = MemoCache<[CliticAnalysis]>(limit: 50_000)
    static let stemCache = MemoCache<String>(limit: 50_000)

    static func computeAnalyses(_ word: String) -> [CliticAnalysis] {
        let w = Word(word)
        let whole = CliticAnalysis(proclitics: [], stem: word, enclitic: nil, stemRange: 0..<w.scalars.count)
        var out: [CliticAnalysis] = []
        for c in w.rankedCandidates() {
            guard let pre = c.prefix else { if !out.contains(whole) { out.append(whole) }; continue }
            let lo = w.positions[pre.stemStart]
            // The stem's range runs to just before the enclitic's first letter (keeping the stem's marks).
            let hi = c.stemEnd < w.letters.count ? w.positions[c.stemEnd] : w.scalars.count
            var stem = String.UnicodeScalarView()
            if let restored = c.restored {
                stem.append(contentsOf: w.scalars[lo..<w.positions[c.stemEnd - 1]])
                stem.append(Unicode.Scalar(restored.written)!)
            } else {
                stem.append(contentsOf: w.scalars[lo..<hi])
            }
            let a = CliticAnalysis(proclitics: pre.clitics, stem: String(stem), enclitic: c.enclitic.map(Self.encliticString),
                                   stemRange: lo..<hi)
            if !out.contains(a) { out.append(a) }
        }
        return out
    }

    /// Light stem (clitics and common inflectional affixes removed), for matching and search: the most
    /// plausible analysis's stem, search-folded, then the plural/dual/feminine/nisba endings
    /// ات ون ين ان يه ه ي removed in that order while three letters remain (as Larkey's light10 stemmer
    /// does). Words without Arabic letters are only folded.
    public static func lightStem(_ word: String) -> String {
        stemCache.value(for: word, compute: computeLightStem)
    }

    static func computeLightStem(_ word: String) -> String {
        let w = Word(word)
        guard !w.letters.isEmpty else { return Normalizer.fold(word) }
        let top = w.rankedCandidates()[0]
        var stem: [UInt32]
        if let pre = top.prefix {
            stem = Array(w.folded[pre.stemStart..<top.stemEnd])
            if let r = top.restored { stem[stem.count - 1] = r.folded }
        } else {
            stem = w.folded
        }
        for suffix in lightSuffixes where stem.count - suffix.count >= 3 && stem.suffix(suffix.count).elementsEqual(suffix) {
            stem.removeLast(suffix.count)
        }
        return string(stem)
    }

    static func string(_ v: [UInt32]) -> String {
        var s = String.UnicodeScalarView()
        for x in v { if let u = Unicode.Scalar(x) { s.append(u) } }
        return String(s)
    }

    /// A word's letters (marks and tatweel skipped), their search folds and positions in the word.
    struct Word {
        let scalars: [Unicode.Scalar]
        var letters: [UInt32] = [], folded: [UInt32] = [], positions: [Int] = []

        init(_ word: String) {
            scalars = Array(word.unicodeScalars)
            let tables = FoldTables.shared
            for (k, s) in scalars.enumerated() {
                let v = s.value
                guard CharClass.of(v) == .arabicLetter && v != 0x0640 else { continue }
                var f = v
                if v < FoldTables.lowLimit {
                    let code = tables.search[Int(v)] & FoldCode.codeMask
                    if code < 0x110000 { f = code }
                } else if v >= FoldTables.presentationStart && v < FoldTables.presentationEnd {
                    let code = tables.searchPresentation[Int(v - FoldTables.presentationStart)] & FoldCode.codeMask
                    if code < 0x110000 { f = code; letters.append(f); folded.append(f); positions.append(k); continue }
                    else if let e = tables.expansions[v] {
                        // A ligature (ﻻ): each of its letters, all at the ligature's position.
                        for x in e where x != 0x20 { letters.append(x); folded.append(x); positions.append(k) }
                        continue
                    }
                }
                letters.append(v); folded.append(f); positions.append(k)
            }
        }

        /// A segmentation: `prefix` nil for the unsegmented word.
        struct Candidate {
            let prefix: PrefixReading?
            let stemEnd: Int                 // letter index after the stem
            let enclitic: [UInt32]?
            let restored: (written: UInt32, folded: UInt32)?   // dictionary spelling of the stem's last letter
            let score: Double
        }

        /// All candidates, most plausible first (ties keep generation order).
        func rankedCandidates() -> [Candidate] {
            let freq = ArabicWordFrequency.shared
            let wholeEvidence = freq.evidence(folded[...])
            var out = [Candidate(prefix: nil, stemEnd: letters.count, enclitic: nil, restored: nil, score: wholeEvidence)]
            guard letters.count >= 3 else { return out }
            for pre in prefixReadings(letters) {
                for enc in encliticReadings(letters, from: pre.stemStart) {
                    if pre.clitics.isEmpty && enc == nil { continue }
                    let stemEnd = letters.count - (enc?.count ?? 0)
                    let stemLength = stemEnd - pre.stemStart
                    guard stemLength >= 2 else { continue }
                    var cost = 0.35 * Double(pre.clitics.count + (enc == nil ? 0 : 1))
                        + (enc.map { encliticCost[$0] ?? 0 } ?? 0)
                        - (pre.clitics.last == "ال" ? 0.9 : 0)
                    // A word the corpus never saw whole, opening with two proclitics (وب, ول, فب, وس …)
                    // before a stem of four letters or more, is far more often segmented than not.
                    if wholeEvidence == 0 && pre.clitics.count >= 2 && stemLength >= 4 { cost -= 1.0 }
                    let stem = folded[pre.stemStart..<stemEnd]
                    var readings: [(restored: (written: UInt32, folded: UInt32)?, evidence: Double, count: Int)] =
                        [(nil, freq.evidence(stem), freq.count(stem))]
                    if enc != nil, let r = restoredLetter(letters[stemEnd - 1]) {
                        // Before a suffix: ت for ة, ئ/ؤ for ء, ا for ى. Best-attested spelling first.
                        let e = freq.evidence(stem, lastReplacedBy: r.folded)
                        let reading = (restored: Optional(r), evidence: e, count: freq.count(stem, lastReplacedBy: r.folded))
                        if e > readings[0].evidence { readings.insert(reading, at: 0) } else { readings.append(reading) }
                    }
                    for r in readings {
                        if stemLength == 2 && r.count < 20 { continue }
                        out.append(Candidate(prefix: pre, stemEnd: stemEnd, enclitic: enc, restored: r.restored,
                                             score: r.evidence - cost))
                    }
                }
            }
            let order = out.indices.sorted { out[$0].score != out[$1].score ? out[$0].score > out[$1].score : $0 < $1 }
            return order.map { out[$0] }
        }

        func restoredLetter(_ v: UInt32) -> (written: UInt32, folded: UInt32)? {
            switch v {
            case 0x062A: return (0x0629, 0x0647)          // ت → ة
            case 0x0626, 0x0624: return (0x0621, 0x0621)  // ئ ؤ → ء
            case 0x0627: return (0x0649, 0x064A)          // ا → ى
            default: return nil
            }
        }
    }

    static let lightSuffixes: [[UInt32]] = ["ات", "ون", "ين", "ان", "يه", "ه", "ي"].map { $0.unicodeScalars.map(\.value) }

    /// Extra cost of first/second person suffixes, rare in news and easily confused with stem letters
    /// (nisba ي in عربي, ك in ملك).
    static let encliticCost: [[UInt32]: Double] = [
        [0x064A]: 1.2, [0x0646, 0x064A]: 1.0, [0x0643]: 0.8, [0x0643, 0x0645]: 0.4, [0x0643, 0x0646]: 0.6,
        [0x0643, 0x0645, 0x0627]: 0.4, [0x0646, 0x0627]: 0.2,
    ]

    struct PrefixReading { let clitics: [String]; let stemStart: Int }

    static let waw: UInt32 = 0x0648, fa: UInt32 = 0x0641, ba: UInt32 = 0x0628, kaf: UInt32 = 0x0643
    static let lam: UInt32 = 0x0644, alef: UInt32 = 0x0627, sin: UInt32 = 0x0633

    /// Every orthographically possible proclitic sequence at the start of `l` (including none).
    static func prefixReadings(_ l: [UInt32]) -> [PrefixReading] {
        var out: [PrefixReading] = [PrefixReading(clitics: [], stemStart: 0)]
        var conj: [(String?, Int)] = [(nil, 0)]
        if l[0] == waw { conj.append(("و", 1)) } else if l[0] == fa { conj.append(("ف", 1)) }
        for (c, k) in conj {
            let base = c.map { [$0] } ?? []
            if c != nil { out.append(PrefixReading(clitics: base, stemStart: k)) }
            guard k + 1 < l.count else { continue }
            // Article directly: (و)ال
            if l[k] == alef && l[k + 1] == lam {
                out.append(PrefixReading(clitics: base + ["ال"], stemStart: k + 2))
            }
            switch l[k] {
            case ba, kaf:
                let p = l[k] == ba ? "ب" : "ك"
                out.append(PrefixReading(clitics: base + [p], stemStart: k + 1))
                if k + 2 < l.count && l[k + 1] == alef && l[k + 2] == lam {
                    out.append(PrefixReading(clitics: base + [p, "ال"], stemStart: k + 3))
                }
            case lam:
                out.append(PrefixReading(clitics: base + ["ل"], stemStart: k + 1))
                if l[k + 1] == lam {
                    // لل = ل + ال (alef dropped); before a stem starting with ل one lam serves both (للجنة).
                    out.append(PrefixReading(clitics: base + ["ل", "ال"], stemStart: k + 2))
                    out.append(PrefixReading(clitics: base + ["ل", "ال"], stemStart: k + 1))
                }
            case sin:
                let next = l[k + 1]
                if next == 0x064A || next == 0x062A || next == 0x0646 || next == 0x0623 {
                    out.append(PrefixReading(clitics: base + ["س"], stemStart: k + 1))
                }
            default: break
            }
        }
        return out
    }

    static let encliticStrings: [[UInt32]: String] = Dictionary(uniqueKeysWithValues: enclitics.map { ($0, string($0)) })
    static func encliticString(_ enclitic: [UInt32]) -> String { encliticStrings[enclitic] ?? string(enclitic) }

    static let enclitics: [[UInt32]] = [
        "هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي",
    ].map { $0.unicodeScalars.map(\.value) }

    /// Possible pronoun suffixes (nil = none) leaving at least two stem letters after `stemStart`.
    static func encliticReadings(_ l: [UInt32], from stemStart: Int) -> [[UInt32]?] {
        var out: [[UInt32]?] = [nil]
        for e in enclitics where l.count - e.count - stemStart >= 2 && l.suffix(e.count).elementsEqual(e) {
            out.append(e)
        }
        return out
    }
}
