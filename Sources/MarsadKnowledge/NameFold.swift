/// The fold under which names are compared: a superset of `Normalizer.fold` (search level) made for matching
/// names, applied the same way to gazetteer names at load and to words of the text.
///
/// Arabic spelling varies where the pronunciation does not: hamza seats (أ إ آ ٱ → ا, ؤ → و, ئ → ي),
/// alef maqsura (ى → ي), ta marbuta (ة → ه), diacritics and tatweel (dropped), Persian letter forms (ی ک).
/// Latin is lower-cased except short all-capital acronyms ("UN", "EU"), which keep their case so that the
/// English word "is" never reads as "IS".
public enum NameFold {
    /// Folds one scalar; nil drops it.
    @inlinable @inline(__always)
    public static func fold(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627   // آ أ إ ٱ → ا
        case 0x0649, 0x06CC, 0x0626: return 0x064A                             // ى ی ئ → ي
        case 0x0629: return 0x0647                                             // ة → ه
        case 0x0624: return 0x0648                                             // ؤ → و
        case 0x06A9: return 0x0643                                             // ک → ك
        case 0x064B...0x0652, 0x0670, 0x0640, 0x200C, 0x200D, 0x200F, 0x200E: return nil
        case 0x41...0x5A: return v + 0x20
        default: return v
        }
    }

    /// Folds a name or phrase: words separated by single spaces, hyphens read as spaces.
    public static func key(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        word.reserveCapacity(16)
        func flush() {
            guard !word.isEmpty else { return }
            let acronym = word.count <= 4 && word.allSatisfy { (0x41...0x5A).contains($0.value) || $0 == "." }
            if !out.isEmpty { out.append(" ") }
            for sc in word {
                if acronym { out.append(sc) } else if let f = fold(sc.value), let u = Unicode.Scalar(f) { out.append(u) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for sc in s.unicodeScalars {
            switch sc.value {
            case 0x20, 0x2D, 0xA0, 0x09, 0x0A, 0x0D: flush()
            default: word.append(sc)
            }
        }
        flush()
        return String(out)
    }

    /// Whether a scalar belongs to an Arabic-script word (letters, diacritics, tatweel).
    @inlinable @inline(__always)
    public static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x064A).contains(v) || (0x064B...0x0652).contains(v) || v == 0x0670 || v == 0x0640
            || (0x0671...0x06D3).contains(v) || v == 0x06D5 || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFC).contains(v)
    }
}
