#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `class`, `id`, `role` and tag names say about a block: the words web developers use for
/// navigation, sharing, comments, related links, ads and the like, and for the article body.
/// These are general naming conventions of CMS templates (WordPress, Drupal, news CMSes), in English,
/// which Arabic sites use too; no site-specific names.
enum BoilerplateHints {
    /// Substrings of class/id that mark boilerplate wherever they occur ("related-posts", "commentList").
    static let negativeSubstrings: [String] = [
        "comment", "related", "share", "sharing", "social", "sidebar", "footer", "newsletter", "subscribe",
        "cookie", "consent", "breadcrumb", "promo", "advert", "sponsor", "outbrain", "taboola", "recommend",
        "popular", "trending", "mostread", "most-read", "pagination", "pager", "signup", "sign-up", "login",
        "masthead", "navbar", "navigation", "menu", "banner", "disqus", "toolbar", "byline",
        "author-bio", "authorbio", "tagcloud", "tag-list", "taglist", "modal", "popup", "overlay", "readmore",
        "read-more", "more-stories", "morestories", "next-article", "screen-reader", "sr-only",
        "visually-hidden", "visuallyhidden", "skip-link", "jump-link", "newsletter", "follow-us", "followus",
        "print-only", "copyright", "rating", "bookmark", "timestamp", "dateline", "post-meta", "entry-meta",
        "article-meta", "meta-data", "caption", "credit", "topics", "keywords", "inline-ad", "ad-slot",
        "adslot", "ad-container", "adcontainer", "ad-wrapper", "advertisement", "dfp", "gpt-ad", "teaser",
        "playlist", "video-player", "carousel", "slider", "gallery-thumb", "author-info", "about-author",
        "subscription", "donate", "signature", "disclaimer", "errata", "correction-notice",
    ]
    /// Whole tokens (class/id split at non-alphanumerics) that mark boilerplate; too short to match as substrings.
    static let negativeTokens: Set<String> = [
        "ad", "ads", "nav", "tag", "tags", "header", "aside", "side", "rail", "links", "extra",
        "share", "related", "date", "author", "utility", "promo", "alert",
        "notice", "cta", "button", "btn", "icon", "subhead", "kicker", "byline", "breaking",
    ]
    /// Class/id substrings typical of the article body container.
    static let positiveSubstrings: [String] = [
        "article-body", "articlebody", "article_body", "article-content", "articlecontent", "article__body",
        "article-text", "articletext", "entry-content", "entrycontent", "post-content", "postcontent", "post-body",
        "postbody", "story-body", "storybody", "story-content", "storycontent", "body-text", "bodytext",
        "main-content", "text-content", "news-content", "newscontent", "news-body", "content-body", "the-content",
        "single-content", "detail-content", "details-content", "article-details", "article__content", "rich-text",
        "richtext", "post-text", "story-text", "field-body", "field-name-body", "td-post-content", "entry-body",
        "article-page-content",
    ]
    static let weakPositiveTokens: Set<String> = ["article", "content", "entry", "main", "post", "story", "body", "text", "blog", "news", "hentry"]

