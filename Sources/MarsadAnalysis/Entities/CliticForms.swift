import MarsadKnowledge

/// Readings of a folded Arabic word with its proclitics taken off, for name lookup: the conjunctions و ف,
/// then the prepositions ب ل ك (with ل + ال written لل), then — for adjectives — the article ال.
/// "وبأرمينيا" → "بارمينيا", "ارمينيا"; "للامم" → "الامم"; "والاذربيجانيه" → "الاذربيجانيه", "اذربيجانيه".
enum CliticForms {
    struct Reading {
        /// Scalars of the folded word taken off the front.
        let stripped: Int
        let key: String
        /// The reading took off a preposition (ب ل ك): a place named so is a place, not a government.
        let preposition: Bool
        /// The reading took off the article.
        let article: Bool
        /// Scalars before the mention's start: the article stays in the mention ("الروسية", not "روسية").
        let spanStart: Int
        init(stripped: Int, key: String, preposition: Bool, article: Bool, spanStart: Int? = nil) {
            self.stripped = stripped; self.key = key; self.preposition = preposition; self.article = article
            self.spanStart = spanStart ?? stripped
        }
    }

    static let waw: Unicode.Scalar = "\u{0648}", fa: Unicode.Scalar = "\u{0641}"
    static let ba: Unicode.Scalar = "\u{0628}", lam: Unicode.Scalar = "\u{0644}", kaf: Unicode.Scalar = "\u{0643}"
    static let alef: Unicode.Scalar = "\u{0627}"

    /// Readings for name lookup, least segmented first. The rest must keep at least `minRest` letters behind
    /// a conjunction or preposition (two: "وتل أبيب", "بأم درمان" begin names of two words; `NameMatcher` reads
    /// such a short rest only as the start of a longer name) and three behind the article.
    static let minArticleRest = 3
    static func readings(_ key: String, article: Bool = false, minRest: Int = 2) -> [Reading] {
        let s = Array(key.unicodeScalars)
        var out = [Reading(stripped: 0, key: key, preposition: false, article: false)]
        guard s.count > minRest, !s.contains(" ") else { return out }
        var bases: [(Int, Bool)] = [(0, false)]
        if s[0] == waw || s[0] == fa, s.count - 1 >= minRest {
            bases.append((1, false))
        }
        for (b, _) in bases {
            guard b < s.count else { continue }
            if s[b] == lam, b + 1 < s.count, s[b + 1] == lam, s.count - b - 2 >= 2 {
                // لل = ل + ال: the reading keeps the article.
                let rest = String(String.UnicodeScalarView([alef, lam] + s[(b + 2)...]))
                out.append(Reading(stripped: b + 1, key: rest, preposition: true, article: false))
                if article, s.count - b - 2 >= minArticleRest {
                    out.append(Reading(stripped: b + 2, key: String(String.UnicodeScalarView(s[(b + 2)...])), preposition: true, article: true, spanStart: b + 1))
                }
                continue
            }
            if b > 0 { out.append(Reading(stripped: b, key: String(String.UnicodeScalarView(s[b...])), preposition: false, article: false)) }
            if (s[b] == ba || s[b] == lam || s[b] == kaf), s.count - b - 1 >= minRest {
                out.append(Reading(stripped: b + 1, key: String(String.UnicodeScalarView(s[(b + 1)...])), preposition: true, article: false))
            }
        }
        if article {
            for r in out where !r.article {
                let rs = Array(r.key.unicodeScalars)
                if rs.count - 2 >= minArticleRest, rs[0] == alef, rs[1] == lam {
                    out.append(Reading(stripped: r.stripped + 2, key: String(String.UnicodeScalarView(rs[2...])),
                                       preposition: r.preposition, article: true, spanStart: r.stripped))
                }
            }
        }
        return out
    }
}

/// Nisba (relational adjective) endings: a stem + ي / ية / يون / يين / يان / يتان / يتين / يات / يا names the
/// country of its masculine singular form ("الأرمينية", "الروسي", "الأمريكيون", "جنديا أمريكيا" → أرميني، روسي،
/// أمريكي). يا is the indefinite accusative (أمريكيًا with its tanwin folded away). A word with no ending is
/// looked up as it is: the gazetteer's broken plurals of nisbas ("أفغان", "أتراك") have none.
enum NisbaForms {
    /// Folded endings (ة is folded to ه), longest first; each ends after the ي of the adjective.
    static let endings: [[Unicode.Scalar]] = ["يتين", "يتان", "يون", "يين", "يان", "يات", "يه", "يا", "ي"].map { Array($0.unicodeScalars) }

