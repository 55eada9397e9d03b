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
///   (پ چ ژ گ ک ی; ٹ ڈ ڑ ں ے ہ; ڕ ڵ ۆ ێ ە; ټ ډ ړ ښ …; ة ى ك ي) and their most frequent function words.
///   Latin script: English, French, Spanish, German, Italian, Portuguese, Dutch, Turkish, Indonesian,
///   Swedish, Polish by function words and accented letters. Other scripts map to their main language
///   (Cyrillic ru/uk, Greek el, Hebrew he, Devanagari hi, Han zh, kana ja, Hangul ko, Thai th, …).
/// - Fewer than three letters, or no evidence for any language of a Latin-script text, gives "und".
/// - Confidence is the winner's share of the evidence, scaled down when there is little of it.
public enum LanguageIdentifier {
    public static func identify(_ text: String) -> LanguageGuess {
        var scripts: [Script: Int] = [:]
        var letterEvidence: [String: Double] = [:]
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var letters = 0
        func endWord() {
            if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
        }
        for s in text.unicodeScalars {
            let v = s.value
            let c = CharClass.of(v)
            switch c {
            case .arabicLetter, .latinLetter, .otherLetter:
                if v == 0x0640 { continue }
                letters += 1
                scripts[Script.of(v, c), default: 0] += 1
                current.append(c == .latinLetter ? (s.properties.lowercaseMapping.unicodeScalars.first ?? s) : s)
            case .mark:
                if v >= 0x064B && v <= 0x064D { letterEvidence["ar", default: 0] += 0.5 } // tanween
                continue
            case .ignorable:
                if v == 0x200C { endWord() }  // ZWNJ separates Persian morphemes (می‌شود)
                continue
            default:
                endWord()
                if (0xA1...0xBF).contains(v), let langs = LanguageProfiles.latinLetters[v] {
                    for l in langs { letterEvidence[l, default: 0] += 1 }
                }
                continue
            }
            if let langs = (c == .arabicLetter ? LanguageProfiles.arabicScriptLetters[v] : LanguageProfiles.latinLetters[v]) {
                let w = 1.0 / Double(langs.count)
                for l in langs { letterEvidence[l, default: 0] += w }
            }
        }
        endWord()
        guard letters >= 3, let (script, count) = scripts.max(by: { $0.value < $1.value }) else {
            return LanguageGuess(language: "und", confidence: 0)
        }
        let scriptShare = Double(count) / Double(letters)
        switch script {
        case .arabic:
            return decide(words: words, lists: arabicWordSets, letterEvidence: letterEvidence,
                          candidates: ["ar", "fa", "ur", "ckb", "ps"], scriptShare: scriptShare, fallback: "ar")
        case .latin:
            return decide(words: words, lists: latinWordSets, letterEvidence: letterEvidence,
                          candidates: Array(LanguageProfiles.latinWords.keys).sorted(), scriptShare: scriptShare, fallback: nil)
        case .cyrillic:
            let ukrainian = text.unicodeScalars.contains { [0x0456, 0x0457, 0x0454, 0x0491, 0x0406, 0x0407, 0x0404].contains($0.value) }
            return LanguageGuess(language: ukrainian ? "uk" : "ru", confidence: scriptShare * amount(Double(count) / 4))
        case .other(let code):
            // Japanese mixes kanji with kana: any kana makes Han-script text Japanese.
            if code == "zh", let kana = scripts[.other("ja")], kana > 0 {
                return LanguageGuess(language: "ja", confidence: Double(count + kana) / Double(letters) * amount(Double(count + kana) / 4))
            }
            return LanguageGuess(language: code, confidence: scriptShare * amount(Double(count) / 4))
        }
    }

    static let arabicWordSets: [String: Set<String>] = LanguageProfiles.arabicScriptWords.mapValues(Set.init)
    static let latinWordSets: [String: Set<String>] = LanguageProfiles.latinWords.mapValues(Set.init)

    /// 0 for no evidence, approaching 1 as evidence grows (0.63 at 3 points, 0.86 at 6).
    static func amount(_ evidence: Double) -> Double { 1 - exp(-evidence / 3) }

    static func decide(words: [String], lists: [String: Set<String>], letterEvidence: [String: Double],
                       candidates: [String], scriptShare: Double, fallback: String?) -> LanguageGuess {
        var score: [String: Double] = [:]
        for w in words {
            for (lang, set) in lists where set.contains(w) { score[lang, default: 0] += 2 }
            // The Arabic article: Persian, Urdu and Kurdish write it only in Arabic loan phrases.
            if candidates.first == "ar" && w.unicodeScalars.count >= 4 && w.hasPrefix("ال") { score["ar", default: 0] += 0.5 }
        }
        for (lang, e) in letterEvidence where candidates.contains(lang) { score[lang, default: 0] += e }
        let total = score.values.reduce(0, +)
        guard total > 0, let best = candidates.max(by: { (score[$0] ?? 0, $1) < (score[$1] ?? 0, $0) }),
              (score[best] ?? 0) > 0 else {
            if let fallback { return LanguageGuess(language: fallback, confidence: 0.5 * scriptShare) }
            return LanguageGuess(language: "und", confidence: 0)
        }
        // Confidence: how far the winner is ahead of the runner-up, times how much evidence it has.
        let top = score[best] ?? 0
        let second = candidates.filter { $0 != best }.map { score[$0] ?? 0 }.max() ?? 0
        return LanguageGuess(language: best, confidence: min(1, top / (top + second) * scriptShare * amount(top)))
    }

    enum Script: Hashable {
        case arabic, latin, cyrillic, other(String)

        static func of(_ v: UInt32, _ c: CharClass) -> Script {
            if c == .arabicLetter { return .arabic }
            if c == .latinLetter { return .latin }
            switch v {
            case 0x0400...0x052F: return .cyrillic
            case 0x0370...0x03FF, 0x1F00...0x1FFF: return .other("el")
            case 0x0590...0x05FF: return .other("he")
            case 0x0900...0x097F: return .other("hi")
            case 0x0980...0x09FF: return .other("bn")
            case 0x0E00...0x0E7F: return .other("th")
            case 0x0530...0x058F: return .other("hy")
            case 0x10A0...0x10FF: return .other("ka")
            case 0x3040...0x30FF: return .other("ja")
            case 0xAC00...0xD7AF, 0x1100...0x11FF: return .other("ko")
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: return .other("zh")
            case 0x0700...0x074F: return .other("syr")
            case 0x1200...0x137F: return .other("am")
            default: return .other("und")
            }
        }
    }
}
