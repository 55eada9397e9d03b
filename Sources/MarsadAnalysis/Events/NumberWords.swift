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
            let digits = w.key.filter { $0 != "," }
            if let v = Int(digits), v < 100_000 {
                var next = i + 1
                // "3 آلاف", "2 مليون"
                if next < words.count, let m = multiplier(words[next].key) { next += 1; return (.number(v * m), next) }
                return (.number(v), next)
            }
            return nil
        }
        guard w.kind == .arabic else { return nil }
        if lexicon.inClass("vague", w.key) { return (.vague, i + 1) }
        if let v = lexicon.value("dual", w.key), let n = Int(v) { return (.number(n), i + 1) }
        guard var total = unit(w.key) else { return nil }
        var next = i + 1
        // "ثلاثة عشر" (13), "خمسة آلاف", "خمسة وعشرون"
        while next < words.count {
            let k = words[next].key
            if total < 10, k == "عشر" || k == "عشرة" { total += 10; next += 1; continue }
            if let m = multiplier(k), total < 1000 { total *= m; next += 1; continue }
            if k.hasPrefix("و"), k.count > 2, let v = unit(String(k.dropFirst())) { total += v; next += 1; continue }
            break
        }
        return (.number(total), next)
    }

    private func unit(_ k: String) -> Int? {
        if let v = lexicon.values["number"]?[k], let n = Int(v), n != 1000 || k == "الف" { return n }
        // construct state: "مئتي", "اثني"; feminine "اثنتي"
        if k == "اثني" || k == "اثنتي" { return 2 }
        if k == NumberReader.miatay || k == "مايتي" { return 200 }
        for s in ["ال", "لل"] where k.hasPrefix(s) && k.count > s.count + 2 {       // "الخمسة"
            if let v = lexicon.values["number"]?[String(k.dropFirst(s.count))], let n = Int(v) { return n }
        }
        return nil
    }

    static let miatay = ArabicFold.key("مئتي")

    private func multiplier(_ k: String) -> Int? {
        switch k {
        case "الف", "الاف", "آلاف": return 1000
        case "مليون", "ملايين": return 1_000_000
        default: return nil
        }
    }
}
