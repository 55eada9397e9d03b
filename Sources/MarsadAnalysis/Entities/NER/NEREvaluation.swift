import Foundation
import MarsadKnowledge

/// ANERcorp-style data (token TAB BIO tag, blank line between sentences) turned into the words the entity
/// stage sees: the tokens are joined with spaces into a text, scanned by `EntityWordScanner` (punctuation
/// tokens become gaps between words), and each word takes its token's tag.
struct NERCorpus {
    struct Sentence {
        let words: [EntityWord]
        /// Gold tag of each word.
        let tags: [NERTag]
        /// Token-level gold tags and, for each token, its first word (nil for punctuation-only tokens).
        let tokenTags: [NERTag]
        let tokenWord: [Int?]
        /// The corpus tokens, for error listings.
        let tokens: [String]
        /// Position of the sentence in the file (0-based), for error listings.
        var index = 0
    }

    struct Malformed: Error, CustomStringConvertible {
        let file: String
        let line: Int
        let reason: String
        var description: String { "\(file) line \(line): \(reason)" }
    }

    /// Sentences per block; ANERcorp has no document markers, so held-out data is whole contiguous blocks.
    static let block = 100

    static func read(_ url: URL) throws -> [Sentence] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var out: [Sentence] = []
        var tokens: [(String, NERTag)] = []
        var lineNo = 0
        func flush() {
            if !tokens.isEmpty {
                var s = sentence(tokens)
                s.index = out.count
                out.append(s)
                tokens.removeAll()
            }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNo += 1
            let l = line.hasSuffix("\r") ? line.dropLast() : line
            if l.trimmingCharacters(in: .whitespaces).isEmpty { flush(); continue }
            guard let tab = l.lastIndex(of: "\t") else {
                throw Malformed(file: url.lastPathComponent, line: lineNo, reason: "no TAB between token and tag")
            }
            guard let tag = NERTag(label: l[l.index(after: tab)...].trimmingCharacters(in: .whitespaces)[...]) else {
                throw Malformed(file: url.lastPathComponent, line: lineNo, reason: "unknown tag \(l[l.index(after: tab)...])")
            }
            tokens.append((String(l[..<tab]), tag))
        }
        flush()
        return out
    }

    static func sentence(_ tokens: [(String, NERTag)]) -> Sentence {
        var scalars: [Unicode.Scalar] = []
        var spans: [Range<Int>] = []
        for (t, _) in tokens {
            if !scalars.isEmpty { scalars.append(" ") }
            let s = scalars.count
            scalars.append(contentsOf: t.unicodeScalars)
            spans.append(s..<scalars.count)
        }
        let words = EntityWordScanner.scan(scalars)
        var tags = [NERTag](repeating: .o, count: words.count)
        var tokenWord = [Int?](repeating: nil, count: tokens.count)
        var ti = 0
        for (wi, w) in words.enumerated() {
            while ti < spans.count, spans[ti].upperBound <= w.start { ti += 1 }
            guard ti < spans.count else { break }
            let tag = tokens[ti].1
            if tokenWord[ti] == nil {
                tokenWord[ti] = wi
                tags[wi] = tag
            } else if let type = tag.type {
                // A second word inside one token continues its entity.
                tags[wi] = NERTag.allCases.first { $0.type == type && $0.isInside } ?? .o
            }
        }
        return Sentence(words: words, tags: tags, tokenTags: tokens.map(\.1), tokenWord: tokenWord, tokens: tokens.map(\.0))
    }

    /// Splits into (training, held out) documents: block b of `block` sentences is held out when b % 5 == 4.
    /// With `development`, the held-out blocks are left out altogether and blocks b % 5 == `fold` (0...3) are
    /// held out instead: features are chosen on those splits, so the reported held-out figures are not tuned to
    /// the test.
    static func splitBlocks(_ s: [Sentence], development: Bool = false, fold: Int = 3) -> (train: [[Sentence]], heldOut: [[Sentence]]) {
        var train: [[Sentence]] = [], held: [[Sentence]] = []
        for b in stride(from: 0, to: s.count, by: block) {
            let doc = Array(s[b..<min(b + block, s.count)])
            let r = (b / block) % 5
            if r == 4 {
                if !development { held.append(doc) }
            } else if development && r == fold {
                held.append(doc)
            } else {
                train.append(doc)
            }
        }
        return (train, held)
    }

    /// The same split, flattened to sentences.
    static func split(_ s: [Sentence]) -> (train: [Sentence], heldOut: [Sentence]) {
        let (t, h) = splitBlocks(s)
        return (t.flatMap { $0 }, h.flatMap { $0 })
    }
}

