#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One attribute of a start tag; the name is lower-cased, the value has its character references decoded.
public struct HTMLAttribute: Sendable, Equatable {
    public let name: String
    public let value: String
}

/// What the tokenizer sees in markup.
public enum HTMLToken: Sendable, Equatable {
    case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    case endTag(name: String)
    /// Character data with references decoded (raw for `<script>`/`<style>` content).
    case text(String)
    case comment(String)
    case doctype(String)
}

/// An attribute as offsets into the tokenized bytes: the name as written (any case) and the value
/// as written (references not yet decoded; `valueStart == valueEnd` for none). The tree keeps these
/// and makes Strings only for the attributes someone asks for.
struct AttributeSpan: Sendable {
    var nameStart: Int
    var nameEnd: Int
    var valueStart: Int
    var valueEnd: Int
}

/// Receives what `HTMLTokenizer` finds, as byte ranges of the input where it can.
protocol HTMLTokenSink {
    /// True when the sink joins consecutive `text` calls itself: runs of plain text are then handed
    /// over as slices of the input instead of being gathered in a buffer first.
    static var joinsText: Bool { get }
    /// Character data, references decoded (raw for script/style content).
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>)
    /// The content of a `<script>`, `<style>` or other raw-text element: `input[bytes]`, as written.
    mutating func rawText(_ bytes: Range<Int>)
    /// A start tag named by `input[name]` (any case), with its attributes (first of duplicates only).
    mutating func startTag(_ name: Range<Int>, attributes: UnsafeBufferPointer<AttributeSpan>, selfClosing: Bool)
    /// An end tag named by `input[name]` (any case).
    mutating func endTag(_ name: Range<Int>)
    /// A comment or a `<!…>` declaration (`doctype` for `<!DOCTYPE …>`).
    mutating func comment(_ body: Range<Int>, doctype: Bool)
}

