import MarsadText

/// Finds machine-translation and scraping damage in a text and reports it as `quality` flags with spans.
/// Each check is a single pass over scalars or tokens; none changes the text.
public struct QualityInspector: Sendable {
    public init() {}

    public func inspect(scalars: ScalarText, tokens: [Token]) -> [QualityFlag] {
        var flags: [QualityFlag] = []
        flags += StopDamage.find(in: scalars.scalars)
        flags += SplitQuotation.find(in: scalars.scalars)
        flags += BrokenSentence.find(in: scalars, tokens: tokens)
        flags += SelfCoordination.find(in: scalars, tokens: tokens)
        flags += EncodingDamage.find(in: scalars.scalars)
        flags.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return flags
    }
}

/// Sentence punctuation, Latin and Arabic.
enum Punct {
    static func isStop(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" || s == "؟" }
    static func isComma(_ s: Unicode.Scalar) -> Bool { s == "،" || s == "," || s == "؛" || s == ";" }
    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{00A0}" || s == "\t" }
    static func isClosingQuote(_ s: Unicode.Scalar) -> Bool { s == "”" || s == "»" || s == "\"" || s == "’" }
    static func isOpeningQuote(_ s: Unicode.Scalar) -> Bool { s == "“" || s == "«" || s == "\"" || s == "‘" }
}

/// Stray repeated stops ("السلام. . التعايش", "قال.. .") and stops run into commas ("،." / ".،").
/// A bare ".." or "..." with no space is a writer's ellipsis (common in Arabic headlines) and is left alone.
enum StopDamage {
    static func find(in s: [Unicode.Scalar]) -> [QualityFlag] {
        var out: [QualityFlag] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "." {
                var j = i + 1, sawSpace = false
                while j < s.count, Punct.isSpace(s[j]) { j += 1; sawSpace = true }
                if j < s.count, s[j] == ".", sawSpace {
                    var end = j + 1
                    while end < s.count, s[end] == "." || Punct.isSpace(s[end]) { end += 1 }
                    while end > j + 1, Punct.isSpace(s[end - 1]) { end -= 1 }
                    out.append(QualityFlag(kind: "double-stop", start: i, end: end, note: "stray repeated full stop"))
                    i = end
                    continue
                }
                if j < s.count, Punct.isComma(s[j]), j == i + 1 {
                    out.append(QualityFlag(kind: "punctuation-run", start: i, end: j + 1, note: "full stop run into a comma"))
                }
            } else if Punct.isComma(c), i + 1 < s.count, s[i + 1] == "." {
                out.append(QualityFlag(kind: "punctuation-run", start: i, end: i + 2, note: "comma run into a full stop"))
            }
            i += 1
        }
        return out
    }
}

/// One quotation cut in two by a full stop: `… ذلك”. “لديها …`, `… that.” “has …`.
/// Real consecutive quotations are separated by attribution ("he said"), not by a bare stop.
enum SplitQuotation {
    static func find(in s: [Unicode.Scalar]) -> [QualityFlag] {
        var out: [QualityFlag] = []
        var i = 0
        while i < s.count {
            // close-quote then stop, or stop then close-quote
            var j = i
            var closeAt = -1
            if Punct.isClosingQuote(s[j]), j + 1 < s.count, Punct.isStop(s[j + 1]) { closeAt = j; j += 2 }
            else if Punct.isStop(s[j]), j + 1 < s.count, Punct.isClosingQuote(s[j + 1]) { closeAt = j; j += 2 }
            if closeAt >= 0 {
                var k = j
                while k < s.count, Punct.isSpace(s[k]) { k += 1 }
                if k < s.count, k > j || s[k] != "\"", Punct.isOpeningQuote(s[k]), k + 1 < s.count, s[k + 1].properties.isAlphabetic {
                    out.append(QualityFlag(kind: "broken-quote", start: closeAt, end: k + 1,
                                           note: "a quotation split in two by a full stop"))
                    i = k + 1
                    continue
                }
            }
            i += 1
        }
        return out
    }
}

