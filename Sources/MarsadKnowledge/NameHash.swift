/// 64-bit hashes of folded words and phrases, computed from scalars without building strings, so that the
/// entity stage can ask "could this reading begin a name?" for every word at the price of a few multiplications.
///
/// A word's hash folds its scalars from the last to the first, so that the hashes of all its suffixes (a word with
/// proclitics taken off) come out of one pass, and "ال" + suffix is two more steps. A phrase's hash chains the
/// hashes of its words (split at single spaces). Tables of these hashes (`HashSet64`) are filters: equal strings
/// always have equal hashes, so a miss proves a string absent; a hit is confirmed by the exact string lookup.
public enum NameHash {
    /// Hash of the empty word; suffix folds start here.
    public static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// One scalar more, to the left of those already folded into `h`.
    @inlinable @inline(__always)
    public static func step(_ h: UInt64, _ scalar: UInt32) -> UInt64 {
        let x = (h ^ UInt64(scalar)) &* 0x9E37_79B9_7F4A_7C15
        return x ^ (x >> 29)
    }

    /// Hash of a phrase `prefix` followed by one more word.
    @inlinable @inline(__always)
    public static func join(_ prefix: UInt64, _ word: UInt64) -> UInt64 {
        mix(prefix &* 0xFF51_AFD7_ED55_8CCD &+ word &+ 0x20)
    }

    /// Hash of one word (no spaces), from its scalars.
    public static func word<S: BidirectionalCollection>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = seed
        for s in scalars.reversed() { h = step(h, s.value) }
        return h
    }

    /// Hash of a folded phrase: its words (split at every single space, empty words kept) chained with `join`.
    /// Reads the UTF-8 bytes in place: each word's scalars are decoded from its last byte back.
    public static func phrase(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { phrase(utf8: $0) }
    }

    public static func phrase(utf8 p: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0
        var first = true
        var wordStart = 0
        var i = 0
        while i <= p.count {
            if i < p.count && p[i] != 0x20 { i += 1; continue }
            let w = wordBackward(p, from: wordStart, to: i)
            h = first ? w : join(h, w)
            first = false
            i += 1
            wordStart = i
        }
        return h
    }

    /// `word` of the scalars in bytes `a..<b` (valid UTF-8), folded from the last.
    @inline(__always)
    static func wordBackward(_ p: UnsafeBufferPointer<UInt8>, from a: Int, to b: Int) -> UInt64 {
        var h = seed
        var j = b
        while j > a {
            var k = j - 1
            while k > a && p[k] & 0xC0 == 0x80 { k -= 1 }
            let lead = UInt32(p[k])
            var v: UInt32
            switch j - k {
            case 1: v = lead
            case 2: v = (lead & 0x1F) << 6 | UInt32(p[k + 1] & 0x3F)
            case 3: v = (lead & 0x0F) << 12 | UInt32(p[k + 1] & 0x3F) << 6 | UInt32(p[k + 2] & 0x3F)
            default: v = (lead & 0x07) << 18 | UInt32(p[k + 1] & 0x3F) << 12 | UInt32(p[k + 2] & 0x3F) << 6 | UInt32(p[k + 3] & 0x3F)
            }
            h = step(h, v)
            j = k
        }
        return h
    }

    /// Final avalanche (MurmurHash3's fmix64), used to spread hashes over table slots.
    @inlinable @inline(__always)
    public static func mix(_ k: UInt64) -> UInt64 {
        var k = k
        k ^= k >> 33
        k &*= 0xFF51_AFD7_ED55_8CCD
        k ^= k >> 33
        k &*= 0xC4CE_B9FE_1A85_EC53
        k ^= k >> 33
        return k
    }
}

/// A set of 64-bit hashes: open addressing, linear probing, at most half full, behind a one-bit-per-hash
/// bitset of 8–16 bits a member (small enough to stay in cache), which answers most misses alone.
/// Built once, then read-only.
public struct HashSet64: Sendable {
    @usableFromInline let bloom: [UInt64]
    @usableFromInline let bloomMask: UInt64
    @usableFromInline let slots: [UInt64]
    @usableFromInline let shift: UInt64
    @usableFromInline let mask: Int
    /// Whether 0 (the empty slot's marker) is a member.
    @usableFromInline let hasZero: Bool
    public let count: Int

    public init<S: Sequence>(_ hashes: S) where S.Element == UInt64 {
        // (the probing itself drops repeats: a Set first would hash every element once more with SipHash; the
        // table is then sized again for the distinct hashes, so that lookups touch no more memory than before)
        func table(_ hashes: [UInt64], capacity: Int) -> (slots: [UInt64], bits: Int, zero: Bool, unique: Int) {
            var bits = 4
            while (1 << bits) < capacity * 2 { bits += 1 }
            var slots = [UInt64](repeating: 0, count: 1 << bits)
            let shift = UInt64(64 - bits), mask = (1 << bits) - 1
            var zero = false, unique = 0
            for h in hashes {
                if h == 0 { if !zero { zero = true; unique += 1 }; continue }
                var i = Int(truncatingIfNeeded: NameHash.mix(h) >> shift)
                while slots[i] != 0, slots[i] != h { i = (i + 1) & mask }
                if slots[i] == 0 { slots[i] = h; unique += 1 }
            }
            return (slots, bits, zero, unique)
        }
        let all = Array(hashes)
        var (slots, bits, zero, unique) = table(all, capacity: all.count)
        if unique < all.count { (slots, bits, zero, unique) = table(slots.filter { $0 != 0 } + (zero ? [0] : []), capacity: unique) }
        let shift = UInt64(64 - bits), mask = (1 << bits) - 1
        var bloomBits = 6
        while (1 << bloomBits) < unique * 8 { bloomBits += 1 }
        var bloom = [UInt64](repeating: 0, count: 1 << (bloomBits - 6))
        let bloomMask = UInt64(1 << bloomBits) - 1
        for h in slots where h != 0 {
            let b = NameHash.mix(h) & bloomMask
            bloom[Int(b >> 6)] |= 1 << (b & 63)
        }
        self.bloom = bloom; self.bloomMask = bloomMask
        self.slots = slots; self.shift = shift; self.mask = mask; self.hasZero = zero; self.count = unique
    }

    @inlinable @inline(__always)
    public func contains(_ h: UInt64) -> Bool {
        if h == 0 { return hasZero }
        let m = NameHash.mix(h)
        let b = m & bloomMask
        guard bloom.withUnsafeBufferPointer({ $0[Int(b >> 6)] & (1 << (b & 63)) != 0 }) else { return false }
        return slots.withUnsafeBufferPointer { s in
            var i = Int(truncatingIfNeeded: m >> shift)
            while true {
                let v = s[i]
                if v == h { return true }
                if v == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }
}
