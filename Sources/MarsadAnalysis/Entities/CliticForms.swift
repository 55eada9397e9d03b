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

    /// Readings for name lookup, least segmented first. The rest must keep at least `minRest` letters.
    static func readings(_ key: String, article: Bool = false, minRest: Int = 3) -> [Reading] {
        let s = Array(key.unicodeScalars)
        var out = [Reading(stripped: 0, key: key, preposition: false, article: false)]
        guard s.count > minRest, !s.contains(" ") else { return out }
        var bases: [(Int, Bool)] = [(0, false)]
        if s[0] == waw || s[0] == fa, s.count - 1 >= minRest {
            bases.append((1, false))
        }
        for (b, _) in bases {
            guard b < s.count else { continue }
            if s[b] == lam, b + 1 < s.count, s[b + 1] == lam, s.count - b - 2 >= minRest - 1 {
                // لل = ل + ال: the reading keeps the article.
                let rest = String(String.UnicodeScalarView([alef, lam] + s[(b + 2)...]))
                out.append(Reading(stripped: b + 1, key: rest, preposition: true, article: false))
                if article, s.count - b - 2 >= minRest {
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
                if rs.count - 2 >= minRest, rs[0] == alef, rs[1] == lam {
                    out.append(Reading(stripped: r.stripped + 2, key: String(String.UnicodeScalarView(rs[2...])),
                                       preposition: r.preposition, article: true, spanStart: r.stripped))
                }
            }
        }
        return out
    }
}

/// Nisba (relational adjective) endings: a stem + ي / ية / يون / يين / يان / يتان / يتين / يات names the
/// country of its masculine singular form ("الأرمينية", "الروسي", "الأمريكيون" → أرميني، روسي، أمريكي).
enum NisbaForms {
    /// Folded endings (ة is folded to ه), longest first; each ends after the ي of the adjective.
    static let endings: [[Unicode.Scalar]] = ["يتين", "يتان", "يون", "يين", "يان", "يات", "يه", "ي"].map { Array($0.unicodeScalars) }

    /// The masculine singular forms a folded adjective may have, most specific first.
    static func masculine(_ key: String) -> [String] {
        // Every ending ends in ي، ه، ن or ت (ة folded to ه): most words end otherwise and cost no allocation.
        guard let last = key.unicodeScalars.last, last == "\u{064A}" || last == "\u{0647}" || last == "\u{0646}" || last == "\u{062A}"
        else { return [] }
        let s = Array(key.unicodeScalars)
        var out: [String] = []
        for e in endings where s.count > e.count + 2 && s.suffix(e.count).elementsEqual(e) {
            let stem = s.prefix(s.count - e.count)
            out.append(String(String.UnicodeScalarView(stem + ["\u{064A}"])))
        }
        return out
    }
}
