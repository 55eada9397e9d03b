/// Character encodings Marsad reads, and how a page's bytes become text.
///
/// Order of evidence: a byte-order mark, then the HTTP `Content-Type` charset (WARC), then the page's
/// own `<meta charset>` / `http-equiv` declaration; a declaration is trusted only when the bytes agree
/// (pages declaring UTF-8 while being windows-1256, and the reverse, are common). Without a usable
/// declaration the bytes are sniffed: valid UTF-8 is UTF-8; otherwise the single-byte encoding whose
/// reading gives the most plausible letters wins (Arabic letters for windows-1256 / ISO-8859-6).
public enum Charset: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf16le = "utf-16le"
    case utf16be = "utf-16be"
    case windows1256 = "windows-1256"
    case iso8859_6 = "iso-8859-6"
    case windows1252 = "windows-1252"

    /// The encoding named by a label as found in pages and headers (WHATWG label aliases).
    public init?(label raw: String) {
        let label = raw.trimmingCharacters(in: " \t\"'").lowercased()
        switch label {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
        case "utf-16le", "utf-16", "unicode", "ucs-2": self = .utf16le
        case "utf-16be": self = .utf16be
        case "windows-1256", "cp1256", "x-cp1256", "cp-1256", "win-1256", "windows1256": self = .windows1256
        case "iso-8859-6", "iso8859-6", "iso_8859-6", "iso88596", "arabic", "asmo-708", "ecma-114", "csisolatinarabic",
             "iso-ir-127", "iso_8859-6:1987", "iso-8859-6-i", "iso-8859-6-e": self = .iso8859_6
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii",
             "ascii", "ansi_x3.4-1968", "iso-8859-15", "iso8859-15", "latin-1", "cp819", "ibm819": self = .windows1252
        default: return nil
        }
    }

    var table: [UInt32]? {
        switch self {
        case .windows1256: return LegacyEncodingTables.windows1256
        case .iso8859_6: return LegacyEncodingTables.iso8859_6
        case .windows1252: return LegacyEncodingTables.windows1252
        default: return nil
        }
    }
}

/// Turning bytes into UTF-8 text.
public enum TextDecoder {
    public struct Decoded: Sendable {
        /// The text as UTF-8 bytes (what the HTML tokenizer reads).
        public let utf8: [UInt8]
        public let charset: Charset
        /// How the charset was chosen ("bom", "http", "meta", "sniffed", "meta overruled by content").
        public let evidence: String
    }

