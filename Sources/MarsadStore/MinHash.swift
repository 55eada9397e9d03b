/// A MinHash signature: for each of `count` hash functions, the minimum hash over a document's shingles.
/// The fraction of equal positions between two signatures estimates the Jaccard similarity of their
/// shingle sets (Broder 1997).
public struct MinHashSignature: Sendable, Equatable {
    public let values: [UInt32]
    /// Number of distinct shingles hashed (|A|), so that overlap and containment can be estimated too.
    public let setSize: Int
    public init(values: [UInt32], setSize: Int) { self.values = values; self.setSize = setSize }

    public func estimatedJaccard(_ other: MinHashSignature) -> Double {
        guard values.count == other.values.count, !values.isEmpty else { return 0 }
        var same = 0
        for i in 0..<values.count where values[i] == other.values[i] { same += 1 }
        return Double(same) / Double(values.count)
    }

    /// Estimated |A∩B| / min(|A|, |B|): how much of the shorter text the longer one contains. A copy
    /// with added boilerplate has a modest Jaccard similarity with its source but a high containment.
    /// From J = |A∩B| / |A∪B| follows |A∩B| = J(|A|+|B|)/(1+J).
    public func estimatedContainment(_ other: MinHashSignature, jaccard j: Double? = nil) -> Double {
        let j = j ?? estimatedJaccard(other)
        let small = min(setSize, other.setSize)
        guard small > 0 else { return 0 }
        return min(1, j * Double(setSize + other.setSize) / ((1 + j) * Double(small)))
    }

    /// Little-endian bytes, for storage.
    public var bytes: [UInt8] {
        var out = [UInt8](); out.reserveCapacity(values.count * 4)
        for v in values { out.append(UInt8(v & 0xFF)); out.append(UInt8((v >> 8) & 0xFF)); out.append(UInt8((v >> 16) & 0xFF)); out.append(UInt8(v >> 24)) }
        return out
    }

    public init?(bytes: [UInt8], setSize: Int) {
        guard bytes.count % 4 == 0, !bytes.isEmpty else { return nil }
        var v = [UInt32](); v.reserveCapacity(bytes.count / 4)
        var i = 0
        while i < bytes.count {
            v.append(UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
            i += 4
        }
        values = v
        self.setSize = setSize
    }
}

/// Computes MinHash signatures over word shingles of search keys (folded, light-stemmed words), so
/// spelling variants of one text hash alike. Hash family: multiply-shift, h_i(x) = (a_i·x + b_i) >> 32
/// with odd 64-bit a_i, over a 64-bit FNV-1a hash of the shingle.
public struct MinHasher: Sendable {
    public let permutations: Int
    public let shingleSize: Int
    private let a: [UInt64]
    private let b: [UInt64]

    public init(permutations: Int = 128, shingleSize: Int = 3, seed: UInt64 = 0x4D41_5253_4144) {
        self.permutations = permutations; self.shingleSize = shingleSize
        var state = seed
        func next() -> UInt64 {   // splitmix64
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var a: [UInt64] = [], b: [UInt64] = []
        for _ in 0..<permutations { a.append(next() | 1); b.append(next()) }
        self.a = a; self.b = b
    }

    /// Hashes of the word shingles of a key sequence (a text shorter than one shingle is one shingle).
    public func shingleHashes(_ keys: [String]) -> [UInt64] {
        guard !keys.isEmpty else { return [] }
        let wordHashes = keys.map { k -> UInt64 in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in k.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            return h
        }
        let n = max(1, wordHashes.count - shingleSize + 1)
        var out = [UInt64](); out.reserveCapacity(n)
        for i in 0..<n {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for j in i..<min(i + shingleSize, wordHashes.count) {
                h = (h ^ wordHashes[j]) &* 0x0000_0100_0000_01B3
                h ^= h >> 29
            }
            out.append(h)
        }
        return out
    }

    public func signature(keys: [String]) -> MinHashSignature {
        signature(shingles: shingleHashes(keys))
    }

    public func signature(shingles: [UInt64]) -> MinHashSignature {
        let distinct = Set(shingles).count
        var mins = [UInt32](repeating: .max, count: permutations)
        mins.withUnsafeMutableBufferPointer { m in
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    for x in shingles {
                        for i in 0..<m.count {
                            let h = UInt32(truncatingIfNeeded: (a[i] &* x &+ b[i]) >> 32)
                            if h < m[i] { m[i] = h }
                        }
                    }
                }
            }
        }
        return MinHashSignature(values: mins, setSize: distinct)
    }

    public func signature(text: String) -> MinHashSignature {
        signature(keys: SearchTokens.words(text).map(\.key))
    }
}