/// A sentence stopped mid-phrase: in Latin script a stop followed by a lowercase word; in Arabic a stop
/// after a clause of one to three words that follows a comma, followed by a bare definite noun that
/// continues the phrase ("، وحثت الطرفين. الصراع على …"): the shape a misplaced stop leaves.
enum BrokenSentence {
    static func find(in text: ScalarText, tokens: [Token]) -> [QualityFlag] {
        var out: [QualityFlag] = []
        let s = text.scalars
        for (n, tok) in tokens.enumerated() where tok.kind == .punctuation && tok.end - tok.start == 1 && s[tok.start] == "." {
            guard n + 1 < tokens.count, n >= 1 else { continue }
            let next = tokens[n + 1], prev = tokens[n - 1]
            // only a stop inside a line: a paragraph break is never "mid-phrase"
            if s[tok.end..<next.start].contains("\n") { continue }
            switch next.kind {
            case .latinWord:
                guard let first = s[next.start].properties.isLowercase ? s[next.start] : nil, first.isASCII,
                      prev.kind == .latinWord, prev.end - prev.start > 3 else { continue }
                out.append(QualityFlag(kind: "broken-sentence", start: prev.start, end: next.end,
                                       note: "a full stop inside a sentence"))
            case .arabicWord:
                guard next.end - next.start >= 4, s[next.start] == "ا", s[next.start + 1] == "ل" else { continue }
                // words since the last comma/stop before this stop
                var words = 0, m = n - 1, afterComma = false
                while m >= 0 {
                    let t = tokens[m]
                    if t.kind == .punctuation {
                        let c = s[t.start]
                        if Punct.isComma(c) { afterComma = true }
                        break
                    }
                    if t.kind == .arabicWord { words += 1 }
                    m -= 1
                }
                guard afterComma, (1...3).contains(words) else { continue }
                out.append(QualityFlag(kind: "broken-sentence", start: prev.start, end: next.end,
                                       note: "a full stop inside a phrase; the next words continue it"))
            default:
                continue
            }
        }
        return out
    }
}

/// A word coordinated with itself ("الملاجئ والملاجئ", "shelters and shelters"): a translation or
/// editing slip where two different words became one.
enum SelfCoordination {
    static func find(in text: ScalarText, tokens: [Token]) -> [QualityFlag] {
        var out: [QualityFlag] = []
        var i = 0
        while i + 1 < tokens.count {
            let a = tokens[i], b = tokens[i + 1]
            if a.kind == .arabicWord, b.kind == .arabicWord, b.end - b.start == a.end - a.start + 1,
               text.scalars[b.start] == "و" || text.scalars[b.start] == "ف",
               Normalizer.fold(text[a.start..<a.end]) == Normalizer.fold(text[(b.start + 1)..<b.end]),
               a.end - a.start >= 3 {
                out.append(QualityFlag(kind: "self-coordination", start: a.start, end: b.end,
                                       note: "the same word coordinated with itself"))
            } else if a.kind == .latinWord, i + 2 < tokens.count, b.kind == .latinWord,
                      ["and", "or"].contains(text[b.start..<b.end].lowercased()),
                      tokens[i + 2].kind == .latinWord, a.end - a.start >= 3,
                      text[a.start..<a.end].lowercased() == text[tokens[i + 2].start..<tokens[i + 2].end].lowercased() {
                out.append(QualityFlag(kind: "self-coordination", start: a.start, end: tokens[i + 2].end,
                                       note: "the same word coordinated with itself"))
            }
            i += 1
        }
        return out
    }
}

/// Replacement characters and UTF-8 read as Latin-1/cp1252 ("Ø§Ù„" for "ال"): text damaged before it reached us.
enum EncodingDamage {
    static func find(in s: [Unicode.Scalar]) -> [QualityFlag] {
        var out: [QualityFlag] = []
        var i = 0
        while i < s.count {
            let isBad = s[i] == "\u{FFFD}" || ((s[i] == "Ø" || s[i] == "Ù" || s[i] == "Ã") && i + 1 < s.count && isWindows1252High(s[i + 1]))
            if isBad {
                var j = i + 1
                while j < s.count, s[j] == "\u{FFFD}" || isWindows1252High(s[j]) { j += 1 }
                out.append(QualityFlag(kind: "encoding-damage", start: i, end: j, note: "characters lost or mis-decoded before extraction"))
                i = j
            } else { i += 1 }
        }
        return out
    }

    /// A character that a byte 0x80–0xFF becomes when UTF-8 is read as windows-1252 / Latin-1.
    static func isWindows1252High(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x80...0xFF, 0x152, 0x153, 0x160, 0x161, 0x178, 0x17D, 0x17E, 0x192, 0x2C6, 0x2DC,
             0x2013, 0x2014, 0x2018...0x201E, 0x2020...0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122:
            return true
        default:
            return false
        }
    }
}
