/// Times this module's stages over a set of texts, for `marsad bench` (run it from a release build).
public enum TextBenchmark {
    /// Seconds each stage takes over all `texts`: the best of `repetitions` passes (a pass over the corpus
    /// is a few hundredths of a second, so one pass is at the mercy of a shared machine), and the UTF-8
    /// bytes of one pass. Stages: "normalize(search)", "tokenize", "split", "all" (the three in turn).
    public static func run(_ texts: [String], repetitions: Int) -> [(stage: String, seconds: Double, bytes: Int)] {
        let reps = max(1, repetitions)
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        _ = FoldTables.shared; _ = CharClass.table   // build lookups outside the timings
        var sink = 0
        func time(_ body: () -> Void) -> Double {
            let clock = ContinuousClock()
            var best = Double.infinity
            for _ in 0..<reps {
                let d = clock.measure(body)
                best = min(best, Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
            }
            return best
        }
        let normalize = time { for t in texts { sink &+= Normalizer.normalize(t, level: .search).origin.count } }
        let tokenize = time { for t in texts { sink &+= Tokenizer.tokenize(t).count } }
        let split = time { for t in texts { sink &+= SentenceSplitter.split(t).count } }
        let all = time {
            for t in texts {
                sink &+= Normalizer.normalize(t, level: .search).origin.count
                sink &+= Tokenizer.tokenize(t).count
                sink &+= SentenceSplitter.split(t).count
            }
        }
        precondition(sink != 0 || texts.allSatisfy(\.isEmpty))
        return [("normalize(search)", normalize, bytes), ("tokenize", tokenize, bytes),
                ("split", split, bytes), ("all", all, bytes)]
    }
}
