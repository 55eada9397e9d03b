/// Decoding of HTML character references (`&amp;`, `&#1575;`, `&#x627;`, legacy `&nbsp` without `;`).
enum HTMLEntities {
    /// Named references, built once from the generated WHATWG table.
    static let named: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2300)
        for line in HTMLEntityTable.raw.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            table[String(line[..<tab])] = String(line[line.index(after: tab)...])
        }
        return table
    }()

    /// Longest name in the table, so a scan never reads further.
    static let maxNameLength = 32

    /// Windows-1252 meanings of numeric references 0x80...0x9F (what browsers do with `&#150;`).
    static let c1Remap: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// Decodes the reference starting at `bytes[i]` (which is `&`). Appends the UTF-8 of the
    /// replacement to `out` and returns the index after the reference, or nil when there is no
    /// reference here (the caller then copies `&` literally).
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int, inAttribute: Bool, into out: inout [UInt8]) -> Int? {
        var j = i + 1
        guard j < end else { return nil }
        if bytes[j] == UInt8(ascii: "#") {
            j += 1
            var value: UInt32 = 0
            var digits = 0
            if j < end, bytes[j] | 0x20 == UInt8(ascii: "x") {
                j += 1
                while j < end, let d = hexValue(bytes[j]) { value = min(value &* 16 &+ d, 0x110000); j += 1; digits += 1 }
            } else {
                while j < end, bytes[j] >= 48, bytes[j] <= 57 { value = min(value &* 10 &+ UInt32(bytes[j] - 48), 0x110000); j += 1; digits += 1 }
            }
            guard digits > 0 else { return nil }
            if j < end, bytes[j] == UInt8(ascii: ";") { j += 1 }
            if value >= 0x80 && value <= 0x9F { value = c1Remap[Int(value - 0x80)] }
            let scalar = Unicode.Scalar(value).flatMap { $0.value == 0 ? nil : $0 } ?? "\u{FFFD}"
            appendUTF8(scalar, to: &out)
            return j
        }
        // Named: read an alphanumeric run.
        var k = j
        while k < end, k - j < maxNameLength, isAlnum(bytes[k]) { k += 1 }
        guard k > j else { return nil }
        let hasSemicolon = k < end && bytes[k] == UInt8(ascii: ";")
        if hasSemicolon {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[j...k]), as: UTF8.self)
            if let v = named[name] { out.append(contentsOf: v.utf8); return k + 1 }
        }
        // Legacy references without ';' (&amp, &nbsp, &copy…): longest prefix that the table knows.
        var n = k
        while n > j {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<n]), as: UTF8.self)
            if let v = named[name] {
                // In attribute values "&copy=" or "&copyx" stay literal (URLs with query strings).
                if inAttribute, n < end, bytes[n] == UInt8(ascii: "=") || isAlnum(bytes[n]) { return nil }
                out.append(contentsOf: v.utf8)
                return n
            }
            n -= 1
        }
        return nil
    }

    /// Decodes all references in a string (used for attribute-like values found outside the tokenizer).
    static func decodeAll(_ s: String) -> String {
        guard s.utf8.contains(UInt8(ascii: "&")) else { return s }
        var bytes = Array(s.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        bytes.withUnsafeMutableBufferPointer { mb in
            let b = UnsafeBufferPointer(mb)
            var i = 0
            while i < b.count {
                if b[i] == UInt8(ascii: "&"), let next = decode(b, at: i, end: b.count, inAttribute: false, into: &out) { i = next; continue }
                out.append(b[i]); i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c | 0x20 >= 97 && c | 0x20 <= 122)
    }

    @inline(__always) static func hexValue(_ c: UInt8) -> UInt32? {
        if c >= 48 && c <= 57 { return UInt32(c - 48) }
        let l = c | 0x20
        if l >= 97 && l <= 102 { return UInt32(l - 87) }
        return nil
    }

    @inline(__always) static func appendUTF8(_ s: Unicode.Scalar, to out: inout [UInt8]) {
        let v = s.value
        if v < 0x80 { out.append(UInt8(v)) }
        else if v < 0x800 { out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F))) }
        else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}
