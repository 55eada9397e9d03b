/// What the tree builder and the extractor need to know about a tag, looked up once per element
/// (one hash of the name) and kept as bits on the node, so hot loops test bits, not strings.
public struct HTMLTagFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let text = HTMLTagFlags(rawValue: 1 << 0)
    public static let document = HTMLTagFlags(rawValue: 1 << 1)
    /// Starts its own paragraph.
    public static let block = HTMLTagFlags(rawValue: 1 << 2)
    /// Never part of the main text (scripts, media, forms controls, navigation).
    public static let skip = HTMLTagFlags(rawValue: 1 << 3)
    static let void = HTMLTagFlags(rawValue: 1 << 4)
    static let closesP = HTMLTagFlags(rawValue: 1 << 5)
    static let scopeBoundary = HTMLTagFlags(rawValue: 1 << 6)
    static let heading = HTMLTagFlags(rawValue: 1 << 7)
    static let p = HTMLTagFlags(rawValue: 1 << 8)
    static let li = HTMLTagFlags(rawValue: 1 << 9)
    static let list = HTMLTagFlags(rawValue: 1 << 10)          // ul, ol
    static let definition = HTMLTagFlags(rawValue: 1 << 11)    // dd, dt
    static let dl = HTMLTagFlags(rawValue: 1 << 12)
    static let tr = HTMLTagFlags(rawValue: 1 << 13)
    static let cell = HTMLTagFlags(rawValue: 1 << 14)          // td, th
    static let tableSection = HTMLTagFlags(rawValue: 1 << 15)  // thead, tbody, tfoot
    static let table = HTMLTagFlags(rawValue: 1 << 16)
    static let option = HTMLTagFlags(rawValue: 1 << 17)
    static let select = HTMLTagFlags(rawValue: 1 << 18)
    static let a = HTMLTagFlags(rawValue: 1 << 19)
    /// Blocks an open `<a>` is not closed across.
    static let linkBoundary = HTMLTagFlags(rawValue: 1 << 20)
    static let lineBreak = HTMLTagFlags(rawValue: 1 << 21)     // br, hr
    /// Holds the article at times but usually debris: figure, figcaption, header, form.
    static let suspect = HTMLTagFlags(rawValue: 1 << 22)
    static let documentLevel = HTMLTagFlags(rawValue: 1 << 23) // html, head, body
    static let h1 = HTMLTagFlags(rawValue: 1 << 24)
    /// Inline elements that may hold a paragraph's text of their own (font, span).
    static let inlineHolder = HTMLTagFlags(rawValue: 1 << 25)
    static let div = HTMLTagFlags(rawValue: 1 << 26)
    static let blockquote = HTMLTagFlags(rawValue: 1 << 27)
    /// Tags whose attributes or text say something about the page (title, meta, link, JSON-LD, time…).
    static let metadata = HTMLTagFlags(rawValue: 1 << 28)
    /// A text node whose range is in the tree's `source`, not `textBytes`: script and style content,
    /// which is kept as written rather than copied (pages carry more script than text).
    static let inSource = HTMLTagFlags(rawValue: 1 << 30)

    static let table_: [String: HTMLTagFlags] = {
        var t: [String: HTMLTagFlags] = [:]
        func add(_ names: Set<String>, _ f: HTMLTagFlags) { for n in names { t[n, default: []].insert(f) } }
        add(BoilerplateHints.blockTags, .block)
        add(BoilerplateHints.skipTags, .skip)
        add(HTMLTree.void, .void)
        add(HTMLTree.closesP, .closesP)
        add(HTMLTree.scopeBoundary, .scopeBoundary)
        add(HTMLTree.headings, .heading)
        add(["p"], .p); add(["li"], .li); add(["ul", "ol"], .list); add(["dd", "dt"], .definition); add(["dl"], .dl)
        add(["tr"], .tr); add(["td", "th"], .cell); add(["thead", "tbody", "tfoot"], .tableSection); add(["table"], .table)
        add(["option"], .option); add(["select"], .select); add(["a"], .a)
        add(["div", "p", "li", "section", "article"], .linkBoundary)
        add(["br", "hr"], .lineBreak)
        add(BoilerplateHints.suspectTags, .suspect)
        add(["html", "head", "body"], .documentLevel)
        add(["html", "title", "meta", "link", "script", "h1", "time", "a"], .metadata)
        add(["h1"], .h1); add(["font", "span"], .inlineHolder); add(["div"], .div); add(["blockquote"], .blockquote)
        t["#document"] = [.document, .scopeBoundary]
        return t
    }()

    static func of(_ tag: String) -> HTMLTagFlags { table_[tag] ?? [] }
}

/// Tag names the tree meets most, found from their bytes without making a String or hashing one:
/// the name (a shared String) and its flags. Unknown names fall back to a lower-cased copy.
enum HTMLTagNames {
    struct Entry {
        let bytes: [UInt8]
        let name: String
        let flags: HTMLTagFlags
    }

    /// Common inline and structural tags beyond those with flags.
    static let common = ["span", "b", "i", "strong", "em", "small", "sup", "sub", "u", "s", "abbr", "cite", "code", "q",
                         "time", "font", "mark", "bdi", "bdo", "dfn", "kbd", "var", "samp", "del", "ins", "wbr", "tt", "big",
                         "strike", "nobr", "center", "legend", "summary", "details", "figure", "figcaption", "picture"]

    /// Buckets indexed by `slot(length, first, last)`.
    static let buckets: [[Entry]] = {
        var names = Set(HTMLTagFlags.table_.keys).union(common)
        names.remove("#document")
        var b = [[Entry]](repeating: [], count: 256)
        for n in names {
            let u = Array(n.utf8)
            b[slot(u.count, u[0], u[u.count - 1])].append(Entry(bytes: u, name: n, flags: HTMLTagFlags.of(n)))
        }
        return b
    }()

    @inline(__always) static func slot(_ length: Int, _ first: UInt8, _ last: UInt8) -> Int {
        (length &* 37 &+ Int(first | 0x20) &* 7 &+ Int(last | 0x20)) & 255
    }

    /// The lower-cased name and flags of the tag named by `b[r]` (any case).
    static func lookup(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (name: String, flags: HTMLTagFlags) {
        let n = r.count
        if n > 0 {
            let s = r.lowerBound
            search: for e in buckets[slot(n, b[s], b[r.upperBound - 1])] where e.bytes.count == n {
                for k in 0..<n where HTMLTokenizer.Scanner.lower(b[s + k]) != e.bytes[k] { continue search }
                return (e.name, e.flags)
            }
        }
        let name = HTMLTokenizer.lowercasedString(b, r)
        return (name, HTMLTagFlags.of(name))
    }
}
