import Foundation

/// Reads a file handle line by line with a fixed-size buffer, so a JSONL stream of any length is
/// processed in bounded memory.
final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private let chunkSize = 1 << 16

    init(handle: FileHandle) { self.handle = handle }

    private func fill() -> Bool {
        guard !atEnd else { return false }
        let chunk = (try? handle.read(upToCount: chunkSize)) ?? nil
        guard let chunk, !chunk.isEmpty else { atEnd = true; return false }
        if position > 0 { buffer.removeFirst(position); position = 0 }
        buffer.append(contentsOf: chunk)
        return true
    }

    /// The next line without its "\n", or nil at the end of input.
    func nextLine() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                let line = Array(buffer[position..<nl])
                position = nl + 1
                return line
            }
            if !fill() {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
        }
    }

    /// The first byte that is not white space (or a byte-order mark), reading as much as needed;
    /// nothing is consumed.
    func peekFirstNonSpace() -> UInt8? {
        var rel = 0   // offset from `position`, which `fill` keeps valid
        while true {
            while position + rel < buffer.count {
                let b = buffer[position + rel]
                if b != 32 && b != 9 && b != 10 && b != 13 && b != 0xEF && b != 0xBB && b != 0xBF { return b }
                rel += 1
            }
            if !fill() { return nil }
        }
    }

    /// Whatever has been read but not consumed (so a non-JSONL stdin can still be read whole).
    func drainBuffered() -> [UInt8] {
        let rest = Array(buffer[position...])
        buffer = []; position = 0
        return rest
    }
}
