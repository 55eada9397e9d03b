import MarsadText

/// A date found in text: where, what it resolves to, and how precise it is.
struct ResolvedDate: Sendable, Equatable {
    let start: Int
    let end: Int
    let date: String
    let precision: DatePrecision
}

/// Resolves date expressions of Arabic news relative to the publication date: "اليوم الثلاثاء", "أمس",
/// "أول أمس", weekday names, "الأسبوع/الشهر/العام الماضي", "27 ديسمبر الماضي", "أيلول 2023", Levantine,
/// Egyptian/Gulf and Maghrebi month names, Hijri dates ("15 رمضان 1444 هـ"), years ("عام 2005").
/// An expression that cannot be anchored (no publication date for a relative one) yields nothing.
struct DateResolver: Sendable {
    static let marketWords: WordKeySet = ["سوق", "وسوق", "بسوق", "لسوق"]

    let lexicon: EventLexicon
    let published: CivilDate?

    init(lexicon: EventLexicon = .shared, published: String?) {
        self.lexicon = lexicon
        self.published = published.flatMap(CivilDate.init(iso:))
    }

    /// Every date expression in `words`, in order.
    func resolve(_ words: [EventWord]) -> [ResolvedDate] {
        var out: [ResolvedDate] = []
        var i = 0
        while i < words.count {
            if let (d, next) = match(words, at: i) { out.append(d); i = next } else { i += 1 }
        }
        return out
    }

    private func month(_ words: [EventWord], at i: Int, hijri: Bool) -> (Int, Int)? {
        let cls: WordClass = hijri ? .hijrimonth : .month
        if let phrases = lexicon.phrases[cls], words[i].inClass(.dateStart) {
            for (parts, v) in phrases where i + parts.count <= words.count {
                var ok = true
                for (j, p) in parts.enumerated() {
                    let k = words[i + j].key
                    if !(k == p || EventLexicon.nounKeys(k).contains(p) || EventLexicon.stripArticle(k) == EventLexicon.stripArticle(p)) { ok = false; break }
                }
                if ok, let m = Int(v) { return (m, i + parts.count) }
            }
        }
        if words[i].kind == .arabic, let v = lexicon.value(cls, words[i].key), let m = Int(v) { return (m, i + 1) }
        return nil
    }

    private func year(_ w: EventWord) -> Int? {
        guard w.kind == .number, w.key.count == 4 else { return nil }
        return w.digits
    }

    private func skipParenthesisedMonth(_ words: [EventWord], _ i: Int) -> Int {
        // "ابريل (نيسان) 2004", "مارس/آذار 2024": a month glossed in the other series
        guard i < words.count, words[i].kind == .punctuation else { return i }
        if words[i].punct == "/" || words[i].punct == "-" {
            if let (_, n) = month(words, at: i + 1, hijri: false) { return n }
            return i
        }
        guard words[i].punct == "(" else { return i }
        var j = i + 1
        if let (_, n) = month(words, at: j, hijri: false) { j = n } else { return i }
        return j < words.count && words[j].punct == ")" ? j + 1 : i
    }

    /// "السبت 2 مارس 2024", "الأحد الموافق 3 آذار", "الاثنين (4 مارس)": a weekday written with the date
    /// it falls on is that date, not the last such weekday before publication.
    private func explicitDate(after words: [EventWord], _ i: Int) -> (ResolvedDate, Int)? {
        var j = i
        while j < words.count, j < i + 2, words[j].kind == .punctuation || words[j].key == DateResolver.muwafiq { j += 1 }
        guard j < words.count, words[j].kind == .number, let (d, next) = match(words, at: j) else { return nil }
        var end = next
        if end < words.count, words[end].punct == ")", words[i...].prefix(j - i).contains(where: { $0.punct == "(" }) { end += 1 }
        return (d, end)
    }

    static let muwafiq: WordKey = "الموافق"
    static let fromWord: WordKey = "من"
    static let ashar: WordKey = "عشر"

