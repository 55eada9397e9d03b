import Foundation
import XCTest
import MarsadAnalysis
@testable import MarsadStore

/// The behaviour every `RecordStore` backend must show. `SQLiteStoreTests` and `PostgresStoreTests`
/// run each of these against a fresh store of their kind.
enum StoreSuite {
    static func roundTripsEveryField(_ store: any RecordStore) async throws {
        let r = Fixtures.karabakh
        let summary = try await store.insert([r])
        XCTAssertEqual(summary, InsertSummary(stored: 1, duplicates: 0))
        let back = try await store.record(id: r.id)
        XCTAssertEqual(back, r)
        // Spot checks that the fixture really exercises optional fields (so equality is not vacuous).
        XCTAssertEqual(back?.events.first?.claimedBy?.name, "Ministry of Foreign Affairs of Armenia")
        XCTAssertEqual(back?.statements.first?.content, r.statements.first?.content)
        XCTAssertEqual(back?.quality.first?.note, "quote opened inside a clitic")
        XCTAssertEqual(back?.author, "مراسل الموقع")
        let missing = try await store.record(id: "no-such-record")
        XCTAssertNil(missing)
    }

    static func storesTheSameArticleOnce(_ store: any RecordStore) async throws {
        let all = [Fixtures.karabakh] + Fixtures.others
        let first = try await store.insert(all)
        XCTAssertEqual(first, InsertSummary(stored: 4, duplicates: 0))
        let again = try await store.insert([Fixtures.others[1], Fixtures.karabakh])
        XCTAssertEqual(again, InsertSummary(stored: 0, duplicates: 2))
        let inBatch = try await store.insert([Fixtures.others[0], Fixtures.others[0]])
        XCTAssertEqual(inBatch, InsertSummary(stored: 0, duplicates: 2))
        let n = try await store.count()
        XCTAssertEqual(n, 4)
        let existing = try await store.existingIDs(["rec-kharkiv", "rec-none", "rec-karabakh-1"])
        XCTAssertEqual(existing, ["rec-kharkiv", "rec-karabakh-1"])
        // Index rows are not duplicated either: one ASSAULT in Karabakh, one in Kharkiv.
        let assaults = try await store.records(matching: StoreFilter(eventType: "ASSAULT"), limit: nil)
        XCTAssertEqual(assaults.map(\.id), ["rec-karabakh-1", "rec-kharkiv"])
    }

    static func searchMatchesSpellingVariantsAndClitics(_ store: any RecordStore) async throws {
        _ = try await store.insert([Fixtures.karabakh] + Fixtures.others)
        // ج for g: the query's spelling is not the article's.
        let hits = try await store.search(SearchQuery("ناجورنو كاراباخ"), filter: .all, limit: 10)
        XCTAssertEqual(Set(hits.map(\.id)), ["rec-karabakh-1", "rec-moscow-meeting"])
        let k = try XCTUnwrap(hits.first { $0.id == "rec-karabakh-1" })
        let text = Fixtures.karabakh.text
        let marked = k.highlights.map { ScalarSlice.of(text, $0) }
        XCTAssertTrue(marked.contains("ناغورنو"), "highlight shows the original spelling: \(marked)")
        XCTAssertTrue(k.snippet.contains("⟦ناغورنو⟧"), k.snippet)
        // Clitics and nisba: "أذربيجان" finds "الأذربيجانية"; hamza-less query finds hamza forms.
        let az = try await store.search(SearchQuery("اذربيجان"), filter: .all, limit: 10)
        XCTAssertEqual(az.map(\.id), ["rec-karabakh-1"])
        XCTAssertTrue(az[0].highlights.map { ScalarSlice.of(text, $0) }.contains("الأذربيجانية"))
        // Latin text, case folded.
        let kh = try await store.search(SearchQuery("KHARKIV civilians"), filter: .all, limit: 10)
        XCTAssertEqual(kh.map(\.id), ["rec-kharkiv"])
        // A quoted phrase must occur as adjacent words.
        let phrase = try await store.search(SearchQuery("\"كاراباخ ناغورنو\""), filter: .all, limit: 10)
        XCTAssertEqual(phrase.map(\.id), [])
        let nothing = try await store.search(SearchQuery("برشلونة"), filter: .all, limit: 10)
        XCTAssertTrue(nothing.isEmpty)
        // Search combined with a filter.
        let filtered = try await store.search(SearchQuery("ناجورنو كاراباخ"), filter: StoreFilter(country: "TR"), limit: 10)
        XCTAssertEqual(filtered.map(\.id), ["rec-moscow-meeting"])
    }

