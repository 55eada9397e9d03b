import Foundation

/// Cleans a scraped plain-text page: the first line becomes the title (its site suffix dropped), debris
/// lines (share/source/comment prompts, lone separators) are removed and listed, paragraphs are kept.
public enum TextPage {
    /// The longest first line (in words) still taken as a title rather than as body text.
    static let titleMaxWords = 30

    public static func document(from text: String, name: String, phrases: DebrisPhrases = .shared) -> Document {
        var removed: [String] = []
        var paragraphs: [String] = []
        var title: String?
        for raw in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\u{2029}" }) {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let words = PageLine.wordCount(line)
            if PageLine.isSeparatorOnly(line) || phrases.isDebris(line, wordCount: words) {
                removed.append(line)
                continue
            }
            if title == nil && paragraphs.isEmpty && words <= titleMaxWords && !PageLine.endsSentence(line) {
                let (clean, suffix) = TitleSuffix.strip(line)
                title = clean
                if let suffix { removed.append(suffix) }
                continue
            }
            paragraphs.append(line)
        }
        // a page that is one headline-like line ("Suicide bomber kills 12 soldiers in northwest Pakistan", a feed's
        // brief) is its own text too: read as a title alone, it would leave nothing to analyse
        if paragraphs.isEmpty, let title { paragraphs.append(title) }
        return Document(name: name, title: title, text: paragraphs.joined(separator: "\n"), removed: removed)
    }
}

/// Facts about one line of a page, computed on scalars.
enum PageLine {
    static func wordCount(_ line: String) -> Int {
        var count = 0, inWord = false
        for s in line.unicodeScalars {
            let letter = s.properties.isAlphabetic || s.properties.numericType != nil
            if letter && !inWord { count += 1 }
            inWord = letter
        }
        return count
    }

    /// A line of only punctuation, symbols and space ("|", "***", "— —", "•").
    static func isSeparatorOnly(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic && $0.properties.numericType == nil }
    }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last(where: { !"\"'”’»)".unicodeScalars.contains($0) }) else { return false }
        return last == "." || last == "!" || last == "?" || last == "؟" || last == "…"
    }
}

/// Removes a site name from the end of a page title: "خبر | أخبار", "Story - Reuters", "Title — Site".
public enum TitleSuffix {
    static let separators: [String] = [" | ", " || ", " - ", " – ", " — ", " :: ", " • ", " · ", " « ", " » ", " ｜ "]
    /// A suffix longer than this (in words) is part of the title, not a site name.
    static let suffixMaxWords = 5

    /// Returns the title without its site suffix, and the suffix as removed (separator included), if any.
    public static func strip(_ title: String) -> (title: String, suffix: String?) {
        var best: Range<String.Index>?
        for sep in separators {
            if let r = title.range(of: sep, options: .backwards), best == nil || r.lowerBound > best!.lowerBound { best = r }
        }
        guard let cut = best else { return (title, nil) }
        let head = title[..<cut.lowerBound].trimmingCharacters(in: .whitespaces)
        let tail = title[cut.upperBound...].trimmingCharacters(in: .whitespaces)
        let headWords = PageLine.wordCount(head), tailWords = PageLine.wordCount(tail)
        guard tailWords >= 1, tailWords <= suffixMaxWords, headWords >= 2, tailWords < headWords else { return (title, nil) }
        return (head, String(title[cut.lowerBound...]).trimmingCharacters(in: .whitespaces))
    }
}
