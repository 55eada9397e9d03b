/// Evidence tables for `LanguageIdentifier`: frequent function words and distinctive letters.
///
/// Source: the closed-class words (articles, prepositions, conjunctions, pronouns, auxiliaries) that
/// grammars of each language list as its most frequent words, and the letters that each language's
/// alphabet has and its neighbours' lack (Unicode charts for the Arabic-script extensions used by
/// Persian, Urdu, Sorani Kurdish and Pashto). Compiled by hand for this project; they are facts about
/// the languages, not copied lists.
enum LanguageProfiles {
    /// Function words of Arabic-script languages, as written.
    static let arabicScriptWords: [String: [String]] = [
        "ar": ["في", "من", "على", "إلى", "الى", "أن", "ان", "إن", "التي", "الذي", "الذين", "عن", "مع", "هذا", "هذه",
               "كان", "كانت", "قد", "لا", "لم", "لن", "ما", "وقال", "وفي", "ومن", "أو", "ثم", "بين", "بعد", "قبل",
               "حتى", "إلا", "عند", "هو", "هي", "كما", "ذلك", "تلك", "لكن", "حيث", "منذ", "خلال", "وأن", "فقد", "أنه"],
        "fa": ["در", "به", "از", "که", "این", "را", "با", "است", "می", "برای", "آن", "های", "یک", "شد", "بود",
               "شده", "کرد", "خود", "تا", "نیز", "اما", "هم", "یا", "اگر", "چه", "همه", "وی", "ما", "شما", "آنها",
               "کند", "کنند", "دارد", "نمی", "هست", "بر", "پس", "چون", "ولی", "باید"],
        "ur": ["کے", "کی", "میں", "ہے", "اور", "کو", "سے", "نے", "کہ", "یہ", "ہیں", "تھا", "پر", "بھی", "ایک",
               "کا", "وہ", "گیا", "کیا", "ہو", "تھی", "نہیں", "لیے", "اس", "ان", "جو", "کر", "تک", "رہا", "گا"],
        "ckb": ["لە", "بە", "کە", "ئەم", "بۆ", "لەگەڵ", "ئەو", "دە", "و", "کرد", "بوو", "دەکات", "هەروەها", "ئێمە",
                "ئەوان", "لەسەر", "لەناو", "یان", "بەڵام", "هەموو", "دەبێت", "نییە", "هەیە", "وەک", "پێ"],
        "ps": ["د", "په", "او", "چې", "له", "دې", "یې", "کې", "سره", "ته", "وو", "شوي", "کړي", "دا", "هغه",
               "وي", "نه", "خو", "هم", "باندې", "لپاره", "دي"],
    ]

    /// Letters used by one language of the Arabic script and not by Arabic, with the languages they
    /// point to. Shared Persian-family letters count for each of their languages.
    static let arabicScriptLetters: [UInt32: [String]] = {
        var m: [UInt32: [String]] = [:]
        let family = ["fa", "ur", "ckb", "ps"]
        for v: UInt32 in [0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC] { m[v] = family } // پ چ ژ گ ک ی
        for v: UInt32 in [0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06C1] { m[v] = ["ur"] } // ٹ ڈ ڑ ں ے ہ
        m[0x06BE] = ["ur", "ckb"]                                                            // ھ
        for v: UInt32 in [0x0695, 0x06B5, 0x06C6, 0x06CE, 0x06D5] { m[v] = ["ckb"] }         // ڕ ڵ ۆ ێ ە
        for v: UInt32 in [0x067C, 0x0689, 0x0693, 0x0696, 0x069A, 0x06AB, 0x0681, 0x0685, 0x06BC, 0x06CD, 0x06D0] {
            m[v] = ["ps"]                                                                    // ټ ډ ړ ږ ښ ګ ځ څ ڼ ۍ ې
        }
        // Arabic letters the Persian family does not write (it uses ک and ی; ة and ى are Arabic spelling).
        for v: UInt32 in [0x0629, 0x0649, 0x0643, 0x064A, 0x064B, 0x064C, 0x064D] { m[v] = ["ar"] }
        return m
    }()

