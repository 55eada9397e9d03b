import MarsadText
import MarsadKnowledge

/// A person or organisation the gazetteer does not hold, found by the shape of the text around it.
struct PatternName {
    let id: String
    let type: EntityType
    /// The name as written.
    let name: String
    let start: Int
    let end: Int
    let country: String?
    let sector: Sector?
}

/// What the gazetteer pass found at a word.
enum WordCover {
    case free
    /// A nisba adjective of this country.
    case nisba(String)
    /// A gazetteer name.
    case name(KnowledgeType, String?)
    /// A town's one-word name, read whole (no clitic) and not a capital's: it may be a family name ("نبيه بري").
    case town
}

/// Names found by pattern (lexicons.tsv): a person's name after a title or role ("الرئيس الأمريكي دونالد ترامب",
/// "وزير الخارجية سيرغي لافروف"), an organisation headed by وزارة، حركة، جيش، قوات … with the words that
/// complete it ("وزارة الدفاع الأذربيجانية", "قوات حفظ السلام الروسية").
struct NamePatterns {
    /// Ta marbuta as the search fold writes it (ة → ه).
    static let taMarbuta = "\u{0647}"
    let gazetteer: Gazetteer
    private var lex: Lexicons { gazetteer.lexicons }

    func find(_ words: [EntityWord], covered: [WordCover], scalars: [Unicode.Scalar]) -> [PatternName] {
        var out: [PatternName] = []
        var i = 0
        while i < words.count {
            if case .free = covered[i] {
                if let (p, next) = organization(words, at: i, covered: covered, scalars: scalars) {
                    out.append(p); i = next; continue
                }
                if let t = title(words, at: i) {
                    if let (p, next) = person(words, at: i, title: t, covered: covered, scalars: scalars) {
                        out.append(p); i = next; continue
                    }
                    // "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن": the body a spokesman speaks for, then his name
                    if let (body, p, next) = spokesmanOfBody(words, at: i, title: t, covered: covered, scalars: scalars) {
                        if let body { out.append(body) }
                        out.append(p); i = next; continue
                    }
                    if let (p, next) = holderAfterBody(words, at: i, title: t, covered: covered, scalars: scalars) {
                        out.append(p); i = next; continue
                    }
                }
            }
            i += 1
        }
        return out
    }

    private func text(_ scalars: [Unicode.Scalar], _ s: Int, _ e: Int) -> String {
        ScalarText.string(scalars[s..<e])
    }

    /// Longest phrase of `set` starting at word `i` (first word read with its conjunction/preposition off).
    /// The phrase grows only while it is a proper prefix of some phrase of the set (`prefix`), which cannot
    /// change the result: a longer phrase of the set always has the shorter one among its prefixes.
    /// `set` and `prefix` are asked only when their hash filters (`NameHash.phrase` of the phrase) may hold it.
    private func phrase(in set: (String) -> Bool, _ setHashes: HashSet64, prefix: (String) -> Bool, _ prefixHashes: HashSet64,
                        _ words: [EntityWord], at i: Int, maxWords: Int) -> PhraseMatch? {
        for f in words[i].forms where !f.article {
            var h = f.hash
            guard setHashes.contains(h) || (maxWords > 1 && prefixHashes.contains(h)) else { continue }
            var key = words[i].key(of: f)
            var best: (Int, Int, String)?
            if setHashes.contains(h), set(key) { best = (1, Int(f.stripped), key) }
            var n = 1
            while n < maxWords, i + n < words.count, words[i + n].joined, prefixHashes.contains(h), prefix(key) {
                key += " " + words[i + n].key
                h = NameHash.join(h, words[i + n].hash)
                n += 1
                if setHashes.contains(h), set(key) { best = (n, Int(f.stripped), key) }
            }
            if let b = best { return b }
        }
        return nil
    }

    private func isNameWord(_ w: EntityWord) -> Bool {
        w.arabic && w.count >= 2 && !lex.commonWords.contains(w.key) && !lex.personStops.contains(w.key)
            && !lex.titles.contains(w.key) && lex.orgHeads[w.key] == nil && !NamePatterns.possessedNoun(w.key)
            && !isHeadBehindPreposition(w.key) && !isMasdarWithPronoun(w)
    }

