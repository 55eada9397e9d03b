/// Locality-sensitive hashing over MinHash signatures: the signature is cut into `bands` bands of
/// `rows` values; two documents become candidates when any band is identical. With b bands of r rows
/// the probability of becoming candidates at Jaccard s is 1 − (1 − s^r)^b, an S-curve whose
/// steepest point is near (1/b)^(1/r).
public struct LSHIndex: Sendable {
    public let bands: Int
    public let rows: Int
    private var buckets: [Int: [UInt64: [Int]]] = [:]   // band -> band hash -> item indices

    public init(bands: Int = 64, rows: Int = 2) { self.bands = bands; self.rows = rows }

    private func bandHash(_ s: MinHashSignature, _ band: Int) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 &+ UInt64(band)
        for i in (band * rows)..<min((band + 1) * rows, s.values.count) {
            h = (h ^ UInt64(s.values[i])) &* 0x0000_0100_0000_01B3
        }
        return h
    }

    public mutating func insert(_ s: MinHashSignature, as item: Int) {
        for band in 0..<bands { buckets[band, default: [:]][bandHash(s, band), default: []].append(item) }
    }

    /// Items sharing at least one band with `s` (excluding none; callers drop themselves).
    public func candidates(_ s: MinHashSignature) -> Set<Int> {
        var out = Set<Int>()
        for band in 0..<bands { if let items = buckets[band]?[bandHash(s, band)] { out.formUnion(items) } }
        return out
    }

    /// Every pair (i < j) sharing a band, each once.
    public func candidatePairs() -> Set<Pair> {
        var out = Set<Pair>()
        for (_, table) in buckets {
            for (_, items) in table where items.count > 1 {
                for x in 0..<items.count { for y in (x + 1)..<items.count {
                    let (i, j) = items[x] < items[y] ? (items[x], items[y]) : (items[y], items[x])
                    if i != j { out.insert(Pair(i, j)) }
                } }
            }
        }
        return out
    }

    public struct Pair: Hashable, Sendable { public let a: Int; public let b: Int; public init(_ a: Int, _ b: Int) { self.a = a; self.b = b } }
}

/// Finds near-duplicate pairs (syndicated copies, republished articles) among signatures: LSH
/// candidates confirmed when the estimated containment of the shorter text in the longer is at least
/// `containment` and the estimated Jaccard similarity at least `minJaccard`. Containment is what makes
/// a copy wrapped in new boilerplate still a copy; the Jaccard floor keeps a short text from matching
/// a long one by chance. Bands of two rows make pairs at Jaccard 0.25 candidates with probability 0.98.
public struct NearDuplicateFinder: Sendable {
    public var containment: Double
    public var minJaccard: Double
    public var bands: Int
    public var rows: Int
    public init(containment: Double = 0.7, minJaccard: Double = 0.15, bands: Int = 64, rows: Int = 2) {
        self.containment = containment; self.minJaccard = minJaccard; self.bands = bands; self.rows = rows
    }

    public struct Match: Sendable, Equatable {
        public let a: Int; public let b: Int
        public let jaccard: Double; public let containment: Double
    }

    public func isMatch(_ x: MinHashSignature, _ y: MinHashSignature) -> (Double, Double)? {
        let j = x.estimatedJaccard(y)
        guard j >= minJaccard else { return nil }
        let c = x.estimatedContainment(y, jaccard: j)
        return c >= containment ? (j, c) : nil
    }

    public func pairs(_ signatures: [MinHashSignature]) -> [Match] {
        var index = LSHIndex(bands: bands, rows: rows)
        for (i, s) in signatures.enumerated() { index.insert(s, as: i) }
        var out: [Match] = []
        for p in index.candidatePairs() {
            if let (j, c) = isMatch(signatures[p.a], signatures[p.b]) { out.append(Match(a: p.a, b: p.b, jaccard: j, containment: c)) }
        }
        return out.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
