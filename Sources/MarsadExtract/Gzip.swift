import CZlib

/// gzip (RFC 1952) and zlib/deflate decompression through the system zlib.
///
/// Concatenated gzip members (as in `.warc.gz`, one member per record) are inflated one after the
/// other. A damaged or truncated stream does not crash: the error says what went wrong and carries
/// what was decoded before it, which is often most of a page.
public enum Gzip {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let reason: String
        /// Bytes decoded before the failure.
        public let partial: [UInt8]
        public var description: String { reason }
    }

    /// True when the bytes start with the gzip magic number.
    public static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    }

    /// Inflates a whole gzip file (all members). `limit` caps the output size (a defence against
    /// decompression bombs); exceeding it is a failure.
    public static func decompress(_ bytes: [UInt8], limit: Int = 1 << 31) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            // Trailing zero padding after the last member is tolerated (as gzip(1) does).
            if offset > 0 && bytes[offset...].allSatisfy({ $0 == 0 }) { break }
            let member = inflateMember(bytes, from: offset, into: &out, limit: limit)
            switch member {
            case .success(let consumed): offset += consumed
            case .failure(let f): throw f
            }
            if offset > 0 && !(offset + 1 < bytes.count && bytes[offset] == 0x1f && bytes[offset + 1] == 0x8b) {
                if offset < bytes.count && !bytes[offset...].allSatisfy({ $0 == 0 }) {
                    throw Failure(reason: "trailing garbage after gzip data at byte \(offset)", partial: out)
                }
                break
            }
        }
        return out
    }

    /// Inflates one gzip member starting at `offset`, appending to `out`.
    /// Returns the number of compressed bytes consumed.
    static func inflateMember(_ bytes: [UInt8], from offset: Int, into out: inout [UInt8], limit: Int) -> Result<Int, Failure> {
        var stream = z_stream()
        // 15 + 16: gzip wrapper only; +32 would auto-detect zlib too.
        var rc = inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        guard rc == Z_OK else { return .failure(Failure(reason: "zlib could not start (code \(rc))", partial: out)) }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        let available = bytes.count - offset
        return bytes.withUnsafeBufferPointer { input -> Result<Int, Failure> in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + offset)
            stream.avail_in = UInt32(clamping: available)
            repeat {
                rc = buffer.withUnsafeMutableBufferPointer { b -> Int32 in
                    stream.next_out = b.baseAddress
                    stream.avail_out = UInt32(chunk)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk - Int(stream.avail_out)
                out.append(contentsOf: buffer[0..<produced])
                if out.count > limit {
                    return .failure(Failure(reason: "decompressed data exceeds \(limit) bytes", partial: out))
                }
                switch rc {
                case Z_STREAM_END:
                    return .success(available - Int(stream.avail_in))
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 {
                        return .failure(Failure(reason: "truncated gzip data (stream ends before its end marker, \(out.count) bytes decoded)", partial: out))
                    }
                    continue
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "code \(rc)"
                    return .failure(Failure(reason: "corrupt gzip data (\(message))", partial: out))
                }
            } while true
        }
    }

    /// Inflates exactly one gzip member at `offset`; returns its bytes and the compressed length.
    /// Used by the WARC reader to read record by record and to resynchronise after a bad member.
    public static func member(_ bytes: [UInt8], at offset: Int, limit: Int = 1 << 31) -> (result: Result<[UInt8], Failure>, consumed: Int) {
        var out: [UInt8] = []
        switch inflateMember(bytes, from: offset, into: &out, limit: limit) {
        case .success(let consumed): return (.success(out), consumed)
        case .failure(let f): return (.failure(f), 0)
        }
    }

    /// Compresses bytes as one gzip member (used to write `.gz` outputs and test inputs).
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        var input = bytes
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(out.prefix(produced))
    }
}