    /// "لقيامه", "بمحاولته": a preposition, a common noun and its pronoun ه ("نظيره الصيني لقيامه بمحاولة") is no name;
    /// nor, with no preposition, a common noun of three letters or more and its ه that no name list has ("أعلن
    /// الرئيس محمد بازوم رفضه", "موقفه"; not "نبيه", "سلامه").
    private func isMasdarWithPronoun(_ w: EntityWord) -> Bool {
        guard let f = w.key.unicodeScalars.first else { return false }
        // ("سيلفان إيتي بمغادرة البلاد": a preposition on a common feminine noun, a masdar, is none either)
        if f == CliticForms.lam || f == CliticForms.ba, w.count >= 5, w.key.hasSuffix(NamePatterns.taMarbuta),
           lex.commonWords.contains(String(String.UnicodeScalarView(w.key.unicodeScalars.dropFirst()))) { return true }
        guard w.endsWithHa else { return false }
        if f == CliticForms.lam || f == CliticForms.ba, w.count >= 5,
           lex.commonWords.contains(String(String.UnicodeScalarView(w.key.unicodeScalars.dropFirst().dropLast()))) { return true }
        guard w.count >= 4, !lex.firstNames.contains(w.key), !lex.lastNames.contains(w.key) else { return false }
        return lex.commonWords.contains(String(String.UnicodeScalarView(w.key.unicodeScalars.dropLast())))
    }

    /// "عضو بمجلس النواب", "القيادي لحزب", "للاتحاد": a body behind a preposition (with or without its article)
    /// follows a title where a name would, and is none.
    private func isHeadBehindPreposition(_ k: String) -> Bool {
        let u = k.unicodeScalars
        guard let f = u.first, f == CliticForms.ba || f == CliticForms.lam, u.count > 3 else { return false }
        var rest = String(u.dropFirst())
        if rest.hasPrefix("\u{0644}") && f == CliticForms.lam { return true }              // "لل…": ل + the article
        if rest.hasPrefix("\u{0627}\u{0644}") { rest = String(rest.unicodeScalars.dropFirst(2)) }
        return lex.orgHeads[rest] != nil || lex.orgHeads["\u{0627}\u{0644}" + rest] != nil
    }

    /// A word whose first letter is a preposition ب/ل (or و before the article) on an ordinary word: the rest has
    /// the article, or is a common word, and no name list (nor the NER name dictionary) has the whole.
    private func isOrdinaryWordBehindClitic(_ k: String) -> Bool {
        let u = k.unicodeScalars
        guard let f = u.first, u.count >= 4, !lex.firstNames.contains(k), !lex.lastNames.contains(k) else { return false }
        let rest = String(String.UnicodeScalarView(u.dropFirst()))
        if f == CliticForms.waw { return rest.hasPrefix("\u{0627}\u{0644}") }
        guard f == CliticForms.ba || f == CliticForms.lam else { return false }
        if rest.hasPrefix("\u{0627}\u{0644}") { return true }
        // (a common word of the tagged corpus, or a form the news has at least five times and twice as often as the
        // whole: "قسم", "جمهورية"; the name dictionary knows the names whose rest is a word: "ليلى", "يلي")
        let restCount = ArabicWordCounts.count(rest)
        guard lex.commonWords.contains(rest) || (restCount >= 5 && restCount >= 2 * ArabicWordCounts.count(k)) else { return false }
        return !NERNameParts.shared.contains(k)
    }

    /// "وتوفير": و before a word the news corpus has more often than the whole.
    static func isConjoinedWord(_ k: String) -> Bool {
        guard k.hasPrefix("\u{0648}"), k.unicodeScalars.count > 3 else { return false }
        let rest = String(k.unicodeScalars.dropFirst())
        return ArabicWordCounts.count(rest) > max(2, ArabicWordCounts.count(k))
    }

    /// Words that join a compound name and do not count as one of its names: "عبد الله", "أبو بكر", "بن علي".
    /// ("آل ثاني": the family's "آل", folded "ال")
    static let compoundJoiners: Set<String> = ["\u{0639}\u{0628}\u{062F}", "\u{0627}\u{0628}\u{0648}", "\u{0628}\u{0646}", "\u{0648}\u{0644}\u{062F}",
                                               "\u{0627}\u{0644}"]

