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

    /// Tags every sentence of one document (a list of sentences' words): the second pass's tags, with the
    /// first pass's person names written back over them (`keepPersons`).
    func tag(_ document: [[EntityWord]]) -> [[NERTag]] {
        let rows = document.map { features.features($0) }
        let first = rows.map { local.decode(index.lookup($0)) }
        let extra = NERFeatures.documentFeatures(document, first)
        let tags = rows.indices.map { s in
            NERTagger.keepPersons(first: first[s], second: global.decode(index.lookup(zip(rows[s], extra[s]).map { $0 + $1 })))
        }
        return NERTagger.attachedFamilyNames(document, tags)
    }

    /// A person named in full in the document and later by family name with a clitic attached ("فلاديمير بوتين" …
    /// "ولبوتين", "شافيز ولوكاشنكو"): the attached form, left O, is that person. The family name is the last word
    /// of a person span of two words or more; the clitics are و ف ب ل ك.
    static func attachedFamilyNames(_ document: [[EntityWord]], _ tags: [[NERTag]]) -> [[NERTag]] {
        var family = Set<String>()
        for (words, t) in zip(document, tags) {
            for (type, a, b) in NEREvaluation.spans(t) where type == "PERS" && b - a >= 2 && words[b - 1].key.unicodeScalars.count >= 3 {
                family.insert(words[b - 1].key)
            }
        }
        guard !family.isEmpty else { return tags }
        var out = tags
        for (s, words) in document.enumerated() {
            for (k, w) in words.enumerated() where out[s][k] == .o && w.arabic {
                let u = w.key.unicodeScalars
                guard u.count > 3, let f = u.first, NERTagger.clitics.contains(f), family.contains(String(u.dropFirst())) else { continue }
                out[s][k] = .bPers
            }
        }
        return out
    }
    static let clitics: Set<Unicode.Scalar> = [CliticForms.waw, CliticForms.fa, CliticForms.ba, CliticForms.lam, CliticForms.kaf]

    /// The second pass's tags with the person spans of the first pass restored over them (a second-pass person
    /// overlapping one is cleared first). The second pass earns its keep on bare mentions the first pass missed
    /// ("لبوتين" after "فلاديمير بوتين") and on places and organisations; on names the first pass had in full it
    /// is often worse, cutting "عبد الله العامري" to "عبد الله" or splitting "عبد العاطي إيكيدير" in two, because
    /// its document feature ("this word is PERS elsewhere") pulls a family name toward a new B-PERS. Where the
    /// second pass puts the name inside a place, organisation or work ("مؤسسة محمد بن راشد"), its reading stays.
    /// (Development, 3 orders: restoring over entities of every type gave PERS 0.712 and ORG 0.578 against 0.716
    /// and 0.581 here; keeping, as a person of its own, the part of a second-pass person that runs past the first
    /// pass's span scored lower too.)
    static func keepPersons(first: [NERTag], second: [NERTag]) -> [NERTag] {
        var out = second
        for (type, a, b) in NEREvaluation.spans(first) where type == "PERS" {
            let overlapping = NEREvaluation.spans(out).filter { $0.1 < b && $0.2 > a }
            guard overlapping.allSatisfy({ $0.0 == "PERS" }) else { continue }
            for (_, l, r) in overlapping {
                for i in l..<r { out[i] = .o }
            }
            for i in a..<b { out[i] = first[i] }
        }
        return out
    }

    /// One labelled sentence: its words and their gold tags.
    typealias Sentence = (words: [EntityWord], tags: [NERTag])

    /// `order` picks another family of training orders (every seed shifted), to measure how much a figure
    /// owes to the order the perceptrons saw the sentences in.
    static func train(documents: [[Sentence]], features: NERFeatures, epochs: Int = 8, folds: Int = 4,
                      seeds: [UInt64] = [4, 11, 17, 23], order: UInt64 = 0) -> NERTagger {
        let seeds = seeds.map { $0 &+ order &* 1000 }
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
            let model = NERTrainer.train(data(Array(rest)), features: localCount, epochs: epochs, seed: seeds[0])
            for d in held { first[d] = ids[d].map { model.decode($0) } }
        }
        let local = NERTrainer.train(data(Array(documents.indices)), features: localCount, epochs: epochs, seed: seeds[0])
        var second: [(ids: [[Int32]], tags: [NERTag])] = []
        for d in documents.indices {
            let extra = NERFeatures.documentFeatures(documents[d].map(\.words), first[d])
            for s in documents[d].indices {
                second.append((zip(ids[d][s], index.intern(extra[s])).map { $0 + $1 }, documents[d][s].tags))
            }
        }
        // The sum of models trained in different orders: a perceptron's weights depend on the order it saw the
        // sentences in, and the sum evens that out.
        var global = NERTrainer.train(second, features: index.count, epochs: epochs, seed: seeds[0])
        for seed in seeds.dropFirst() {
            let other = NERTrainer.train(second, features: index.count, epochs: epochs, seed: seed)
            for j in global.weights.indices { global.weights[j] += other.weights[j] }
            for j in global.transitions.indices { global.transitions[j] += other.transitions[j] }
        }
        return NERTagger(features: features, index: index, local: local, global: global)
    }
}