    /// Function words of Latin-script languages, lowercase.
    static let latinWords: [String: [String]] = [
        "en": ["the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "are", "by",
               "this", "be", "at", "from", "have", "has", "had", "not", "but", "were", "which", "they", "he",
               "she", "his", "her", "their", "will", "would", "been", "an", "or", "said", "who", "its"],
        "fr": ["le", "la", "les", "de", "des", "du", "et", "est", "un", "une", "dans", "que", "qui", "pour", "pas",
               "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ils", "sont", "par", "plus", "ne", "se",
               "mais", "ou", "été", "nous", "vous", "leur", "selon", "a", "été", "d", "l", "qu"],
        "es": ["el", "la", "los", "las", "de", "del", "y", "en", "que", "es", "un", "una", "por", "con", "para",
               "no", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha", "son", "este", "esta",
               "entre", "también", "sobre", "muy", "hay", "ya", "dijo"],
        "de": ["der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "dem", "mit", "von", "sich",
               "des", "auf", "für", "im", "auch", "es", "an", "als", "wird", "wurde", "sie", "er", "nach", "bei",
               "aus", "werden", "hat", "oder", "aber", "noch", "wie", "einer", "sind", "vor"],
        "it": ["il", "lo", "la", "gli", "le", "di", "del", "della", "e", "che", "è", "un", "una", "per", "non",
               "in", "con", "da", "dei", "delle", "si", "sono", "come", "anche", "più", "ma", "nel", "nella",
               "alla", "ha", "questo", "stato"],
        "pt": ["o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "no", "na", "um", "uma",
               "para", "com", "não", "por", "se", "mais", "foi", "ao", "é", "seu", "sua", "como", "mas", "ele",
               "ela", "são", "também", "pelo", "pela"],
        "nl": ["de", "het", "een", "en", "van", "is", "in", "dat", "op", "te", "zijn", "met", "voor", "niet",
               "aan", "er", "om", "ook", "als", "bij", "door", "maar", "naar", "wordt", "werd", "heeft", "hij",
               "zij", "dit", "deze", "uit", "nog", "worden"],
        "tr": ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "ne", "gibi", "olan",
               "ama", "sonra", "kadar", "her", "mi", "en", "değil", "var", "yok", "ise", "göre", "şey", "oldu"],
        "id": ["yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada",
               "juga", "ke", "karena", "ada", "oleh", "tersebut", "bisa", "mereka", "sudah", "saya", "kami"],
        "sv": ["och", "att", "det", "som", "en", "är", "av", "för", "på", "med", "till", "den", "har", "inte",
               "om", "ett", "var", "jag", "men", "de", "sig", "så", "från", "efter", "vid"],
        "pl": ["i", "w", "nie", "na", "się", "z", "do", "to", "że", "jest", "jak", "o", "po", "co", "ale", "tak",
               "od", "za", "przez", "oraz", "był", "jego", "które", "który", "dla"],
    ]

    /// Letters that point to one or a few Latin-script languages.
    static let latinLetters: [UInt32: [String]] = [
        0xF1: ["es"], 0xBF: ["es"], 0xA1: ["es"],                         // ñ ¿ ¡
        0xDF: ["de"], 0xE4: ["de", "sv"], 0xF6: ["de", "sv", "tr"], 0xFC: ["de", "tr"],
        0xE7: ["fr", "pt", "tr"], 0xE8: ["fr", "it"], 0xEA: ["fr", "pt"], 0xEB: ["fr", "nl"], 0xEE: ["fr"],
        0xEF: ["fr", "nl"], 0xF9: ["fr", "it"], 0xFB: ["fr"], 0x153: ["fr"], 0xE0: ["fr", "it", "pt"],
        0xE9: ["fr", "es", "pt", "it"], 0xE2: ["fr", "pt"], 0xF4: ["fr", "pt"],
        0xE3: ["pt"], 0xF5: ["pt"], 0xEC: ["it"], 0xF2: ["it"], 0xF3: ["es", "pt", "pl"], 0xFA: ["es", "pt"],
        0xED: ["es", "pt"], 0xE1: ["es", "pt"],
        0x131: ["tr"], 0x11F: ["tr"], 0x15F: ["tr"], 0x130: ["tr"], 0x15E: ["tr"],
        0x142: ["pl"], 0x105: ["pl"], 0x119: ["pl"], 0x15B: ["pl"], 0x17A: ["pl"], 0x17C: ["pl"], 0x107: ["pl"], 0x144: ["pl"],
        0xE5: ["sv"],
    ]
}
