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
        text.withUTF8Buffer { p in
            var scan = Scan(p: p, table: CharClass.table)
            return scan.run()
        }
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

    /// Names of the Latin letters as Arabic news spells them in acronyms (سي إن إن, إف بي آي).
    static let latinLetterNames: Set<String> = [
        "إيه", "ايه", "أيه", "بي", "سي", "دي", "إي", "اي", "إف", "اف", "جي", "إتش", "اتش", "آي", "أي",
        "جيه", "كيه", "كي", "إل", "ال", "إم", "ام", "إن", "ان", "أو", "او", "كيو", "آر", "ار", "إس", "اس",
        "تي", "يو", "في", "دبليو", "إكس", "اكس", "واي", "زد", "زي",
    ]

    static let titleAbbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
        "Adm", "Sgt", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Messrs", "Mme", "Mlle",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "vs", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ", "Fig", "Vol", "approx", "est", "cf", "al",
    ]

    /// Bytes worth a look: line breaks, stops and quotes are ASCII or start with one of these lead
    /// bytes (C2 « » NEL, DB ۔, E2 general punctuation, E3 。, EF full-width forms); ؟ (D8 9F) is found
    /// by its second byte. Everything else (Arabic and Latin letters) is skipped a byte at a time.
    static let interesting = FrozenTable((0..<256).map { b -> UInt8 in
        [0x0A, 0x0B, 0x0C, 0x0D, 0x21, 0x22, 0x2E, 0x3F, 0x9F, 0xC2, 0xDB, 0xE2, 0xE3, 0xEF].contains(b) ? 1 : 0
    })

    /// One pass over the UTF-8 bytes. Code point offsets are counted only where needed.
    struct Scan {
        let p: UnsafeBufferPointer<UInt8>
        let table: FrozenTable<CharClass>
        var sentences: [Range<Int>] = []
        var paragraphStart = 0                    // code point: sentences before it are in an earlier paragraph
        var startByte = 0, startCP = 0            // the open sentence
        var cursorByte = 0, cursorCP = 0          // code point count up to cursorByte
        var quoteOpen = false, asciiQuoteOpen = false

        init(p: UnsafeBufferPointer<UInt8>, table: FrozenTable<CharClass>) {
            self.p = p
            self.table = table
        }

        @inline(__always) func scalar(at j: Int) -> (UInt32, Int) {
            let b = p[j]
            if b < 0x80 { return (UInt32(b), 1) }
            return decodeScalar(p, j)
        }
        /// The scalar that ends just before byte `j`, and its first byte.
        @inline(__always) func scalar(before j: Int) -> (UInt32, Int) {
            var k = j - 1
            while k > 0 && p[k] & 0xC0 == 0x80 { k -= 1 }
            return (scalar(at: k).0, k)
        }
        @inline(__always) func charClass(_ v: UInt32) -> CharClass { v < 0x800 ? table[Int(v)] : CharClass.high(v) }

        /// Code point offset of byte `j` (never behind the last one asked for).
        mutating func cp(_ j: Int) -> Int {
            cursorCP += countScalars(from: cursorByte, to: j)
            cursorByte = j
            return cursorCP
        }
        func countScalars(from a: Int, to b: Int) -> Int {
            var n = 0, k = a
            // Eight bytes at a time: every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            while k + 8 <= b {
                let x = UnsafeRawPointer(p.baseAddress! + k).loadUnaligned(as: UInt64.self)
                let continuation = (x & ~(x << 1) & 0x8080_8080_8080_8080) >> 7   // 1 in each continuation byte
                n += 8 - Int(truncatingIfNeeded: (continuation &* 0x0101_0101_0101_0101) >> 56)
                k += 8
            }
            while k < b { if p[k] & 0xC0 != 0x80 { n += 1 }; k += 1 }
            return n
        }

        mutating func run() -> [Range<Int>] {
            let n = p.count
            var i = 0
            let interesting = SentenceSplitter.interesting
            do {
                while i < n {
                    // Skip eight uninteresting bytes at a time.
                    while i + 8 <= n {
                        let q = p.baseAddress! + i
                        let any = interesting[Int(q[0])] | interesting[Int(q[1])] | interesting[Int(q[2])] | interesting[Int(q[3])]
                            | interesting[Int(q[4])] | interesting[Int(q[5])] | interesting[Int(q[6])] | interesting[Int(q[7])]
                        if any != 0 { break }
                        i += 8
                    }
                    guard i < n else { break }
                    let b = p[i]
                    if interesting[Int(b)] == 0 { i += 1; continue }
                    if b == 0x9F {                               // ؟ is D8 9F
                        if i > 0 && p[i - 1] == 0xD8 { stop(at: i - 1, value: 0x061F, length: 2, next: &i) } else { i += 1 }
                        continue
                    }
                    let (v, len) = scalar(at: i)
                    if isLineBreak(v) {
                        close(endByte: i, endCP: cp(i))
                        startByte = i + len; startCP = cursorCP + 1
                        paragraphStart = startCP
                        quoteOpen = false; asciiQuoteOpen = false
                        i += len
                        continue
                    }
                    if isOpeningQuote(v) { quoteOpen = true }
                    else if isClosingQuote(v) { quoteOpen = false }
                    else if v == 0x22 {
                        switch asciiQuoteRole(at: i) {
                        case .opening: asciiQuoteOpen = true
                        case .closing: asciiQuoteOpen = false
                        case .ambiguous: asciiQuoteOpen.toggle()
                        }
                    }
                    if isStop(v) { stop(at: i, value: v, length: len, next: &i) } else { i += len }
                }
            }
            close(endByte: n, endCP: cp(n))
            return sentences
        }

        /// A stop at byte `i`: takes in the rest of its run and decides whether the sentence ends.
        mutating func stop(at i: Int, value v: UInt32, length len: Int, next: inout Int) {
            let n = p.count
            // The stop run: further stops, ". ." debris, then closing quotes and brackets.
            var j = i + len
            while j < n {
                let (x, l) = scalar(at: j)
                if isStop(x) { j += l; continue }
                if v == 0x2E && isSpace(x) && j + l < n && p[j + l] == 0x2E { j += l + 1; continue }
                break
            }
            var closedQuote = false
            while j < n {
                let (x, l) = scalar(at: j)
                guard isClosingAfterStop(x) else { break }
                if isClosingQuote(x) { quoteOpen = false; closedQuote = true }
                if x == 0x22 { closedQuote = true; asciiQuoteOpen = false }
                j += l
            }
            if isBoundary(stop: i, stopValue: v, singleDot: v == 0x2E && j == i + 1, runEnd: j,
                          quoteOpen: (quoteOpen || asciiQuoteOpen) && !closedQuote) {
                let endCP = cp(j)
                close(endByte: j, endCP: endCP)
                startByte = j; startCP = endCP
                quoteOpen = false; asciiQuoteOpen = false
            }
            next = j
        }

        /// Records the sentence from the open start to `endByte`, trimmed; content-less debris joins
        /// the previous sentence of the paragraph.
        mutating func close(endByte: Int, endCP: Int) {
            var a = startByte, aCP = startCP, b = endByte, bCP = endCP
            while a < b {
                let (x, l) = scalar(at: a)
                guard isSpace(x) || isLineBreak(x) else { break }
                a += l; aCP += 1
            }
            while b > a {
                let (x, k) = scalar(before: b)
                guard isSpace(x) || isLineBreak(x) else { break }
                b = k; bCP -= 1
            }
            guard a < b else { return }
            var content = false
            var k = a
            while k < b {
                let (x, l) = scalar(at: k)
                let c = charClass(x)
                if c == .arabicLetter || c == .latinLetter || c == .otherLetter || c == .digit { content = true; break }
                k += l
            }
            if content {
                sentences.append(aCP..<bCP)
            } else if let last = sentences.last, last.upperBound > paragraphStart {
                sentences[sentences.count - 1] = last.lowerBound..<bCP   // debris stays with its sentence
            }
        }

        enum QuoteRole { case opening, closing, ambiguous }

        /// Whether the ASCII quote at byte `i` opens or closes a quotation, from its neighbours: after
        /// space, a bracket or a colon and before a visible character it opens; after a visible
        /// character and before space or punctuation it closes.
        func asciiQuoteRole(at i: Int) -> QuoteRole {
            let before: UInt32? = i > 0 ? scalar(before: i).0 : nil
            let after: UInt32? = i + 1 < p.count ? scalar(at: i + 1).0 : nil
            let openSide = before.map { isSpace($0) || isLineBreak($0) || [0x28, 0x5B, 0x7B, 0x3A, 0xAB].contains($0) } ?? true
            let closeSide = after.map { x in
                isSpace(x) || isLineBreak(x) || (charClass(x) == .punctuation && x != 0x28 && x != 0x5B)
            } ?? true
            if openSide && !closeSide { return .opening }
            if closeSide && !openSide { return .closing }
            return .ambiguous
        }

        /// The letters of the Arabic word in `word` (letters only), as a string.
        func isLetterName(_ word: [UInt32]) -> Bool {
            var str = String.UnicodeScalarView()
            for x in word where charClass(x) == .arabicLetter && x != 0x0640 { str.append(Unicode.Scalar(x)!) }
            return SentenceSplitter.latinLetterNames.contains(String(str))
        }
        /// Whether the word starting at byte `k` is a Latin letter name.
        func nextIsLetterName(from k: Int) -> Bool {
            var j = k, word: [UInt32] = []
            while j < p.count {
                let (x, l) = scalar(at: j)
                let c = charClass(x)
                guard c == .arabicLetter || c == .mark else { break }
                word.append(x); j += l
            }
            return !word.isEmpty && isLetterName(word)
        }
        /// Whether the word ending at byte `w` follows "(" or another dotted letter name.
        func isLetterNameAcronymTail(before w: Int) -> Bool {
            var b = w
            while b > 0, case let (x, xs) = scalar(before: b), isSpace(x) { b = xs }
            guard b > 0 else { return false }
            let (x, xs) = scalar(before: b)
            if x == 0x28 { return true }
            guard x == 0x2E else { return false }
            var e = xs, word: [UInt32] = []
            while e > 0 {
                let (y, ys) = scalar(before: e)
                let c = charClass(y)
                guard c == .arabicLetter || c == .mark else { break }
                word.append(y); e = ys
            }
            return !word.isEmpty && isLetterName(word.reversed())
        }

        /// Whether the stop run `[stop, runEnd)` (bytes) ends a sentence.
        func isBoundary(stop: Int, stopValue v: UInt32, singleDot: Bool, runEnd: Int, quoteOpen: Bool) -> Bool {
            let n = p.count
            // What follows: the next visible scalar, and whether whitespace came first.
            var k = runEnd
            var next: UInt32 = 0
            while k < n {
                let (x, l) = scalar(at: k)
                if !isSpace(x) { next = x; break }
                k += l
            }
            if k >= n || isLineBreak(next) { return true }
            let nextClass = charClass(next)
            let spaced = k > runEnd

            if singleDot {
                let (before, _) = stop > 0 ? scalar(before: stop) : (0, 0)
                // Decimal or thousands separator: 3.5, 1.200
                if !spaced && nextClass == .digit && stop > 0 && charClass(before) == .digit { return false }
                // The word before the stop (letters, marks and inner dots: e.g, U.S).
                var w = stop
                var word: [UInt32] = []
                while w > 0 {
                    let (x, xs) = scalar(before: w)
                    let c = charClass(x)
                    if c == .arabicLetter || c == .latinLetter || c == .otherLetter || c == .mark { word.append(x); w = xs; continue }
                    if x == 0x2E && xs > 0 && charClass(scalar(before: xs).0) == .latinLetter { word.append(x); w = xs; continue }
                    break
                }
                word.reverse()
                if let first = word.first {
                    let firstClass = charClass(first)
                    if firstClass == .latinLetter {
                        if !spaced && (nextClass == .latinLetter || nextClass == .digit) { return false } // domain, U.S
                        if word.contains(0x2E) { return false }                                          // e.g., U.S.
                        if word.count == 1 && (0x41...0x5A).contains(first) { return false }             // initial
                        if word.count <= 6 {
                            var str = String.UnicodeScalarView()
                            for x in word { str.append(Unicode.Scalar(x)!) }
                            if titleAbbreviations.contains(String(str)) { return false }
                        }
                    } else if firstClass == .arabicLetter {
                        let letters = word.filter { $0 != 0x0640 && charClass($0) == .arabicLetter }
                        // Latin letters spelled in Arabic, dotted: (سي. إن. إن) CNN, دي. بي. إيه dpa.
                        if isLetterName(word) && (nextIsLetterName(from: k) || isLetterNameAcronymTail(before: w)) { return false }
                        if letters.count == 1 {
                            // Era marker after a year (1990 م. / ١٤٣٨هـ.) ends the sentence; any other single
                            // letter is an abbreviation (د. for doctor, أ. for professor).
                            let isEra = letters[0] == 0x0645 || letters[0] == 0x0647
                            var b = w
                            while b > 0, case let (x, xs) = scalar(before: b), isSpace(x) { b = xs }
                            var afterYear = false
                            if b > 0 {
                                let (x, xs) = scalar(before: b)
                                afterYear = charClass(x) == .digit || (x == 0x2E && xs > 0 && scalar(before: xs).0 == 0x0642) // ق.م
                            }
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
                var q = runEnd, seen = 0
                while q < n && seen < quotationLimit {
                    let (x, l) = scalar(at: q)
                    if isLineBreak(x) || isOpeningQuote(x) { break }
                    if isClosingQuote(x) { return false }
                    if x == 0x22 && asciiQuoteOpen {
                        // A quote that opens another quotation means this one was never closed.
                        if asciiQuoteRole(at: q) == .opening { break }
                        return false
                    }
                    q += l; seen += 1
                }
            }
            return true
        }
    }
}