    /// Endings an adjective may have: "العراقية", "الخاصة", "المركزي", "العليا", "الكبرى".
    static let adjectiveEndings = ["\u{064A}", "\u{0629}", "\u{0647}", "\u{0649}", "\u{0627}", "\u{0646}"]

    /// "السوداني", "المصري": the article, no ة, a final ي.
    static func isDefiniteMasculineNisba(_ k: String) -> Bool {
        k.hasPrefix("\u{0627}\u{0644}") && k.hasSuffix("\u{064A}") && k.unicodeScalars.count > 4
    }

    /// A feminine noun with a possessive pronoun ("موافقته", "حكومتها", "زيارتهم") is no part of a name: it
    /// ends "دونالد ترامب موافقته على …" at the name.
    static func possessedNoun(_ k: String) -> Bool {
        let u = Array(k.unicodeScalars)
        guard u.count >= 5 else { return false }
        let ta: Unicode.Scalar = "\u{062A}", ha: Unicode.Scalar = "\u{0647}", alef: Unicode.Scalar = "\u{0627}", mim: Unicode.Scalar = "\u{0645}"
        let n = u.count
        if u[n - 2] == ta && u[n - 1] == ha { return true }                                   // ـته
        if u[n - 3] == ta && u[n - 2] == ha && (u[n - 1] == alef || u[n - 1] == mim) { return true }   // ـتها، ـتهم
        return false
    }

    /// A phrase of a word list matched at a word: its length in words, the letters of the clitic taken off its
    /// first word, and its key.
    typealias PhraseMatch = (words: Int, stripped: Int, key: String)

    /// The longest title or role starting at word `i` ("الرئيس", "وزير الخارجية", "المتحدث باسم").
    private func title(_ words: [EntityWord], at i: Int) -> PhraseMatch? {
        phrase(in: { lex.titles.contains($0) }, lex.titles.hashes, prefix: { lex.titlePrefixes.contains($0) },
               lex.titlePrefixes.hashes, words, at: i, maxWords: lex.maxTitleWords)
    }

