import MarsadAnalysis

/// A corpus of analysed records, persisted. Two backends implement it: `SQLiteStore` (embedded,
/// the default) and `PostgresStore` (shared team deployments); the same test suite runs against both.
///
/// Records are keyed by `Record.id` (a hash of the normalised main text), so storing the same
/// article twice keeps one copy. Writes happen in batches, each in one transaction: a batch is
/// either wholly committed or not at all, which is what makes ingest resumable after a crash.
public protocol RecordStore: Sendable {
    /// Stores the records not already present (by id) in one transaction.
    func insert(_ records: [Record]) async throws -> InsertSummary
    /// Which of these ids are already stored.
    func existingIDs(_ ids: [String]) async throws -> Set<String>
    func record(id: String) async throws -> Record?
    func count() async throws -> Int
    /// Records matching the filter, in insertion order (oldest first), `limit` at most.
    func records(matching filter: StoreFilter, limit: Int?) async throws -> [Record]
    /// Full-text search over search-normalised Arabic/Latin text, best first, with the filter applied.
    func search(_ query: SearchQuery, filter: StoreFilter, limit: Int) async throws -> [SearchHit]
    /// MinHash signatures of the records matching the filter (for near-duplicates and stories).
    func signatures(matching filter: StoreFilter) async throws -> [StoredSignature]
    /// Releases connections; the store is unusable afterwards.
    func close() async throws
}

/// What one `insert` did.
public struct InsertSummary: Sendable, Equatable {
    public var stored: Int
    /// Records whose id was already in the store (or repeated inside the batch).
    public var duplicates: Int
    public init(stored: Int = 0, duplicates: Int = 0) { self.stored = stored; self.duplicates = duplicates }
    public static func + (a: InsertSummary, b: InsertSummary) -> InsertSummary {
        InsertSummary(stored: a.stored + b.stored, duplicates: a.duplicates + b.duplicates)
    }
}

/// A record's MinHash signature with what story grouping needs about it.
public struct StoredSignature: Sendable {
    public let id: String
    public let day: String?
    public let signature: MinHashSignature
    public init(id: String, day: String?, signature: MinHashSignature) {
        self.id = id; self.day = day; self.signature = signature
    }
}

public struct StoreError: Error, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}
