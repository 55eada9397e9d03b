import Foundation

/// Normalisation at a `NormalizationLevel`, with a code point offset map back to the original.
///
/// One pass over the UTF-8 bytes with per-scalar table lookups. Text that is not already in NFC
/// (rare in news: decomposed Latin accents, a hamza typed as a combining mark, harakat out of
/// canonical order) is first composed segment by segment, keeping the map.
public enum Normalizer {
    public static func normalize(_ text: String, level: NormalizationLevel) -> NormalizedText {
        let out = text.withUTF8Buffer { run($0, search: level == .search, trackOrigin: true, checkNFC: true) }
        if let out { return NormalizedText(text: out.text, origin: out.origin) }
        // Not NFC: compose first, then normalise the composed text and chain the two maps.
        let (composed, composedOrigin) = composeNFC(text)
        let second = composed.withUTF8Buffer { run($0, search: level == .search, trackOrigin: true, checkNFC: false) }!
        return NormalizedText(text: second.text, origin: second.origin.map { composedOrigin[$0] })
    }

    /// Search-level fold of a short string (name, query, lexicon entry) without offset map.
    public static func fold(_ text: String) -> String {
        if let out = text.withUTF8Buffer({ run($0, search: true, trackOrigin: false, checkNFC: true) }) { return out.text }
        let composed = composeNFC(text).text
        return composed.withUTF8Buffer { run($0, search: true, trackOrigin: false, checkNFC: false) }!.text
    }

    /// Output buffers: UTF-8 bytes and origins, sized to the input (a fold never lengthens a scalar's
    /// UTF-8 outside `FoldCode.expand`, which makes room first). The hot loop keeps the counts in
    /// locals; this struct only carries them through the rare paths.
    struct Buffers {
        var bytes: UnsafeMutablePointer<UInt8>
        var byteCapacity: Int
        var origin: UnsafeMutablePointer<Int>
        var originCapacity: Int

        init(capacity: Int, trackOrigin: Bool) {
            byteCapacity = capacity + 8
            bytes = .allocate(capacity: byteCapacity)
            originCapacity = trackOrigin ? capacity + 8 : 1
            origin = .allocate(capacity: originCapacity)
        }

        func deallocate() { bytes.deallocate(); origin.deallocate() }

