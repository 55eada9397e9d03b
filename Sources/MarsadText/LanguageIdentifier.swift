import Foundation

/// A language guess: a BCP 47 code ("ar", "fa", "ur", "ckb", "ps", "en", "fr", …, or "und") and a
/// confidence in [0, 1].
public struct LanguageGuess: Sendable, Equatable {
    public let language: String
    public let confidence: Double

    public init(language: String, confidence: Double) {
        self.language = language
        self.confidence = confidence
    }
}

/// Identifies the language of a text from its script, its distinctive letters and its function words.
///
/// - The script with the most letters decides the family. Arabic script: Arabic, Persian, Urdu, Sorani
///   Kurdish and Pashto are told apart by the letters each adds to (or does not share with) Arabic
///   (پ چ ژ گ ک ی; ٹ ڈ ڑ ں ے ہ; ڕ ڵ ۆ ێ ە; ټ ډ ړ ښ …; ة ى ك ي), their most frequent function words, and
///   for Arabic the article ال. Latin script: 31 languages by character trigrams (`LanguageTrigramModel`),
///   and English, French, Spanish, German, Italian, Portuguese, Dutch, Turkish, Indonesian, Swedish and
///   Polish also by function words and accented letters. Other scripts
///   map to their main language (Cyrillic ru/uk, Greek el, Hebrew he, Devanagari hi, Han zh, kana ja,
///   Hangul ko, Thai th, …).
/// - Fewer than three letters, or too little evidence for any language of a Latin-script text, gives "und".
/// - Confidence: the winner's lead over the runner-up, times how much evidence it has.
/// - Reading stops once one language is far ahead (see `isSettled`), and after `sampleLetters` letters
///   in any case: a bounded cost per document.
public enum LanguageIdentifier {
    static let sampleLetters = 6_000

    public static func identify(_ text: String) -> LanguageGuess {
        text.withUTF8Buffer { identify(utf8: $0) }
    }

    /// Languages scored from letters and words, by index.
    static let languages = ["ar", "fa", "ur", "ckb", "ps"] + LanguageTrigramModel.shared.languages
    static let arabicScriptLanguages = 0..<5
    static let latinScriptLanguages = 5..<languages.count
    static func index(_ code: String) -> Int { languages.firstIndex(of: code)! }

    /// A short word packed into two integers: up to ten scalars below U+0800, eleven bits each.
    struct PackedWord: Hashable {
        var a: UInt64 = 0, b: UInt64 = 0

        static let capacity = 10

        /// Adds the scalar at position `k` (< capacity); false if it cannot be packed.
        @inline(__always) mutating func set(_ v: UInt32, at k: Int) -> Bool {
            guard v < 0x800 else { return false }
            if k < 5 { a |= UInt64(v) << (11 * UInt64(k)) } else { b |= UInt64(v) << (11 * UInt64(k - 5)) }
            return true
        }

        init() {}
        init?(_ word: String) {
            var k = 0
            for s in word.unicodeScalars {
                guard k < Self.capacity, set(s.value, at: k) else { return nil }
                k += 1
            }
        }
    }

    /// Function word → languages it belongs to.
    static let wordLanguages: [PackedWord: [Int]] = {
        var m: [PackedWord: [Int]] = [:]
        for (lang, words) in LanguageProfiles.arabicScriptWords.merging(LanguageProfiles.latinWords, uniquingKeysWith: { a, _ in a }) {
            for w in Set(words) { if let key = PackedWord(w) { m[key, default: []].append(index(lang)) } }
        }
        return m
    }()

    /// Distinctive letters: scalar → (language, weight) pairs, the weight shared among the languages.
    static let letterEvidence: [UInt32: [(Int, Double)]] = {
        var m: [UInt32: [(Int, Double)]] = [:]
        for (v, langs) in LanguageProfiles.arabicScriptLetters.merging(LanguageProfiles.latinLetters, uniquingKeysWith: { a, _ in a }) {
            m[v] = langs.map { (index($0), 1.0 / Double(langs.count)) }
        }
        return m
    }()
    /// `letterEvidence` for scalars below U+0800, flattened for the hot loop: `evidenceStart[v]` ..<
    /// `evidenceStart[v + 1]` indexes `evidenceLanguage` and `evidenceWeight`.
    static let evidenceStart: FrozenTable<UInt16> = {
        var starts: [UInt16] = [], n = 0
        for v in 0...UInt32(0x800) { starts.append(UInt16(n)); if v < 0x800 { n += letterEvidence[v]?.count ?? 0 } }
        return FrozenTable(starts)
    }()
    static let evidenceLanguage = FrozenTable((0..<UInt32(0x800)).flatMap { letterEvidence[$0]?.map(\.0) ?? [] })
    static let evidenceWeight = FrozenTable((0..<UInt32(0x800)).flatMap { letterEvidence[$0]?.map(\.1) ?? [] })
    /// Function words have at most this many letters; longer words are not looked up.
    static let longestFunctionWord = (LanguageProfiles.arabicScriptWords.values.flatMap { $0 }
        + LanguageProfiles.latinWords.values.flatMap { $0 }).map { $0.unicodeScalars.count }.max()!

