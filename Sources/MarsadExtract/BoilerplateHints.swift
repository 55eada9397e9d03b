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

    /// Byte patterns bucketed by first byte: a class string is scanned once, position by position.
    struct PatternSet {
        let buckets: [[[UInt8]]]
        init(_ patterns: [String]) {
            var b = [[[UInt8]]](repeating: [], count: 256)
            for p in patterns { let u = Array(p.utf8); b[Int(u[0])].append(u) }
            buckets = b
        }
        /// Whether h[s..<e] is exactly one of the patterns.
        func equals(_ h: [UInt8], _ s: Int, _ e: Int) -> Bool {
            let len = e - s
            for p in buckets[Int(h[s])] where p.count == len {
                var k = 1
                while k < len, h[s + k] == p[k] { k += 1 }
                if k == len { return true }
            }
            return false
        }

        func matches(_ h: [UInt8]) -> Bool {
            let n = h.count
            for i in 0..<n {
                for p in buckets[Int(h[i])] where p.count <= n - i {
                    var k = 1
                    while k < p.count, h[i + k] == p[k] { k += 1 }
                    if k == p.count { return true }
                }
            }
            return false
        }
    }
    static let negativeSet = PatternSet(negativeSubstrings)
    static let positiveSet = PatternSet(positiveSubstrings)
    static let negativeTokenSet = PatternSet(Array(negativeTokens))
    static let weakPositiveTokenSet = PatternSet(Array(weakPositiveTokens))
    static let hiddenClassSet = PatternSet(Array(hiddenClassNames))
    /// Whole class names that hide an element (CSS framework conventions).
    static let hiddenClassNames: Set<String> = ["hidden", "hide", "d-none", "invisible", "is-hidden", "u-hidden", "display-none",
                                               "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "element-invisible", "offscreen"]
    static let hiddenStyle = PatternSet(["display:none", "display: none", "visibility:hidden", "visibility: hidden"])

    static func lowerBytes(_ s: String) -> [UInt8] { s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }

    struct Verdict {
        var negative = false
        var positive = false
        var weakPositive = false
        /// Hidden from readers (hidden attribute, display:none, screen-reader-only classes).
        var hidden = false
    }

    /// The verdict on one element. `cache` remembers verdicts of class/id strings already seen
    /// (templates repeat the same classes hundreds of times on a page).
    static func judge(_ node: HTMLTree.Node, cache: inout [String: Verdict]) -> Verdict {
        var v = Verdict()
        var classAndID = ""
        for a in node.attributes {
            switch a.name {
            case "class", "id":
                if classAndID.isEmpty { classAndID = a.value } else { classAndID += " " + a.value }
            case "itemprop":
                if positiveSet.matches(lowerBytes(a.value)) { v.positive = true }
            case "role":
                let r = a.value.lowercased()
                if r == "navigation" || r == "complementary" || r == "contentinfo" || r == "banner" || r == "dialog" || r == "alert" || r == "menu" { v.negative = true }
                if r == "main" || r == "article" { v.weakPositive = true }
            case "hidden":
                v.negative = true; v.hidden = true
            case "aria-hidden":
                if a.value == "true" { v.negative = true; v.hidden = true }
            case "style":
                if hiddenStyle.matches(lowerBytes(a.value)) { v.negative = true; v.hidden = true }
            default: break
            }
        }
        guard !classAndID.isEmpty else { return v }
        let h: Verdict
        if let known = cache[classAndID] { h = known } else { h = hintVerdict(classAndID); cache[classAndID] = h }
        v.negative = v.negative || h.negative
        v.positive = v.positive || h.positive
        v.weakPositive = v.weakPositive || h.weakPositive
        v.hidden = v.hidden || h.hidden
        return v
    }

    /// What class and id names say: scanned as bytes, no strings made.
    static func hintVerdict(_ classAndID: String) -> Verdict {
        var v = Verdict()
        let hints = lowerBytes(classAndID)
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