        /// Makes room for `n` more scalars after `byteCount` bytes and `originCount` origins.
        mutating func reserve(_ n: Int, byteCount: Int, originCount: Int, trackOrigin: Bool) {
            if byteCount + 4 * n + 2 > byteCapacity {
                byteCapacity = 2 * byteCapacity + 4 * n
                let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity)
                nb.update(from: bytes, count: byteCount); bytes.deallocate(); bytes = nb
            }
            if trackOrigin && originCount + n + 2 > originCapacity {
                originCapacity = 2 * originCapacity + n
                let no = UnsafeMutablePointer<Int>.allocate(capacity: originCapacity)
                no.update(from: origin, count: originCount); origin.deallocate(); origin = no
            }
        }
    }

    /// Writes `v` as UTF-8 at `bytes + count`; returns the new count.
    @inline(__always)
    static func put(_ v: UInt32, _ bytes: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        if v < 0x80 {
            bytes[count] = UInt8(truncatingIfNeeded: v); return count &+ 1
        } else if v < 0x800 {
            bytes[count] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
            bytes[count &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); return count &+ 2
        } else if v < 0x10000 {
            bytes[count] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); return count + 3
        } else {
            bytes[count] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
            bytes[count + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
            bytes[count + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
            bytes[count + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); return count + 4
        }
    }

    /// Whether the scalar at byte `j` is one the fast path writes out as a plain scalar (so a single space
    /// before it is written as it is, exactly as the whitespace-run logic would).
    @inline(__always)
    static func plainNext(_ p: UnsafeBufferPointer<UInt8>, _ j: Int, _ map: FrozenTable<UInt32>) -> Bool {
        let b = p[j]
        if b < 0x80 { return map[Int(b)] < 0x80 }
        if b < 0xC2 || b >= 0xE0 { return false }
        return map[Int((UInt32(b & 0x1F) << 6) | UInt32(p[j &+ 1] & 0x3F))] < 0x800
    }

    /// The core loop. Returns nil when `checkNFC` is set and the input is not (certainly) NFC.
    ///
    /// Whitespace runs are held back and written before the next visible scalar: nothing at the start
    /// or end, "\n\n" for several line breaks, "\n" for one, else one space (the run had at least as
    /// many bytes), all pointing at the run's first code point.
    static func run(_ p: UnsafeBufferPointer<UInt8>, search: Bool, trackOrigin: Bool, checkNFC: Bool)
        -> (text: String, origin: [Int])?
    {
        let tables = FoldTables.shared
        var buf = Buffers(capacity: p.count, trackOrigin: trackOrigin)
        defer { buf.deallocate() }
        var bytes = buf.bytes, origin = buf.origin
        var nb = 0, no = 0                      // bytes and origins written
        var inWhitespace = false, breaks = 0, wsOrigin = 0
        var crAt = -2                           // code point of the last CR (CR LF is one line break)
        var prevCCC: UInt32 = 0, markAt = -2    // combining class and position of the last combining mark
        var i = 0, cp = 0
        let n = p.count
        let map = search ? tables.search : tables.display
        var ok = true
        scan: do {
            while i < n {
                // Fast path: a run of one- and two-byte scalars whose entry is a plain one- or two-byte
                // scalar (most Arabic letters and their folds, ASCII letters and digits) is written
                // straight out, skipping the rare-case checks. Whitespace, marks, drops and expansions
                // have entries >= U+0800 (codes or combining-class bits) and stop the run; so does a
                // space, unless a single space sits between two such scalars, where it is copied as is.
                if !inWhitespace {
                    while i < n {
                        let b = p[i]
                        if b < 0x80 {
                            let e = map[Int(b)]
                            if e < 0x80 {
                                bytes[nb] = UInt8(truncatingIfNeeded: e); nb &+= 1; i &+= 1
                            } else if b == 0x20 && nb > 0 && i &+ 2 < n && plainNext(p, i &+ 1, map) {
                                bytes[nb] = 0x20; nb &+= 1; i &+= 1
                            } else {
                                break
                            }
                        } else if b < 0xE0 {
                            let e = map[Int((UInt32(b & 0x1F) << 6) | UInt32(p[i &+ 1] & 0x3F))]
                            if e >= 0x800 { break }
                            if e < 0x80 {
                                bytes[nb] = UInt8(truncatingIfNeeded: e); nb &+= 1
                            } else {
                                bytes[nb] = UInt8(truncatingIfNeeded: 0xC0 | (e >> 6))
                                bytes[nb &+ 1] = UInt8(truncatingIfNeeded: 0x80 | (e & 0x3F)); nb &+= 2
                            }
                            i &+= 2
                        } else {
                            break
                        }
                        if trackOrigin { origin[no] = cp; no &+= 1 }
                        cp &+= 1
                    }
                    if i >= n { break }
                }
                let b = p[i]
                let v: UInt32, len: Int, entry: UInt32
                if b < 0x80 {
                    v = UInt32(b); len = 1; entry = map[Int(b)]
                } else if b < 0xE0 {
                    v = (UInt32(b & 0x1F) << 6) | UInt32(p[i &+ 1] & 0x3F); len = 2; entry = map[Int(v)]
                } else {
                    (v, len) = decodeScalar(p, i); entry = tables.high(v, search: search)
                }
                if entry >= 1 << 24 && checkNFC {
                    // A combining mark: not NFC if it may compose, or if it follows a mark of a higher class.
                    let c = entry >> 24
                    if c == FoldCode.nfcSensitive || (markAt == cp - 1 && c < prevCCC) { ok = false; break scan }
                    prevCCC = c; markAt = cp
                }
                let code = entry & FoldCode.codeMask
                if code < 0x110000 || code == FoldCode.expand {
                    if inWhitespace {
                        inWhitespace = false
                        if nb > 0 {
                            if breaks >= 2 {
                                bytes[nb] = 0x0A; bytes[nb + 1] = 0x0A; nb += 2
                                if trackOrigin { origin[no] = wsOrigin; origin[no + 1] = wsOrigin; no += 2 }
                            } else {
                                bytes[nb] = breaks == 1 ? 0x0A : 0x20; nb += 1
                                if trackOrigin { origin[no] = wsOrigin; no += 1 }
                            }
                        }
                        breaks = 0
                    }
                    if code < 0x110000 {
                        nb = put(code, bytes, nb)
                        if trackOrigin { origin[no] = cp; no &+= 1 }
                    } else {
                        // Several scalars: ligatures, presentation forms, some lowercase mappings.
                        let e = tables.expansions[v] ?? Unicode.Scalar(v)!.properties.lowercaseMapping.unicodeScalars.map(\.value)
                        buf.reserve(e.count + 2, byteCount: nb, originCount: no, trackOrigin: trackOrigin)
                        bytes = buf.bytes; origin = buf.origin
                        var pendingSpace = false
                        for x in e {
                            if x == 0x20 { pendingSpace = nb > 0; continue }
                            if pendingSpace {
                                bytes[nb] = 0x20; nb += 1
                                if trackOrigin { origin[no] = cp; no += 1 }
                                pendingSpace = false
                            }
                            nb = put(x, bytes, nb)
                            if trackOrigin { origin[no] = cp; no += 1 }
                        }
                    }
                } else if code == FoldCode.space {
                    if !inWhitespace { inWhitespace = true; wsOrigin = cp }
                } else if code == FoldCode.lineBreak {
                    if !inWhitespace { inWhitespace = true; wsOrigin = cp }
                    if v == 0x0D { crAt = cp }
                    if !(v == 0x0A && crAt == cp - 1) { breaks += 1 }
                } // else: dropped
                i &+= len
                cp &+= 1
            }
        }
        guard ok else { return nil }
        let text = String(encodedUTF8: UnsafeBufferPointer(start: bytes, count: nb))
        guard trackOrigin else { return (text, []) }
        let count = no
        let result = [Int](unsafeUninitializedCapacity: count + 1) { out, initialized in
            out.baseAddress!.initialize(from: origin, count: count)
            out[count] = cp
            initialized = count + 1
        }
        return (text, result)
    }

    /// NFC composition with an offset map: the text is cut before every stable starter, and each piece
    /// that may change is composed alone; all its output points at the piece's first code point.
    static func composeNFC(_ text: String) -> (text: String, origin: [Int]) {
        let tables = FoldTables.shared
        let scalars = Array(text.unicodeScalars)
        /// Combining class, or `FoldCode.nfcSensitive`.
        func nfc(_ v: UInt32) -> UInt32 {
            v < FoldTables.lowLimit ? tables.display[Int(v)] >> 24 : tables.high(v, search: false) >> 24
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        var origin: [Int] = []
        origin.reserveCapacity(scalars.count + 1)
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count && nfc(scalars[end].value) != 0 { end += 1 }
            if end == start + 1 && nfc(scalars[start].value) == 0 {
                appendUTF8(scalars[start].value, to: &bytes); origin.append(start)
            } else {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[start..<end])
                for s in String(piece).precomposedStringWithCanonicalMapping.unicodeScalars {
                    appendUTF8(s.value, to: &bytes); origin.append(start)
                }
            }
            start = end
        }
        origin.append(scalars.count)
        return (bytes.withUnsafeBufferPointer { String(encodedUTF8: $0) }, origin)
    }
}
