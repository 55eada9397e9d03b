/// Cardinal numbers as Arabic news writes them: digits ("18", "١٨"), words ("اثنين", "خمسة وعشرون",
/// "ثلاثة آلاف", "مئتي"), duals of person nouns ("جنديين" = 2). Vague quantities ("عشرات", "مئات",
/// "العديد") are not numbers: they yield `.vague`, never a guessed count.
enum CountWord: Equatable {
    case number(Int)
    case vague
}

struct NumberReader: Sendable {
    let lexicon: EventLexicon
    init(lexicon: EventLexicon = .shared) { self.lexicon = lexicon }

    /// The count starting at `i`, and the index after it.
    func read(_ words: [EventWord], at i: Int) -> (CountWord, Int)? {
        guard i < words.count else { return nil }
        let w = words[i]
        if w.kind == .number {
            let v = w.digits
            guard v < 100_000 else { return nil }
            var next = i + 1
            // "3 آلاف", "2 مليون"
            if next < words.count, let m = multiplier(words[next].key) { next += 1; return (.number(v * m), next) }
            return (.number(v), next)
        }
        guard w.kind == .arabic else { return nil }
        // "أكثر من 30", "نحو 200", "قرابة ألف": the count past its approximation ("أكثر" alone is no count)
        if w.inClass(.approximate), i + 1 < words.count {
            let j = words[i + 1].key == FunctionWords.min && i + 2 < words.count ? i + 2 : i + 1
            if !words[j].inClass(.approximate), let r = read(words, at: j), case .number = r.0 { return r }
            return nil
        }
        // "ما لا يقل عن 40", "لا يقل عن 40", "ما يزيد على 200", "ما يقارب 30", "ما يناهز ألف": the count past
        // the phrase of approximation
        if let j = NumberReader.pastApproximation(words, at: i), let r = read(words, at: j), case .number = r.0 { return r }
        if w.inClass(.vague) { return (.vague, i + 1) }
        if let v = lexicon.value(.dual, w), let n = Int(v) { return (.number(n), i + 1) }
        guard var total = unit(w.key) else { return nil }
        var next = i + 1
        // "ثلاثة عشر" (13), "خمسة آلاف", "خمسة وعشرون"
        while next < words.count {
            let k = words[next].key
            if total < 10, k == NumberReader.ashr || k == NumberReader.ashra { total += 10; next += 1; continue }
            if let m = multiplier(k), total < 1000 { total *= m; next += 1; continue }
            if k.first == EventLexicon.waw, k.count > 2, let v = unit(k.dropFirst()) { total += v; next += 1; continue }
            break
        }
        return (.number(total), next)
    }

    static let ashr: WordKey = "عشر", ashra: WordKey = "عشرة", alf: WordKey = "ألف", alaf: WordKey = "آلاف",
               million: WordKey = "مليون", millions: WordKey = "ملايين", ithnay: WordKey = "اثني", ithnatay: WordKey = "اثنتي",
               miatay: WordKey = "مئتي", miatay2: WordKey = "مائتي"

    /// The index after "ما لا يقل عن", "لا يقل عن", "ما يزيد على/عن", "ما يربو على", "ما يقارب", "ما يناهز" at `i`.
    static func pastApproximation(_ words: [EventWord], at i: Int) -> Int? {
        var j = i
        if words[j].key == ma { j += 1 }
        guard j + 1 < words.count else { return nil }
        if words[j].key == la, lessVerbs.contains(words[j + 1].key) {
            j += 2
        } else if j > i, moreVerbs.contains(words[j].key) {
            j += 1
        } else if j > i, nearVerbs.contains(words[j].key) {
            return j + 1
        } else { return nil }
        guard j < words.count, words[j].key == FunctionWords.aan || words[j].key == onKey || words[j].key == onKey2 else { return nil }
        return j + 1 < words.count ? j + 1 : nil
    }
    static let ma: WordKey = "ما", la: WordKey = "لا", onKey: WordKey = "على", onKey2: WordKey = "علي"
    static let lessVerbs: WordKeySet = ["يقل", "تقل"]
    static let moreVerbs: WordKeySet = ["يزيد", "تزيد", "يربو", "يفوق", "يتجاوز"]
    static let nearVerbs: WordKeySet = ["يقارب", "يناهز", "يقرب"]

    private func unit(_ k: WordKey) -> Int? {
        if let v = lexicon.values[.number]?[k], let n = Int(v), n != 1000 || k == NumberReader.alf { return n }
        // construct state: "مئتي", "اثني"; feminine "اثنتي"
        if k == NumberReader.ithnay || k == NumberReader.ithnatay { return 2 }
        if k == NumberReader.miatay || k == NumberReader.miatay2 { return 200 }
        for s in [EventLexicon.article, EventLexicon.lil] where k.hasPrefix(s) && k.count > s.count + 2 {       // "الخمسة"
            if let v = lexicon.values[.number]?[k.dropFirst(s.count)], let n = Int(v) { return n }
        }
        return nil
    }

    private func multiplier(_ k: WordKey) -> Int? {
        if k == NumberReader.alf || k == NumberReader.alaf { return 1000 }
        if k == NumberReader.million || k == NumberReader.millions { return 1_000_000 }
        return nil
    }
}
