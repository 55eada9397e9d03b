/// The consonant skeleton of a folded name, under which transliterations of one foreign name meet:
/// the letters written for a foreign g (غ ج ك) are one, and the long-vowel letters (ا و ي) and a final ه
/// are dropped inside a word ("ناغورنو كاراباخ" and "ناجورني كاراباخ" → "نجرن جربخ", "أميركا"/"أمريكا" → "امرج").
public enum NameSkeleton {
    public static func of(_ folded: String) -> String {
        var out = String.UnicodeScalarView()
        for (wi, word) in folded.unicodeScalars.split(separator: " ").enumerated() {
            if wi > 0 { out.append(" ") }
            let n = word.count
            for (i, sc) in word.enumerated() {
                switch sc.value {
                case 0x063A, 0x062C, 0x0643: out.append("\u{062C}")                 // غ ج ك → ج
                case 0x0627, 0x0648, 0x064A, 0x0621: if i == 0 { out.append(sc) }    // vowel letters, hamza
                case 0x0647: if i != n - 1 { out.append(sc) }                        // final ه (ة)
                default: out.append(sc)
                }
            }
        }
        return String(out)
    }

    /// Consonants of a skeleton that tell names apart: spaces and a leading ال (article or not) do not count,
    /// so "البنية" can never be read as "ألبانيا".
    public static func strength(_ skeleton: String) -> Int {
        var n = 0
        for word in skeleton.unicodeScalars.split(separator: " ") {
            let w = Array(word)
            n += (w.count > 2 && w[0] == "\u{0627}" && w[1] == "\u{0644}") ? w.count - 2 : w.count
        }
        return n
    }
}