    /// A day written as an ordinal: "الخامس" 5, "الخامس عشر" 15, "الحادي والعشرين" 21, "الثلاثين" 30.
    private func ordinalDay(_ words: [EventWord], at i: Int) -> (Int, Int)? {
        guard let v = lexicon.value(.ordinal, words[i]), var day = Int(v) else { return nil }
        var next = i + 1
        if day < 10, next < words.count, words[next].key == DateResolver.ashar { day += 10; next += 1 }
        else if day < 10, next < words.count, words[next].key.first == EventLexicon.waw, words[next].key.count > 2,
                let t = lexicon.value(.ordinal, words[next].key.dropFirst()), let tens = Int(t), tens >= 20 {
            day += tens; next += 1
        }
        return day >= 1 && day <= 31 ? (day, next) : nil
    }

    /// `day` followed by a month at `j` [+ year | الماضي/المقبل/الجاري], Gregorian or Hijri.
    private func dayOfMonth(_ day: Int, _ words: [EventWord], monthAt j: Int, start: Int) -> (ResolvedDate, Int)? {
        guard j < words.count else { return nil }
        for hijri in [false, true] {
            guard let (m, next0) = month(words, at: j, hijri: hijri) else { continue }
            var next = skipParenthesisedMonth(words, next0)
            var y: Int? = nil
            var direction = 0
            if next < words.count, let yy = year(words[next]) { y = yy; next += 1 }
            else if next < words.count, words[next].inClass(.past) { direction = -1; next += 1 }
            else if next < words.count, words[next].inClass(.next) { direction = 1; next += 1 }
            else if next < words.count, words[next].inClass(.current), let p = published { y = p.year; next += 1 }
            if hijri {
                guard let y, y > 1300, y < 1600 else { return nil }
                if next < words.count, words[next].key == "ه" || words[next].key == "هـ" { next += 1 }
                let d = CivilDate.fromHijri(year: y, month: m, day: day)
                return (ResolvedDate(start: start, end: words[next - 1].end, date: d.iso, precision: .day), next)
            }
            guard let year = y ?? anchorYear(month: m, day: day, direction: direction) else { return nil }
            let d = CivilDate(year: year, month: m, day: day)
            guard d.isValid else { return nil }
            return (ResolvedDate(start: start, end: words[next - 1].end, date: d.iso, precision: .day), next)
        }
        return nil
    }

