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

    /// Output under construction: UTF-8 bytes, origins, and the pending whitespace run. Raw buffers
    /// (grown on demand) keep the per-scalar cost to a store and a bounds check.
    struct Output {
        var bytes: UnsafeMutablePointer<UInt8>
        var byteCount = 0, byteCapacity: Int
        var origin: UnsafeMutablePointer<Int>
        var originCount = 0, originCapacity: Int
        let trackOrigin: Bool
        var inWhitespace = false, breaks = 0, wsOrigin = 0

        init(capacity: Int, trackOrigin: Bool) {
            self.trackOrigin = trackOrigin
            byteCapacity = capacity + 16
            bytes = .allocate(capacity: byteCapacity)
            originCapacity = trackOrigin ? capacity + 16 : 0
            origin = .allocate(capacity: max(1, originCapacity))
        }

        func deallocate() { bytes.deallocate(); origin.deallocate() }

        mutating func grow() {
            let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: byteCapacity * 2)
            nb.update(from: bytes, count: byteCount); bytes.deallocate(); bytes = nb; byteCapacity *= 2
            if trackOrigin {
                let no = UnsafeMutablePointer<Int>.allocate(capacity: originCapacity * 2)
                no.update(from: origin, count: originCount); origin.deallocate(); origin = no; originCapacity *= 2
            }
        }

        @inline(__always) mutating func whitespace(at cp: Int, isBreak: Bool) {
            if !inWhitespace { inWhitespace = true; wsOrigin = cp }
            if isBreak { breaks += 1 }
        }

        /// Writes the pending whitespace run: nothing at the start, "\n\n" for several line breaks,
        /// "\n" for one, else a space.
        @inline(__always) mutating func flushWhitespace() {
            inWhitespace = false
            if byteCount > 0 {
                if byteCount + 2 > byteCapacity || (trackOrigin && originCount + 2 > originCapacity) { grow() }
                if breaks >= 2 {
                    bytes[byteCount] = 0x0A; bytes[byteCount + 1] = 0x0A; byteCount += 2
                    if trackOrigin { origin[originCount] = wsOrigin; origin[originCount + 1] = wsOrigin; originCount += 2 }
                } else {
                    bytes[byteCount] = breaks == 1 ? 0x0A : 0x20; byteCount += 1
                    if trackOrigin { origin[originCount] = wsOrigin; originCount += 1 }
                }
            }
            breaks = 0
        }

        @inline(__always) mutating func emit(_ v: UInt32, at cp: Int) {
            if inWhitespace { flushWhitespace() }
            if byteCount + 4 > byteCapacity || (trackOrigin && originCount + 1 > originCapacity) { grow() }
            if v < 0x80 {
                bytes[byteCount] = UInt8(truncatingIfNeeded: v); byteCount += 1
            } else if v < 0x800 {
                bytes[byteCount] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                bytes[byteCount + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); byteCount += 2
            } else if v < 0x10000 {
                bytes[byteCount] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                bytes[byteCount + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                bytes[byteCount + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); byteCount += 3
            } else {
                bytes[byteCount] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                bytes[byteCount + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                bytes[byteCount + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                bytes[byteCount + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F)); byteCount += 4
            }
            if trackOrigin { origin[originCount] = cp; originCount += 1 }
        }
    }

    /// The core loop. Returns nil when `checkNFC` is set and the input is not (certainly) NFC.
    static func run(_ p: UnsafeBufferPointer<UInt8>, search: Bool, trackOrigin: Bool, checkNFC: Bool)
        -> (text: String, origin: [Int])?
    {
        let tables = FoldTables.shared
        var out = Output(capacity: p.count, trackOrigin: trackOrigin)
        var lastCR = false
        var prevCCC: UInt8 = 0
        var i = 0, cp = 0
        let n = p.count
        let ok: Bool = (search ? tables.search : tables.display).withUnsafeBufferPointer { map in
            tables.ccc.withUnsafeBufferPointer { cccTable in
            tables.nfcSensitive.withUnsafeBufferPointer { sensitiveTable in
            tables.searchPresentation.withUnsafeBufferPointer { presentation in
            while i < n {
                let b = p[i]
                let v: UInt32, len: Int
                if b < 0x80 { v = UInt32(b); len = 1 } else { (v, len) = decodeScalar(p, i) }
                let code: UInt32
                if v < FoldTables.lowLimit {
                    code = map[Int(v)]
                    if checkNFC {
                        if v >= 0x300 {
                            let c = cccTable[Int(v)]
                            if sensitiveTable[Int(v)] || (c != 0 && c < prevCCC) { return false }
                            prevCCC = c
                        } else { prevCCC = 0 }
                    }
                } else {
                    if checkNFC {
                        let (c, sensitive) = FoldTables.highNFC(v)
                        if sensitive || (c != 0 && c < prevCCC) { return false }
                        prevCCC = c
                    }
                    if search && v >= FoldTables.presentationStart && v < FoldTables.presentationEnd {
                        code = presentation[Int(v - FoldTables.presentationStart)]
                    } else {
                        code = FoldTables.high(v, search: search)
                    }
                }
                if code < 0x110000 {
                    out.emit(code, at: cp)
                } else if code == FoldCode.space {
                    out.whitespace(at: cp, isBreak: false)
                } else if code == FoldCode.lineBreak {
                    out.whitespace(at: cp, isBreak: !(v == 0x0A && lastCR))
                } else if code == FoldCode.expand {
                    if let e = tables.expansions[v] {
                        for x in e { if x == 0x20 { out.whitespace(at: cp, isBreak: false) } else { out.emit(x, at: cp) } }
                    } else {
                        // Lowercasing outside the tables (e.g. Latin Extended Additional, full-width letters).
                        for x in Unicode.Scalar(v)!.properties.lowercaseMapping.unicodeScalars { out.emit(x.value, at: cp) }
                    }
                } // else: dropped
                lastCR = v == 0x0D
                i += len
                cp += 1
            }
            return true
            }}}}
        defer { out.deallocate() }
        guard ok else { return nil }
        let text = String(decoding: UnsafeBufferPointer(start: out.bytes, count: out.byteCount), as: UTF8.self)
        guard trackOrigin else { return (text, []) }
        let count = out.originCount
        let origin = [Int](unsafeUninitializedCapacity: count + 1) { buf, initialized in
            buf.baseAddress!.initialize(from: out.origin, count: count)
            buf[count] = cp
            initialized = count + 1
        }
        return (text, origin)
    }

    /// NFC composition with an offset map: the text is cut before every stable starter, and each piece
    /// that may change is composed alone; all its output points at the piece's first code point.
    static func composeNFC(_ text: String) -> (text: String, origin: [Int]) {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var origin: [Int] = []
        origin.reserveCapacity(scalars.count + 1)
        func isBoundary(_ s: Unicode.Scalar) -> Bool {
            s.properties.canonicalCombiningClass.rawValue == 0 && !FoldTables.isNFCSensitive(s.value)
        }
        var start = 0
        while start < scalars.count {
            var end = start + 1
            while end < scalars.count && !isBoundary(scalars[end]) { end += 1 }
            if end == start + 1 && isBoundary(scalars[start]) {
                out.append(scalars[start]); origin.append(start)
            } else {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[start..<end])
                for s in String(piece).precomposedStringWithCanonicalMapping.unicodeScalars {
                    out.append(s); origin.append(start)
                }
            }
            start = end
        }
        origin.append(scalars.count)
        return (String(out), origin)
    }
}
