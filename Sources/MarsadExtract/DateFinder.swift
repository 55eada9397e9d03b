import MarsadText
/// Publication dates from what pages give: ISO strings, RFC 822 feed dates, dates in URLs, and
/// Arabic or English dates written in text ("19 سبتمبر 2023", "19 أيلول/سبتمبر 2023", "September 19, 2023").
/// Month names come from CLDR (English and the Arabic calendars of Egypt/Gulf, Levant/Iraq, Maghreb).
public enum DateFinder {
    /// Folded month name -> month number.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for line in MonthNameTable.raw.split(separator: "\n") {
            let parts = line.split(separator: "\t")
            if parts.count == 2, let m = Int(parts[1]) { table[fold(String(parts[0]))] = m }
        }
        return table
    }()

    /// Lower-cases Latin, unifies alef forms, alef maqsura/ya and ta marbuta/ha so spellings meet.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{0627}")
            case 0x0649: out.append("\u{064A}")
            case 0x0629: out.append("\u{0647}")
            case 0x064B...0x0652, 0x0640: continue   // harakat, tatweel
            case 0x41...0x5A: out.append(Unicode.Scalar(u.value + 32)!)
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// A structured date value (meta tag, JSON-LD, `<time datetime>`, feed field) as ISO 8601.
    /// ISO values are kept as found; other forms are converted (date and, for RFC 822, time).
    public static func normalize(_ raw: String) -> String? {
        let s = raw.trimmingSpaces()
        guard !s.isEmpty else { return nil }
        let u = Array(s.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= u.count else { return nil }
            var v = 0
            for k in r { guard u[k] >= 48 && u[k] <= 57 else { return nil }; v = v * 10 + Int(u[k] - 48) }
            return v
        }
        if let y = digits(0..<4), u.count >= 10, u[4] == u[7], u[4] == UInt8(ascii: "-") || u[4] == UInt8(ascii: "/") || u[4] == UInt8(ascii: "."),
           let m = digits(5..<7), let d = digits(8..<10), valid(y, m, d) {
            if u[4] == UInt8(ascii: "-") {
                // Keep ISO as found, with a space before the time turned into the standard "T".
                if u.count > 10, u[10] == 32, u.count >= 16, digits(11..<13) != nil { return String(s.prefix(10)) + "T" + String(s.dropFirst(11)) }
                return s
            }
            return iso(y, m, d)
        }
        if u.count == 8, let y = digits(0..<4), let m = digits(4..<6), let d = digits(6..<8), valid(y, m, d) { return iso(y, m, d) }
        if u.count == 10 || u.count == 13, let epoch = digits(0..<u.count) {
            let seconds = u.count == 13 ? epoch / 1000 : epoch
            let (y, m, d) = civil(days: seconds / 86400)
            if y >= 1995 && y <= 2100 { return iso(y, m, d) }
        }
        if let numeric = dayMonthYear(u) { return numeric }
        if let rfc = rfc822(s) { return rfc }
        return firstDate(inText: s)
    }

    /// "19/09/2023", "9.9.2023", "09-19-2023": numeric dates with the year last. Day-first and month-first
    /// orders both exist in the wild, so the date is read only when the numbers decide it (a part over
    /// 12 is the day, or both parts are equal); "07/08/2016" is left unread rather than guessed.
    static func dayMonthYear(_ u: [UInt8]) -> String? {
        var parts: [Int] = [], current = -1, separator: UInt8 = 0
        for b in u {
            if b >= 48 && b <= 57 { current = (current < 0 ? 0 : current) * 10 + Int(b - 48); continue }
            guard current >= 0, b == UInt8(ascii: "/") || b == UInt8(ascii: ".") || b == UInt8(ascii: "-"),
                  separator == 0 || separator == b, parts.count < 2 else { return nil }
            separator = b; parts.append(current); current = -1
        }
        guard current >= 1000, parts.count == 2, u.count <= 10 else { return nil }
        let (a, b, y) = (parts[0], parts[1], current)
        let (d, m): (Int, Int)
        if a == b || (a > 12 && b <= 12) { (d, m) = (a, b) } else if b > 12 && a <= 12 { (d, m) = (b, a) } else { return nil }
        return valid(y, m, d) ? iso(y, m, d) : nil
    }

    /// "Tue, 19 Sep 2023 11:42:00 +0300" (RSS) -> "2023-09-19T11:42:00+03:00".
    static func rfc822(_ s: String) -> String? {
        var parts = s.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        if let f = parts.first, f.count <= 4, Int(f) == nil, months[fold(f)] == nil { parts.removeFirst() }   // weekday
        guard parts.count >= 3, let d = Int(parts[0]), let m = months[fold(parts[1])], var y = Int(parts[2]) else { return nil }
        if y < 100 { y += y < 50 ? 2000 : 1900 }
        guard valid(y, m, d) else { return nil }
        var out = iso(y, m, d)
        if parts.count >= 4 {
            let t = parts[3].split(separator: ":")
            if t.count >= 2, let hh = Int(t[0]), let mm = Int(t[1]), hh < 24, mm < 60 {
                let ss = t.count >= 3 ? Int(t[2]) ?? 0 : 0
                out += "T" + pad(hh) + ":" + pad(mm) + ":" + pad(ss)
                if parts.count >= 5 {
                    let z = parts[4]
                    if z == "GMT" || z == "UT" || z == "UTC" || z == "Z" { out += "Z" }
                    else if z.count == 5, let sign = z.first, sign == "+" || sign == "-", let v = Int(z.dropFirst()) {
                        out += String(sign) + pad(v / 100) + ":" + pad(v % 100)
                    }
                }
            }
        }
        return out
    }

    /// The date in a URL path: /2023/09/19/, /2023-09-19-…, /20230919/.
    public static func date(inURL url: String) -> String? {
        let u = Array(url.utf8)
        var i = 0
        func num(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= u.count else { return nil }
            var v = 0
            for k in at..<(at + n) { guard u[k] >= 48 && u[k] <= 57 else { return nil }; v = v * 10 + Int(u[k] - 48) }
            if at + n < u.count, u[at + n] >= 48, u[at + n] <= 57 { return nil }
            return v
        }
        while i < u.count {
            if u[i] == UInt8(ascii: "/") || u[i] == UInt8(ascii: "-") || u[i] == UInt8(ascii: "_") {
                let s = i + 1
                if let y = num(s, 4), y >= 1995, y <= 2100, s + 4 < u.count {
                    let sep = u[s + 4]
                    if sep == UInt8(ascii: "/") || sep == UInt8(ascii: "-") {
                        if let m = num(s + 5, 2) ?? num(s + 5, 1) {
                            let ml = m >= 10 || u[s + 5] == 48 ? 2 : 1
                            let after = s + 5 + ml
                            if after < u.count, u[after] == sep, let d = num(after + 1, 2) ?? num(after + 1, 1), valid(y, m, d) { return iso(y, m, d) }
                        }
                    }
                }
                if let v = num(s, 8) {
                    let y = v / 10000, m = v / 100 % 100, d = v % 100
                    if y >= 1995 && y <= 2100 && valid(y, m, d) { return iso(y, m, d) }
                }
            }
            i += 1
        }
        return nil
    }

    private enum Piece { case word(String), number(Int, Int), slash }

    /// Longest single word of any month name (after folding), in scalars: a longer word cannot be
    /// (part of) a month name, so no String is made for it.
    static let longestMonthWord: Int = months.keys.flatMap { $0.split(separator: " ").map { $0.unicodeScalars.count } }.max() ?? 0

    /// The first day-precise date written in text, as "YYYY-MM-DD".
    ///
    /// The text is read into pieces (words, numbers, separators) and each start position is tried as
    /// soon as the pieces a date could span there are known, so a dateline near the top ends the scan.
    public static func firstDate(inText text: String, limit: Int = 50_000) -> String? {
        var pieces: [Piece] = []
        var word = String.UnicodeScalarView()
        var wordLength = 0      // letters read, marks included
        var foldedLength = 0    // scalars of the folded word
        var number = 0
        var numberDigits = 0
        func end() {
            if wordLength > 0 {
                // Letters are folded as they are read; a word too long for a month stays a non-month word.
                pieces.append(.word(foldedLength <= longestMonthWord ? String(word) : ""))
                word = String.UnicodeScalarView(); wordLength = 0; foldedLength = 0
            }
            if numberDigits > 0 { pieces.append(.number(number, numberDigits)); number = 0; numberDigits = 0 }
        }
        func month(at k: Int) -> (Int, Int)? {
            guard k < pieces.count, case .word(let w) = pieces[k], !w.isEmpty else { return nil }
            if k + 1 < pieces.count, case .word(let w2) = pieces[k + 1], !w2.isEmpty, let m = months[w + " " + w2] {
                return afterAlternative(m, k + 2)
            }
            if let m = months[w] { return afterAlternative(m, k + 1) }
            return nil
        }
        // "أيلول/سبتمبر": a second name of the same month after a slash.
        func afterAlternative(_ m: Int, _ k: Int) -> (Int, Int) {
            if k + 1 < pieces.count, case .slash = pieces[k], case .word(let w) = pieces[k + 1] {
                if months[w] == m { return (m, k + 2) }
                if k + 2 < pieces.count, case .word(let w2) = pieces[k + 2], months[w + " " + w2] == m { return (m, k + 3) }
            }
            return (m, k)
        }
        func year(at k: Int) -> Int? {
            guard k < pieces.count, case .number(let y, let n) = pieces[k], n == 4, y >= 1900, y <= 2100 else { return nil }
            return y
        }
        func date(at k: Int) -> String? {
            if case .number(let d, let n) = pieces[k], n <= 2, d >= 1, d <= 31, let (m, next) = month(at: k + 1), let y = year(at: next), valid(y, m, d) {
                return iso(y, m, d)
            }
            if let (m, next) = month(at: k), next < pieces.count, case .number(let d, let n) = pieces[next], n <= 2, let y = year(at: next + 1), valid(y, m, d) {
                return iso(y, m, d)
            }
            if case .number(let y, 4) = pieces[k], y >= 1995, y <= 2100, k + 4 < pieces.count,
               case .slash = pieces[k + 1], case .number(let m, _) = pieces[k + 2], case .slash = pieces[k + 3],
               case .number(let d, let dn) = pieces[k + 4], dn <= 2, valid(y, m, d) {
                return iso(y, m, d)
            }
            return nil
        }
        /// A date starting at piece k spans at most this many further pieces (day, two-word month,
        /// slash, two-word alternative, year).
        let span = 8
        var next = 0
        var seen = 0
        for u in text.unicodeScalars {
            seen += 1
            if seen > limit { break }
            let v = u.value
            var digit = -1
            var letter = false
            if v < 0x80 {
                if v >= 48 && v <= 57 { digit = Int(v - 48) } else if (v | 0x20) >= 97 && (v | 0x20) <= 122 { letter = true }
            } else if v >= 0x0660 && v <= 0x0669 { digit = Int(v - 0x0660) } else if v >= 0x06F0 && v <= 0x06F9 { digit = Int(v - 0x06F0) }
            else { letter = (v >= 0x0621 && v <= 0x064A) || u.properties.isAlphabetic }
            if digit >= 0 {
                if wordLength > 0 { end() }
                number = number * 10 + digit; numberDigits += 1
            } else if letter {
                if numberDigits > 0 { end() }
                wordLength += 1
                if let f = foldScalar(u) {
                    foldedLength += 1
                    if foldedLength <= longestMonthWord { word.append(f) }
                }
            } else {
                end()
                if u == "/" || u == "-" { pieces.append(.slash) }
                // A break no date spans, except the dot of an abbreviated month ("Nov. 4").
                var abbreviation = false
                if u == ".", case .word(let w)? = pieces.last, months[w] != nil { abbreviation = true }
                if !abbreviation && (u == "\n" || u == "." || u == "|") { pieces.append(.slash); pieces.append(.slash) }
                while next + span < pieces.count {
                    if let d = date(at: next) { return d }
                    next += 1
                }
            }
        }
        end()
        while next < pieces.count {
            if let d = date(at: next) { return d }
            next += 1
        }
        return nil
    }

    /// `fold` of one scalar (nil for the marks it drops).
    @inline(__always) static func foldScalar(_ u: Unicode.Scalar) -> Unicode.Scalar? {
        switch u.value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        case 0x064B...0x0652, 0x0640: return nil   // harakat, tatweel
        case 0x41...0x5A: return Unicode.Scalar(u.value + 32)!
        default: return u
        }
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 else { return false }
        let lengths = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= lengths[m - 1]
    }

    static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String { "\(y)-\(pad(m))-\(pad(d))" }

    /// Days since 1970-01-01 to a civil date (proleptic Gregorian).
    static func civil(days: Int) -> (Int, Int, Int) {
        let c = CivilDate(dayNumber: days)
        return (c.year, c.month, c.day)
    }
}