    static func filtersSelectRecords(_ store: any RecordStore) async throws {
        _ = try await store.insert([Fixtures.karabakh] + Fixtures.others)
        func ids(_ f: StoreFilter) async throws -> [String] { try await store.records(matching: f, limit: nil).map(\.id) }
        var r = try await ids(StoreFilter(entity: "geonames:587084"))
        XCTAssertEqual(r, ["rec-karabakh-1"])
        r = try await ids(StoreFilter(entity: "ستيباناكيرت"))
        XCTAssertEqual(r, ["rec-karabakh-1"])
        r = try await ids(StoreFilter(entity: "vladimir putin"))
        XCTAssertEqual(r, ["rec-moscow-meeting"])
        r = try await ids(StoreFilter(country: "tn"))
        XCTAssertEqual(r, ["rec-tunis-protest"])
        r = try await ids(StoreFilter(country: "RU"))   // an actor's country counts (Russian forces in Kharkiv)
        XCTAssertEqual(r, ["rec-moscow-meeting", "rec-kharkiv"])
        r = try await ids(StoreFilter(eventType: "protest"))
        XCTAssertEqual(r, ["rec-tunis-protest"])
        r = try await ids(StoreFilter(actor: "Russian forces"))
        XCTAssertEqual(r, ["rec-kharkiv"])
        r = try await ids(StoreFilter(actor: "iso3166:AM"))
        XCTAssertEqual(r, ["rec-karabakh-1"])
        r = try await ids(StoreFilter(from: "2023-09-01", to: "2023-12-31"))
        XCTAssertEqual(r, ["rec-karabakh-1", "rec-moscow-meeting"])
        r = try await ids(StoreFilter(to: "2023-09"))  // a month as upper bound includes the whole month
        XCTAssertEqual(r, ["rec-karabakh-1", "rec-tunis-protest"])
        r = try await ids(StoreFilter(site: "jawhara fm"))
        XCTAssertEqual(r, ["rec-tunis-protest"])
        r = try await ids(StoreFilter(site: "www.example-news.az"))  // the host matches too
        XCTAssertEqual(r, ["rec-karabakh-1"])
        r = try await ids(StoreFilter(site: "arabic.example.ru"))
        XCTAssertEqual(r, ["rec-moscow-meeting"])
        r = try await ids(StoreFilter(country: "AZ", eventType: "ASSAULT", from: "2023-09-19", to: "2023-09-19"))
        XCTAssertEqual(r, ["rec-karabakh-1"])
        r = try await ids(StoreFilter(country: "AZ", eventType: "PROTEST"))
        XCTAssertEqual(r, [])
        let limited = try await store.records(matching: .all, limit: 2)
        XCTAssertEqual(limited.count, 2)
    }

    static func keepsSignatures(_ store: any RecordStore) async throws {
        _ = try await store.insert([Fixtures.karabakh] + Fixtures.others)
        let sigs = try await store.signatures(matching: StoreFilter(from: "2023-01-01", to: "2023-12-31"))
        XCTAssertEqual(sigs.map(\.id), ["rec-karabakh-1", "rec-tunis-protest", "rec-moscow-meeting"])
        let expected = MinHasher().signature(keys: SearchTokens.words(Fixtures.karabakh.text).map(\.key))
        XCTAssertEqual(sigs[0].signature, expected)
        XCTAssertEqual(sigs[0].day, "2023-09-19")
    }
}

enum ScalarSlice {
    static func of(_ text: String, _ s: Span) -> String {
        let u = Array(text.unicodeScalars)
        return String(String.UnicodeScalarView(u[s.start..<s.end]))
    }
}