    /// Scalars of the first ending `key` ends with (0 if none).
    static func endingLength(_ key: String) -> Int {
        let s = Array(key.unicodeScalars)
        return endings.first { s.count >= $0.count && s.suffix($0.count).elementsEqual($0) }?.count ?? 0
    }

    /// The gazetteer key a folded word is looked up under as a nisba: its masculine singular form (the stem
    /// and ي) when it ends in one of `endings` and keeps at least three letters before it, the word itself when
    /// no ending fits and it has three letters or more (a broken plural), none otherwise. At most one.
    static func masculine(_ key: String) -> [String] {
        let s = Array(key.unicodeScalars)
        guard let e = endings.first(where: { s.count >= $0.count && s.suffix($0.count).elementsEqual($0) }) else {
            return s.count >= 3 ? [key] : []
        }
        guard s.count > e.count + 2 else { return [] }
        return [String(String.UnicodeScalarView(s.prefix(s.count - e.count) + ["\u{064A}"]))]
    }
}

/// The readings of a folded word as `ReadingForm`s: the same readings as `CliticForms.readings(key, article: true)`
/// (`[key]` alone for a non-Arabic word), in the same order with the same offsets, with the hashes of their
/// strings, skeletons and nisba stems computed from the scalars in a few passes from the end of the word, so no
/// string is built. Keeps its scratch buffers from word to word.
struct FormHasher {
    /// Three rows of `width` hashes: suffixes[q], the `NameHash.word` of the word's scalars from q on;
    /// skeletons[q], the same of the skeleton letters of the scalars from q on, read as inside the word;
    /// stems[q], the same of the scalars from q up to the nisba ending, then ي.
    private var scratch: [UInt64] = []
    private var width = 0

    private static let alef: UInt32 = 0x0627, lam: UInt32 = 0x0644, ya: UInt32 = 0x064A

    /// `NameSkeleton.of`'s letter rule: nil drops the letter.
    @inline(__always) private static func skeletonLetter(_ c: UInt32, first: Bool, last: Bool) -> UInt32? {
        switch c {
        case 0x063A, 0x062C, 0x0643: return 0x062C
        case 0x0627, 0x0648, 0x064A, 0x0621: return first ? c : nil
        case 0x0647: return last ? nil : c
        default: return c
        }
    }

    /// Scalars of the nisba ending (`NisbaForms.endings`) the word ends with, 0 if none. No ending is a suffix
    /// of another, so at most one fits.
    @inline(__always) private static func nisbaEnding(_ s: UnsafeBufferPointer<UInt32>) -> Int {
        let n = s.count
        @inline(__always) func at(_ k: Int) -> UInt32 { k <= n ? s[n - k] : 0 }   // k-th scalar from the end
        let ta: UInt32 = 0x062A, nun: UInt32 = 0x0646, ha: UInt32 = 0x0647, waw: UInt32 = 0x0648, alef: UInt32 = 0x0627
        switch at(1) {
        case ya: return 1                                                          // ي
        case ha: return at(2) == ya ? 2 : 0                                        // يه
        case alef: return at(2) == ya ? 2 : 0                                      // يا
        case ta: return at(2) == alef && at(3) == ya ? 3 : 0                       // يات
        case nun:
            if at(2) == ya { return at(3) == ya ? 3 : (at(3) == ta && at(4) == ya ? 4 : 0) }   // يين، يتين
            if at(2) == waw { return at(3) == ya ? 3 : 0 }                                      // يون
            if at(2) == alef { return at(3) == ya ? 3 : (at(3) == ta && at(4) == ya ? 4 : 0) } // يان، يتان
            return 0
        default: return 0
        }
    }

