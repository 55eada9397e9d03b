/// Paragraphs of an HTML fragment that is all content (a feed item's `content:encoded`, a JSON-LD
/// `articleBody` holding markup): no boilerplate scoring, only scripts, styles and media dropped.
enum HTMLFragment {
    static func paragraphs(_ html: String) -> [String] {
        let tree = HTMLTree(html: html)
        var w = ParagraphWriter()
        func write(_ i: Int) {
            let n = tree.nodes[i]
            if n.isText { w.append(tree.textBytes, n.textStart, n.textEnd); return }
            if !n.flags.contains(.h1) && n.flags.contains(.skip) { return }
            if n.flags.contains(.lineBreak) { w.flush(); return }
            let block = n.flags.contains(.block)
            if block { w.flush() }
            for c in tree.children(i) { write(c) }
            if block { w.flush() }
        }
        write(HTMLTree.root)
        w.flush()
        return w.paragraphs
    }

    /// Plain text of a fragment that may or may not hold markup.
    static func text(_ s: String) -> String {
        if s.utf8.contains(UInt8(ascii: "<")) || s.utf8.contains(UInt8(ascii: "&")) { return paragraphs(s).joined(separator: "\n") }
        return s.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { PageMetadata.collapse(String($0)) }.filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
