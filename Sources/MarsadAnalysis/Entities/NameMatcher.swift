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
    let gazetteer: Gazetteer

    func candidates(_ words: [EntityWord]) -> [NameCandidate] {
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
    private func run(_ words: [EntityWord], _ i: Int, _ limit: Int) -> Int {
        var n = 1
        while n < limit, i + n < words.count, words[i + n].joined { n += 1 }
        return n
    }

    private func phrase(_ words: [EntityWord], _ i: Int, _ n: Int, first: String) -> String {
        if n == 1 { return first }
        var s = first
        for j in (i + 1)..<(i + n) { s += " "; s += words[j].key }
        return s
    }

    private func longestName(_ words: [EntityWord], at i: Int, maxWords: Int) -> NameCandidate? {
        let w = words[i]
        let readings = w.readings
        var best: (n: Int, reading: CliticForms.Reading, hits: [Int32])?
        for r in readings {
            var phrase = r.key
            var n = 1
            if r.key.unicodeScalars.count >= 2 {
                let hits = gazetteer.entries(named: phrase)
                if !hits.isEmpty, best == nil || best!.n < 1 { best = (1, r, hits) }
            }
            // Grow the phrase word by word while it still begins some name.
            while n < maxWords, i + n < words.count, words[i + n].joined, gazetteer.isNamePrefix(phrase) {
                phrase += " " + words[i + n].key
                n += 1
                let hits = gazetteer.entries(named: phrase)
                if !hits.isEmpty, best == nil || best!.n < n { best = (n, r, hits) }
            }
        }
        guard let b = best else { return nil }
        return NameCandidate(firstWord: i, endWord: i + b.n, start: w.origin[b.reading.spanStart], end: words[i + b.n - 1].end,
                             entries: b.hits, form: .name, loose: false, preposition: b.reading.preposition)
    }

    /// A nisba adjective of one or two words ("الروسية", "الكورية الشمالية").
    private func nisba(_ words: [EntityWord], at i: Int) -> NameCandidate? {
        let w = words[i]
        guard w.arabic else { return nil }
        let readings = w.articleReadings
        let two = run(words, i, 2) == 2 && words[i + 1].arabic
        for r in readings {
            for m in NisbaForms.masculine(r.key) {
                if two && gazetteer.beginsTwoWordNisba(m) {
                    let next = words[i + 1].articleReadings.filter { $0.stripped == 0 || $0.article }
                    for r2 in next {
                        for m2 in NisbaForms.masculine(r2.key) {
                            let hits = gazetteer.countries(nisba: m + " " + m2)
                            if !hits.isEmpty {
                                return NameCandidate(firstWord: i, endWord: i + 2, start: w.origin[r.spanStart], end: words[i + 1].end,
                                                     entries: hits, form: .nisba, loose: false, preposition: r.preposition)
                            }
                        }
                    }
                }
                let hits = gazetteer.countries(nisba: m)
                if !hits.isEmpty {
                    return NameCandidate(firstWord: i, endWord: i + 1, start: w.origin[r.spanStart], end: w.end,
                                         entries: hits, form: .nisba, loose: false, preposition: r.preposition)
                }
            }
        }
        return nil
    }

    /// A transliteration variant of a foreign name ("ناجورنو كاراباخ", "تلغرام"): same consonant skeleton as a
    /// known name of a country, region, organisation or large city. Ordinary words never match this way.
    private func skeleton(_ words: [EntityWord], at i: Int, maxWords: Int) -> NameCandidate? {
        let w = words[i]
        let common = gazetteer.lexicons.commonWords
        guard w.arabic, !common.contains(w.key) else { return nil }
        var best: (n: Int, reading: CliticForms.Reading, hits: [Int32])?
        for r in w.readings where !common.contains(r.key) {
            var phrase = NameSkeleton.of(r.key)
            var n = 1
            var hits = gazetteer.entries(skeleton: phrase)
            if !hits.isEmpty, best == nil { best = (1, r, hits) }
            while n < maxWords, i + n < words.count, words[i + n].joined, words[i + n].arabic,
                  !common.contains(words[i + n].key), gazetteer.isSkeletonPrefix(phrase) {
                phrase += " " + NameSkeleton.of(words[i + n].key)
                n += 1
                hits = gazetteer.entries(skeleton: phrase)
                if !hits.isEmpty, best == nil || best!.n < n { best = (n, r, hits) }
            }
        }
        guard let b = best else { return nil }
        return NameCandidate(firstWord: i, endWord: i + b.n, start: w.origin[b.reading.spanStart], end: words[i + b.n - 1].end,
                             entries: b.hits, form: .name, loose: true, preposition: b.reading.preposition)
    }
}
