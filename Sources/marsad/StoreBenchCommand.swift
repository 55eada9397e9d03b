import ArgumentParser
import Dispatch
import Foundation
import MarsadStore

/// `marsad bench-minhash`: times MinHash signatures and LSH indexing over the `text` fields of a JSONL
/// file, single-threaded, on the same word shingles that `scripts/bench_datasketch.py` feeds datasketch
/// (written with --keys-out), so the two numbers compare like with like. Use a release build.
struct MinHashBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-minhash",
        abstract: "Time MinHash (128 permutations) + LSH indexing of a JSONL corpus; compare with scripts/bench_datasketch.py.")

    @Argument(help: "JSONL file with a \"text\" field per line.") var path: String
    @Option(help: "Write each document's search keys (one JSON array per line) for the datasketch script.") var keysOut: String?
    @Option(help: "Repetitions (the best is reported).") var repetitions = 5

    func run() throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
        var texts: [String] = []
        for line in data.split(separator: 10) {
            if let obj = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let t = obj["text"] as? String { texts.append(t) }
        }
        let keys = texts.map { SearchTokens.words($0).map(\.key) }
        if let keysOut {
            var out = ""
            for k in keys { out += String(decoding: try JSONSerialization.data(withJSONObject: k), as: UTF8.self) + "\n" }
            try Data(out.utf8).write(to: URL(fileURLWithPath: keysOut))
        }
        let hasher = MinHasher()
        func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
        var best = (sig: Double.infinity, lsh: Double.infinity, tok: Double.infinity)
        var pairs = 0
        for _ in 0..<max(1, repetitions) {
            let t0 = now()
            let k2 = texts.map { SearchTokens.words($0).map(\.key) }
            let t1 = now()
            let sigs = k2.map { hasher.signature(keys: $0) }
            let t2 = now()
            var index = LSHIndex()
            for (i, s) in sigs.enumerated() { index.insert(s, as: i) }
            let t3 = now()
            pairs = NearDuplicateFinder().pairs(sigs).count
            best = (min(best.sig, t2 - t1), min(best.lsh, t3 - t2), min(best.tok, t1 - t0))
        }
        let n = Double(texts.count)
        print(String(format: "marsad MinHash: %d documents, 128 permutations, 3-word shingles", texts.count))
        print(String(format: "  tokenise+fold+stem  %.3f s  (%.0f docs/s)", best.tok, n / best.tok))
        print(String(format: "  signatures          %.3f s  (%.0f docs/s)", best.sig, n / best.sig))
        print(String(format: "  LSH insert (64x2)   %.3f s", best.lsh))
        print(String(format: "  signatures + LSH    %.3f s  (%.0f docs/s)", best.sig + best.lsh, n / (best.sig + best.lsh)))
        print("  near-duplicate pairs: \(pairs)")
    }
}
