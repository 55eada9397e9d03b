import XCTest
@testable import MarsadKnowledge

final class GazetteerTests: XCTestCase {
    let g = Gazetteer.shared

    func testLoadsTheBuiltResource() {
        XCTAssertNil(g.loadError)
        XCTAssertGreaterThan(g.entries.count, 20_000)
        XCTAssertGreaterThanOrEqual(g.entries.filter { $0.type == .country }.count, 240)
    }

    func testPlacesHaveRealIdsAndCoordinates() throws {
        let baku = try XCTUnwrap(g.lookup("باكو").first { $0.type == .city })
        XCTAssertEqual(baku.id, "geonames:587084")
        XCTAssertEqual(baku.country, "AZ")
        XCTAssertTrue(baku.isCapital)
        XCTAssertEqual(baku.lat ?? 0, 40.409, accuracy: 0.1)
        XCTAssertEqual(g.lookup("أذربيجان").first?.id, "iso3166:AZ")
        // Spelling variation folds away: hamza seat, ta marbuta, alef maqsura.
        XCTAssertEqual(g.lookup("اذربيجان").first?.id, "iso3166:AZ")
        XCTAssertEqual(g.lookup("الامم المتحده").first?.id, "org:un")
        XCTAssertFalse(g.entries.contains { $0.id.hasPrefix("geonames:") && $0.type == .country })
    }

    func testNisbaStems() {
        func nisba(_ s: String) -> [String] { g.countries(nisba: NameFold.key(s)).map { g.entries[Int($0)].id } }
        XCTAssertEqual(nisba("أذربيجاني"), ["iso3166:AZ"])   // rule: name + ي
        XCTAssertEqual(nisba("روسي"), ["iso3166:RU"])         // rule: ـيا → ـي
        XCTAssertEqual(nisba("سعودي"), ["iso3166:SA"])        // rule: ـية → ـي
        XCTAssertEqual(nisba("أرمني"), ["iso3166:AM"])        // irregular, from data
        XCTAssertEqual(nisba("أرميني"), ["iso3166:AM"])
        XCTAssertEqual(nisba("أميركي"), ["iso3166:US"])
        XCTAssertEqual(nisba("كوري شمالي"), ["iso3166:KP"])
        XCTAssertTrue(nisba("مالي").isEmpty, "مالي is also 'financial': no nisba for a name that is one already")
        // broken plurals of nationality adjectives, from scripts/data/knowledge/demonym_plurals.tsv
        XCTAssertEqual(nisba("أفغان"), ["iso3166:AF"])
        XCTAssertEqual(nisba("أتراك"), ["iso3166:TR"])
        XCTAssertEqual(nisba("روس"), ["iso3166:RU"])
        XCTAssertFalse(g.lookup("روس").contains { $0.type == .country || $0.type == .city },
                       "الروس are the Russians, not Russia's name nor a town")
    }

    func testOrdinaryWordsAreNotTowns() {
        for w in ["أمس", "بين", "الذي", "حيث"] {
            XCTAssertFalse(g.lookup(w).contains { $0.type == .city && !$0.isMinor }, w)
        }
    }

    func testFoldAndSkeleton() {
        XCTAssertEqual(NameFold.key("إسرائيلَ  آسيا"), "اسراييل اسيا")   // ئ → ي, diacritic dropped
        XCTAssertEqual(NameFold.key("مدرسة مستشفى"), "مدرسه مستشفي")
        XCTAssertEqual(NameFold.key("UN"), "UN")
        XCTAssertEqual(NameFold.key("Yerevan"), "yerevan")
        // separators (hyphen, no-break space, tab, runs of them) are one space; joiners and tatweel are dropped;
        // an acronym keeps its case only when short
        XCTAssertEqual(NameFold.key("  عين-الأسد\u{00A0}\tقاعدة "), "عين الاسد قاعده")
        XCTAssertEqual(NameFold.key("مـيـلـيـشـيـا می\u{200C}شود"), "ميليشيا ميشود")
        XCTAssertEqual(NameFold.key("U.N. NATO UNICEF Yerevan-IS"), "U.N. NATO unicef yerevan IS")
        XCTAssertEqual(NameFold.key("ٱلمؤتمر ئ"), "الموتمر ي")
        XCTAssertEqual(NameFold.key(""), "")
        XCTAssertEqual(NameFold.key("Zürich 😀"), "zürich 😀")
        XCTAssertEqual(NameSkeleton.of(NameFold.key("ناغورنو كاراباخ")), NameSkeleton.of(NameFold.key("ناجورني كاراباخ")))
        XCTAssertEqual(NameSkeleton.of(NameFold.key("أميركا")), NameSkeleton.of(NameFold.key("أمريكا")))
        XCTAssertEqual(NameSkeleton.strength(NameSkeleton.of(NameFold.key("البنية"))), 2)
    }

    func testDecimalsReadAsTheStandardLibraryReadsThem() throws {
        // every coordinate of the built gazetteer, and a few shapes around them
        let text = try String(contentsOf: Gazetteer.resourceDirectory.appendingPathComponent("gazetteer.tsv"), encoding: .utf8)
        var checked = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            for s in [f[5], f[6]] where !s.isEmpty {
                var bytes = Array(s.utf8)
                let fast = bytes.withUnsafeMutableBufferPointer { GazetteerFile.decimal(UnsafeBufferPointer($0)) }
                XCTAssertEqual(fast ?? Double(String(s)), Double(String(s)), String(s))
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 40_000)
        for s in ["-0.5", "1.", "0.1234567", "12", "1234567890.12345", "1e5", "", "-", ".", "1.2.3", "12345678901234567"] {
            var bytes = Array(s.utf8)
            let fast = bytes.withUnsafeMutableBufferPointer { GazetteerFile.decimal(UnsafeBufferPointer($0)) }
            if let fast { XCTAssertEqual(fast, Double(s), s) }
        }
    }

