import ArgumentParser
import Foundation
import MarsadAnalysis
import MarsadExtract

/// `marsad eval …`: the project's measurements against real labelled data, each printing its figures.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure extraction, NER and event coding against labelled data.",
        subcommands: [EvalExtraction.self, EvalNER.self, EvalEvents.self])
}

/// Main-text extraction on the article-extraction benchmark (181 real pages): F1 as score_extraction.py
/// computes it, throughput, and PREDICTIONS.json for the official scorer.
struct EvalExtraction: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Extract every page of the article-extraction benchmark; write predictions, print F1 and pages/s.")

    @Option(help: "The benchmark folder (html/*.html.gz and ground-truth.json).")
    var benchmark: String = "../shared/data/html/article-extraction-benchmark"

    @Option(help: "Where to write the predictions ({id: {articleBody}}), for score_extraction.py.")
    var predictions: String = "predictions.json"

    @Option(help: "Extraction rounds for the timing (the fastest is reported).")
    var repeats: Int = 3

    func run() throws {
        let dir = URL(fileURLWithPath: benchmark)
        let truth = dir.appendingPathComponent("ground-truth.json")
        let (figures, preds) = try ExtractionBenchmark.run(
            htmlDirectory: dir, groundTruth: FileManager.default.fileExists(atPath: truth.path) ? truth : nil, repeats: repeats)
        try ExtractionBenchmark.writePredictions(preds, to: URL(fileURLWithPath: predictions))
        print(figures)
        print("predictions written to \(predictions); official score: python3 ../shared/tools/score_extraction.py \(truth.path) \(predictions)")
        #if DEBUG
        print("(a debug build: throughput figures are not representative; use swift build -c release)")
        #endif
    }
}

/// Named-entity recognition on ANERcorp, trained and scored on a document-block split of the file.
struct EvalNER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner",
        abstract: "Train the NER tagger on ANERcorp blocks and print per-type precision/recall/F1 on held-out blocks.")

    @Option(help: "ANERcorp-format TSV (token TAB BIO tag).")
    var tsv: String = "../shared/data/ner/anercorp-train.tsv"

    @Flag(help: "Score on the development blocks (inside the training part; four folds, counts pooled) instead of the held-out blocks, for choosing features.")
    var development = false

    @Option(help: "With --development: score only this fold (blocks b % 5 == fold, 0...3); repeat for several.")
    var fold: [Int] = []

    @Option(help: "Train this many times in different sentence orders and pool the counts (the order alone moves F1 by points).")
    var orders: Int = 1

    @Option(help: "List the missed and spurious spans of this type (PERS, LOC, ORG, MISC) with their context.")
    var errors: String?

    @Option(help: "Training passes over the data for each perceptron.")
    var epochs: Int = 8

    func run() throws {
        if let errors, !["PERS", "LOC", "ORG", "MISC"].contains(errors) {
            throw ValidationError("--errors takes PERS, LOC, ORG or MISC, not \(errors)")
        }
        guard orders >= 1 else { throw ValidationError("--orders must be at least 1") }
        if let bad = fold.first(where: { !(0...3).contains($0) }) {
            throw ValidationError("--fold takes 0, 1, 2 or 3 (the development blocks' residue), not \(bad)")
        }
        print(try NEREvaluation.run(tsv: URL(fileURLWithPath: tsv), epochs: epochs, development: development,
                                    developmentFolds: fold.isEmpty ? [0, 1, 2, 3] : fold, orders: orders, errors: errors))
    }
}

/// Event detection and actor coding on the Arabic event GSR (ASSAULT and PROTEST), with the whole
/// analyzer (entities, actors, events) run on each labelled sentence.
struct EvalEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Print ASSAULT/PROTEST detection precision/recall and actor country/role accuracy on the Arabic event GSR.")

    @Option(help: "Folder with assault_gsr.csv, protest_gsr.csv, assault_spans.json, protest_spans.json.")
    var gsr: String = "../shared/data/events/arabic-event-gsr-dev"

    @Flag(help: "First list every scored actor: gold country/role and words against the coded actor.")
    var details = false

    func run() throws {
        let analyzer = Analyzer()
        let report = try EventEvaluation.run(gsrDirectory: URL(fileURLWithPath: gsr), details: details) { text, published in
            analyzer.analyze(Document(name: "gsr", published: published, text: text)).events
        }
        print(report)
    }
}
