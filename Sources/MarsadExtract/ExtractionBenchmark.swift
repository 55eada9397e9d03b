import Foundation

/// Measures main-text extraction on a folder of saved pages (the article-extraction benchmark layout:
/// `html/<id>.html.gz` or `.html`, and `ground-truth.json` mapping id -> {"articleBody": …}).
public enum ExtractionBenchmark {
    public struct Figures: Sendable, CustomStringConvertible {
        public let pages: Int
        public let failures: [ExtractionError]
        /// Uncompressed HTML bytes extracted.
        public let bytes: Int
        /// Wall time of extraction only (pages already in memory and decompressed), best of the runs.
        public let seconds: Double
        /// CPU time of the extracting thread in the same run (not inflated by other processes on a busy machine).
        public let cpuSeconds: Double
        /// Scores against the ground truth, when one was given (same method as score_extraction.py).
        public let score: ExtractionScore?

        public var pagesPerSecond: Double { Double(pages) / seconds }
        public var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
        public var pagesPerCPUSecond: Double { Double(pages) / cpuSeconds }
        public var megabytesPerCPUSecond: Double { Double(bytes) / 1_048_576 / cpuSeconds }

        public var description: String {
            var s = String(format: "pages %d  bytes %.1f MB  wall %.3f s: %.1f pages/s %.2f MB/s  cpu %.3f s: %.1f pages/s %.2f MB/s",
                           pages, Double(bytes) / 1_048_576, seconds, pagesPerSecond, megabytesPerSecond, cpuSeconds, pagesPerCPUSecond, megabytesPerCPUSecond)
            if let score { s += "\n" + score.description }
            if !failures.isEmpty { s += "\nfailed: " + failures.map(\.description).joined(separator: "; ") }
            return s
        }
    }

    /// The pages of a benchmark folder (or of its `html/` subfolder), decompressed, keyed by id.
    public static func loadPages(htmlDirectory: URL) throws -> [(id: String, bytes: [UInt8])] {
        let fm = FileManager.default
        var dir = htmlDirectory
        var isDir: ObjCBool = false
        let sub = dir.appendingPathComponent("html")
        if fm.fileExists(atPath: sub.path, isDirectory: &isDir), isDir.boolValue { dir = sub }
        var out: [(String, [UInt8])] = []
        for name in try fm.contentsOfDirectory(atPath: dir.path).sorted() {
            let id: String
            if name.hasSuffix(".html.gz") { id = String(name.dropLast(8)) } else if name.hasSuffix(".html") { id = String(name.dropLast(5)) } else { continue }
            var bytes = [UInt8](try Data(contentsOf: dir.appendingPathComponent(name)))
            if Gzip.isGzip(bytes) {
                do { bytes = try Gzip.decompress(bytes) } catch { bytes = error.partial }
            }
            out.append((id, bytes))
        }
        return out
    }

    /// Article body per page id, as the benchmark's PREDICTIONS.json wants it.
    public static func predictions(htmlDirectory: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        for (id, bytes) in try loadPages(htmlDirectory: htmlDirectory) {
            out[id] = (try? HTMLExtractor.document(from: bytes, name: id))?.text ?? ""
        }
        return out
    }

    /// Writes predictions as `{"id": {"articleBody": "…"}}` JSON.
    public static func writePredictions(_ predictions: [String: String], to url: URL) throws {
        let object = predictions.mapValues { ["articleBody": $0] }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        try data.write(to: url)
    }

    /// Extracts every page `repeats` times (keeping the fastest run), and scores against
    /// `groundTruth` when given.
    public static func run(htmlDirectory: URL, groundTruth: URL? = nil, repeats: Int = 3) throws -> (figures: Figures, predictions: [String: String]) {
        let pages = try loadPages(htmlDirectory: htmlDirectory)
        var best = Double.infinity
        var bestCPU = Double.infinity
        var predictions: [String: String] = [:]
        var failures: [ExtractionError] = []
        for round in 0..<max(1, repeats) {
            var p: [String: String] = [:]
            var f: [ExtractionError] = []
            let cpuStart = threadCPUTime()
            let start = DispatchTime.now().uptimeNanoseconds
            for (id, bytes) in pages {
                do { p[id] = try HTMLExtractor.document(from: bytes, name: id).text } catch { f.append(error); p[id] = "" }
            }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = threadCPUTime() - cpuStart
            if elapsed < best { best = elapsed; bestCPU = cpu }
            if round == 0 { predictions = p; failures = f }
        }
        var score: ExtractionScore? = nil
        if let gt = groundTruth {
            let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: gt)) as? [String: Any] ?? [:]
            var t: [String: String] = [:]
            for (k, v) in truth { t[k] = (v as? [String: Any])?["articleBody"] as? String ?? "" }
            score = ExtractionScore(truth: t, predictions: predictions)
        }
        let figures = Figures(pages: pages.count, failures: failures, bytes: pages.reduce(0) { $0 + $1.bytes.count }, seconds: best, cpuSeconds: bestCPU, score: score)
        return (figures, predictions)
    }
}

/// CPU seconds used by the calling thread.
func threadCPUTime() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Extraction quality the way the article-extraction benchmark measures it: per page, word 4-gram
/// shingles of truth and prediction matched as multisets, tp/fp/fn normalised per page; precision and
/// recall averaged over pages, F1 from the averages. Words are runs of letters, digits, marks and `_`.
public struct ExtractionScore: Sendable, CustomStringConvertible {
    public let f1: Double
    public let precision: Double
    public let recall: Double
    public let pages: Int
    /// Per page id: (precision, recall), for finding the pages that lose most.
    public let perPage: [String: (precision: Double, recall: Double)]

    public init(truth: [String: String], predictions: [String: String]) {
        var ps: [Double] = [], rs: [Double] = []
        var per: [String: (Double, Double)] = [:]
        for (k, t) in truth {
            let a = Self.shingles(t), b = Self.shingles(predictions[k] ?? "")
            var tp = 0, fp = 0, fn = 0
            for (s, n) in a { let m = b[s] ?? 0; tp += min(n, m); fn += max(0, n - m) }
            for (s, n) in b { fp += max(0, n - (a[s] ?? 0)) }
            let total = Double(tp + fp + fn)
            let (tpn, fpn, fnn) = total > 0 ? (Double(tp) / total, Double(fp) / total, Double(fn) / total) : (0, 0, 0)
            let p = fpn == 0 && fnn == 0 ? 1 : (tpn == 0 && fpn == 0 ? 0 : tpn / (tpn + fpn))
            let r = fpn == 0 && fnn == 0 ? 1 : (tpn == 0 && fnn == 0 ? 0 : tpn / (tpn + fnn))
            if tpn + fpn > 0 { ps.append(p) }
            if tpn + fnn > 0 { rs.append(r) }
            per[k] = (p, r)
        }
        precision = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
        recall = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
        f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        pages = truth.count
        perPage = per
    }

    public var description: String { String(format: "F1 %.3f precision %.3f recall %.3f pages %d", f1, precision, recall, pages) }

    static func shingles(_ text: String) -> [[String]: Int] {
        var words: [String] = []
        var w = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            let p = u.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark || u == "_" || p.generalCategory == .decimalNumber {
                w.append(u)
            } else if !w.isEmpty { words.append(String(w)); w = String.UnicodeScalarView() }
        }
        if !w.isEmpty { words.append(String(w)) }
        var out: [[String]: Int] = [:]
        if words.isEmpty { return out }
        let n = 4
        for i in 0..<max(1, words.count - n + 1) { out[Array(words[i..<min(words.count, i + n)]), default: 0] += 1 }
        return out
    }
}
