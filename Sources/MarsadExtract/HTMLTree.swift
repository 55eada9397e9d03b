/// A light element tree built from `HTMLTokenizer` tokens, with the error recovery browsers use for
/// the common cases: void elements, implied end tags (`<p>` closed by a block, `<li>` by the next
/// `<li>`, table cells and rows), end tags that close unclosed inner elements, and stray end tags ignored.
/// Nodes live in one array in document order, so a reverse walk visits children before parents.
/// Children are linked (first child, next sibling) and character data sits in one byte arena, so
/// building a tree allocates little beyond the node array itself.
public struct HTMLTree: Sendable {
    public struct Node: Sendable {
        /// Lower-cased tag name; "#text" for character data, "#document" for the root.
        public var tag: String
        public var parent: Int
        public var firstChild: Int = -1
        public var lastChild: Int = -1
        public var nextSibling: Int = -1
        /// Character data of a text node: a range of the tree's `textBytes`.
        var textStart: Int = 0
        var textEnd: Int = 0
        public var attributes: [HTMLAttribute]
        public var flags: HTMLTagFlags

        init(tag: String, parent: Int, attributes: [HTMLAttribute], flags: HTMLTagFlags) {
            self.tag = tag; self.parent = parent; self.attributes = attributes; self.flags = flags
        }

        public var isText: Bool { flags.contains(.text) }

        public func attribute(_ name: String) -> String? {
            for a in attributes where a.name == name { return a.value }
            return nil
        }
    }

    public private(set) var nodes: [Node]
    /// UTF-8 of all character data, references decoded; text nodes point into it.
    public private(set) var textBytes: [UInt8]

    /// The children of node `i`, in order.
    public func children(_ i: Int) -> Children { Children(nodes: nodes, first: nodes[i].firstChild) }

    public struct Children: Sequence {
        let nodes: [Node]
        let first: Int
        public func makeIterator() -> Iterator { Iterator(nodes: nodes, upcoming: first) }
        public struct Iterator: IteratorProtocol {
            let nodes: [Node]
            var upcoming: Int
            public mutating func next() -> Int? {
                guard upcoming >= 0 else { return nil }
                let current = upcoming
                upcoming = nodes[current].nextSibling
                return current
            }
        }
    }

    /// The character data of text node `i`.
    public func text(_ i: Int) -> String {
        let n = nodes[i]
        return String(decoding: textBytes[n.textStart..<n.textEnd], as: UTF8.self)
    }

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
        var nodes: [Node] = [Node(tag: "#document", parent: -1, attributes: [], flags: [.document, .scopeBoundary])]
        nodes.reserveCapacity(bytes.count / 40)
        var arena: [UInt8] = []
        arena.reserveCapacity(bytes.count / 2)
        var stack: [Int] = [0]

        func append(_ node: Node) -> Int {
            let index = nodes.count
            var n = node
            let parent = stack.last!
            n.parent = parent
            nodes.append(n)
            let last = nodes[parent].lastChild
            if last >= 0 { nodes[last].nextSibling = index } else { nodes[parent].firstChild = index }
            nodes[parent].lastChild = index
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

        HTMLTokenizer.tokenize(bytes, xml: xml, text: { t in
            let last = nodes[stack.last!].lastChild
            if last >= 0, nodes[last].flags.contains(.text), nodes[last].textEnd == arena.count {
                arena.append(contentsOf: t)
                nodes[last].textEnd = arena.count
            } else {
                var node = Node(tag: "#text", parent: 0, attributes: [], flags: .text)
                node.textStart = arena.count
                arena.append(contentsOf: t)
                node.textEnd = arena.count
                _ = append(node)
            }
        }) { token in
            switch token {
            case .text:
                break
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
                let index = append(Node(tag: name, parent: 0, attributes: attributes, flags: flags))
                if !selfClosing && !flags.contains(.void) { stack.append(index) }
            case .endTag(let name):
                if !xml {
                    if name == "br" { _ = append(Node(tag: "br", parent: 0, attributes: [], flags: HTMLTagFlags.of("br"))); return }
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
        self.textBytes = arena
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
            if visit(i) {
                let mark = todo.count
                var c = nodes[i].firstChild
                while c >= 0 { todo.append(c); c = nodes[c].nextSibling }
                todo[mark...].reverse()
            }
        }
    }

    /// All character data under a node, concatenated.
    public func textContent(_ i: Int) -> String {
        var out: [UInt8] = []
        walk(i) { k in
            if nodes[k].isText { out.append(contentsOf: textBytes[nodes[k].textStart..<nodes[k].textEnd]) }
            return true
        }
        return String(decoding: out, as: UTF8.self)
    }
}
