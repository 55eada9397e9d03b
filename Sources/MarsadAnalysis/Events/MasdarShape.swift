/// The letter shapes of Arabic words that can only be nouns, the masdars of the derived verb forms
/// (تفعيل "تدمير", افتعال "اعتقال", انفعال "انسحاب", استفعال "استهداف", مفاعلة "مصادرة"). No finite verb is
/// written in these shapes, so a word in one of them heads a noun phrase, whatever its root. Read on folded
/// keys (`ArabicFold`): hamza on alef is plain alef.
enum MasdarShape {
    // letter codes (`WordKey.code`: scalar − U+0620), the rest as in EventLexicon
    static let taa: UInt8 = 0x17, dal: UInt8 = 0x0F, taMarbuta: UInt8 = 0x09
    private static let alef = EventLexicon.alef, ta = EventLexicon.ta, ya = EventLexicon.ya, waw = EventLexicon.waw,
                       nun = EventLexicon.nun, sin = EventLexicon.sin, mim = EventLexicon.mim

    /// A root consonant: not one of the long vowels, which the shapes put in fixed places.
    @inline(__always) static func consonant(_ c: UInt8) -> Bool { c != alef && c != waw && c != ya && c != taMarbuta }

    /// The word, with one proclitic و/ف/ب/ل at most, has the shape of a derived masdar.
    static func isDerivedMasdar(_ key: WordKey) -> Bool {
        if shaped(key) { return true }
        guard key.count >= 6, let f = key.first, f == waw || f == EventLexicon.fa || f == EventLexicon.ba || f == EventLexicon.lam else { return false }
        return shaped(key.dropFirst())
    }

    private static func shaped(_ k: WordKey) -> Bool {
        switch k.count {
        case 5:
            // تفعيل: تدمير، تعذيب (not إفعال: folded, "إطلاق" is written as the plural "أشخاص", which ends a
            // count phrase: "وفاة 6 أشخاص وجرح 8 آخرين")
            return k[0] == ta && k[3] == ya && consonant(k[1]) && consonant(k[2]) && consonant(k[4])
        case 6:
            // افتعال (ت assimilated to ط or د after some letters): اعتقال، اضطهاد، ازدحام — انفعال: انسحاب
            if k[0] == alef, k[4] == alef, k[2] == ta || k[2] == taa || k[2] == dal || k[1] == nun,
               consonant(k[1]), consonant(k[3]), consonant(k[5]) { return true }
            // مفاعلة: مصادرة، مواجهة (ة never ends a verb)
            return k[0] == mim && k[2] == alef && k[5] == taMarbuta
        case 7:
            // استفعال: استهداف، استخدام
            return k[0] == alef && k[1] == sin && k[2] == ta && k[5] == alef && consonant(k[3]) && consonant(k[4]) && consonant(k[6])
        default:
            return false
        }
    }
}
