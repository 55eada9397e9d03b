/// A read-only hash table from `WordKey` to values, built once from a dictionary. The lexicons are probed
/// several times per word (every clitic-stripped reading), and `Dictionary` pays a full SipHash round for
/// each probe; this table mixes the key's two words with two multiplications and probes linearly, which
/// makes a miss (most probes) a few instructions.
struct WordKeyTable<Value: Sendable>: Sendable {
    private let keys: [WordKey]
    private let values: [Value]
    /// For each slot, 1 + index into `keys`/`values`, or 0 when empty.
    private let slots: [Int32]
    private let mask: Int

    init(_ dictionary: [WordKey: Value]) {
        var capacity = 16
        while capacity < dictionary.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: 0, count: capacity)
        var keys: [WordKey] = [], values: [Value] = []
        keys.reserveCapacity(dictionary.count); values.reserveCapacity(dictionary.count)
        for (k, v) in dictionary {
            var s = WordKeyTable.slot(k, capacity - 1)
            while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
            keys.append(k); values.append(v)
            slots[s] = Int32(keys.count)
        }
        self.keys = keys; self.values = values; self.slots = slots; self.mask = capacity - 1
    }

    @inline(__always)
    static func slot(_ k: WordKey, _ mask: Int) -> Int {
        var h = k.lo &* 0x9E37_79B9_7F4A_7C15
        h ^= (k.hi &+ UInt64(truncatingIfNeeded: k.count)) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 31
        return Int(truncatingIfNeeded: h) & mask
    }

    @inline(__always)
    subscript(_ k: WordKey) -> Value? {
        var s = WordKeyTable.slot(k, mask)
        while true {
            let e = Int(slots[s])
            if e == 0 { return nil }
            if keys[e - 1] == k { return values[e - 1] }
            s = (s + 1) & mask
        }
    }

    var count: Int { keys.count }
}