    enum Script: Int, CaseIterable {
        case arabic, latin, cyrillic, greek, hebrew, devanagari, bengali, thai, armenian, georgian, kana, hangul, han,
             syriac, ethiopic, other

        var language: String {
            switch self {
            case .arabic: "ar"
            case .latin: "und"
            case .cyrillic: "ru"
            case .greek: "el"
            case .hebrew: "he"
            case .devanagari: "hi"
            case .bengali: "bn"
            case .thai: "th"
            case .armenian: "hy"
            case .georgian: "ka"
            case .kana: "ja"
            case .hangul: "ko"
            case .han: "zh"
            case .syriac: "syr"
            case .ethiopic: "am"
            case .other: "und"
            }
        }

        @inline(__always)
        static func of(_ v: UInt32, _ c: CharClass) -> Script {
            if c == .arabicLetter { return .arabic }
            if c == .latinLetter { return .latin }
            switch v {
            case 0x0400...0x052F: return .cyrillic
            case 0x0370...0x03FF, 0x1F00...0x1FFF: return .greek
            case 0x0590...0x05FF: return .hebrew
            case 0x0900...0x097F: return .devanagari
            case 0x0980...0x09FF: return .bengali
            case 0x0E00...0x0E7F: return .thai
            case 0x0530...0x058F: return .armenian
            case 0x10A0...0x10FF: return .georgian
            case 0x3040...0x30FF: return .kana
            case 0xAC00...0xD7AF, 0x1100...0x11FF: return .hangul
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .han
            case 0x0700...0x074F: return .syriac
            case 0x1200...0x137F: return .ethiopic
            default: return .other
            }
        }
    }

    /// Scores of the words read so far.
    struct WordTally {
        var word = PackedWord(), length = 0, packable = true
        var first: UInt32 = 0, second: UInt32 = 0

        @inline(__always) mutating func add(_ v: UInt32) {
            if length == 0 { first = v } else if length == 1 { second = v }
            if length < PackedWord.capacity && packable { packable = word.set(v, at: length) }
            length += 1
        }

        @inline(__always) mutating func end(into score: inout [Double], _ wordLanguages: [PackedWord: [Int]], longest: Int) {
            guard length > 0 else { return }
            if packable && length <= longest, let langs = wordLanguages[word] {
                for l in langs { score[l] += 2 }
            }
            // The Arabic article: Persian, Urdu and Kurdish write it only in Arabic loan phrases.
            if length >= 4 && first == 0x0627 && second == 0x0644 { score[0] += 0.5 }
            word = PackedWord(); length = 0; packable = true
        }
    }

