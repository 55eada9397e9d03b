/// A light element tree built from `HTMLTokenizer` tokens, with the error recovery browsers use for
/// the common cases: void elements, implied end tags (`<p>` closed by a block, `<li>` by the next
/// `<li>`, table cells and rows), end tags that close unclosed inner elements, and stray end tags ignored.
/// Nodes live in one array in document order, so a reverse walk visits children before parents.
public struct HTMLTree: Sendable {
    public struct Node: Sendable {
        /// Lower-cased tag name; "#text" for character data, "#document" for the root.
        public var tag: String
        public var parent: Int
        public var children: [Int]
        /// Character data of a text node (or the raw content of a script/style element's text child).
        public var text: String
        public var attributes: [HTMLAttribute]
        public var flags: HTMLTagFlags

        public init(tag: String, parent: Int, children: [Int], text: String, attributes: [HTMLAttribute], flags: HTMLTagFlags? = nil) {
            self.tag = tag; self.parent = parent; self.children = children; self.text = text; self.attributes = attributes
            self.flags = flags ?? HTMLTagFlags.of(tag)
        }

        public var isText: Bool { flags.contains(.text) }

        public func attribute(_ name: String) -> String? {
            for a in attributes where a.name == name { return a.value }
            return nil
        }
    }

    public private(set) var nodes: [Node]

    public static let root = 0

    static let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                                    "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound", "command"]
    /// Start tags that close an open `<p>` (HTML's "close a p element" list).
    static let closesP: Set<String> = ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir",
                                       "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
                                       "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre",
                                       "section", "summary", "table", "ul", "listing", "li", "dd", "dt"]
    /// Elements that bound the search for an element to close implicitly.
    static let scopeBoundary: Set<String> = ["html", "table", "td", "th", "caption", "template", "object", "marquee",
                                             "applet", "button", "#document"]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    public init(html: String) { self.init(utf8: Array(html.utf8)) }

    public init(utf8 bytes: [UInt8], xml: Bool = false) {
        var nodes: [Node] = [Node(tag: "#document", parent: -1, children: [], text: "", attributes: [], flags: [.document, .scopeBoundary])]
        nodes.reserveCapacity(bytes.count / 40)
        var stack: [Int] = [0]

        func append(_ node: Node) -> Int {
            let index = nodes.count
            var n = node
            n.parent = stack.last!
            nodes.append(n)
            nodes[n.parent].children.append(index)
            return index
        }
        /// Pops up to and including the nearest open element with one of `tags`' flags, not crossing a boundary.
        func close(_ tags: HTMLTagFlags, boundary: HTMLTagFlags = .scopeBoundary) -> Bool {
            var k = stack.count - 1
            while k > 0 {
                let f = nodes[stack[k]].flags
                if !f.isDisjoint(with: tags) { stack.removeSubrange(k...); return true }
                if !f.isDisjoint(with: boundary) { return false }
                k -= 1
            }
            return false
        }

        HTMLTokenizer.tokenize(bytes, xml: xml) { token in
            switch token {
            case .text(let t):
                if let last = nodes[stack.last!].children.last, nodes[last].isText {
                    nodes[last].text += t
                } else {
                    _ = append(Node(tag: "#text", parent: 0, children: [], text: t, attributes: [], flags: .text))
                }
            case .startTag(let name, let attributes, let selfClosing):
                let flags = xml ? [] : HTMLTagFlags.of(name)
                if !xml {
                    if flags.contains(.documentLevel) {
                        // Repeated document-level tags (common in pasted markup) open nothing new.
                        if stack.contains(where: { nodes[$0].tag == name }) { return }
                        if name == "body", let k = stack.lastIndex(where: { nodes[$0].tag == "head" }) { stack.removeSubrange(k...) }
                    }
                    if flags.contains(.closesP) { _ = close(.p) }
                    if flags.contains(.li) { _ = close(.li, boundary: [.scopeBoundary, .list]) }
                    else if flags.contains(.definition) { _ = close(.definition, boundary: [.scopeBoundary, .dl]) }
                    else if flags.contains(.tr) { _ = close([.tr, .cell], boundary: [.table, .tableSection, .document]) }
                    else if flags.contains(.cell) { _ = close(.cell, boundary: [.tr, .table, .document]) }
                    else if flags.contains(.tableSection) { _ = close([.tableSection, .tr, .cell], boundary: [.table, .document]) }
                    else if flags.contains(.option) { _ = close(.option, boundary: [.select, .document]) }
                    else if flags.contains(.heading) {
                        if let top = stack.last, nodes[top].flags.contains(.heading) { stack.removeLast() }
                    } else if flags.contains(.a) {
                        // Links do not nest: an open <a> is closed by the next one.
                        _ = close(.a, boundary: [.scopeBoundary, .linkBoundary])
                    }
                }
                let index = append(Node(tag: name, parent: 0, children: [], text: "", attributes: attributes, flags: flags))
                if !selfClosing && !flags.contains(.void) { stack.append(index) }
            case .endTag(let name):
                if !xml {
                    if name == "br" { _ = append(Node(tag: "br", parent: 0, children: [], text: "", attributes: [], flags: HTMLTagFlags.of("br"))); return }
                    if name == "body" || name == "html" { return }   // content after </body> still belongs to body
                }
                var k = stack.count - 1
                while k > 0 {
                    if nodes[stack[k]].tag == name { stack.removeSubrange(k...); break }
                    k -= 1
                }
            case .comment, .doctype:
                break
            }
        }
        self.nodes = nodes
    }

    /// The first element with this tag, in document order.
    public func first(_ tag: String, under root: Int = 0) -> Int? {
        var found: Int? = nil
        walk(root) { i in
            if found != nil { return false }
            if nodes[i].tag == tag { found = i; return false }
            return true
        }
        return found
    }

    /// Depth-first, document order. `visit` returns false to skip the node's children.
    public func walk(_ start: Int, _ visit: (Int) -> Bool) {
        var todo = [start]
        while let i = todo.popLast() {
            if visit(i) { todo.append(contentsOf: nodes[i].children.reversed()) }
        }
    }

    /// All character data under a node, concatenated.
    public func textContent(_ i: Int) -> String {
        var out = ""
        walk(i) { k in
            if nodes[k].isText { out += nodes[k].text }
            return true
        }
        return out
    }
}
