import Foundation
import MarsadAnalysis

/// Groups a corpus into stories: syndicated copies (near-duplicates by MinHash) and different articles
/// about the same happening (shared specific entities and event types, published within a window).
public struct StoryGrouper: Sendable {
    /// Maximum distance in days between two articles of one story.
    public var windowDays: Int
    /// Minimum weighted overlap of entity sets (|shared| / |smaller set|, countries counting half:
    /// they are shared by unrelated articles far more often than a city, person or organisation is).
    public var minEntityOverlap: Double
    /// Minimum number of shared entities other than countries (one shared head of state alone chains
    /// a week of unrelated articles together).
    public var minSpecificShared: Int
    public var duplicates: NearDuplicateFinder

    public init(windowDays: Int = 3, minEntityOverlap: Double = 0.5, minSpecificShared: Int = 2,
                duplicates: NearDuplicateFinder = NearDuplicateFinder()) {
        self.windowDays = windowDays; self.minEntityOverlap = minEntityOverlap
        self.minSpecificShared = minSpecificShared; self.duplicates = duplicates
    }

    public struct Item: Sendable {
        public let record: Record
        public let signature: MinHashSignature
        public init(record: Record, signature: MinHashSignature) { self.record = record; self.signature = signature }
    }

    public struct Story: Sendable, Codable, Equatable {
        /// The earliest article's record id.
        public let id: String
        public let records: [String]
        /// Groups of near-identical copies inside the story (each with two or more record ids).
        public let duplicates: [[String]]
        public let first: String?
        public let last: String?
        /// Entities shared by most articles of the story, most frequent first.
        public let entities: [String]
        public let eventTypes: [String]
        public let title: String?
    }

    public func group(_ items: [Item]) -> [Story] {
        let n = items.count
        var uf = UnionFind(n)
        var dupUF = UnionFind(n)
        for m in duplicates.pairs(items.map(\.signature)) { uf.union(m.a, m.b); dupUF.union(m.a, m.b) }

        let days = items.map { StoryGrouper.dayNumber($0.record.published) }
        let entitySets = items.map { Set($0.record.entities.map(\.id)) }
        let eventTypes = items.map { Set($0.record.events.map { $0.type.uppercased() }) }
        // Candidate pairs share at least one non-country entity (inverted index).
        var postings: [String: [Int]] = [:]
        for (i, it) in items.enumerated() {
            for e in it.record.entities where e.type != .country { postings[e.id, default: []].append(i) }
        }
        var checked = Set<UInt64>()
        for (_, list) in postings where list.count > 1 {
            for x in 0..<list.count { for y in (x + 1)..<list.count {
                let (a, b) = (list[x], list[y])
                guard checked.insert(UInt64(a) << 32 | UInt64(b)).inserted else { continue }
                guard let da = days[a], let db = days[b], abs(da - db) <= windowDays else { continue }
                if sameStory(items[a].record, items[b].record, entitySets[a], entitySets[b], eventTypes[a], eventTypes[b]) { uf.union(a, b) }
            } }
        }

        var groups: [Int: [Int]] = [:]
        for i in 0..<n { groups[uf.find(i), default: []].append(i) }
        var stories: [Story] = []
        for (_, members) in groups {
            let sorted = members.sorted { (days[$0] ?? .max, $0) < (days[$1] ?? .max, $1) }
            var dupGroups: [Int: [String]] = [:]
            for i in sorted { dupGroups[dupUF.find(i), default: []].append(items[i].record.id) }
            var entityCount: [String: Int] = [:], typeCount: [String: Int] = [:]
            for i in sorted {
                for e in entitySets[i] { entityCount[e, default: 0] += 1 }
                for t in eventTypes[i] { typeCount[t, default: 0] += 1 }
            }
            let dated = sorted.compactMap { items[$0].record.published }.sorted()
            stories.append(Story(
                id: items[sorted[0]].record.id,
                records: sorted.map { items[$0].record.id },
                duplicates: dupGroups.values.filter { $0.count > 1 }.sorted { $0[0] < $1[0] },
                first: dated.first, last: dated.last,
                entities: entityCount.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(8).map(\.key),
                eventTypes: typeCount.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key),
                title: items[sorted[0]].record.title))
        }
        return stories.sorted { ($1.records.count, $0.id) < ($0.records.count, $1.id) }
    }

    func sameStory(_ a: Record, _ b: Record, _ ea: Set<String>, _ eb: Set<String>, _ ta: Set<String>, _ tb: Set<String>) -> Bool {
        let countries = Set(a.entities.filter { $0.type == .country }.map(\.id) + b.entities.filter { $0.type == .country }.map(\.id))
        func weight(_ s: Set<String>) -> Double { s.reduce(0) { $0 + (countries.contains($1) ? 0.5 : 1) } }
        let shared = ea.intersection(eb)
        let specific = shared.subtracting(countries).count
        guard specific >= minSpecificShared else { return false }
        let overlap = weight(shared) / max(0.5, min(weight(ea), weight(eb)))
        // Articles that both code events must share a type of event to be one story.
        if !ta.isEmpty && !tb.isEmpty && ta.isDisjoint(with: tb) { return false }
        return overlap >= minEntityOverlap
    }

    /// Days since 1970 of an ISO date's "YYYY-MM-DD" prefix; nil when the date has no day.
    static func dayNumber(_ iso: String?) -> Int? {
        guard let d = IndexRows.day(iso), d.utf8.count == 10 else { return nil }
        let p = d.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        // Days from civil (Howard Hinnant's algorithm, a published formula).
        let y = p[1] <= 2 ? p[0] - 1 : p[0]
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (p[1] + 9) % 12
        let doy = (153 * mp + 2) / 5 + p[2] - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}

struct UnionFind {
    private var parent: [Int]
    init(_ n: Int) { parent = Array(0..<n) }
    mutating func find(_ x: Int) -> Int {
        var r = x
        while parent[r] != r { r = parent[r] }
        var y = x
        while parent[y] != r { let next = parent[y]; parent[y] = r; y = next }
        return r
    }
    mutating func union(_ a: Int, _ b: Int) {
        let (ra, rb) = (find(a), find(b))
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }
}