    private func match(_ words: [EventWord], at i: Int) -> (ResolvedDate, Int)? {
        let w = words[i]
        // day number + month [+ year | الماضي/المقبل/الجاري], Gregorian or Hijri
        if w.kind == .number, w.key.count <= 2, case let day = w.digits, day >= 1, day <= 31, i + 1 < words.count {
            return dayOfMonth(day, words, monthAt: i + 1, start: w.start)
        }
        if w.kind == .arabic, DateResolver.agoWords.contains(w.key), let found = ago(words, at: i) { return found }
        guard w.kind == .arabic, w.inClass(.dateStart) else { return nil }
        // "الخامس عشر من رمضان 1445 هـ", "الحادي والعشرين من سبتمبر", "العاشر من الشهر الجاري"
        if let (day, after) = ordinalDay(words, at: i), after + 1 < words.count, words[after].key == DateResolver.fromWord {
            if let found = dayOfMonth(day, words, monthAt: after + 1, start: w.start) { return found }
            if let p = published, lexicon.value(.period, words[after + 1]) == "month", after + 2 < words.count {
                let rel = words[after + 2]
                let shift = rel.inClass(.past) ? -1 : rel.inClass(.next) ? 1 : rel.inClass(.current) ? 0 : nil
                if let shift {
                    var m = p.month + shift, y = p.year
                    if m == 0 { m = 12; y -= 1 } else if m == 13 { m = 1; y += 1 }
                    let d = CivilDate(year: y, month: m, day: day)
                    if d.isValid { return (ResolvedDate(start: w.start, end: rel.end, date: d.iso, precision: .day), after + 3) }
                }
            }
            return nil
        }
        // month [year] / month الماضي
        if let (m, next0) = month(words, at: i, hijri: false), i == 0 || words[i - 1].kind != .number {
            var next = skipParenthesisedMonth(words, next0)
            if next < words.count, let y = year(words[next]) {
                next += 1
                return (ResolvedDate(start: w.start, end: words[next - 1].end, date: isoMonth(y, m), precision: .month), next)
            }
            // a month name alone is ambiguous with ordinary words (ماي, أيار…) unless a direction word follows
            if next < words.count, words[next].inClass(.current), let p = published {
                return (ResolvedDate(start: w.start, end: words[next].end, date: isoMonth(p.year, m), precision: .month), next + 1)
            }
            if next < words.count, words[next].inClass(.past) || words[next].inClass(.next),
               let p = published {
                let past = words[next].inClass(.past)
                var y = p.year
                if past, m >= p.month { y -= 1 }
                if !past, m <= p.month { y += 1 }
                return (ResolvedDate(start: w.start, end: words[next].end, date: isoMonth(y, m), precision: .month), next + 1)
            }
            return nil
        }
        // اليوم / أمس / غدا (+ weekday), أول أمس, أمس الأول
        if let v = lexicon.value(.relday, w), var offset = Int(v) {
            guard let p = published else { return nil }
            var start = w.start, next = i + 1
            if i > 0, words[i - 1].key == "اول" || words[i - 1].key == "واول", offset == -1 { offset = -2; start = words[i - 1].start }
            if i > 1, words[i - 1].key == FunctionWords.min, words[i - 2].key == "اول" || words[i - 2].key == "واول", offset == -1 { offset = -2; start = words[i - 2].start }
            if next < words.count, words[next].key == "الاول", offset == -1 { offset = -2; next += 1 }
            // "اليوم" as a noun in "في اليوم التالي", "يوم" phrases is relative to another event: skip those
            if offset == 0, next < words.count, words[next].key == "التالي" || words[next].key == "نفسه" { return nil }
            if next < words.count, lexicon.value(.weekday, words[next]) != nil { next += 1 }
            let d = p.adding(days: offset)
            return (ResolvedDate(start: start, end: words[next - 1].end, date: d.iso, precision: .day), next)
        }
        // weekday [الماضي|المقبل]
        if let v = lexicon.value(.weekday, w), let wd = Int(v) {
            // "سوق الجمعة", "سوق الخميس": a market named for its day is a place (Tripoli's Souq al-Juma'a)
            if i > 0, DateResolver.marketWords.contains(words[i - 1].key) { return nil }
            if let (d, next) = explicitDate(after: words, i + 1) {
                return (ResolvedDate(start: w.start, end: d.end, date: d.date, precision: d.precision), next)
            }
            guard let p = published else { return nil }
            var next = i + 1
            var delta = (p.weekday - wd + 7) % 7          // most recent such day, today included
            if next < words.count, words[next].inClass(.past) {
                if delta == 0 { delta = 7 }
                next += 1
            } else if next < words.count, words[next].inClass(.next) {
                delta = -((wd - p.weekday + 7) % 7); if delta == 0 { delta = -7 }
                next += 1
            }
            let d = p.adding(days: -delta)
            return (ResolvedDate(start: w.start, end: words[next - 1].end, date: d.iso, precision: .day), next)
        }
        // الأسبوع/الشهر/العام الماضي|المقبل, عام 2005
        if let unit = lexicon.value(.period, w) {
            if i + 1 < words.count, unit == "year", let y = year(words[i + 1]) {
                return (ResolvedDate(start: w.start, end: words[i + 1].end, date: String(y), precision: .year), i + 2)
            }
            guard let p = published, i + 1 < words.count else { return nil }
            let past = words[i + 1].inClass(.past), nextP = words[i + 1].inClass(.next), current = words[i + 1].inClass(.current)
            guard past || nextP || current else { return nil }
            let sign = past ? -1 : nextP ? 1 : 0
            let end = words[i + 1].end
            switch unit {
            case "week":
                return (ResolvedDate(start: w.start, end: end, date: p.adding(days: 7 * sign).iso, precision: .week), i + 2)
            case "month":
                var m = p.month + sign, y = p.year
                if m == 0 { m = 12; y -= 1 } else if m == 13 { m = 1; y += 1 }
                return (ResolvedDate(start: w.start, end: end, date: isoMonth(y, m), precision: .month), i + 2)
            default:
                return (ResolvedDate(start: w.start, end: end, date: String(p.year + sign), precision: .year), i + 2)
            }
        }
        return nil
    }