    /// Appends the forms of the word `s` to `out` (the first is the whole word).
    mutating func forms(_ s: UnsafeBufferPointer<UInt32>, arabic: Bool, into out: inout [ReadingForm]) {
        let n = s.count
        if width < n + 1 { width = max(n + 1, 32); scratch = .init(repeating: 0, count: 3 * width) }
        let w = width
        return scratch.withUnsafeMutableBufferPointer { buf in
            let suffixes = buf.baseAddress!, skeletons = suffixes + w, stems = suffixes + 2 * w
            suffixes[n] = NameHash.seed
            guard arabic else {
                for q in stride(from: n - 1, through: 0, by: -1) { suffixes[q] = NameHash.step(suffixes[q + 1], s[q]) }
                out.append(ReadingForm(hash: suffixes[0], skeleton: 0, nisba: 0, length: Int32(n), suffix: 0, stripped: 0, spanStart: 0, flags: 0))
                return
            }
            // One loop for both rows: two independent chains of multiplications overlap.
            skeletons[n] = NameHash.seed
            var h = NameHash.seed, k = NameHash.seed
            for q in stride(from: n - 1, through: 0, by: -1) {
                let c = s[q]
                h = NameHash.step(h, c)
                suffixes[q] = h
                if let l = Self.skeletonLetter(c, first: false, last: q == n - 1) { k = NameHash.step(k, l) }
                skeletons[q] = k
            }
            let ending = Self.nisbaEnding(s)
            if ending > 0 {
                stems[n - ending] = NameHash.step(NameHash.seed, Self.ya)
                for q in stride(from: n - ending - 1, through: 0, by: -1) { stems[q] = NameHash.step(stems[q + 1], s[q]) }
            }

            let first = out.count
            func add(_ p: Int, restores: Bool, stripped: Int, spanStart: Int, preposition: Bool, article: Bool) {
                let length = n - p + (restores ? 2 : 0)
                var flags: UInt8 = (restores ? ReadingForm.restoresArticleFlag : 0) | (preposition ? ReadingForm.prepositionFlag : 0)
                    | (article ? ReadingForm.articleFlag : 0)
                var hash = suffixes[p], skeleton: UInt64, nisba: UInt64 = 0
                if restores {
                    hash = NameHash.step(NameHash.step(hash, Self.lam), Self.alef)
                    skeleton = NameHash.step(NameHash.step(skeletons[p], Self.lam), Self.alef)
                } else {
                    let l = Self.skeletonLetter(s[p], first: true, last: p == n - 1)
                    skeleton = l.map { NameHash.step(skeletons[p + 1], $0) } ?? skeletons[p + 1]
                }
                if ending > 0, length > ending + 2 {
                    nisba = restores ? NameHash.step(NameHash.step(stems[p], Self.lam), Self.alef) : stems[p]
                    flags |= ReadingForm.nisbaFlag
                } else if ending == 0, length >= 3 {
                    nisba = hash                 // a broken plural ("أفغان") is looked up as written
                    flags |= ReadingForm.nisbaFlag
                }
                out.append(ReadingForm(hash: hash, skeleton: skeleton, nisba: nisba, length: Int32(length), suffix: UInt8(p),
                                       stripped: UInt8(stripped), spanStart: UInt8(spanStart), flags: flags))
            }
            // CliticForms.readings(key, article: true), step by step.
            let minRest = 2, minArticleRest = CliticForms.minArticleRest
            add(0, restores: false, stripped: 0, spanStart: 0, preposition: false, article: false)
            guard n > minRest else { return }
            let waw = CliticForms.waw.value, fa = CliticForms.fa.value, ba = CliticForms.ba.value, kaf = CliticForms.kaf.value
            let bases = (s[0] == waw || s[0] == fa) && n - 1 >= minRest ? 2 : 1
            for b in 0..<bases {
                if s[b] == Self.lam, b + 1 < n, s[b + 1] == Self.lam, n - b - 2 >= 2 {
                    add(b + 2, restores: true, stripped: b + 1, spanStart: b + 1, preposition: true, article: false)
                    if n - b - 2 >= minArticleRest {
                        add(b + 2, restores: false, stripped: b + 2, spanStart: b + 1, preposition: true, article: true)
                    }
                    continue
                }
                if b > 0 { add(b, restores: false, stripped: b, spanStart: b, preposition: false, article: false) }
                if s[b] == ba || s[b] == Self.lam || s[b] == kaf, n - b - 1 >= minRest {
                    add(b + 1, restores: false, stripped: b + 1, spanStart: b + 1, preposition: true, article: false)
                }
            }
            for k in first..<out.count where !out[k].article {
                let r = out[k]
                guard Int(r.length) - 2 >= minArticleRest else { continue }
                let p = Int(r.suffix)
                if r.restoresArticle {
                    add(p, restores: false, stripped: Int(r.stripped) + 2, spanStart: Int(r.stripped), preposition: r.preposition, article: true)
                } else if s[p] == Self.alef, s[p + 1] == Self.lam {
                    add(p + 2, restores: false, stripped: Int(r.stripped) + 2, spanStart: Int(r.stripped), preposition: r.preposition, article: true)
                }
            }
        }
    }
}
