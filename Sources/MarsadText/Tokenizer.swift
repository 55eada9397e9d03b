public enum TokenKind: UInt8, Sendable { case arabicWord, latinWord, number, punctuation, quote, symbol }

/// A token: its kind and code point range `[start, end)` in the text it came from.
public struct Token: Sendable, Equatable {
    public let kind: TokenKind
    public let start: Int
    public let end: Int

    public init(kind: TokenKind, start: Int, end: Int) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    public var range: Range<Int> { start..<end }
}

/// Splits text into tokens with code point offsets, in one pass over the UTF-8 bytes.
///
/// - Arabic words: runs of Arabic-script letters with their diacritics and tatweel; a zero-width
///   (non-)joiner inside a word (Persian می‌خواهم) does not split it.
/// - Latin words (`latinWord` also covers Greek, Cyrillic and other alphabetic scripts): letters and
///   digits, with an inner apostrophe (don't, O’Brien) or hyphen (al-Assad, F-16) when a letter or
///   digit follows.
/// - Numbers: digits of any script with inner `.` `,` `٫` `٬` `:` `/` `-` between digits
///   (3.5, 1,200, 2023-09-19, 10:30, ٢٠٢٣) and a directly following `%`, `٪` or `‰`.
/// - Quotes: every quotation mark is its own token (" ' “ ” « » ‘ ’ „ ‹ ›).
/// - Punctuation: a run of the same mark is one token ("...", "!!"); otherwise one mark per token.
/// - Symbols: everything else that is not whitespace or an invisible format character.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        text.withUTF8Buffer { tokenize(utf8: $0) }
    }

    /// Class, value and byte length of the scalar at byte `j`.
    @inline(__always)
    static func classAt(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ table: FrozenTable<CharClass>) -> (CharClass, UInt32, Int) {
        let b = p[j]
        if b < 0x80 { return (table[Int(b)], UInt32(b), 1) }
        if b < 0xE0 {
            let v = (UInt32(b & 0x1F) << 6) | UInt32(p[j + 1] & 0x3F)
            return (table[Int(v)], v, 2)
        }
        let (v, len) = decodeScalar(p, j)
        return (CharClass.high(v), v, len)
    }

    /// Byte length and scalar count of a run of ignorables at byte `j`, and the class after it.
    static func skipIgnorables(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ table: FrozenTable<CharClass>) -> (CharClass?, Int, Int) {
        var k = j, skipped = 0
        while k < p.count {
            let (c, _, len) = classAt(p, k, table)
            if c != .ignorable { return (c, k - j, skipped) }
            k += len; skipped += 1
        }
        return (nil, k - j, skipped)
    }

    static func tokenize(utf8 p: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(p.count / 8 + 4)
        let n = p.count
        var i = 0, cp = 0
        let table = CharClass.table
        do {
            while i < n {
                let (c, v, len) = classAt(p, i, table)
                let start = cp
                switch c {
                case .space, .ignorable, .mark:
                    i += len; cp += 1
                case .arabicLetter:
                    i += len; cp += 1
                    while i < n {
                        let b = p[i]
                        // Arabic letters and harakat (U+0600–U+07FF) directly from their two bytes.
                        if b >= 0xD8 && b < 0xE0 && i + 1 < n {
                            let c2 = table[Int((UInt32(b & 0x1F) << 6) | UInt32(p[i + 1] & 0x3F))]
                            if c2 == .arabicLetter || c2 == .mark { i += 2; cp += 1; continue }
                            break
                        }
                        if b < 0x80 { break }
                        let (c2, _, l2) = classAt(p, i, table)
                        if c2 == .arabicLetter || c2 == .mark { i += l2; cp += 1; continue }
                        if c2 == .ignorable {
                            let (after, bytes, count) = skipIgnorables(p, i, table)
                            if after == .arabicLetter { i += bytes; cp += count; continue }
                        }
                        break
                    }
                    tokens.append(Token(kind: .arabicWord, start: start, end: cp))
                case .latinLetter, .otherLetter:
                    i += len; cp += 1
                    while i < n {
                        let (c2, v2, l2) = classAt(p, i, table)
                        if c2 == .latinLetter || c2 == .otherLetter || c2 == .mark || c2 == .digit {
                            i += l2; cp += 1; continue
                        }
                        if i + l2 < n {
                            if v2 == 0x27 || v2 == 0x2019 {           // apostrophe inside a word
                                let (c3, _, l3) = classAt(p, i + l2, table)
                                if c3 == .latinLetter || c3 == .otherLetter { i += l2 + l3; cp += 2; continue }
                            } else if v2 == 0x2D || v2 == 0x2010 || v2 == 0x2011 { // inner hyphen
                                let (c3, _, l3) = classAt(p, i + l2, table)
                                if c3 == .latinLetter || c3 == .otherLetter || c3 == .digit { i += l2 + l3; cp += 2; continue }
                            } else if c2 == .ignorable {
                                let (after, bytes, count) = skipIgnorables(p, i, table)
                                if after == .latinLetter || after == .otherLetter { i += bytes; cp += count; continue }
                            }
                        }
                        break
                    }
                    tokens.append(Token(kind: .latinWord, start: start, end: cp))
                case .digit:
                    i += len; cp += 1
                    while i < n {
                        let (c2, v2, l2) = classAt(p, i, table)
                        if c2 == .digit { i += l2; cp += 1; continue }
                        switch v2 {
                        case 0x2E, 0x2C, 0x066B, 0x066C, 0x3A, 0x2F, 0x2D:
                            if i + l2 < n {
                                let (c3, _, l3) = classAt(p, i + l2, table)
                                if c3 == .digit { i += l2 + l3; cp += 2; continue }
                            }
                        default: break
                        }
                        break
                    }
                    if i < n {
                        let (_, v2, l2) = classAt(p, i, table)
                        if v2 == 0x25 || v2 == 0x066A || v2 == 0x2030 { i += l2; cp += 1 }
                    }
                    tokens.append(Token(kind: .number, start: start, end: cp))
                case .quote:
                    i += len; cp += 1
                    tokens.append(Token(kind: .quote, start: start, end: cp))
                case .punctuation:
                    i += len; cp += 1
                    while i < n {
                        let (_, v2, l2) = classAt(p, i, table)
                        if v2 != v { break }
                        i += l2; cp += 1
                    }
                    tokens.append(Token(kind: .punctuation, start: start, end: cp))
                case .symbol:
                    i += len; cp += 1
                    tokens.append(Token(kind: .symbol, start: start, end: cp))
                }
            }
        }
        return tokens
    }
}
