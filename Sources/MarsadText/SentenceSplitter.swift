/// Splits text into sentences: code point ranges, trimmed of surrounding whitespace, in order.
///
/// Boundaries are line breaks (paragraphs) and sentence-final punctuation (. ! ? ؟ … ۔ and runs of
/// them), with the closing quotes and brackets that follow a stop kept in the sentence. A stop is not
/// a boundary
/// - between digits (3.5, 1.200) or directly before a letter of a Latin word (jawharafm.net, U.S);
/// - after an abbreviation: English titles, months and dotted abbreviations (Mr., Dr., Jan., e.g.,
///   U.S.), a single Latin capital (an initial), or a single Arabic letter (د. before a name) —
///   except the era markers م (AD) and هـ (AH) after a year, which end a sentence;
/// - when a Latin lowercase word follows;
/// - inside a short quotation (its closing quote comes within `quotationLimit` code points on the
///   same line), unless the quotation closes right after the stop.
/// Fragments without a letter or digit (". ." debris) are attached to the preceding sentence of the
/// same paragraph, never returned alone.
public enum SentenceSplitter {
    /// The longest quotation (from a stop inside it to its closing quote) that is kept as one sentence.
    static let quotationLimit = 300

    public static func split(_ text: String) -> [Range<Int>] {
        let s = text.withUTF8Buffer { p -> [UInt32] in
            var out: [UInt32] = []
            out.reserveCapacity(p.count)
            var i = 0
            while i < p.count {
                let b = p[i]
                if b < 0x80 { out.append(UInt32(b)); i += 1 } else { let (v, l) = decodeScalar(p, i); out.append(v); i += l }
            }
            return out
        }
        return s.withUnsafeBufferPointer { split(codePoints: $0) }
    }

