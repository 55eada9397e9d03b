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

    /// A store written with an older search-key function is re-indexed when it is opened: the keys are
    /// emptied and the version set back, as an older Marsad would have left them; search works again after
    /// reopening.
    func testReindexesWhenTheSearchKeyVersionChanged() async throws {
        let s = try await store()
        _ = try await s.insert([Fixtures.karabakh] + Fixtures.others)
        try await s.client.query("UPDATE records SET keys = ''::tsvector, shingles = 0", logger: s.logger)
        try await s.client.query("UPDATE marsad_meta SET value = '0' WHERE key = 'search_key_version'", logger: s.logger)
        let stale = try await s.search(SearchQuery("ناجورنو كاراباخ"), filter: .all, limit: 10)
        XCTAssertTrue(stale.isEmpty, "the keys were emptied")
        try await s.close()
        let url = ProcessInfo.processInfo.environment["MARSAD_TEST_POSTGRES_URL"]!
        let reopened = try await PostgresStore(url: url)
        opened = reopened
        let hits = try await reopened.search(SearchQuery("ناجورنو كاراباخ"), filter: .all, limit: 10)
        XCTAssertEqual(Set(hits.map(\.id)), ["rec-karabakh-1", "rec-moscow-meeting"])
        let signatures = try await reopened.signatures(matching: .all)
        XCTAssertTrue(signatures.allSatisfy { $0.signature.setSize > 0 }, "signatures rebuilt")
    }
}
