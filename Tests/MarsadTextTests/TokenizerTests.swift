import XCTest
import MarsadTestSupport
@testable import MarsadText

final class TokenizerTests: XCTestCase {
    private func pieces(_ s: String) -> [String] {
        let t = ScalarText(s)
        return Tokenizer.tokenize(s).map { t[$0.range] }
    }
    private func kinds(_ s: String) -> [TokenKind] { Tokenizer.tokenize(s).map(\.kind) }

    func testRealArabicSentence() {
        // ant-news-politics, JA-internationalNews-1-20170121
        let s = "بعث رئيس الوزراء الإسرائيلي بنيامين نتتنياهو برسالة مصالحة إلى الشعب الإيراني قائلا \"نحن أصدقاؤكم ولسنا أعدائكم\"."
        XCTAssertEqual(pieces(s), ["بعث", "رئيس", "الوزراء", "الإسرائيلي", "بنيامين", "نتتنياهو", "برسالة", "مصالحة", "إلى",
                                   "الشعب", "الإيراني", "قائلا", "\"", "نحن", "أصدقاؤكم", "ولسنا", "أعدائكم", "\"", "."])
        XCTAssertEqual(kinds(s).suffix(3), [.arabicWord, .quote, .punctuation])
        let toks = Tokenizer.tokenize(s)
        XCTAssertEqual(toks[0], Token(kind: .arabicWord, start: 0, end: 3))
        XCTAssertEqual(toks[1], Token(kind: .arabicWord, start: 4, end: 8))
    }

    func testNumbers() {
        XCTAssertEqual(pieces("ارتفع 3.5% إلى 1,200 دولار في 2023-09-19 و٢٠٢٣ و٣٫٥٪ الساعة 10:30"),
                       ["ارتفع", "3.5%", "إلى", "1,200", "دولار", "في", "2023-09-19", "و", "٢٠٢٣", "و", "٣٫٥٪", "الساعة", "10:30"])
        XCTAssertEqual(kinds("1990م."), [.number, .arabicWord, .punctuation])
        XCTAssertEqual(pieces("in 2023. Then"), ["in", "2023", ".", "Then"])
    }

    func testPunctuationAndQuotes() {
        XCTAssertEqual(pieces("قال: «لا»، ثم؛ لماذا؟ “Yes” ‘no’ ..."),
                       ["قال", ":", "«", "لا", "»", "،", "ثم", "؛", "لماذا", "؟", "“", "Yes", "”", "‘", "no", "’", "..."])
        XCTAssertEqual(kinds("«لا»، ؟"), [.quote, .arabicWord, .quote, .punctuation, .punctuation])
        XCTAssertEqual(kinds("$5 © ✓"), [.symbol, .number, .symbol, .symbol])
    }

    func testLatinWords() {
        XCTAssertEqual(pieces("Don't let al-Assad's F-16 jets O’Brien's 'quote'"),
                       ["Don't", "let", "al-Assad's", "F-16", "jets", "O’Brien's", "'", "quote", "'"])
    }

    func testDiacriticsTatweelAndJoinersStayInWords() {
        XCTAssertEqual(pieces("مُحَمَّدٌ الرئيـــس می\u{200C}خواهم"), ["مُحَمَّدٌ", "الرئيـــس", "می\u{200C}خواهم"])
    }

    func testANERcorpTokensAreRecovered() throws {
        // ANERcorp is pre-tokenised; joining a sentence with spaces and tokenising again must give back
        // almost all of its tokens.
        let tsv: String
        do { tsv = try SharedData.string("data/ner/anercorp-train.tsv") } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        let words = tsv.split(separator: "\n").prefix(20_000).compactMap { $0.split(separator: "\t").first.map(String.init) }
        let joined = words.joined(separator: " ")
        let ours = Set(pieces(joined))
        let missing = words.filter { !ours.contains($0) }
        XCTAssertLessThan(Double(missing.count) / Double(words.count), 0.01, "missing e.g. \(missing.prefix(10))")
    }

    func testOffsetsSliceTheTextOnRealArticles() throws {
        let texts: [String]
        do { texts = try SharedData.corpusTexts(limit: 100) } catch let e as SharedData.Missing { throw XCTSkip(e.description) }
        for raw in texts {
            let st = ScalarText(raw)
            var last = 0
            for t in Tokenizer.tokenize(raw) {
                XCTAssertLessThanOrEqual(last, t.start)
                XCTAssertLessThan(t.start, t.end)
                XCTAssertFalse(st[t.range].unicodeScalars.contains { $0.properties.isWhitespace })
                last = t.end
            }
            XCTAssertLessThanOrEqual(last, st.count)
        }
    }
}
