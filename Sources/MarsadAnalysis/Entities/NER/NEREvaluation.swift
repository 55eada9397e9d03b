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
            if !tokens.isEmpty { out.append(sentence(tokens)); tokens.removeAll() }
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
        return Sentence(words: words, tags: tags, tokenTags: tokens.map(\.1), tokenWord: tokenWord)
    }

    /// Splits into (training, held out) documents: block b of `block` sentences is held out when b % 5 == 4.
    /// With `development`, the held-out blocks are left out altogether and blocks b % 5 == 3 are held out
    /// instead: features are chosen on that split, so the reported held-out figures are not tuned to the test.
    static func splitBlocks(_ s: [Sentence], development: Bool = false) -> (train: [[Sentence]], heldOut: [[Sentence]]) {
        var train: [[Sentence]] = [], held: [[Sentence]] = []
        for b in stride(from: 0, to: s.count, by: block) {
            let doc = Array(s[b..<min(b + block, s.count)])
            switch (b / block) % 5 {
            case 4: if !development { held.append(doc) }
            case 3: if development { held.append(doc) } else { train.append(doc) }
            default: train.append(doc)
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
        /// PERS, LOC, ORG, MISC, then "all" (micro average over PERS, LOC, ORG).
        public var scores: [Scores]
        /// The same for the first pass alone (no document features).
        public var firstPass: [Scores]
        public var trainingSeconds: Double
        public var development = false

        public var description: String {
            var s = "NER on \(development ? "development" : "held-out") blocks (\(heldOutSentences) sentences, \(heldOutTokens) tokens; trained on \(trainSentences) sentences in \(String(format: "%.1f", trainingSeconds)) s)\n"
            s += "type   precision  recall     F1   gold  predicted\n"
            for x in scores {
                s += x.type.padding(toLength: 6, withPad: " ", startingAt: 0)
                s += String(format: " %9.3f %7.3f %6.3f %6d %10d\n", x.precision, x.recall, x.f1, x.gold, x.predicted)
            }
            s += "first pass alone (no document features): " + firstPass.map { "\($0.type) \(String(format: "%.3f", $0.f1))" }.joined(separator: ", ") + "\n"
            return s
        }
    }

    /// Trains on the training blocks of `tsv` (each block a document for the tagger's second pass) and scores
    /// the held-out blocks; `firstPass` holds the scores of the first pass alone, for comparison. `development`:
    /// the development split (see `NERCorpus.splitBlocks`).
    public static func run(tsv: URL, gazetteer: Gazetteer = .shared, epochs: Int = 8, development: Bool = false) throws -> Report {
        let all = try NERCorpus.read(tsv)
        let (train, held) = NERCorpus.splitBlocks(all, development: development)
        let t0 = Date()
        let tagger = NERTagger.train(documents: train.map { $0.map { ($0.words, $0.tags) } },
                                     features: NERFeatures(gazetteer: gazetteer), epochs: epochs)
        let seconds = Date().timeIntervalSince(t0)
        var predicted: [[NERTag]] = [], firstPass: [[NERTag]] = []
        for doc in held {
            let tags = tagger.tag(doc.map(\.words))
            for (s, t) in zip(doc, tags) {
                predicted.append(tokenTags(s, t))
                firstPass.append(tokenTags(s, tagger.local.decode(tagger.index.lookup(tagger.features.features(s.words)))))
            }
        }
        let gold = held.flatMap { $0.map(\.tokenTags) }
        return Report(trainSentences: train.reduce(0) { $0 + $1.count }, heldOutSentences: gold.count,
                      heldOutTokens: gold.reduce(0) { $0 + $1.count },
                      scores: score(gold: gold, predicted: predicted), firstPass: score(gold: gold, predicted: firstPass),
                      trainingSeconds: seconds, development: development)
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