    static func identify(utf8 p: UnsafeBufferPointer<UInt8>) -> LanguageGuess {
        let table = CharClass.table
        let fold = FoldTables.shared.search
        let wordLanguages = Self.wordLanguages
        let evidenceStart = Self.evidenceStart, evidenceLanguage = Self.evidenceLanguage, evidenceWeight = Self.evidenceWeight
        let longest = Self.longestFunctionWord
        var scripts = [Int](repeating: 0, count: Script.allCases.count)
        var score = [Double](repeating: 0, count: languages.count)
        var letters = 0
        let spanish = Self.index("es")
        var tally = WordTally()
        var ukrainian = false
        // Character trigrams of Latin words: the two previous symbols (0 = none, 0x20 = word start).
        let trigrams = LanguageTrigramModel.shared
        let latinBase = latinScriptLanguages.lowerBound, latinCount = trigrams.languages.count
        var trigramLogp = [Float](repeating: 0, count: latinCount)
        var trigramCount = 0
        var prev2: UInt32 = 0, prev1: UInt32 = 0x20
        func addTrigram(_ a: UInt32, _ b: UInt32, _ c: UInt32) {
            guard a < 0x800, b < 0x800, c < 0x800, let row = trigrams.rows[LanguageTrigramModel.key(a, b, c)] else { return }
            trigramCount += 1
            trigrams.logp.withUnsafeBufferPointer { lp in
                for l in 0..<latinCount { trigramLogp[l] += lp[row * latinCount + l] }
            }
        }

        var i = 0, nextCheck = 256
        scan: while i < p.count && letters < sampleLetters {
            let b = p[i]
            let v: UInt32, len: Int
            if b < 0x80 { v = UInt32(b); len = 1 } else { (v, len) = decodeScalar(p, i) }
            i += len
            let c = v < 0x800 ? table[Int(v)] : CharClass.high(v)
            switch c {
            case .arabicLetter, .latinLetter, .otherLetter:
                if v == 0x0640 { continue }
                letters += 1
                scripts[Script.of(v, c).rawValue] += 1
                var lower = v
                if c == .latinLetter {
                    if v >= 0x41 && v <= 0x5A { lower = v | 0x20 }
                    else if v < 0x800 { let e = fold[Int(v)] & FoldCode.codeMask; if e < 0x110000 { lower = e } }
                } else if v >= 0x0404 && v <= 0x0491 {
                    if [0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404].contains(v) { ukrainian = true }
                }
                tally.add(lower)
                if c == .latinLetter {
                    if prev2 != 0 { addTrigram(prev2, prev1, lower) }
                    prev2 = prev1; prev1 = lower
                } else { prev2 = 0; prev1 = 0 }
                if lower < 0x800 {
                    var e = Int(evidenceStart[Int(lower)])
                    let end = Int(evidenceStart[Int(lower) + 1])
                    while e < end { score[evidenceLanguage[e]] += evidenceWeight[e]; e += 1 }
                }
            case .mark:
                if v >= 0x064B && v <= 0x064D { score[0] += 0.5 } // tanween
            case .ignorable:
                if v == 0x200C { tally.end(into: &score, wordLanguages, longest: longest) }  // ZWNJ separates Persian morphemes (می‌شود)
            default:
                if prev1 != 0 && prev1 != 0x20 && prev2 != 0 { addTrigram(prev2, prev1, 0x20) }
                prev2 = 0; prev1 = 0x20
                tally.end(into: &score, wordLanguages, longest: longest)
                if v == 0xBF || v == 0xA1 { score[spanish] += 1 } // ¿ ¡
                if letters >= nextCheck {
                    nextCheck = letters + 128
                    if isSettled(score, scripts: scripts, letters: letters) { break scan }
                }
            }
        }
        tally.end(into: &score, wordLanguages, longest: longest)
        if prev1 != 0 && prev1 != 0x20 && prev2 != 0 { addTrigram(prev2, prev1, 0x20) }
        // Trigram evidence: the naive-Bayes winner gets points for its lead over the runner-up
        // (a third of the log-likelihood gap, at most 25: trigrams are far from independent).
        if trigramCount >= 3 {
            var best = 0, second = -1
            for l in 1..<latinCount where trigramLogp[l] > trigramLogp[best] { best = l }
            for l in 0..<latinCount where l != best && (second < 0 || trigramLogp[l] > trigramLogp[second]) { second = l }
            score[latinBase + best] += Double(min(25, (trigramLogp[best] - trigramLogp[second]) / 3))
        }

        guard letters >= 3, let best = Script.allCases.max(by: { scripts[$0.rawValue] < scripts[$1.rawValue] }) else {
            return LanguageGuess(language: "und", confidence: 0)
        }
        let count = scripts[best.rawValue]
        let scriptShare = Double(count) / Double(letters)
        switch best {
        case .arabic:
            return decide(score, among: arabicScriptLanguages, scriptShare: scriptShare, fallback: "ar")
        case .latin:
            // Below two points (a name, two words without a function word) there is too little to tell.
            guard latinScriptLanguages.contains(where: { score[$0] >= 2 }) else { return LanguageGuess(language: "und", confidence: 0) }
            return decide(score, among: latinScriptLanguages, scriptShare: scriptShare, fallback: nil)
        case .cyrillic:
            return LanguageGuess(language: ukrainian ? "uk" : "ru", confidence: scriptShare * amount(Double(count) / 4))
        case .han where scripts[Script.kana.rawValue] > 0:
            // Japanese mixes kanji with kana: any kana makes Han-script text Japanese.
            let n = count + scripts[Script.kana.rawValue]
            return LanguageGuess(language: "ja", confidence: Double(n) / Double(letters) * amount(Double(n) / 4))
        case .other:
            return LanguageGuess(language: "und", confidence: 0)
        default:
            return LanguageGuess(language: best.language, confidence: scriptShare * amount(Double(count) / 4))
        }
    }

    /// Whether reading on could not change the answer: one script has almost all letters and, within
    /// it, one language has a large score far ahead of the next.
    static func isSettled(_ score: [Double], scripts: [Int], letters: Int) -> Bool {
        let family: Range<Int>
        if scripts[Script.arabic.rawValue] * 10 >= letters * 9 { family = arabicScriptLanguages }
        else if scripts[Script.latin.rawValue] * 10 >= letters * 9 { family = latinScriptLanguages }
        else { return false }
        var top = 0.0, second = 0.0
        for l in family {
            if score[l] > top { second = top; top = score[l] } else if score[l] > second { second = score[l] }
        }
        return top >= 40 && top >= 10 * second
    }

    /// 0 for no evidence, approaching 1 as evidence grows (0.63 at 3 points, 0.86 at 6).
    static func amount(_ evidence: Double) -> Double { 1 - exp(-evidence / 3) }

    static func decide(_ score: [Double], among candidates: Range<Int>, scriptShare: Double, fallback: String?) -> LanguageGuess {
        // Ties go to the earlier language (Arabic first in its script; English first in Latin).
        var best = candidates.lowerBound
        for l in candidates where score[l] > score[best] { best = l }
        let top = score[best]
        guard top > 0 else {
            if let fallback { return LanguageGuess(language: fallback, confidence: 0.5 * scriptShare) }
            return LanguageGuess(language: "und", confidence: 0)
        }
        let second = candidates.filter { $0 != best }.map { score[$0] }.max() ?? 0
        return LanguageGuess(language: languages[best], confidence: min(1, top / (top + second) * scriptShare * amount(top)))
    }
}
