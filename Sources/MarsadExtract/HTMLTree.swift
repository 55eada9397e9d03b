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
        /// Character data of a text node: a range of the tree's `textBytes` (of `source` for `.inSource` nodes).
        var textStart: Int = 0
        var textEnd: Int = 0
        /// The element's attributes: a range of the tree's `attributeSpans`.
        var attributeStart = 0
        var attributeEnd = 0
        public var flags: HTMLTagFlags

        init(tag: String, parent: Int, flags: HTMLTagFlags) {
            self.tag = tag; self.parent = parent; self.flags = flags
        }

        public var isText: Bool { flags.contains(.text) }
        public var hasAttributes: Bool { attributeEnd > attributeStart }
    }

    public private(set) var nodes: [Node]
    /// UTF-8 of character data, references decoded; text nodes point into it (script and style
    /// content, `.inSource` nodes, point into `source` instead).
    public private(set) var textBytes: [UInt8]
    /// The page as tokenized; attribute spans point into it.
    let source: [UInt8]
    /// Attributes of all elements, element by element, as written in `source`.
    private(set) var attributeSpans: [AttributeSpan]

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
        return String(decoding: characterData(i)[n.textStart..<n.textEnd], as: UTF8.self)
    }

    /// The buffer text node `i`'s range points into: `textBytes`, or `source` for script and style content.
    func characterData(_ i: Int) -> [UInt8] { nodes[i].flags.contains(.inSource) ? source : textBytes }

    /// The value of node `i`'s attribute `name` (lower-case), references decoded; nil when it has none.
    public func attribute(_ i: Int, _ name: String) -> String? {
        var name = name
        return name.withUTF8 { wanted in
            source.withUnsafeBufferPointer { b in
                for a in attributeSpans[nodes[i].attributeStart..<nodes[i].attributeEnd] where a.nameEnd - a.nameStart == wanted.count {
                    var k = 0
                    while k < wanted.count, HTMLTokenizer.Scanner.lower(b[a.nameStart + k]) == wanted[k] { k += 1 }
                    if k == wanted.count { return HTMLTokenizer.attributeValue(b, a.valueStart..<a.valueEnd) }
                }
                return nil
            }
        }
    }

    /// All attributes of node `i`, names lower-cased, values decoded.
    public func attributes(_ i: Int) -> [HTMLAttribute] {
        source.withUnsafeBufferPointer { b in
            attributeSpans[nodes[i].attributeStart..<nodes[i].attributeEnd].map {
                HTMLAttribute(name: HTMLTokenizer.lowercasedString(b, $0.nameStart..<$0.nameEnd),
                              value: HTMLTokenizer.attributeValue(b, $0.valueStart..<$0.valueEnd))
            }
        }
    }

    /// Calls `body` with the raw bytes (`source`) and the attribute spans of node `i`, for byte-level readers.
    func withAttributes<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>, ArraySlice<AttributeSpan>) -> R) -> R {
        source.withUnsafeBufferPointer { b in body(b, attributeSpans[nodes[i].attributeStart..<nodes[i].attributeEnd]) }
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
        var builder = Builder(xml: xml, capacity: bytes.count)
        bytes.withUnsafeBufferPointer { buffer in
            builder.input = buffer
            HTMLTokenizer.tokenize(buffer, xml: xml, into: &builder)
        }
        self.nodes = builder.nodes
        self.textBytes = builder.arena
        self.source = bytes
        self.attributeSpans = builder.attributes
    }

    /// Builds the tree from tokens: a stack of open elements and the recovery rules above.
    struct Builder: HTMLTokenSink {
        /// Consecutive text goes into one text node (see `text`).
        static var joinsText: Bool { true }
        let xml: Bool
        var input = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var nodes: [Node] = [Node(tag: "#document", parent: -1, flags: [.document, .scopeBoundary])]
        var arena: [UInt8] = []
        var attributes: [AttributeSpan] = []
        var stack: [Int] = [0]

        init(xml: Bool, capacity: Int) {
            self.xml = xml
            nodes.reserveCapacity(capacity / 40)
            arena.reserveCapacity(capacity / 2)
            attributes.reserveCapacity(capacity / 60)
        }

        mutating func append(_ node: Node) -> Int {
            let index = nodes.count
            var n = node
            let parent = stack[stack.count - 1]
            n.parent = parent
            nodes.append(n)
            let last = nodes[parent].lastChild
            if last >= 0 { nodes[last].nextSibling = index } else { nodes[parent].firstChild = index }
            nodes[parent].lastChild = index
            return index
        }

        /// Pops up to and including the nearest open element with one of `tags`' flags, not crossing a boundary.
        mutating func close(_ tags: HTMLTagFlags, boundary: HTMLTagFlags = .scopeBoundary) {
            var k = stack.count - 1
            while k > 0 {
                let f = nodes[stack[k]].flags
                if !f.isDisjoint(with: tags) { stack.removeSubrange(k...); return }
                if !f.isDisjoint(with: boundary) { return }
                k -= 1
            }
        }

        mutating func text(_ t: UnsafeBufferPointer<UInt8>) {
            let last = nodes[stack[stack.count - 1]].lastChild
            if last >= 0, nodes[last].flags.contains(.text), !nodes[last].flags.contains(.inSource), nodes[last].textEnd == arena.count {
                arena.append(contentsOf: t)
                nodes[last].textEnd = arena.count
            } else {
                var node = Node(tag: "#text", parent: 0, flags: .text)
                node.textStart = arena.count
                arena.append(contentsOf: t)
                node.textEnd = arena.count
                _ = append(node)
            }
        }

        /// Script and style content stays in the page bytes; other raw text (xmp, noembed…) may be shown and is copied.
        mutating func rawText(_ bytes: Range<Int>) {
            if nodes[stack[stack.count - 1]].flags.contains(.skip) {
                var node = Node(tag: "#text", parent: 0, flags: [.text, .inSource])
                node.textStart = bytes.lowerBound
                node.textEnd = bytes.upperBound
                _ = append(node)
            } else {
                text(UnsafeBufferPointer(rebasing: input[bytes]))
            }
        }

        mutating func startTag(_ nameRange: Range<Int>, attributes spans: UnsafeBufferPointer<AttributeSpan>, selfClosing: Bool) {
            let (name, known) = HTMLTagNames.lookup(input, nameRange)
            let flags = xml ? [] : known
            if !xml {
                if flags.contains(.documentLevel) {
                    // Repeated document-level tags (common in pasted markup) open nothing new.
                    if stack.contains(where: { nodes[$0].tag == name }) { return }
                    if name == "body", let k = stack.lastIndex(where: { nodes[$0].tag == "head" }) { stack.removeSubrange(k...) }
                }
                if flags.contains(.closesP) { close(.p) }
                if flags.contains(.li) { close(.li, boundary: [.scopeBoundary, .list]) }
                else if flags.contains(.definition) { close(.definition, boundary: [.scopeBoundary, .dl]) }
                else if flags.contains(.tr) { close([.tr, .cell], boundary: [.table, .tableSection, .document]) }
                else if flags.contains(.cell) { close(.cell, boundary: [.tr, .table, .document]) }
                else if flags.contains(.tableSection) { close([.tableSection, .tr, .cell], boundary: [.table, .document]) }
                else if flags.contains(.option) { close(.option, boundary: [.select, .document]) }
                else if flags.contains(.heading) {
                    if let top = stack.last, nodes[top].flags.contains(.heading) { stack.removeLast() }
                } else if flags.contains(.a) {
                    // Links do not nest: an open <a> is closed by the next one.
                    close(.a, boundary: [.scopeBoundary, .linkBoundary])
                }
            }
            var node = Node(tag: name, parent: 0, flags: flags)
            node.attributeStart = attributes.count
            attributes.append(contentsOf: spans)
            node.attributeEnd = attributes.count
            let index = append(node)
            if !selfClosing && !flags.contains(.void) { stack.append(index) }
        }

        mutating func endTag(_ nameRange: Range<Int>) {
            let (name, flags) = HTMLTagNames.lookup(input, nameRange)
            if !xml {
                if flags.contains(.lineBreak) && name == "br" { _ = append(Node(tag: "br", parent: 0, flags: flags)); return }
                if name == "body" || name == "html" { return }   // content after </body> still belongs to body
            }
            var k = stack.count - 1
            while k > 0 {
                if nodes[stack[k]].tag == name { stack.removeSubrange(k...); break }
                k -= 1
            }
        }

        mutating func comment(_ body: Range<Int>, doctype: Bool) {}
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
            if nodes[k].isText {
                let range = nodes[k].textStart..<nodes[k].textEnd
                if nodes[k].flags.contains(.inSource) { out.append(contentsOf: source[range]) } else { out.append(contentsOf: textBytes[range]) }
            }
            return true
        }
        return String(decoding: out, as: UTF8.self)
    }
}
