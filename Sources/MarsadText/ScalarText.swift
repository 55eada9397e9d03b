/// Random access by code point offset (for slicing tokens/mentions out of a text).
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) {
        scalars = text.withUTF8Buffer { p in
            let count = scalarCount(p)
            return [Unicode.Scalar](unsafeUninitializedCapacity: count) { out, initialized in
                var i = 0, k = 0
                while i < p.count {
                    let b = p[i]
                    if b < 0x80 {
                        out[k] = Unicode.Scalar(b); i += 1
                    } else {
                        let (v, len) = decodeScalar(p, i)
                        out[k] = Unicode.Scalar(v) ?? "\u{FFFD}"   // always valid: Swift strings are valid UTF-8
                        i += len
                    }
                    k += 1
                }
                initialized = k
            }
        }
    }

    public var count: Int { scalars.count }

    /// The text of a code point range; the range is clamped to the text.
    public subscript(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, scalars.count)), hi = max(lo, min(r.upperBound, scalars.count))
        return ScalarText.string(scalars[lo..<hi])
    }

    /// A string of scalars, its UTF-8 written in place (appending to a `UnicodeScalarView` encodes and
    /// checks capacity scalar by scalar).
    public static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var bytes = 0
        for sc in s { bytes += UTF8.width(sc) }
        guard bytes > 0 else { return "" }
        return String(unsafeUninitializedCapacity: bytes) { out in
            var k = 0
            for sc in s {
                let v = sc.value
                if v < 0x80 {
                    out[k] = UInt8(v); k += 1
                } else if v < 0x800 {
                    out[k] = UInt8(0xC0 | (v >> 6)); out[k + 1] = UInt8(0x80 | (v & 0x3F)); k += 2
                } else if v < 0x10000 {
                    out[k] = UInt8(0xE0 | (v >> 12)); out[k + 1] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 2] = UInt8(0x80 | (v & 0x3F))
                    k += 3
                } else {
                    out[k] = UInt8(0xF0 | (v >> 18)); out[k + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[k + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k + 3] = UInt8(0x80 | (v & 0x3F)); k += 4
                }
            }
            return k
        }
    }
}