    private func person(_ words: [EntityWord], at i: Int, title t: PhraseMatch, covered: [WordCover],
                        scalars: [Unicode.Scalar]) -> (PatternName, Int)? {
        var j = i + t.words
        var country: String?
        // Adjectives and institutions between the title and the name: "الرئيس الأمريكي", "وزير خارجية روسيا",
        // "الرئيس المعزول محمد بازوم".
        var officeAdjective = false
        while j < words.count, words[j].joined {
            if case .nisba(let c) = covered[j] { country = country ?? c; j += 1; continue }
            if case .free = covered[j], lex.officeAdjectives.contains(words[j].key) { j += 1; officeAdjective = true; continue }
            break
        }
        // after such an adjective the office may end the phrase ("وزير الداخلية السابق ومساعديه", "الرئيس الراحل
        // مطالبين"): a name must begin as one, a given name of the list or a word with no clitic, no accusative
        // alef, no present prefix and no plural ending
        if officeAdjective, j < words.count, !lex.firstNames.contains(words[j].key) {
            let k = words[j].key
            guard let f = k.unicodeScalars.first, let l = k.unicodeScalars.last, !NamePatterns.clitics.contains(f), l != "\u{0627}",
                  f != "\u{064A}", f != "\u{062A}", !k.hasSuffix("\u{064A}\u{0646}"), !k.hasSuffix("\u{0648}\u{0646}") else { return nil }
        }
        var k = j
        // three names, not counting the words that join a compound one ("عبد الفتاح آدن حسن", "محمد ولد الغزواني")
        var joiners = 0
        while k < words.count, k - j < 3 + joiners, words[k].joined, isNameWord(words[k]) {
            // a family name the gazetteer has as a town ("نبيه بري", "حمزة عبدي بري"): after a name, a town's
            // name with no preposition before it is the person's, and ends the name
            var town = false
            if k > j, case .town = covered[k] { town = true }
            guard town || { if case .free = covered[k] { return true } else { return false } }() else { break }
            // A person's first name does not take the article; later names may ("بشار الأسد").
            if k == j, words[k].key.hasPrefix("\u{0627}\u{0644}") { break }
            // nor a conjunction: "بإقالة المحافظ وتوفير فرص العمل" (while "وليد" and "وائل" are names)
            if k == j, NamePatterns.isConjoinedWord(words[k].key) { break }
            // nor a preposition on an ordinary word: "القرار القاضي بتكليف الجيش", "الصحفية بقسم السياسة", "قائلا
            // بالعامية", "المرشد الأعلى لجمهورية إيران", "الكاتب والمفكر" (while "بشار", "لطفي", "باسم" are names)
            if k == j, isOrdinaryWordBehindClitic(words[k].key) { break }
            // nor a name of the article behind و: "الملك عبد الله الثاني والأمين العام" lists another person
            if k > j, words[k].key.hasPrefix("\u{0648}\u{0627}\u{0644}") { break }
            // nor a verb coordinated after the name: "اختطاف الصحفية أفراح شوقي وسرقوا" (و, then a plural's ـوا)
            if k > j, words[k].key.hasPrefix("\u{0648}"), words[k].key.hasSuffix("\u{0648}\u{0627}"), words[k].key.unicodeScalars.count > 4 { break }
            if NamePatterns.compoundJoiners.contains(words[k].key) { joiners = min(joiners + 1, 3) }
            k += 1
            if town { break }
        }
        // (a name does not end on the word that joins its next part: "عبد الله بن فيصل بن" is cut there)
        while k > j + 1, NamePatterns.compoundJoiners.contains(words[k - 1].key) { k -= 1 }
        guard k > j else { return nil }
        // a family name that is a nisba: "رئيس الوزراء محمد شياع السوداني" is no Sudanese
        // (after a given name, which takes no article: "محمد ولي العهد السعودي" qualifies the office)
        if k < words.count, words[k].joined, case .nisba = covered[k], NamePatterns.isDefiniteMasculineNisba(words[k].key),
           !words[k - 1].key.hasPrefix("\u{0627}\u{0644}") { k += 1 }
        let start = words[j].start, end = words[k - 1].end
        let key = words[j..<k].map(\.key).joined(separator: "-")
        return (PatternName(id: "person:" + key, type: .person, name: text(scalars, start, end), start: start, end: end,
                            country: country, sector: nil), k)
    }

    /// A spokesman's title ("المتحدث باسم", "الناطقة باسم"), the body he speaks for (a gazetteer name, an
    /// organisation by pattern or a definite short name with its nisba, "الخارجية الإيرانية"; or "باسمها") and a
    /// name of one to three unknown words that ends where what he said begins: a complementizer, a mark, or "في"
    /// of "في بيان". The body's pattern entity, if any, is returned too, since the name is read past it. Without
    /// that end the words may be anything ("صباح اليوم").
    /// "الأمين العام لحراك تونس الإرادة، عدنان منصر أن": a title, the body behind لـ (up to four words the
    /// gazetteer need not know), a comma, and a name of two or three unknown words that ends where what was said
    /// begins (a complementizer or a mark).
    private func holderAfterBody(_ words: [EntityWord], at i: Int, title t: PhraseMatch, covered: [WordCover],
                                 scalars: [Unicode.Scalar]) -> (PatternName, Int)? {
        var j = i + t.words
        while j < words.count, words[j].joined, case .nisba = covered[j] { j += 1 }
        guard j < words.count, words[j].joined, words[j].key.unicodeScalars.first == CliticForms.lam, words[j].count > 3 else { return nil }
        var m = j + 1
        while m < words.count, m < j + 5, words[m].joined { m += 1 }
        guard m < words.count, m < j + 5, !words[m].joined else { return nil }
        // the mark between the body and the name is a comma
        var b = words[m].start - 1
        while b > words[m - 1].end, scalars[b].properties.isWhitespace { b -= 1 }
        guard b >= words[m - 1].end, scalars[b] == "\u{060C}" || scalars[b] == "," else { return nil }
        var k = m
        while k < words.count, k - m < 3, k == m || words[k].joined, isNameWord(words[k]), case .free = covered[k],
              !words[k].key.hasPrefix("\u{0627}\u{0644}"), !NamePatterns.isConjoinedWord(words[k].key),
              !NamePatterns.complementizers.contains(words[k].key) { k += 1 }
        guard k - m >= 2, k == words.count || !words[k].joined || NamePatterns.complementizers.contains(words[k].key) else { return nil }
        let start = words[m].start, end = words[k - 1].end
        let key = words[m..<k].map(\.key).joined(separator: "-")
        return (PatternName(id: "person:" + key, type: .person, name: text(scalars, start, end), start: start, end: end,
                            country: nil, sector: nil), k)
    }