    /// "منذ" is left out: "منذ أربع سنوات" measures how long a state has lasted ("أعنف الهجمات منذ اندلاع الحرب
    /// منذ أربع سنوات") more often than it dates an act.
    static let agoWords: WordKeySet = ["قبل", "وقبل"]

    /// "قبل يومين", "قبل ثلاث سنوات", "قبل 11 عاما", "قبل شهر": a span back from publication, as precise as its
    /// unit. "قبل يومين من الانتخابات" counts from another event, "قبل أيام" has no number, and "قبل عام 2004"
    /// is a year: none of them is resolved here.
    private func ago(_ words: [EventWord], at i: Int) -> (ResolvedDate, Int)? {
        guard let p = published, i + 1 < words.count else { return nil }
        func unit(_ w: EventWord) -> (String, Int)? {
            guard w.kind == .arabic, let v = lexicon.value(.duration, w) else { return nil }
            let parts = v.split(separator: ",")
            guard parts.count == 2, let n = Int(parts[1]) else { return nil }
            return (String(parts[0]), n)
        }
        var span: (String, Int)? = nil
        var next = i + 1
        if let (u, n) = unit(words[next]), n > 0 {
            if n == 1, next + 1 < words.count, words[next + 1].kind == .number { return nil }     // "قبل عام 2004"
            span = (u, n); next += 1
        } else if let (c, after) = NumberReader(lexicon: lexicon).read(words, at: next), case .number(let n) = c, n > 0, n < 200,
                  after < words.count, let (u, _) = unit(words[after]) {
            span = (u, n); next = after + 1
        }
        guard let (u, n) = span else { return nil }
        if next < words.count, ["من", "على"].contains(words[next].key) { return nil }
        let end = words[next - 1].end
        switch u {
        case "day": return (ResolvedDate(start: words[i].start, end: end, date: p.adding(days: -n).iso, precision: .day), next)
        case "week": return (ResolvedDate(start: words[i].start, end: end, date: p.adding(days: -7 * n).iso, precision: .week), next)
        case "month":
            let months = p.year * 12 + (p.month - 1) - n
            return (ResolvedDate(start: words[i].start, end: end, date: isoMonth(months / 12, months % 12 + 1), precision: .month), next)
        default: return (ResolvedDate(start: words[i].start, end: end, date: String(p.year - n), precision: .year), next)
        }
    }

    private func isoMonth(_ y: Int, _ m: Int) -> String { (m < 10 ? "\(y)-0\(m)" : "\(y)-\(m)") }

    /// The year of "27 ديسمبر" without one: with الماضي the latest such day before publication, with
    /// المقبل the next one after it; bare, the publication year unless that puts it well after publication.
    private func anchorYear(month m: Int, day d: Int, direction: Int) -> Int? {
        guard let p = published else { return nil }
        let same = CivilDate(year: p.year, month: m, day: min(d, CivilDate.daysIn(month: m, year: p.year)))
        switch direction {
        case -1: return same < p ? p.year : p.year - 1
        case 1: return same > p ? p.year : p.year + 1
        default: return same.dayNumber - p.dayNumber > 31 ? p.year - 1 : p.year
        }
    }
}
