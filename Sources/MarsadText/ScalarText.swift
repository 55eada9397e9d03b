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
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[lo..<hi])
        return String(v)
    }
}
