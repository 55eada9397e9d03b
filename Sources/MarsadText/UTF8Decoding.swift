/// Scalar decoding straight from a String's UTF-8 storage, for the hot loops of this module.
/// Swift strings are always valid UTF-8, so the decoder does not re-validate.
@inline(__always)
func decodeScalar(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
    let b0 = UInt32(p[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(p[i + 1]) & 0x3F), 2) }
    if b0 < 0xF0 {
        return (((b0 & 0x0F) << 12) | ((UInt32(p[i + 1]) & 0x3F) << 6) | (UInt32(p[i + 2]) & 0x3F), 3)
    }
    return (((b0 & 0x07) << 18) | ((UInt32(p[i + 1]) & 0x3F) << 12)
            | ((UInt32(p[i + 2]) & 0x3F) << 6) | (UInt32(p[i + 3]) & 0x3F), 4)
}

/// Appends the UTF-8 encoding of `v` (a valid scalar value).
@inline(__always)
func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    if v < 0x80 {
        out.append(UInt8(v))
    } else if v < 0x800 {
        out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
    } else if v < 0x10000 {
        out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (v & 0x3F)))
    } else {
        out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
    }
}

extension String {
    /// A string from UTF-8 bytes this module encoded itself, scalar by scalar, from valid scalars, so they
    /// are valid by construction. Skips the validation pass of `String(decoding:as:)`, which on Arabic text
    /// costs about as much as the normalisation that wrote the bytes.
    @inline(__always)
    init(encodedUTF8 p: UnsafeBufferPointer<UInt8>) {
        if #available(macOS 26.0, iOS 26.0, *) {
            self = String(copying: unsafe UTF8Span(unchecked: p.span, isKnownASCII: false))
        } else {
            self = String(decoding: p, as: UTF8.self)
        }
    }
}

extension String {
    /// Runs `body` over this string's UTF-8 bytes, contiguous (bridged strings are copied once).
    @inline(__always)
    func withUTF8Buffer<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = self
        return copy.withUTF8(body)
    }
}

/// Number of Unicode scalars (code points) in a UTF-8 buffer: every byte that is not a continuation byte.
@inline(__always)
func scalarCount(_ p: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for b in p where b & 0xC0 != 0x80 { n &+= 1 }
    return n
}

/// A lookup table copied once into memory that lives as long as the process and is never written
/// again, so hot loops can index it without a closure (`withUnsafeBufferPointer` closures make the
/// loop's local state live in memory). Immutable after `init`, hence safe to share.
struct FrozenTable<Element>: @unchecked Sendable {
    let base: UnsafePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        let p = UnsafeMutablePointer<Element>.allocate(capacity: max(1, elements.count))
        p.initialize(from: elements, count: elements.count)
        base = UnsafePointer(p)
        count = elements.count
    }

    @inline(__always) subscript(_ i: Int) -> Element { base[i] }
}
