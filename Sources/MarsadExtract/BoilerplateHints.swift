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
        "masthead", "navbar", "navigation", "menu", "widget", "banner", "disqus", "toolbar", "byline",
        "author-bio", "authorbio", "tagcloud", "tag-list", "taglist", "modal", "popup", "overlay", "readmore",
        "read-more", "more-stories", "morestories", "next-article", "paywall", "screen-reader", "sr-only",
        "visually-hidden", "visuallyhidden", "hidden", "skip-link", "jump-link", "newsletter", "follow-us", "followus",
        "print-only", "copyright", "rating", "bookmark", "timestamp", "dateline", "post-meta", "entry-meta",
        "article-meta", "meta-data", "caption", "credit", "topics", "keywords", "inline-ad", "ad-slot",
        "adslot", "ad-container", "adcontainer", "ad-wrapper", "advertisement", "dfp", "gpt-ad", "teaser",
        "playlist", "video-player", "carousel", "slider", "gallery-thumb", "author-info", "about-author",
        "subscription", "donate", "signature", "disclaimer", "errata", "correction-notice",
    ]
    /// Whole tokens (class/id split at non-alphanumerics) that mark boilerplate; too short to match as substrings.
    static let negativeTokens: Set<String> = [
        "ad", "ads", "nav", "tag", "tags", "header", "aside", "side", "rail", "links", "hide", "extra", "meta",
        "share", "related", "date", "author", "info", "tools", "utility", "bottom", "top", "more", "promo", "alert",
        "notice", "cta", "button", "btn", "icon", "label", "subhead", "kicker", "byline", "source", "breaking",
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

    struct Verdict {
        var negative = false
        var positive = false
        var weakPositive = false
    }

    static func judge(_ node: HTMLTree.Node) -> Verdict {
        var v = Verdict()
        var hints = ""
        for a in node.attributes {
            switch a.name {
            case "class", "id":
                hints += " " + a.value
            case "itemprop":
                if a.value.lowercased().contains("articlebody") { v.positive = true }
            case "role":
                let r = a.value.lowercased()
                if r == "navigation" || r == "complementary" || r == "contentinfo" || r == "banner" || r == "dialog" || r == "alert" || r == "menu" { v.negative = true }
                if r == "main" || r == "article" { v.weakPositive = true }
            case "hidden":
                v.negative = true
            case "aria-hidden":
                if a.value == "true" { v.negative = true }
            case "style":
                let s = a.value.lowercased()
                if s.contains("display:none") || s.contains("display: none") || s.contains("visibility:hidden") { v.negative = true }
            default: break
            }
        }
        guard !hints.isEmpty else { return v }
        let h = hints.lowercased()
        for p in positiveSubstrings where h.contains(p) { v.positive = true; break }
        var tokenNegative = false
        var token = ""
        func endToken() {
            if !token.isEmpty {
                if negativeTokens.contains(token) { tokenNegative = true }
                if weakPositiveTokens.contains(token) { v.weakPositive = true }
                token = ""
            }
        }
        for u in h.unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") { token.unicodeScalars.append(u) } else { endToken() }
        }
        endToken()
        if tokenNegative { v.negative = true }
        if !v.negative { for n in negativeSubstrings where h.contains(n) { v.negative = true; break } }
        return v
    }
}
