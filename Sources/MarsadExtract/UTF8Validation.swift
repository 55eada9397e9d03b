/// Strict UTF-8 decoding with a precise error: where the first bad byte sits and why.
/// Decoding never guesses silently; `lossy` replaces each bad sequence with U+FFFD and counts them.
public enum UTF8Validation {
    public struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Byte offset of the first byte of the invalid sequence.
        public let byteOffset: Int
        public let reason: String
        public var description: String { "invalid UTF-8 at byte \(byteOffset): \(reason)" }
    }

    /// Returns the offset and reason of the first invalid sequence, or nil when `bytes` is valid UTF-8.
    public static func firstError(in bytes: UnsafeBufferPointer<UInt8>) -> Failure? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F          // no UTF-16 surrogates
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F          // nothing above U+10FFFF
            case 0x80...0xBF: return Failure(byteOffset: i, reason: String(format0x: b, "unexpected continuation byte"))
            default: return Failure(byteOffset: i, reason: String(format0x: b, "byte never valid in UTF-8"))
            }
            if i + need >= n { return Failure(byteOffset: i, reason: "sequence truncated by end of input") }
            for k in 1...need {
                let c = bytes[i + k]
                let (l, h) = k == 1 ? (lo, hi) : (UInt8(0x80), UInt8(0xBF))
                if c < l || c > h {
                    return Failure(byteOffset: i, reason: String(format0x: b, "sequence starting with this byte is malformed or overlong"))
                }
            }
            i += need + 1
        }
        return nil
    }

    /// Decodes `bytes` as UTF-8, throwing `Failure` at the first invalid sequence.
    /// A leading byte-order mark is dropped.
    public static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        let failure = bytes.withUnsafeBufferPointer { firstError(in: $0) }
        if let failure { throw failure }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        return String(decoding: body, as: UTF8.self)
    }

    /// Decodes `bytes` replacing every invalid sequence with U+FFFD; returns the text and how many were replaced.
    public static func decodeLossy(_ bytes: [UInt8]) -> (text: String, replaced: Int) {
        var replaced = 0
        var scalars = String.UnicodeScalarView()
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): scalars.append(s)
            case .emptyInput: break loop
            case .error: scalars.append("\u{FFFD}"); replaced += 1
            }
        }
        var text = String(scalars)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return (text, replaced)
    }
}

private extension String {
    init(format0x byte: UInt8, _ what: String) {
        let hex = String(byte, radix: 16, uppercase: true)
        self = "\(what) (0x\(hex.count == 1 ? "0" + hex : hex))"
    }
}
