import Foundation
import XCTest
@testable import MarsadStore

/// The same suite against PostgreSQL. `.ci/run` starts a throwaway server with
/// scripts/postgres-test-server.sh and exports MARSAD_TEST_POSTGRES_URL; without it the tests skip.
final class PostgresStoreTests: XCTestCase {
    private var opened: PostgresStore?

    private func store() async throws -> PostgresStore {
        guard let url = ProcessInfo.processInfo.environment["MARSAD_TEST_POSTGRES_URL"] else {
            throw XCTSkip("MARSAD_TEST_POSTGRES_URL is not set: start a server with `eval \"$(scripts/postgres-test-server.sh start)\"`")
        }
        // A clean schema per test: drop everything, then migrate again.
        let s = try await PostgresStore(url: url)
        try await s.dropAll()
        try await s.close()
        let fresh = try await PostgresStore(url: url)
        opened = fresh
        return fresh
    }

    override func tearDown() async throws { try await opened?.close() }

    func testRoundTripsEveryField() async throws { try await StoreSuite.roundTripsEveryField(try await store()) }
    func testStoresTheSameArticleOnce() async throws { try await StoreSuite.storesTheSameArticleOnce(try await store()) }
    func testSearchMatchesSpellingVariantsAndClitics() async throws { try await StoreSuite.searchMatchesSpellingVariantsAndClitics(try await store()) }
    func testFiltersSelectRecords() async throws { try await StoreSuite.filtersSelectRecords(try await store()) }
    func testKeepsSignatures() async throws { try await StoreSuite.keepsSignatures(try await store()) }
}