    private func spokesmanOfBody(_ words: [EntityWord], at i: Int, title t: PhraseMatch, covered: [WordCover],
                                 scalars: [Unicode.Scalar]) -> (PatternName?, PatternName, Int)? {
        var j = i + t.words
        guard j < words.count, words[j].joined else { return nil }
        var body: PatternName? = nil
        var country: String? = nil
        if !t.key.hasSuffix(NamePatterns.onBehalfOf) {
            // "المتحدث باسمها ناصر كنعاني": the body named before, as a pronoun
            guard NamePatterns.onBehalfOfPronouns.contains(words[j].key) else { return nil }
            j += 1
        } else if case .name(_, let c) = covered[j] {
            country = c
            while j < words.count, words[j].joined, case .name = covered[j] { j += 1 }
        } else if let (org, next) = organization(words, at: j, covered: covered, scalars: scalars) {
            body = org; country = org.country; j = next
        } else if case .free = covered[j], words[j].key.hasPrefix("\u{0627}\u{0644}"), j + 1 < words.count, words[j + 1].joined,
                  case .nisba = covered[j + 1] {
            // "المتحدث باسم الخارجية الإيرانية ناصر كنعاني": a body by its short name, with its state's nisba
            j += 1
        } else { return nil }
        while j < words.count, words[j].joined, case .nisba(let c) = covered[j] { country = country ?? c; j += 1 }
        var k = j
        while k < words.count, k - j < 3, words[k].joined, isNameWord(words[k]), case .free = covered[k],
              !words[k].key.hasPrefix("\u{0627}\u{0644}"), !NamePatterns.isConjoinedWord(words[k].key),
              !NamePatterns.complementizers.contains(words[k].key), words[k].key != NamePatterns.fi { k += 1 }
        guard k > j, k - j >= 2 || k == words.count || !words[k].joined else { return nil }
        guard k == words.count || !words[k].joined || NamePatterns.complementizers.contains(words[k].key) || words[k].key == NamePatterns.fi
        else { return nil }
        let start = words[j].start, end = words[k - 1].end
        let key = words[j..<k].map(\.key).joined(separator: "-")
        return (body, PatternName(id: "person:" + key, type: .person, name: text(scalars, start, end), start: start, end: end,
                                  country: country, sector: nil), k)
    }
    static let onBehalfOf = "\u{0628}\u{0627}\u{0633}\u{0645}"      // باسم
    /// "باسمه", "باسمها", "باسمهم", "باسمهما": on behalf of the body named before.
    static let onBehalfOfPronouns: Set<String> = ["باسمه", "باسمها", "باسمهم", "باسمهما"]
    /// ب، و، ل، ف، ك: letters that may be a clitic on a word.
    static let clitics: Set<Unicode.Scalar> = ["\u{0628}", "\u{0648}", "\u{0644}", "\u{0641}", "\u{0643}"]
    static let fi = "\u{0641}\u{064A}"                              // في

    /// إن، أن، بأن and their pronoun forms, folded: what a speaker's words open with.
    static let complementizers: Set<String> = ["\u{0627}\u{0646}", "\u{0627}\u{0646}\u{0647}", "\u{0627}\u{0646}\u{0647}\u{0627}",
                                               "\u{0627}\u{0646}\u{0647}\u{0645}", "\u{0628}\u{0627}\u{0646}", "\u{0628}\u{0627}\u{0646}\u{0647}"]

