/// Exact searches on the UTF-8 of short strings (titles, site names, labels): byte comparison, no
/// Foundation bridging and no Character segmentation, which cost more than the search itself.
enum UTF8Text {
    /// Byte offset of the first occurrence of `needle` in `s` at or after `from`, or nil.
    static func firstIndex(of needle: String, in s: String, from: Int = 0) -> Int? {
        var s = s, needle = needle
        return s.withUTF8 { h in
            needle.withUTF8 { n in
                guard !n.isEmpty, n.count <= h.count else { return nil }
                var i = from
                let last = h.count - n.count
                while i <= last {
                    if h[i] == n[0] {
                        var k = 1
                        while k < n.count, h[i + k] == n[k] { k += 1 }
                        if k == n.count { return i }
                    }
                    i += 1
                }
                return nil
            }
        }
    }

    static func contains(_ s: String, _ needle: String) -> Bool { firstIndex(of: needle, in: s) != nil }

    /// The parts of `s` between occurrences of `separator` (empty parts included), as `components(separatedBy:)`.
    static func split(_ s: String, separator: String) -> [String] {
        let bytes = Array(s.utf8)
        let width = separator.utf8.count
        var parts: [String] = []
        var start = 0
        var from = 0
        while let k = firstIndex(of: separator, in: s, from: from) {
            parts.append(String(decoding: bytes[start..<k], as: UTF8.self))
            start = k + width
            from = start
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// `s` without any occurrence of `needle`.
    static func removingAll(_ needle: String, from s: String) -> String {
        guard !needle.isEmpty else { return s }
        return split(s, separator: needle).joined()
    }

    /// Words of `s` separated by single spaces: runs of spaces, tabs, line breaks and no-break spaces
    /// (U+00A0) become one space; none at either end.
    static func collapse(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var pending = false
        var afterC2 = false
        for b in s.utf8 {
            if afterC2 {
                afterC2 = false
                if b == 0xA0 { pending = !out.isEmpty; continue }
                if pending { out.append(32); pending = false }
                out.append(0xC2)
            }
            if b == 32 || b == 10 || b == 9 || b == 13 { pending = !out.isEmpty; continue }
            if b == 0xC2 { afterC2 = true; continue }
            if pending { out.append(32); pending = false }
            out.append(b)
        }
        if afterC2 { if pending { out.append(32) }; out.append(0xC2) }
        return String(decoding: out, as: UTF8.self)
    }
}
