/// Finds the article body in a page tree and writes it as paragraphs.
///
/// 1. Every block that holds running text of its own (a "paragraph": text not inside a nested block)
///    gives its parent and grandparent a score for its length and punctuation; containers are scored by
///    the paragraphs they hold, discounted by their link density and weighted by class/id hints.
/// 2. The best container is the core; siblings that look like more of the same article (good score, or
///    long link-poor paragraphs) are added.
/// 3. The chosen blocks are written out, dropping what is boilerplate inside them: navigation, share bars,
///    comment forms, related links, captions (by tag and class/id hints, unless the block holds the core),
///    and link lists (blocks whose text is mostly links).
struct MainTextExtractor {
    let tree: HTMLTree
    /// Per node: visible text length (letters/digits/punctuation, not spaces), in scalars.
    var textLen: [Int32]
    var linkLen: [Int32]
    /// Per node: length of its own inline text (not inside nested blocks).
    var inlineLen: [Int32]
    var commas: [Int32]
    var score: [Double]
    var skipped: [Bool]
    /// Per node: a block-level element (starts its own paragraph).
    var isBlock: [Bool]
    var verdicts: [BoilerplateHints.Verdict]
    /// Per node: inside an element with a boilerplate hint (comments, sidebars…).
    var insideNegative: [Bool]

    init(tree: HTMLTree) {
        self.tree = tree
        let n = tree.nodes.count
        textLen = [Int32](repeating: 0, count: n)
        linkLen = [Int32](repeating: 0, count: n)
        inlineLen = [Int32](repeating: 0, count: n)
        commas = [Int32](repeating: 0, count: n)
        score = [Double](repeating: 0, count: n)
        skipped = [Bool](repeating: false, count: n)
        isBlock = [Bool](repeating: false, count: n)
        insideNegative = [Bool](repeating: false, count: n)
        verdicts = [BoilerplateHints.Verdict](repeating: .init(), count: n)
        measure()
    }

    /// Visible characters (scalars that are not ASCII whitespace) and commas (`,` and Arabic `،`).
    static func visibleLength(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int32, Int32) {
        var n: Int32 = 0
        var c: Int32 = 0
        var prev: UInt8 = 0
        for k in start..<end {
            let b = bytes[k]
            if b & 0xC0 == 0x80 {
                if prev == 0xD8 && b == 0x8C { c += 1 }   // U+060C is D8 8C
                prev = b
                continue
            }
            prev = b
            if b == 32 || b == 10 || b == 9 || b == 13 { continue }
            n += 1
            if b == 44 { c += 1 }
        }
        return (n, c)
    }

    mutating func measure() {
        tree.nodes.withUnsafeBufferPointer { nodes in
            // Forward pass: skipping is inherited (a skipped ancestor hides everything below it).
            var hidden = [Bool](repeating: false, count: nodes.count)
            var cache = BoilerplateHints.HintCache()
            var scratch = BoilerplateHints.Scratch()
            for i in 0..<nodes.count {
                let parent = nodes[i].parent
                if parent >= 0 && (hidden[parent] || skipped[parent]) { hidden[i] = true; continue }
                let flags = nodes[i].flags
                if flags.contains(.text) { continue }
                if nodes[i].hasAttributes { verdicts[i] = BoilerplateHints.judge(tree, i, cache: &cache, scratch: &scratch) }
                if parent > 0 {
                    let pv = verdicts[parent]
                    insideNegative[i] = insideNegative[parent] || (pv.negative && !pv.positive)
                }
                if flags.contains(.skip) { skipped[i] = true }
                isBlock[i] = flags.contains(.block)
            }
            // Reverse pass: children before parents.
            var i = nodes.count - 1
            while i >= 0 {
                if hidden[i] { i -= 1; continue }
                if nodes[i].flags.contains(.text) {
                    let (l, c) = Self.visibleLength(tree.characterData(i), nodes[i].textStart, nodes[i].textEnd)
                    textLen[i] = l; inlineLen[i] = l; commas[i] = c
                } else if !skipped[i] {
                    var t: Int32 = 0, l: Int32 = 0, inl: Int32 = 0, cm: Int32 = 0
                    var ch = nodes[i].firstChild
                    while ch >= 0 {
                        if !skipped[ch] {
                            t += textLen[ch]; l += linkLen[ch]
                            if !isBlock[ch] { inl += inlineLen[ch]; cm += commas[ch] }
                        }
                        ch = nodes[ch].nextSibling
                    }
                    if nodes[i].flags.contains(.a) { l = t }
                    textLen[i] = t; linkLen[i] = l; inlineLen[i] = inl; commas[i] = cm
                }
                i -= 1
            }
        }
        // Paragraph scores flow to the parent and grandparent.
        let nodes = tree.nodes
        for i in 0..<nodes.count where !nodes[i].isText && !skipped[i] {
            let own = inlineLen[i]
            guard own >= 25, isBlock[i] || nodes[i].flags.contains(.inlineHolder) else { continue }
            // A <p> is one paragraph; a text-holding div (paragraphs split by <br>) counts for its length.
            let s = 1 + Double(commas[i]) + (nodes[i].flags.contains(.p) ? min(Double(own) / 100, 3) : Double(own) / 100)
            let density = textLen[i] > 0 ? Double(linkLen[i]) / Double(textLen[i]) : 0
            let value = s * (1 - density)
            var a = nodes[i].parent
            var depth = 1.0
            // The paragraph itself counts when it is a text-holding div (text with <br>s).
            if !nodes[i].flags.contains(.p) && own >= 200 { score[i] += value }
            while a > 0 && depth <= 3 {
                score[a] += value / (depth == 1 ? 1 : depth * 1.5)
                a = nodes[a].parent
                depth += 1
            }
        }
    }

