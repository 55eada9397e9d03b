import Foundation

/// Per-scalar actions of `Normalizer`, computed once from the Unicode data that ships with the
/// toolchain (canonical combining classes, lowercase mappings, compatibility decompositions of the
/// Arabic presentation forms) plus the Arabic folds listed in `NormalizationLevel`.
///
/// Scalars below U+0800 (all of Latin, Greek, Cyrillic, Hebrew, Arabic) are looked up in flat arrays;
/// presentation forms (U+FB50–U+FEFF) in a second array; everything else goes through `FoldTables.high`.
enum FoldCode {
    static let drop: UInt32 = 0xFF_FFF0      // remove the scalar
    static let space: UInt32 = 0xFF_FFF1     // horizontal whitespace: joins a whitespace run
    static let lineBreak: UInt32 = 0xFF_FFF2 // line break: joins a whitespace run, counted
    static let expand: UInt32 = 0xFF_FFF3    // replaced by several scalars: see `FoldTables.expansions`
    static let codeMask: UInt32 = 0xFF_FFFF
    /// Top byte of an entry: the canonical combining class, or `nfcSensitive` (see `isNFCSensitive`).
    static let nfcSensitive: UInt32 = 255
}

/// Table entries are `(nfc << 24) | code`: `code` is the output scalar or a `FoldCode`, `nfc` the
/// scalar's canonical combining class or `FoldCode.nfcSensitive`. A fold never makes a scalar's UTF-8
/// longer except through `expand`, so the output fits in the input's byte count outside expansions.
struct FoldTables: Sendable {
    static let lowLimit: UInt32 = 0x800
    static let presentationStart: UInt32 = 0xFB50
    static let presentationEnd: UInt32 = 0xFF00

    let display: FrozenTable<UInt32>            // lowLimit entries
    let search: FrozenTable<UInt32>             // lowLimit entries
    let searchPresentation: FrozenTable<UInt32> // presentationEnd - presentationStart entries
    let expansions: [UInt32: [UInt32]]

    static let shared = FoldTables()

    static func utf8Length(_ v: UInt32) -> Int { v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4 }

    static func nfcByte(_ v: UInt32) -> UInt32 {
        if isNFCSensitive(v) { return FoldCode.nfcSensitive }
        return UInt32(Unicode.Scalar(v)?.properties.canonicalCombiningClass.rawValue ?? 0)
    }

    /// The table entry of `v` given its fold.
    static func entry(_ v: UInt32, _ folded: [UInt32], into expansions: inout [UInt32: [UInt32]]) -> UInt32 {
        let code: UInt32
        if folded.isEmpty { code = FoldCode.drop }
        else if folded.count == 1 && (folded[0] > FoldCode.codeMask - 16 || utf8Length(folded[0]) <= utf8Length(v)) { code = folded[0] }
        else { code = FoldCode.expand; expansions[v] = folded }
        return nfcByte(v) << 24 | code
    }

    private init() {
        var display = [UInt32](repeating: 0, count: Int(Self.lowLimit))
        var search = display
        var expansions: [UInt32: [UInt32]] = [:]
        for v in 0..<Self.lowLimit {
            let i = Int(v)
            guard Unicode.Scalar(v) != nil else { display[i] = FoldCode.drop; search[i] = FoldCode.drop; continue }
            display[i] = Self.nfcByte(v) << 24 | (Self.cleanup(v) ?? v)
            search[i] = Self.entry(v, Self.searchFold(v), into: &expansions)
        }
        var pres = [UInt32](repeating: 0, count: Int(Self.presentationEnd - Self.presentationStart))
        for v in Self.presentationStart..<Self.presentationEnd {
            pres[Int(v - Self.presentationStart)] = Self.entry(v, Self.searchFold(v), into: &expansions)
        }
        self.display = FrozenTable(display)
        self.search = FrozenTable(search)
        self.searchPresentation = FrozenTable(pres)
        self.expansions = expansions
    }

    /// The display-level action for whitespace, controls and invisible characters, or nil to keep.
    static func cleanup(_ v: UInt32) -> UInt32? {
        switch v {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            return FoldCode.space
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029:
            return FoldCode.lineBreak
        case 0x00...0x08, 0x0E...0x1F, 0x7F...0x84, 0x86...0x9F,
             0xAD,             // soft hyphen
             0x034F,           // combining grapheme joiner
             0x061C,           // Arabic letter mark
             0x0640,           // tatweel
             0x180E,           // Mongolian vowel separator
             0x200B...0x200F,  // zero-width space/non-joiner/joiner, LRM, RLM
             0x202A...0x202E,  // bidi embeddings and overrides
             0x2060...0x2064, 0x2066...0x206F, // word joiner, invisible operators, isolates, deprecated formats
             0xFEFF,           // BOM / zero-width no-break space
             0xFFF9...0xFFFB:  // interlinear annotation controls
            return FoldCode.drop
        default:
            return nil
        }
    }