    /// Decodes a page. `httpCharset` is the charset parameter of an HTTP Content-Type, if any.
    /// `html` enables looking for a `<meta>` declaration in the first 4 KB.
    public static func decode(_ bytes: [UInt8], httpCharset: String? = nil, html: Bool = true) -> Decoded {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return Decoded(utf8: repairUTF8(Array(bytes[3...])), charset: .utf8, evidence: "bom")
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return Decoded(utf8: utf16(bytes, from: 2, littleEndian: true), charset: .utf16le, evidence: "bom") }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return Decoded(utf8: utf16(bytes, from: 2, littleEndian: false), charset: .utf16be, evidence: "bom") }

        let validUTF8 = isValidUTF8(bytes)
        var declared: (Charset, String)? = nil
        if let h = httpCharset, let c = Charset(label: h) { declared = (c, "http") }
        else if html, let c = declaredCharset(bytes) { declared = (c, "meta") }

        if let (charset, evidence) = declared {
            switch charset {
            case .utf8:
                if validUTF8 { return Decoded(utf8: bytes, charset: .utf8, evidence: evidence) }
                // Declared UTF-8 but is not: sniff a single-byte encoding unless it is mostly UTF-8.
                if mostlyUTF8(bytes) { return Decoded(utf8: repairUTF8(bytes), charset: .utf8, evidence: evidence + " (invalid bytes replaced)") }
                let guess = sniffSingleByte(bytes)
                return Decoded(utf8: singleByte(bytes, guess), charset: guess, evidence: evidence + " overruled by content")
            case .utf16le, .utf16be:
                // A page that says UTF-16 in ASCII-compatible bytes is not UTF-16.
                if validUTF8 { return Decoded(utf8: bytes, charset: .utf8, evidence: evidence + " overruled by content") }
                return Decoded(utf8: singleByte(bytes, sniffSingleByte(bytes)), charset: sniffSingleByte(bytes), evidence: evidence + " overruled by content")
            default:
                let hasHighBytes = bytes.contains { $0 >= 0x80 }
                if hasHighBytes && validUTF8 && multiByteCount(bytes) >= 8 {
                    return Decoded(utf8: bytes, charset: .utf8, evidence: evidence + " overruled by content")
                }
                if charset == .windows1252, hasHighBytes {
                    // Arabic pages mislabelled latin-1 are frequent: trust letters over the label.
                    let guess = sniffSingleByte(bytes)
                    if guess != .windows1252 { return Decoded(utf8: singleByte(bytes, guess), charset: guess, evidence: evidence + " overruled by content") }
                }
                return Decoded(utf8: singleByte(bytes, charset), charset: charset, evidence: evidence)
            }
        }
        if validUTF8 { return Decoded(utf8: bytes, charset: .utf8, evidence: "sniffed") }
        if mostlyUTF8(bytes) { return Decoded(utf8: repairUTF8(bytes), charset: .utf8, evidence: "sniffed (invalid bytes replaced)") }
        let guess = sniffSingleByte(bytes)
        return Decoded(utf8: singleByte(bytes, guess), charset: guess, evidence: "sniffed")
    }

    /// Convenience: the decoded text as a String.
    public static func string(_ bytes: [UInt8], httpCharset: String? = nil, html: Bool = true) -> String {
        String(decoding: decode(bytes, httpCharset: httpCharset, html: html).utf8, as: UTF8.self)
    }

    // MARK: declaration

    /// The charset declared by `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…charset=…">`
    /// (or an XML declaration's `encoding=`) in the first 4 KB.
    static func declaredCharset(_ bytes: [UInt8]) -> Charset? {
        let head = Array(bytes.prefix(4096))
        var finder = MetaCharsetFinder()
        head.withUnsafeBufferPointer { buffer in
            finder.input = buffer
            HTMLTokenizer.tokenize(buffer, xml: true, into: &finder)
        }
        var found = finder.found
        if found == nil, head.starts(with: Array("<?xml".utf8)) {
            let decl = String(decoding: head.prefix(200), as: UTF8.self).lowercased()
            if let r = decl.range(of: "encoding=") {
                let rest = decl[r.upperBound...].dropFirst().prefix { $0 != "\"" && $0 != "'" }
                found = Charset(label: String(rest))
            }
        }
        return found
    }

    /// Reads `<meta charset=…>` and `<meta … content="…charset=…">` from the tag bytes; the first
    /// meta naming a known charset decides.
    struct MetaCharsetFinder: HTMLTokenSink {
        static var joinsText: Bool { true }
        var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var found: Charset? = nil

        mutating func startTag(_ name: Range<Int>, attributes: UnsafeBufferPointer<AttributeSpan>, selfClosing: Bool) {
            guard found == nil, HTMLTokenizer.equalsLowercased(input, name, "meta") else { return }
            for a in attributes where HTMLTokenizer.equalsLowercased(input, a.nameStart..<a.nameEnd, "charset") {
                found = Charset(label: HTMLTokenizer.attributeValue(input, a.valueStart..<a.valueEnd))
                return
            }
            for a in attributes where HTMLTokenizer.equalsLowercased(input, a.nameStart..<a.nameEnd, "content") {
                let content = HTMLTokenizer.attributeValue(input, a.valueStart..<a.valueEnd).lowercased()
                if let r = UTF8Text.firstIndex(of: "charset=", in: content) {
                    let rest = content.utf8.dropFirst(r + 8).prefix { $0 != UInt8(ascii: ";") && $0 != 32 && $0 != UInt8(ascii: "\"") }
                    found = Charset(label: String(decoding: rest, as: UTF8.self))
                }
                return
            }
        }
        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
        mutating func rawText(_ bytes: Range<Int>) {}
        mutating func endTag(_ name: Range<Int>) {}
        mutating func comment(_ body: Range<Int>, doctype: Bool) {}
    }

    // MARK: UTF-8

    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        invalidUTF8Count(bytes, stopAfter: 1) == 0
    }

    /// Counts invalid sequences (stopping early once `stopAfter` are seen).
    static func invalidUTF8Count(_ bytes: [UInt8], stopAfter: Int = .max) -> Int {
        var bad = 0
        bytes.withUnsafeBufferPointer { b in
            var i = 0
            let n = b.count
            while i < n {
                // ASCII fast path: eight bytes at a time.
                while i + 8 <= n {
                    let word = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    i += 8
                }
                if i >= n { break }
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                var minimum: UInt32
                if c & 0xE0 == 0xC0 { len = 2; minimum = 0x80 } else if c & 0xF0 == 0xE0 { len = 3; minimum = 0x800 } else if c & 0xF8 == 0xF0 { len = 4; minimum = 0x10000 } else {
                    bad += 1; if bad >= stopAfter { return }; i += 1; continue
                }
                if i + len > n { bad += 1; return }
                var v = UInt32(c) & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07)
                var ok = true
                for k in 1..<len {
                    let cc = b[i + k]
                    if cc & 0xC0 != 0x80 { ok = false; break }
                    v = v << 6 | UInt32(cc & 0x3F)
                }
                if !ok || v < minimum || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) {
                    bad += 1; if bad >= stopAfter { return }; i += 1; continue
                }
                i += len
            }
        }
        return bad
    }

    static func multiByteCount(_ bytes: [UInt8]) -> Int {
        var n = 0
        for c in bytes where c & 0xC0 == 0xC0 { n += 1 }
        return n
    }

    /// UTF-8 with a few bad bytes (a truncated character, a stray latin-1 byte) rather than another encoding.
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        let lead = multiByteCount(bytes)
        let bad = invalidUTF8Count(bytes)
        return lead >= 16 && bad * 20 <= lead
    }

    /// Replaces invalid sequences with U+FFFD.
    static func repairUTF8(_ bytes: [UInt8]) -> [UInt8] {
        Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    // MARK: single-byte encodings

    static func singleByte(_ bytes: [UInt8], _ charset: Charset) -> [UInt8] {
        guard let table = charset.table else { return repairUTF8(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 2)
        for c in bytes {
            if c < 0x80 { if c != 0 { out.append(c) }; continue }
            HTMLEntities.appendUTF8(Unicode.Scalar(table[Int(c) - 0x80]) ?? "\u{FFFD}", to: &out)
        }
        return out
    }

    /// Chooses the single-byte encoding under which the high bytes read as the most plausible letters.
    static func sniffSingleByte(_ bytes: [UInt8]) -> Charset {
        var counts = [Int](repeating: 0, count: 128)
        for c in bytes where c >= 0x80 { counts[Int(c) - 0x80] += 1 }
        func score(_ table: [UInt32]) -> Int {
            var s = 0
            for (k, n) in counts.enumerated() where n > 0 {
                let v = table[k]
                if v >= 0x0621 && v <= 0x064A { s += 2 * n }          // Arabic letters
                else if v >= 0x064B && v <= 0x0652 { s += n }         // harakat
                else if v >= 0x00C0 && v <= 0x017F { s += n }         // Latin letters with diacritics
                else if v == 0xFFFD || (v >= 0x80 && v < 0xA0) { s -= 4 * n }
            }
            return s
        }
        let candidates: [Charset] = [.windows1256, .iso8859_6, .windows1252]
        var best = Charset.windows1252
        var bestScore = Int.min
        for c in candidates { let s = score(c.table!); if s > bestScore { best = c; bestScore = s } }
        return best
    }

    static func utf16(_ bytes: [UInt8], from: Int, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity((bytes.count - from) / 2)
        var i = from
        while i + 1 < bytes.count {
            units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