/// A tolerant, single-pass HTML tokenizer over UTF-8 bytes, written for real-world pages:
/// unclosed tags and comments, a stray `<` in text, `<script>`/`<style>` raw text, CDATA sections,
/// named (with or without `;`) and numeric character references. It never fails: whatever it cannot
/// read as markup becomes text. Tokens are handed on as they are found (no tree is built), so memory
/// stays proportional to the largest token.
///
/// With `xml: true` (RSS/Atom feeds) there are no raw-text elements and `<![CDATA[…]]>` is text.
public enum HTMLTokenizer {
    public static func tokenize(_ bytes: [UInt8], xml: Bool = false, _ sink: (HTMLToken) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            bytes.withUnsafeBufferPointer { buffer in
                var tokens = TokenSink(input: buffer, emit: sink)
                var scanner = Scanner(b: buffer, xml: xml)
                scanner.run(&tokens)
            }
        }
    }

    /// Tokenizes into a sink that takes byte ranges (the tree builder).
    static func tokenize<Sink: HTMLTokenSink>(_ buffer: UnsafeBufferPointer<UInt8>, xml: Bool, into sink: inout Sink) {
        var scanner = Scanner(b: buffer, xml: xml)
        scanner.run(&sink)
    }

    /// All tokens of a document (convenient for tests and small inputs).
    public static func tokens(_ html: String, xml: Bool = false) -> [HTMLToken] {
        var out: [HTMLToken] = []
        tokenize(Array(html.utf8), xml: xml) { out.append($0) }
        return out
    }

    /// Turns byte ranges into `HTMLToken`s for the public, String-based API.
    struct TokenSink: HTMLTokenSink {
        static var joinsText: Bool { false }
        let input: UnsafeBufferPointer<UInt8>
        let emit: (HTMLToken) -> Void

        func string(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: input[r]), as: UTF8.self) }

        mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) { emit(.text(String(decoding: bytes, as: UTF8.self))) }
        mutating func rawText(_ bytes: Range<Int>) { emit(.text(string(bytes))) }
        mutating func startTag(_ name: Range<Int>, attributes: UnsafeBufferPointer<AttributeSpan>, selfClosing: Bool) {
            let list = attributes.map { HTMLAttribute(name: lowercasedString(input, $0.nameStart..<$0.nameEnd),
                                                      value: attributeValue(input, $0.valueStart..<$0.valueEnd)) }
            emit(.startTag(name: lowercasedString(input, name), attributes: list, selfClosing: selfClosing))
        }
        mutating func endTag(_ name: Range<Int>) { emit(.endTag(name: lowercasedString(input, name))) }
        mutating func comment(_ body: Range<Int>, doctype: Bool) { emit(doctype ? .doctype(string(body)) : .comment(string(body))) }
    }

    /// The bytes of `r` as a String, ASCII letters lower-cased (copied only when there are capitals).
    static func lowercasedString(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        var k = r.lowerBound
        while k < r.upperBound, !(b[k] >= 65 && b[k] <= 90) { k += 1 }
        if k == r.upperBound { return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
        var bytes = [UInt8](UnsafeBufferPointer(rebasing: b[r]))
        for m in bytes.indices { bytes[m] = Scanner.lower(bytes[m]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An attribute value with references decoded (copied as is when it has no `&`).
    static func attributeValue(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        var k = r.lowerBound
        while k < r.upperBound, b[k] != UInt8(ascii: "&") { k += 1 }
        if k == r.upperBound { return String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
        var value: [UInt8] = []
        value.reserveCapacity(r.count)
        decodeReferences(b, r, into: &value, inAttribute: true)
        return String(decoding: value, as: UTF8.self)
    }

    static func decodeReferences(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, into value: inout [UInt8], inAttribute: Bool) {
        var k = r.lowerBound
        while k < r.upperBound {
            if b[k] == UInt8(ascii: "&"), let next = HTMLEntities.decode(b, at: k, end: r.upperBound, inAttribute: inAttribute, into: &value) { k = next; continue }
            value.append(b[k]); k += 1
        }
    }

    /// Whether `b[r]` equals `name` (lower-case ASCII), ignoring the case of `b`.
    @inline(__always) static func equalsLowercased(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ name: StaticString) -> Bool {
        guard r.count == name.utf8CodeUnitCount else { return false }
        let p = name.utf8Start
        var k = 0
        for m in r { if Scanner.lower(b[m]) != p[k] { return false }; k += 1 }
        return true
    }

    struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        let xml: Bool
        var i = 0
        /// Character data gathered since the last markup (references decoded), handed on at the next markup.
        var text: [UInt8] = []
        /// Attributes of the tag being read (reused from tag to tag).
        var attributes: [AttributeSpan] = []

        init(b: UnsafeBufferPointer<UInt8>, xml: Bool) {
            self.b = b
            self.xml = xml
            text.reserveCapacity(4096)
            attributes.reserveCapacity(16)
        }

        mutating func flushText<Sink: HTMLTokenSink>(_ sink: inout Sink) {
            if !text.isEmpty {
                text.withUnsafeBufferPointer { sink.text($0) }
                text.removeAll(keepingCapacity: true)
            }
        }

        @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 9 || c == 13 || c == 12 }
        @inline(__always) static func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 97 && c | 0x20 <= 122 }
        @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c | 0x20 : c }

        /// Index of `needle` (ASCII) at or after `from`, or nil.
        func find(_ needle: StaticString, from: Int) -> Int? {
            let n = needle.utf8CodeUnitCount
            let p = needle.utf8Start
            var k = from
            let last = b.count - n
            while k <= last {
                if b[k] == p[0] {
                    var m = 1
                    while m < n, b[k + m] == p[m] { m += 1 }
                    if m == n { return k }
                }
                k += 1
            }
            return nil
        }

        @inline(__always) func indexOf(_ c: UInt8, from: Int) -> Int? {
            guard from < b.count, let p = memchr(b.baseAddress! + from, Int32(c), b.count - from) else { return nil }
            return b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }

        mutating func run<Sink: HTMLTokenSink>(_ sink: inout Sink) {
            let end = b.count
            while i < end {
                let c = b[i]
                if c == UInt8(ascii: "<") {
                    if markup(&sink) { continue }
                    text.append(c); i += 1
                } else if c == UInt8(ascii: "&") {
                    if let next = HTMLEntities.decode(b, at: i, end: end, inAttribute: false, into: &text) { i = next } else { text.append(c); i += 1 }
                } else if c == 0 {
                    i += 1
                } else {
                    // Copy a run of plain bytes at once.
                    var j = i + 1
                    while j < end, b[j] != UInt8(ascii: "<"), b[j] != UInt8(ascii: "&"), b[j] != 0 { j += 1 }
                    if Sink.joinsText {
                        flushText(&sink)
                        sink.text(UnsafeBufferPointer(rebasing: b[i..<j]))
                    } else {
                        text.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                    }
                    i = j
                }
            }
            flushText(&sink)
        }

        /// Tries to read markup at `i` (a `<`). Returns false when it is a literal `<`.
        mutating func markup<Sink: HTMLTokenSink>(_ sink: inout Sink) -> Bool {
            let end = b.count
            guard i + 1 < end else { return false }
            let c = b[i + 1]
            if c == UInt8(ascii: "!") {
                if i + 3 < end, b[i + 2] == UInt8(ascii: "-"), b[i + 3] == UInt8(ascii: "-") {
                    flushText(&sink)
                    let start = i + 4
                    if let close = find("-->", from: start) {
                        sink.comment(start..<close, doctype: false)
                        i = close + 3
                    } else {
                        // Unclosed comment: it runs to the end of input, as in browsers.
                        i = end
                    }
                    return true
                }
                if i + 8 < end, find("<![CDATA[", from: i).map({ $0 == i }) == true {
                    let start = i + 9
                    let close = find("]]>", from: start) ?? end
                    if xml {
                        text.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<close]))
                    } else {
                        flushText(&sink)
                    }
                    i = min(end, close + 3)
                    return true
                }
                // <!DOCTYPE …> or another bogus declaration.
                flushText(&sink)
                let close = indexOf(UInt8(ascii: ">"), from: i + 2) ?? end
                let body = (i + 2)..<close
                sink.comment(body, doctype: body.count >= 7 && equalsLowercased(b, body.lowerBound..<(body.lowerBound + 7), "doctype"))
                i = min(end, close + 1)
                return true
            }
            if c == UInt8(ascii: "?") {
                // Processing instruction (<?xml …?>): skipped.
                flushText(&sink)
                let close = indexOf(UInt8(ascii: ">"), from: i + 2) ?? end
                i = min(end, close + 1)
                return true
            }
            if c == UInt8(ascii: "/") {
                guard i + 2 < end else { return false }
                if Self.isLetter(b[i + 2]) {
                    var j = i + 2
                    while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "/") { j += 1 }
                    let close = indexOf(UInt8(ascii: ">"), from: j) ?? end
                    flushText(&sink)
                    sink.endTag((i + 2)..<j)
                    i = min(end, close + 1)
                    return true
                }
                // "</ " or "</3": a bogus comment up to '>'.
                flushText(&sink)
                let close = indexOf(UInt8(ascii: ">"), from: i + 2) ?? end
                i = min(end, close + 1)
                return true
            }
            guard Self.isLetter(c) else { return false }
            return startTag(&sink)
        }

        mutating func startTag<Sink: HTMLTokenSink>(_ sink: inout Sink) -> Bool {
            let end = b.count
            var j = i + 1
            while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "/") {
                if b[j] == UInt8(ascii: "<") { break }
                j += 1
            }
            let tag = (i + 1)..<j
            attributes.removeAll(keepingCapacity: true)
            var selfClosing = false
            var closed = false
            while j < end {
                let c = b[j]
                if Self.isSpace(c) { j += 1; continue }
                if c == UInt8(ascii: ">") { j += 1; closed = true; break }
                if c == UInt8(ascii: "/") {
                    if j + 1 < end, b[j + 1] == UInt8(ascii: ">") { selfClosing = true; j += 2; closed = true; break }
                    j += 1; continue
                }
                if c == UInt8(ascii: "<") { closed = true; break }   // "<div <p>": the tag ends here.
                // Attribute name.
                let nameStart = j
                while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "="),
                      !(b[j] == UInt8(ascii: "/") && j + 1 < end && b[j + 1] == UInt8(ascii: ">")) {
                    j += 1
                }
                let nameEnd = j
                while j < end, Self.isSpace(b[j]) { j += 1 }
                var valueStart = j, valueEnd = j
                if j < end, b[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < end, Self.isSpace(b[j]) { j += 1 }
                    if j < end, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                        let q = b[j]
                        j += 1
                        let close = indexOf(q, from: j) ?? end
                        valueStart = j; valueEnd = close
                        j = min(end, close + 1)
                    } else {
                        valueStart = j
                        while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
                        valueEnd = j
                    }
                }
                if nameEnd > nameStart, !hasAttribute(nameStart..<nameEnd) {
                    // The first of duplicate attributes wins, as in browsers.
                    attributes.append(AttributeSpan(nameStart: nameStart, nameEnd: nameEnd, valueStart: valueStart, valueEnd: valueEnd))
                }
            }
            guard closed else {
                // A tag cut off by the end of input is dropped.
                flushText(&sink)
                i = end
                return true
            }
            flushText(&sink)
            attributes.withUnsafeBufferPointer { sink.startTag(tag, attributes: $0, selfClosing: selfClosing) }
            i = j
            if !xml, !selfClosing, let kind = rawTextKind(tag) { rawText(tag, kind, &sink) }
            return true
        }

        /// Whether an attribute with this name (compared case-insensitively) was already read for the current tag.
        func hasAttribute(_ name: Range<Int>) -> Bool {
            for a in attributes where a.nameEnd - a.nameStart == name.count {
                var k = 0
                while k < name.count, Self.lower(b[a.nameStart + k]) == Self.lower(b[name.lowerBound + k]) { k += 1 }
                if k == name.count { return true }
            }
            return false
        }

        enum RawTextKind { case raw, escapable, plaintext }

        /// How the content of the element named `b[tag]` is read, or nil when it is markup: script, style,
        /// xmp, iframe, noembed, noframes and noscript hold raw text; title and textarea hold text with
        /// references (RCDATA); plaintext runs to the end of input.
        func rawTextKind(_ tag: Range<Int>) -> RawTextKind? {
            guard tag.count >= 3, tag.count <= 9 else { return nil }
            switch Self.lower(b[tag.lowerBound]) {
            case UInt8(ascii: "s"):
                return equalsLowercased(b, tag, "script") || equalsLowercased(b, tag, "style") ? .raw : nil
            case UInt8(ascii: "t"):
                return equalsLowercased(b, tag, "title") || equalsLowercased(b, tag, "textarea") ? .escapable : nil
            case UInt8(ascii: "x"): return equalsLowercased(b, tag, "xmp") ? .raw : nil
            case UInt8(ascii: "i"): return equalsLowercased(b, tag, "iframe") ? .raw : nil
            case UInt8(ascii: "n"):
                return equalsLowercased(b, tag, "noembed") || equalsLowercased(b, tag, "noframes") || equalsLowercased(b, tag, "noscript") ? .raw : nil
            case UInt8(ascii: "p"): return equalsLowercased(b, tag, "plaintext") ? .plaintext : nil
            default: return nil
            }
        }

        /// Content of a raw-text element up to its end tag (case-insensitive), which is emitted too.
        mutating func rawText<Sink: HTMLTokenSink>(_ tag: Range<Int>, _ kind: RawTextKind, _ sink: inout Sink) {
            let end = b.count
            var k = i
            var close = end
            if kind != .plaintext {
                search: while k + 1 < end {
                    // Jump to the next '<'.
                    guard let p = indexOf(UInt8(ascii: "<"), from: k) else { break search }
                    k = p
                    if k + 1 >= end { break search }
                    if b[k + 1] == UInt8(ascii: "/") {
                        var m = 0
                        while m < tag.count, k + 2 + m < end, Self.lower(b[k + 2 + m]) == Self.lower(b[tag.lowerBound + m]) { m += 1 }
                        if m == tag.count {
                            let after = k + 2 + m
                            if after >= end || Self.isSpace(b[after]) || b[after] == UInt8(ascii: ">") || b[after] == UInt8(ascii: "/") {
                                close = k
                                break search
                            }
                        }
                    }
                    k += 1
                }
            }
            if close > i {
                if kind == .escapable {
                    decodeReferences(b, i..<close, into: &text, inAttribute: true)
                    flushText(&sink)
                } else {
                    sink.rawText(i..<close)
                }
            }
            if close < end {
                let gt = indexOf(UInt8(ascii: ">"), from: close) ?? end
                sink.endTag(tag)
                i = min(end, gt + 1)
            } else {
                i = end
            }
        }
    }
}
