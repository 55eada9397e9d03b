import MarsadKnowledge

/// One word of English text for the event stage: its code point span, its `EnglishFold` key (lower case,
/// apostrophes dropped: "didn't" → "didnt"), and what stands before it.
struct EnglishToken: Sendable {
    let start: Int
    let end: Int
    let key: String
    let capital: Bool
    /// Punctuation other than a hyphen stands between this word and the one before.
    let breakBefore: Bool
    /// A comma, colon or quotation mark stands right before the word (a clause boundary).
    let clauseBefore: Bool
    /// Value of a word of digits ("18", "2024").
    let digits: Int?

    /// The words of `scalars[range]`.
    static func scan(_ s: [Unicode.Scalar], in range: Range<Int>) -> [EnglishToken] {
        var out: [EnglishToken] = []
        var i = range.lowerBound
        var sawBreak = true, sawClause = true
        while i < range.upperBound {
            let u = s[i]
            guard EnglishFold.letter(u) != nil else {
                switch u.value {
                case 0x2D where i > range.lowerBound && i + 1 < range.upperBound && s[i - 1] == " " && s[i + 1] == " ":
                    sawBreak = true; sawClause = true      // " - " is a dash, not a hyphen
                case 0x20, 0x2D, 0xA0, 0x2010, 0x2011, 0x0A, 0x09: break
                // a plural's possessive apostrophe is no break: "the Palestinian Prisoners' Society"
                case 0x27, 0x2019 where i > range.lowerBound && (s[i - 1] == "s" || s[i - 1] == "S")
                                       && (i + 1 == range.upperBound || s[i + 1] == " "): break
                case 0x2C, 0x3A, 0x3B, 0x22, 0x201C, 0x201D, 0x2014, 0x2013, 0x28, 0x29: sawBreak = true; sawClause = true
                default: sawBreak = true
                }
                i += 1
                continue
            }
            let start = i
            var j = i
            while j < range.upperBound {
                if EnglishFold.letter(s[j]) != nil { j += 1; continue }
                if EnglishFold.isJoiner(s[j]), j + 1 < range.upperBound, EnglishFold.letter(s[j + 1]) != nil,
                   s[j] != "." || (j - start == 1) { j += 1; continue }     // "U.S." but not "Yemen.The"
                break
            }
            var end = j
            if end < range.upperBound, s[end] == ".", end - start >= 2, s[end - 2] == "." { end += 1 }
            var possessive = false
            if end - start > 2, s[end - 1] == "s" || s[end - 1] == "S", EnglishFold.isJoiner(s[end - 2]), s[end - 2] != "." {
                end -= 2; possessive = true
            }
            var key: [UInt8] = []
            var allDigits = true
            for k in start..<end {
                if let b = EnglishFold.letter(s[k]) { key.append(b); if b > 0x39 { allDigits = false } }
            }
            let c = s[start].value
            // ("al-Shabaab", "el-Sisi": the article of an Arabic name, written small before its capital, opens a name)
            let arabicArticle = end - start == 2 && (c == 0x61 || c == 0x65) && s[start + 1] == "l" && end + 1 < range.upperBound
                && s[end] == "-" && (0x41...0x5A).contains(s[end + 1].value)
            out.append(EnglishToken(start: start, end: end, key: String(decoding: key, as: UTF8.self),
                                    capital: (0x41...0x5A).contains(c) || (0xC0...0xDE).contains(c) || arabicArticle,
                                    breakBefore: sawBreak, clauseBefore: sawClause,
                                    digits: allDigits && key.count <= 9 ? Int(String(decoding: key, as: UTF8.self)) : nil))
            sawBreak = false; sawClause = false
            i = possessive ? end + 2 : max(j, end)
        }
        return out
    }
}
