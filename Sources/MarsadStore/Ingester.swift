import Foundation
import Dispatch
import MarsadAnalysis
import MarsadExtract

/// One input item for ingest: a document to analyse, an already analysed record (`--records`), or a
/// failure to read something, each named for the summary.
public enum IngestItem: Sendable {
    case document(Document)
    case record(Record)
    case failure(name: String, reason: String)
}

/// What an ingest run did. `failures` name each failed document and why.
public struct IngestReport: Sendable, Codable, Equatable {
    public var stored = 0
    public var duplicates = 0
    public var failed = 0
    public var failures: [Failure] = []
    public var seconds = 0.0
    public struct Failure: Sendable, Codable, Equatable { public let document: String; public let reason: String }
    public init() {}
    public var processed: Int { stored + duplicates + failed }
}

/// Progress callbacks: called on the ingest thread after each committed batch.
public struct IngestProgress: Sendable {
    public let done: Int
    public let total: Int?
    public let elapsed: Double
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
    public var eta: Double? {
        guard let total, rate > 0, total >= done else { return nil }
        return Double(total - done) / rate
    }
}

/// The ingest pipeline: items are pulled from a bounded queue that a reader thread fills, analysed in
/// batches on all cores, and each batch is committed in one transaction. Because records are keyed by
/// content id and a batch commits atomically, killing the process loses at most the batch in flight and
/// a re-run stores exactly what is missing.
public final class Ingester: @unchecked Sendable {
    let store: any RecordStore
    let batchSize: Int
    let analyze: @Sendable (Document) -> Record
    /// The id a document will get, computed cheaply before analysis so that already-stored documents are
    /// skipped on a re-run without being analysed again. Returning nil disables the shortcut.
    let expectedID: @Sendable (Document) -> String?

    public init(store: any RecordStore, batchSize: Int = 256,
                analyze: @escaping @Sendable (Document) -> Record,
                expectedID: @escaping @Sendable (Document) -> String? = { _ in nil }) {
        self.store = store; self.batchSize = max(1, batchSize); self.analyze = analyze; self.expectedID = expectedID
    }

    /// Runs until `queue` is finished. Blocking: call it from a thread that may wait (the CLI's).
    /// Analysis of batch n+1 overlaps the commit of batch n (a writer thread), so the cores stay busy.
    public func run(_ queue: BoundedQueue<IngestItem>, total: Int? = nil,
                    progress: (IngestProgress) -> Void = { _ in }) throws -> IngestReport {
        var report = IngestReport()
        let start = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let writer = BatchWriter(store: store)
        var batch: [IngestItem] = []
        batch.reserveCapacity(batchSize)
        while true {
            let next = queue.pop()
            if let next { batch.append(next) }
            if batch.count >= batchSize || (next == nil && !batch.isEmpty) {
                let records = try prepare(batch, into: &report)
                batch.removeAll(keepingCapacity: true)
                try writer.submit(records)
                let written = writer.summary
                progress(IngestProgress(done: report.failed + written.stored + written.duplicates + report.duplicates, total: total, elapsed: elapsed()))
            }
            if next == nil { break }
        }
        let written = try writer.finish()
        report.stored += written.stored
        report.duplicates += written.duplicates
        report.seconds = elapsed()
        return report
    }

    /// Failures counted, stored documents skipped, the rest analysed on all cores: the records to write.
    private func prepare(_ items: [IngestItem], into report: inout IngestReport) throws -> [Record] {
        var documents: [Document] = [], records: [Record] = []
        for item in items {
            switch item {
            case .document(let d): documents.append(d)
            case .record(let r): records.append(r)
            case .failure(let name, let reason):
                report.failed += 1
                report.failures.append(.init(document: name, reason: reason))
            }
        }
        if !documents.isEmpty {
            // Skip documents already stored (a re-run after an interruption) without analysing them.
            let expected = documents.map(expectedID)
            let ids = expected.compactMap { $0 }
            let present = ids.isEmpty ? [] : try blockingAwait { [store] in try await store.existingIDs(ids) }
            var todo: [Document] = []
            for (d, id) in zip(documents, expected) {
                if let id, present.contains(id) { report.duplicates += 1 } else { todo.append(d) }
            }
            let out = UnsafeResultBuffer<Record>(count: todo.count)
            let analyze = self.analyze
            let work = todo
            DispatchQueue.concurrentPerform(iterations: work.count) { i in out.set(i, analyze(work[i])) }
            records.append(contentsOf: out.values.compactMap { $0 })
        }
        return records
    }
}

/// Commits batches on its own thread, one transaction each, in order; at most one batch waits while
/// another is written, so memory stays bounded. The first error stops it and is rethrown to the caller.
final class BatchWriter: @unchecked Sendable {
    private let queue = BoundedQueue<[Record]>(capacity: 1)
    private let lock = NSLock()
    private var total = InsertSummary()
    private var error: Error?
    private let done = DispatchSemaphore(value: 0)

    init(store: any RecordStore) {
        let thread = Thread { [queue, done] in
            while let batch = queue.pop() {
                if self.failed { continue }
                do {
                    let s = try blockingAwait { try await store.insert(batch) }
                    self.lock.lock(); self.total = self.total + s; self.lock.unlock()
                } catch {
                    self.lock.lock(); self.error = error; self.lock.unlock()
                }
            }
            done.signal()
        }
        thread.start()
    }

    private var failed: Bool { lock.lock(); defer { lock.unlock() }; return error != nil }

    var summary: InsertSummary { lock.lock(); defer { lock.unlock() }; return total }

    func submit(_ records: [Record]) throws {
        lock.lock(); let e = error; lock.unlock()
        if let e { queue.finish(); done.wait(); throw e }
        if !records.isEmpty { queue.push(records) }
    }

    func finish() throws -> InsertSummary {
        queue.finish(); done.wait()
        lock.lock(); defer { lock.unlock() }
        if let error { throw error }
        return total
    }
}

/// A FIFO with a capacity: `push` blocks while full (so a fast reader cannot fill memory), `pop` blocks
/// while empty and returns nil once finished and drained.
public final class BoundedQueue<T>: @unchecked Sendable {
    private var items: [T] = []
    private var head = 0
    private var finished = false
    private let capacity: Int
    private let cond = NSCondition()

    public init(capacity: Int) { self.capacity = max(1, capacity) }

    public func push(_ x: T) {
        cond.lock(); defer { cond.unlock() }
        while items.count - head >= capacity && !finished { cond.wait() }
        items.append(x)
        cond.broadcast()
    }

    public func finish() {
        cond.lock(); finished = true; cond.broadcast(); cond.unlock()
    }

    public func pop() -> T? {
        cond.lock(); defer { cond.unlock() }
        while items.count == head && !finished { cond.wait() }
        guard head < items.count else { return nil }
        let x = items[head]; head += 1
        if head > 1024 && head * 2 > items.count { items.removeFirst(head); head = 0 }
        cond.broadcast()
        return x
    }
}

/// Waits for async work from synchronous code (the CLI's commands are synchronous).
public func blockingAwait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = UnsafeResultBuffer<Result<T, Error>>(count: 1)
    let done = DispatchSemaphore(value: 0)
    Task.detached {
        do { box.set(0, .success(try await body())) } catch { box.set(0, .failure(error)) }
        done.signal()
    }
    done.wait()
    return try box.values[0]!.get()
}
