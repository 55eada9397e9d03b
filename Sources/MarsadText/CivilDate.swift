/// A calendar day with day-count arithmetic (proleptic Gregorian, and the tabular Hijri calendar), shared by
/// metadata date parsing (MarsadExtract) and relative-date resolution (MarsadAnalysis).
public struct CivilDate: Sendable, Equatable, Comparable, Hashable {
    public let year: Int, month: Int, day: Int

    /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(year: Int, month: Int, day: Int) { self.year = year; self.month = month; self.day = day }

    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// 0 = Sunday … 6 = Saturday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 4) % 7 }

    public func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var isValid: Bool { month >= 1 && month <= 12 && day >= 1 && day <= CivilDate.daysIn(month: month, year: year) }

    /// Parse the date part of an ISO 8601 string ("2023-09-19", "2023-09-19T10:00:00Z").
    public init?(iso: String) {
        let s = Array(iso.utf8)
        guard s.count >= 10, s[4] == 0x2D, s[7] == 0x2D else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { guard s[i] >= 0x30 && s[i] <= 0x39 else { return nil }; v = v * 10 + Int(s[i] - 0x30) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
        guard isValid else { return nil }
    }

    public var iso: String {
        func pad(_ v: Int, _ w: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The arithmetical (tabular) Islamic calendar, civil epoch 16 July 622: within a day or two of the
    /// observed Hijri calendar, which is the best a text-only reading can claim.
    public static func fromHijri(year: Int, month: Int, day: Int) -> CivilDate {
        // Julian day of the Islamic date (epoch JD 1948439.5), moved to days since 1970-01-01 (JD 2440587.5).
        let days = day + Int((29.5 * Double(month - 1)).rounded(.up)) + (year - 1) * 354 + (3 + 11 * year) / 30
        return CivilDate(dayNumber: days - 492149)
    }
}
