/// Finds whether any of a fixed set of byte patterns occurs in a string, in one pass over its bytes
/// (an Aho–Corasick automaton compiled to a transition table). Bytes that occur in no pattern share
/// one column, so the table stays small: states × (distinct pattern bytes + 1).
struct PatternAutomaton: Sendable {
    /// Column of each byte value; 0 for bytes in no pattern.
    let column: [UInt8]
    let width: Int
    /// `next[state * width + column]`.
    let next: [Int32]
    /// Whether reaching the state means some pattern ended here.
    let accepting: [Bool]

    init(_ patterns: [String]) {
        var column = [UInt8](repeating: 0, count: 256)
        var width = 1
        for p in patterns { for b in p.utf8 where column[Int(b)] == 0 { column[Int(b)] = UInt8(width); width += 1 } }
        // The trie.
        var children: [[Int32]] = [[Int32](repeating: -1, count: width)]
        var accepting = [false]
        for p in patterns {
            var s = 0
            for b in p.utf8 {
                let c = Int(column[Int(b)])
                if children[s][c] < 0 {
                    children[s][c] = Int32(children.count)
                    children.append([Int32](repeating: -1, count: width))
                    accepting.append(false)
                }
                s = Int(children[s][c])
            }
            accepting[s] = true
        }
        // Breadth-first: each missing edge goes where the failure state's edge goes; a state accepts
        // when its failure state does (a pattern ending inside a longer one).
        var next = [Int32](repeating: 0, count: children.count * width)
        var failure = [Int](repeating: 0, count: children.count)
        var queue: [Int] = []
        for c in 0..<width {
            let t = children[0][c]
            if t >= 0 { next[c] = t; queue.append(Int(t)) } else { next[c] = 0 }
        }
        var head = 0
        while head < queue.count {
            let s = queue[head]; head += 1
            accepting[s] = accepting[s] || accepting[failure[s]]
            for c in 0..<width {
                let t = children[s][c]
                if t >= 0 {
                    failure[Int(t)] = Int(next[failure[s] * width + c])
                    next[s * width + c] = t
                    queue.append(Int(t))
                } else {
                    next[s * width + c] = next[failure[s] * width + c]
                }
            }
        }
        self.column = column
        self.width = width
        self.next = next
        self.accepting = accepting
    }

    func matches(_ h: UnsafeBufferPointer<UInt8>) -> Bool {
        column.withUnsafeBufferPointer { column in
            next.withUnsafeBufferPointer { next in
                accepting.withUnsafeBufferPointer { accepting in
                    var s = 0
                    for b in h {
                        s = Int(next[s * width + Int(column[Int(b)])])
                        if accepting[s] { return true }
                    }
                    return false
                }
            }
        }
    }

    func matches(_ h: [UInt8]) -> Bool { h.withUnsafeBufferPointer { matches($0) } }
}
