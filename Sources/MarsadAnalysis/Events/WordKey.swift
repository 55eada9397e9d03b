/// A folded word packed into two machine words: 7 bits a letter, up to 18 letters (longer words keep
/// their first 18 letters and their true length). Hashing and comparing it costs a few integer
/// operations, where a `String` key of Arabic letters would be Unicode-normalised on every hash and
/// comparison. Lexicon keys and text keys are made by the same fold (`ArabicFold`), so they meet in
/// one hash lookup.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    private(set) var lo: UInt64 = 0
    private(set) var hi: UInt64 = 0
    private(set) var count: Int = 0

    static let capacity = 18

    /// One combine instead of three: the key's letters and length mixed into a single word (equal keys
    /// mix equally), so a lexicon lookup pays for one round of the hasher.
    @inline(__always)
    func hash(into hasher: inout Hasher) {
        hasher.combine(lo &+ (hi &* 0x9E37_79B9_7F4A_7C15) &+ (UInt64(truncatingIfNeeded: count) << 58))
    }

    init() {}

    /// Key of a string, folded.
    init(_ s: String) {
        for u in s.unicodeScalars {
            if let f = ArabicFold.fold(u.value) { append(WordKey.code(f)) }
        }
    }

    init(stringLiteral value: String) { self.init(value) }

    /// 7-bit code of a folded scalar: Arabic letters 1–42, digits 43–52, Latin 53–78, other Arabic-script
    /// letters 79–118, anything else 119–127.
    @inline(__always)
    static func code(_ v: UInt32) -> UInt8 {
        switch v {
        case 0x0621...0x064A: return UInt8(v - 0x0620)
        case 0x30...0x39: return UInt8(43 + v - 0x30)
        case 0x61...0x7A: return UInt8(53 + v - 0x61)
        case 0x41...0x5A: return UInt8(53 + v - 0x41)
        case 0x0671...0x06FF: return UInt8(79 + (v - 0x0671) % 40)
        default: return UInt8(119 + v % 9)
        }
    }

    /// Code of a single-letter string literal ("و").
    static func letter(_ s: String) -> UInt8 { code(ArabicFold.fold(s.unicodeScalars.first!.value) ?? 0) }

    @inline(__always)
    mutating func append(_ c: UInt8) {
        if count < 9 { lo |= UInt64(c) << UInt64(7 * count) }
        else if count < WordKey.capacity { hi |= UInt64(c) << UInt64(7 * (count - 9)) }
        count += 1
    }

    @inline(__always)
    subscript(_ i: Int) -> UInt8 {
        i < 9 ? UInt8((lo >> UInt64(7 * i)) & 127) : UInt8((hi >> UInt64(7 * (i - 9))) & 127)
    }

    var isEmpty: Bool { count == 0 }
    var first: UInt8? { count > 0 ? self[0] : nil }
    var last: UInt8? { count > 0 && count <= WordKey.capacity ? self[count - 1] : nil }

    func hasPrefix(_ p: WordKey) -> Bool {
        guard p.count <= count, p.count <= WordKey.capacity else { return false }
        for i in 0..<p.count where self[i] != p[i] { return false }
        return true
    }

    func hasSuffix(_ p: WordKey) -> Bool {
        guard p.count <= count, count <= WordKey.capacity else { return false }
        let off = count - p.count
        for i in 0..<p.count where self[off + i] != p[i] { return false }
        return true
    }

    func dropFirst(_ n: Int = 1) -> WordKey {
        var k = WordKey()
        guard n < count else { return k }
        for i in n..<min(count, WordKey.capacity) { k.append(self[i]) }
        k.count = count - n
        return k
    }

    func dropLast(_ n: Int = 1) -> WordKey {
        var k = WordKey()
        guard n < count else { return k }
        for i in 0..<min(count - n, WordKey.capacity) { k.append(self[i]) }
        return k
    }

    static func + (a: WordKey, b: WordKey) -> WordKey {
        var k = a
        for i in 0..<min(b.count, WordKey.capacity) { k.append(b[i]) }
        return k
    }

    /// Readable form for debugging (Arabic letters and digits only).
    var description: String {
        var v = String.UnicodeScalarView()
        for i in 0..<min(count, WordKey.capacity) {
            let c = UInt32(self[i])
            if c >= 1 && c <= 42, let s = Unicode.Scalar(0x0620 + c) { v.append(s) }
            else if c >= 43 && c <= 52, let s = Unicode.Scalar(0x30 + c - 43) { v.append(s) }
            else if c >= 53 && c <= 78, let s = Unicode.Scalar(0x61 + c - 53) { v.append(s) }
            else { v.append("?") }
        }
        return String(v)
    }
}
