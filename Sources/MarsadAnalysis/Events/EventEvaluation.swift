import Foundation
import MarsadText

/// Scores the event stage on the Arabic event GSR (github.com/openeventdata/arabic_event_gsr, dev split):
/// ASSAULT and PROTEST detection precision/recall on `*_gsr.csv` (label "yes" positive, "easy no" and
/// "difficult no" negative, "ambiguous" left out), and on `*_spans.json` the source/target country
/// (CAMEO ISO-3 codes) and role accuracy of the detected event. Each sentence is analysed as a document
/// published on the date its id carries (AAW_ARB_YYYYMMDD…).
public enum EventEvaluation {
    public struct Scores: Sendable {
        public var type: String
        public var tp = 0, fp = 0, fn = 0, tn = 0
        /// False positives on "easy no" sentences alone (the rest are "difficult no": at least one annotator said yes).
        public var fpEasy = 0
        public var precisionAgainstEasyNo: Double { tp + fpEasy == 0 ? 0 : Double(tp) / Double(tp + fpEasy) }
        public var countryHits = 0, countryTotal = 0
        /// Country hits when the first event of the type in each sentence is scored, not the annotated one.
        public var countryHitsFirstEvent = 0
        public var roleHits = 0, roleTotal = 0
        public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        public var countryAccuracy: Double { countryTotal == 0 ? 0 : Double(countryHits) / Double(countryTotal) }
        public var roleAccuracy: Double { roleTotal == 0 ? 0 : Double(roleHits) / Double(roleTotal) }
    }

    /// The events of one sentence; `entities` gives the entity layer for a text (the entity stage).
    public typealias Analyze = @Sendable (_ text: String, _ published: String?) -> [Event]

    /// The event stage alone over the entity layer `entities` makes for each text.
    public static func stageAnalyzer(entities: @escaping @Sendable (String) -> EntityLayer) -> Analyze {
        let stage = EventStage()
        return { text, published in
            let sentences = SentenceSplitter.split(text).map { Span(start: $0.lowerBound, end: $0.upperBound) }
            return stage.run(text: text, sentences: sentences, published: published, entities: entities(text)).events
        }
    }

    /// Printable report with the whole entity and event stages (what `marsad eval-events` prints).
    public static func run(gsrDirectory: URL) throws -> String {
        let entities = EntityStage()
        return try run(gsrDirectory: gsrDirectory, analyze: stageAnalyzer(entities: { entities.run(text: $0) }))
    }

    /// Printable report over the GSR directory (the folder holding assault_gsr.csv, protest_spans.json, …).
    /// With `details`, every scored actor of the span files is listed first (gold country/role and words
    /// against the coded actor), for finding what the misses have in common.
    public static func run(gsrDirectory: URL, details: Bool = false, analyze: Analyze) throws -> String {
        var lines: [String] = []
        for type in ["ASSAULT", "PROTEST"] {
            var log: [String]? = details ? [] : nil
            let s = try score(type: type, gsrDirectory: gsrDirectory, analyze: analyze, log: &log)
            if let log { lines += log }
            lines.append(String(format: "%@ detection: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d tn %d)", type, s.precision, s.recall,
                                s.precision + s.recall == 0 ? 0 : 2 * s.precision * s.recall / (s.precision + s.recall), s.tp, s.fp, s.fn, s.tn))
            lines.append(String(format: "%@ detection against \"easy no\" alone: P %.3f (%d of the %d false positives are \"difficult no\" sentences, which at least one annotator accepted)",
                                type, s.precisionAgainstEasyNo, s.fp - s.fpEasy, s.fp))
            lines.append(String(format: "%@ actors: country accuracy %.3f (%d/%d), role accuracy %.3f (%d/%d); scoring each sentence's first event instead of the annotated one: country %d/%d", type,
                                s.countryAccuracy, s.countryHits, s.countryTotal, s.roleAccuracy, s.roleHits, s.roleTotal,
                                s.countryHitsFirstEvent, s.countryTotal))
        }
        return lines.joined(separator: "\n")
    }

    public static func score(type: String, gsrDirectory: URL, analyze: Analyze) throws -> Scores {
        var log: [String]? = nil
        return try score(type: type, gsrDirectory: gsrDirectory, analyze: analyze, log: &log)
    }

