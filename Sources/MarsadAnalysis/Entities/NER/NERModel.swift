import Foundation
import MarsadKnowledge

/// Feature strings interned to dense ids, shared by every model of one tagger (a feature a model never saw in
/// training simply has zero weight there).
struct NERFeatureIndex: Sendable {
    private(set) var ids: [FoldedKey: Int32] = [:]
    var count: Int { ids.count }

    /// The id of `feature`, adding it when new (training).
    mutating func intern(_ feature: String) -> Int32 {
        let k = FoldedKey(feature)
        if let i = ids[k] { return i }
        let i = Int32(ids.count); ids[k] = i; return i
    }

    mutating func intern(_ rows: [[String]]) -> [[Int32]] { rows.map { $0.map { intern($0) } } }

    /// Ids of the known features of each word (tagging).
    func lookup(_ rows: [[String]]) -> [[Int32]] { rows.map { $0.compactMap { ids[FoldedKey($0)] } } }
}

/// A first-order structured perceptron (weights averaged over training), decoded with Viterbi under the BIO
/// constraint (an I- tag only continues its own type).
struct NERModel: Sendable {
    /// `features × NERTag.count` weights, row-major; ids at or past `features` score nothing.
    var weights: [Float]
    /// `(NERTag.count + 1) × NERTag.count` transition weights (previous × current); the last row is the start.
    var transitions: [Float]
    var features: Int { weights.count / NERTag.count }

    init(features: Int) {
        weights = .init(repeating: 0, count: features * NERTag.count)
        transitions = .init(repeating: 0, count: (NERTag.count + 1) * NERTag.count)
    }

    /// Best tag sequence for words with these feature ids.
    func decode(_ ids: [[Int32]]) -> [NERTag] {
        let n = ids.count, k = NERTag.count
        guard n > 0 else { return [] }
        let rows = Int32(features)
        var emit = [Float](repeating: 0, count: n * k)
        weights.withUnsafeBufferPointer { w in
            for i in 0..<n {
                for f in ids[i] where f < rows {
                    let base = Int(f) * k
                    for t in 0..<k { emit[i * k + t] += w[base + t] }
                }
            }
        }
        let tags = NERTag.allCases
        var score = [Float](repeating: -.infinity, count: n * k)
        var back = [Int](repeating: 0, count: n * k)
        for t in 0..<k where tags[t].mayFollow(nil) {
            score[t] = transitions[k * k + t] + emit[t]
        }
        if n > 1 {
            for i in 1..<n {
                for t in 0..<k {
                    var best: Float = -.infinity, arg = 0
                    for p in 0..<k where tags[t].mayFollow(tags[p]) {
                        let s = score[(i - 1) * k + p] + transitions[p * k + t]
                        if s > best { best = s; arg = p }
                    }
                    score[i * k + t] = best + emit[i * k + t]
                    back[i * k + t] = arg
                }
            }
        }
        var t = 0
        var best: Float = -.infinity
        for j in 0..<k where score[(n - 1) * k + j] > best { best = score[(n - 1) * k + j]; t = j }
        var out = [NERTag](repeating: .o, count: n)
        for i in stride(from: n - 1, through: 0, by: -1) {
            out[i] = tags[t]
            t = back[i * k + t]
        }
        return out
    }
}

/// Trains an `NERModel` on sentences whose features are already interned.
enum NERTrainer {
    static func train(_ data: [(ids: [[Int32]], tags: [NERTag])], features: Int, epochs: Int = 8, seed: UInt64 = 4) -> NERModel {
        let k = NERTag.count
        var model = NERModel(features: features)
        var wsum = [Float](repeating: 0, count: model.weights.count)        // Σ c·update, for averaging
        var tsum = [Float](repeating: 0, count: model.transitions.count)
        var c: Float = 1
        // A fixed, deterministic order that is not the file order (blocks of one topic would bias the last epoch).
        var order = Array(data.indices)
        var rng = SplitMix(seed: seed)
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, Int(rng.next() % UInt64(i + 1))) }
            for di in order {
                let (ids, gold) = data[di]
                let pred = model.decode(ids)
                if pred != gold {
                    for i in ids.indices where pred[i] != gold[i] {
                        for f in ids[i] {
                            let g = Int(f) * k + gold[i].rawValue, p = Int(f) * k + pred[i].rawValue
                            model.weights[g] += 1; wsum[g] += c
                            model.weights[p] -= 1; wsum[p] -= c
                        }
                    }
                    for i in ids.indices {
                        let gp = i == 0 ? k : gold[i - 1].rawValue, pp = i == 0 ? k : pred[i - 1].rawValue
                        if gp != pp || gold[i] != pred[i] {
                            let g = gp * k + gold[i].rawValue, p = pp * k + pred[i].rawValue
                            model.transitions[g] += 1; tsum[g] += c
                            model.transitions[p] -= 1; tsum[p] -= c
                        }
                    }
                }
                c += 1
            }
        }
        for j in model.weights.indices { model.weights[j] -= wsum[j] / c }
        for j in model.transitions.indices { model.transitions[j] -= tsum[j] / c }
        return model
    }
}

/// A small deterministic generator (SplitMix64) for the training order.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