    func testMediaNeedCues() throws {
        let aj = try XCTUnwrap(g.lookup("الجزيرة").first { $0.id == "media:al-jazeera" })
        XCTAssertTrue(aj.needsMediaCue)
        XCTAssertEqual(aj.sector, "media")
        XCTAssertTrue(g.lexicons.mediaBefore.contains(NameFold.key("مراسل")))
    }

    /// The hash filters hold every key of their tables (a miss must prove absence), and reject other words.
    func testHashFiltersHoldEveryKey() {
        for k in g.names.keys { XCTAssertTrue(g.mayBeName(hash: NameHash.phrase(k.string)) && g.mayBeginName(hash: NameHash.phrase(k.string)), k.string) }
        for k in g.skeletons.keys {
            XCTAssertTrue(g.mayBeSkeleton(hash: NameHash.phrase(k.string)) && g.mayBeginSkeleton(hash: NameHash.phrase(k.string)), k.string)
        }
        for k in g.nisbas.keys { XCTAssertTrue(g.mayBeNisba(hash: NameHash.phrase(k.string)), k.string) }
        for k in g.nisbaFirstWords { XCTAssertTrue(g.mayBeginTwoWordNisba(hash: NameHash.phrase(k.string)), k.string) }
        for s in g.lexicons.titles.strings { XCTAssertTrue(g.lexicons.titles.mayContain(hash: NameHash.phrase(s)), s) }
        for s in g.lexicons.commonWords.strings { XCTAssertTrue(g.lexicons.commonWords.mayContain(hash: NameHash.phrase(s)), s) }
        // A phrase's hash chains its words' hashes.
        let k = NameFold.key("مجلس الأمن الدولي")
        XCTAssertEqual(NameHash.phrase(k), NameHash.join(NameHash.join(NameHash.word("مجلس".unicodeScalars),
                                                                    NameHash.word("الامن".unicodeScalars)), NameHash.word("الدولي".unicodeScalars)))
        XCTAssertTrue(g.mayBeName(hash: NameHash.phrase(k)))
        XCTAssertTrue(g.mayBeNamePrefix(hash: NameHash.phrase(NameFold.key("مجلس الأمن"))))
        // Words that name nothing are rejected by the filter alone (no false positive among these).
        for w in ["qwzxv", "zzyzx", "يبتسمون", "فتقاطعوها"] { XCTAssertFalse(g.mayBeginName(hash: NameHash.phrase(NameFold.key(w))), w) }
    }

    /// The prefix filters hold every proper word prefix of the names and skeletons (split at spaces): a match
    /// grows word by word only while the filter says its phrase begins a longer name.
    func testPrefixFiltersHoldEveryWordPrefix() {
        func wordPrefixes<S: Sequence>(_ keys: S) -> Set<String> where S.Element == FoldedKey {
            var out = Set<String>()
            for k in keys {
                var p = ""
                for w in k.string.split(separator: " ").dropLast() { p += p.isEmpty ? String(w) : " " + w; out.insert(p) }
            }
            return out
        }
        let names = wordPrefixes(g.names.keys), skeletons = wordPrefixes(g.skeletons.keys)
        XCTAssertGreaterThan(names.count, 1_000)
        for p in names { XCTAssertTrue(g.mayBeNamePrefix(hash: NameHash.phrase(p)) && g.mayBeginName(hash: NameHash.phrase(p)), p) }
        for p in skeletons { XCTAssertTrue(g.mayBeSkeletonPrefix(hash: NameHash.phrase(p)) && g.mayBeginSkeleton(hash: NameHash.phrase(p)), p) }
        XCTAssertTrue(g.mayBeNamePrefix(hash: NameHash.phrase(NameFold.key("مجلس الأمن"))))
    }

    /// The phrase hash reads a string's bytes in place; it is the chain of its words' hashes, empty words
    /// (two spaces, a space at either end) included, for two-, three- and four-byte scalars alike.
    func testPhraseHashChainsWordHashes() {
        func chained(_ s: String) -> UInt64 {
            let words = s.split(separator: " ", omittingEmptySubsequences: false)
            var h = NameHash.word(words[0].unicodeScalars)
            for w in words.dropFirst() { h = NameHash.join(h, NameHash.word(w.unicodeScalars)) }
            return h
        }
        for s in ["", " ", "مجلس", "مجلس الامن", "مجلس  الامن", " كييف", "كييف ", "naïve café", "東京 都", "𝔘𝔫𝔦 code 🙂"] {
            XCTAssertEqual(NameHash.phrase(s), chained(s), s)
        }
    }

    func testHashSet() {
        let hashes: [UInt64] = [0, 1, 2, 0xFFFF_FFFF_FFFF_FFFF] + (0..<1000).map { UInt64($0) &* 0x1_0000_0001 }
        let set = HashSet64(hashes)
        for h in hashes { XCTAssertTrue(set.contains(h)) }
        for h in (1000..<2000).map({ UInt64($0) &* 0x1_0000_0001 }) { XCTAssertFalse(set.contains(h)) }
        XCTAssertFalse(HashSet64([UInt64]()).contains(0))
        XCTAssertFalse(HashSet64([UInt64]()).contains(7))
    }
}
