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
        "read-more", "more-stories", "morestories", "next-article", "paywall", "screen-reader", "sr-only",
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
    static let suspectTags: Set<String> = ["header", "form", "figure", "figcaption", "address", "ul", "ol", "table"]

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
    /// Whole class names that hide an element (CSS framework conventions).
    static let hiddenClassNames: Set<String> = ["hidden", "hide", "d-none", "invisible", "is-hidden", "u-hidden", "display-none"]
    static let hiddenStyle = PatternSet(["display:none", "display: none", "visibility:hidden", "visibility: hidden"])

    static func lowerBytes(_ s: String) -> [UInt8] { s.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }

    struct Verdict {
        var negative = false
        var positive = false
        var weakPositive = false
    }

    static func judge(_ node: HTMLTree.Node) -> Verdict {
        var v = Verdict()
        var hints: [UInt8] = []
        for a in node.attributes {
            switch a.name {
            case "class", "id":
                if a.name == "class" {
                    for name in a.value.split(separator: " ") where hiddenClassNames.contains(name.lowercased()) { v.negative = true }
                }
                hints.append(32)
                for c in a.value.utf8 { hints.append(c >= 65 && c <= 90 ? c | 0x20 : c) }
            case "itemprop":
                if positiveSet.matches(lowerBytes(a.value)) || lowerBytes(a.value) == Array("articlebody".utf8) { v.positive = true }
            case "role":
                let r = a.value.lowercased()
                if r == "navigation" || r == "complementary" || r == "contentinfo" || r == "banner" || r == "dialog" || r == "alert" || r == "menu" { v.negative = true }
                if r == "main" || r == "article" { v.weakPositive = true }
            case "hidden":
                v.negative = true
            case "aria-hidden":
                if a.value == "true" { v.negative = true }
            case "style":
                if hiddenStyle.matches(lowerBytes(a.value)) { v.negative = true }
            default: break
            }
        }
        guard !hints.isEmpty else { return v }
        if positiveSet.matches(hints) { v.positive = true }
        var start = 0
        let n = hints.count
        while start < n {
            var end = start
            while end < n, (hints[end] >= 97 && hints[end] <= 122) || (hints[end] >= 48 && hints[end] <= 57) { end += 1 }
            if end > start, end - start <= 8 {
                let token = String(decoding: hints[start..<end], as: UTF8.self)
                if negativeTokens.contains(token) { v.negative = true }
                if weakPositiveTokens.contains(token) { v.weakPositive = true }
            }
            start = end + 1
        }
        if !v.negative, negativeSet.matches(hints) { v.negative = true }
        return v
    }
}