    /// `log`, when not nil, receives one line per scored actor: `type id role gold-country/gold-role
    /// country-hit role-hit | gold words | coded actor` (a country or role that is not scored shows as "-").
    static func score(type: String, gsrDirectory: URL, analyze: Analyze, log: inout [String]?) throws -> Scores {
        var s = Scores(type: type)
        let base = type.lowercased()
        let csv = try String(contentsOf: gsrDirectory.appendingPathComponent("\(base)_gsr.csv"), encoding: .utf8)
        for row in parseCSV(csv).dropFirst() where row.count >= 7 {
            let label = row[2]
            guard label == "yes" || label == "easy no" || label == "difficult no" else { continue }
            let text = row[6]
            let hit = analyze(text, publishedDate(fromID: row[0])).first { $0.type == type && !$0.negated }
            let found = hit != nil
            if log != nil, (label == "yes") != found {
                // event offsets count in the record's text, the display-normalised input
                let scalars = Array(Normalizer.normalize(text, level: .display).text.unicodeScalars)
                let trigger = hit.map { ev in
                    String(String.UnicodeScalarView(scalars[max(0, ev.start)..<min(scalars.count, max(ev.start, ev.end))]))
                } ?? "-"
                log?.append("\(type) \(row[0]) DETECT \(found ? "FP" : "FN") \(label) [\(trigger)] | \(text)")
            }
            switch (label == "yes", found) {
            case (true, true): s.tp += 1
            case (true, false): s.fn += 1
            case (false, true): s.fp += 1; if label == "easy no" { s.fpEasy += 1 }
            case (false, false): s.tn += 1
            }
        }
        let data = try Data(contentsOf: gsrDirectory.appendingPathComponent("\(base)_spans.json"))
        guard let items = try JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return s }
        let alpha3 = iso3
        for item in items {
            guard let text = item["text"] as? String, let spans = item["spans"] as? [[String: Any]] else { continue }
            let id = item["source"] as? String ?? ""
            let events = analyze(text, publishedDate(fromID: id)).filter { $0.type == type }
            let goldWords = Set(["source_gold", "target_gold"].flatMap { k in
                ((item[k] as? String) ?? "").split(separator: " ").map { Normalizer.fold(String($0)) } })
            guard let first = events.first, let ev = annotated(events, goldWords: goldWords) else {
                log?.append("\(type) \(id) NO-EVENT | \(text)")
                continue
            }
            for (key, actor) in [("source_role", ev.source), ("target_role", ev.target)] {
                guard let (country, role) = majority(spans.compactMap { $0[key] as? [String: Any] }) else { continue }
                var countryMark = "-", roleMark = "-"
                if let c = country, c.count == 3, alpha3.values.contains(c) {
                    s.countryTotal += 1
                    countryMark = "miss"
                    if let mine = actor?.country, alpha3[mine] == c { s.countryHits += 1; countryMark = "HIT" }
                    let firstActor = key == "source_role" ? first.source : first.target
                    if let mine = firstActor?.country, alpha3[mine] == c { s.countryHitsFirstEvent += 1 }
                }
                if let r = role, let sector = sectorOfRole[r] {
                    s.roleTotal += 1
                    roleMark = "miss"
                    if actor?.sector == sector { s.roleHits += 1; roleMark = "HIT" }
                }
                if log != nil {
                    let gold = (key == "source_role" ? item["source_gold"] : item["target_gold"]) as? String ?? ""
                    let mine = actor.map { "\($0.text ?? "") [\($0.country ?? "?")/\($0.sector?.rawValue ?? "?")]" } ?? "NONE"
                    log?.append("\(type) \(id) \(key.prefix(6)) \(country ?? "?")/\(role ?? "?") country:\(countryMark) role:\(roleMark)"
                                + " | gold: \(gold) | mine: \(mine) | \(text)")
                }
            }
        }
        return s
    }

    /// The event of a sentence the annotators coded: of several events of the type ("اقتحم مسلحون مهبطا …
    /// وخطفوا أربعة أوروبيين"), the one whose actor words share most words with the annotated actors' words,
    /// the first on a tie (and when the annotation names no words).
    static func annotated(_ events: [Event], goldWords: Set<String>) -> Event? {
        guard events.count > 1, !goldWords.isEmpty else { return events.first }
        func overlap(_ e: Event) -> Int {
            [e.source?.text, e.target?.text].compactMap { $0 }
                .flatMap { $0.split(separator: " ") }.filter { goldWords.contains(Normalizer.fold(String($0))) }.count
        }
        var best = events[0], bestScore = overlap(events[0])
        for e in events.dropFirst() {
            let o = overlap(e)
            if o > bestScore { best = e; bestScore = o }
        }
        return best
    }

    /// CAMEO role codes → Marsad sectors.
    static let sectorOfRole: [String: Sector] = [
        "MIL": .military, "COP": .police, "SPY": .police, "GOV": .government, "LEG": .government, "JUD": .government,
        "ELI": .government, "CVL": .civilians, "EDU": .civilians, "LAB": .civilians, "REF": .civilians, "REB": .rebels,
        "UAF": .rebels, "INS": .rebels, "MED": .media, "IGO": .international, "PKO": .peacekeepers,
    ]

    /// The most frequent (country, role) among the annotators' spans; "None" counts as absent.
    static func majority(_ roles: [[String: Any]]) -> (String?, String?)? {
        var countries: [String: Int] = [:], kinds: [String: Int] = [:]
        for r in roles {
            if let m = r["main"] as? String, m != "None" { countries[m, default: 0] += 1 }
            if let k = r["role"] as? String, k != "None" { kinds[k, default: 0] += 1 }
        }
        guard !roles.isEmpty else { return nil }
        let c = countries.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        let k = kinds.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        return (c, k)
    }

    /// "AAW_ARB_20071222.0001-3" → "2007-12-22".
    static func publishedDate(fromID id: String) -> String? {
        let digits = Array(id.utf8.drop { $0 < 0x30 || $0 > 0x39 }.prefix(8))
        guard digits.count == 8, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let s = String(decoding: digits, as: UTF8.self)
        return "\(s.prefix(4))-\(s.dropFirst(4).prefix(2))-\(s.suffix(2))"
    }

    static let iso3: [String: String] = {
        guard let url = Bundle.module.url(forResource: "iso3166-alpha3", withExtension: "tsv", subdirectory: "Resources/lexicons"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let p = line.split(separator: "\t")
            if p.count == 2 { out[String(p[0])] = String(p[1]) }
        }
        return out
    }()

    /// RFC 4180 CSV: quoted fields with doubled quotes and embedded newlines.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = String.UnicodeScalarView()
        var quoted = false, afterQuote = false
        var it = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? it.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = it.next() { if n == "\"" { field.append("\"") } else { quoted = false; afterQuote = true; pending = n } }
                    else { quoted = false }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": row.append(String(field)); field.removeAll(); afterQuote = false
            case "\n":
                row.append(String(field)); field.removeAll(); afterQuote = false
                rows.append(row); row = []
            case "\r": break
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(String(field)); rows.append(row) }
        return rows
    }
}
