/// Checks a page's declared language (`lang`, `og:locale`, JSON-LD `inLanguage`) against the script of
/// its text: templates often keep `lang="en"` on Arabic pages and the reverse. When the text's script
/// contradicts the declaration, the script decides (Arabic-script text is told apart as Persian or Urdu
/// by their own letters); Latin text without a declaration stays undeclared for the analyzer to identify.
enum LanguageCheck {
    static let arabicScriptLanguages: Set<String> = ["ar", "fa", "ur", "ps", "ckb", "ku", "sd", "ug"]

    static func checked(declared raw: String?, text: String) -> String? {
        let declared = raw.map(primary)
        var arabic = 0, latin = 0, persian = 0, urdu = 0, seen = 0
        for u in text.unicodeScalars {
            let v = u.value
            if v >= 0x0600 && v <= 0x06FF {
                arabic += 1
                switch v {
                case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: persian += 1    // پ چ ژ گ ک ی
                case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06BE: urdu += 1        // ٹ ڈ ڑ ں ے ھ
                default: break
                }
            } else if (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v <= 0x24F) {
                latin += 1
            }
            seen += 1
            if seen > 20_000 { break }
        }
        let letters = arabic + latin
        guard letters >= 20 else { return declared }
        let arabicShare = Double(arabic) / Double(letters)
        if arabicShare > 0.5 {
            if let d = declared, arabicScriptLanguages.contains(d) { return d }
            if urdu * 50 > arabic { return "ur" }
            if persian * 50 > arabic { return "fa" }
            return "ar"
        }
        if arabicShare < 0.1, let d = declared, arabicScriptLanguages.contains(d) { return nil }
        return declared
    }

    /// "ar-SA" / "ar_EG" -> "ar"; "en-US" -> "en".
    static func primary(_ tag: String) -> String {
        let t = tag.trimmingSpaces().lowercased()
        return String(t.prefix { $0 != "-" && $0 != "_" })
    }
}