    func tagWeight(_ tag: String) -> Double {
        switch tag {
        case "article": return 8
        case "main", "div", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    func finalScore(_ i: Int) -> Double {
        guard score[i] > 0 else { return 0 }
        var s = score[i] + tagWeight(tree.nodes[i].tag)
        let v = verdicts[i]
        if v.positive { s += 25 } else if v.weakPositive { s += 5 }
        if v.negative && !v.positive { s = s * 0.5 - 25 }
        if insideNegative[i] && !v.positive { s *= 0.3 }
        let density = textLen[i] > 0 ? Double(linkLen[i]) / Double(textLen[i]) : 0
        return s * (1 - density)
    }

    /// The core container, or nil for a page without running text.
    func core() -> Int? {
        var best: Int? = nil
        var bestScore = -Double.infinity
        for i in 1..<tree.nodes.count where !tree.nodes[i].isText && !skipped[i] && score[i] > 0 {
            if hiddenByAncestor(i) { continue }
            let s = finalScore(i)
            if s > bestScore { bestScore = s; best = i }
        }
        return best
    }

    func hiddenByAncestor(_ i: Int) -> Bool {
        var a = tree.nodes[i].parent
        while a > 0 { if skipped[a] { return true }; a = tree.nodes[a].parent }
        return false
    }

    func isAncestor(_ a: Int, of i: Int) -> Bool {
        var k = i
        while k >= 0 { if k == a { return true }; k = tree.nodes[k].parent }
        return false
    }

    /// The blocks that make up the article: the core and its article-like siblings, then, a few levels
    /// up, sibling blocks that score like article text (bodies split into sections around images or ads).
    func selection(core: Int) -> [Int] {
        let nodes = tree.nodes
        let parent = nodes[core].parent
        guard parent >= 0 else { return [core] }
        let top = finalScore(core)
        let threshold = max(10, top * 0.2)
        var out: [Int] = []
        for s in tree.children(parent) {
            if s == core { out.append(s); continue }
            if nodes[s].isText || skipped[s] { continue }
            let v = verdicts[s]
            if v.negative && !v.positive { continue }
            let density = textLen[s] > 0 ? Double(linkLen[s]) / Double(textLen[s]) : 1
            if finalScore(s) >= threshold { out.append(s); continue }
            if !nodes[s].flags.isDisjoint(with: [.p, .div, .blockquote]) {
                if inlineLen[s] > 80 && density < 0.25 { out.append(s) }
            }
        }
        var level = parent
        for _ in 0..<Self.ancestorLevels {
            let up = nodes[level].parent
            guard up > 0 else { break }
            for s in tree.children(up) where s != level && !nodes[s].isText && !skipped[s] {
                let v = verdicts[s]
                if v.negative && !v.positive { continue }
                if bestScore(under: s) >= max(10, top * Self.ancestorSiblingShare) { out.append(s) }
            }
            level = up
        }
        return out.sorted()
    }

    /// The best candidate score in a subtree (a section is as good as the text block it wraps).
    func bestScore(under s: Int) -> Double {
        var best = -Double.infinity
        tree.walk(s) { k in
            if skipped[k] { return false }
            let v = verdicts[k]
            if k != s && v.negative && !v.positive { return false }
            if score[k] > 0 { best = max(best, finalScore(k)) }
            return true
        }
        return best
    }

    static let ancestorLevels = 2
    static let ancestorSiblingShare = 0.75

    /// Whether a block inside the selection is boilerplate to drop.
    func drop(_ i: Int, core: Int) -> Bool {
        let node = tree.nodes[i]
        if skipped[i] { return true }
        let containsCore = isAncestor(i, of: core)
        if containsCore { return false }
        let v = verdicts[i]
        // Class hints judge blocks; inside a paragraph only hidden text goes (a link styled "icon" is still text).
        if v.hidden { return true }
        if v.negative && !v.positive && isBlock[i] { return true }
        if node.flags.contains(.suspect) { return true }
        let t = textLen[i]
        if t > 0, isBlock[i] {
            let density = Double(linkLen[i]) / Double(t)
            if density > 0.5 { return true }
        }
        return false
    }

    /// Paragraphs of the article body.
    func paragraphs() -> [String] {
        guard let core = core() else { return [] }
        var writer = ParagraphWriter()
        for block in selection(core: core) { write(block, core: core, into: &writer) }
        writer.flush()
        return writer.paragraphs
    }

    func write(_ i: Int, core: Int, into w: inout ParagraphWriter) {
        let node = tree.nodes[i]
        if node.isText { w.append(tree.characterData(i), node.textStart, node.textEnd); return }
        if drop(i, core: core) { return }
        if node.flags.contains(.lineBreak) { w.flush(); return }
        let block = isBlock[i]
        if block { w.flush() }
        var c = node.firstChild
        while c >= 0 { write(c, core: core, into: &w); c = tree.nodes[c].nextSibling }
        if block { w.flush() }
    }
}

/// Accumulates inline text into whitespace-normalised paragraphs.
struct ParagraphWriter {
    var paragraphs: [String] = []
    var line: [UInt8] = []
    var pendingSpace = false

    /// Appends text, collapsing runs of whitespace (including no-break space U+00A0) to one space.
    mutating func append(_ text: String) {
        let bytes = Array(text.utf8)
        append(bytes, 0, bytes.count)
    }

    mutating func append(_ bytes: [UInt8], _ start: Int, _ end: Int) {
        bytes.withUnsafeBufferPointer { b in
            var k = start
            while k < end {
                let c = b[k]
                if c == 32 || c == 10 || c == 9 || c == 13 || c == 12 { pendingSpace = !line.isEmpty; k += 1; continue }
                if c == 0xC2, k + 1 < end, b[k + 1] == 0xA0 { pendingSpace = !line.isEmpty; k += 2; continue }
                // A run up to the next whitespace or possible no-break space is copied at once.
                var j = k + 1
                while j < end {
                    let d = b[j]
                    if d == 32 || d == 10 || d == 9 || d == 13 || d == 12 || d == 0xC2 { break }
                    j += 1
                }
                if pendingSpace { line.append(32); pendingSpace = false }
                line.append(contentsOf: UnsafeBufferPointer(rebasing: b[k..<j]))
                k = j
            }
        }
    }

    mutating func flush() {
        if !line.isEmpty {
            let s = String(decoding: line, as: UTF8.self)
            if !s.isEmpty { paragraphs.append(s) }
        }
        line.removeAll(keepingCapacity: true)
        pendingSpace = false
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.unicodeScalars.first, f.properties.isWhitespace { s = Substring(s.unicodeScalars.dropFirst()) }
        while let l = s.unicodeScalars.last, l.properties.isWhitespace { s = Substring(s.unicodeScalars.dropLast()) }
        return String(s)
    }
}
