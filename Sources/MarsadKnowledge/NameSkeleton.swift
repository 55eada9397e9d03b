/// The consonant skeleton of a folded name, under which transliterations of one foreign name meet:
/// the letters written for a foreign g (غ ج ك) are one, the long-vowel letters (ا و ي) are dropped inside a
/// word and one mark stands for any of them at its end, and a final ه is dropped ("ناغورنو كاراباخ" and
/// "ناجورني كاراباخ" → "نجرنـ جربخ", "أميركا"/"أمريكا" → "امرجـ").
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
            // vowel letters and hamza: kept first, one mark for them last (a name that ends in a vowel is no
            // variant of one that ends in a consonant: "سيلفان" is no "سلوفينيا"), dropped inside; the mark is
            // the tatweel, which folding takes out of every name, so no skeleton is spelled like a name ("امرجا"
            // of "أمريكا" would be the Indian town "أمرغا")
            case 0x0627, 0x0648, 0x064A, 0x0621: if i == 0 { out.append(sc) } else if last { out.append(NameSkeleton.finalVowel) }
            case 0x0647: if !last { out.append(sc) }                           // final ه (ة)
            default: out.append(sc)
            }
            i += 1
        }
        return String(out)
    }

    /// The mark of a word's final vowel letter (ا و ي ء) in a skeleton.
    public static let finalVowel: Unicode.Scalar = "\u{0640}"

    /// Consonants of a skeleton that tell names apart: spaces, a leading ال (article or not) and the mark of a
    /// final vowel do not count, so "البنية" can never be read as "ألبانيا".
    public static func strength(_ skeleton: String) -> Int {
        // (one pass over the scalars: a word's count, less a leading ال when more follows it and less its final
        // vowel's mark)
        var n = 0, inWord = 0, article = false
        var previous: Unicode.Scalar = " "
        func close() {
            if inWord > 1, previous == NameSkeleton.finalVowel { inWord -= 1 }
            n += article && inWord > 2 ? inWord - 2 : inWord; inWord = 0; article = false
        }
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
