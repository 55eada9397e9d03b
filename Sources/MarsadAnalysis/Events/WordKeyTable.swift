/// A read-only hash table from `WordKey` to values, built once from a dictionary. The lexicons are probed
/// several times per word (every clitic-stripped reading), and `Dictionary` pays a full SipHash round for
/// each probe; this table mixes the key's two words with two multiplications and probes linearly, which
/// makes a miss (most probes) a few instructions. Each slot holds its key beside the entry number, so a
/// probe reads one cache line, not a slot and then a key elsewhere (the lookups miss the cache: the
/// tables are larger than what stays resident between two words). A bitset of 8–16 bits a key, small enough
/// to stay in cache, answers most misses before any slot is read.
struct WordKeyTable<Value: Sendable>: Sendable {
    private struct Slot {
        var lo: UInt64 = 0
        var hi: UInt64 = 0
        var count: Int32 = 0
        /// 1 + index into `values`, or 0 when the slot is empty.
        var entry: Int32 = 0
    }
    private let values: [Value]
    private let slots: [Slot]
    private let mask: Int
    private let bloom: [UInt64]
    private let bloomShift: UInt64

    init(_ dictionary: [WordKey: Value]) {
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var values: [Value] = []
        values.reserveCapacity(dictionary.count)
        var bloomBits = 6
        while (1 << bloomBits) < dictionary.count * 8 { bloomBits += 1 }
        var bloom = [UInt64](repeating: 0, count: 1 << (bloomBits - 6))
        let bloomShift = UInt64(64 - bloomBits)
        for (k, v) in dictionary {
            let h = WordKeyTable.hash(k)
            var s = Int(truncatingIfNeeded: h) & (capacity - 1)
            while slots[s].entry != 0 { s = (s + 1) & (capacity - 1) }
            values.append(v)
            slots[s] = Slot(lo: k.lo, hi: k.hi, count: Int32(truncatingIfNeeded: k.count), entry: Int32(values.count))
            let b = Int(truncatingIfNeeded: h >> bloomShift)
            bloom[b >> 6] |= 1 << UInt64(b & 63)
        }
        self.values = values; self.slots = slots; self.mask = capacity - 1
        self.bloom = bloom; self.bloomShift = bloomShift
    }

    /// Low bits pick the slot, high bits the filter's bit.
    @inline(__always)
    static func hash(_ k: WordKey) -> UInt64 {
        var h = k.lo &* 0x9E37_79B9_7F4A_7C15
        h ^= (k.hi &+ UInt64(truncatingIfNeeded: k.count)) &* 0xC2B2_AE3D_27D4_EB4F
        return h ^ (h >> 31)
    }

    @inline(__always)
    subscript(_ k: WordKey) -> Value? {
        let count = Int32(truncatingIfNeeded: k.count)
        let h = WordKeyTable.hash(k)
        let b = Int(truncatingIfNeeded: h >> bloomShift)
        guard bloom.withUnsafeBufferPointer({ $0[b >> 6] & (1 << UInt64(b & 63)) != 0 }) else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = slots[s]
                if slot.entry == 0 { return nil }
                if slot.lo == k.lo, slot.hi == k.hi, slot.count == count { return values[Int(slot.entry) - 1] }
                s = (s + 1) & mask
            }
        }
    }

    var count: Int { values.count }
}

/// A read-only set of word keys on `WordKeyTable`: the rules ask their closed word lists about nearly every
/// word, and `Set` would pay a SipHash round per question; a miss here is usually one cached bit.
struct WordKeySet: Sendable, ExpressibleByArrayLiteral {
    private let table: WordKeyTable<Bool>

    init<S: Sequence>(_ keys: S) where S.Element == WordKey {
        var d: [WordKey: Bool] = [:]
        for k in keys { d[k] = true }
        table = WordKeyTable(d)
    }

    init(arrayLiteral keys: WordKey...) { self.init(keys) }

    @inline(__always) func contains(_ k: WordKey) -> Bool { table[k] != nil }

    var count: Int { table.count }
}

/// Valued words by class (months, numbers, relative days…), indexed by the class: asked for every word
/// that may start a date or a count, so neither the class nor the key is hashed with SipHash.
struct ClassValues: Sendable {
    private let tables: [WordKeyTable<String>?]

    init(_ values: [WordClass: [WordKey: String]]) {
        tables = WordClass.allCases.map { c in values[c].map { WordKeyTable($0) } }
    }

    @inline(__always) subscript(_ cls: WordClass) -> WordKeyTable<String>? { tables[cls.rawValue] }
}
