import MarsadText

/// The search key of one word: what the index stores and what queries are matched against.
///
/// A key is the word folded at search level by `MarsadText.Normalizer` (hamza/alef forms, alef maqsura,
/// ta marbuta, diacritics, tatweel, Arabic-Indic digits, presentation forms, case), then light-stemmed
/// here (clitics و ف ب ك ل ال and common inflectional suffixes removed), so "وبالأذربيجانية",
/// "الاذربيجانية" and "أذربيجان" meet on one key. Index and query go through `SearchTokens.words`, so
/// they agree by construction; `SearchKey.version` is stored in the database and a change of it
/// rebuilds the index.
public enum SearchKey {
    /// Bump when the key function changes: stores re-index their search column on open.
    public static let version = 2

    /// Key of a single word as a user or a lexicon writes it.
    public static func key(_ word: String) -> String { SearchTokens.words(word).first?.key ?? "" }

    // Light stemming in the manner of Larkey et al.'s light10 (a published description, not code):
    // definite-article/conjunction prefixes, then a few suffixes, keeping a stem of at least two letters
    // (three for the conjunction و, which starts many words). Light10's dual/plural endings ان and ين are
    // not removed: in news they end far more proper names (إيران، أذربيجان، لبنان، فلسطين) than duals,
    // and removing them splits a country from its nisba (فلسطين / الفلسطينية → فلسطين).
    private static let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
    private static let waw: Unicode.Scalar = "\u{0648}"
    private static let articlePrefixes: [[Unicode.Scalar]] = ["وال", "فال", "بال", "كال", "لل", "ال"].map { Array($0.unicodeScalars) }
    private static let suffixes: [[Unicode.Scalar]] = ["ها", "ات", "ون", "يه", "ه", "ي"].map { Array($0.unicodeScalars) }

    /// Light stem of an already folded word.
    static func stem(_ w: [Unicode.Scalar]) -> String {
        guard let first = w.first, first.value >= 0x0600 && first.value <= 0x06FF else {
            var s = String.UnicodeScalarView(); s.append(contentsOf: w); return String(s)
        }
        var lo = 0, hi = w.count
        if hi >= 4 && w[0] == waw { lo = 1 }
        for p in articlePrefixes where hi - lo - p.count >= 2 && hasPrefix(w, p, at: lo) { lo += p.count; break }
        for suf in suffixes where hi - lo - suf.count >= 2 && hasSuffix(w, suf, lo: lo, hi: hi) { hi -= suf.count; break }
        var s = String.UnicodeScalarView(); s.append(contentsOf: w[lo..<hi]); return String(s)
    }

    @inline(__always) private static func hasPrefix(_ w: [Unicode.Scalar], _ p: [Unicode.Scalar], at i: Int) -> Bool {
        for k in 0..<p.count where w[i + k] != p[k] { return false }
        return true
    }
    @inline(__always) private static func hasSuffix(_ w: [Unicode.Scalar], _ p: [Unicode.Scalar], lo: Int, hi: Int) -> Bool {
        let start = hi - p.count
        for k in 0..<p.count where w[start + k] != p[k] { return false }
        return true
    }

    /// Transliteration variants of a key for query expansion: foreign names spell /g/ as غ, ج or ك
    /// ("ناغورنو" / "ناجورنو"), so a query word with one of them also tries the others. Capped so a
    /// long word cannot explode; the key itself comes first.
    public static func variants(_ key: String, limit: Int = 9) -> [String] {
        let g: [Unicode.Scalar] = ["\u{063A}", "\u{062C}", "\u{0643}"]   // غ ج ك
        var out: [[Unicode.Scalar]] = [Array(key.unicodeScalars)]
        let chars = out[0]
        // Words of three letters or fewer are usually native Arabic, where غ/ج/ك are distinct roots.
        guard chars.count >= 4 else { return [key] }
        for (i, c) in chars.enumerated() where g.contains(c) {
            var next: [[Unicode.Scalar]] = []
            for v in out { for alt in g { var w = v; w[i] = alt; next.append(w) } }
            out = next
            if out.count >= limit { break }
        }
        var seen = Set<String>(), result = [key]
        seen.insert(key)
        for w in out {
            var s = String.UnicodeScalarView(); s.append(contentsOf: w)
            let str = String(s)
            if seen.insert(str).inserted { result.append(str) }
            if result.count >= limit { break }
        }
        return result
    }
}

/// One word of a text with its search key and its code point range in the original.
public struct KeyedWord: Sendable, Equatable {
    public let key: String
    public let start: Int
    public let end: Int
}

/// Splits text into words (letters, digits, and the marks inside them) with code point offsets.
public enum SearchTokens {
    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        switch v {
        case 0x0621...0x063A, 0x0640...0x065F, 0x0660...0x0669, 0x066E...0x06D3, 0x06D5, 0x06F0...0x06FF: return true
        case 0x00C0...0x024F: return v != 0x00D7 && v != 0x00F7
        default: return s.properties.isAlphabetic
        }
    }

    /// The words of `text` with their keys and their code point ranges in the original `text` (the fold
    /// drops diacritics and tatweel; its origin map takes each word back to what was written).
    public static func words(_ text: String) -> [KeyedWord] {
        let folded = Normalizer.normalize(text, level: .search)
        var out: [KeyedWord] = []
        var word: [Unicode.Scalar] = []
        var start = 0, offset = 0
        func flush() {
            guard !word.isEmpty else { return }
            let k = SearchKey.stem(word)
            if !k.isEmpty {
                let r = folded.originalRange(start..<offset)
                out.append(KeyedWord(key: k, start: r.lowerBound, end: r.upperBound))
            }
            word.removeAll(keepingCapacity: true)
        }
        for s in folded.text.unicodeScalars {
            if isWordScalar(s) {
                if word.isEmpty { start = offset }
                word.append(s)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return out
    }

    /// The keys of a text joined by spaces: the indexed column (title first, then body).
    public static func indexText(_ parts: [String]) -> String {
        var s = ""
        for p in parts { for w in words(p) { if !s.isEmpty { s += " " }; s += w.key } }
        return s
    }
}
