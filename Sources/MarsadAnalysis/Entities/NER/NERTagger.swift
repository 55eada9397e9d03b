import MarsadKnowledge

/// The named-entity tagger: two perceptrons over `NERFeatures`. The first tags each sentence from its own
/// words; the second sees, besides the same features, what the first said of the same word elsewhere in the
/// document (label consistency: "بوتين" tagged PERS after a title in one sentence is a person in the next,
/// bare). The second model is trained on first-pass tags produced by models that did not see those
/// documents (jackknife over `folds`), so its inputs at training look like its inputs at run time.
struct NERTagger: Sendable {
    let features: NERFeatures
    let index: NERFeatureIndex
    let local: NERModel
    let global: NERModel

    /// Tags every sentence of one document (a list of sentences' words).
    func tag(_ document: [[EntityWord]]) -> [[NERTag]] {
        let rows = document.map { features.features($0) }
        let first = rows.map { local.decode(index.lookup($0)) }
        let extra = NERFeatures.documentFeatures(document, first)
        return rows.indices.map { s in
            global.decode(index.lookup(zip(rows[s], extra[s]).map { $0 + $1 }))
        }
    }

    /// One labelled sentence: its words and their gold tags.
    typealias Sentence = (words: [EntityWord], tags: [NERTag])

    static func train(documents: [[Sentence]], features: NERFeatures, epochs: Int = 8, folds: Int = 4,
                      seeds: [UInt64] = [4, 11, 17, 23]) -> NERTagger {
        var index = NERFeatureIndex()
        let rows = documents.map { $0.map { features.features($0.words) } }
        let ids = rows.map { $0.map { index.intern($0) } }
        let localCount = index.count
        func data(_ docs: [Int]) -> [(ids: [[Int32]], tags: [NERTag])] {
            docs.flatMap { d in zip(ids[d], documents[d]).map { ($0, $1.tags) } }
        }
        // First-pass tags of every training document from a model trained on the other folds.
        var first = documents.map { $0.map { [NERTag](repeating: .o, count: $0.tags.count) } }
        for f in 0..<folds {
            let held = documents.indices.filter { $0 % folds == f }
            let rest = documents.indices.filter { $0 % folds != f }
            let model = NERTrainer.train(data(Array(rest)), features: localCount, epochs: epochs)
            for d in held { first[d] = ids[d].map { model.decode($0) } }
        }
        let local = NERTrainer.train(data(Array(documents.indices)), features: localCount, epochs: epochs)
        var second: [(ids: [[Int32]], tags: [NERTag])] = []
        for d in documents.indices {
            let extra = NERFeatures.documentFeatures(documents[d].map(\.words), first[d])
            for s in documents[d].indices {
                second.append((zip(ids[d][s], index.intern(extra[s])).map { $0 + $1 }, documents[d][s].tags))
            }
        }
        // The sum of models trained in different orders: a perceptron's weights depend on the order it saw the
        // sentences in, and the sum evens that out.
        var global = NERTrainer.train(second, features: index.count, epochs: epochs)
        for seed in seeds.dropFirst() {
            let other = NERTrainer.train(second, features: index.count, epochs: epochs, seed: seed)
            for j in global.weights.indices { global.weights[j] += other.weights[j] }
            for j in global.transitions.indices { global.transitions[j] += other.transitions[j] }
        }
        return NERTagger(features: features, index: index, local: local, global: global)
    }
}
