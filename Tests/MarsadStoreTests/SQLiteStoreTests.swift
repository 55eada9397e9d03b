import Foundation
import XCTest
@testable import MarsadStore

final class SQLiteStoreTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("marsad-store-\(UUID().uuidString)")
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private func store() throws -> SQLiteStore { try SQLiteStore(path: dir.appendingPathComponent("sub/marsad.sqlite").path) }

    func testRoundTripsEveryField() async throws { try await StoreSuite.roundTripsEveryField(try store()) }
    func testStoresTheSameArticleOnce() async throws { try await StoreSuite.storesTheSameArticleOnce(try store()) }
    func testSearchMatchesSpellingVariantsAndClitics() async throws { try await StoreSuite.searchMatchesSpellingVariantsAndClitics(try store()) }
    func testFiltersSelectRecords() async throws { try await StoreSuite.filtersSelectRecords(try store()) }
    func testKeepsSignatures() async throws { try await StoreSuite.keepsSignatures(try store()) }

    /// A store written with an older search-key function is re-indexed when it is opened.
    func testReindexesWhenTheSearchKeyVersionChanged() async throws {
        let s = try store()
        _ = try await s.insert([Fixtures.karabakh] + Fixtures.others)
        try await s.pool.write { db in
            try db.execute(sql: "INSERT INTO search(search) VALUES ('delete-all')")
            try db.execute(sql: "UPDATE meta SET value = '0' WHERE key = 'search_key_version'")
        }
        let stale = try await s.search(SearchQuery("ناجورنو كاراباخ"), filter: .all, limit: 10)
        XCTAssertTrue(stale.isEmpty, "the index was emptied")
        try await s.close()
        let reopened = try store()
        let hits = try await reopened.search(SearchQuery("ناجورنو كاراباخ"), filter: .all, limit: 10)
        XCTAssertEqual(Set(hits.map(\.id)), ["rec-karabakh-1", "rec-moscow-meeting"])
    }

    func testCreatesFileWithWALAndSurvivesReopen() async throws {
        let s = try store()
        _ = try await s.insert([Fixtures.karabakh])
        let mode = try await s.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
        try await s.close()
        let reopened = try store()   // migrations are not re-applied, data is there
        let n = try await reopened.count()
        XCTAssertEqual(n, 1)
    }

    /// Several connections opening the same new file at once (an ingest starting while another shell
    /// runs `marsad search`): every one opens, the schema is created once, and all see the same store.
    func testConcurrentFirstOpensAllSucceed() throws {
        for round in 0..<5 {
            let path = dir.appendingPathComponent("race-\(round).sqlite").path
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 6) { _ in
                do {
                    let s = try SQLiteStore(path: path)
                    _ = try blockingAwait { try await s.count() }
                    try blockingAwait { try await s.close() }
                } catch { failures.add("\(error)") }
            }
            XCTAssertEqual(failures.all, [], "round \(round)")
            let s = try SQLiteStore(path: path)
            XCTAssertEqual(try blockingAwait { try await s.count() }, 0)
        }
    }
}

/// Errors collected from concurrent threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []
    func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
}
