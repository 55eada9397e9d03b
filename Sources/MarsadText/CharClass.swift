/// Coarse character classes used by the tokenizer and sentence splitter, from the Unicode general
/// category plus script ranges. Scalars below U+0800 come from a table built once.
enum CharClass: UInt8 {
    case space        // whitespace and line breaks
    case ignorable    // format and control characters: zero-width (non-)joiners, bidi marks, BOM
    case arabicLetter // letters of the Arabic script (incl. Persian/Urdu/Kurdish letters, presentation forms, tatweel)
    case latinLetter  // letters of the Latin script
    case otherLetter  // letters of other scripts (Greek, Cyrillic, Hebrew, CJK, …)
    case mark         // combining marks (harakat, accents)
    case digit        // decimal digits of any script
    case quote        // quotation marks
    case punctuation
    case symbol

    static let table = FrozenTable((0..<UInt32(0x800)).map { compute($0) })

    @inline(__always)
    static func of(_ v: UInt32) -> CharClass {
        if v < 0x800 { return table[Int(v)] }
        return high(v)
    }

    @inline(__always)
    static func high(_ v: UInt32) -> CharClass {
        if v >= 0x2000 && v < 0x2070 {
            switch v {
            case 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F: return .space
            case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F: return .ignorable
            case 0x2018...0x201F, 0x2039, 0x203A: return .quote
            default: return compute(v)
            }
        }
        if (v >= 0xFB50 && v < 0xFD3E) || (v >= 0xFD50 && v < 0xFDF0) || (v >= 0xFE70 && v < 0xFEFD) {
            return .arabicLetter
        }
        return compute(v)
    }

    static func isQuote(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A, 0x300C...0x300F, 0xFF02, 0xFF07: return true
        default: return false
        }
    }

    static func isArabicScript(_ v: UInt32) -> Bool {
        (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0x0870...0x08FF).contains(v)
            || (0xFB50...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
    }

    static func isLatinScript(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || v == 0xAA || v == 0xBA
            || ((0xC0...0x24F).contains(v) && v != 0xD7 && v != 0xF7)
            || (0x250...0x2AF).contains(v) || (0x1D00...0x1DBF).contains(v) || (0x1E00...0x1EFF).contains(v)
            || (0x2C60...0x2C7F).contains(v) || (0xA720...0xA7FF).contains(v) || (0xAB30...0xAB6F).contains(v)
            || (0xFB00...0xFB06).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
    }

    static func compute(_ v: UInt32) -> CharClass {
        guard let s = Unicode.Scalar(v) else { return .ignorable }
        if isQuote(v) { return .quote }
        switch s.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return .space
        case .control:
            return (0x09...0x0D).contains(v) || v == 0x85 ? .space : .ignorable
        case .format, .unassigned, .surrogate, .privateUse: return .ignorable
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            if isArabicScript(v) { return .arabicLetter }
            if isLatinScript(v) { return .latinLetter }
            return .otherLetter
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .decimalNumber: return .digit
        case .letterNumber, .otherNumber: return .symbol
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: return .symbol
        @unknown default: return .symbol
        }
    }
}
