import MarsadKnowledge

/// A span of the text that names one or more gazetteer entries, before disambiguation.
struct NameCandidate {
    /// Word indices, half-open.
    let firstWord: Int
    let endWord: Int
    /// Code point span in the text (proclitics excluded).
    let start: Int
    let end: Int
    var entries: [Int32]
    let form: MentionForm
    /// Found through the consonant skeleton, not the exact name.
    let loose: Bool
    /// A preposition was attached to the first word ("بموسكو", "لروسيا").
    let preposition: Bool
}

/// Finds gazetteer names in the words of a text: longest match first, multiword names, proclitics (و ف ب ل ك ال),
/// nisba adjectives, and transliteration variants through the consonant skeleton.
struct NameMatcher {
    typealias Words = UnsafeBufferPointer<EntityWord>
    let gazetteer: Gazetteer

    func candidates(_ words: [EntityWord]) -> [NameCandidate] {
        // Read through a buffer pointer: a word is read in place, not copied (three reference counts) per access.
        words.withUnsafeBufferPointer { candidates($0) }
    }

    private func candidates(_ words: Words) -> [NameCandidate] {
        var out: [NameCandidate] = []
        var i = 0
        let maxWords = gazetteer.maxNameWords
        while i < words.count {
            if let c = longestName(words, at: i, maxWords: maxWords) ?? nisba(words, at: i) ?? skeleton(words, at: i, maxWords: min(maxWords, 3)) {
                out.append(c)
                i = c.endWord
            } else {
                i += 1
            }
        }
        return out
    }

    /// Number of words from `i` that are joined by spaces only, up to `limit`.
    private func run(_ words: Words, _ i: Int, _ limit: Int) -> Int {
        var n = 1
        while n < limit, i + n < words.count, words[i + n].joined { n += 1 }
        return n
    }

    /// The phrase of `n` words from `i`, the first read as `first`.
    private func phrase(_ words: Words, _ i: Int, _ n: Int, first: String) -> String {
        if n == 1 { return first }
        var s = first
        for j in (i + 1)..<(i + n) { s += " "; s += words[j].key }
        return s
    }

    // Every lookup below first asks the gazetteer's hash filter (`NameHash`), which needs no string: most words
    // begin no name and cost a few hash probes. On a hit the phrase is built and looked up exactly as before.

    private func longestName(_ words: Words, at i: Int, maxWords: Int) -> NameCandidate? {
        var best: (n: Int, form: ReadingForm, hits: [Int32])?
        for f in words[i].forms where !f.article && gazetteer.mayBeginName(hash: f.hash) {
            let first = words[i].key(of: f)
            var h = f.hash
            var n = 1
            // a two-letter rest behind a clitic ("وتل") only begins a longer name ("وتل أبيب")
            if f.length >= 2, f.length >= 3 || f.stripped == 0, gazetteer.mayBeName(hash: h) {
                let hits = gazetteer.entries(named: first)
                if !hits.isEmpty, best == nil || best!.n < 1 { best = (1, f, hits) }
            }
            // Grow the phrase word by word while it still begins some name. The prefix is known by its hash
            // alone: a 64-bit collision would only try a longer phrase, and a name is confirmed by its string.
            while n < maxWords, i + n < words.count, words[i + n].joined, gazetteer.mayBeNamePrefix(hash: h) {
                h = NameHash.join(h, words[i + n].hash)
                n += 1
                if gazetteer.mayBeName(hash: h) {
                    let hits = gazetteer.entries(named: phrase(words, i, n, first: first))
                    if !hits.isEmpty, best == nil || best!.n < n { best = (n, f, hits) }
                }
            }
        }
        guard let b = best else { return nil }
        return NameCandidate(firstWord: i, endWord: i + b.n, start: words[i].offset(Int(b.form.spanStart)), end: words[i + b.n - 1].end,
                             entries: b.hits, form: .name, loose: false, preposition: b.form.preposition)
    }

    /// The masculine nisba string of a form (`NisbaForms.masculine`: at most one, no ending being a suffix of another).
    private func masculine(_ w: EntityWord, _ f: ReadingForm) -> String? {
        guard f.hasNisba else { return nil }
        let k = w.key(of: f)
        let e = NisbaForms.endingLength(k)
        if e == 0 { return k }                   // a broken plural, as written
        let u = k.unicodeScalars
        return k[..<u.index(u.endIndex, offsetBy: -e)] + "\u{064A}"
    }