/// Named-entity evaluation on data split from an ANERcorp-format file: the tagger is trained on the training
/// blocks and scored on the held-out blocks, exact entity spans per type (CoNLL style).
public enum NEREvaluation {
    public struct Scores: Sendable, Equatable {
        public var type: String
        public var gold: Int
        public var predicted: Int
        public var correct: Int
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public struct Report: Sendable, CustomStringConvertible {
        public var trainSentences: Int
        public var heldOutSentences: Int
        public var heldOutTokens: Int
        /// PERS, LOC, ORG, MISC, then "all" (micro average over PERS, LOC, ORG); on the development split, the
        /// counts of all its folds pooled.
        public var scores: [Scores]
        /// The same for the first pass alone (no document features).
        public var firstPass: [Scores]
        /// Development: the scores of each fold alone (its held-out residue, its scores, its first pass's).
        public var folds: [(fold: Int, scores: [Scores], firstPass: [Scores])] = []
        public var trainingSeconds: Double
        public var development = false
        /// Training orders pooled (see `run(orders:)`); sentence and token counts are per order.
        public var orders = 1
        /// Missed and spurious spans of the type asked for, one line each with context.
        public var errors: [String] = []

        public var description: String {
            var s = errors.isEmpty ? "" : errors.joined(separator: "\n") + "\n\n"
            var what = development ? "development blocks (\(folds.count) folds pooled, training blocks only)" : "held-out blocks"
            if orders > 1 { what += ", \(orders) training orders pooled" }
            s += "NER on \(what) (\(heldOutSentences) sentences, \(heldOutTokens) tokens; trained on \(trainSentences) sentences in \(String(format: "%.1f", trainingSeconds)) s)\n"
            s += "type   precision  recall     F1   gold  predicted\n"
            for x in scores {
                s += x.type.padding(toLength: 6, withPad: " ", startingAt: 0)
                s += String(format: " %9.3f %7.3f %6.3f %6d %10d\n", x.precision, x.recall, x.f1, x.gold, x.predicted)
            }
            s += "first pass alone (no document features): " + firstPass.map { "\($0.type) \(String(format: "%.3f", $0.f1))" }.joined(separator: ", ") + "\n"
            for f in folds {
                let p = f.scores[0]
                s += "fold \(f.fold) F1: " + f.scores.map { "\($0.type) \(String(format: "%.3f", $0.f1))" }.joined(separator: ", ")
                s += String(format: " (PERS P %.3f R %.3f; first pass PERS %.3f)\n", p.precision, p.recall, f.firstPass[0].f1)
            }
            return s
        }
    }

    /// Trains on the training blocks of `tsv` (each block a document for the tagger's second pass) and scores
    /// the held-out blocks; `firstPass` holds the scores of the first pass alone, for comparison. `development`:
    /// the development split (see `NERCorpus.splitBlocks`), once per fold in `developmentFolds`, counts pooled
    /// (one fold of 8 blocks moves by a point or two with any change of features). `orders`: train that many
    /// times with different training orders (`NERTagger.train(order:)`) and pool the counts — the order alone
    /// moves pooled development PERS F1 by up to 3 points. `errors`: list the missed and spurious spans of this
    /// type ("PERS", "LOC", "ORG", "MISC").
    public static func run(tsv: URL, gazetteer: Gazetteer = .shared, epochs: Int = 8, development: Bool = false,
                           developmentFolds: [Int] = [0, 1, 2, 3], orders: Int = 1, errors type: String? = nil) throws -> Report {
        precondition(orders >= 1, "at least one training order")
        precondition(developmentFolds.allSatisfy { (0...3).contains($0) }, "development folds are block residues 0...3")
        let all = try NERCorpus.read(tsv)
        let splits = development ? developmentFolds.map { ($0, NERCorpus.splitBlocks(all, development: true, fold: $0)) }
                                 : [(4, NERCorpus.splitBlocks(all))]
        var gold: [[NERTag]] = [], predicted: [[NERTag]] = [], firstPass: [[NERTag]] = []
        var report = Report(trainSentences: 0, heldOutSentences: 0, heldOutTokens: 0, scores: [], firstPass: [],
                            trainingSeconds: 0, development: development)
        for (fold, (train, held)) in splits {
            var foldGold: [[NERTag]] = [], foldPredicted: [[NERTag]] = [], foldFirst: [[NERTag]] = []
            for order in 0..<orders {
                let t0 = Date()
                let tagger = NERTagger.train(documents: train.map { $0.map { ($0.words, $0.tags) } },
                                             features: NERFeatures(gazetteer: gazetteer), epochs: epochs, order: UInt64(order))
                report.trainingSeconds += Date().timeIntervalSince(t0)
                report.trainSentences = max(report.trainSentences, train.reduce(0) { $0 + $1.count })
                for doc in held {
                    let tags = tagger.tag(doc.map(\.words))
                    for (s, t) in zip(doc, tags) {
                        let p = tokenTags(s, t)
                        let f = tokenTags(s, tagger.local.decode(tagger.index.lookup(tagger.features.features(s.words))))
                        foldGold.append(s.tokenTags); foldPredicted.append(p); foldFirst.append(f)
                        if let type, order == 0 { report.errors += errorLines(s, predicted: p, firstPass: f, type: type) }
                    }
                }
            }
            gold += foldGold; predicted += foldPredicted; firstPass += foldFirst
            if development {
                report.folds.append((fold, score(gold: foldGold, predicted: foldPredicted), score(gold: foldGold, predicted: foldFirst)))
            }
        }
        report.orders = orders
        report.heldOutSentences = gold.count / orders
        report.heldOutTokens = gold.reduce(0) { $0 + $1.count } / orders
        report.scores = score(gold: gold, predicted: predicted)
        report.firstPass = score(gold: gold, predicted: firstPass)
        return report
    }

