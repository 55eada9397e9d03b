/// Keys of the particles and adverbs the event rules compare words with, built once: a string literal
/// where a `WordKey` is expected is folded and packed at every evaluation, and these comparisons run
/// for nearly every word.
enum FunctionWords {
    static let fi: WordKey = "في"
    static let min: WordKey = "من"
    static let an: WordKey = "ان"
    /// "عن" (from, about): "نقلت … عن مصدر".
    static let aan: WordKey = "عن"
    static let ila: WordKey = "الى"
    static let sawfa: WordKey = "سوف", wasawfa: WordKey = "وسوف"
    static let hina: WordKey = "حين"
    static let ams: WordKey = "امس"
    static let alyawm: WordKey = "اليوم"
    /// "في" as written in either spelling.
    static let inWords: WordKeySet = ["في", "فى"]
    /// Adverbs that may stand between a reporting verb and its subject ("أيضا", "مجددا", "كذلك").
    static let insertedAdverbs: WordKeySet = ["ايضا", "مجددا", "كذلك"]
    /// A preposition with a pronoun, the verb's complement, standing between a verb and its subject ("في حكم نددت
    /// به منظمة مراسلون بلا حدود", "وقال له الوزير").
    static let pronounComplements: WordKeySet = ["به", "بها", "بهم", "عليه", "عليها", "عليهم", "له", "لها", "لهم", "منه", "منها",
                                                 "اليه", "اليها", "اليهم"]
    /// "قبل ظهر أمس", "بعد منتصف ليلة الأربعاء".
    static let beforeAfter: WordKeySet = ["قبل", "بعد", "وقبل", "وبعد"]
    /// Prepositions and place words after which a country names where ("في العراق", "قرب", "بمدينة").
    static let placePrepositions: WordKeySet = ["في", "فى", "ب", "داخل", "قرب", "بمدينة"]
    /// "في سورية", "داخل سورية": after these a feminine nisba form of a country is its name.
    static let insideWords: WordKeySet = ["في", "فى", "داخل"]
    /// Attribution cues by their last noun key ("بحسب", "وفقا لـ", "نقلا عن").
    static let attributions: WordKeySet = ["بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا"]
    /// "المدعومة من إيران", "الموالية لـ": the preposition between a participle of belonging and its body, when
    /// written apart.
    static let affiliationPrepositions: WordKeySet = ["من", "ل", "لـ", "ب"]
    /// Event nouns too general to stand alone as a reported event ("عملية", "نار", "ضربة").
    static let generalEventNouns: WordKeySet = ["عمليه", "عملية", "عمليات", "نار", "ضربة", "ضربات"]
}
