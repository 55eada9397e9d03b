/// The fold under which names are compared: a superset of `Normalizer.fold` (search level) made for matching
/// names, applied the same way to gazetteer names at load and to words of the text.
///
/// Arabic spelling varies where the pronunciation does not: hamza seats (أ إ آ ٱ → ا, ؤ → و, ئ → ي),
/// alef maqsura (ى → ي), ta marbuta (ة → ه), diacritics and tatweel (dropped), Persian letter forms (ی ک).
/// Latin is lower-cased except short all-capital acronyms ("UN", "EU"), which keep their case so that the
/// English word "is" never reads as "IS".
public enum NameFold {
    /// Folds one scalar; nil drops it.
    @inlinable @inline(__always)
    public static func fold(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627   // آ أ إ ٱ → ا
        case 0x0649, 0x06CC, 0x0626: return 0x064A                             // ى ی ئ → ي
        case 0x0629: return 0x0647                                             // ة → ه
        case 0x0624: return 0x0648                                             // ؤ → و
        case 0x06A9: return 0x0643                                             // ک → ك
        case 0x064B...0x0652, 0x0670, 0x0640, 0x200C, 0x200D, 0x200F, 0x200E: return nil
        case 0x41...0x5A: return v + 0x20
        default: return v
        }
    }

    /// Folds a name or phrase: words separated by single spaces, hyphens read as spaces.
    /// (Read and written as UTF-8 bytes: the gazetteer folds every one of its names at load.)
    public static func key(_ s: String) -> String {
        var s = s
        return s.withUTF8 { src -> String in
            // each scalar folds to one of at most the same UTF-8 length, and a separator run to one space
            String(unsafeUninitializedCapacity: src.count) { out in
                var n = 0                      // bytes written
                var wordStart = 0              // where the current word's bytes begin in `src`
                var i = 0
                func flush(_ end: Int) {
                    guard end > wordStart else { return }
                    // a short all-capital acronym keeps its case ("UN", "IS"): at most 4 bytes, A–Z or "."
                    var acronym = end - wordStart <= 4
                    if acronym { for j in wordStart..<end where !((0x41...0x5A).contains(src[j]) || src[j] == 0x2E) { acronym = false; break } }
                    if n > 0 { out[n] = 0x20; n += 1 }
                    var j = wordStart
                    while j < end {
                        let (v, len) = decode(src, j)
                        j += len
                        let f: UInt32? = acronym ? v : fold(v)
                        guard let f else { continue }
                        n = encode(f, into: out, at: n)
                    }
                }
                while i < src.count {
                    let b = src[i]
                    if b == 0x20 || b == 0x2D || b == 0x09 || b == 0x0A || b == 0x0D {
                        flush(i); i += 1; wordStart = i; continue
                    }
                    if b == 0xC2, i + 1 < src.count, src[i + 1] == 0xA0 {       // no-break space
                        flush(i); i += 2; wordStart = i; continue
                    }
                    i += 1
                }
                flush(src.count)
                return n
            }
        }
    }

    /// The scalar at byte `i` of valid UTF-8 and its length.
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3) }
        return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
    }

    /// Writes scalar `v` as UTF-8 at `n`; the index after it.
    @inline(__always)
    static func encode(_ v: UInt32, into out: UnsafeMutableBufferPointer<UInt8>, at n: Int) -> Int {
        if v < 0x80 { out[n] = UInt8(v); return n + 1 }
        if v < 0x800 { out[n] = UInt8(0xC0 | v >> 6); out[n + 1] = UInt8(0x80 | v & 0x3F); return n + 2 }
        if v < 0x10000 {
            out[n] = UInt8(0xE0 | v >> 12); out[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F); out[n + 2] = UInt8(0x80 | v & 0x3F)
            return n + 3
        }
        out[n] = UInt8(0xF0 | v >> 18); out[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
        out[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F); out[n + 3] = UInt8(0x80 | v & 0x3F)
        return n + 4
    }

    /// Whether a scalar belongs to an Arabic-script word (letters, diacritics, tatweel).
    @inlinable @inline(__always)
    public static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x064A).contains(v) || (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640
            || (0x0671...0x06D3).contains(v) || v == 0x06D5 || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
    }
}
