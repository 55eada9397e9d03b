import Foundation

/// A bounded, thread-safe memo of a pure function of a word. News text repeats its words (Zipf), so
/// most calls are hits. Cleared whole when full, which keeps it simple and its memory bounded.
final class MemoCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Keyed by the UTF-8 bytes: hashing and comparing them is much cheaper than String's
    /// canonical-equivalence hashing of non-ASCII text.
    private var entries: [[UInt8]: Value] = [:]
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    func value(for word: String, compute: (String) -> Value) -> Value {
        let key = Array(word.utf8)
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let v = compute(word)
        lock.lock()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = v
        lock.unlock()
        return v
    }
}