    /// Tags never part of the main text.
    static let skipTags: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "head",
        "title", "meta", "link", "button", "select", "input", "textarea", "option", "nav", "aside", "footer",
        "dialog", "video", "audio", "map", "area", "picture", "img", "source", "label", "fieldset", "menu", "h1",
    ]
    /// Tags that may hold the article but often hold boilerplate: pruned unless they contain the core.
    static let suspectTags: Set<String> = ["header", "form", "figure", "figcaption"]

    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "dl", "dd", "dt", "figure", "figcaption",
        "header", "footer", "hr", "address", "center", "form", "details", "summary", "body", "html", "aside", "nav",
        "hgroup", "fieldset", "legend", "noscript", "dialog", "menu", "br",
    ]

    /// Byte patterns bucketed by first byte, for whole-name comparison.
    struct PatternSet {
        let buckets: [[[UInt8]]]

        init(_ patterns: [String]) {
            var b = [[[UInt8]]](repeating: [], count: 256)
            for p in patterns { let u = Array(p.utf8); b[Int(u[0])].append(u) }
            buckets = b
        }

        /// Whether h[s..<e] is exactly one of the patterns.
        func equals(_ h: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
            let len = e - s
            for p in buckets[Int(h[s])] where p.count == len {
                var k = 1
                while k < len, h[s + k] == p[k] { k += 1 }
                if k == len { return true }
            }
            return false
        }
    }

    static let negativeSet = PatternAutomaton(negativeSubstrings)
    static let positiveSet = PatternAutomaton(positiveSubstrings)
    static let negativeTokenSet = PatternSet(Array(negativeTokens))
    static let weakPositiveTokenSet = PatternSet(Array(weakPositiveTokens))
    static let hiddenClassSet = PatternSet(Array(hiddenClassNames))
    /// Whole class names that hide an element (CSS framework conventions).
    static let hiddenClassNames: Set<String> = ["hidden", "hide", "d-none", "invisible", "is-hidden", "u-hidden", "display-none",
                                               "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "element-invisible", "offscreen"]
    static let hiddenStyle = PatternAutomaton(["display:none", "display: none", "visibility:hidden", "visibility: hidden"])


    struct Verdict {
        var negative = false
        var positive = false
        var weakPositive = false
        /// Hidden from readers (hidden attribute, display:none, screen-reader-only classes).
        var hidden = false

        mutating func add(_ o: Verdict) {
            negative = negative || o.negative
            positive = positive || o.positive
            weakPositive = weakPositive || o.weakPositive
            hidden = hidden || o.hidden
        }
    }

    /// Verdicts of class/id strings already seen on a page (templates repeat the same classes hundreds
    /// of times): an open-addressing table keyed by a hash of the bytes, which are kept to confirm a hit.
    /// No pattern holds a space, so a string's verdict is the union of its space-separated names'
    /// verdicts: a new combination ("post-item p-12345") is judged from names already seen.
    struct HintCache {
        struct Slot { var hash: UInt64 = 0; var start = 0; var end = -1; var verdict = Verdict() }
        var slots = [Slot](repeating: Slot(), count: 512)
        var count = 0
        /// Keys, end to end.
        var keys: [UInt8] = []

        mutating func verdict(_ hints: [UInt8]) -> Verdict {
            hints.withUnsafeBufferPointer { h in
                if let v = lookup(h) { return v }
                guard h.contains(32) else { return insert(h, hintVerdict(h)) }
                var v = Verdict()
                var start = 0
                while start < h.count {
                    var end = start
                    while end < h.count, h[end] != 32 { end += 1 }
                    if end > start {
                        let name = UnsafeBufferPointer(rebasing: h[start..<end])
                        v.add(lookup(name) ?? insert(name, hintVerdict(name)))
                    }
                    start = end + 1
                }
                return insert(h, v)
            }
        }

        func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Verdict? {
            let h = Self.hash(key)
            let mask = slots.count - 1
            var k = Int(truncatingIfNeeded: h) & mask
            while slots[k].end >= 0 {
                if slots[k].hash == h, slots[k].end - slots[k].start == key.count,
                   keys.withUnsafeBufferPointer({ memcmp($0.baseAddress! + slots[k].start, key.baseAddress!, key.count) == 0 }) {
                    return slots[k].verdict
                }
                k = (k + 1) & mask
            }
            return nil
        }

        @discardableResult
        mutating func insert(_ key: UnsafeBufferPointer<UInt8>, _ v: Verdict) -> Verdict {
            if count * 2 >= slots.count { grow() }
            let h = Self.hash(key)
            let mask = slots.count - 1
            var k = Int(truncatingIfNeeded: h) & mask
            while slots[k].end >= 0 { k = (k + 1) & mask }
            slots[k] = Slot(hash: h, start: keys.count, end: keys.count + key.count, verdict: v)
            keys.append(contentsOf: key)
            count += 1
            return v
        }

        mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(), count: old.count * 2)
            let mask = slots.count - 1
            for s in old where s.end >= 0 {
                var k = Int(truncatingIfNeeded: s.hash) & mask
                while slots[k].end >= 0 { k = (k + 1) & mask }
                slots[k] = s
            }
        }

        /// A multiplicative hash over eight bytes at a time.
        static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
            let raw = UnsafeRawBufferPointer(bytes)
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 29
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < raw.count { tail |= UInt64(raw[i]) << shift; shift += 8; i += 1 }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            return h ^ (h >> 32)
        }
    }

    /// Reusable buffers for `judge`: the class/id bytes and one other attribute value.
    struct Scratch {
        var hints: [UInt8] = []
        var value: [UInt8] = []
    }

    /// The verdict on element `i` of `tree`, read from its attribute bytes.
    static func judge(_ tree: HTMLTree, _ i: Int, cache: inout HintCache, scratch: inout Scratch) -> Verdict {
        var v = Verdict()
        scratch.hints.removeAll(keepingCapacity: true)
        tree.withAttributes(i) { b, spans in
            for a in spans {
                let name = a.nameStart..<a.nameEnd
                let valueRange = a.valueStart..<a.valueEnd
                switch name.count {
                case 2 where HTMLTokenizer.equalsLowercased(b, name, "id"), 5 where HTMLTokenizer.equalsLowercased(b, name, "class"):
                    if valueRange.isEmpty { continue }
                    if !scratch.hints.isEmpty { scratch.hints.append(32) }
                    appendLowered(b, valueRange, to: &scratch.hints)
                case 8 where HTMLTokenizer.equalsLowercased(b, name, "itemprop"):
                    scratch.value.removeAll(keepingCapacity: true)
                    appendLowered(b, valueRange, to: &scratch.value)
                    if positiveSet.matches(scratch.value) { v.positive = true }
                case 4 where HTMLTokenizer.equalsLowercased(b, name, "role"):
                    if rolesNegative.contains(where: { HTMLTokenizer.equalsLowercased(b, valueRange, $0) }) { v.negative = true }
                    if HTMLTokenizer.equalsLowercased(b, valueRange, "main") || HTMLTokenizer.equalsLowercased(b, valueRange, "article") { v.weakPositive = true }
                case 6 where HTMLTokenizer.equalsLowercased(b, name, "hidden"):
                    v.negative = true; v.hidden = true
                case 11 where HTMLTokenizer.equalsLowercased(b, name, "aria-hidden"):
                    if valueRange.count == 4, b[a.valueStart] == UInt8(ascii: "t"), b[a.valueStart + 1] == UInt8(ascii: "r"),
                       b[a.valueStart + 2] == UInt8(ascii: "u"), b[a.valueStart + 3] == UInt8(ascii: "e") { v.negative = true; v.hidden = true }
                case 5 where HTMLTokenizer.equalsLowercased(b, name, "style"):
                    scratch.value.removeAll(keepingCapacity: true)
                    appendLowered(b, valueRange, to: &scratch.value)
                    if hiddenStyle.matches(scratch.value) { v.negative = true; v.hidden = true }
                default: break
                }
            }
        }
        guard !scratch.hints.isEmpty else { return v }
        v.add(cache.verdict(scratch.hints))
        return v
    }

    static let rolesNegative: [StaticString] = ["navigation", "complementary", "contentinfo", "banner", "dialog", "alert", "menu"]

    /// Appends an attribute value, references decoded, ASCII lower-cased.
    static func appendLowered(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, to out: inout [UInt8]) {
        var hasReference = false
        for k in r where b[k] == UInt8(ascii: "&") { hasReference = true; break }
        if !hasReference {
            for k in r { let c = b[k]; out.append(c >= 65 && c <= 90 ? c | 0x20 : c) }
            return
        }
        let decoded = HTMLTokenizer.attributeValue(b, r)
        for c in decoded.utf8 { out.append(c >= 65 && c <= 90 ? c | 0x20 : c) }
    }

    /// What class and id names (lower-cased bytes, space-separated) say.
    static func hintVerdict(_ hints: UnsafeBufferPointer<UInt8>) -> Verdict {
        var v = Verdict()
        guard !hints.isEmpty else { return v }
        if positiveSet.matches(hints) { v.positive = true }
        // Whole class names that hide, and alphanumeric tokens.
        let n = hints.count
        var start = 0
        while start < n {
            var end = start
            while end < n, hints[end] != 32 { end += 1 }
            if end > start, hiddenClassSet.equals(hints, start, end) { v.negative = true; v.hidden = true }
            start = end + 1
        }
        start = 0
        while start < n {
            var end = start
            while end < n, (hints[end] >= 97 && hints[end] <= 122) || (hints[end] >= 48 && hints[end] <= 57) { end += 1 }
            if end > start, end - start <= 8 {
                if negativeTokenSet.equals(hints, start, end) { v.negative = true }
                if weakPositiveTokenSet.equals(hints, start, end) { v.weakPositive = true }
            }
            start = end + 1
        }
        if !v.negative, negativeSet.matches(hints) { v.negative = true }
        return v
    }
}