    /// Words of a genitive behind لـ at `j`: "للقضاء" (ل + the article; not a body of its own, "المجلس الوطني
    /// للحزب") or "لحقوق الإنسان" (ل + a domain noun in the construct state and its definite genitive); nil when
    /// a complementizer follows it (the addressee: "قالت اللجنة الوطنية للصحفيين إن").
    private func domainComplement(_ words: [EntityWord], at j: Int, covered: [WordCover]) -> Int? {
        let u = words[j].key.unicodeScalars
        guard u.first == CliticForms.lam else { return nil }
        let rest = String(String.UnicodeScalarView(u.dropFirst()))
        var n = 0
        if rest.unicodeScalars.first == CliticForms.lam { n = lex.orgHeads["\u{0627}" + rest] == nil ? 1 : 0 }
        else if lex.orgDomains.contains(rest), j + 1 < words.count, words[j + 1].joined, case .free = covered[j + 1],
                words[j + 1].key.hasPrefix("\u{0627}\u{0644}"), words[j + 1].count > 3 { n = 2 }
        guard n > 0 else { return nil }
        if j + n < words.count, NamePatterns.complementizers.contains(words[j + n].key) { return nil }
        return n
    }

    private func organization(_ words: [EntityWord], at i: Int, covered: [WordCover], scalars: [Unicode.Scalar]) -> (PatternName, Int)? {
        guard let h = phrase(in: { lex.orgHeads[$0] != nil }, lex.orgHeads.hashes, prefix: { lex.orgHeadPrefixes.contains($0) },
                             lex.orgHeadPrefixes.hashes, words, at: i, maxWords: 2) else { return nil }
        var sector = lex.orgHeads[h.key].flatMap { $0.isEmpty ? nil : Sector(rawValue: $0) }
        // a longer head inside the name decides its sector: "قوات مكافحة الشغب" is police, "قوات حفظ السلام"
        // peacekeepers, though "قوات" alone is military
        var headEnd = i + h.words
        if let long = phrase(in: { lex.orgHeads[$0] != nil }, lex.orgHeads.hashes, prefix: { lex.orgHeadPrefixes.contains($0) },
                             lex.orgHeadPrefixes.hashes, words, at: i, maxWords: 3), long.words > h.words {
            headEnd = i + long.words
            if let v = lex.orgHeads[long.key], let longSector = Sector(rawValue: v) { sector = longSector }
        }
        var j = i + h.words
        var country: String?
        var modifiers = 0
        var domain = false
        while j < words.count, words[j].joined, modifiers < (domain ? 6 : 4) {
            let w = words[j]
            // "المفوضية العليا لحقوق الإنسان", "المجلس الأعلى للقضاء", "اللجنة الدولية للصليب الأحمر": after a body's
            // adjective, a genitive behind لـ names its domain and belongs to the name (not whom a body spoke to:
            // "قالت اللجنة الوطنية للصحفيين إن")
            if !domain, modifiers > 0, lex.orgDomainHeads.contains(h.key), case .free = covered[j], w.arabic, w.count > 3,
               let n = domainComplement(words, at: j, covered: covered) {
                j += n; modifiers += n; domain = true
                continue
            }
            if case .nisba(let c) = covered[j] { country = c; j += 1; modifiers += 1; break }
            // a country's name after an indefinite word closes the chain as its last genitive: "لجنة أطباء السودان"
            if case .name(.country, let c?) = covered[j], modifiers > 0, !words[j - 1].key.hasPrefix("\u{0627}\u{0644}") {
                country = c; j += 1; modifiers += 1; break
            }
            guard case .free = covered[j], w.arabic, !lex.personStops.contains(w.key), lex.orgHeads[w.key] == nil || modifiers > 0 else { break }
            // a title after a definite word, with a name after it, begins its holder's name: "المتحدث باسم المجلس
            // العقيد أمادو عبد الرحمن" (while "جامعة الملك سعود", "مكتب الرئيس" and "حزب الشعب المحافظ" stay names)
            // ("أمر المجلس السفير الفرنسي جان موريس ريبير": the title's nisba may come before the name)
            if j > i, words[j - 1].key.hasPrefix("\u{0627}\u{0644}"), let t = title(words, at: j) {
                var n = j + t.words
                while n < words.count, words[n].joined, case .nisba = covered[n] { n += 1 }
                if n < words.count, words[n].joined, case .free = covered[n], isNameWord(words[n]),
                   !words[n].key.hasPrefix("\u{0627}\u{0644}") { break }
            }
            // a definite head governs no genitive, so a title right after it is the next phrase, the verb's object:
            // "أوقفت الشرطة القيادي في جبهة الخلاص", "اعتقلت القوات الناشط"
            if j == i + h.words, words[i].key.hasPrefix("\u{0627}\u{0644}"), title(words, at: j) != nil { break }
            // A conjunction or preposition ("والمواقع", "بالدفاع") starts another phrase.
            if let f = w.key.unicodeScalars.first, [CliticForms.waw, CliticForms.fa, CliticForms.ba].contains(f),
               w.key.unicodeScalars.dropFirst().starts(with: "\u{0627}\u{0644}".unicodeScalars) { break }
            let definite = w.key.hasPrefix("\u{0627}\u{0644}") && w.count > 3
            // An indefinite noun continues the name only as the first of a construct ("حفظ السلام").
            let construct = !definite && w.count >= 3 && j + 1 < words.count && words[j + 1].joined
                && words[j + 1].key.hasPrefix("\u{0627}\u{0644}")
            guard definite || construct else { break }
            // a definite genitive closes the chain, the head's own too: what follows "قوات مكافحة الشغب" or
            // "قوات الأمن" without the article is the clause's verb ("أطلقت الرصاص", "قتلت المهاجمين"), not more
            // of the name
            if !definite, j > i, words[j - 1].key.hasPrefix("\u{0627}\u{0644}") { break }
            // after a whole head ending in a definite genitive ("قوات مكافحة الشغب", "قوات الأمن") only an adjective
            // goes on: in "أطلقت قوات مكافحة الشغب الرصاص" the next definite word is the verb's object
            // (nor is a masculine plural in ـين/ـون an adjective of a head in ـات, whose adjectives are feminine:
            // "فرقت قوات الأمن المتظاهرين" — the protesters are the object)
            if definite, j == headEnd, headEnd - i > 1, words[j - 1].key.hasPrefix("\u{0627}\u{0644}"),
               !NamePatterns.adjectiveEndings.contains(where: { w.key.hasSuffix($0) })
                || (words[i].key.hasSuffix("\u{0627}\u{062A}") && (w.key.hasSuffix("\u{064A}\u{0646}") || w.key.hasSuffix("\u{0648}\u{0646}"))) { break }
            // a definite head takes adjectives, not a construct: "القوات صدت الهجوم" is a clause, not a name
            if !definite, words[i].key.hasPrefix("\u{0627}\u{0644}") { break }
            // and its adjectives agree with it: after a feminine head a word without ة (or the ى/ا of "العليا",
            // "الكبرى") is no adjective of it ("رئيس الحكومة المكلف", "الحكومة الحبيب الصيد": the adjective
            // and the name are the office's)
            if definite, !domain, words[i].key.hasPrefix("\u{0627}\u{0644}"), words[i].key.hasSuffix(NamePatterns.taMarbuta),
               !w.key.hasSuffix(NamePatterns.taMarbuta), !w.key.hasSuffix("\u{0627}"), !w.key.hasSuffix("\u{064A}") { break }
            j += 1
            modifiers += 1
        }
        guard modifiers > 0 else { return nil }
        if sector == nil, h.key == "\u{0627}\u{0644}\u{0633}\u{0644}\u{0637}\u{0627}\u{062A}" { sector = .government }
        let start = words[i].offset(h.stripped), end = words[j - 1].end
        var keyWords = h.key.split(separator: " ").map(String.init)
        keyWords += words[(i + h.words)..<j].map(\.key)
        // "للجيش اليمني" is ل + "الجيش اليمني": the mention's text lost the article's alef, the name keeps it
        var name = text(scalars, start, end)
        if h.key.hasPrefix("\u{0627}\u{0644}"), name.hasPrefix("\u{0644}"), !name.hasPrefix("\u{0627}") { name = "\u{0627}" + name }
        return (PatternName(id: "org:" + keyWords.joined(separator: "-"), type: .organization, name: name,
                            start: start, end: end, country: country, sector: sector), j)
    }
}
