import MarsadKnowledge

/// One word of the text as the entity stage sees it: its code point span, its folded form, and how it is
/// joined to the word before (names never run across punctuation or a line break).
struct EntityWord {
    let start: Int
    let end: Int
    /// `NameFold` of the word.
    let key: String
    /// Scalars of `key`.
    let count: Int
    /// Code point offset in the text of each scalar of `key`, plus `end`, when the key dropped scalars
    /// (diacritics, tatweel); nil when the key's scalars are the word's, one to one.
    let originMap: [Int]?
    let arabic: Bool
    /// Only spaces stand between this word and the one before.
    let joined: Bool
    /// The word is written with a final ه, not ة (the fold writes both ه): "داخله" is "داخل" with its
    /// pronoun, never a spelling of "الداخلة".
    var endsWithHa = false
    /// `NameHash` of `key`.
    let hash: UInt64
    /// Readings of the word (`CliticForms.readings` with the article), as hashes and offsets; computed once
    /// at the scan, so that the matcher builds no string for a word that begins no name. The first is the
    /// whole word. (Slices of one array for all the words of a text: no allocation per word.)
    let forms: ArraySlice<ReadingForm>
    /// The form that is the whole word.
    var whole: ReadingForm { forms[forms.startIndex] }

    /// Code point offset in the text of scalar `j` of `key` (`j == count` gives `end`).
    @inline(__always) func offset(_ j: Int) -> Int { originMap?[j] ?? start + j }

    /// Code point offset in the text of each scalar of `key`, plus `end`.
    var origin: [Int] { originMap ?? Array(start...end) }

    /// Readings with proclitics off (`CliticForms.readings`), and with the article off too, as strings.
    var articleReadings: [CliticForms.Reading] {
        arabic ? CliticForms.readings(key, article: true)
            : [CliticForms.Reading(stripped: 0, key: key, preposition: false, article: false)]
    }
    var readings: [CliticForms.Reading] { articleReadings.filter { !$0.article } }

    /// The string of a form of this word (a suffix of `key`, "ال" in front when the form restores the article).
    func key(of f: ReadingForm) -> String {
        if f.suffix == 0 && !f.restoresArticle { return key }
        let u = key.unicodeScalars
        let rest = key[u.index(u.startIndex, offsetBy: Int(f.suffix))...]
        return f.restoresArticle ? "\u{0627}\u{0644}" + rest : String(rest)
    }
}

/// One reading of a word (see `CliticForms.readings`): the word's folded key from scalar `suffix` on, with "ال"
/// restored in front for ل + ال written لل, and hashes of its string, consonant skeleton and nisba stem.
struct ReadingForm {
    /// `NameHash.word` of the reading's string.
    let hash: UInt64
    /// `NameHash.word` of `NameSkeleton.of` the reading's string.
    let skeleton: UInt64
    /// `NameHash.word` of the reading's masculine nisba form (`NisbaForms.masculine`), when it has one.
    let nisba: UInt64
    let length: Int32
    let suffix: UInt8
    let stripped: UInt8
    let spanStart: UInt8
    let flags: UInt8

    static let restoresArticleFlag: UInt8 = 1, prepositionFlag: UInt8 = 2, articleFlag: UInt8 = 4, nisbaFlag: UInt8 = 8
    var restoresArticle: Bool { flags & Self.restoresArticleFlag != 0 }
    var preposition: Bool { flags & Self.prepositionFlag != 0 }
    var article: Bool { flags & Self.articleFlag != 0 }
    var hasNisba: Bool { flags & Self.nisbaFlag != 0 }
}

/// Splits a text into words on Unicode scalars, folding each with `NameFold` (one pass, no regex).
enum EntityWordScanner {
    /// A word scanned, before its forms are sliced out of the text's array.
    private struct Pending {
        let start: Int, end: Int, key: String, count: Int, originMap: [Int]?, arabic: Bool, joined: Bool, forms: Range<Int>
        let endsWithHa: Bool
    }

