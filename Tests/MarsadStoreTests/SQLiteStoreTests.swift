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
}
