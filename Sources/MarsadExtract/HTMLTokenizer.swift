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

/// A tolerant, single-pass HTML tokenizer over UTF-8 bytes, written for real-world pages:
/// unclosed tags and comments, a stray `<` in text, `<script>`/`<style>` raw text, CDATA sections,
/// named (with or without `;`) and numeric character references. It never fails: whatever it cannot
/// read as markup becomes text. Tokens are handed to `sink` as they are found (no tree is built),
/// so memory stays proportional to the largest token.
///
/// With `xml: true` (RSS/Atom feeds) there are no raw-text elements and `<![CDATA[…]]>` is text.
public enum HTMLTokenizer {
    /// Elements whose content is not markup. `title` and `textarea` decode references (RCDATA).
    static let rawText: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext"]

    public static func tokenize(_ bytes: [UInt8], xml: Bool = false, _ sink: (HTMLToken) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(b: buffer, xml: xml, textSink: nil)
            scanner.run(sink)
        }
    }

    /// As `tokenize`, but character data goes to `text` as bytes (no String made for it).
    static func tokenize(_ bytes: [UInt8], xml: Bool, text: (UnsafeBufferPointer<UInt8>) -> Void, _ sink: (HTMLToken) -> Void) {
        withoutActuallyEscaping(text) { text in
            bytes.withUnsafeBufferPointer { buffer in
                var scanner = Scanner(b: buffer, xml: xml, textSink: text)
                scanner.run(sink)
            }
        }
    }

    /// All tokens of a document (convenient for tests and small inputs).
    public static func tokens(_ html: String, xml: Bool = false) -> [HTMLToken] {
        var out: [HTMLToken] = []
        tokenize(Array(html.utf8), xml: xml) { out.append($0) }
        return out
    }

    struct Scanner {
        let b: UnsafeBufferPointer<UInt8>
        let xml: Bool
        var i = 0
        var text: [UInt8] = []
        let textSink: ((UnsafeBufferPointer<UInt8>) -> Void)?

        init(b: UnsafeBufferPointer<UInt8>, xml: Bool, textSink: ((UnsafeBufferPointer<UInt8>) -> Void)?) {
            self.b = b
            self.xml = xml
            self.textSink = textSink
            text.reserveCapacity(4096)
        }

        mutating func flushText(_ sink: (HTMLToken) -> Void) {
            if !text.isEmpty {
                if let textSink { text.withUnsafeBufferPointer(textSink) } else { sink(.text(String(decoding: text, as: UTF8.self))) }
                text.removeAll(keepingCapacity: true)
            }
        }

        /// First letters of raw-text element names (script, style, title, textarea, xmp, iframe, noscript…).
        @inline(__always) static func mayBeRawText(_ c: UInt8) -> Bool {
            let l = c | 0x20
            return l == UInt8(ascii: "s") || l == UInt8(ascii: "t") || l == UInt8(ascii: "x") || l == UInt8(ascii: "i") || l == UInt8(ascii: "n") || l == UInt8(ascii: "p")
        }

        @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 32 || c == 10 || c == 9 || c == 13 || c == 12 }
        @inline(__always) static func isLetter(_ c: UInt8) -> Bool { c | 0x20 >= 97 && c | 0x20 <= 122 }
        @inline(__always) static func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c | 0x20 : c }

        /// Index of `needle` (ASCII, compared case-insensitively when `fold`) at or after `from`, or nil.
        func find(_ needle: StaticString, from: Int, fold: Bool = false) -> Int? {
            let n = needle.utf8CodeUnitCount
            let p = needle.utf8Start
            let first = p[0]
            var k = from
            let last = b.count - n
            while k <= last {
                let c = fold ? Self.lower(b[k]) : b[k]
                if c == first {
                    var m = 1
                    while m < n, (fold ? Self.lower(b[k + m]) : b[k + m]) == p[m] { m += 1 }
                    if m == n { return k }
                }
                k += 1
            }
            return nil
        }

        mutating func run(_ sink: (HTMLToken) -> Void) {
            let end = b.count
            while i < end {
                let c = b[i]
                if c == UInt8(ascii: "<") {
                    if markup(sink) { continue }
                    text.append(c); i += 1
                } else if c == UInt8(ascii: "&") {
                    if let next = HTMLEntities.decode(b, at: i, end: end, inAttribute: false, into: &text) { i = next } else { text.append(c); i += 1 }
                } else if c == 0 {
                    i += 1
                } else {
                    // Copy a run of plain bytes at once.
                    var j = i + 1
                    while j < end, b[j] != UInt8(ascii: "<"), b[j] != UInt8(ascii: "&"), b[j] != 0 { j += 1 }
                    
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<j]))
                    i = j
                }
            }
            flushText(sink)
        }

        /// Tries to read markup at `i` (a `<`). Returns false when it is a literal `<`.
        mutating func markup(_ sink: (HTMLToken) -> Void) -> Bool {
            let end = b.count
            guard i + 1 < end else { return false }
            let c = b[i + 1]
            if c == UInt8(ascii: "!") {
                if i + 3 < end, b[i + 2] == UInt8(ascii: "-"), b[i + 3] == UInt8(ascii: "-") {
                    flushText(sink)
                    let start = i + 4
                    if let close = find("-->", from: start) {
                        sink(.comment(String(decoding: UnsafeBufferPointer(rebasing: b[start..<close]), as: UTF8.self)))
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
                        flushText(sink)
                    }
                    i = min(end, close + 3)
                    return true
                }
                // <!DOCTYPE …> or another bogus declaration.
                flushText(sink)
                let close = indexOf(UInt8(ascii: ">"), from: i + 2) ?? end
                let body = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 2)..<close]), as: UTF8.self)
                if body.utf8.count >= 7, body.prefix(7).lowercased() == "doctype" { sink(.doctype(body)) } else { sink(.comment(body)) }
                i = min(end, close + 1)
                return true
            }
            if c == UInt8(ascii: "?") {
                // Processing instruction (<?xml …?>): skipped.
                flushText(sink)
                let close = indexOf(UInt8(ascii: ">"), from: i + 2) ?? end
                i = min(end, close + 1)
                return true
            }
            if c == UInt8(ascii: "/") {
                guard i + 2 < end else { return false }
                if Self.isLetter(b[i + 2]) {
                    var j = i + 2
                    var name: [UInt8] = []
                    while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "/") { name.append(Self.lower(b[j])); j += 1 }
                    let close = indexOf(UInt8(ascii: ">"), from: j) ?? end
                    flushText(sink)
                    sink(.endTag(name: String(decoding: name, as: UTF8.self)))
                    i = min(end, close + 1)
                    return true
                }
                // "</ " or "</3": a bogus comment up to '>'.
                flushText(sink)
                let close = indexOf(UInt8(ascii: ">"), from: i + 2) ?? end
                i = min(end, close + 1)
                return true
            }
            guard Self.isLetter(c) else { return false }
            return startTag(sink)
        }

        @inline(__always) func indexOf(_ c: UInt8, from: Int) -> Int? {
            var k = from
            while k < b.count { if b[k] == c { return k }; k += 1 }
            return nil
        }

        mutating func startTag(_ sink: (HTMLToken) -> Void) -> Bool {
            let end = b.count
            var j = i + 1
            while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">"), b[j] != UInt8(ascii: "/") {
                if b[j] == UInt8(ascii: "<") { break }
                j += 1
            }
            let tag = lowercasedString(i + 1, j)
            var attributes: [HTMLAttribute] = []
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
                var value = ""
                if j < end, b[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < end, Self.isSpace(b[j]) { j += 1 }
                    if j < end, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") {
                        let q = b[j]
                        j += 1
                        let close = indexOf(q, from: j) ?? end
                        value = valueString(j, close)
                        j = min(end, close + 1)
                    } else {
                        let s = j
                        while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: ">") { j += 1 }
                        value = valueString(s, j)
                    }
                }
                if nameEnd > nameStart {
                    let n = lowercasedString(nameStart, nameEnd)
                    // The first of duplicate attributes wins, as in browsers.
                    if !attributes.contains(where: { $0.name == n }) {
                        attributes.append(HTMLAttribute(name: n, value: value))
                    }
                }
            }
            guard closed else {
                // A tag cut off by the end of input is dropped.
                flushText(sink)
                i = end
                return true
            }
            flushText(sink)
            sink(.startTag(name: tag, attributes: attributes, selfClosing: selfClosing))
            i = j
            if !xml, !selfClosing, Self.mayBeRawText(tag.utf8.first ?? 0), HTMLTagFlags.of(tag).contains(.rawText) { rawText(tag, Array(tag.utf8), sink) }
            return true
        }

        /// The bytes s..<e as a String, ASCII letters lower-cased (copied only when there are capitals).
        @inline(__always) func lowercasedString(_ s: Int, _ e: Int) -> String {
            var k = s
            while k < e, !(b[k] >= 65 && b[k] <= 90) { k += 1 }
            if k == e { return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self) }
            var bytes = [UInt8](UnsafeBufferPointer(rebasing: b[s..<e]))
            for m in bytes.indices { bytes[m] = Self.lower(bytes[m]) }
            return String(decoding: bytes, as: UTF8.self)
        }

        /// An attribute value with references decoded (copied as is when it has no `&`).
        @inline(__always) func valueString(_ s: Int, _ e: Int) -> String {
            var k = s
            while k < e, b[k] != UInt8(ascii: "&") { k += 1 }
            if k == e { return String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self) }
            var value: [UInt8] = []
            value.reserveCapacity(e - s)
            readValue(s, e, into: &value)
            return String(decoding: value, as: UTF8.self)
        }

        func readValue(_ s: Int, _ e: Int, into value: inout [UInt8]) {
            var k = s
            while k < e {
                if b[k] == UInt8(ascii: "&"), let next = HTMLEntities.decode(b, at: k, end: e, inAttribute: true, into: &value) { k = next; continue }
                value.append(b[k]); k += 1
            }
        }

        /// Content of a raw-text element up to its end tag (case-insensitive), which is emitted too.
        mutating func rawText(_ tag: String, _ name: [UInt8], _ sink: (HTMLToken) -> Void) {
            let end = b.count
            var k = i
            var close = end
            if tag != "plaintext" {
                search: while k + 1 < end {
                    // Jump to the next '<'.
                    guard let p = memchr(b.baseAddress! + k, Int32(UInt8(ascii: "<")), end - k) else { break search }
                    k = b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
                    if k + 1 >= end { break search }
                    if b[k + 1] == UInt8(ascii: "/") {
                        var m = 0
                        while m < name.count, k + 2 + m < end, Self.lower(b[k + 2 + m]) == name[m] { m += 1 }
                        if m == name.count {
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
                if tag == "title" || tag == "textarea" {
                    var decoded: [UInt8] = []
                    readValue(i, close, into: &decoded)
                    text.append(contentsOf: decoded)
                } else {
                    text.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<close]))
                }
                flushText(sink)
            }
            if close < end {
                let gt = indexOf(UInt8(ascii: ">"), from: close) ?? end
                sink(.endTag(name: tag))
                i = min(end, gt + 1)
            } else {
                i = end
            }
        }
    }
}
