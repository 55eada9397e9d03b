/// A folded name or phrase as a hash key, hashed and compared by its UTF-8 bytes. Folded keys need no Unicode
/// canonical equivalence (`NameFold` has already chosen one spelling), and String's own hashing and equality
/// normalise non-ASCII text on every call, which made lookups of Arabic keys the stage's main cost.
public struct FoldedKey: Hashable, Sendable {
    public let string: String

    @inline(__always)
    public init(_ s: String) {
        var s = s
        s.makeContiguousUTF8()
        string = s
    }

    public func hash(into h: inout Hasher) {
        var s = string
        s.withUTF8 { h.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (a: FoldedKey, b: FoldedKey) -> Bool {
        guard a.string.utf8.count == b.string.utf8.count else { return false }
        var x = a.string, y = b.string
        return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
    }
}

/// A set of folded keys, queried with plain strings, or first with a `NameHash.phrase` hash (a miss is final).
public struct KeySet: Sendable {
    let keys: Set<FoldedKey>
    public let hashes: HashSet64
    public init<S: Sequence>(_ s: S) where S.Element == String {
        keys = Set(s.map(FoldedKey.init))
        hashes = HashSet64(keys.map { NameHash.phrase($0.string) })
    }
    /// The phrase hash first: most strings asked about are not members, and the filter answers them
    /// without the string hash of the set.
    @inline(__always) public func contains(_ s: String) -> Bool {
        hashes.contains(NameHash.phrase(s)) && keys.contains(FoldedKey(s))
    }
    /// False when no key has this phrase hash; true when one may.
    @inlinable @inline(__always) public func mayContain(hash h: UInt64) -> Bool { hashes.contains(h) }
    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }
    public var strings: [String] { keys.map(\.string) }
}

/// A map from folded keys, queried with plain strings.
public struct KeyMap<Value: Sendable>: Sendable {
    var map: [FoldedKey: Value]
    public let hashes: HashSet64
    public init(_ d: [String: Value] = [:]) {
        map = Dictionary(uniqueKeysWithValues: d.map { (FoldedKey($0.key), $0.value) })
        hashes = HashSet64(d.keys.map(NameHash.phrase))
    }
    /// False when no key has this phrase hash; true when one may.
    @inlinable @inline(__always) public func mayContain(hash h: UInt64) -> Bool { hashes.contains(h) }
    @inline(__always) public subscript(_ s: String) -> Value? {
        hashes.contains(NameHash.phrase(s)) ? map[FoldedKey(s)] : nil
    }
}
