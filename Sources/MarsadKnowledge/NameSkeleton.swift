/// The consonant skeleton of a folded name, under which transliterations of one foreign name meet:
/// the letters written for a foreign g (غ ج ك) are one, and the long-vowel letters (ا و ي) and a final ه
/// are dropped inside a word ("ناغورنو كاراباخ" and "ناجورني كاراباخ" → "نجرن جربخ", "أميركا"/"أمريكا" → "امرج").
public enum NameSkeleton {
    public static func of(_ folded: String) -> String {
        // One pass with one scalar of lookahead (a word's last scalar is followed by a space or the end);
        // runs of spaces separate words as one, as `split` did.
        var out = String.UnicodeScalarView()
        var it = folded.unicodeScalars.makeIterator()
        var cur = it.next()
        var i = 0
        var words = 0
        while let sc = cur {
            let next = it.next()
            defer { cur = next }
            if sc == " " { i = 0; continue }
            if i == 0 { if words > 0 { out.append(" ") }; words += 1 }
            let last = next == nil || next == " "
            switch sc.value {
            case 0x063A, 0x062C, 0x0643: out.append("\u{062C}")                 // غ ج ك → ج
            case 0x0627, 0x0648, 0x064A, 0x0621: if i == 0 { out.append(sc) }    // vowel letters, hamza
            case 0x0647: if !last { out.append(sc) }                           // final ه (ة)
            default: out.append(sc)
            }
            i += 1
        }
        return String(out)
    }

    /// Consonants of a skeleton that tell names apart: spaces and a leading ال (article or not) do not count,
    /// so "البنية" can never be read as "ألبانيا".
    public static func strength(_ skeleton: String) -> Int {
        // (one pass over the scalars: a word's count, less a leading ال when more follows it)
        var n = 0, inWord = 0, article = false
        func close() { n += article && inWord > 2 ? inWord - 2 : inWord; inWord = 0; article = false }
        var previous: Unicode.Scalar = " "
        for sc in skeleton.unicodeScalars {
            if sc == " " { close(); previous = sc; continue }
            if inWord == 1, previous == "\u{0627}", sc == "\u{0644}" { article = true }
            inWord += 1
            previous = sc
        }
        close()
        return n
    }
}
