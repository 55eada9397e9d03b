import MarsadKnowledge

/// One word of the text as the entity stage sees it: its code point span, its folded form, and how it is
/// joined to the word before (names never run across punctuation or a line break).
struct EntityWord {
    let start: Int
    let end: Int
    /// `NameFold` of the word.
    let key: String
    /// Code point offset in the text of each scalar of `key`, plus `end` (keys drop diacritics and tatweel).
    let origin: [Int]
    let arabic: Bool
    /// Only spaces stand between this word and the one before.
    let joined: Bool
    /// Readings with proclitics off (`CliticForms.readings`), and with the article off too; computed once.
    let readings: [CliticForms.Reading]
    let articleReadings: [CliticForms.Reading]

    init(start: Int, end: Int, key: String, origin: [Int], arabic: Bool, joined: Bool) {
        self.start = start; self.end = end; self.key = key; self.origin = origin; self.arabic = arabic; self.joined = joined
        let whole = [CliticForms.Reading(stripped: 0, key: key, preposition: false, article: false)]
        articleReadings = arabic ? CliticForms.readings(key, article: true) : whole
        readings = articleReadings.filter { !$0.article }
    }

    /// Scalars of `key`.
    var count: Int { origin.count - 1 }
}

/// Splits a text into words on Unicode scalars, folding each with `NameFold` (one pass, no regex).
enum EntityWordScanner {
    static func scan(_ scalars: [Unicode.Scalar]) -> [EntityWord] {
        var words: [EntityWord] = []
        words.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var onlySpaces = false
        while i < n {
            let v = scalars[i].value
            let arabic = NameFold.isArabicLetter(v)
            if !(arabic || isLatinOrDigit(v)) {
                if !(v == 0x20 || v == 0xA0) { onlySpaces = false }
                i += 1
                continue
            }
            let start = i
            var key = String.UnicodeScalarView()
            var origin: [Int] = []
            // A word is a run of one script; acronyms keep their case (NameFold.key's rule).
            while i < n {
                let u = scalars[i].value
                let same = arabic ? NameFold.isArabicLetter(u) : (isLatinOrDigit(u) || (u == 0x2E && i + 1 < n && isLatinOrDigit(scalars[i + 1].value) && isUpper(scalars[start].value)))
                if !same { break }
                i += 1
            }
            let acronym = !arabic && (i - start) <= 4 && (start..<i).allSatisfy { isUpper(scalars[$0].value) || scalars[$0].value == 0x2E }
            for j in start..<i {
                let u = scalars[j].value
                if acronym { key.append(scalars[j]); origin.append(j); continue }
                if let f = NameFold.fold(u), let s = Unicode.Scalar(f) { key.append(s); origin.append(j) }
            }
            origin.append(i)
            if !key.isEmpty {
                words.append(EntityWord(start: start, end: i, key: String(key), origin: origin, arabic: arabic,
                                        joined: onlySpaces && !words.isEmpty))
            }
            onlySpaces = true
        }
        return words
    }

    @inline(__always) static func isLatinOrDigit(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v)
            || (0x0660...0x0669).contains(v)
    }
    @inline(__always) static func isUpper(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) }
}
