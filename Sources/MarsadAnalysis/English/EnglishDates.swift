import MarsadText

/// Date expressions of English news, resolved against the publication date: "today", "yesterday",
/// "on Sunday", "last Tuesday", "next Friday", "March 2", "2 March 2024", "Sept. 19, 2023", "last week",
/// "last month", "in 2005". A relative expression without a publication date, or a month and day
/// without a year or a publication date, resolves to nothing rather than a guess.
struct EnglishDates {
    let lexicon: EnglishLexicon
    let published: CivilDate?

    func resolve(_ t: [EnglishToken]) -> [ResolvedDate] {
        var out: [ResolvedDate] = []
        var i = 0
        while i < t.count {
            if let (d, next) = match(t, i) { out.append(d); i = next } else { i += 1 }
        }
        return out
    }

    private func day(_ tok: EnglishToken) -> Int? {
        if let d = tok.digits, d >= 1, d <= 31, tok.key.count <= 2 { return d }
        // "19th", "2nd"
        let k = tok.key
        for suffix in ["st", "nd", "rd", "th"] where k.hasSuffix(suffix) && k.count <= 4 {
            if let d = Int(k.dropLast(2)), d >= 1, d <= 31 { return d }
        }
        return nil
    }

    private func year(_ tok: EnglishToken) -> Int? {
        guard let y = tok.digits, tok.key.count == 4, y >= 1900, y <= 2100 else { return nil }
        return y
    }

    private func month(_ t: [EnglishToken], _ i: Int) -> Int? {
        guard i < t.count, t[i].capital, let v = lexicon.value(.month, t[i].key) else { return nil }
        // "May" and "March" are also words: a month only next to a day or a year
        return Int(v)
    }

    private func match(_ t: [EnglishToken], _ i: Int) -> (ResolvedDate, Int)? {
        let w = t[i]
        // month day [year] | day month [year]
        if let m = month(t, i) {
            if i + 1 < t.count, !t[i + 1].clauseBefore, let d = day(t[i + 1]) {
                var next = i + 2
                var y: Int? = nil
                if next < t.count, let yy = year(t[next]) { y = yy; next += 1 }
                return dated(m, d, y, t[i].start, t[next - 1].end, next)
            }
            if i + 1 < t.count, let y = year(t[i + 1]) {
                return (ResolvedDate(start: w.start, end: t[i + 1].end, date: isoMonth(y, m), precision: .month), i + 2)
            }
            // "last March"
            if i > 0, let p = published, lexicon.isClass(.past, t[i - 1].key) {
                let y = m >= p.month ? p.year - 1 : p.year
                return (ResolvedDate(start: t[i - 1].start, end: w.end, date: isoMonth(y, m), precision: .month), i + 1)
            }
            return nil
        }
        if let d = day(w), i + 1 < t.count, let m = month(t, i + 1) {
            var next = i + 2
            var y: Int? = nil
            if next < t.count, let yy = year(t[next]) { y = yy; next += 1 }
            return dated(m, d, y, w.start, t[next - 1].end, next)
        }
        if let v = lexicon.value(.relday, w.key), let off = Int(v) {
            guard let p = published else { return nil }
            return (ResolvedDate(start: w.start, end: w.end, date: p.adding(days: off).iso, precision: .day), i + 1)
        }
        if w.capital, let v = lexicon.value(.weekday, w.key), let wd = Int(v) {
            // "Sunday, March 3" is that date
            if i + 1 < t.count, month(t, i + 1) != nil, let (d, next) = match(t, i + 1) {
                return (ResolvedDate(start: w.start, end: d.end, date: d.date, precision: d.precision), next)
            }
            guard let p = published else { return nil }
            let before = i > 0 ? t[i - 1].key : ""
            var delta = (p.weekday - wd + 7) % 7          // the most recent such day, today included
            var start = w.start
            if lexicon.isClass(.past, before) { if delta == 0 { delta = 7 }; start = t[i - 1].start }
            if lexicon.isClass(.next, before) {
                delta = -((wd - p.weekday + 7) % 7); if delta == 0 { delta = -7 }; start = t[i - 1].start
            }
            return (ResolvedDate(start: start, end: w.end, date: p.adding(days: -delta).iso, precision: .day), i + 1)
        }
        // last week / last month / last year / next week
        if let unit = lexicon.value(.period, w.key), i > 0 {
            guard let p = published else { return nil }
            let past = lexicon.isClass(.past, t[i - 1].key), future = lexicon.isClass(.next, t[i - 1].key)
            guard past || future else { return nil }
            let sign = past ? -1 : 1, start = t[i - 1].start
            switch unit {
            case "week": return (ResolvedDate(start: start, end: w.end, date: p.adding(days: 7 * sign).iso, precision: .week), i + 1)
            case "month":
                var m = p.month + sign, y = p.year
                if m == 0 { m = 12; y -= 1 } else if m == 13 { m = 1; y += 1 }
                return (ResolvedDate(start: start, end: w.end, date: isoMonth(y, m), precision: .month), i + 1)
            default: return (ResolvedDate(start: start, end: w.end, date: String(p.year + sign), precision: .year), i + 1)
            }
        }
        // "in 2005"
        if let y = year(w), i > 0, t[i - 1].key == "in" {
            return (ResolvedDate(start: w.start, end: w.end, date: String(y), precision: .year), i + 1)
        }
        return nil
    }

    private func dated(_ m: Int, _ d: Int, _ y: Int?, _ start: Int, _ end: Int, _ next: Int) -> (ResolvedDate, Int)? {
        guard let year = y ?? anchorYear(m, d) else { return nil }
        let date = CivilDate(year: year, month: m, day: d)
        guard date.isValid else { return nil }
        return (ResolvedDate(start: start, end: end, date: date.iso, precision: .day), next)
    }

    /// The year of a month and day written without one: the publication year, unless that puts the day
    /// more than a month after publication (then the year before).
    private func anchorYear(_ m: Int, _ d: Int) -> Int? {
        guard let p = published else { return nil }
        let same = CivilDate(year: p.year, month: m, day: min(d, CivilDate.daysIn(month: m, year: p.year)))
        return same.dayNumber - p.dayNumber > 31 ? p.year - 1 : p.year
    }

    private func isoMonth(_ y: Int, _ m: Int) -> String { m < 10 ? "\(y)-0\(m)" : "\(y)-\(m)" }
}