    static func scan(_ scalars: [Unicode.Scalar]) -> [EntityWord] {
        var pending: [Pending] = []
        pending.reserveCapacity(scalars.count / 5)
        var allForms: [ReadingForm] = []
        allForms.reserveCapacity(scalars.count / 2)
        var hasher = FormHasher()
        let n = scalars.count
        // Scratch for one word's folded scalars and their UTF-8 (a word is at most the whole text).
        var folded = [UInt32](repeating: 0, count: n)
        var utf8 = [UInt8](repeating: 0, count: 4 * n)
        var origin: [Int] = []
        folded.withUnsafeMutableBufferPointer { folded in
        utf8.withUnsafeMutableBufferPointer { utf8 in
        scalars.withUnsafeBufferPointer { sc in
            var i = 0
            var onlySpaces = false
            while i < n {
                let v = sc[i].value
                let arabic = NameFold.isArabicLetter(v)
                if !(arabic || isLatinOrDigit(v)) {
                    if !(v == 0x20 || v == 0xA0) { onlySpaces = false }
                    i += 1
                    continue
                }
                let start = i
                // A word is a run of one script; acronyms keep their case (NameFold.key's rule).
                while i < n {
                    let u = sc[i].value
                    let same = arabic ? NameFold.isArabicLetter(u) : (isLatinOrDigit(u) || (u == 0x2E && i + 1 < n && isLatinOrDigit(sc[i + 1].value) && isUpper(sc[start].value)))
                    if !same { break }
                    i += 1
                }
                var acronym = false
                if !arabic && i - start <= 4 {
                    acronym = true
                    for j in start..<i where !(isUpper(sc[j].value) || sc[j].value == 0x2E) { acronym = false; break }
                }
                var count = 0, bytes = 0
                var dropped = false
                for j in start..<i {
                    let u = sc[j].value
                    let f: UInt32
                    if acronym { f = u } else if let g = NameFold.fold(u) { f = g } else { dropped = true; continue }
                    folded[count] = f
                    count += 1
                    bytes = writeUTF8(f, to: utf8, at: bytes)
                }
                let joined = onlySpaces && !pending.isEmpty
                onlySpaces = true
                if count == 0 { continue }
                var originMap: [Int]?
                if dropped {
                    origin.removeAll(keepingCapacity: true)
                    for j in start..<i where acronym || NameFold.fold(sc[j].value) != nil { origin.append(j) }
                    origin.append(i)
                    originMap = origin
                }
                let key = String(decoding: UnsafeBufferPointer(rebasing: utf8[0..<bytes]), as: UTF8.self)
                let first = allForms.count
                hasher.forms(UnsafeBufferPointer(rebasing: folded[0..<count]), arabic: arabic, into: &allForms)
                var last = i - 1
                while dropped, last > start, NameFold.fold(sc[last].value) == nil { last -= 1 }
                pending.append(Pending(start: start, end: i, key: key, count: count, originMap: originMap, arabic: arabic,
                                       joined: joined, forms: first..<allForms.count, endsWithHa: arabic && sc[last].value == 0x0647))
            }
        }
        }
        }
        var words: [EntityWord] = []
        words.reserveCapacity(pending.count)
        for p in pending {
            var w = EntityWord(start: p.start, end: p.end, key: p.key, count: p.count, originMap: p.originMap, arabic: p.arabic,
                               joined: p.joined, hash: allForms[p.forms.lowerBound].hash, forms: allForms[p.forms])
            w.endsWithHa = p.endsWithHa
            words.append(w)
        }
        return words
    }

    /// Writes the UTF-8 of a scalar value at `k`; returns the index after it.
    @inline(__always) static func writeUTF8(_ v: UInt32, to out: UnsafeMutableBufferPointer<UInt8>, at k: Int) -> Int {
        if v < 0x80 {
            out[k] = UInt8(v); return k + 1
        } else if v < 0x800 {
            out[k] = UInt8(0xC0 | (v >> 6)); out[k + 1] = UInt8(0x80 | (v & 0x3F)); return k + 2
        } else if v < 0x10000 {
            out[k] = UInt8(0xE0 | (v >> 12)); out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 2] = UInt8(0x80 | (v & 0x3F))
            return k + 3
        } else {
            out[k] = UInt8(0xF0 | (v >> 18)); out[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            out[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 3] = UInt8(0x80 | (v & 0x3F)); return k + 4
        }
    }

    @inline(__always) static func isLatinOrDigit(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v)
            || (0x0660...0x0669).contains(v)
    }
    @inline(__always) static func isUpper(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) }
}
