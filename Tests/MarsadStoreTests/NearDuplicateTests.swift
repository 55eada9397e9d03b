import Foundation
import XCTest
import MarsadTestSupport
@testable import MarsadStore

/// Syndicated copies on the real corpus: every sixth article of ant-news-politics.jsonl is republished
/// the way content farms do it (a header and footer of their own, one sentence reworded), then all
/// articles and copies are mixed and the finder has to pair each copy with its source.
final class NearDuplicateTests: XCTestCase {
    static let headers = [
        "نشر في موقع الأخبار العاجلة اليوم | آخر تحديث منذ ساعتين",
        "خاص - شبكة الأنباء العربية - متابعة",
        "المصدر: وكالات | القسم: سياسة دولية",
    ]
    static let footers = [
        "اقرأ أيضا: آخر المستجدات على الساحة الدولية. تابعونا على فيسبوك وتويتر لمزيد من الأخبار العاجلة. جميع الحقوق محفوظة لموقعنا ٢٠٢٤",
        "شارك هذا الخبر مع أصدقائك. لا تنس الاشتراك في نشرتنا البريدية اليومية",
        "للمزيد من الأخبار حمل تطبيقنا المجاني على هواتف أندرويد وآيفون",
    ]

    /// A content-farm copy: new boilerplate around the text, and the middle sentence reworded
    /// (three of its words replaced by an attribution phrase).
    static func copy(_ text: String, variant i: Int) -> String {
        var sentences = text.components(separatedBy: ". ")
        let j = sentences.count / 2
        var words = sentences[j].components(separatedBy: " ")
        let m = words.count / 2
        words.replaceSubrange(m..<min(m + 3, words.count), with: ["بحسب", "ما", "أفادت", "مصادر", "مطلعة"])
        sentences[j] = words.joined(separator: " ")
        return headers[i % 3] + "\n" + sentences.joined(separator: ". ") + "\n" + footers[i % 3]
    }

    func testFindsContentFarmCopiesWithHighPrecisionAndRecall() throws {
        let corpus: [String]
        do { corpus = try SharedData.corpusTexts() } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        // Identical texts would share a record id and be stored once; keep one of each.
        var seen = Set<String>(), originals: [String] = []
        for t in corpus where seen.insert(t).inserted { originals.append(t) }
        var texts = originals, copyOf: [Int: Int] = [:]
        for (n, i) in stride(from: 0, to: originals.count, by: 6).enumerated() {
            copyOf[texts.count] = i
            texts.append(Self.copy(originals[i], variant: n))
        }
        let hasher = MinHasher()
        let keys = texts.map { SearchTokens.words($0).map(\.key) }
        let sigs = keys.map { hasher.signature(keys: $0) }
        let found = NearDuplicateFinder().pairs(sigs)

        // Truth: a copy and its source, or any two texts whose exact shingle containment is ≥ 0.7
        // (the corpus itself holds a few re-posted articles).
        func exactContainment(_ a: Int, _ b: Int) -> Double {
            let x = Set(hasher.shingleHashes(keys[a])), y = Set(hasher.shingleHashes(keys[b]))
            return Double(x.intersection(y).count) / Double(max(1, min(x.count, y.count)))
        }
        func source(_ i: Int) -> Int { copyOf[i] ?? i }
        func isTrue(_ m: NearDuplicateFinder.Match) -> Bool {
            source(m.a) == source(m.b) || exactContainment(source(m.a), source(m.b)) >= 0.7
        }
        let truePositives = found.filter(isTrue).count
        let precision = Double(truePositives) / Double(max(1, found.count))
        let pairsFound = Set(found.map { [$0.a, $0.b] })
        let recalled = copyOf.filter { pairsFound.contains([$0.value, $0.key]) }.count
        let recall = Double(recalled) / Double(copyOf.count)
        print("near-duplicates: \(copyOf.count) copies among \(texts.count) texts; \(found.count) pairs flagged, precision \(precision), recall \(recall)")
        XCTAssertGreaterThan(copyOf.count, 250)
        XCTAssertGreaterThanOrEqual(precision, 0.95)
        XCTAssertGreaterThanOrEqual(recall, 0.95)
    }

    func testUnrelatedTextsAreNotPaired() {
        let h = MinHasher()
        let a = h.signature(text: "أعلنت وزارة الدفاع بدء عمليات عسكرية في الإقليم بعد هجوم على مواقع للجيش قرب الحدود")
        let b = h.signature(text: "تظاهر آلاف المحتجين أمام مقر البرلمان للمطالبة بإصلاحات اقتصادية وخفض الأسعار")
        XCTAssertNil(NearDuplicateFinder().isMatch(a, b))
        let c = h.signature(text: "خاص - متابعة\nأعلنت وزارة الدفاع بدء عمليات عسكرية في الإقليم بعد هجوم على مواقع للجيش قرب الحدود\nتابعونا على فيسبوك")
        XCTAssertNotNil(NearDuplicateFinder().isMatch(a, c))
    }
}
