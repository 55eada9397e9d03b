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
        let scalars = Array(word.unicodeScalars)
        // The letters (marks and tatweel skipped), with their positions in the word.
        var letters: [UInt32] = [], positions: [Int] = []
        for (k, s) in scalars.enumerated() {
            let c = CharClass.of(s.value)
            if c == .arabicLetter && s.value != 0x0640 { letters.append(s.value); positions.append(k) }
        }
        let whole = CliticAnalysis(proclitics: [], stem: word, enclitic: nil, stemRange: 0..<scalars.count)
        guard letters.count >= 3 else { return [whole] }
        let freq = ArabicWordFrequency.shared

        let wholeEvidence = freq.stemEvidence(Normalizer.fold(word))
        var scored: [(CliticAnalysis, Double)] = [(whole, wholeEvidence)]
        for pre in prefixReadings(letters) {
            for enc in encliticReadings(letters, from: pre.stemStart) {
                let stemEnd = letters.count - (enc?.count ?? 0)
                let stemLength = stemEnd - pre.stemStart
                if pre.clitics.isEmpty && enc == nil { continue }
                guard stemLength >= 2 else { continue }
                let lo = positions[pre.stemStart]
                // The stem's range runs to just before the enclitic's first letter (keeping the stem's marks).
                let hi = stemEnd < letters.count ? positions[stemEnd] : scalars.count
                let written = String(String.UnicodeScalarView(scalars[lo..<hi]))
                let folded = Normalizer.fold(written)
                var cliticCost = 0.35 * Double(pre.clitics.count + (enc == nil ? 0 : 1))
                    + (enc.map { encliticCost[$0] ?? 0 } ?? 0)
                    - (pre.clitics.last == "ال" ? 0.9 : 0)
                // A word the corpus never saw whole, opening with two proclitics (وب, ول, فب, وس …)
                // before a stem of four letters or more, is far more often segmented than not.
                if wholeEvidence == 0 && pre.clitics.count >= 2 && stemLength >= 4 { cliticCost -= 1.0 }
                for (form, foldedForm) in spellings(written, folded: folded, hasEnclitic: enc != nil) {
                    let evidence = freq.stemEvidence(foldedForm)
                    if stemLength == 2 && freq.count(foldedForm) < 20 { continue }
                    let a = CliticAnalysis(proclitics: pre.clitics, stem: form,
                                           enclitic: enc.map { String(String.UnicodeScalarView($0.compactMap(Unicode.Scalar.init))) },
                                           stemRange: lo..<hi)
                    scored.append((a, evidence - cliticCost))
                }
            }
        }
        // Stable sort by score, then dedupe.
        let order = scored.indices.sorted { scored[$0].1 != scored[$1].1 ? scored[$0].1 > scored[$1].1 : $0 < $1 }
        var out: [CliticAnalysis] = []
        for k in order where !out.contains(scored[k].0) { out.append(scored[k].0) }
        return out
    }

    /// Light stem (clitics and common inflectional affixes removed), for matching and search: the most
    /// plausible analysis's stem, search-folded, then the plural/dual/feminine/nisba endings
    /// ات ون ين ان يه ه ي removed in that order while three letters remain. Non-Arabic words are only folded.
    public static func lightStem(_ word: String) -> String {
        let folded = Normalizer.fold(word)
        guard let first = folded.unicodeScalars.first, CharClass.of(first.value) == .arabicLetter else { return folded }
        var stem = Array(Normalizer.fold(analyses(of: word).first!.stem).unicodeScalars)
        for suffix in lightSuffixes where stem.count - suffix.count >= 3 && stem.suffix(suffix.count).elementsEqual(suffix) {
            stem.removeLast(suffix.count)
        }
        return String(String.UnicodeScalarView(stem))
    }

    static let lightSuffixes: [[Unicode.Scalar]] = ["ات", "ون", "ين", "ان", "يه", "ه", "ي"].map { Array($0.unicodeScalars) }

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

    /// The stem as written and, before an enclitic, its restored dictionary spellings.
    static func spellings(_ written: String, folded: String, hasEnclitic: Bool) -> [(String, String)] {
        var out = [(written, folded)]
        guard hasEnclitic, let last = written.unicodeScalars.last else { return out }
        let body = String(String.UnicodeScalarView(written.unicodeScalars.dropLast()))
        let restored: String?
        switch last.value {
        case 0x062A: restored = body + "ة"          // ت → ة
        case 0x0626, 0x0624: restored = body + "ء"  // ئ ؤ → ء
        case 0x0627: restored = body + "ى"          // ا → ى
        default: restored = nil
        }
        if let r = restored {
            let rf = Normalizer.fold(r)
            let f = ArabicWordFrequency.shared
            if f.stemEvidence(rf) > f.stemEvidence(folded) { out.insert((r, rf), at: 0) } else { out.append((r, rf)) }
        }
        return out
    }
}