    /// A nisba adjective of one or two words ("الروسية", "الكورية الشمالية").
    private func nisba(_ words: Words, at i: Int) -> NameCandidate? {
        guard words[i].arabic else { return nil }
        let two = run(words, i, 2) == 2 && words[i + 1].arabic
        for f in words[i].forms where f.hasNisba {
            if two && gazetteer.mayBeginTwoWordNisba(hash: f.nisba), let m = masculine(words[i], f), gazetteer.beginsTwoWordNisba(m) {
                let w2 = words[i + 1]
                for f2 in w2.forms where (f2.stripped == 0 || f2.article) && f2.hasNisba
                    && gazetteer.mayBeNisba(hash: NameHash.join(f.nisba, f2.nisba)) {
                    guard let m2 = masculine(w2, f2) else { continue }
                    let hits = gazetteer.countries(nisba: m + " " + m2)
                    if !hits.isEmpty {
                        return NameCandidate(firstWord: i, endWord: i + 2, start: words[i].offset(Int(f.spanStart)), end: w2.end,
                                             entries: hits, form: .nisba, loose: false, preposition: f.preposition)
                    }
                }
            }
            if gazetteer.mayBeNisba(hash: f.nisba), let m = masculine(words[i], f) {
                let hits = gazetteer.countries(nisba: m)
                if !hits.isEmpty {
                    return NameCandidate(firstWord: i, endWord: i + 1, start: words[i].offset(Int(f.spanStart)), end: words[i].end,
                                         entries: hits, form: .nisba, loose: false, preposition: f.preposition)
                }
            }
        }
        return nil
    }

    private func isCommon(_ w: EntityWord) -> Bool {
        let common = gazetteer.lexicons.commonWords
        return common.mayContain(hash: w.hash) && common.contains(w.key)
    }

    /// The skeleton phrase of `n` words from `i`, the first read as `first`.
    private func skeletonPhrase(_ words: Words, _ i: Int, _ n: Int, first: String) -> String {
        var s = NameSkeleton.of(first)
        for j in (i + 1)..<(i + n) { s += " "; s += NameSkeleton.of(words[j].key) }
        return s
    }

    /// "بالرئيس", "والجنسيات", "للمجلس": a one-letter proclitic, then the article, then at least three letters.
    static func beginsWithCliticAndArticle(_ key: String) -> Bool {
        var it = key.unicodeScalars.makeIterator()
        guard let c = it.next(), "وفبكل".unicodeScalars.contains(c) else { return false }
        guard let a = it.next(), let l = it.next() else { return false }
        // ("لل": ل + the article with its alef dropped)
        let article = (a == "ا" && l == "ل") || (c == "ل" && a == "ل")
        guard article else { return false }
        var rest = (c == "ل" && a == "ل") ? 1 : 0
        while it.next() != nil { rest += 1; if rest >= 3 { return true } }
        return false
    }

    /// A transliteration variant of a foreign name ("ناجورنو كاراباخ", "تلغرام"): same consonant skeleton as a
    /// known name of a country, region, organisation or large city. Ordinary words never match this way.
    private func skeleton(_ words: Words, at i: Int, maxWords: Int) -> NameCandidate? {
        let common = gazetteer.lexicons.commonWords
        guard words[i].arabic else { return nil }
        // No form whose skeleton is a name or begins one: nothing to find (asked before the common-word check,
        // which is a string lookup for the many common words).
        // (a word that reads as clitic + article, "بالجائر", is not read whole as a foreign name: "بلجر" is no
        // Bulgaria; names written so match exactly, "بالتيمور")
        // (read only for a whole-word reading the skeleton filters let through)
        var cliticAndArticle: Bool? = nil
        func mayMatch(_ f: ReadingForm) -> Bool {
            guard !f.article, f.length >= 3 || f.stripped == 0,
                  maxWords > 1 ? gazetteer.mayBeginSkeleton(hash: f.skeleton) : gazetteer.mayBeSkeleton(hash: f.skeleton) else { return false }
            if f.stripped == 0 {
                if cliticAndArticle == nil { cliticAndArticle = NameMatcher.beginsWithCliticAndArticle(words[i].key) }
                return !cliticAndArticle!
            }
            return true
        }
        guard words[i].forms.contains(where: mayMatch), !isCommon(words[i]) else { return nil }
        var best: (n: Int, form: ReadingForm, hits: [Int32])?
        for f in words[i].forms where mayMatch(f) {
            var h = f.skeleton
            let first = words[i].key(of: f)
            if common.mayContain(hash: f.hash) && common.contains(first) { continue }
            var n = 1
            if gazetteer.mayBeSkeleton(hash: h) {
                let hits = gazetteer.entries(skeleton: NameSkeleton.of(first))
                if !hits.isEmpty, best == nil { best = (1, f, hits) }
            }
            while n < maxWords, i + n < words.count, words[i + n].joined, words[i + n].arabic,
                  gazetteer.mayBeSkeletonPrefix(hash: h), !isCommon(words[i + n]) {
                h = NameHash.join(h, words[i + n].whole.skeleton)
                n += 1
                if gazetteer.mayBeSkeleton(hash: h) {
                    let hits = gazetteer.entries(skeleton: skeletonPhrase(words, i, n, first: first))
                    if !hits.isEmpty, best == nil || best!.n < n { best = (n, f, hits) }
                }
            }
        }
        guard let b = best else { return nil }
        return NameCandidate(firstWord: i, endWord: i + b.n, start: words[i].offset(Int(b.form.spanStart)), end: words[i + b.n - 1].end,
                             entries: b.hits, form: .name, loose: true, preposition: b.form.preposition)
    }
}