    /// Arabic combining marks that never take part in a canonical composition (harakat, Quranic
    /// marks); U+0653–U+0655 (madda, hamza above/below) do and are excluded.
    static func isNonComposingArabicMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x0610...0x061A, 0x064B...0x0652, 0x0656...0x065F, 0x0670,
             0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8, 0x06EA...0x06ED: return true
        default: return false
        }
    }

    /// True when the scalar may change under NFC: it is excluded from NFC outright, it is a combining
    /// mark that can compose with what precedes it, or a starter that composes (Hangul vowel/trailing
    /// jamo, Indic spacing vowel signs). Text without such scalars (and with combining marks in
    /// canonical order) is already NFC.
    static func isNFCSensitive(_ v: UInt32) -> Bool {
        guard let s = Unicode.Scalar(v) else { return false }
        let p = s.properties
        if p.isFullCompositionExclusion { return true }
        if p.canonicalCombiningClass.rawValue != 0 { return !isNonComposingArabicMark(v) }
        if (0x1161...0x1175).contains(v) || (0x11A8...0x11C2).contains(v) { return true }
        return p.generalCategory == .spacingMark
    }

    /// Search-level fold of one scalar (after NFC): zero, one or several scalars, or a FoldCode.
    static func searchFold(_ v: UInt32) -> [UInt32] {
        if let c = cleanup(v) { return c == FoldCode.drop ? [] : [c] }
        switch v {
        case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673, 0x0675: return [0x0627] // alef forms → ا
        case 0x0624: return [0x0648]                                                // ؤ → و
        case 0x0626, 0x0649: return [0x064A]                                        // ئ ى → ي
        case 0x0629, 0x06C3: return [0x0647]                                        // ة ۃ → ه
        case 0x06A9, 0x06AA: return [0x0643]                                        // Persian ک, swash ڪ → ك
        case 0x06CC, 0x06CD, 0x06CE, 0x06D0, 0x06D2, 0x06D3, 0x0678: return [0x064A] // Persian/Urdu yeh forms → ي
        case 0x06C0, 0x06C1, 0x06C2, 0x06D5, 0x06BE: return [0x0647]               // ۀ ہ ۂ ە ھ → ه
        case 0x0660...0x0669: return [v - 0x0660 + 0x30]                           // Arabic-Indic digits
        case 0x06F0...0x06F9: return [v - 0x06F0 + 0x30]                           // Persian digits
        case 0x066A: return [0x25]                                                  // ٪ → %
        case 0x066B: return [0x2E]                                                  // Arabic decimal separator
        case 0x066C: return [0x2C]                                                  // Arabic thousands separator
        case 0x06E5, 0x06E6: return []                                              // small waw/yeh (Quranic)
        default: break
        }
        if isNonComposingArabicMark(v) || (0x0653...0x0655).contains(v) || (0x064B...0x065F).contains(v) { return [] }
        if (presentationStart..<presentationEnd).contains(v) {
            // Compatibility decomposition (Unicode's own data) gives the base letters of a presentation
            // form or ligature; those are folded in turn. Isolated harakat forms decompose to space + mark.
            let s = String(Unicode.Scalar(v)!)
            let nfkd = s.decomposedStringWithCompatibilityMapping.unicodeScalars.map(\.value)
            if nfkd == [v] { return [v] }
            var out: [UInt32] = []
            for d in nfkd {
                let f = searchFold(d)
                for x in f {
                    if x == FoldCode.space || x == FoldCode.lineBreak { out.append(0x20) } else { out.append(x) }
                }
            }
            let trimmed = out.drop(while: { $0 == 0x20 }).reversed().drop(while: { $0 == 0x20 }).reversed()
            return Array(trimmed)
        }
        if let s = Unicode.Scalar(v), s.properties.changesWhenLowercased {
            return s.properties.lowercaseMapping.unicodeScalars.map(\.value)
        }
        return [v]
    }

    /// Entry for a scalar at or above U+0800 (see the type's comment).
    @inline(__always)
    func high(_ v: UInt32, search: Bool) -> UInt32 {
        if v >= 0x2000 && v < 0x2070 {           // general punctuation: stable starters
            return Self.cleanup(v) ?? v
        }
        if v >= Self.presentationStart && v < Self.presentationEnd && !(0xFE20...0xFE2F).contains(v) {
            if search { return searchPresentation[Int(v - Self.presentationStart)] }
            return v == 0xFEFF ? FoldCode.drop : v
        }
        return Self.highSlow(v, search: search)
    }

    static func highSlow(_ v: UInt32, search: Bool) -> UInt32 {
        var code = cleanup(v) ?? v
        if search && code == v, let s = Unicode.Scalar(v), s.properties.changesWhenLowercased { code = FoldCode.expand }
        return nfcByte(v) << 24 | code
    }
}