    /// One line per gold span of `type` the prediction missed ("miss") and per predicted span of `type` that is
    /// not gold ("spurious"): sentence number, the span, the other side's tags over it (and the first pass's),
    /// and ±6 tokens of context with the span in brackets.
    static func errorLines(_ s: NERCorpus.Sentence, predicted: [NERTag], firstPass: [NERTag], type: String) -> [String] {
        let gold = spans(s.tokenTags).filter { $0.0 == type }, pred = spans(predicted).filter { $0.0 == type }
        func key(_ x: (String, Int, Int)) -> String { "\(x.1):\(x.2)" }
        let gset = Set(gold.map(key)), pset = Set(pred.map(key))
        func label(_ t: NERTag) -> String {
            guard let ty = t.type else { return "O" }
            return (t.isBegin ? "B-" : "I-") + ty
        }
        func tags(_ other: [NERTag], _ x: (String, Int, Int)) -> String {
            // Over the span and one token either side (boundary errors show there).
            (max(0, x.1 - 1)..<min(other.count, x.2 + 1)).map {
                ($0 == x.1 ? "[" : "") + label(other[$0]) + ($0 == x.2 - 1 ? "]" : "")
            }.joined(separator: " ")
        }
        func line(_ kind: String, _ x: (String, Int, Int), other: [NERTag]) -> String {
            let lo = max(0, x.1 - 6), hi = min(s.tokens.count, x.2 + 6)
            var ctx: [String] = []
            for i in lo..<hi {
                ctx.append((i == x.1 ? "[" : "") + s.tokens[i] + (i == x.2 - 1 ? "]" : ""))
            }
            let spanText = s.tokens[x.1..<x.2].joined(separator: " ")
            return "\(kind)\ts\(s.index)\t\(spanText)\t\(kind == "miss" ? "predicted" : "gold"): \(tags(other, x))\tfirst pass: \(tags(firstPass, x))\t\(ctx.joined(separator: " "))"
        }
        return gold.filter { !pset.contains(key($0)) }.map { line("miss", $0, other: predicted) }
             + pred.filter { !gset.contains(key($0)) }.map { line("spurious", $0, other: s.tokenTags) }
    }

    /// Word tags back onto the sentence's tokens (a token takes its first word's tag; punctuation is O).
    static func tokenTags(_ s: NERCorpus.Sentence, _ wordTags: [NERTag]) -> [NERTag] {
        s.tokenWord.map { $0.map { wordTags[$0] } ?? .o }
    }

    /// Entity spans (type, start, end) of a BIO sequence; an I- after another type starts a new entity.
    static func spans(_ tags: [NERTag]) -> [(String, Int, Int)] {
        var out: [(String, Int, Int)] = []
        var cur: (String, Int)?
        for (i, t) in tags.enumerated() {
            if let c = cur, !(t.isInside && t.type == c.0) { out.append((c.0, c.1, i)); cur = nil }
            if let type = t.type, cur == nil { cur = (type, i) }
        }
        if let c = cur { out.append((c.0, c.1, tags.count)) }
        return out
    }

    static func score(gold: [[NERTag]], predicted: [[NERTag]]) -> [Scores] {
        let types = ["PERS", "LOC", "ORG", "MISC"]
        var table = Dictionary(uniqueKeysWithValues: types.map { ($0, Scores(type: $0, gold: 0, predicted: 0, correct: 0)) })
        for (g, p) in zip(gold, predicted) {
            let gs = spans(g), ps = spans(p)
            let gset = Set(gs.map { "\($0.0):\($0.1):\($0.2)" })
            for s in gs { table[s.0]!.gold += 1 }
            for s in ps {
                table[s.0]!.predicted += 1
                if gset.contains("\(s.0):\(s.1):\(s.2)") { table[s.0]!.correct += 1 }
            }
        }
        var out = types.map { table[$0]! }
        var all = Scores(type: "all", gold: 0, predicted: 0, correct: 0)
        for x in out where x.type != "MISC" { all.gold += x.gold; all.predicted += x.predicted; all.correct += x.correct }
        out.append(all)
        return out
    }
}
