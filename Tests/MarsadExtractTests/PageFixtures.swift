import Foundation
import MarsadTestSupport
@testable import MarsadExtract

/// Realistic inputs built from real text: Arabic articles of the ANT corpus placed in a news-site
/// template with the usual debris (menu, share bar, related posts, comment form, sidebar, footer).
enum PageFixtures {
    struct Article {
        let title: String
        let published: String
        let url: String
        let paragraphs: [String]
    }

    /// Real Arabic articles (title, date, url, text split into paragraphs).
    static func arabicArticles(_ limit: Int) throws -> [Article] {
        let raw = try SharedData.string("data/articles/ant-news-politics.jsonl")
        var out: [Article] = []
        for line in raw.split(separator: "\n") where out.count < limit {
            guard let o = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let title = o["title"] as? String, let text = o["text"] as? String, let url = o["url"] as? String else { continue }
            let published = (o["published"] as? String) ?? ""
            var paragraphs = text.split(whereSeparator: { $0 == "\n" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 20 }
            if paragraphs.count < 3 {
                // Single-block texts: split at sentence ends so the page has several paragraphs.
                paragraphs = text.split(separator: ".").map { $0.trimmingCharacters(in: .whitespaces) + "." }.filter { $0.count > 20 }
            }
            guard paragraphs.count >= 3, text.count > 600 else { continue }
            out.append(Article(title: title.trimmingCharacters(in: .whitespaces), published: published, url: url, paragraphs: paragraphs))
        }
        return out
    }

    static let boilerplate = [
        "الرئيسية", "سياسة", "اقتصاد", "رياضة", "تسجيل الدخول", "شارك على فيسبوك", "تويتر", "واتساب",
        "اقرأ أيضا: ارتفاع أسعار الذهب في الأسواق العالمية مع تراجع الدولار الأمريكي",
        "الأكثر قراءة", "منتخب مصر يتأهل إلى نهائي البطولة بعد الفوز بركلات الترجيح",
        "أضف تعليقك", "جميع الحقوق محفوظة للموقع 2017", "اشترك في النشرة البريدية ليصلك كل جديد",
    ]

    /// A page in the shape of a common Arabic news CMS.
    static func page(_ a: Article, charsetDeclaration: String? = "utf-8", site: String = "موقع الأخبار") -> String {
        let meta = charsetDeclaration.map { "<meta charset=\"\($0)\">" } ?? ""
        let body = a.paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n")
        return """
        <!DOCTYPE html><html lang="ar" dir="rtl"><head>\(meta)
        <title>\(a.title) - \(site)</title>
        <meta property="og:site_name" content="\(site)">
        <meta property="article:published_time" content="\(a.published)">
        <script>var x = "<div>" + 1 < 2;</script></head>
        <body><header><nav class="menu"><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li><li><a href="/e">اقتصاد</a></li><li><a href="/s">رياضة</a></li></ul></nav>
        <a href="/login">تسجيل الدخول</a></header>
        <div class="container"><div class="col-md-8">
        <article class="post"><h1 class="post-title">\(a.title)</h1>
        <div class="social-share"><a href="#">شارك على فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>
        <div class="post-body">\(body)
        <p><a href="/gold">اقرأ أيضا: ارتفاع أسعار الذهب في الأسواق العالمية مع تراجع الدولار الأمريكي</a></p>
        </div></article>
        <div class="comments"><h3>أضف تعليقك</h3><form><textarea></textarea><input type="submit" value="إرسال"></form></div>
        </div><div class="col-md-4 sidebar"><h3>الأكثر قراءة</h3><ul><li><a href="/x">منتخب مصر يتأهل إلى نهائي البطولة بعد الفوز بركلات الترجيح</a></li></ul>
        <div class="newsletter">اشترك في النشرة البريدية ليصلك كل جديد</div></div></div>
        <footer><p>جميع الحقوق محفوظة للموقع 2017</p></footer></body></html>
        """
    }

    /// Encodes text in a single-byte encoding (inverse of the decoding table); unmappable scalars become "?".
    static func encode(_ s: String, _ charset: Charset) -> [UInt8] {
        let table = charset.table!
        var inverse: [UInt32: UInt8] = [:]
        for (k, v) in table.enumerated() where v != 0xFFFD { inverse[v] = UInt8(k + 0x80) }
        var out: [UInt8] = []
        for u in s.unicodeScalars {
            if u.value < 0x80 { out.append(UInt8(u.value)) } else { out.append(inverse[u.value] ?? UInt8(ascii: "?")) }
        }
        return out
    }

    /// Pages of the English article-extraction benchmark (decompressed), with their true bodies.
    static func benchmarkPages(_ limit: Int) throws -> [(id: String, html: [UInt8], truth: String)] {
        let dir = try SharedData.url("data/html/article-extraction-benchmark")
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("ground-truth.json"))) as! [String: [String: Any]]
        var out: [(String, [UInt8], String)] = []
        for (id, html) in try ExtractionBenchmark.loadPages(htmlDirectory: dir).prefix(limit) {
            out.append((id, html, truth[id]?["articleBody"] as? String ?? ""))
        }
        return out
    }
}