    @inline(__always) static func isLineBreak(_ v: UInt32) -> Bool {
        v == 0x0A || v == 0x0D || v == 0x0B || v == 0x0C || v == 0x85 || v == 0x2028 || v == 0x2029
    }
    @inline(__always) static func isStop(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x061F, 0x06D4, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF0E, 0xFF1F, 0x3002: return true
        default: return false
        }
    }
    @inline(__always) static func isOpeningQuote(_ v: UInt32) -> Bool { v == 0x201C || v == 0xAB || v == 0x201E || v == 0x2039 }
    @inline(__always) static func isClosingQuote(_ v: UInt32) -> Bool { v == 0x201D || v == 0xBB || v == 0x203A }
    /// What may follow a stop and still belong to its sentence.
    @inline(__always) static func isClosingAfterStop(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x201D, 0xBB, 0x2019, 0x203A, 0x29, 0x5D, 0x7D, 0xFD3E, 0xFD3F: return true
        default: return false
        }
    }
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return v == 0x20 || v == 0x09 }
        return v == 0xA0 || (0x2000...0x200F).contains(v) || v == 0x202F || v == 0x205F || v == 0x3000
            || v == 0xFEFF || v == 0x061C || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static let titleAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
        "Adm", "Sgt", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Messrs", "Mme", "Mlle",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "vs", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Fig", "Vol", "approx", "est", "cf", "al",
    ]

    static func split(codePoints s: UnsafeBufferPointer<UInt32>) -> [Range<Int>] {
        let n = s.count
        var sentences: [Range<Int>] = []
        var paragraphStart = 0     // sentences before this index are in an earlier paragraph
        var start = 0
        var quoteOpen = false      // inside a quotation opened on this line
        var asciiQuoteOpen = false

        func close(_ end: Int) {
            var a = start, b = end
            while a < b && (isSpace(s[a]) || isLineBreak(s[a])) { a += 1 }
            while b > a && (isSpace(s[b - 1]) || isLineBreak(s[b - 1])) { b -= 1 }
            start = end
            guard a < b else { return }
            var content = false
            for k in a..<b {
                let c = CharClass.of(s[k])
                if c == .arabicLetter || c == .latinLetter || c == .otherLetter || c == .digit { content = true; break }
            }
            if content {
                sentences.append(a..<b)
            } else if let last = sentences.last, last.upperBound > paragraphStart {
                sentences[sentences.count - 1] = last.lowerBound..<b   // debris stays with its sentence
            }
        }

        var i = 0
        while i < n {
            let v = s[i]
            if isLineBreak(v) {
                close(i)
                start = i + 1
                paragraphStart = i + 1
                quoteOpen = false; asciiQuoteOpen = false
                i += 1
                continue
            }
            if isOpeningQuote(v) { quoteOpen = true }
            else if isClosingQuote(v) { quoteOpen = false }
            else if v == 0x22 { asciiQuoteOpen.toggle() }
            guard isStop(v) else { i += 1; continue }

            // The stop run: further stops, ". ." debris, then closing quotes and brackets.
            var j = i + 1
            while j < n {
                if isStop(s[j]) { j += 1; continue }
                if isSpace(s[j]) && j + 1 < n && isStop(s[j + 1]) && (s[j + 1] == 0x2E) && v == 0x2E { j += 2; continue }
                break
            }
            var closedQuote = false
            while j < n && isClosingAfterStop(s[j]) {
                if isClosingQuote(s[j]) { quoteOpen = false; closedQuote = true }
                if s[j] == 0x22 { if asciiQuoteOpen { closedQuote = true }; asciiQuoteOpen.toggle() }
                j += 1
            }
            if isBoundary(s, stop: i, runEnd: j, quoteOpen: (quoteOpen || asciiQuoteOpen) && !closedQuote,
                          asciiQuote: asciiQuoteOpen) {
                close(j)
                quoteOpen = false; asciiQuoteOpen = false
            }
            i = j
        }
        close(n)
        return sentences
    }

    /// Whether the stop run `[stop, runEnd)` ends a sentence.
    static func isBoundary(_ s: UnsafeBufferPointer<UInt32>, stop: Int, runEnd: Int, quoteOpen: Bool, asciiQuote: Bool) -> Bool {
        let n = s.count
        let v = s[stop]
        // What follows: the next visible scalar, and whether whitespace came first.
        var k = runEnd
        while k < n && isSpace(s[k]) { k += 1 }
        if k >= n || isLineBreak(s[k]) { return true }
        let next = s[k], nextClass = CharClass.of(next)
        let spaced = k > runEnd

        if v == 0x2E && runEnd == stop + 1 {
            // Decimal or thousands separator: 3.5, 1.200
            if !spaced && nextClass == .digit && stop > 0 && CharClass.of(s[stop - 1]) == .digit { return false }
            // The word before the stop (letters, marks and inner dots: e.g, U.S).
            var w = stop
            while w > 0 {
                let c = CharClass.of(s[w - 1])
                if c == .arabicLetter || c == .latinLetter || c == .otherLetter || c == .mark { w -= 1; continue }
                if s[w - 1] == 0x2E && w >= 2 && CharClass.of(s[w - 2]) == .latinLetter { w -= 1; continue }
                break
            }
            let word = Array(s[w..<stop])
            if !word.isEmpty {
                let first = CharClass.of(word[0])
                if first == .latinLetter {
                    if !spaced && (nextClass == .latinLetter || nextClass == .digit) { return false } // domain, U.S
                    if word.contains(0x2E) { return false }                                          // e.g., U.S.
                    if word.count == 1 && (0x41...0x5A).contains(word[0]) { return false }           // initial
                    var str = String.UnicodeScalarView()
                    for x in word { str.append(Unicode.Scalar(x)!) }
                    if titleAbbreviations.contains(String(str)) { return false }
                } else if first == .arabicLetter {
                    let letters = word.filter { $0 != 0x0640 && CharClass.of($0) == .arabicLetter }
                    if letters.count == 1 {
                        // Era marker after a year (1990 م. / ١٤٣٨هـ.) ends the sentence; any other single
                        // letter is an abbreviation (د. for doctor, أ. for professor).
                        let isEra = letters[0] == 0x0645 || letters[0] == 0x0647
                        var b = w
                        while b > 0 && isSpace(s[b - 1]) { b -= 1 }
                        let afterYear = b > 0 && (CharClass.of(s[b - 1]) == .digit
                            || (s[b - 1] == 0x2E && b >= 2 && s[b - 2] == 0x0642))   // ق.م
                        if !(isEra && afterYear) { return false }
                    }
                }
            }
            if !spaced && (nextClass == .latinLetter || nextClass == .otherLetter) { return false }
        }
        // A lowercase Latin word after the stop continues the sentence ("Are you?" he asked).
        if nextClass == .latinLetter, let sc = Unicode.Scalar(next), sc.properties.isLowercase { return false }
        // Inside a short quotation that goes on after this stop: not a boundary.
        if quoteOpen {
            var q = runEnd
            let limit = min(n, runEnd + quotationLimit)
            while q < limit && !isLineBreak(s[q]) {
                let x = s[q]
                if isClosingQuote(x) || (asciiQuote && x == 0x22) { return false }
                if isOpeningQuote(x) { break }
                q += 1
            }
        }
        return true
    }
}
