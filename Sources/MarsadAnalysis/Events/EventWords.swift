/// The words of a text as the event stage reads them: each with its code point span and a folded key
/// (diacritics and tatweel dropped, alef/hamza/ya variants unified, digits made ASCII; ta marbuta is kept,
/// so "تابعة" is not the verb "تابع" with a pronoun), so the
/// lexicons, compiled with the same fold, are hash lookups.
struct EventWord: Sendable {
    enum Kind: UInt8, Sendable { case arabic, latin, number, punctuation }
    let start: Int
    let end: Int
    let kind: Kind
    /// Folded form, packed (empty for punctuation).
    let key: WordKey
    /// The scalar of a punctuation word.
    var punct: Unicode.Scalar = " "
    /// Written with tanween ("عذباً", "هجوماً"): a noun or adjective, never a finite verb.
    var tanween: Bool = false
    /// Value of a number word's digits (integer part), for `.number`.
    var digits: Int = 0
    /// Classes of the lexicon the word's key belongs to as written (`isClass`), and through any of its
    /// noun keys (`inClass`): filled once per document by `EventLexicon.annotate`.
    var classes: UInt64 = 0
    var nounClasses: UInt64 = 0
    /// The word has event cues / is a reporting word (`EventLexicon.eventCues`, `reportingCue`).
    var eventWord = false
    var reportingWord = false

    @inline(__always) func isClass(_ c: WordClass) -> Bool { classes & c.bit != 0 }
    @inline(__always) func inClass(_ c: WordClass) -> Bool { nounClasses & c.bit != 0 }
}

enum ArabicFold {
    /// Fold one scalar: nil drops it (diacritics, tatweel), otherwise the scalar to keep.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED: return nil      // harakat, superscript alef, tatweel, Quranic marks
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673: return 0x0627        // آ أ إ ٱ → ا
        case 0x0649, 0x06CC, 0x064A, 0x0626: return 0x064A                      // ى ی ئ → ي
        case 0x0624: return 0x0648                                              // ؤ → و
        case 0x06A9: return 0x0643                                              // ک → ك
        case 0x0660...0x0669: return v - 0x0660 + 0x30                          // Arabic-Indic digits
        case 0x06F0...0x06F9: return v - 0x06F0 + 0x30                          // Persian digits
        default: return v
        }
    }

    /// Folded key of a short string (lexicon entries).
    static func key(_ s: String) -> WordKey { WordKey(s) }

    @inline(__always) static func isArabicLetter(_ v: UInt32) -> Bool {
        (0x0621...0x064A).contains(v) || (0x064B...0x065F).contains(v) || v == 0x0670 || (0x0671...0x06D3).contains(v)
            || v == 0x06CC || v == 0x06A9 || (0x06D6...0x06ED).contains(v)
    }
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool {
        (0x30...0x39).contains(v) || (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v)
    }
    @inline(__always) static func isLatin(_ v: UInt32) -> Bool {
        (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v) || (0xC0...0x24F).contains(v)
    }
    @inline(__always) static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || v == 0x0A || v == 0x09 || v == 0x0D || v == 0xA0 || (0x2000...0x200F).contains(v) || v == 0x202F || v == 0x3000 || v == 0xFEFF
    }
}

enum EventWordScanner {
    /// The words of `range`, annotated by the lexicon (classes and cue flags), with the event cues and the
    /// reporting cue of each word.
    static func scanAnnotated(_ scalars: [Unicode.Scalar], in range: Range<Int>, lexicon: EventLexicon = .shared)
        -> (words: [EventWord], cues: [[EventCue]], reporting: [ReportingCue?]) {
        var words = scanWords(scalars, in: range)
        let (cues, reporting) = lexicon.annotate(&words)
        return (words, cues, reporting)
    }

    /// The words of `range`, annotated by the lexicon.
    static func scan(_ scalars: [Unicode.Scalar], in range: Range<Int>, lexicon: EventLexicon = .shared) -> [EventWord] {
        scanAnnotated(scalars, in: range, lexicon: lexicon).words
    }

    /// One pass over the scalars of `range`: Arabic words (tatweel inside a word kept in its span), Latin
    /// words, numbers (digits with inner '.' or ','), and every other non-space scalar as punctuation.
    /// The words carry no lexicon annotation yet.
    static func scanWords(_ scalars: [Unicode.Scalar], in range: Range<Int>) -> [EventWord] {
        var words: [EventWord] = []
        words.reserveCapacity((range.count / 5) + 4)
        var i = range.lowerBound
        let end = range.upperBound
        var buf = WordKey()
        while i < end {
            let v = scalars[i].value
            if ArabicFold.isSpace(v) { i += 1; continue }
            let start = i
            buf = WordKey()
            if ArabicFold.isArabicLetter(v) || v == 0x0640 {
                var tanween = false
                while i < end, ArabicFold.isArabicLetter(scalars[i].value) || scalars[i].value == 0x0640 {
                    if (0x064B...0x064D).contains(scalars[i].value) { tanween = true }
                    if let f = ArabicFold.fold(scalars[i].value) { buf.append(WordKey.code(f)) }
                    i += 1
                }
                words.append(EventWord(start: start, end: i, kind: .arabic, key: buf, tanween: tanween))
            } else if ArabicFold.isDigit(v) {
                var digits = 0
                var fraction = false
                while i < end {
                    let w = scalars[i].value
                    if ArabicFold.isDigit(w) {
                        if !fraction, digits < 100_000_000 { digits = digits * 10 + Int(ArabicFold.fold(w)! - 0x30) }
                        buf.append(WordKey.code(ArabicFold.fold(w)!))
                        i += 1
                    } else if (w == 0x2E || w == 0x2C || w == 0x066B || w == 0x066C), i + 1 < end, ArabicFold.isDigit(scalars[i + 1].value) {
                        if w == 0x2E || w == 0x066B { fraction = true }
                        buf.append(w == 0x2E || w == 0x066B ? 119 : 120)
                        i += 1
                    } else { break }
                }
                words.append(EventWord(start: start, end: i, kind: .number, key: buf, digits: digits))
            } else if ArabicFold.isLatin(v) {
                while i < end, ArabicFold.isLatin(scalars[i].value) || ArabicFold.isDigit(scalars[i].value) {
                    buf.append(WordKey.code(scalars[i].value)); i += 1
                }
                words.append(EventWord(start: start, end: i, kind: .latin, key: buf))
            } else {
                i += 1
                words.append(EventWord(start: start, end: i, kind: .punctuation, key: WordKey(), punct: scalars[start]))
            }
        }
        return words
    }
}
