/// Codes the events of one sentence: statements of call/accuse/threat become REQUEST/ACCUSE/THREATEN
/// events; event verbs, and event nouns governed by a support verb ("شن هجوما", "تعرض لإطلاق نار") or
/// reported by a statement ("أفادت … بإغلاق"), become PLOVER events with source, target, location, date,
/// casualties and the actor who claims them. Requested, warned-of, denied and future events are not
/// events that happened and are not coded.
struct EventCoder {
    let doc: EventDocument
    let sentence: Int
    let range: Range<Int>
    var newActors: [FoundActor] = []
    /// Subject of the sentence's last event, shared by a coordinated verb.
    var previousSource: FoundActor? = nil
    /// Events told before (their index in the document) whose doer this sentence names by claiming them.
    var attributions: [(event: Int, source: Actor)] = []
    static let claimLemma = "تبنى"

    /// Event nouns that carry a judgement: reported by the other party they are an accusation.
    static let clauseOpeners: WordKeySet = ["قد", "لقد", "وقد", "فقد", "ثم", "وكان", "كان", "بعدما", "عندما", "حين", "حيث", "لما", "حتى",
                                              "فيما", "وفيما", "بينما", "وبينما", "كما", "اذ", "إذ"]
    /// Verbs of condemnation (folded lemmas): their object is an act already known.
    static let condemnLemmas: WordKeySet = ["ادان", "دان", "ندد", "انتقد"]
    /// Support verbs of a crowd gathering: with a counted crowd after them ("تجمع مئات من الأقباط") they are a demonstration.
    static let gatheringVerbs: Set<String> = ["تجمع", "احتشد", "نزل", "خرج"]
    /// Event nouns that name the participants of a protest ("المتظاهرون", "المحتجون"), not the act.
    static let participantLemmas: Set<String> = ["متظاهرون"]
    /// Verbs of closing a place or a road: protesters' obstruction when protesters are their subject.
    static let blockingLemmas: Set<String> = ["أغلق", "قطع"]
    /// Verbs of burning and stoning: protesters' riot when protesters are their subject (PLOVER PROTEST riot).
    static let riotingLemmas: Set<String> = ["أحرق", "أضرم", "رشق"]
    static let banLemmas: Set<String> = ["منع", "حظر"]
    /// A weapon, a death or a wound is named in the sentence: an "attack" with none of them may be words
    /// ("وهاجمت لوبان ماكرون", "شن رئيس الحزب هجوماً على", "وجه ضربة للرئيس").
    var sentenceTellsViolence: Bool {
        range.contains { words[$0].kind == .arabic && (words[$0].inClass(.weapon) || words[$0].inClass(.killed) || words[$0].inClass(.injured)) }
    }

    /// Nouns of a blow or an attack that politics also deals in words ("وجه ضربة للرئيس", "شن هجوما على الوزير").
    static let blowLemmas: Set<String> = ["ضربة", "هاجم"]
    static let protesterLabels: Set<String> = ["protesters", "protester"]

    /// The subject right after the verb at `i` (within its first three words, past a count) is protesters:
    /// "أغلق مئات المحتجين", "قطع متظاهرون غاضبون"; whether they are the ones told before ("المتظاهرون", the
    /// article on the subject's first word), or nil when no protesters follow.
    func protestersAfter(_ i: Int) -> Bool? {
        let j = doc.skipInterjections(i + 1, range.upperBound)
        guard let k = (j..<min(range.upperBound, j + 3)).first(where: { k in
            words[k].kind == .arabic && lexicon.headMatch(words, at: k).map { EventCoder.protesterLabels.contains($0.0.label) } == true
        }) else { return nil }
        // (only a count stands between: "أحرقت ولم يسقط متظاهر" is another clause)
        guard (j..<k).allSatisfy({ doc.numbers.read(words, at: $0) != nil || words[$0].key == FunctionWords.min }) else { return nil }
        return k == j && words[k].key.hasPrefix(EventLexicon.article)
    }
    static let brokenPluralYa: WordKey = "ايا"
    static let ourSuffix: WordKey = "نا", herSuffix: WordKey = "ها"
    static let pronounComplementizers: WordKeySet = ["انها", "انه", "انهم", "بانها", "بانه", "بانهم", "لانها", "لانه"]
    static let accusationNouns: WordKeySet = ["عدوان", "اعتداء", "اعتداءات", "جرائم", "انتهاكات", "استفزاز", "استفزازات"]

    init(doc: EventDocument, sentence: Int, range: Range<Int>) {
        self.doc = doc; self.sentence = sentence; self.range = range
    }

    var words: [EventWord] { doc.words }
    var lexicon: EventLexicon { doc.lexicon }

    func statementFor(_ i: Int) -> Int? {
        if let s = doc.statementContaining(i) { return s }
        // an attribution ("بحسب X") in the sentence claims the whole sentence
        for (n, st) in doc.statements.enumerated().reversed() {
            if st.sentence < sentence { break }
            guard st.sentence == sentence else { continue }
            if let last = EventLexicon.nounKeys(ArabicFold.key(st.cue)).last, FunctionWords.attributions.contains(last) { return n }
        }
        return nil
    }

    /// Inside what a party called for, warned of or denied: not an event that happened.
    func isModal(_ i: Int) -> Bool {
        guard let s = doc.statementContaining(i) else { return false }
        switch doc.statements[s].stance {
        case .call, .warn, .deny: return true
        default: return false
        }
    }

    /// A bare 3ms past form ("خطف", "قتل") is a verb where a clause begins: at the sentence start, after
    /// punctuation, "قد/لقد", a complementizer or a time word. After a noun or a preposition it is the
    /// masdar of the same skeleton ("قضية خطف الشابين", "في قتل").
    func isVerbPosition(_ i: Int, _ cue: EventCue) -> Bool {
        let k = words[i].key
        guard k == ArabicFold.key(cue.lemma) else { return true }     // inflected or prefixed: a verb form
        guard i > range.lowerBound else { return true }
        // the past of a derived verb opening with alef (أفعل، انفعل، افتعل، استفعل: "استهدف", "اعتقل") is no
        // masdar ("استهداف", "اعتقال"): a verb wherever it stands, as in "صاروخ استهدف قاعدة"; a form I past
        // ("قتل", "فرض") may be its own masdar after a noun ("عملية قتل")
        if k.count >= 4, k.first == EventLexicon.alef, cue.kind == .verb, cue.plover == "ASSAULT",
           !doc.cues[i].contains(where: { $0.nominal || $0.kind == .noun }) { return true }
        let p = words[i - 1]
        // a quoted word after a head is a name: حركة "فتح", تنظيم «القاعدة»
        if p.kind == .punctuation, "\"«“".unicodeScalars.contains(p.punct), i - 2 >= range.lowerBound, words[i - 2].kind == .arabic,
           EventLexicon.nounKeys(words[i - 2].key).contains(where: { EventCoder.namingNouns.contains(EventLexicon.stripArticle($0)) }) { return false }
        if p.kind == .punctuation || p.kind == .number { return true }
        let pk = p.key
        if EventCoder.clauseOpeners.contains(pk) { return true }
        // a definite word ends its phrase (a noun with the article cannot govern a genitive): "الليلة الماضية اغتال"
        if pk.count > 3, pk.hasPrefix(EventLexicon.article), !p.isClass(.relative) { return true }
        if p.isClass(.complementizer) || lexicon.value(.relday, p) != nil || lexicon.value(.weekday, p) != nil { return true }
        // the subject of "أن/إن" in ـيا (an accusative nisba or person noun, its tanween unwritten) ends its phrase,
        // since an indefinite accusative governs no genitive: "أن جنديا أميركيا قتل في انفجار" (not a broken plural,
        // "قضايا قتل"; and an object's verb may open a clause describing it: "عقد مؤتمرا صحفيا هاجم فيه")
        // (any indefinite accusative in ـا does so: "إن زورقا مسيرا استهدف سفينة", "أن صاروخا سقط"; not a plural
        // verb in ـوا nor a noun with a pronoun, "قواتنا")
        if pk.count >= 4, pk.last == EventLexicon.alef, !pk.hasSuffix(EventCoder.brokenPluralYa), !pk.hasSuffix(ActorFinder.pluralVerbEnding),
           !pk.hasSuffix(EventCoder.ourSuffix), !pk.hasSuffix(EventCoder.herSuffix) {
            var b = i - 1
            // ("، وإن جنديا أصيب": the complementizer behind و too)
            while b > range.lowerBound, b >= i - 3, words[b].kind == .arabic, !ActorFinder.isClitic(words[b], on: .complementizer, lexicon),
                  words[b].key.last == EventLexicon.alef { b -= 1 }
            if b >= range.lowerBound, b < i - 1, ActorFinder.isClitic(words[b], on: .complementizer, lexicon) { return true }
        }
        // "أعلن أنه شن هجوما", "إنه صد هجوما": after a complementizer with its subject pronoun the support verbs
        // of an attack are verbs (not "زعم انه تعرض للتعذيب" or "إما أنه قتل أو انتحر": claims and guesses)
        if EventCoder.pronounComplementizers.contains(pk), EventCoder.attackSupportVerbs.contains(cue.lemma) { return true }
        // "أعلن الجيش أنه قصف دبابات": an attack verb with its object after it is a finite verb too (not a
        // killing, which "أنه قتل" reads as suffered, nor a verb followed by a preposition or nothing)
        // ("قال الجيش إنه قتل خمسة مسلحين": a killing too when the pronoun is an armed speaker's, `pronounDoer`)
        if EventCoder.pronounComplementizers.contains(pk), cue.kind == .verb, EventCoder.victimVerbs.contains(cue.lemma), pronounDoer(before: i),
           i + 1 < range.upperBound, words[i + 1].kind != .punctuation { return true }
        if EventCoder.pronounComplementizers.contains(pk), cue.kind == .verb, cue.plover == "ASSAULT",
           !EventCoder.victimVerbs.contains(cue.lemma), i + 1 < range.upperBound, words[i + 1].kind == .arabic,
           !words[i + 1].isClass(.preposition), !words[i + 1].inClass(.conditional), doc.cues[i + 1].isEmpty { return true }
        return false
    }

    /// "مؤكدة أن الإصابة كانت دقيقة", "الهجوم كان الأعنف": a definite event noun as the subject of كان is
    /// described, not reported; the act it names was told before.
    func isSubjectOfKana(_ i: Int) -> Bool {
        i + 1 < range.upperBound && words[i].key.hasPrefix(EventLexicon.article) && EventCoder.kana.contains(words[i + 1].key)
    }
    static let kana: WordKeySet = ["كان", "كانت", "كانا", "كانتا", "كانوا"]

    /// Background, not news: a relative clause ("الذي اغتالته"), a condition or question ("إذا", "هل"), or an
    /// act that is only attempted, intended, planned, possible, called for or warned of.
    func isBackground(_ i: Int) -> Bool {
        if i > range.lowerBound, words[i - 1].isClass(.relative) { return true }
        // a "when" clause opening the sentence is the time of its main clause: "عندما اغتيل عماد مغنية في دمشق،
        // اعلن …" recalls the killing to date the declaration
        var f0 = range.lowerBound
        while f0 < i, words[f0].kind == .punctuation { f0 += 1 }
        if f0 < i, i - f0 <= 3, EventCoder.whenClause.contains(words[f0].key),
           (i + 1..<range.upperBound).contains(where: isComma) {
            return true
        }
        // "الذين تم قتلهم", "الذي كان قد اغتال": an auxiliary between the relative and the act
        if i > range.lowerBound + 1, EventCoder.auxiliaries.contains(words[i - 1].key), words[i - 2].isClass(.relative) { return true }
        // "من" right before a finite verb is the relative "who" ("بحق من اغتالوا الحريري", "عمن قتلتهم"): a
        // preposition cannot govern a verb
        if i > range.lowerBound, EventCoder.relativeMan.contains(words[i - 1].key), hasFiniteCue(i) { return true }
        // three words back, not counting quotes ("عزم عناصر «القاعدة» خطف"), within the clause ("الذين حاولوا التصدي
        // للمستوطنين، واعتقلت أربعة شبان": the attempt is the other clause's)
        var from = i, seen = 0
        while from > range.lowerBound, seen < 3, !isComma(from - 1) { from -= 1; if words[from].kind != .punctuation { seen += 1 } }
        // the matter of a charge, case or inquiry: "المتهم بقتل", "قضية خطف الشابين", "التحقيق في اغتيال"
        for j in from..<i where words[j].inClass(.legal) { return true }
        // attempted, intended, possible, feared: "حاولوا اغتيال", "يعتزم تنفيذ", "خشية وقوع هجمات"
        for j in from..<i where words[j].inClass(.modal) { return true }
        for j in from..<i where words[j].isClass(.conditional) && words[j].key != FunctionWords.an { return true }
        if inConditionalClause(i) { return true }
        // "قد" with a present verb is "may" ("قد تشن هجمات"); with a past verb it asserts ("وقد قتلت قوات الأمن")
        for j in from..<i where words[j].isClass(.qad) && j + 1 <= i && looksImperfective(j + 1) { return true }
        // أنْ, كي, لن with the subjunctive: "من المقرر أن ينظم المتظاهرون", "لكي يهاجموا"; but "قبل أن" narrates
        // what happened next ("قبل أن يطلق جندي النار عليه")
        if i > range.lowerBound, EventCoder.subjunctiveParticles.contains(words[i - 1].key), looksImperfective(i),
           !(i - 2 >= range.lowerBound && EventCoder.narrativeBefore.contains(words[i - 2].key)) { return true }
        // a call or warning as a noun or participle: "الداعين إلى تنظيم مظاهرات", "دعوات إلى الإضراب", "تحذير من هجمات"
        for j in from..<i {
            guard let cue = doc.reporting[j], cue.form != .verb else { continue }
            if cue.stance == .call || cue.stance == .warn { return true }
        }
        return false
    }

    /// "من" and its fused forms ("عمن" = عن من, "ممن" = من من) as the relative "who".
    static let auxiliaries: WordKeySet = ["تم", "قد", "كان", "كانت", "كانوا", "يتم"]
    static let relativeMan: WordKeySet = ["من", "ومن", "فمن", "عمن", "ممن", "لمن"]

    /// The word may be a finite event or support verb (not only a masdar or event noun).
    func hasFiniteCue(_ i: Int) -> Bool {
        !words[i].tanween && doc.cues[i].contains { !$0.nominal && ($0.kind == .verb || $0.kind == .light || $0.kind == .injure) }
    }

    /// A verb skeleton with a pronoun suffix after a preposition is a masdar with its possessive: "بعد أسبوعين
    /// من خطفه", "لدى خطفهم" name an act already known, they do not report one.
    func isPossessiveMasdar(_ i: Int) -> Bool {
        guard i > range.lowerBound, words[i - 1].isClass(.preposition) else { return false }
        var k = words[i].key
        if k.count > 3, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa { k = k.dropFirst() }
        for cue in doc.cues[i] where !cue.nominal {
            let lk = ArabicFold.key(cue.lemma)
            for suffix in EventLexicon.objectSuffixes where k.count == lk.count + suffix.count && k.hasPrefix(lk) && k.hasSuffix(suffix) { return true }
        }
        return false
    }

    /// "اضطهاد وتعذيب واغتصاب وقتل": the word closes a coordinated list that an event noun opened or continued,
    /// though the items between carry no cue of their own ("واغتصاب"); up to three items back. A word in the
    /// shape of a masdar opens such a list too ("أعمال اغتصاب ونهب وقتل").
    func listedAfterEventNoun(_ i: Int) -> Bool {
        var j = i - 1
        while j >= range.lowerBound, j >= i - 3, words[j].kind == .arabic {
            if doc.cues[j].contains(where: { $0.nominal || $0.kind == .noun }) { return true }
            if doc.actors.mentionAt[j] == nil, MasdarShape.isDerivedMasdar(words[j].key) { return true }
            // an item of the list: coordinated, no finite event word, not a name
            guard words[j].key.hasPrefix("و"), words[j].key.count > 3, doc.cues[j].isEmpty, doc.actors.mentionAt[j] == nil else { return false }
            j -= 1
        }
        return false
    }

    /// "تخريب محاصيلهم، وقتل أطفالهم، ومصادرة أراضيهم": an item of a list set off by commas, whose item before
    /// or after opens with a word in the shape of a masdar ("واعتماد", "ومصادرة"), is a masdar too.
    func listedBetweenMasdars(_ i: Int) -> Bool {
        guard i - 1 > range.lowerBound, isComma(i - 1) else { return false }
        func opensWithMasdar(_ j: Int) -> Bool {
            j < range.upperBound && words[j].kind == .arabic && words[j].key.first == EventLexicon.waw
                && doc.actors.mentionAt[j] == nil && MasdarShape.isDerivedMasdar(words[j].key)
        }
        var j = i + 1
        while j < range.upperBound, j <= i + 5, words[j].kind != .punctuation || isComma(j) {
            if isComma(j) { if opensWithMasdar(j + 1) { return true }; break }
            j += 1
        }
        j = i - 2
        while j >= range.lowerBound, j >= i - 9, words[j].kind != .punctuation || isComma(j) {
            if isComma(j) { return opensWithMasdar(j + 1) }
            j -= 1
        }
        return false
    }

    @inline(__always) func isComma(_ j: Int) -> Bool {
        words[j].kind == .punctuation && EventDocument.commas.contains(words[j].punct)
    }

    /// "كل الذين يقتلون العراقيين ويعذبونهم": a present verb coordinated with a background verb a few words
    /// before it, in the same clause, shares its subject and its reading.
    func continuesBackground(_ i: Int, after b: Int) -> Bool {
        guard b >= range.lowerBound, b < i, i - b <= 5, words[i].key.hasPrefix("و"), hasFiniteCue(i), looksImperfective(i) else { return false }
        return !(b + 1..<i).contains { words[$0].kind == .punctuation || isClauseBreak($0) }
    }

    /// A present verb right after "أنْ" ("بأن تنزع", "أن يوقف"): the prefix ي or ت on a word that names nobody.
    func subjunctiveVerb(at j: Int) -> Bool {
        guard j > range.lowerBound, words[j].kind == .arabic, words[j - 1].kind == .arabic,
              EventCoder.subjunctiveAn.contains(words[j - 1].key), let f = words[j].key.first, f == EventLexicon.ya || f == EventLexicon.ta,
              words[j].key.count >= 4, doc.actors.mentionAt[j] == nil, lexicon.headMatch(words, at: j) == nil else { return false }
        return true
    }
    static let subjunctiveAn: WordKeySet = ["ان", "بان"]

    /// A negation particle, alone or with و/ف ("ولم تتعرض", "فلا").
    func isNegationWord(_ j: Int) -> Bool {
        if words[j].isClass(.negation) { return true }
        let k = words[j].key
        guard k.count > 1, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa else { return false }
        return lexicon.isClass(.negation, k.dropFirst())
    }

    /// The attack words in their verbal sense: "شن هجوما لاذعا على", "هاجم الحكومة بشدة" — criticism, not
    /// force, when a word of speech or politics stands near and no weapon or casualty does.
    func isVerbalAttack(_ trigger: ClosedRange<Int>, _ cue: EventCue) -> Bool {
        guard cue.plover == "ASSAULT", EventCoder.verbalAttackLemmas.contains(cue.lemma) else { return false }
        let lo = max(range.lowerBound, trigger.lowerBound - 3), hi = min(range.upperBound, trigger.upperBound + 8)
        guard (lo..<hi).contains(where: { words[$0].inClass(.verbal) }) else { return false }
        for j in range where words[j].kind == .arabic {
            if words[j].inClass(.weapon) || words[j].inClass(.killed) || words[j].inClass(.injured) { return false }
        }
        return true
    }
    /// "مسيرة" as a course, not a march: "مسيرة السلام", "المسيرة السلمية" (the peace process), "مسيرة
    /// الإصلاح", "مسيرة التنمية", or someone's course ("مسيرته المهنية"). An indefinite "مسيرة سلمية" is a march.
    func isCourseNotMarch(_ i: Int) -> Bool {
        var b = words[i].key
        if b.count > 4, let f = b.first, f == EventLexicon.waw || f == EventLexicon.fa || f == EventLexicon.ba || f == EventLexicon.lam { b = b.dropFirst() }
        let definite = b.hasPrefix(EventLexicon.article)
        b = EventLexicon.stripArticle(b)
        if b.count > 5, b.hasPrefix("مسيرت") { return true }                  // مسيرته، مسيرتها، مسيرتهم
        guard b == "مسيرة" || b == "مسيره", i + 1 < range.upperBound, words[i + 1].kind == .arabic else { return false }
        let nextKey = words[i + 1].key
        guard nextKey.hasPrefix(EventLexicon.article) else { return false }
        let next = EventLexicon.stripArticle(nextKey)
        if EventCoder.processGenitives.contains(next) { return true }
        return definite && (next == "سلمية" || next == "سلميه")
    }
    static let processGenitives: WordKeySet = ["سلام", "تسوية", "تسويه", "اصلاح", "تنمية", "تنميه", "بناء", "ديمقراطية", "ديمقراطيه",
                                                 "مفاوضات", "تفاوض", "عمل", "حياة", "حياه", "مصالحة", "مصالحه"]

    static let attackVerbLemma = "هاجم"
    static let verbalAttackLemmas: Set<String> = ["هاجم", "هجوم", "هجمات", "هجمة", "ضربة", "ضربات", "استهدف"]

    /// Particles that put a present verb in the subjunctive: what follows is wanted or planned, not done.
    static let subjunctiveParticles: WordKeySet = ["ان", "لان", "كي", "لكي", "لن", "حتي"]
    /// "قبل" before أنْ: the subjunctive then tells the next step of a past story.
    static let narrativeBefore: WordKeySet = ["قبل", "وقبل", "قبيل"]
    /// "إذا كان واضحا أنهما قتلا، فلماذا …", "لو أن الجيش قصف المدينة": an act anywhere in the clause a
    /// condition opens (up to eight words back, no mark but quotes between) is supposed, not told. Not the
    /// concessive "وإذا كان الجيش قد قتل …، فإن …", which grants the act; nor the "إذا" of surprise ("فإذا بمسلحين").
    func inConditionalClause(_ i: Int) -> Bool {
        var j = i - 1, seen = 0
        while j >= range.lowerBound, seen < 8 {
            let w = words[j]
            if w.kind == .punctuation {
                guard ActorFinder.openingQuotes.contains(w.punct) || ActorFinder.closingQuotes.contains(w.punct) else { return false }
            } else {
                seen += 1
                if w.isClass(.conditional), w.key != FunctionWords.an, !EventCoder.questionWords.contains(w.key) {
                    if j + 1 < range.upperBound, words[j + 1].key.first == EventLexicon.ba { return false }
                    if (j + 1..<i).contains(where: { words[$0].isClass(.qad) }) { return false }
                    return true
                }
            }
            j -= 1
        }
        return false
    }
    static let questionWords: WordKeySet = ["هل"]


    /// A present-tense (imperfective) verb form: an event verb the lexicon conjugates only in the present,
    /// or a word with the present prefix ي ("يشن", "يتعرض"), which past forms do not take (ت and ن begin
    /// past forms too: "تظاهر", "نفذ").
    func looksImperfective(_ i: Int) -> Bool {
        let w = words[i]
        guard w.kind == .arabic else { return false }
        if lexicon.isImperfective(w.key) { return true }
        var k = w.key
        if k.count > 3, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa { k = k.dropFirst() }
        // a past form that opens with سي is no future prefix on a present ("سيطر", not س + "يطر")
        if k.count > 3, k.first == EventLexicon.sin, !lexicon.pastForms.contains(k) { k = k.dropFirst() }
        return k.count >= 3 && k.first == EventLexicon.ya && !lexicon.pastForms.contains(k)
    }

    /// "أدانت حكومة إقليم كردستان القصف", "ونددت الخارجية بالهجوم": a definite attack noun with no name or nisba
    /// after it is the attack told before; its doer is the source of the last attack of the previous six sentences
    /// that has one (not the accuser itself). Also the subject of an attack verb: "إن الغارات أصابت مصيفا".
    /// So are sanctions: "نددت الخارجية الإيرانية بالعقوبات" names who imposed them.
    func doerOfActToldBefore(at j: Int, besides accuser: Actor?) -> Actor? {
        let w = words[j]
        guard w.kind == .arabic, w.key.hasPrefix(EventLexicon.article) || w.key.hasPrefix(EventCoder.withArticle),
              let type = doc.cues[j].first(where: { ($0.nominal || $0.kind == .noun) && EventCoder.condemnedTypes.contains($0.plover) })?.plover,
              j + 1 >= range.upperBound || doc.actors.mentionAt[j + 1] == nil,
              let doer = type == "ASSAULT" ? doerOfAttackToldBefore() : doerOfLast(type), doer.name != accuser?.name,
              // (a state does not condemn its own forces' act; it does condemn its own rebels': "ودان رئيس الوزراء
              // الصومالي الهجوم" of al-Shabaab)
              doer.country == nil || doer.country != accuser?.country || doer.sector == .rebels else { return nil }
        return doer
    }

    /// The source of the last attack (not denied) told in the six sentences before this one that names one.
    /// Of several, the one with the largest toll (the raid that killed forty, not the strikes on the raiders after
    /// it), the last on a tie.
    func doerOfAttackToldBefore() -> Actor? {
        doc.events.largestToll { $0.type == "ASSAULT" && !$0.negated && $0.source != nil && $0.sentence < sentence && sentence - $0.sentence <= 6 }
            .map { doc.events[$0].source! }
    }
    /// The doer of the last act of `type` told in the six sentences before this one (or earlier in it).
    func doerOfLast(_ type: String) -> Actor? {
        doc.events.last { $0.type == type && !$0.negated && $0.source != nil && sentence - $0.sentence <= 6 }?.source
    }
    static let condemnedTypes: Set<String> = ["ASSAULT", "SANCTION"]
    static let withArticle: WordKey = "بال"
    static let expelLemma = "طرد"


    mutating func code(statementsFrom first: Int) -> ([Event], [Int?]) {
        var out: [Event] = []
        var claims: [Int?] = []
        var accused: [Int: Actor] = [:]      // statement index → whom it accuses
        // statements that are events themselves
        for n in first..<doc.statements.count {
            let st = doc.statements[n]
            // "وأعلنت حركة الشباب مسؤوليتها عن الهجوم": claiming responsibility for the attack told before names its
            // doer (as "تبنت الحركة الهجوم" does), and is no new act
            if st.stance == .assert, let c = st.content, let ci = contentHead(c), claimsResponsibility(at: ci),
               let k = doc.events.claimedAttack(before: sentence), st.speaker.country != nil || st.speaker.entity != nil {
                attributions.append((k, st.speaker))
                continue
            }
            let type: String
            switch st.stance {
            case .call: type = "REQUEST"
            case .accuse: type = "ACCUSE"
            case .warn:
                guard ["هدد", "توعد"].contains(doc.lexicon.reportingCue(ArabicFold.key(st.cue))?.lemma ?? "") else { continue }
                type = "THREATEN"
            default: continue
            }
            var target: Actor? = nil
            if let c = st.content, let ci = contentHead(c) {
                // ("واتهمت اللجنة في بيان قوات الدعم السريع": past the frame of the statement)
                var j = doc.skipInterjections(ci, range.upperBound)
                if j < range.upperBound, words[j].key == FunctionWords.min { j += 1 }
                // "طالب بأن تنزع حكومة السودان أسلحة الميليشيات": the subject of the verb after أنْ is whom the call is to
                // ("دعت إلى أن يوقف الجيش")
                if j + 2 < range.upperBound, words[j].key == FunctionWords.ila, words[j + 1].key == FunctionWords.an { j += 2 }
                if j + 1 < range.upperBound, subjunctiveVerb(at: j) { j += 1 }
                // "على محافظ المصرف المركزي، متهما إياه بتعطيل …": the detached object pronoun is the actor that ends
                // the clause before the participle's comma (none when that clause ends otherwise: "لا يؤمن بفرنسا
                // مارين لوبن، متهما إياها" names no actor the text knows last)
                if st.stance == .accuse, j < range.upperBound, EventCoder.detachedObjectPronouns.contains(words[j].key) {
                    target = wordIndex(at: st.start).flatMap { actorEndingClause(before: $0, besides: st.speaker) }?.actor
                }
                // "واتهمت الجيش": the army the article named before
                else if let t = doc.actors.governedPhrase(at: j, limit: range.upperBound) {
                    target = doc.resolveAnaphora(doc.resolvePossessive(t, referent: nil), range.upperBound).actor
                    // "وتوعد المتحدث بأن طهران "سترد"": the subject of the threatened act is the threatening side
                    if st.stance == .warn, willAct(after: t.end) { target = nil }
                }
                // "دانت الخارجية العدوان الإسرائيلي": the doer of the condemned act
                else if st.stance == .accuse, j < range.upperBound,
                        let doer = denouncedAct(at: words[j].kind == .punctuation && EventCoder.quoteMarks.contains(words[j].punct) ? j + 1 : j) {
                    target = doer
                }
                // "كما أدانت حكومة الإقليم القصف": the act told before, and its doer
                else if st.stance == .accuse, j < range.upperBound, let doer = doerOfActToldBefore(at: j, besides: st.speaker) {
                    target = doer
                }
                // "هدد وزير الدفاع بإعادة لبنان إلى العصر الحجري", "توعد بسحق الحوثيين": the threatened act's object,
                // after its masdar in بـ
                else if st.stance == .warn, j + 1 < range.upperBound, words[j].kind == .arabic, words[j].key.first == EventLexicon.ba,
                        words[j].key.count > 3, !EventDocument.thatKeys.contains(words[j].key),
                        let t = doc.actors.phrase(at: j + 1, limit: range.upperBound), t.actor.country != nil || t.actor.entity != nil {
                    target = doc.resolveAnaphora(t, range.upperBound).actor
                }
            }
            // "وحملتها المسؤولية", "واتهمها بـ": the accused is the object pronoun on the verb, the last actor the
            // sentence named before it (not the speaker)
            if st.stance == .accuse, target == nil, let ci = wordIndex(at: st.start), hasObjectPronoun(verb: ci),
               let t = lastActor(before: ci, besides: st.speaker) {
                target = t.actor
            }
            if st.stance == .accuse, let t = target { accused[n] = t }
            out.append(Event(type: type, negated: false, source: st.speaker, target: target, date: nearestDate(st.start)?.date,
                             datePrecision: nearestDate(st.start)?.precision, claimedBy: st.speaker, sentence: sentence,
                             start: st.start, end: st.end, confidence: target == nil ? 0.6 : 0.7))
            claims.append(n)
        }
        var consumed = Set<Int>()
        var nominalListEnd = -2           // the last word read as a noun of a coordinated list
        var backgroundVerb = -10          // the last finite event verb read as a habit, a generality or background
        var i = range.lowerBound
        while i < range.upperBound {
            defer { i += 1 }
            let w = words[i]
            guard w.kind == .arabic, !consumed.contains(i), doc.actors.mentionAt[i] == nil else { continue }
            var cues = doc.cues[i]
            if w.tanween { cues = cues.filter { $0.nominal || $0.kind == .noun } }
            // "من قتل وذبح وخطف": a bare form coordinated with an event noun is a noun too, and so is the next
            // one of the list
            // ("وقتلت" has a verb's ending: never a noun)
            // ("أسفر عن مقتل 6 أشخاص وجرح آخرين": after a toll masdar and its count, too)
            if i > range.lowerBound, w.key.hasPrefix("و"), cues.contains(where: { ArabicFold.key($0.lemma) == w.key.dropFirst() }),
               nominalListEnd == i - 1 || listedAfterEventNoun(i) || afterTollMasdar(i) || listedBetweenMasdars(i) {
                cues = cues.filter { $0.nominal || $0.kind == .noun }
                nominalListEnd = i
            }
            // "مقتل شاب بولندي طعنا بسكين": after a toll, a masdar in the accusative tells how they died; it is no
            // past dual verb
            guard !cues.isEmpty else { continue }
            if isMannerMasdar(i) {
                cues = cues.filter { $0.nominal || $0.kind == .noun }
                guard !cues.isEmpty else { continue }
            }
            // (a reply by an act is the act: "ردت إيران بهجوم صاروخي")
            if w.reportingWord, cues.allSatisfy({ $0.kind != .verb || $0.nominal }),
               !cues.contains(where: { $0.kind == .light && !$0.nominal && $0.lemma == EventCoder.replyLemma }) { continue }
            if isModal(i) || isFuture(i) || afterCeasefire(i) || isPossessiveMasdar(i) { continue }
            if isBackground(i) || continuesBackground(i, after: backgroundVerb) {
                if hasFiniteCue(i) { backgroundVerb = i }
                continue
            }
            if cues.allSatisfy({ $0.nominal || $0.kind == .noun }), isSubjectOfKana(i) { continue }
            // "يفيد بان هجوما بالقنبلة سينفذ": an event noun whose support verb after it is future was only planned
            if cues.allSatisfy({ $0.nominal || $0.kind == .noun }), plannedBySupport(after: i) { continue }
            var cue = cues[0]
            var trigger = i...i
            // a support verb takes the type of its event noun: "شنت هجمات", "تعرضت لإطلاق نار"
            if cues.contains(where: { $0.kind == .light }) {
                // a support masdar alone ("يعتزم تنفيذ عملية") is not a performed act; a finite support verb is
                guard cues.contains(where: { $0.kind == .light && !$0.nominal }),
                      isVerbPosition(i, cues.first { $0.kind == .light && !$0.nominal }!) else { continue }
                if let light = cues.first(where: { $0.kind == .light && !$0.nominal }), EventCoder.gatheringVerbs.contains(light.lemma),
                   let (_, next) = doc.numbers.read(words, at: doc.skipInterjections(i + 1, range.upperBound)),
                   next < range.upperBound, words[next].key == FunctionWords.min || doc.actors.phrase(at: next, limit: range.upperBound) != nil
                    || chanting(after: next) {
                    cue = EventCue(kind: .verb, lemma: light.lemma, plover: "PROTEST", mode: "demo", cameo: "141", needsWeapon: false, nominal: false)
                } else if let (n, nounCue) = governedNoun(after: i),
                          // (a verb of sending or giving supports aid only: "يقدم استقالته عقب تعرضه لهجوم" is no attack)
                          nounCue.plover == "AID" || !cues.contains(where: { $0.kind == .light && EventCoder.givingLemmas.contains($0.lemma) }) {
                    // "أسفر الزلزال عن مقتل 20", "خلف الحريق عشرة قتلى": the support verb's subject, a disaster, took the toll
                    let subject = doc.skipInterjections(i + 1, n)
                    if nounCue.plover == "ASSAULT", subject < n, words[subject].kind == .arabic, words[subject].inClass(.disaster) { continue }
                    cue = nounCue; trigger = i...n; consumed.insert(n)
                    for k in (i + 1)...n { consumed.insert(k) }
                } else if let v = cues.first(where: { $0.kind == .verb && !$0.nominal }) {
                    cue = v
                } else { continue }
            } else if cue.kind == .verb, !cue.nominal, EventCoder.blockingLemmas.contains(cue.lemma) || EventCoder.riotingLemmas.contains(cue.lemma),
                      let definite = protestersAfter(i) {
                // "أغلق مئات المحتجين مداخل حقل الرميلة", "قطع متظاهرون الطريق": protesters closing a place or a
                // road obstruct it (PLOVER PROTEST, mode obstruct); the closing verb is theirs, no state's restriction.
                // "أحرق محتجون إطارات", "رشق متظاهرون الشرطة بالحجارة": protesters burning or stoning riot.
                // The protesters told before ("واغلق المتظاهرون الطريق") go on with the protest already coded.
                if definite { continue }
                let riot = EventCoder.riotingLemmas.contains(cue.lemma)
                cue = EventCue(kind: .verb, lemma: cue.lemma, plover: "PROTEST", mode: riot ? "riot" : "obstruct", cameo: riot ? "145" : "144",
                               needsWeapon: cue.needsWeapon, nominal: false)
            } else if cue.kind == .noun || cue.nominal, !EventCoder.participantLemmas.contains(cue.lemma), cue.plover == "PROTEST",
                      i + 1 < range.upperBound, words[i + 1].key.count > 4, words[i + 1].key.hasSuffix("ها"),
                      lexicon.eventCues(words[i + 1].key.dropLast(2)).contains(where: { $0.kind == .light && !$0.nominal }) {
                // "مظاهرة نظمها حزب البعث": the support verb after the noun resumes it, its subject organised it
                trigger = i...(i + 1)
                consumed.insert(i + 1)
            } else if cue.kind == .noun || cue.nominal || !isVerbPosition(i, cue) {
                // an event noun stands alone only as what a statement reports: "أفادت مواقع بإغلاق …"
                guard cue.kind == .noun || cue.nominal || cues.contains(where: { $0.nominal }) else { continue }
                guard reportedNominal(i), !(EventLexicon.nounKeys(w.key).last.map(FunctionWords.generalEventNouns.contains) ?? false) else { continue }
                if let n = cues.first(where: { $0.nominal }) { cue = n }
            }
            // (near the noun a support verb governs: "فرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع")
            if cue.needsWeapon, !weaponNear(i), !weaponNear(trigger.upperBound) { continue }
            // "أصيب بمرض", "يصابون بحالات خوف": an illness or a state, not a wound
            if cues.contains(where: { $0.kind == .injure }), isAilment(after: i) { continue }
            if cue.plover == "PROTEST", isCourseNotMarch(trigger.upperBound) { continue }
            // "إن مسيّرة إسرائيلية استهدفت": a drone, not a march
            if cue.plover == "PROTEST", (trigger.lowerBound..<min(range.upperBound, trigger.upperBound + 1)).contains(where: isDrone) { continue }
            if cue.plover.isEmpty { continue }
            // a present-tense verb tells a habit, a generality or a plan ("يقوم عناصر الوحدة باختطاف المدنيين",
            // "الذين يقتلون العراقيين"), unless its subject stands before it as in a headline or a report of
            // what is going on ("أذربيجان تشن عملية", "أنها تشن")
            // ("قبل أن يطلق جندي النار" tells the next step of the story)
            if hasFiniteCue(i), looksImperfective(i), doc.subjectBefore(i, range) == nil, complementizerPronoun(before: i) == nil,
               !(i - 2 >= range.lowerBound && words[i - 1].key == FunctionWords.an && EventCoder.narrativeBefore.contains(words[i - 2].key)) {
                backgroundVerb = i
                continue
            }
            if isVerbalAttack(trigger, cue) { continue }
            // "قضت محكمة بإعدام ثلاثة متهمين": the sentence is the court's legal action (the verb's event), no killing
            if cue.plover == "ASSAULT", words[i].inClass(.punishment), sentencedBy(before: i) { continue }
            // "احتجت مصر رسميا لدى إيران": a diplomatic protest is a complaint (ACCUSE), not a demonstration
            if cue.plover == "PROTEST", cue.lemma == "احتج", !cue.nominal,
               (i + 1..<min(range.upperBound, i + 6)).contains(where: { words[$0].inClass(.diplomatic) }) {
                cue = EventCue(kind: .verb, lemma: cue.lemma, plover: "ACCUSE", mode: "disapprove", cameo: "111", needsWeapon: false, nominal: false)
            }
            // "طردت النيجر السفير الفرنسي": expelling a state's envoy is a diplomatic sanction (CAMEO 166), not a
            // deportation
            if cue.lemma == EventCoder.expelLemma, !cue.nominal, (i + 1..<min(range.upperBound, i + 7)).contains(where: { words[$0].inClass(.envoy) }) {
                cue = EventCue(kind: .verb, lemma: cue.lemma, plover: "SANCTION", mode: "expel", cameo: "166", needsWeapon: false, nominal: false)
            }
            // "استقبلت المستشفيات 15 مصابا", "قسم الطوارئ استقبل": a hospital receives the wounded; it holds no meeting
            if cue.plover == "CONSULT", cue.lemma == "استقبل",
               (max(range.lowerBound, i - 3)..<min(range.upperBound, i + 3)).contains(where: { words[$0].inClass(.hospital) }) { continue }
            let reported = (cue.kind == .noun || cue.nominal) && trigger.count == 1
            guard var ev = buildEvent(cue: cue, trigger: trigger, reported: reported) else { continue }
            // "استدعت سفيرها للتشاور", "استدعى سفراء بيونغيانغ": a state that summons its own envoys recalls them;
            // only another state's envoy, summoned, is a protest
            if cue.requiredNear == .envoy, ev.target?.country == nil || ev.target?.country == ev.source?.country { continue }
            // "وهاجمت لوبان ماكرون": one person attacking another, with no weapon, wound or death in the sentence, is
            // criticism (as "هاجم الوزير بشدة" is)
            if ev.type == "ASSAULT", cue.lemma == EventCoder.attackVerbLemma, !cue.nominal,
               ev.source.map({ $0.entity?.hasPrefix("person:") == true }) ?? true, ev.target?.entity?.hasPrefix("person:") == true,
               !sentenceTellsViolence {
                continue
            }
            // "شن رئيس الحزب … وليد جنبلاط هجوماً عنيفاً على «حزب الله»": an office holder launching an "attack", with no
            // weapon, wound or death in the sentence, is criticism too (a state's or an army's is not)
            if ev.type == "ASSAULT", trigger.count > 1, ev.source.map({ !EventCoder.armedSectors.contains($0.sector ?? .unknown) }) == true,
               ev.source?.entity.map({ $0.hasPrefix("iso3166:") || $0.hasPrefix("geonames:") }) != true,
               i + 1 < range.upperBound, let (h, _) = lexicon.headMatch(words, at: doc.skipInterjections(i + 1, range.upperBound)), h.kind == .person,
               !sentenceTellsViolence {
                continue
            }
            // "فوجّه ضربة للرئيس نجاد": a blow dealt to an office holder by no armed party, with no weapon, wound or
            // death in the sentence, is a figure of speech (a political defeat)
            // (a blow or an attack, not a killing: "شاركا في اغتيال شرطي" is one)
            if ev.type == "ASSAULT", trigger.count > 1, EventCoder.blowLemmas.contains(cue.lemma),
               ev.source.map({ !EventCoder.armedSectors.contains($0.sector ?? .unknown) }) ?? true,
               trigger.upperBound + 1 < range.upperBound, let (h, _) = lexicon.headMatch(words, at: trigger.upperBound + 1), h.kind == .person,
               !EventCoder.armedSectors.contains(h.sector),
               !sentenceTellsViolence {
                continue
            }
            // "منع" and "حظر" are also their own masdars, listed among measures ("وقف الرحلات ومنع السفر", "منعها من
            // البث"): a prevention or a ban naming neither who imposes it nor on whom is no act told
            // ("فرضت السلطات حظر التجول", "منع التجول": a ban of movement is a curfew, told of a place)
            if ev.type == "COERCE", EventCoder.banLemmas.contains(cue.lemma), trigger.upperBound + 1 < range.upperBound,
               words[trigger.upperBound + 1].inClass(.movement) { ev.mode = "curfew" }
            else if EventCoder.banLemmas.contains(cue.lemma), ev.source == nil, ev.target == nil { continue }
            // "ألقى محتجون مقذوفات على الشرطة وأحرقوا سيارات": protesters named before a verb of burning or stoning,
            // its subject, riot; the protesters told before ("إن المتظاهرين رشقوا الجيش بالحجارة") go on with the
            // protest already coded, as they do when they block a road
            if ev.type == "ASSAULT", !cue.nominal, EventCoder.riotingLemmas.contains(cue.lemma), let p = protestersBefore(i),
               ev.source == nil || ev.source?.text == p.actor.text {
                if words[p.start].key.hasPrefix(EventLexicon.article) { continue }
                ev.type = "PROTEST"; ev.mode = "riot"; ev.source = p.actor
            }
            let claim = statementFor(i)
            if let c = claim { ev.claimedBy = doc.statements[c].speaker }
            // "وأكد مصدر في شرطة البصرة اعتقال 12 متظاهرا": an arrest the police or the army tell as a masdar, naming
            // no one who made it, is theirs
            // "مسلحين … احتجزوا سائقيها": gunmen of no named group arrest no one; they seize people (PLOVER ASSAULT
            // abduct: "combatants captured … rather than COERCE arrest")
            if ev.type == "COERCE", ev.mode == "arrest", let s = ev.source, s.sector == .rebels, s.unnamedDoer {
                ev.type = "ASSAULT"; ev.mode = "abduct"
            }
            // "اعتقل الشاب", "اعتقلت الفتاة": people of no office or force named after an arrest verb are the
            // arrested (the passive, written as the active), not who arrested them
            if ev.type == "COERCE", ev.mode == "arrest", ev.target == nil, let s = ev.source, s.sector == .civilians, s.entity == nil,
               !cue.nominal, words[i].key.last != EventLexicon.alef {
                ev.target = s; ev.source = nil
            }
            if ev.type == "COERCE", ev.mode == "arrest", ev.source == nil, cue.nominal || cue.kind == .noun, let sp = ev.claimedBy,
               sp.sector == .police || sp.sector == .military { ev.source = sp }
            // "واتهمت الجيش بقصف أحياء سكنية": the act an accusation names was done, by its claim, by the accused
            if ev.source == nil, let c = claim, let who = accused[c] { ev.source = who }
            // "قال الجيش الإسرائيلي إن جنديا أصيب": an army's or police's soldier or policeman of no stated country,
            // hurt in its own statement, is its own
            if ev.type == "ASSAULT", let t = ev.target, t.country == nil, t.entity == nil, let sector = t.sector,
               sector == .military || sector == .police, let speaker = ev.claimedBy, let country = speaker.country,
               speaker.sector == sector, ev.source?.country != country {
                ev.target?.country = country
            }
            // a judgement noun ("عدوان") reported by another party is its accusation, not a coded attack
            if let c = claim, EventCoder.accusationNouns.contains(EventLexicon.stripArticle(ArabicFold.key(cue.lemma))) || trigger.contains(where: { EventLexicon.nounKeys(words[$0].key).contains(where: EventCoder.accusationNouns.contains) }),
               let speaker = doc.statements[c].speaker.country, ev.source?.country != speaker, ev.type == "ASSAULT" {
                ev = Event(type: "ACCUSE", mode: "allege", source: doc.statements[c].speaker, target: ev.source, date: ev.date,
                           datePrecision: ev.datePrecision, claimedBy: doc.statements[c].speaker, sentence: sentence,
                           start: ev.start, end: ev.end, confidence: 0.6)
            }
            // a killing verb with its own victim ("قتل حارس", "قتل شخص") is an act of its own
            let ownVictim = trigger.count == 1 && !cue.nominal && cue.kind == .verb
                && (EventCoder.victimVerbs.contains(cue.lemma) || EventCoder.passiveLemmas.contains(cue.lemma))
            // "استشهد ثلاثة شبان وأصيب خمسة … برصاص قوات الاحتلال": the toll's second verb found the doer the
            // first could not reach; it is one act
            if let k = out.indices.suffix(8).first(where: { out[$0].type == ev.type && out[$0].source == nil && ev.source != nil
                && out[$0].target != nil && out[$0].target?.name == ev.target?.name && out[$0].fatalities == ev.fatalities
                && out[$0].injured == ev.injured && (out[$0].mode == "abduct") == (ev.mode == "abduct") }) {
                out[k].source = ev.source
                continue
            }
            // "شن الطيران الإسرائيلي سلسلة غارات استهدفت مبنى …": the verb describing the raids names the target
            // the attack already took, and no doer; it is the same act
            if ev.source == nil, let t = ev.target?.text, let k = out.indices.suffix(8).first(where: {
                out[$0].type == ev.type && out[$0].source != nil && out[$0].target?.text == t }) {
                out[k].absorb(ev)
                continue
            }
            // the same act told twice in a clause; the last few events are compared, not all (a page with no
            // punctuation is one "sentence" with thousands of events)
            if let dup = out.indices.suffix(8).first(where: { out[$0].type == ev.type && out[$0].target?.country == ev.target?.country && out[$0].claimedBy?.country == ev.claimedBy?.country && EventCoder.sameActor(out[$0].source, ev.source)
                // (two killings of different victims are two acts: "قتل حارس …، في حين قتل شخص"; the wounded of
                // the same act are counted with it: "قتل حارس وأصيب سبعة")
                && (!ownVictim || out[$0].target == nil || ev.target == nil || out[$0].target?.name == ev.target?.name)
                // (kidnapping and then killing the same people are two acts: "خطفوا عشرين سائحا … وأعدم اثنان منهم")
                && ((out[$0].mode == "abduct") == (ev.mode == "abduct")) }) {
                out[dup].absorb(ev)
                continue
            }
            out.append(ev)
            claims.append(claim)
        }
        if !out.contains(where: { $0.type == "ASSAULT" }), let ev = casualtyEvent() {
            out.append(ev.0); claims.append(ev.1)
        }
        return (out, claims)
    }

    /// One actor read twice, perhaps by two readers that name it differently ("United States aircraft" by its
    /// head, "United States (طائرات أمريكية)" as a weapon's owner): the same state and sector, and the same
    /// name, words or entity. Two missing actors are the same too.
    static func sameActor(_ a: Actor?, _ b: Actor?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        if a.country == b.country && a.sector == b.sector
            && (a.name == b.name || (a.text != nil && a.text == b.text) || (a.entity != nil && a.entity == b.entity)) { return true }
        // "مسيرة إسرائيلية" (a drone, military) and "إسرائيلية" (its nisba, read by the agent of the next verb):
        // one state's actor, one reading's words inside the other's, one of them with no sector
        guard a.country != nil, a.country == b.country, a.sector == nil || b.sector == nil, let x = a.text, let y = b.text else { return false }
        return x.contains(y) || y.contains(x)
    }

    /// "مقتل 15 شخصا في هجوم انتحاري", "لقي 26 شخصا حتفهم في انفجار سيارة مفخخة": a concrete toll with an
    /// attack noun or a weapon in the sentence is an attack, even with no attack verb.
    /// An attack noun that can be a toll's cause ("غارة", "قصف", "انفجار" with its weapon): not a toll word itself
    /// ("مقتل", "مصرع") nor an operation of no stated kind ("عملية").
    func namesAttack(_ j: Int) -> Bool {
        doc.cues[j].contains { $0.plover == "ASSAULT" && ($0.nominal || $0.kind == .noun) && !EventCoder.tollLemmas.contains($0.lemma)
            && (!$0.needsWeapon || weaponNear(j)) }
    }
    static let tollLemmas: Set<String> = ["عملية", "عمليات", "مقتل", "مصرع"]

    mutating func casualtyEvent() -> (Event, Int?)? {
        let (f, inj) = casualties()
        guard f != nil || inj != nil else { return nil }
        var cause: Int? = nil
        for j in range where words[j].kind == .arabic {
            if words[j].inClass(.weapon) { cause = cause ?? j; continue }
            if namesAttack(j) { cause = j; break }
        }
        // "ارتفعت حصيلة الاشتباكات التي اندلعت بين جهاز الردع واللواء 444 إلى 55 قتيلا": clashes between two
        // named sides took the toll, as ACLED codes a battle
        var sides: (FoundActor, FoundActor)? = nil
        if cause == nil, let j = range.first(where: { words[$0].kind == .arabic && words[$0].inClass(.clash) }),
           let s = clashSides(near: j) { cause = j; sides = s }
        guard let c = cause, !isModal(c), !isBackground(c), !isDisasterToll(c...c),
              // ("قضت محكمة بإعدام ثلاثة متهمين بقتل ضابط": a sentence, and the charge, are no toll)
              !(words[c].inClass(.punishment) && sentencedBy(before: c)) else { return nil }
        var ev = Event(type: "ASSAULT", mode: weaponMode(), negated: false, source: (agent(after: c, referent: nil) ?? resumingAgent(after: c - 1, type: "ASSAULT") ?? meansOwner() ?? dispersingForce(near: c))?.actor, target: victims()?.actor, sentence: sentence,
                       start: words[c].start, end: words[c].end, confidence: 0.6)
        ev.fatalities = f; ev.injured = inj
        if let (a, b) = sides { ev.source = a.actor; ev.target = b.actor }
        let place = placeMention(near: c)
        ev.location = location(place)
        localizeActors(&ev, place: place)
        if ev.target == nil { ev.target = tollTarget(ev, place: place, near: c) }
        if let d = nearestDate(words[c].start) {
            if isHistorical(d) { return nil }
            ev.date = d.date; ev.datePrecision = d.precision
        }
        let claim = statementFor(c)
        if let cl = claim { ev.claimedBy = doc.statements[cl].speaker }
        return (ev, claim)
    }

    func wordIndex(at offset: Int) -> Int? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi { let m = (lo + hi) / 2; if words[m].start < offset { lo = m + 1 } else { hi = m } }
        return lo < range.upperBound ? lo : nil
    }

    func isFuture(_ i: Int) -> Bool {
        let k = words[i].key
        let base = k.first == EventLexicon.waw || k.first == EventLexicon.fa ? k.dropFirst() : k
        if base.first == EventLexicon.sin, base.count > 3, base[1] == EventLexicon.ya || base[1] == EventLexicon.ta || base[1] == EventLexicon.nun,
           lexicon.events[base] == nil { return true }
        if i > range.lowerBound, words[i - 1].key == FunctionWords.sawfa || words[i - 1].key == FunctionWords.wasawfa { return true }
        return false
    }

    /// "وأسفرت الغارات عن مقتل شخصين": an attack noun with the article as the subject of a verb of result, its
    /// doer unnamed, is the attack the article told before (`doerOfAttackToldBefore`); its doer is that attack's
    /// (not any definite attack word near the trigger: "أطلقوا النار" resumes nothing).
    func resumedAttackSource(near trigger: ClosedRange<Int>) -> Actor? {
        let lo = max(range.lowerBound, trigger.lowerBound - 3), hi = min(range.upperBound, trigger.upperBound + 2)
        let definite = (lo..<hi).contains { j in
            j > range.lowerBound && words[j].kind == .arabic
                && EventCoder.resultVerbs.contains(words[j - 1].key)
                && doc.cues[j].contains { $0.plover == "ASSAULT" && ($0.nominal || $0.kind == .noun) }
                && words[j].key.hasPrefix(EventLexicon.article)
        }
        guard definite else { return nil }
        return doerOfAttackToldBefore()
    }

    /// Verbs that stop things and arrest people: an arrest only with people as their object.
    static let stopLemmas: Set<String> = ["أوقف"]
    /// Reporting verbs by which a party announces its own acts ("أعلن").
    static let claimingLemmas: WordKeySet = ["اعلن"]
    /// Sectors that carry out attacks: their announcement of one is a claim of it.
    static let armedSectors: Set<Sector> = [.military, .police, .rebels]

    /// Verbs of result whose subject is an act: "أسفر الهجوم عن", "أدى القصف إلى", "خلف الانفجار" (as written).
    static let resultVerbs: WordKeySet = ["اسفر", "واسفر", "اسفرت", "واسفرت", "ادى", "وادى", "ادت", "وادت", "خلف", "وخلف", "خلفت", "وخلفت"]

    /// A future support verb within three words after an event noun, in its clause: "هجوما بالقنبلة سينفذ".
    func plannedBySupport(after i: Int) -> Bool {
        var j = i + 1
        while j < range.upperBound, j <= i + 3, words[j].kind != .punctuation {
            if isFuture(j), doc.cues[j].contains(where: { $0.kind == .light && !$0.nominal }) { return true }
            j += 1
        }
        return false
    }

    func isNegated(_ i: Int) -> Bool {
        for j in max(range.lowerBound, i - 2)..<i where isNegationWord(j) {
            // "ما" also introduces a relative clause ("ما وصفته"): negation only right before a verb
            if words[j].key == "ما" && j != i - 1 { continue }
            return true
        }
        return false
    }

    func afterCeasefire(_ i: Int) -> Bool {
        for j in max(range.lowerBound, i - 3)..<i where words[j].inClass(.ceasefire) { return true }
        return false
    }

    /// The PLOVER ASSAULT mode the sentence's weapons tell ("سيارة مفخخة" → explosives, "انتحاري" →
    /// suicide-attack, "قذائف" → heavy-weapons, "غارة" → aerial, "رصاص" → firearms); a suicide attack wins.
    /// The words a per-event scan reads: the sentence, or sixty words either side of the trigger when one is
    /// given — the same for any real sentence, and linear work on a page with no punctuation.
    func window(_ i: Int?) -> Range<Int> {
        guard let i else { return range }
        return max(range.lowerBound, i - 60)..<min(range.upperBound, i + 60)
    }

    func weaponMode(near i: Int? = nil) -> String? {
        var mode: String? = nil
        var seized = -100          // the last word of seizing or finding: weapons within five words after it were not used
        for j in window(i) where words[j].kind == .arabic {
            if words[j].inClass(.seizure) { seized = j; continue }
            // a drone strike is PLOVER's "drone", not "aerial" ("غارة نفذتها مسيّرة", "طائرة مسيرة")
            if isDrone(j), j - seized > 5 { if mode == nil || mode == "aerial" { mode = "drone" }; continue }
            if mode == "drone", lexicon.value(.weapon, words[j]) == "aerial" { continue }
            guard let m = lexicon.value(.weapon, words[j]), !m.isEmpty, j - seized > 5 else { continue }
            if m == "suicide-attack" || m == "crowd-control" { return m }     // "قنابل مسيلة للدموع" are no bombs
            if mode == nil { mode = m }
        }
        return mode
    }

    func weaponNear(_ i: Int) -> Bool {
        for j in max(range.lowerBound, i - 4)..<min(range.upperBound, i + 5) where j != i && (words[j].inClass(.weapon) || isDrone(j)) { return true }
        return false
    }

    /// "مسيّرة" names a drone or a march. It is the drone when a word around it says so: "طائرة" before it;
    /// a word only a drone takes after it ("انتحارية", "هجومية", "معادية"); بـ with an attack just before
    /// ("هاجموا سفينة بمسيّرات"); an attack verb right before it, whose subject it is or whose noun it resumes
    /// ("استهدفت مسيّرة إسرائيلية سيارة", "غارة نفذتها مسيّرة"), not a verb of dispersing a march; or a state's
    /// nisba then an attack verb ("مسيّرة إسرائيلية استهدفت"). "خرجت مسيرة فلسطينية" stays a march.
    func isDrone(_ j: Int) -> Bool {
        guard words[j].inClass(.drone) else { return false }
        let lo = range.lowerBound, hi = range.upperBound
        if j > lo, lexicon.value(.weapon, words[j - 1]) == "aerial", !words[j - 1].inClass(.drone) { return true }
        if j + 1 < hi, words[j + 1].inClass(.droneSign) || words[j + 1].inClass(.weapon) && lexicon.value(.weapon, words[j + 1]) != "" { return true }
        let attack = { (k: Int) in doc.cues[k].contains { $0.plover == "ASSAULT" || $0.kind == .light && EventCoder.attackerSupportVerbs.contains($0.lemma) } }
        if words[j].key.first == EventLexicon.ba, (max(lo, j - 4)..<j).contains(where: attack) { return true }
        if j > lo, !words[j - 1].inClass(.drone), attack(j - 1) || resumesWithPronoun(words[j - 1].key, attackOnly: true) { return true }
        if j + 2 < hi, let m = doc.actors.mentionAt[j + 1], doc.actors.layer.mentions[m].form == .nisba,
           ((j + 2)..<min(hi, j + 4)).contains(where: { doc.cues[$0].contains { $0.plover == "ASSAULT" && $0.kind == .verb && !$0.nominal } }) { return true }
        return false
    }

    /// Nouns that introduce a quoted proper name: حركة "فتح", تنظيم «القاعدة», عملية «الرصاص المصبوب».
    static let namingNouns: WordKeySet = ["حركة", "حركه", "تنظيم", "جماعة", "جماعه", "حزب", "جبهة", "جبهه", "منظمة", "منظمه", "كتائب",
                                            "الوية", "قناة", "قناه", "صحيفة", "صحيفه", "وكالة", "وكاله", "موقع", "عملية", "عمليه", "تيار", "ائتلاف"]

    static let dispersalVerbs: Set<String> = ["فرق"]
    /// Support verbs of an attack noun, whose subject is the attacker: "غارة نفذتها مسيّرة", "شنت مسيّرة هجوما".
    static let attackerSupportVerbs: Set<String> = ["شن", "نفذ", "أطلق", "وجه"]

    /// The بـ complement of an injury verb, past its subject, names an illness or a state: "أصيب الرئيس بجلطة",
    /// "أصيب عشرات التلاميذ بحالات تسمم" (not "بجروح", "برصاص").
    func isAilment(after i: Int) -> Bool {
        var j = i + 1
        while j < range.upperBound, j <= i + 5, words[j].kind != .punctuation {
            if words[j].key.hasPrefix("ب") || words[j].key.hasPrefix("وب") { return words[j].inClass(.ailment) }
            j += 1
        }
        return false
    }

    static let replyLemma = "رد"
    static let lightPrepositions: [String: WordKey] = ["قام": "ب", "أسفر": "عن", "نجا": "من", "توصل": "الى", "رد": "ب"]
    static let quoteMarks: Set<Unicode.Scalar> = ["“", "”", "\"", "«", "»", "(", ")"]

    /// The event noun a support verb governs within the next few words (through a chain of support masdars).
    func governedNoun(after i: Int) -> (Int, EventCue)? {
        let gathering = doc.cues[i].contains { $0.kind == .light && EventCoder.gatheringVerbs.contains($0.lemma) }
        // "قام … بتسليم", "أسفرت … عن مقتل": these verbs govern their act through a preposition; a noun without it
        // is their subject or a circumstance ("وأسفرت المظاهرات … عن مواجهات", "قام ممثل … في نهاية المظاهرة")
        let preposition = doc.cues[i].first { $0.kind == .light && !$0.nominal }.flatMap { EventCoder.lightPrepositions[$0.lemma] }
        let j = i + 1
        // a verb that governs its act through a preposition may have a longer subject between ("قام عدد من جنود
        // «المارينز» بقتل"): the preposition keeps the search from taking an unrelated noun
        // (and a signing: "ووقعت الحكومة اليمنية وجماعة الحوثيين في مسقط اتفاقا", two parties and a place)
        let signing = doc.cues[i].contains { $0.kind == .light && !$0.nominal && $0.lemma == "وقع" }
        let reach = preposition == nil && !signing ? 6 : 8
        // (the search, from a word and a count of steps already taken)
        func scan(_ j0: Int, _ steps0: Int) -> (Int, EventCue)? {
            var j = j0, steps = steps0
            while j < range.upperBound, steps < reach {
                let w = words[j]
                if w.kind == .punctuation {
                    // a time between commas ("شن الطيران، مساء الأربعاء، سلسلة غارات") is passed over whole
                    if w.punct == "،" || w.punct == ",", let past = timeBetweenCommas(j) { j = past; steps += 1; continue }
                    // and so is what the subject is ("وتبنت "المقاومة الإسلامية في العراق"، وهي تحالف فصائل …، الهجوم")
                    if w.punct == "،" || w.punct == ",", let past = pronounApposition(j) { j = past; steps += 1; continue }
                    // quotes and brackets around a name between the verb and its noun ("قام عدد من جنود «المارينز» بقتل")
                    // are not words of the phrase, and take no step; any other mark ends the search
                    guard EventCoder.quoteMarks.contains(w.punct) else { return nil }
                    j += 1; continue
                }
                if w.kind == .arabic {
                    let c = doc.cues[j]
                    if let n = c.first(where: { ($0.kind == .noun || $0.nominal) && !$0.plover.isEmpty }) {
                        // the doers between a support verb and its noun: "قام المتظاهرون بإزاحة", "تعرض المتظاهرون
                        // لإطلاق النار"; only a gathering verb makes them the event ("احتشد متظاهرون")
                        if EventCoder.participantLemmas.contains(n.lemma), !gathering { j += 1; steps += 1; continue }
                        // a noun inside the subject's name is no act: "وشنت طائرات الاحتلال غارات"
                        // ("وشن طيران الاحتلال الإسرائيلي غارة": the occupation a head governs)
                        if j > i + 1, let (_, end) = lexicon.headMatch(words, at: j - 1), end > j { j += 1; steps += 1; continue }
                        if j > i + 1, w.inClass(.occupation), let a = doc.actors.phrase(at: j - 1, limit: range.upperBound), a.end > j {
                            j += 1; steps += 1; continue
                        }
                        // (through an attempt: "نجا من محاولة اغتيال")
                        let governed = preposition.map { p in
                            p == "ب" ? w.key.hasPrefix(p) || w.key.hasPrefix("وب")
                                : (j > i + 1 && words[j - 1].key == p) || (j > i + 2 && words[j - 1].isClass(.modal) && words[j - 2].key == p)
                        } ?? true
                        // ("تخرج الولايات المتحدة من اتفاقية باريس": leaving an agreement is none; a signing reaches past
                        // its parties only to an agreement)
                        let leaving = n.plover == "AGREE" && j > i + 1 && words[j - 1].key == FunctionWords.min
                        if governed, !leaving, !signing || steps < 6 || n.plover == "AGREE" { return (j, n) }
                        j += 1; steps += 1; continue
                    }
                    // "وجهت لهم اتهامات بالتجمهر": a charge of the act, not the act
                    if w.inClass(.legal) { return nil }
                    if c.contains(where: { $0.kind == .light }) { j += 1; steps += 1; continue }
                    if w.isClass(.complementizer) || w.reportingWord { return nil }
                    if !c.isEmpty { return nil }
                }
                j += 1; steps += 1
            }
            return nil
        }
        if let found = scan(j, 0) { return found }
        // a long subject takes one step: "وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم" (tried
        // only when the plain search found nothing)
        guard !signing, j < range.upperBound, let a = doc.actors.phrase(at: j, limit: range.upperBound), a.end - j > 3, a.end < range.upperBound,
              !(j..<a.end).contains(where: { k in doc.cues[k].contains { ($0.kind == .noun || $0.nominal) && !$0.plover.isEmpty } }) else { return nil }
        return scan(a.end, 1)
    }

    /// "خطف مسلحون يُعتقد أنهم من عصابات قطاع الطرق أكثر من 280 تلميذا": a clause of belief about the doers
    /// ("يعتقد/يشتبه/يرجح أنهم من" and a phrase) stands between them and the object; the index after it, or `j`.
    func pastBeliefClause(_ j: Int) -> Int {
        guard j + 2 < range.upperBound, EventCoder.beliefVerbs.contains(words[j].key),
              EventCoder.pronounComplementizers.contains(words[j + 1].key) else { return j }
        var k = j + 2
        if words[k].key == FunctionWords.min { k += 1 }
        guard let a = doc.actors.phrase(at: k, limit: range.upperBound) else { return j }
        return a.end
    }
    /// "أحد عناصر الشرطة", "إحدى الممرضات": one of the people the phrase at `j` names.
    func oneOf(before j: Int) -> Bool {
        j > range.lowerBound && EventCoder.oneOfKeys.contains(words[j - 1].key)
    }
    static let oneOfKeys: WordKeySet = ["احد", "احدي"]
    static let beliefVerbs: WordKeySet = ["يعتقد", "يشتبه", "يرجح", "يظن", "يقال"]

    /// "، مساء الأربعاء،": the index past the closing comma when every word between the commas (one to four)
    /// is part of a date or a time of day.
    func timeBetweenCommas(_ c: Int) -> Int? {
        var j = c + 1
        while j < range.upperBound, j <= c + 5 {
            let w = words[j]
            if w.kind == .punctuation { return j > c + 1 && (w.punct == "،" || w.punct == ",") ? j + 1 : nil }
            guard doc.actors.inDate[j] || w.isClass(.daytime) || lexicon.value(.weekday, w) != nil || lexicon.value(.relday, w) != nil
            else { return nil }
            j += 1
        }
        return nil
    }

    /// "، وهي تحالف فصائل مسلحة موالية لإيران،": what the phrase before is, set off by commas and opened by a
    /// pronoun; the index past the closing comma.
    func pronounApposition(_ c: Int) -> Int? {
        guard c + 2 < range.upperBound, EventCoder.appositivePronouns.contains(words[c + 1].key) else { return nil }
        var j = c + 2
        while j < range.upperBound, j <= c + 14 {
            let w = words[j]
            if w.kind == .punctuation {
                if w.punct == "،" || w.punct == "," { return j > c + 2 ? j + 1 : nil }
                guard EventCoder.quoteMarks.contains(w.punct) else { return nil }
            } else if w.reportingWord || w.isClass(.complementizer) { return nil }
            j += 1
        }
        return nil
    }
    static let appositivePronouns: WordKeySet = ["وهي", "وهو", "وهم", "وهما"]

    /// An event noun right after a reporting statement's speaker, introduced by بـ or عن.
    func reportedNominal(_ i: Int) -> Bool {
        let k = words[i].key
        guard let s = doc.statementContaining(i), let c = doc.statements[s].content else { return false }
        // what is condemned is the act the condemnation names, not news of it: "الحكومة تدين التفجيرات" (an
        // accusation's act is: "اتهمت الجماعة الجيش بقصف قرى" is the shelling as the accuser claims it)
        // (nor what a description names or calls it: "ووصفت الشرطة الهجوم بالإرهابي", "ما وصفه بالعملية المدروسة")
        if let lemma = lexicon.reportingCue(ArabicFold.key(doc.statements[s].cue))?.lemmaKey,
           (doc.statements[s].stance == .accuse && EventCoder.condemnLemmas.contains(lemma)) || lemma == EventCoder.describeLemma { return false }
        // ("أعلنت الجماعة مساء أمس الأحد استهداف سفينة": the saying's time stands before its object)
        let head = contentHead(c).map { words[$0].start } ?? c.start
        if words[i].start == head {
            // the object of the saying ("أعلنت الشرطة مقتل ثلاثة"), not the subject of a clause after إن/أن
            // ("أشارت المصادر إلى أن الهجوم أسفر عن …", "أكدت السلطات أن الهجوم ليس إرهابيا": the clause tells or
            // describes the act), unless the clause's verb tells that it happened ("إن مظاهرة عنيفة اندلعت", "أن
            // الهجوم وقع") or resumes it with its doer ("بأن الهجوم نفّذه مسلحون")
            var p = i - 1
            while p > range.lowerBound, words[p].kind == .punctuation, ActorFinder.openingQuotes.contains(words[p].punct) { p -= 1 }
            if p >= range.lowerBound, words[p].isClass(.complementizer) || EventCoder.pronounComplementizers.contains(words[p].key) {
                return (i + 1..<min(range.upperBound, i + 4)).contains { j in
                    words[j].kind == .arabic && (resumesWithPronoun(words[j].key) || doc.cues[j].contains { $0.kind == .light && !$0.nominal })
                }
            }
            return !subjectOfEventVerb(i)
        }
        guard k.hasPrefix("ب") || (i > range.lowerBound && words[i - 1].key == "عن") else { return false }
        if words[i].start == head || (i > range.lowerBound && words[i - 1].start == head) { return true }
        // the act after the accused, however many words name it: "اتهمت أوكرانيا القوات الروسية بقصف مبنى"
        guard doc.statements[s].stance == .accuse, let h = contentHead(c), h < i,
              let accused = doc.actors.governedPhrase(at: h, limit: range.upperBound) else { return false }
        return accused.end == i
    }

    /// The first word of a statement's content past an opening quote and a time adjunct that opens it ("مساء أمس الأحد",
    /// "اليوم الثلاثاء"): where its object begins.
    func contentHead(_ c: Span) -> Int? {
        guard var j = wordIndex(at: c.start) else { return nil }
        let first = j
        // (and the commas around it: "أعلنت الوزارة، أمس الخميس، فرض عقوبات")
        while j < range.upperBound, words[j].start < c.end,
              (words[j].kind == .punctuation && (EventDocument.clauseMarks.contains(words[j].punct) || EventCoder.quoteMarks.contains(words[j].punct)))
                || (words[j].kind == .arabic && (doc.actors.inDate[j] || words[j].isClass(.daytime) || lexicon.value(.weekday, words[j]) != nil
                    || lexicon.value(.relday, words[j]) != nil)) { j += 1 }
        return j < range.upperBound && words[j].start < c.end ? j : first
    }

    /// One to three nouns between a complementizer and the verb at `i`, no act or saying among them but a drone
    /// or a weapon, or a weapon or an attack noun right before it: the verb's subject ("إن طائرة مسيرة استهدفت",
    /// "أن صاروخا أصاب", "سيارة مفخخة استهدفت").
    func subjectNounBeforeVerb(_ i: Int, attack: Bool) -> Bool {
        // ("هجوم بسيارة مفخخة استهدفت قاعدة عسكرية", "الغارة استهدفت": a weapon or an attack right before an attack
        // verb is its subject wherever the clause begins)
        func attackNoun(_ j: Int) -> Bool {
            doc.cues[j].contains(where: { ($0.nominal || $0.kind == .noun) && $0.plover == "ASSAULT" && $0.kind != .injure })
        }
        if attack, i > range.lowerBound, words[i - 1].kind == .arabic,
           words[i - 1].inClass(.weapon) || isDrone(i - 1) || attackNoun(i - 1) { return true }
        // (and with one word qualifying it: "هجوم صاروخي استهدف", "هجوم انتحاري استهدف")
        if attack, i - 1 > range.lowerBound, words[i - 1].kind == .arabic, words[i - 2].kind == .arabic, attackNoun(i - 2),
           doc.cues[i - 1].isEmpty, !words[i - 1].isClass(.preposition) { return true }
        var j = i - 1
        while j >= range.lowerBound, j >= i - 4 {
            let w = words[j]
            guard w.kind == .arabic, !w.reportingWord else { return false }
            if w.isClass(.complementizer) { return j < i - 1 }
            // (an attack with its adjective: "إن هجوما صاروخيا استهدف")
            guard !w.eventWord || isDrone(j) || w.inClass(.weapon) || (attack && attackNoun(j)) else { return false }
            j -= 1
        }
        return false
    }

    /// "قالت القيادة إن الغارة قتلت ثلاثة مسلحين": the event noun (with its adjectives and nisba) is the subject
    /// of the attack verb after it, which tells the act; the noun is not reported as one of its own.
    func subjectOfEventVerb(_ i: Int) -> Bool {
        var j = i + 1
        while j < range.upperBound, j <= i + 3, words[j].kind == .arabic, doc.cues[j].isEmpty,
              doc.actors.mentionAt[j] == nil || doc.actors.layer.mentions[doc.actors.mentionAt[j]!].form == .nisba { j += 1 }
        guard j < range.upperBound, words[j].kind == .arabic, !words[j].tanween,
              let verb = doc.cues[j].first(where: { $0.kind == .verb && !$0.nominal && $0.plover == "ASSAULT" }) else { return false }
        return isVerbPosition(j, verb)
    }

    func referent(_ i: Int) -> FoundActor? {
        if let s = statementFor(i) {
            let sp = doc.statements[s].speaker
            return FoundActor(actor: sp, start: i, end: i, label: nil)
        }
        return doc.lastSpeaker ?? doc.history.last
    }

    /// `reported`: an event noun reported by a statement ("أفادت مواقع بإغلاق …"): its agent is not the speaker.
    /// The verb of saying at `i` carries an object pronoun ("وحملتها", "واتهمه"): a verb form (not a masdar's
    /// possessive, "إدانتها"), and not "اتهم"/"يتهم" itself, whose last letters are those of "هم".
    func hasObjectPronoun(verb i: Int) -> Bool {
        guard let cue = lexicon.reportingCue(words[i].key), cue.form == .verb else { return false }
        // (after a preposition it is a masdar, "عبرت عن إدانتها"; after a relative, its pronoun is the antecedent's,
        // which may stand far before: "كولن رجل الدين المقيم في الولايات المتحدة والذي تتهمه أنقرة")
        if i > range.lowerBound, words[i - 1].isClass(.preposition) || words[i - 1].key == FunctionWords.aan
            || words[i - 1].isClass(.relative) || words[i - 1].inClass(.relative) { return false }
        var k = words[i].key
        if k.count > 3, let f = k.first, f == EventLexicon.waw || f == EventLexicon.fa { k = k.dropFirst() }
        if EventCoder.bareAccuseForms.contains(k) { return false }
        return EventDocument.hasObjectPronoun(k)
    }
    /// A verb of sentencing (CAMEO 173: "قضت", "حكمت") within eight words before `i` in the clause.
    func sentencedBy(before i: Int) -> Bool {
        var k = i - 1
        while k >= range.lowerBound, k >= i - 8, !(words[k].kind == .punctuation && words[k].punct == ".") {
            if doc.cues[k].contains(where: { $0.cameo == EventCoder.sentenceCameo && !$0.nominal }) { return true }
            k -= 1
        }
        return false
    }
    static let sentenceCameo = "173"

    /// The crowd after "لتفريق"/"لفض" or "على" within eight words of `j` in the clause ("الغاز المسيل للدموع لتفريق آلاف
    /// المحتجين").
    func crowdTarget(after j: Int) -> FoundActor? {
        var k = j
        while k < range.upperBound, k < j + 8, words[k].kind != .punctuation || EventCoder.quoteMarks.contains(words[k].punct) {
            if k + 1 < range.upperBound, EventCoder.dispersalWords.contains(words[k].key) || EventDocument.onKeys.contains(words[k].key),
               let a = countedPhrase(at: k + 1) ?? doc.countedPeople(at: k + 1, limit: range.upperBound) { return a }
            k += 1
        }
        return nil
    }
    static let dispersalWords: WordKeySet = ["لتفريق", "لتفرقة", "لفض", "تفريق"]

    /// "مسؤوليتها عن الهجوم", "المسؤولية عن التفجير": a claim of responsibility for a definite attack noun (within
    /// two words after "عن": "عن تنفيذ الهجوم").
    func claimsResponsibility(at i: Int) -> Bool {
        guard i + 2 < range.upperBound, EventCoder.claimedResponsibilityKeys.contains(words[i].key), words[i + 1].key == FunctionWords.aan else { return false }
        return (i + 2..<min(range.upperBound, i + 4)).contains { j in
            words[j].key.hasPrefix(EventLexicon.article) && doc.cues[j].contains { ($0.nominal || $0.kind == .noun) && $0.plover == "ASSAULT" }
        }
    }
    /// The responsibility one claims, with its owner's pronoun ("مسؤوليتها"); `EventDocument.responsibilityKeys` is
    /// the responsibility one is held to ("حملته المسؤولية").
    static let claimedResponsibilityKeys: WordKeySet = ["مسؤولية", "المسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "مسؤوليتهما"]
    static let bareAccuseForms: WordKeySet = ["اتهم", "يتهم", "تتهم", "نتهم"]
    /// "إياه", "إياها", "إياهم": the object pronoun written apart ("متهما إياه بـ").
    static let detachedObjectPronouns: WordKeySet = ["اياه", "اياها", "اياهم", "اياهما", "اياهن"]

    /// The last actor phrase of the sentence that ends before word `i` and is not `speaker`'s ("… تصنيف الجماعة منظمة
    /// إرهابية، وحملتها": the group).
    func lastActor(before i: Int, besides speaker: Actor) -> FoundActor? {
        var k = i - 1
        while k >= range.lowerBound {
            // (one the text knows, by its state or its entity: "منظمة إرهابية", what the group is called, is none)
            // (nor a place behind a preposition: "المقيم في الولايات المتحدة والذي تتهمه أنقرة")
            if var p = doc.actors.phrase(at: k, limit: i), p.end <= i, !(k > range.lowerBound && words[k - 1].isClass(.preposition)) {
                // (the whole phrase, not its last words: "محافظ المصرف المركزي الليبي", not "المركزي الليبي")
                for b in stride(from: k - 1, through: max(range.lowerBound, k - 3), by: -1) {
                    if let q = doc.actors.phrase(at: b, limit: i), q.end >= p.end { p = q }
                }
                let a = doc.resolveAnaphora(p, range.upperBound)
                if a.actor.name != speaker.name, a.actor.country != nil || a.actor.entity != nil { return a }
            }
            k -= 1
        }
        return nil
    }

    /// The actor phrase that ends right at the comma before word `i` (the participle of a circumstantial clause),
    /// the longest such, known by its state or entity and not `speaker`.
    func actorEndingClause(before i: Int, besides speaker: Actor) -> FoundActor? {
        var c = i - 1
        if c >= range.lowerBound, words[c].kind == .arabic, words[c].key == "و" { c -= 1 }
        guard c > range.lowerBound, words[c].kind == .punctuation, EventDocument.commas.contains(words[c].punct) else { return nil }
        var best: FoundActor? = nil
        for b in stride(from: c - 1, through: max(range.lowerBound, c - 6), by: -1) {
            guard words[b].kind != .punctuation else { break }
            if let p = doc.actors.phrase(at: b, limit: c), p.end == c { best = p }
        }
        guard let p = best else { return nil }
        let a = doc.resolveAnaphora(p, range.upperBound)
        return a.actor.name != speaker.name && (a.actor.country != nil || a.actor.entity != nil) ? a : nil
    }

    /// An object after the subject ending at `k` (past commas and a time): an actor phrase, a place's name or a
    /// place noun, not behind a preposition.
    func hasObject(after k: Int) -> Bool {
        let o = doc.skipInterjections(k, range.upperBound)
        // (a phrase behind و is coordinated with the one before, no object: "عددا من النساء والأطفال")
        guard o < range.upperBound, words[o].kind == .arabic, !words[o].isClass(.preposition) else { return false }
        if words[o].key.first == EventLexicon.waw, lexicon.heads[words[o].key] == nil,
           doc.actors.mentionAt[o].map({ doc.actors.layer.mentions[$0].start > words[o].start }) ?? true { return false }
        return doc.actors.phrase(at: o, limit: range.upperBound) != nil || doc.actors.isPlaceName(at: o) || words[o].inClass(.territory)
            || words[o].inClass(.road)
    }

    /// The party of the ties a state breaks: the actor after "مع" that follows the relations word, with at
    /// most two adjectives between ("علاقاتها الدبلوماسية مع إيران", "قطع العلاقات مع قطر").
    func relationsPartner(after i: Int) -> FoundActor? {
        let hi = range.upperBound
        guard let r = (i + 1..<min(hi, i + 7)).first(where: { words[$0].inClass(.relations) }) else { return nil }
        var k = r + 1
        while k < min(hi, r + 3), words[k].key != EventCoder.withKey {
            guard words[k].kind == .arabic, !words[k].eventWord, doc.actors.mentionAt[k] == nil else { return nil }
            k += 1
        }
        guard k + 1 < hi, words[k].key == EventCoder.withKey else { return nil }
        return doc.actors.phrase(at: k + 1, limit: hi)
    }
    static let withKey: WordKey = "مع"

    mutating func buildEvent(cue: EventCue, trigger: ClosedRange<Int>, reported: Bool = false) -> Event? {
        let i = trigger.lowerBound
        if EventCoder.takingLemmas.contains(cue.lemma), !cue.nominal, !takesTerritory(after: i) { return nil }
        // "ورفض الاتحاد الأوروبي التعليق": declining to comment (CAMEO 012, a public statement) rejects nothing
        if cue.plover == "REJECT", !cue.nominal,
           (i + 1..<min(range.upperBound, i + 6)).prefix(while: { words[$0].kind != .punctuation }).contains(where: { EventCoder.commentWords.contains(words[$0].key) }) {
            return nil
        }
        // read once: it decides the roles and, for a killing, the toll of its subject
        let passive = isPassiveKilling(i, cue)
        var source: FoundActor? = nil
        var target: FoundActor? = nil
        var after = trigger.upperBound + 1
        // the event noun's adjectives are not its doer: "هجوما مسلحا", "هجوم انتحاري", "غارة جوية"
        if doc.cues[trigger.upperBound].contains(where: { $0.nominal || $0.kind == .noun }) {
            let noun = words[trigger.upperBound].key
            while after < range.upperBound, after <= trigger.upperBound + 2, words[after].kind == .arabic, doc.actors.mentionAt[after] == nil {
                let k = words[after].key
                let agrees = (noun.last == EventLexicon.alef && k.last == EventLexicon.alef && !k.hasPrefix(EventLexicon.article))
                    || (!doc.actors.namesPeople(k) && noun.hasPrefix(EventLexicon.article) == k.hasPrefix(EventLexicon.article)
                        && lexicon.headMatch(words, at: after) == nil)      // "مقتل جندي أفغاني": a noun in ـي, not an adjective
                // ("الاعتداء على المدرسين": a preposition begins the object, it is no adjective)
                guard agrees, !words[after].isClass(.preposition), doc.cues[after].isEmpty, doc.numbers.read(words, at: after) == nil else { break }
                after += 1
            }
        }
        // "فرقت الشرطة مظاهرة": who disperses a protest did not protest (but fired the gas of "فرقت الشرطة
        // المحتجين بالغاز": a dispersal by force is the police's act)
        let dispersal = trigger.count > 1 && cue.plover == "PROTEST" && doc.cues[i].contains { $0.kind == .light && !$0.nominal && EventCoder.dispersalVerbs.contains($0.lemma) }
        // "أطلقت الشرطة الفرنسية النار": the subject stands between a support verb and its noun
        // "وشهدت بغداد اغتيال …": the place or time that witnessed an act did not do it
        let witnessed = trigger.count > 1 && doc.cues[i].contains { $0.kind == .light && !$0.nominal && $0.lemma == "شهد" }
        if trigger.count > 1, !dispersal, !witnessed {
            let k = doc.skipInterjections(i + 1, trigger.upperBound)
            if let a = doc.actors.phrase(at: k, limit: trigger.upperBound)
                ?? (k < trigger.upperBound && doc.numbers.read(words, at: k) != nil ? countedPhrase(at: k, limit: trigger.upperBound) : nil) {
                source = doc.resolvePossessive(a, referent: referent(i))
            }
        }
        let ref = referent(i)
        let injure = cue.kind == .injure || doc.cues[i].contains { $0.kind == .injure }
        // subject before the verb: "أنها شنت", "أذربيجان تشن", "قواتها وجهت"
        if source == nil, let pronounSubject = complementizerPronoun(before: i) {
            source = pronounSubject ? ref : nil
        }
        if source == nil, !reported, !witnessed, let before = doc.subjectBefore(i, range) ?? quotedSubject(before: i) {
            source = doc.resolvePossessive(before, referent: ref)
        }
        if injure {
            // a reported masdar names its victim after it: "أعلن الجيش إصابة جندي إسرائيلي" (not the army)
            if reported, source == nil, let v = countedPhrase(at: doc.skipInterjections(after, range.upperBound)) {
                target = doc.resolvePossessive(v, referent: ref)
            }
            // the one who suffers is the subject: "اثنين من جنودها أصيبا", "مواقعها تعرضت"
            target = target ?? source ?? victimBefore(i, referent: ref)
            // a passive or intransitive injury verb's subject may follow it: "أصيب خمسة مدنيين", "جرح وزير الدفاع"
            if target == nil, doc.cues[i].contains(where: { $0.kind == .injure && $0.lemma != "أصاب" }) { target = countedPhrase(at: doc.skipInterjections(after, range.upperBound)) }
            // active "أصاب" (hit): verb, subject, object — "أصابت قذيفة مواقع عسكرية", "أصاب صاروخ اسرائيلي السيارة"
            var hitter: FoundActor? = nil
            if target == nil, source == nil, doc.cues[i].contains(where: { $0.kind == .injure && $0.lemma == "أصاب" }), !words[i].tanween {
                let j = doc.skipInterjections(after, range.upperBound)
                if let a = doc.actors.phrase(at: j, limit: range.upperBound) {
                    hitter = doc.resolvePossessive(a, referent: ref)
                    target = objectActor(from: a.end, referent: ref)
                } else if j < range.upperBound, words[j].inClass(.weapon) {
                    var k = j + 1      // past the weapon's adjectives and nisba: "صاروخ إسرائيلي", "قذيفة هاون"
                    while k < range.upperBound, k < j + 3, words[k].kind == .arabic, !doc.actors.namesPeople(words[k].key) || doc.actors.mentionAt[k] != nil,
                          !doc.actors.isBoundary(k) || doc.actors.mentionAt[k] != nil { k += 1 }
                    target = objectActor(from: k, referent: ref)
                }
            }
            source = hitter ?? agent(after: after, referent: ref)
        } else {
            // "تظاهر الاف الاسرائيليين", "اعتصم عشرات المواطنين": a protest's counted doers follow the verb
            if source == nil, !reported, cue.plover == "PROTEST" {
                var j = doc.skipInterjections(after, range.upperBound)
                let counted = j
                if doc.numbers.read(words, at: j) != nil {
                    j = doc.numbers.read(words, at: j)!.1
                    if j < range.upperBound, words[j].key == FunctionWords.min { j += 1 }
                }
                if let a = doc.actors.phrase(at: j, limit: range.upperBound) { source = a; after = a.end }
                // "وتظاهر المئات في مدينة طرطوس": a count alone is the crowd, people of the place
                else if j > counted, j == range.upperBound || words[j].kind == .punctuation || doc.actors.isBoundary(j) || words[j].isClass(.preposition) {
                    let t = doc.text(words[counted].start..<words[j - 1].end)
                    source = FoundActor(actor: Actor(name: "protesters", sector: .civilians, text: t), start: counted, end: j, label: nil)
                    after = j
                }
            }
            // "شهد الشهر اغتيال عميد الكلية": an event noun in the construct state (no article, no tanween) governs
            // its patient, which is not the doer ("أطلق النار مسلحون": a definite noun does not, and the doer follows)
            let nounGovernsPatient = trigger.count > 1 && cue.plover == "ASSAULT" && after == trigger.upperBound + 1
                && isConstructNoun(trigger.upperBound)
            if source == nil, !reported, !nounGovernsPatient {
                let j = doc.skipInterjections(after, range.upperBound)
                let k = words[i].key
                // "… وهاجمت قواتها": a coordinated verb shares the subject of the sentence's previous event,
                // and a possessed or unnamed phrase after it is its object
                // ("ثم أطلقت النار": ثم coordinates as و does)
                let coordinated = k.hasPrefix("و") || k.hasPrefix("ف") || (i > range.lowerBound && words[i - 1].key == "ثم")
                // "والتقى نظيره الإيراني", "واستقبل نظيرته": a counterpart is the other party of whoever the verb's
                // pronoun is, never its subject
                let next = doc.actors.phrase(at: j, limit: range.upperBound)
                // "إن طائرة مسيرة استهدفت سفينة تجارية": the verb's subject stands between the complementizer and
                // the verb (a weapon, no actor); the phrase after the verb is its object
                let subjectBeforeVerb = !coordinated && subjectNounBeforeVerb(i, attack: cue.plover == "ASSAULT")
                if subjectBeforeVerb {
                    // (no subject after the verb: the object is read below)
                } else if let a = next, a.label == "counterpart" {
                    source = previousSource ?? doc.sentenceSubject(before: i, range, agreeingWith: k, cue.lemma) ?? firstActor(before: i)
                        ?? (coordinated ? doc.lastSpeaker : nil)
                } else if coordinated, let prev = previousSource,
                   let a = next, a.possessive || a.actor.entity == nil && a.actor.country == nil {
                    source = prev
                } else if !EventCoder.hasPluralSubjectSuffix(k, lemma: cue.lemma), var a = next, !isIndefiniteAccusative(a.start),
                   !(EventLexicon.isFeminineVerb(k, lemma: cue.lemma) && a.mayNotFollowFeminineVerb(words, doc.actors.layer, doc.actors.mentionAt, personNames: false)),
                   !(EventLexicon.isMasculineVerb(k, lemma: cue.lemma) && a.isFeminineName(doc.actors.layer, doc.actors.mentionAt)) {
                    a = doc.resolvePossessive(a, referent: ref)
                    if numberAt(j) == nil { source = a; after = a.end }
                } else if next == nil, cue.lemma != "قتل", trigger.count == 1, !cue.nominal,
                          let counted = doc.countedPeople(at: j, limit: range.upperBound), hasObject(after: counted.end) {
                    // "هاجم عشرات المستوطنين، مساء أمس، القرية": a vague count of people after the verb, with the
                    // verb's object after it, is its subject ("فاعتقلت العشرات من المواطنين" counts the object)
                    source = counted; after = counted.end
                } else if coordinated, let prev = previousSource {
                    source = prev
                } else if coordinated, !EventCoder.hasPluralSubjectSuffix(k, lemma: cue.lemma), let s = clauseSubject(before: i),
                          !(EventLexicon.isFeminineVerb(k, lemma: cue.lemma) && s.mayNotFollowFeminineVerb(words, doc.actors.layer, doc.actors.mentionAt, personNames: false)) {
                    // "أن قوات الاحتلال وصلت إلى القرية، وأطلقت قنابل الغاز …، واعتقلت": a verb coordinated in the
                    // clause of a complementizer shares that clause's subject, though its first verb is no act
                    source = s
                } else if coordinated, EventCoder.hasPluralSubjectSuffix(k, lemma: cue.lemma), let s = subjectOfPluralVerb(before: i) {
                    // "إن مندسين أحرقوا إطارات وهاجموا القوات": the subject of the plural verb before, in SVO
                    source = s
                }
            }
            // passive: "تعرضت … من قبل X"; "قتل 18 شخصا", "جنديين عراقيين قتلا بانفجار عبوة" (killed, not killers)
            if passive || (!cue.nominal && cue.kind != .noun && trigger.count == 1 && agentMarkerFollows(trigger.upperBound + 1)) {
                // "قتل وجرح سبعة عشر سائحا": the count follows a coordinated injury verb
                var v = doc.skipInterjections(i + 1, range.upperBound)
                // (not when the killed stand right before the verb: "إن امرأة قتلت وأصيب أربعة أشخاص" — the four
                // are the wounded, the woman the killed)
                if v < range.upperBound, doc.cues[v].contains(where: { $0.kind == .injure }),
                   (source ?? victimBefore(i, referent: ref)).map({ $0.end != i }) ?? true {
                    v = doc.skipInterjections(v + 1, range.upperBound)
                }
                // (a coordinated verb may have taken the sentence's doers as its subject: "وخطف مسلحون عشرة عمال
                // … وقتل ثلاثة منهم" — the count after the verb is still who was killed, by those doers)
                // ("واقتحم مسلحون القرية وقتل ثلاثة آخرون": a count that names no one is still not the doers)
                var shared: FoundActor? = nil
                if let (n, _) = doc.numbers.read(words, at: v), case .number = n, source == nil || source!.start < i,
                   let counted = countedPhrase(at: v) {
                    shared = source
                    target = doc.resolvePossessive(counted, referent: ref)
                } else if let (n, _) = doc.numbers.read(words, at: v), case .number = n, let s = source, s.start < i {
                    shared = s
                    target = nil
                } else {
                    target = source ?? victimBefore(i, referent: ref)
                }
                source = agent(after: trigger.upperBound + 1, referent: ref) ?? shared
            } else if trigger.count > 1, doc.cues[i].contains(where: { $0.lemma == "تعرض" }) {
                target = source ?? victimBefore(i, referent: ref)
                source = agent(after: after, referent: ref)
            } else if trigger.count > 1, let s = source, s.start > i, s.end < trigger.upperBound, words[trigger.upperBound].key.hasPrefix("ب"),
                      let o = doc.actors.phrase(at: s.end, limit: trigger.upperBound), o.end == trigger.upperBound {
                // "فرقت الشرطة المحتجين بالغاز": the noun after بـ is the means; the phrase between the subject
                // and it is the object
                target = doc.resolvePossessive(o, referent: ref)
            } else if cue.plover == "PROTEST" {
                target = objectActor(from: after, referent: ref, prepositionalOnly: true) ?? protestAddressee(after: trigger.upperBound + 1)
                    ?? chantTarget(after: trigger.upperBound + 1)
            } else {
                target = objectActor(from: pastBeliefClause(after), referent: ref)
                // "اتفقا على تشكيل لجنة": what is agreed on or discussed is the matter, not a party ("اتفق مع")
                if cue.plover == "AGREE" || cue.plover == "CONSULT", let t = target, t.start > after,
                   (after..<t.start).contains(where: { EventCoder.matterPrepositions.contains(words[$0].key) }) { target = nil }
            }
            // "طهران والرياض اتفقتا", "وقع البلدان": two parties coordinated before a reciprocal act are its two sides
            if EventCoder.reciprocalTypes.contains(cue.plover), target == nil, let s = source, s.end <= i,
               let (first, second) = coordinatedPair(endingAt: s) { source = first; target = second }
            // "ووقعت الحكومة اليمنية وجماعة الحوثيين … اتفاقا": the second of two subjects after the verb
            if EventCoder.reciprocalTypes.contains(cue.plover), target == nil, let s = source, s.start > i, s.end < range.upperBound,
               words[s.end].key.hasPrefix("و"), let b = doc.actors.phrase(at: s.end, limit: range.upperBound),
               b.actor.entity != s.actor.entity || b.actor.text != s.actor.text { target = b }
            // "واتفقت مصر مع السودان على …", "بحث مع نظيره": the other party after مع
            if EventCoder.reciprocalTypes.contains(cue.plover), target == nil,
               after < range.upperBound, let m = (after..<min(range.upperBound, after + 4)).first(where: { words[$0].key == EventCoder.with }),
               let a = doc.actors.phrase(at: m + 1, limit: range.upperBound) { target = doc.resolvePossessive(a, referent: ref) }
        }
        // "اختطفوا فتح ومن بعدها السلطة", "اختطف القرار اللبناني": a movement, a state or an office cannot be
        // carried off — seizing it is a figure of speech; its members can ("خطفوا عنصرين من حماس")
        // ("13 إثيوبياً": a counted name in ـيا is the accusative nisba, people)
        if cue.mode == "abduct", let t = target, let m = doc.actors.mentionAt[t.start], doc.actors.layer.mentions[m].form == .name,
           !words[t.start].tanween, !(max(range.lowerBound, t.start - 2)..<t.start).contains(where: { doc.numbers.read(words, at: $0) != nil }),
           [.group, .organization, .country].contains(doc.actors.layer.entities[doc.actors.layer.mentions[m].entity].type) { return nil }
        // "صاروخ إسرائيلي أصاب السيارة", "ضربة جوية أميركية أدت إلى مقتل": the means names its user
        if source == nil, cue.plover == "ASSAULT", let a = meansOwner(near: i) { source = a }
        // "أعلن الجيش قتل ثلاثة مسلحين", "أعلنت الجماعة استهداف سفينة", "أعلنت الشرطة اعتقال شاب": an armed party
        // announcing an attack or an arrest (the masdar of its verb, the object of its announcing) claims its own
        // act; a toll noun it announces ("أعلنت الشرطة مقتل ثلاثة") and what others announce name no doer
        // (and a government or an international body announcing sanctions or a break of ties imposes them: "أعلنت
        // وزارة الخزانة الأمريكية فرض عقوبات", "أعلنت ليبيا قطع علاقاتها مع قطر")
        let imposed = cue.mode == "restrict" || cue.plover == "SANCTION" || cue.requiredNear == .relations
        if source == nil, reported || imposed, cue.plover == "ASSAULT" || cue.plover == "COERCE" || imposed,
           (cue.kind == .verb && cue.nominal) || imposed,
           let s = statementFor(i),
           EventCoder.claimingLemmas.contains(lexicon.reportingCue(ArabicFold.key(doc.statements[s].cue))?.lemmaKey ?? ""),
           let sector = doc.statements[s].speaker.sector,
           EventCoder.armedSectors.contains(sector) || (imposed && (sector == .government || sector == .international)),
           let c = doc.statements[s].content, contentHead(c) == i { source = referent(i) }
        // "فرقت قوات مكافحة الشغب المحتجين مستخدمة الرصاص الحي وقنابل الغاز": who dispersed the crowd used the force
        if source == nil, cue.plover == "ASSAULT", let a = dispersingForce(near: i) { source = a }
        // an imperfective verb with no named doer is habitual or generic ("يقتلون العراقيين")
        if source == nil, !injure, !reported, trigger.count == 1, !cue.nominal, lexicon.isImperfective(words[i].key) { return nil }
        // "أغلقت وكالة الأونروا مدارسها", "أغلقت السفارة أبوابها": a party closing its own doors restricts no one
        if cue.mode == "restrict", !cue.nominal, trigger.count == 1, let s = source, s.end < range.upperBound {
            let o = doc.skipInterjections(s.end, range.upperBound)
            if o < range.upperBound, words[o].kind == .arabic, words[o].key.count > 4,
               ActorFinder.possessives.contains(where: { words[o].key.hasSuffix($0) }) { return nil }
        }
        // "أوقف" stops anything ("أوقفت حركة السيارات", "يوقف قرار ترامب"): it arrests only people, a person named,
        // one person's head ("القيادي المعارض") or a head of people of a known sector ("أوقفت الشرطة المهاجم"),
        // never a body or a state by its name
        if EventCoder.stopLemmas.contains(cue.lemma), !cue.nominal {
            guard let t = target, (t.label != nil && (t.actor.sector.map { $0 != .unknown } ?? false))
                    || t.actor.entity?.hasPrefix("person:") == true
                    || lexicon.headMatch(words, at: t.start)?.0.kind == .person else { return nil }
        }
        // "أنه صد هجوما شنته قوات الدعم السريع", "تصدت القوات لهجوم للمسلحين": who repelled an attack suffered it;
        // its doer is named after the noun (a resuming support verb, or لـ)
        // (who repelled is still the clause's subject, shared by a verb coordinated after: "تصدت لهجوم … وقتلت")
        var repelSubject: FoundActor? = nil
        if trigger.count > 1, doc.cues[i].contains(where: { $0.kind == .light && !$0.nominal && EventCoder.repelVerbs.contains($0.lemma) }) {
            // (a phrase after the noun qualifies it or is its doer: "من هجوم انتحاري" names no survivor)
            let repeller = source.flatMap { $0.start <= trigger.upperBound ? $0 : nil }
            repelSubject = repeller
            source = nil
            // "هجوما للحوثيين": the doer after لـ, read as the object before
            if let t = target, words[t.start].key.hasPrefix("ل"), t.start == trigger.upperBound + 1 { source = t; target = nil }
            // a word right after the noun qualifies it ("من هجوم انتحاري"): not who suffered it
            if repeller == nil, let t = target, t.start == trigger.upperBound + 1 { target = nil }
            target = repeller ?? target
        }
        // "مظاهرة نظمها حزب البعث": a support verb resuming the protest noun names its organiser (and
        // "عمليات نفذها قراصنة صوماليون", "هجوم نفذته امرأة": the attacker); the search starts at the event noun
        if cue.plover == "PROTEST" || source == nil, let a = resumingAgent(after: trigger.upperBound - 1, type: cue.plover) { source = a }
        if dispersal, source?.start ?? range.upperBound < trigger.upperBound { source = nil }
        // the governed noun names the doers: "تجمع متظاهرون", "خرج المتظاهرون"
        if source == nil, trigger.count > 1, let a = doc.actors.phrase(at: trigger.upperBound, limit: range.upperBound) { source = a }
        if source == nil, cue.plover == "PROTEST", let a = protestersByNisba(noun: trigger.upperBound) { source = a }
        // "أرسلت الإمارات شحنة مساعدات إلى السودان", "قدمت قطر مساعدات للاجئين", "وزع مساعدات على النازحين": who
        // receives aid follows إلى, لـ or على
        if cue.plover == "AID", target == nil { target = phraseAfterPreposition(trigger.upperBound + 1, EventCoder.aidPrepositions, lam: true) }
        // "أفرجت السلطات الإيرانية عن صحفية إيطالية": the released follow عن
        // (past the subject and its apposition: "أفرجت كتائب القسام، الجناح العسكري لحركة حماس، اليوم السبت عن")
        if cue.mode == "release", target == nil {
            var from = trigger.upperBound + 1
            if let s = source, s.start > i, s.end > from { from = s.end }
            // (and a time, perhaps set off by commas: "حماس، اليوم السبت، عن")
            for _ in 0..<3 {
                if let a = subjectAppositionEnd(at: from) { from = a; continue }
                if from < range.upperBound, words[from].kind == .punctuation, EventDocument.commas.contains(words[from].punct) { from += 1; continue }
                let t = doc.skipTime(from, range.upperBound)
                if t == from { break }
                from = t
            }
            target = phraseAfterPreposition(from, EventCoder.releasePrepositions)
        }
        // "هجوم انتحاري بسيارة مفخخة استهدف دورية للجيش الاميركي": what the attack aimed at is its target, before
        // the unnamed casualties a report counts ("مقتل شخص")
        if cue.plover == "ASSAULT", target == nil || (target!.actor.country == nil && target!.actor.entity == nil),
           let aimed = aimedAt(after: trigger.upperBound), aimed.actor.country != nil || aimed.actor.entity != nil {
            target = aimed
        }
        // "انفجرت سيارة مفخخة لدى مرور حافلة تقل عناصر من الحرس الثوري": the people a hit vehicle carried
        if cue.plover == "ASSAULT", target == nil, let carried = passengers(after: trigger.upperBound) { target = carried }
        // "غارات على مواقع": positions under fire, not websites; whose, the words do not say
        if cue.plover == "ASSAULT", target?.label == "websites" { target?.actor.sector = nil; target?.actor.name = "positions"; target?.label = nil }
        // "إن الغارات أصابت مصيفا": the strikes told before, by whoever struck
        if cue.plover == "ASSAULT", source == nil, !cue.nominal, cue.kind == .verb || cue.kind == .injure, i > range.lowerBound,
           let doer = doerOfActToldBefore(at: i - 1, besides: nil) {
            source = FoundActor(actor: doer, start: i - 1, end: i, label: nil)
        }
        // a bare definite head ("الجيش", "الوزارة") is the actor of that kind the article named before
        source = source.map { $0.possessive ? $0 : doc.resolveAnaphora($0, range.upperBound) }
        target = target.map { $0.possessive ? $0 : doc.resolveAnaphora($0, range.upperBound) }
        // "وتبنت حركة طالبان الهجوم", "تبنت مسؤولية تنفيذ هذه العملية": claiming a known act (its noun definite)
        // names the doer of the act told before, and is no new act; with no such act told, nothing is coded
        if trigger.count > 1, doc.cues[i].contains(where: { $0.kind == .light && !$0.nominal && $0.lemma == EventCoder.claimLemma }),
           words[trigger.upperBound].key.hasPrefix(EventLexicon.article) {
            if let s = source, let k = doc.events.lastIndex(where: { $0.type == cue.plover && !$0.negated && sentence - $0.sentence <= 6 }),
               doc.events[k].source.map({ $0.unnamedDoer && s.actor.entity != nil }) ?? true {
                attributions.append((k, s.actor))
                newActors.append(s); previousSource = s
            }
            return nil
        }
        if let s = source { newActors.append(s); previousSource = s }
        if let s = repelSubject { previousSource = s }
        // "ورحبت الأمم المتحدة والاتحاد الأفريقي بالاتفاق": a phrase joined by و to the subject welcomes with it
        if cue.plover == "SUPPORT", let s = source, let t = target, t.start == s.end, words[t.start].key.first == EventLexicon.waw { target = nil }
        var ev = Event(type: cue.plover, mode: cue.mode, negated: isNegated(i), source: source?.actor, target: target?.actor,
                       sentence: sentence, start: words[i].start,
                       end: max(words[trigger.upperBound].end, target.map { words[$0.end - 1].end } ?? 0),
                       confidence: 0.5)
        // "قضت محكمة بإعدام ثلاثة متهمين", "حكمت المحكمة بسجن الناشط": the sentenced follow the punishment
        if ev.target == nil, cue.cameo == EventCoder.sentenceCameo, !cue.nominal,
           let k = (trigger.upperBound + 1..<min(range.upperBound, trigger.upperBound + 10)).first(where: { words[$0].inClass(.punishment) }),
           k + 1 < range.upperBound {
            // (past the term and "على": "بالسجن 4 سنوات على الشاب")
            var p = k + 1
            if let (_, next) = doc.numbers.read(words, at: p), next < range.upperBound, words[next].inClass(.duration) { p = next + 1 }
            if p < range.upperBound, EventDocument.onKeys.contains(words[p].key) { p += 1 }
            if p < range.upperBound, let t = countedPhrase(at: p) {
                ev.target = doc.resolvePossessive(t, referent: referent(i)).actor
            } else if p < range.upperBound, let (n, next) = doc.numbers.read(words, at: p), case .number = n, next < range.upperBound,
                      words[next].kind == .arabic, !words[next].inClass(.duration) {
                // ("ثلاثة متهمين": people the lexicon has no head for, counted; the sentenced are civilians)
                let t = doc.text(words[p].start..<words[next].end)
                ev.target = Actor(name: t, sector: .civilians, text: t)
            }
        }
        // "أطلقت قوات الأمن الغاز المسيل للدموع لتفريق آلاف المحتجين", "… على المتظاهرين": whom the gas was fired at
        if ev.target == nil, ev.mode == "crowd-control", let t = crowdTarget(after: trigger.upperBound + 1) {
            ev.target = doc.resolvePossessive(t, referent: referent(i)).actor
        }
        // the place is looked up once and serves the location, local actors and a cross-border target
        let place = placeMention(near: i)
        ev.location = location(place)
        if ev.type == "PROTEST", ev.target == nil { ev.target = protestRecipient(source: ev.source, trigger: i) }
        // "قطعت السعودية علاقاتها مع إيران": the ties broken are with the party after "مع"
        if cue.requiredNear == .relations, let t = relationsPartner(after: i) { ev.target = t.actor }
        localizeActors(&ev, place: place)
        if ev.type == "ASSAULT", ev.source == nil, let s = resumedAttackSource(near: trigger) { ev.source = s }
        // "قتل 14 شخصا في اشتباكات بين قوات الأمن ومجموعات مسلحة": the two sides of the clash, not its toll
        if ev.type == "ASSAULT", ev.source == nil, let (a, b) = clashSides(near: i) {
            ev.source = a.actor; ev.target = b.actor
            localizeActors(&ev, place: place)
        }
        // "شنت طائرة حربية إسرائيلية غارة على منزل جنوبي لبنان، ما أدى إلى مقتل مدنيين اثنين": the people the toll
        // counts were hit, rather than the state the place is in
        if ev.type == "ASSAULT", ev.target == nil, ev.source != nil, tollCount(near: i) != nil, let v = victims(near: i), v.actor != ev.source,
           v.actor.sector == .civilians || v.actor.entity != nil {
            ev.target = v.actor
            localizeActors(&ev, place: place)
        }
        if ev.type == "ASSAULT", ev.target == nil, let t = attackedCountry(source: ev.source, place: place) { ev.target = t }
        if ev.type == "ASSAULT", ev.source == nil, isDisasterToll(trigger) { return nil }
        if let d = nearestDate(words[i].start) {
            if isHistorical(d) { return nil }
            ev.date = d.date; ev.datePrecision = d.precision
        }
        if cue.plover == "ASSAULT" {
            var (f, inj) = casualties(near: i)
            // "قتلت القوات الأميركية 11 مسلحا": a killing verb's counted object, past its subject, is the toll
            // (before any toll word later in the sentence: "أنها قتلت ثلاثة متشددين … الهجوم الذي أسفر عن مقتل 22")
            if cue.lemma == "قتل", !cue.nominal, let t = target, t.start > i, t.start <= i + 6, ev.source != nil,
               let n = countBefore(t.start) { f = n }
            else if f == nil, cue.lemma == "قتل", !cue.nominal, let t = target, t.start > i, let n = countBefore(t.start) { f = n }
            // "وقتل جندي أمريكي", "اغتيل مسؤولان": a passive killing's subject, one person or two
            if f == nil, ["قتل", "اغتال", "اغتيل", "أعدم", "اعدم"].contains(cue.lemma), !cue.nominal, let t = target,
               t.start == doc.skipInterjections(i + 1, range.upperBound), passive {
                if let (c, _) = doc.numbers.read(words, at: t.start), case .number(let n) = c { f = n }
                else if words[t.start].inClass(.single) || words[t.start].tanween == false && doc.actors.mentionAt[t.start].map({
                    doc.actors.layer.entities[doc.actors.layer.mentions[$0].entity].type == .person }) == true { f = 1 }
            }
            // "أن جنديا أميركيا قتل في انفجار": one person named in the singular right before the bare passive verb
            if f == nil, ["قتل", "اغتيل"].contains(cue.lemma), !cue.nominal, passive,
               words[i].key == ArabicFold.key(cue.lemma) || words[i].key == ArabicFold.key(cue.lemma + "ت"),
               let t = target, t.end == i, words[t.start].inClass(.single) || singleVictim(at: t.start) != nil || oneOf(before: t.start),
               !words[t.start].key.hasPrefix(EventLexicon.article) || oneOf(before: t.start) { f = 1 }
            // "إن جنديا أصيب بجروح طفيفة": one person named in the singular right before the injury verb
            // (not before a coordinated verb, whose phrase before it is the clause before's: "لقي 90 شخصا حتفهم وأصيب")
            if inj == nil, cue.kind == .injure, !cue.nominal, cue.lemma != "أصاب" || words[i].key == ArabicFold.key(cue.lemma),
               !doc.isCoordinatedVerb(i), let t = target, t.end == i, countBefore(t.start) == nil,
               words[t.start].inClass(.single) || singleVictim(at: t.start) != nil,
               !words[t.start].key.hasPrefix(EventLexicon.article) { inj = 1 }
            // "واستشهد شاب", "وأصيب طفل بجروح": one person, the subject right after an intransitive casualty verb
            if f == nil, inj == nil, cue.kind == .injure, !cue.nominal, cue.lemma != "أصاب", let t = target,
               t.start == doc.skipInterjections(i + 1, range.upperBound), words[t.start].inClass(.single) {
                if cue.lemma == "استشهد" { f = 1 } else { inj = 1 }
            }
            ev.fatalities = f; ev.injured = inj
            if ev.mode == nil || ev.mode == "" { ev.mode = weaponMode(near: i) }
            // shelling is heavy weapons unless the sentence says aircraft or drones did it ("بقصف أحياء سكنية
            // بالطائرات المسيرة", "قصفت طائرات حربية")
            else if ev.mode == "heavy-weapons", let m = weaponMode(near: i), m == "aerial" || m == "drone" { ev.mode = m }
            if ev.target == nil { ev.target = tollTarget(ev, place: place, near: i) }
        }
        var conf = cue.nominal || cue.kind == .noun ? 0.6 : 0.7
        if ev.source != nil { conf += 0.1 }
        if ev.target != nil { conf += 0.1 }
        ev.confidence = min(0.95, conf)
        return ev
    }

    /// "قتل ثلاثة أشخاص في انهيار أرضي", "لقي عشرة أشخاص مصرعهم في حريق", "أسفر الزلزال عن مقتل 20": a toll
    /// whose nearest cause in its clause is a disaster or an accident (`disaster`) is no attack. A weapon or an
    /// attack nearer the toll, or a cause of the disaster itself ("انهيار مبنى جراء غارة"), keeps the attack.
    func isDisasterToll(_ trigger: ClosedRange<Int>) -> Bool {
        // the verb of the disaster itself ("انهيار أرضي ضرب القرية", "الزلزال الذي ضرب") is no attack
        func disasterActs(_ j: Int) -> Bool {
            (max(range.lowerBound, j - 3)..<j).contains { words[$0].kind == .arabic && words[$0].inClass(.disaster) }
        }
        func attack(_ j: Int) -> Bool { (words[j].inClass(.weapon) || isDrone(j) || namesAttack(j)) && !disasterActs(j) }
        func clauseEnd(_ j: Int) -> Bool { words[j].kind == .punctuation && (words[j].punct == "." || words[j].punct == "؛") }
        func disaster(_ j: Int) -> Bool { words[j].inClass(.disaster) || isTrafficAccident(j) }
        // after the toll: the first cause named decides, unless the disaster has its own cause ("جراء", "بسبب")
        var j = trigger.upperBound + 1
        let hi = min(range.upperBound, trigger.upperBound + 10)
        while j < hi, !clauseEnd(j) {
            if words[j].kind == .arabic {
                if attack(j) { return false }
                if disaster(j) {
                    let caused = (j + 1..<min(hi, j + 4)).contains { words[$0].kind == .arabic && words[$0].inClass(.cause) }
                    if !caused { return true }
                }
            }
            j += 1
        }
        // before it, or inside a support-verb trigger ("أسفر الزلزال عن مقتل 20"), with no weapon or attack in between
        var sawDisaster = false
        j = trigger.upperBound - 1
        while j >= max(range.lowerBound, trigger.lowerBound - 10), !clauseEnd(j) {
            if words[j].kind == .arabic {
                if attack(j) { return false }
                if disaster(j) { sawDisaster = true }
            }
            j -= 1
        }
        return sawDisaster
    }

    /// "حادث سير", "حوادث مرورية", "حادث سيارة", "انقلاب حافلة": an accident on the road or the water. "حادث"
    /// alone is not one ("حادث إطلاق نار" is an attack), nor "انقلاب" (a coup), so each takes a word of traffic or
    /// a vehicle after it; a vehicle with a weapon word after it is a car bomb ("حادث سيارة مفخخة").
    func isTrafficAccident(_ j: Int) -> Bool {
        guard j + 1 < range.upperBound, words[j + 1].kind == .arabic else { return false }
        let vehicleAfter = EventLexicon.firstNounKey(words[j + 1].key, EventCoder.vehicles.contains) != nil
            && !(j + 2 < range.upperBound && words[j + 2].kind == .arabic && words[j + 2].inClass(.weapon))
        if EventLexicon.firstNounKey(words[j].key, EventCoder.overturnWords.contains) != nil { return vehicleAfter }
        guard EventLexicon.firstNounKey(words[j].key, EventCoder.accidentNouns.contains) != nil else { return false }
        return vehicleAfter || EventLexicon.firstNounKey(words[j + 1].key, EventCoder.trafficWords.contains) != nil
    }
    static let accidentNouns: WordKeySet = ["حادث", "حوادث", "حادثة"]
    static let trafficWords: WordKeySet = ["سير", "مروري", "مرورية", "مرور", "تصادم", "اصطدام", "انقلاب", "غرق"]
    static let overturnWords: WordKeySet = ["انقلاب", "انقلبت"]
    static let vehicles: WordKeySet = ["سيارة", "حافلة", "شاحنة", "قطار", "قارب", "مركب", "زورق", "عبارة", "دراجة"]

    /// A killing verb read as passive: a count right after it ("قتل 18 شخصا") or a cause right after its
    /// subject ("قتلا بانفجار", "قتلوا برصاص", "قتل في هجوم").
    func isPassiveKilling(_ i: Int, _ cue: EventCue) -> Bool {
        guard !cue.nominal else { return false }
        if EventCoder.passiveLemmas.contains(cue.lemma) { return true }       // "اغتيل" is passive as written
        if EventCoder.victimVerbs.contains(cue.lemma), isPassiveReading(i) { return true }
        guard EventCoder.victimVerbs.contains(cue.lemma) else { return false }
        let j = doc.skipInterjections(i + 1, range.upperBound)
        // "قتل أمس سبعة من عناصر الشرطة", "اعدم اثنان منهم" — but "القوات الأميركية قتلت 11 مسلحا" is active, and
        // so is a verb with a plural or dual ending before its count ("وخطفوا ثلاثة أوروبيين": a verb before its
        // subject is singular)
        let plural = words[i].key.hasSuffix("وا") || words[i].key.hasSuffix("ا")
        if !plural, j < range.upperBound, let (n, _) = doc.numbers.read(words, at: j), case .number = n, doc.subjectBefore(i, range) == nil,
           !pronounDoer(before: i) { return true }
        guard cue.lemma == "قتل" else { return false }
        // "لكن قوات الأمن قتلتهما": the object is the pronoun on the verb, which is active
        if words[i].key.count >= 4, EventLexicon.objectSuffixes.contains(where: { words[i].key.hasSuffix($0) }) { return false }
        // "إن 20 شخصا قتلوا.": with no object after it the verb is passive (قُتلوا), its subject the killed
        if i + 1 == range.upperBound || (words[i + 1].kind == .punctuation && !EventCoder.quoteMarks.contains(words[i + 1].punct)) { return true }
        guard i + 1 < range.upperBound, words[i + 1].kind == .arabic else { return false }
        let k = words[i + 1].key
        if doc.cues[i + 1].contains(where: { $0.kind == .injure }) || words[i + 1].inClass(.injured) { return true }      // "قتلوا وأصيب …"
        if words[i + 1].inClass(.cause) { return true }
        if actOrCause(at: i + 1) { return true }
        // "العرموشي قتل مع ثلاثة من مرافقيه": killed along with others, no object
        if k == EventCoder.withKey, i > range.lowerBound, doc.subjectBefore(i, range) != nil { return true }
        // "قتل فلسطينيان في غارة", "قتل جنديان برصاص قناص": an indefinite subject and then the act that killed
        // them, with no object between (a definite armed body is the killer: "قتلت القوات في غارة …")
        if let a = doc.actors.phrase(at: j, limit: range.upperBound), a.end < range.upperBound,
           !words[a.start].key.hasPrefix(EventLexicon.article) || !(a.actor.sector.map(EventCoder.armedSectors.contains) ?? false),
           words[a.end].inClass(.cause) || actOrCause(at: a.end)
            || isMannerMasdar(a.end)        // "قتل شاب بولندي طعنا بسكين"
            // ("قتل طفل و أصيب 7 آخرون": an injury verb after a conjunction written apart)
            || (words[a.end].key == ActorFinder.wawKey && a.end + 1 < range.upperBound && doc.cues[a.end + 1].contains { $0.kind == .injure }) { return true }
        return false
    }

    /// "في غارة", "بقصف", "جراء الانفجار", "في تبادل لإطلاق النار": the act or cause that the killed died of, at `j`.
    func actOrCause(at j: Int) -> Bool {
        guard j < range.upperBound, words[j].kind == .arabic else { return false }
        let k = words[j].key
        guard k.first == EventLexicon.ba || k == "في" || k == "جراء" || k == "اثر" else { return false }
        let n = j + (k == "في" ? 1 : 0) + (k == "جراء" || k == "اثر" ? 1 : 0)
        if n < range.upperBound, words[n].eventWord || words[n].inClass(.weapon) || words[n].inClass(.clash) { return true }
        // "قتل في تبادل لإطلاق النار": the act one word further
        if k == "في", n + 1 < range.upperBound, words[n].kind == .arabic, words[n + 1].eventWord { return true }
        return false
    }


    static let whenClause: WordKeySet = ["عندما", "وعندما", "حين", "وحين", "حينما", "وحينما", "لما", "ولما"]

    /// A future or a negated future verb at `k`, past quote marks: "طهران "سترد"", "إيران لن تسمح".
    func willAct(after k: Int) -> Bool {
        var j = k
        while j < range.upperBound, words[j].kind == .punctuation, EventCoder.quoteMarks.contains(words[j].punct) { j += 1 }
        guard j < range.upperBound, words[j].kind == .arabic else { return false }
        let w = words[j].key
        if w == "لن" { return true }
        return w.count > 3 && w.first == EventLexicon.sin && (w[1] == EventLexicon.ya || w[1] == EventLexicon.ta || w[1] == EventLexicon.nun)
    }

    static let commentWords: WordKeySet = ["التعليق", "تعليق", "بتعليق", "الادلاء"]

    /// Support verbs of aid alone: sending, giving, handing out.
    static let givingLemmas: Set<String> = ["أرسل", "قدم", "وزع"]

    /// The phrase after one of `prepositions` (or, with `lam`, a phrase behind لـ) within six words of `j`, in the
    /// clause: the receiver of aid ("إلى السودان", "للاجئين", "على النازحين"), the released ("عن صحفية إيطالية").
    func phraseAfterPreposition(_ j: Int, _ prepositions: WordKeySet, lam: Bool = false) -> FoundActor? {
        var k = j
        while k < range.upperBound, k < j + 6, words[k].kind != .punctuation {
            let key = words[k].key
            if prepositions.contains(key), k + 1 < range.upperBound,
               let a = doc.actors.phrase(at: k + 1, limit: range.upperBound) ?? countedPhrase(at: k + 1) { return a }
            if lam, key.count > 3, key.first == EventLexicon.lam, let a = doc.actors.phrase(at: k, limit: range.upperBound) { return a }
            k += 1
        }
        return nil
    }
    static let aidPrepositions: WordKeySet = ["الى", "على", "علي"]
    static let releasePrepositions: WordKeySet = ["عن"]

    /// Verbs of taking control ("سيطر على", "استولى على"): a seizure only of a place or a holding.
    static let takingLemmas: Set<String> = ["سيطر", "استولى"]
    static let onPronouns: WordKeySet = ["عليه", "عليها", "عليهم", "عليهما", "عليهن"]
    static let partWords: WordKeySet = ["هذه", "هذا", "تلك", "ذلك", "كامل", "معظم", "اغلب", "جزء", "اجزاء", "بعض", "عدد", "عدة", "كل", "نحو", "من"]

    /// "سيطر المتمردون على مطار غوما", "استولى التنظيم على 3 طائرات", "وسيطر عليه النازيون": the object after
    /// على is a place the gazetteer knows, a word of `territory` (past numbers, demonstratives and words of part),
    /// or a pronoun; "سيطرت على الوضع", "سيطر على الحريق" and "استولوا على أموال" seize nothing by force.
    func takesTerritory(after i: Int) -> Bool {
        var j = i + 1
        // (past a subject with its time between commas: "سيطر مقاتلو حركة "إم 23"، الثلاثاء، على مطار")
        while j < range.upperBound, j <= i + 12,
              words[j].kind != .punctuation || EventCoder.quoteMarks.contains(words[j].punct) || EventDocument.clauseMarks.contains(words[j].punct) {
            let k = words[j].key
            if EventCoder.onPronouns.contains(k) { return true }
            if k == "على" || k == "وعلى" {
                var t = j + 1
                while t < range.upperBound, t <= j + 4,
                      EventCoder.partWords.contains(words[t].key) || doc.numbers.read(words, at: t) != nil || words[t].kind == .number { t += 1 }
                guard t < range.upperBound else { return false }
                if let m = doc.actors.mentionAt[t], doc.actors.layer.mentions[m].form == .name,
                   [.country, .city, .region, .place].contains(doc.actors.layer.entities[doc.actors.layer.mentions[m].entity].type) { return true }
                return words[t].kind == .arabic && words[t].inClass(.territory)
            }
            j += 1
        }
        return false
    }

    /// Verbs whose unvocalized past reads as active or passive ("قتل", killed or was killed).
    static let victimVerbs: Set<String> = ["قتل", "اختطف", "خطف", "اغتال", "أعدم", "اعدم"]
    /// Lemmas the lexicon lists in the passive ("اغتيل": was assassinated).
    static let passiveLemmas: Set<String> = ["اغتيل"]

    /// "وقتل جندي أمريكي في انفجار", "واختطف صحافي فرنسي في بغداد": no subject before the verb, an indefinite
    /// noun of people after it in the nominative (no accusative alef: "قتل مسلحون جنديا" is active), not one
    /// of the attacking kinds (gunmen, militants), and no object after it — the noun was the victim.
    func isPassiveReading(_ i: Int) -> Bool {
        guard doc.subjectBefore(i, range) == nil, complementizerPronoun(before: i) == nil else { return false }
        let j = doc.skipInterjections(i + 1, range.upperBound)
        guard j < range.upperBound, words[j].kind == .arabic, !words[j].tanween, !ActorFinder.isDefinite(words[j].key),
              words[j].key.last != EventLexicon.alef, doc.actors.mentionAt[j] == nil,
              let p = doc.actors.phrase(at: j, limit: range.upperBound), p.actor.entity == nil,
              let sector = p.actor.sector, sector != .rebels else { return false }
        let k = p.end
        if k >= range.upperBound || words[k].kind == .punctuation { return true }
        let key = words[k].key
        if key == "في" || key == "خلال" || key == "على" || key.hasPrefix("ب") || words[k].inClass(.cause) || words[k].isClass(.relday)
            || words[k].isClass(.daytime) || doc.cues[k].contains(where: { $0.kind == .injure }) { return true }
        return false
    }

    /// A noun in the construct state: no article, no tanween, no accusative alef ("اغتيال", not "الهجوم", "هجوما").
    func isConstructNoun(_ n: Int) -> Bool {
        words[n].kind == .arabic && !words[n].tanween && !ActorFinder.isDefinite(words[n].key) && words[n].key.last != EventLexicon.alef
    }

    /// "قالت الوزارة إنها قتلت خمسة مسلحين", "قال الجيش إنه قتل خمسة": the pronoun after إنّ is the subject of
    /// the killing verb, which is then active before its count. The masculine pronoun may instead be that of the
    /// matter ("أفادت الشرطة بأنه قتل ثلاثة أشخاص": three were killed); it is the doer when the speaker it
    /// refers to bears arms.
    func pronounDoer(before i: Int) -> Bool {
        guard i > range.lowerBound else { return false }
        for j in max(range.lowerBound, i - 2)..<i where EventCoder.pronounComplementizers.contains(words[j].key) {
            let k = words[j].key
            if k.hasSuffix("ها") || k.hasSuffix("هم") { return true }
            guard let sector = referent(i)?.actor.sector else { return false }
            return sector == .military || sector == .rebels || sector == .peacekeepers
        }
        return false
    }

    /// true when the verb follows "أنها/أنه/أنهم" (its subject is that pronoun's referent).
    func complementizerPronoun(before i: Int) -> Bool? {
        guard i > range.lowerBound else { return nil }
        for j in max(range.lowerBound, i - 2)..<i {
            let k = words[j].key
            if EventCoder.pronounComplementizers.contains(k) { return true }
        }
        return nil
    }

    func numberAt(_ j: Int) -> CountWord? { doc.numbers.read(words, at: j)?.0 }

    /// The suffering party written before an injury verb: "اثنين من جنودها أصيبا".
    func victimBefore(_ i: Int, referent: FoundActor?) -> FoundActor? {
        var j = i - 1
        var found: FoundActor? = nil
        while j >= range.lowerBound, j >= i - 4 {
            // "وقال الجيش ان عشرين متمردا قتلوا": the victim is in the verb's own clause, not before "ان"
            if words[j].kind == .punctuation || words[j].isClass(.complementizer) { break }
            // the whole phrase, not its last nisba: "أن جنديا أميركيا قتل" is a soldier, not "أميركيا"
            if let h = doc.actors.phrase(at: j, limit: i), found.map({ h.end >= $0.end }) ?? true { found = h }
            else if var one = singleVictim(at: j), found.map({ $0.start == j + 1 }) ?? (j == i - 1) {
                // "بأن شابا قتل", "أن شابا فلسطينيا قتل": one person, with the nisba after him if any
                if let f = found {
                    one.end = f.end; one.actor.country = f.actor.country
                    one.actor.text = doc.text(words[j].start..<words[f.end - 1].end)
                }
                found = one
                break
            }
            else if found != nil { break }
            j -= 1
        }
        return found.map { doc.resolvePossessive($0, referent: referent) }
    }

    /// The state or group whose nisba qualifies a weapon or an attack noun of the sentence: "صاروخ اسرائيلي",
    /// "ضربة جوية أميركية", "غارات روسية" — an attack made with a country's missile or aircraft is its
    /// military's. One adjective may stand between ("جوية"); a nisba of people ("الإسرائيليين") does not count.
    func meansOwner(near i: Int? = nil) -> FoundActor? {
        let layer = doc.actors.layer
        for j in window(i) where words[j].kind == .arabic {
            let means = words[j].inClass(.weapon) && words[j].key != "سيارة" || isDrone(j)
                || doc.cues[j].contains { $0.plover == "ASSAULT" && ($0.nominal || $0.kind == .noun) && $0.kind != .injure
                    && !["عملية", "عمليات", "مقتل", "مصرع", "اعتداء", "اعتداءات"].contains($0.lemma) }
            guard means, doc.actors.mentionAt[j] == nil else { continue }
            for k in (j + 1)..<min(range.upperBound, j + 3) {
                guard words[k].kind == .arabic else { break }
                guard let m = doc.actors.mentionAt[k] else {
                    // only an adjective may stand between ("ضربة جوية أميركية"), not a noun ("قصف القوات السورية",
                    // "إصابة جندي إسرائيلي")
                    if doc.actors.namesPeople(words[k].key) || lexicon.headMatch(words, at: k) != nil { break } else { continue }
                }
                let lm = layer.mentions[m]
                guard lm.form == .nisba, doc.actors.namesPeople(words[k].key) == false, let c = lm.country ?? layer.entities[lm.entity].country else { break }
                let e = layer.entities[lm.entity]
                let sector: Sector? = e.type == .country ? .military : lm.sector
                let t = doc.text(words[j].start..<lm.end)
                return FoundActor(actor: doc.actors.nisbaActor(c, e, text: t, sector: sector),
                                  start: j, end: doc.actors.wordIndexAfter(lm.end, from: k), label: nil)
            }
        }
        return nil
    }

    /// Whom a protest addresses, read from what the protesters do: the party they call on ("مطالبين الحكومة
    /// التركية بالتدخل"), the one they denounce ("للتنديد بزيارة أحمدي نجاد"), or the institution before or around whose
    /// building they gather ("أمام مقر سفارة استونيا", "حول وزارة الداخلية"). A call's object after بـ is
    /// what is asked for, not whom ("مطالبين بتولي الحريري رئاسة الحكومة"); a shrine or a square is not
    /// addressed.
    /// A crowd gathered with chants, slogans or banners ("احتشد الآلاف في ساحة التحرير مرددين …") protested.
    func chanting(after j0: Int) -> Bool {
        (j0..<min(range.upperBound, j0 + 25)).contains { j in
            words[j].kind == .arabic && EventCoder.chantWords.contains(EventLexicon.stripArticle(words[j].key))
        }
    }
    static let chantWords: WordKeySet = ["مرددين", "مرددون", "رافعين", "رافعون", "هاتفين", "هاتفون", "هتافات", "شعارات",
                                           "لافتات", "ورددوا", "رددوا", "وهتفوا", "هتفوا", "ورفعوا", "رفعوا"]

    /// Whom a chant of the sentence is against: "«يسقط بوش»" (down with), "الموت لأمريكا" (death to).
    func chantTarget(after j0: Int) -> FoundActor? {
        let hi = range.upperBound
        var j = j0
        while j < hi, j < j0 + 60 {
            defer { j += 1 }
            guard words[j].kind == .arabic, EventCoder.downWith.contains(words[j].key), j + 1 < hi else { continue }
            var k = j + 1
            if words[j].key.hasSuffix("الموت"), words[k].key == "ل" { k += 1 }
            if let a = doc.actors.governedPhrase(at: k, limit: hi) { return a }
            if let m = doc.actors.mentionAt[k] {
                let e = doc.actors.layer.entities[doc.actors.layer.mentions[m].entity]
                if [.country, .organization, .group, .person].contains(e.type) || doc.actors.layer.mentions[m].form == .metonym,
                   let a = doc.actors.phrase(at: k, limit: hi) ?? doc.actors.namedPhrase(at: k, limit: hi) { return a }
            }
        }
        return nil
    }

    func protestAddressee(after j0: Int) -> FoundActor? {
        let hi = range.upperBound
        var j = j0
        while j < hi, j < j0 + 20 {
            defer { j += 1 }
            guard words[j].kind == .arabic else { continue }
            if let r = doc.reporting[j], r.form != .verb || words[j].key.hasPrefix("ت") || words[j].key.hasPrefix("ي"),
               r.stance == .call || r.stance == .accuse, j + 1 < hi {
                if let a = doc.actors.governedPhrase(at: j + 1, limit: hi) { return a }
                // "للتنديد بزيارة أحمدي نجاد": a denounced act, then its doer
                if r.stance == .accuse, words[j + 1].key.hasPrefix("ب"), doc.actors.mentionAt[j + 1] == nil, j + 2 < hi,
                   let a = doc.actors.phrase(at: j + 2, limit: hi) { return a }
                continue
            }
            if EventCoder.before.contains(words[j].key), j + 1 < hi, let a = doc.actors.governedPhrase(at: j + 1, limit: hi) {
                // the building's owner: "مقر سفارة استونيا", "مبنى وزارة الداخلية"
                let institution = (a.start..<min(a.end, a.start + 3)).contains { k in
                    doc.actors.lexicon.headMatch(words, at: k)?.0.kind == .institution
                        || (doc.actors.mentionAt[k].map { doc.actors.layer.entities[doc.actors.layer.mentions[$0].entity].type == .organization } ?? false)
                }
                if institution { return a }
            }
        }
        return nil
    }
    static let before: WordKeySet = ["امام", "وامام", "قبالة", "حول"]
    /// Chants against someone: "يسقط X" (down with X), "الموت لـX" (death to X).
    static let downWith: WordKeySet = ["يسقط", "تسقط", "ليسقط", "فليسقط", "الموت", "والموت"]
    /// Support verbs whose subject suffered the attack their noun names: repelled it ("صد هجوما") or survived
    /// it ("نجا من محاولة اغتيال").
    static let repelVerbs: Set<String> = ["صد", "تصدى", "نجا"]
    static let attackSupportVerbs: Set<String> = ["شن", "صد", "تصدى"]

    /// "مظاهرة نظمها حزب البعث", "عمليات نفذها قراصنة صوماليون", "هجوم انتحاري نفذته امرأة": a support verb
    /// resuming an event noun of the sentence (right after it or its adjective) with ـها/ـه; its subject is the
    /// doer. Looked for from the trigger on, within the clause.
    /// "خرجت مسيرة فلسطينية", "شهدت المدينة مظاهرات كردية غاضبة": a state's or people's nisba qualifying
    /// the protest noun names whose people marched (one adjective may stand between: "مسيرة حاشدة فلسطينية").
    func protestersByNisba(noun n: Int) -> FoundActor? {
        guard doc.cues[n].contains(where: { $0.plover == "PROTEST" && ($0.kind == .noun || $0.nominal) && !EventCoder.participantLemmas.contains($0.lemma) }) else { return nil }
        let layer = doc.actors.layer
        for k in (n + 1)..<min(range.upperBound, n + 3) {
            guard words[k].kind == .arabic else { return nil }
            guard let m = doc.actors.mentionAt[k] else { if doc.actors.isBoundary(k) || words[k].eventWord { return nil }; continue }
            let lm = layer.mentions[m]
            guard lm.form == .nisba, let c = lm.country ?? layer.entities[lm.entity].country else { return nil }
            let t = doc.text(words[n].start..<lm.end)
            return FoundActor(actor: doc.actors.nisbaActor(c, layer.entities[lm.entity], text: t),
                              start: n, end: doc.actors.wordIndexAfter(lm.end, from: k), label: nil)
        }
        return nil
    }

    /// A support verb with the pronoun of the event noun it resumes: "نفذتها", "نظمها", "شنه"; with
    /// `attackOnly`, only a verb whose subject carried out an attack ("نفذ", "شن", not "نظم").
    func resumesWithPronoun(_ k: WordKey, attackOnly: Bool = false) -> Bool {
        for suffix in ["ها", "ه"] as [WordKey] where k.count > suffix.count + 1 && k.hasSuffix(suffix) {
            if lexicon.eventCues(k.dropLast(suffix.count)).contains(where: { $0.kind == .light && !$0.nominal
                && (!attackOnly || EventCoder.attackerSupportVerbs.contains($0.lemma)) }) { return true }
        }
        return false
    }

    func resumingAgent(after n: Int, type: String) -> FoundActor? {
        var v = n + 1
        var limit = n + 14
        // (the window counts from the victims, past a count's words: "قتل ما لا يقل عن 40 جنديا")
        for s in [v, v + 1] where s >= range.lowerBound && s < range.upperBound {
            if let (_, next) = doc.numbers.read(words, at: s), next > s + 1 { limit += next - s - 1; break }
        }
        while v + 1 < range.upperBound, v <= limit {
            defer { v += 1 }
            // "قتل 40 مدنيا، الخميس، في هجوم شنته …": a time between commas is passed over
            if words[v].kind == .punctuation, words[v].punct == "،" || words[v].punct == ",", let past = timeBetweenCommas(v) { limit += past - v; v = past - 1; continue }
            // (and a comma that closes a time: "فيما أصيب 16 آخرين بعد ظهر اليوم الأحد، في عملية دهس نفذها فلسطيني")
            if words[v].kind == .punctuation, words[v].punct == "،" || words[v].punct == ",", v > n + 1, words[v - 1].kind == .arabic,
               doc.actors.inDate[v - 1] || words[v - 1].isClass(.daytime) || lexicon.value(.weekday, words[v - 1]) != nil { continue }
            if words[v].kind == .punctuation, words[v].punct != "«", words[v].punct != "»" { return nil }
            if let a = lamAgent(of: v, type: type) { return a }
            let k = words[v].key
            guard words[v].kind == .arabic, k.count > 2, k.hasSuffix("ه") || k.hasSuffix("ها") else { continue }
            // (the noun may have a word and an adjective after it: "عملية دهس فدائية نفذها")
            let resumesEvent = (max(n, v - 3, range.lowerBound)..<v).contains { p in
                doc.cues[p].contains { ($0.nominal || $0.kind == .noun) && ($0.plover == type || $0.lemma == "عملية" || $0.lemma == "عمليات") }
            }
            guard resumesEvent else { continue }
            // ("شنه": a two-letter verb with its pronoun)
            if resumesWithPronoun(k) { return doc.actors.phrase(at: v + 1, limit: range.upperBound) ?? nisbaDoer(at: v + 1) }
            // "في كمين نصبه مسلحون": the ambush is laid
            if ["ه", "ها"].contains(where: { k.hasSuffix($0) && EventCoder.layingVerbs.contains(k.dropLast($0.count)) }),
               v > n, EventCoder.ambushKeys.contains(EventLexicon.stripArticle(words[v - 1].key)) {
                return doc.actors.phrase(at: v + 1, limit: range.upperBound)
            }
        }
        return nil
    }

    /// "في عملية دهس نفذها فلسطيني": a nisba alone after the verb that resumes the act is one person of that state,
    /// its doer (a nisba is read as an adjective elsewhere).
    func nisbaDoer(at j: Int) -> FoundActor? {
        guard j < range.upperBound, let m = doc.actors.mentionAt[j], doc.actors.layer.mentions[m].form == .nisba,
              doc.actors.layer.mentions[m].start == words[j].start, !words[j].key.hasPrefix(EventLexicon.article),
              let c = doc.actors.layer.mentions[m].country else { return nil }
        let e = doc.actors.layer.entities[doc.actors.layer.mentions[m].entity]
        let end = doc.actors.wordIndexAfter(doc.actors.layer.mentions[m].end, from: j)
        return FoundActor(actor: doc.actors.nisbaActor(c, e, text: doc.text(words[j].start..<words[end - 1].end)), start: j, end: end, label: nil)
    }

    /// "في هجوم لقوات الدعم السريع على قرية", "غارة للطيران الحربي": an attack noun's genitive in لـ is its doer
    /// when it is an armed party. Only nouns of attacking, not transitive masdars, whose لـ takes the patient
    /// ("قصف لمواقع المسلحين", "استهداف لقوات الأمن").
    func lamAgent(of v: Int, type: String) -> FoundActor? {
        guard type == "ASSAULT", v + 1 < range.upperBound, words[v].kind == .arabic,
              doc.cues[v].contains(where: { ($0.nominal || $0.kind == .noun) && EventCoder.lamAgentLemmas.contains($0.lemma) }) else { return nil }
        let k = words[v + 1].key
        guard k.count > 3, k.first == EventLexicon.lam, let a = doc.actors.phrase(at: v + 1, limit: range.upperBound),
              let sector = a.actor.sector, EventCoder.armedSectors.contains(sector) else { return nil }
        // (what follows the doer is the target, the place or the end of the clause)
        guard a.end == range.upperBound || words[a.end].kind == .punctuation || EventCoder.upon.contains(words[a.end].key)
                || words[a.end].isClass(.target) || words[a.end].isClass(.preposition) else { return nil }
        // (the doer's words without the preposition; "للطيران" keeps its ل, since the article's alef is not written)
        var doer = a
        if !k.hasPrefix(EventLexicon.lil) { doer.actor.text = doc.text(words[v + 1].start + 1..<words[a.end - 1].end) }
        return doer
    }
    static let lamAgentLemmas: Set<String> = ["هاجم", "اعتدى", "غارة", "إغارة", "كمين"]
    static let layingVerbs: WordKeySet = ["نصب"]
    static let ambushKeys: WordKeySet = ["كمين", "كمائن"]

    /// The object of "استهدف" when it resumes the attack within its clause: "هجوم انتحاري استهدف دورية للجيش".
    func aimedAt(after n: Int) -> FoundActor? {
        var j = n + 1
        while j < range.upperBound, j <= n + 14 {
            if words[j].kind == .punctuation, words[j].punct != "«", words[j].punct != "»" { return nil }
            if EventCoder.aimVerbs.contains(words[j].key), j + 1 < range.upperBound {
                return doc.actors.governedPhrase(at: doc.skipTime(j + 1, range.upperBound), limit: range.upperBound)
            }
            j += 1
        }
        return nil
    }
    static let aimVerbs: WordKeySet = ["استهدف", "استهدفت", "واستهدف", "واستهدفت"]

    /// Who a vehicle of the clause carried: "حافلة تقل عناصر من الحرس الثوري", "شاحنة كانت تقل جنودا"
    /// ("تقل عن": is less than, is not carrying).
    func passengers(after n: Int) -> FoundActor? {
        var j = n + 1
        while j + 1 < range.upperBound, j <= n + 10 {
            if words[j].kind == .punctuation, words[j].punct != "«", words[j].punct != "»" { return nil }
            if EventCoder.carryVerbs.contains(words[j].key), words[j + 1].key != "عن" {
                return countedPhrase(at: j + 1)
            }
            j += 1
        }
        return nil
    }
    static let carryVerbs: WordKeySet = ["تقل", "يقل", "تنقل", "ينقل", "تقلان", "يقلان"]

    /// The agent of a passive or injury: "من قبل X", "نتيجة … X", "بنيران X", "برصاص X", "على يد X", "في اشتباكات مع X".
    func agent(after j0: Int, referent: FoundActor?) -> FoundActor? {
        var j = j0
        while j < range.upperBound, j < j0 + 10 {
            // "على أيدي X"; "قتلوا في مواجهات مع X": the other side of a clash
            let marker = handsOf(j) || (words[j].inClass(.clash) && j + 1 < range.upperBound && words[j + 1].key == "مع")
            if marker || words[j].inClass(.cause) {
                var k = j + (marker ? 2 : 1)
                while k < range.upperBound, k < j + 6 {
                    if let a = doc.actors.phrase(at: k, limit: range.upperBound) { return doc.resolvePossessive(a, referent: referent) }
                    // a nisba standing alone: "استفزاز عسكري أرميني"
                    if let m = doc.actors.mentionAt[k], doc.actors.layer.mentions[m].form == .nisba, let c = doc.actors.layer.mentions[m].country {
                        let e = doc.actors.layer.entities[doc.actors.layer.mentions[m].entity]
                        let military = (k > j + 1) && ["عسكري", "عسكرية"].contains(words[k - 1].key)
                        return FoundActor(actor: Actor(name: doc.actors.countryName(c, fallback: e), country: c, sector: military ? .military : nil,
                                                       text: doc.text(words[k].start..<words[k].end)), start: k, end: k + 1, label: nil)
                    }
                    k += 1
                }
            }
            j += 1
        }
        return nil
    }

    /// The subject of a verb of dispersing in the sentence ("فرقت قوات مكافحة الشغب …", "الشرطة فرقت …").
    func dispersingForce(near i: Int) -> FoundActor? {
        for j in window(i) where words[j].kind == .arabic
            && doc.cues[j].contains(where: { $0.kind == .light && !$0.nominal && EventCoder.dispersalVerbs.contains($0.lemma) }) {
            if let a = doc.actors.phrase(at: doc.skipInterjections(j + 1, range.upperBound), limit: range.upperBound) { return doc.resolveAnaphora(a, range.upperBound) }
            return doc.subjectBefore(j, range)
        }
        return nil
    }

    /// Protesters named in the twelve words before `i` in its sentence, with no event verb between ("محتجون
    /// مقذوفات على الشرطة وأحرقوا").
    func protestersBefore(_ i: Int) -> FoundActor? {
        var k = i - 1
        while k >= range.lowerBound, k >= i - 12 {
            if words[k].kind == .arabic, lexicon.headMatch(words, at: k).map({ EventCoder.protesterLabels.contains($0.0.label) }) == true {
                return doc.actors.phrase(at: k, limit: i)
            }
            if k < i - 1, doc.cues[k].contains(where: { $0.kind == .verb && !$0.nominal && $0.plover != "PROTEST" }) { return nil }
            k -= 1
        }
        return nil
    }

    /// An indefinite noun in the accusative at `j` ("شرطيا", "مواطنا", "طفلا"): after a verb it is the object, never
    /// the subject ("وطعن شرطيا بسكين"). Names ("روسيا") and broken plurals in ـايا ("ضحايا") end in ا of their own,
    /// and so does a dual in the construct state, before its definite genitive ("قتل سفيرا النرويج والفلبين").
    func isIndefiniteAccusative(_ j: Int) -> Bool {
        let k = words[j].key
        guard words[j].kind == .arabic, doc.actors.mentionAt[j] == nil, ActorFinder.looksIndefiniteAccusative(k) else { return false }
        return !(j + 1 < range.upperBound && (doc.actors.mentionAt[j + 1] != nil || words[j + 1].key.hasPrefix(EventLexicon.article)))
    }

    /// The subject standing before the nearest earlier verb in ـوا of the sentence ("مندسين أحرقوا").
    func subjectOfPluralVerb(before i: Int) -> FoundActor? {
        var j = i - 1
        while j > range.lowerBound, j >= i - 12 {
            if words[j].kind == .arabic, words[j].key.count > 3, words[j].key.hasSuffix(ActorFinder.pluralVerbEnding) {
                return quotedSubject(before: j) ?? doc.subjectBefore(j, range)
            }
            j -= 1
        }
        return nil
    }

    /// A subject in quote marks right before the verb at `j`: إن "مندسين" أحرقوا.
    func quotedSubject(before j: Int) -> FoundActor? {
        guard j - 1 > range.lowerBound, words[j - 1].kind == .punctuation, EventCoder.quoteMarks.contains(words[j - 1].punct) else { return nil }
        var o = j - 2
        while o > range.lowerBound, o >= j - 6, !(words[o].kind == .punctuation && EventCoder.quoteMarks.contains(words[o].punct)) { o -= 1 }
        guard o >= range.lowerBound, words[o].kind == .punctuation, let a = doc.actors.phrase(at: o + 1, limit: j - 1), a.end == j - 1 else { return nil }
        return a
    }

    /// The subject of the clause a complementizer opens before word `i` in its sentence: the actor phrase right
    /// after "أن"/"إن", followed by a word that is neither a mark nor a preposition (its verb), with no saying,
    /// complementizer or full stop between it and `i` (at most 40 words back).
    func clauseSubject(before i: Int) -> FoundActor? {
        var c = i - 1
        while c > range.lowerBound, c >= i - 40 {
            let w = words[c]
            if w.reportingWord { return nil }
            if w.kind == .arabic, w.isClass(.complementizer) { break }
            c -= 1
        }
        guard c > range.lowerBound, c >= i - 40, words[c].isClass(.complementizer),
              let a = doc.actors.phrase(at: c + 1, limit: i), a.end < i, words[a.end].kind == .arabic,
              !words[a.end].isClass(.preposition), doc.actors.mentionAt[a.end] == nil else { return nil }
        return a
    }

    /// "وهاجموا القوات الأمنية": a past verb with the plural ending ـوا carries its subject, so the phrase after
    /// it is its object (a verb before its subject is singular in Arabic).
    static func hasPluralSubjectSuffix(_ key: WordKey, lemma: String) -> Bool {
        let l = ArabicFold.key(lemma)
        return key.count > l.count && key.hasSuffix(ActorFinder.pluralVerbEnding) && !l.hasSuffix(ActorFinder.pluralVerbEnding)
    }

    /// The word at `i` is an attack's masdar in the accusative ("طعنا", "ذبحا", "حرقا") after a word of killing
    /// within the five words before, with no mark between: it tells how they died ("مقتل شاب بولندي طعنا بسكين",
    /// "قتل شاب طعنا"), though it is spelled as a past dual verb.
    func isMannerMasdar(_ i: Int) -> Bool {
        guard i < range.upperBound, words[i].kind == .arabic, words[i].key.last == EventLexicon.alef, words[i].key.count > 3 else { return false }
        let k = words[i].key
        guard doc.cues[i].contains(where: { c in !c.nominal && lexicon.eventCues(k.dropLast()).contains { $0.nominal && $0.lemma == c.lemma } })
        else { return false }
        var b = i - 1
        while b >= range.lowerBound, b >= i - 5, words[b].kind != .punctuation {
            if words[b].inClass(.killed) { return true }
            b -= 1
        }
        return false
    }

    /// A toll masdar and its victims stand within the three words before `i`, with no verb or mark between
    /// ("عن مقتل 6 أشخاص وجرح").
    func afterTollMasdar(_ i: Int) -> Bool {
        var b = i - 1
        while b >= range.lowerBound, b >= i - 4, words[b].kind != .punctuation {
            if doc.cues[b].contains(where: { $0.nominal && ($0.kind == .injure || words[b].inClass(.killed) || words[b].inClass(.injured)) }) { return true }
            if doc.cues[b].contains(where: { !$0.nominal && $0.kind != .noun }) { return false }
            b -= 1
        }
        return false
    }

    /// The two sides of "اشتباكات (اندلعت) بين X وY", "مواجهات بين X وY" in the sentence.
    func clashSides(near i: Int) -> (FoundActor, FoundActor)? {
        for j in window(i) where words[j].kind == .arabic && words[j].inClass(.clash) {
            // ("الاشتباكات التي اندلعت ليل الاثنين بين …": a relative clause and its time may stand between)
            for b in (j + 1)..<min(range.upperBound, j + 8) where words[b].key == EventCoder.between {
                guard !(j + 1..<b).contains(where: { words[$0].kind == .punctuation }) else { break }
                guard let x = doc.actors.phrase(at: b + 1, limit: range.upperBound), x.end < range.upperBound,
                      words[x.end].key.first == EventLexicon.waw,
                      let y = doc.actors.phrase(at: x.end, limit: range.upperBound) else { return nil }
                return (doc.resolveAnaphora(x, range.upperBound), doc.resolveAnaphora(y, range.upperBound))
            }
        }
        return nil
    }
    static let between: WordKey = "بين"
    /// "وصف": describing is saying, but what a description names is no news of an act.
    static let describeLemma: WordKey = "وصف"
    /// "بينهم", "منهم": "among them", before a part of a toll.
    static let amongThemKeys: WordKeySet = ["بينهم", "بينهن", "منهم", "منهن", "بينها", "منها"]
    /// "لقي شرطي مصرعه", "لقيت امرأتان حتفهما": the idiom of dying in the singular or the dual counts its dead by
    /// its pronoun when no count is written (a plural pronoun, "مصرعهم", counts nothing).
    static let idiomTollCounts: [WordKey: Int] = ["مصرعه": 1, "مصرعها": 1, "حتفه": 1, "حتفها": 1, "مصرعهما": 2, "حتفهما": 2]
    static let amongKeys: WordKeySet = ["بين", "وبين"]

    /// "على يد X", "على أيدي X": by the hand of X, the agent of a passive ("خطفوا على أيدي مسلحين").
    func handsOf(_ j: Int) -> Bool {
        j + 1 < range.upperBound && EventCoder.upon.contains(words[j].key) && EventCoder.hands.contains(words[j + 1].key)
    }
    static let upon: WordKeySet = ["على", "علي"]
    static let hands: WordKeySet = ["يد", "ايدي", "يدي"]

    /// A finite verb followed within its clause by the agent of a passive, "على يد X" or "من قبل X": its
    /// subject suffered the act ("خمسة إثيوبيين خطفوا على أيدي مسلحين", "اعتقل صحفي من قبل الشرطة").
    func agentMarkerFollows(_ j0: Int) -> Bool {
        var j = j0
        while j < range.upperBound, j < j0 + 5, words[j].kind != .punctuation {
            if handsOf(j) { return true }
            if words[j].key == FunctionWords.min, j + 1 < range.upperBound, words[j + 1].key == "قبل" { return true }
            j += 1
        }
        return false
    }

    /// The object or target: the phrase right after, or after "ضد"/"على" in the clause.
    /// The word after an apposition set off by commas at `j` that describes the actor before it ("، الجناح العسكري
    /// لحركة حماس،"): an actor's phrase, up to seven words with no act or saying, then the closing comma.
    func subjectAppositionEnd(at j: Int) -> Int? {
        guard j < range.upperBound, words[j].kind == .punctuation, EventDocument.commas.contains(words[j].punct) else { return nil }
        var k = j + 1
        while k < range.upperBound, k < j + 8, words[k].kind != .punctuation {
            guard !words[k].eventWord, !words[k].reportingWord else { return nil }
            k += 1
        }
        guard k > j + 1, k + 1 < range.upperBound, words[k].kind == .punctuation, EventDocument.commas.contains(words[k].punct),
              doc.actors.phrase(at: j + 1, limit: k) != nil else { return nil }
        return k + 1
    }

    func objectActor(from verbEnd: Int, referent: FoundActor?, prepositionalOnly: Bool = false) -> FoundActor? {
        // (an object quoted from a statement: استهدفت "عنصرين من وحدة …")
        // (past the subject's apposition: "أفرجت كتائب القسام، الجناح العسكري لحركة حماس، اليوم السبت عن")
        var j0 = doc.actors.skipQuotes(doc.skipTime(subjectAppositionEnd(at: verbEnd) ?? verbEnd, range.upperBound), range.upperBound)
        // (past an adverb in the accusative: "أعدموا ميدانيا 52 مدنيا", "اعتقلت تعسفيا ناشطين")
        if j0 + 1 < range.upperBound, isIndefiniteAccusative(j0), lexicon.headMatch(words, at: j0) == nil, doc.numbers.read(words, at: j0) == nil,
           doc.cues[j0].isEmpty, doc.numbers.read(words, at: j0 + 1) != nil || doc.actors.phrase(at: j0 + 1, limit: range.upperBound) != nil { j0 += 1 }
        // the means before the object: "قصف الجيش بالطيران الحربي مواقع …", "استهدفت بصاروخين نفقا"
        if !prepositionalOnly, let m = meansEnd(at: j0) { j0 = doc.actors.skipQuotes(doc.skipTime(m, range.upperBound), range.upperBound) }
        if !prepositionalOnly, j0 < range.upperBound, let a = doc.actors.governedPhrase(at: j0, limit: range.upperBound) { return doc.resolvePossessive(a, referent: referent) }
        // words in quotes, then whose they are: "استهدفت "مقرات للإرهابيين" تابعة لهيئة تحرير الشام" (the owner is the target)
        if !prepositionalOnly, let owned = quotedThenOwner(at: j0) { return owned }
        // a name the gazetteer lacks, then what the person is: "اغتيال جاسم الذهبي، عميد كلية الإدارة"
        if !prepositionalOnly, j0 < range.upperBound, let a = doc.actors.namedPhrase(at: j0, limit: range.upperBound) { return a }
        // the family name of a person named in full before: "وكان الحرس الرئاسي قد احتجز بازوم"
        if !prepositionalOnly, j0 < range.upperBound, let a = doc.familyNameAlone(at: j0, asObject: true) { return a }
        // a counted object: "11 مسلحا", "عنصرين من «ألوية …»"
        if !prepositionalOnly, let (n, next) = doc.numbers.read(words, at: j0), case .number = n {
            // "واعتقلت نحو 30 منهم": so many of the people named before
            if next < range.upperBound, words[next].key == "منهم" || words[next].key == "منهن" { return countedPhrase(at: j0) }
            var k = next
            if k < range.upperBound, words[k].key == FunctionWords.min { k += 1 }
            if k < range.upperBound, let a = doc.actors.phrase(at: k, limit: range.upperBound) { return doc.resolvePossessive(a, referent: referent) }
            // "خطفوا أربعة أوروبيين يعملون في الإغاثة وطيارين كينيين اثنين": when the first conjunct names no state,
            // a later one that does tells who was hit
            var c = k + 1
            while c < range.upperBound, c <= k + 8, words[c].kind != .punctuation, !(words[c].eventWord && words[c].key.hasPrefix("و")) {
                if words[c].key.hasPrefix("و"), let a = doc.actors.phrase(at: c, limit: range.upperBound), a.actor.country != nil { return a }
                c += 1
            }
        }
        // a vague count of people: "واختطفوا عددا من النساء والأطفال", "اعتقلت العشرات من الشبان"
        if !prepositionalOnly, let a = doc.countedPeople(at: j0, limit: range.upperBound) { return doc.resolvePossessive(a, referent: referent) }
        var j = j0
        while j < range.upperBound, j < j0 + 8 {
            if words[j].kind == .punctuation, words[j].punct != "-", words[j].punct != "“", words[j].punct != "”" { break }
            if handsOf(j) { return nil }
            if words[j].isClass(.target) || words[j].key.hasPrefix("ضد") {
                var k = j + 1
                while k < range.upperBound, k < j + 4 {
                    if let a = doc.actors.phrase(at: k, limit: range.upperBound) { return doc.resolvePossessive(a, referent: referent) }
                    k += 1
                }
                return nil
            }
            j += 1
        }
        return nil
    }

    /// The owner after a quotation of up to four words opening at `j0 - 1` and an affiliation participle: "مقرات
    /// للإرهابيين" تابعة لهيئة تحرير الشام → Hayat Tahrir al-Sham, its text the whole phrase.
    func quotedThenOwner(at j0: Int) -> FoundActor? {
        guard j0 > range.lowerBound, j0 < range.upperBound, doc.actors.isQuote(j0 - 1, ActorFinder.openingQuotes),
              let close = (j0..<min(range.upperBound, j0 + 5)).first(where: { doc.actors.isQuote($0, ActorFinder.closingQuotes) }),
              close > j0, close + 2 < range.upperBound, words[close + 1].inClass(.affiliated),
              var o = doc.actors.affiliationOwner(after: close + 1, range.upperBound, depth: 0), o.actor.entity != nil || o.actor.country != nil
        else { return nil }
        o.actor.text = doc.text(words[j0 - 1].start..<words[o.end - 1].end)
        o.start = j0 - 1
        return o
    }

    /// A weapon behind بـ ("بالطيران الحربي", "بصاروخين", "بقذائف المدفعية"), with up to two words that qualify it:
    /// the index after it, where the object may follow.
    func meansEnd(at j: Int) -> Int? {
        // (or arms named by their weapon's adjective: "بالأسلحة الصاروخية")
        guard j < range.upperBound, words[j].kind == .arabic, words[j].key.first == EventLexicon.ba,
              words[j].inClass(.weapon) || isDrone(j) || (j + 1 < range.upperBound && EventCoder.armsKeys.contains(words[j].key)
                                                           && words[j + 1].inClass(.weapon))
        else { return nil }
        var k = j + 1
        while k < range.upperBound, k < j + 3, words[k].kind == .arabic, doc.actors.mentionAt[k] == nil || doc.actors.layer.mentions[doc.actors.mentionAt[k]!].form == .nisba,
              !doc.actors.isBoundary(k), words[k].key.first != EventLexicon.waw,
              lexicon.headMatch(words, at: k) == nil, words[k].key.hasPrefix(EventLexicon.article) == words[j].key.dropFirst().hasPrefix(EventLexicon.article)
                || words[k].inClass(.weapon) { k += 1 }
        return k
    }

    static let armsKeys: WordKeySet = ["بالأسلحة", "بأسلحة", "بالسلاح", "بسلاح"]
    static let matterPrepositions: WordKeySet = ["على", "علي", "حول", "بشأن"]
    static let reciprocalTypes: Set<String> = ["AGREE", "CONSULT", "COOPERATE"]

    static let with: WordKey = "مع"

    /// The actor a state's, a capital's or a body's name at `k` stands for (a capital as its government).
    func nameActor(at k: Int, end: Int) -> FoundActor? {
        guard let m = doc.actors.mentionAt[k] else { return nil }
        let lm = doc.actors.layer.mentions[m]
        let type = doc.actors.layer.entities[lm.entity].type
        guard [.city, .country, .organization, .group].contains(type) else { return nil }
        var actor = doc.actors.entityActor(lm)
        if type == .city { actor.sector = .government }
        return FoundActor(actor: actor, start: k, end: end, label: nil)
    }

    /// The first actor named in the sentence before `i`, past a dateline and a first verb ("طهران - وصل وزير
    /// الخارجية السعودي …، والتقى نظيره"): who the sentence is about.
    func firstActor(before i: Int) -> FoundActor? {
        for k in range.lowerBound..<min(i, range.lowerBound + 6) where words[k].kind == .arabic {
            // (not a dateline's city: "طهران - وصل …")
            if k + 1 < i, words[k + 1].kind == .punctuation, "-ـ–—".unicodeScalars.contains(words[k + 1].punct) { continue }
            if let a = doc.actors.phrase(at: k, limit: i), a.end < i, a.label != "counterpart",
               a.actor.country != nil || a.actor.entity != nil { return a }
        }
        return nil
    }

    /// "طهران والرياض" before the verb: the name before "و" and the one after it, both actors.
    func coordinatedPair(endingAt second: FoundActor) -> (FoundActor, FoundActor)? {
        // two names joined by و at the phrase's start or inside it (a pronoun's referent has no words here)
        let from = max(range.lowerBound + 1, second.start)
        guard second.end > from else { return nil }
        for k in from..<second.end where words[k].key.hasPrefix("و") {
            guard doc.actors.mentionAt[k] != nil, let b = nameActor(at: k, end: second.end) else { continue }
            var p = k - 1
            while p > range.lowerBound, doc.actors.mentionAt[p] != nil, doc.actors.mentionAt[p] == doc.actors.mentionAt[p - 1] { p -= 1 }
            if let a = doc.actors.phrase(at: p, limit: k), a.end == k, a.actor.entity != b.actor.entity { return (a, b) }
            if let a = nameActor(at: p, end: k), a.actor.entity != b.actor.entity { return (a, b) }
        }
        return nil
    }

    /// The record's location for the place mention.
    func location(_ place: LinkedMention?) -> EventLocation? {
        guard let m = place else { return nil }
        let e = doc.actors.layer.entities[m.entity]
        return EventLocation(entity: e.id, name: e.name, lat: e.lat, lon: e.lon)
    }

    /// Unnamed local actors ("مسلحون", "شخصا", "عناصر الشرطة", "مدير مكتب وزير الداخلية") belong to the country where the event took
    /// place, as an event coder writes "Civilians (Iraq)"; actors named with a country, international ones,
    /// peacekeepers and the media keep what the text says.
    func localizeActors(_ ev: inout Event, place: LinkedMention?) {
        guard let m = place, let country = doc.actors.layer.entities[m.entity].country else { return }
        func local(_ a: Actor?) -> Actor? {
            // an office or a person found by pattern ("مدير مكتب وزير الداخلية") has no country of its own either
            guard var a, a.country == nil, a.entity.map(doc.actors.isPatternEntity) ?? true else { return a }
            // "قوات أجنبية", "المسلحين الأجانب": said to be from elsewhere
            if let t = a.text, t.split(separator: " ").contains(where: { EventCoder.foreign.contains(EventLexicon.stripArticle(ArabicFold.key(String($0)))) }) { return a }
            // a ship sails under any flag: off Yemen's coast it is not Yemen's
            if EventCoder.vessels.contains(a.name) { return a }
            // nor does an aircraft of no state named fly only over its own land ("استهدفت طائرة مسيرة سيارة في
            // القامشلي": Turkish, American or Syrian, the place does not tell)
            if EventCoder.aircraft.contains(a.name) { return a }
            switch a.sector {
            case .international?, .peacekeepers?, .media?: return a
            default: a.country = country; return a
            }
        }
        ev.source = local(ev.source)
        ev.target = local(ev.target)
    }

    /// The names of the vessel heads (`actor-heads.tsv`): the place of an attack on one is not its country.
    /// The names of the aircraft heads (`actor-heads.tsv`).
    static let aircraft: Set<String> = ["aircraft", "warplane", "fighter jets", "helicopters"]
    static let vessels: Set<String> = ["merchant ship", "merchant ships", "cargo ship", "cargo ships", "oil tanker", "oil tankers",
                                       "warship", "warships"]

    /// Words that begin another clause with its own subject and place ("فيما", "بينما", "في حين"; not "حين"
    /// alone, "when", whose clause tells the same act) — unless the clause goes on with the toll ("قتل 3 أشخاص
    /// بينما أصيب 20، … وسط مدينة ملبورن", "فيما جرح 59 آخرون").
    static let clauseBreaks: WordKeySet = ["فيما", "وفيما", "بينما", "وبينما"]
    func isClauseBreak(_ j: Int) -> Bool {
        guard EventCoder.clauseBreaks.contains(words[j].key) || (words[j].key == FunctionWords.hina && j > range.lowerBound && words[j - 1].key == FunctionWords.fi)
        else { return false }
        for k in (j + 1)..<min(range.upperBound, j + 4) where words[k].kind == .arabic {
            if words[k].inClass(.killed) || words[k].inClass(.injured)
                || doc.cues[k].contains(where: { $0.kind == .injure || (EventCoder.victimVerbs.contains($0.lemma) && !$0.nominal) }) { return false }
        }
        return true
    }
    static let foreign: WordKeySet = ["اجنبي", "اجنبية", "اجنبيه", "اجانب", "اجنبيا"]

    /// "إسرائيل نفذت ضربة جوية في سورية": an attack by one state's forces inside another country, with no other
    /// target named, is coded against that country, as event coders write Israel → Syria for a cross-border
    /// strike. Only a country named as the place itself counts, not a town in it.
    func attackedCountry(source: Actor?, place: LinkedMention?) -> Actor? {
        guard let sc = source?.country, let m = place else { return nil }
        let e = doc.actors.layer.entities[m.entity]
        guard e.type == .country, let c = e.country, c != sc else { return nil }
        return Actor(name: e.name, country: c, entity: e.id, text: doc.text(m.start..<m.end))
    }

    /// The mention naming where the event took place: a linked place in the sentence near the trigger,
    /// preferring one after it; a country only after a preposition or a side of it.
    func placeMention(near i: Int) -> LinkedMention? {
        let layer = doc.actors.layer
        var best: (LinkedMention, Int)? = nil
        // within forty words of the trigger: a place further off in a run-on "sentence" (a page without
        // punctuation) is not this event's, and the scan stays linear in the page
        // and within the trigger's clause: "…، فيما لم يصدر تعليق من واشنطن" does not say where the strikes were
        var lo = max(range.lowerBound, i - 40), hi = min(range.upperBound, i + 40)
        for j in lo..<i where isClauseBreak(j) { lo = j + 1 }
        for j in (i + 1)..<max(i + 1, hi) where isClauseBreak(j) { hi = j; break }
        for j in lo..<hi {
            guard let lm = doc.actors.mentionAt[j].map({ layer.mentions[$0] }) ?? anaphoricPlace(at: j) else { continue }
            let e = layer.entities[lm.entity]
            let placeLike = e.type == .region || e.type == .city || e.type == .place
            // a country is where only after a preposition or a side of it: "في العراق", "بسوريا", "غرب الصومال"
            let inPrep = j > range.lowerBound && (FunctionWords.placePrepositions.contains(words[j - 1].key) || words[j - 1].inClass(.compass))
                || words[j].key.hasPrefix("ب") || words[j].key.hasPrefix("وب")
            // "في سورية": after a preposition a feminine nisba form of a country is its name (an adjective cannot
            // follow a preposition)
            let nameAfterPreposition = lm.form == .nisba && e.type == .country && j > range.lowerBound
                && FunctionWords.insideWords.contains(words[j - 1].key) && !words[j].key.hasPrefix(EventLexicon.article)
                && (words[j].key.hasSuffix("ية") || words[j].key.hasSuffix("يه"))
            guard lm.form == .name || nameAfterPreposition else { continue }
            guard placeLike || (e.type == .country && inPrep) else { continue }
            var f = j       // (the mention's first word)
            while f > range.lowerBound, doc.actors.mentionAt[f - 1] == doc.actors.mentionAt[j] { f -= 1 }
            // "مجموعات موالية لطهران", "ميليشيات مدعومة من إيران": the place a body is loyal to is not where it acts
            if f - 1 >= range.lowerBound, words[f - 1].inClass(.affiliated)
                || (f - 2 >= range.lowerBound && words[f - 2].inClass(.affiliated) && FunctionWords.affiliationPrepositions.contains(words[f - 1].key)) {
                continue
            }
            // "مقتل ثلاثة من جنودها من جنوب أفريقيا": a country after people and من is where they come from
            if e.type == .country {
                if f - 2 >= range.lowerBound, words[f - 1].key == FunctionWords.min,
                   let (h, _, _) = doc.actors.head(at: f - 2), h.kind == .group || h.kind == .person { continue }
            }
            let score = (j > i ? 0 : 1000) + abs(j - i) + (placeLike ? 0 : 50)
            if best == nil || score < best!.1 { best = (lm, score) }
        }
        return best?.0
    }

    /// "أمام مبنى المحافظة في وسط المدينة", "داخل البلدة": a definite place noun with no name, after a preposition
    /// of place, is the place of its kind the text named last — a city for المدينة/البلدة/القرية, a province or
    /// state for المحافظة/الولاية. Its mention stands in for it.
    func anaphoricPlace(at j: Int) -> LinkedMention? {
        guard words[j].kind == .arabic, j > range.lowerBound else { return nil }
        let k = words[j].key
        // "بالعاصمة", "وسط العاصمة": the capital the text named last (by its name or as its government)
        let capital = EventCoder.capitalAnaphors.contains(k)
        let town = EventCoder.townAnaphors.contains(k)
        guard capital || town || EventCoder.provinceAnaphors.contains(k) else { return nil }
        // after a preposition of place, a side or a centre, or with the preposition on it ("بالعاصمة")
        let p = words[j - 1]
        guard (capital && k != EventCoder.capitalAnaphors[0]) || FunctionWords.placePrepositions.contains(p.key) || p.inClass(.compass)
                || EventCoder.centreWords.contains(p.key) else { return nil }
        // a name or an adjective after it makes it another place: "المدينة المنورة", "المدينة القديمة"
        if j + 1 < range.upperBound, words[j + 1].kind == .arabic, doc.actors.mentionAt[j + 1] != nil || words[j + 1].key.hasPrefix(EventLexicon.article) { return nil }
        let layer = doc.actors.layer
        for lm in layer.mentions.reversed() where lm.end <= words[j].start {
            let e = layer.entities[lm.entity]
            if capital {
                guard layer.capitals.contains(e.id) else { continue }
                var m = lm
                m.form = .name      // (where, even when it was named as its government)
                return m
            }
            if lm.form == .name, town ? e.type == .city : e.type == .region { return lm }
        }
        return nil
    }
    static let townAnaphors: WordKeySet = ["المدينة", "البلدة", "القرية"]
    /// "العاصمة" as written, then behind the prepositions of place that stick to it ("بالعاصمة").
    static let capitalAnaphors: [WordKey] = ["العاصمة", "بالعاصمة", "وبالعاصمة"]
    static let provinceAnaphors: WordKeySet = ["المحافظة", "الولاية"]
    static let centreWords: WordKeySet = ["وسط", "قلب", "داخل", "أطراف", "اطراف", "ضواحي", "مركز"]

    /// An act dated two or more calendar years before publication is history the sentence recalls ("مذبحة
    /// سربرنيتشا … عام 1995", "تعويضات لضحايا اعتداء لوكربي عام 1988"), not news — unless the sentence is an
    /// entry of a chronology, which opens with its date ("ـ 12 يوليو 2005: جرح وزير الدفاع في تفجير").
    func isHistorical(_ d: ResolvedDate) -> Bool {
        guard let published = doc.publishedDate, let year = Int(d.date.prefix(4)), published.year - year >= 2 else { return false }
        var j = range.lowerBound, opening = 0
        while j < range.upperBound, words[j].kind == .punctuation { j += 1 }
        while j < range.upperBound, words[j].start < d.start, opening < 2 { j += 1; opening += 1 }
        return j >= range.upperBound || words[j].start != d.start
    }

    func nearestDate(_ offset: Int) -> ResolvedDate? {
        let s = doc.sentences[sentence]
        var best: ResolvedDate? = nil
        for d in doc.dates where d.start >= s.start && d.end <= s.end {
            if best == nil || abs(d.start - offset) < abs(best!.start - offset) { best = d }
        }
        return best
    }

    /// The actor phrase at `j`, past a count and "من": "جنديان أمريكيان" (a dual head), "ثلاثة جنود", "اربعة من عناصر الشرطة".
    /// One person named by a singular noun that is no actor head, being an adjective too ("شاب" is also
    /// "young"): "واستشهد شاب", "وأصيب فتى". Only where a victim is read; its sector is the lexicon's.
    func singleVictim(at j: Int) -> FoundActor? {
        guard words[j].kind == .arabic, let v = lexicon.value(.single, words[j]), let sector = Sector(rawValue: v) else { return nil }
        let t = doc.text(words[j].start..<words[j].end)
        return FoundActor(actor: Actor(name: t, sector: sector, text: t), start: j, end: j + 1, label: nil)
    }

    func countedPhrase(at j: Int, limit: Int? = nil) -> FoundActor? {
        let hi = limit ?? range.upperBound
        guard j < hi else { return nil }
        if let a = doc.actors.governedPhrase(at: j, limit: hi) { return a }
        guard let (n, next) = doc.numbers.read(words, at: j) else { return singleVictim(at: j) }
        // a number, or a vague quantity of a definite or partitive phrase ("عدد من جنود المارينز", "عشرات المواطنين")
        if n == .vague, !(next < hi && (words[next].key == FunctionWords.min || words[next].key.hasPrefix(EventLexicon.article))) { return nil }
        // "اعدم اثنان منهم": so many of the people named before in the sentence
        if next < hi, words[next].key == "منهم" || words[next].key == "منهن" {
            var b = j - 1
            while b >= range.lowerBound, b >= j - 30 {
                // (civilians of no named state too: "فرقت الشرطة المحتجين … واعتقلت نحو 30 منهم")
                if var a = doc.actors.phrase(at: b, limit: j),
                   a.actor.country != nil || a.actor.entity != nil || a.actor.sector == .civilians {
                    // the whole phrase, not its last nisba: "عشرة عمال أتراك"
                    for c in stride(from: b - 1, through: max(range.lowerBound, b - 2), by: -1) {
                        if let w = doc.actors.phrase(at: c, limit: j), w.end >= a.end { a = w }
                    }
                    var actor = a.actor
                    actor.text = doc.text(words[j].start..<words[next].end)
                    return FoundActor(actor: actor, start: j, end: next + 1, label: a.label)
                }
                b -= 1
            }
            return nil
        }
        let k = next < hi && words[next].key == FunctionWords.min ? next + 1 : next
        return doc.actors.phrase(at: k, limit: hi)
    }

    /// Who the toll counts: "مقتل جنديين عراقيين", "مقتل اربعة من عناصر الشرطة", "خمسة مدنيين قتلوا".
    func victims(near i: Int? = nil) -> FoundActor? {
        for j in window(i) where words[j].kind == .arabic && (words[j].inClass(.killed) || words[j].inClass(.injured)) {
            var k = j + 1
            if k < range.upperBound, let (n, next) = doc.numbers.read(words, at: k), case .number = n {
                if let a = doc.actors.phrase(at: k, limit: range.upperBound) { return a }      // a dual head: "جنديين"
                k = next
                if k < range.upperBound, words[k].key == FunctionWords.min { k += 1 }
                if let a = doc.actors.phrase(at: k, limit: range.upperBound) { return a }
            } else if let a = k < range.upperBound ? doc.actors.governedPhrase(at: k, limit: range.upperBound) : nil {
                return a        // "مقتل جندي أفغاني", "مقتل الصحافي": whose killing
            } else if k < range.upperBound, let a = singleVictim(at: k) {
                return a        // "ومقتل فتاة صغيرة", "إصابة شاب"
            } else if j > range.lowerBound, let a = victimBefore(j, referent: nil) {
                return a
            }
        }
        return nil
    }

    /// The target of an attack with a toll and no target named by its verb: the people the toll counts
    /// ("أسفر عن مقتل ثلاثة أشخاص"), or, when the toll gives only a number ("قتل 20 واصيب 70 في الموصل"),
    /// the unnamed victims of the country where it happened, as an event coder writes "Civilians (Iraq)";
    /// Marsad does not say civilians, since a bare toll does not tell. Such an actor's text is the count.
    func tollTarget(_ ev: Event, place: LinkedMention?, near i: Int? = nil) -> Actor? {
        guard (ev.fatalities ?? 0) + (ev.injured ?? 0) > 0 else { return nil }
        if let v = victims(near: i), v.actor != ev.source {
            var e = ev
            e.target = v.actor
            localizeActors(&e, place: place)
            return e.target
        }
        guard let m = place, let c = doc.actors.layer.entities[m.entity].country else { return nil }
        let name = doc.actors.countryName(c, fallback: doc.actors.layer.entities[m.entity])
        return Actor(name: "Victims (\(name))", country: c, text: tollCount(near: i).map { doc.text(words[$0.lowerBound].start..<words[$0.upperBound - 1].end) })
    }

    /// The words of the first count next to a killed/injured word ("قتل 20", "18 شخصا قتلوا"): the evidence
    /// for victims the text names only by number.
    func tollCount(near i: Int? = nil) -> Range<Int>? {
        for j in window(i) where words[j].kind == .arabic && (words[j].inClass(.killed) || words[j].inClass(.injured)) {
            if j + 1 < range.upperBound, !words[j + 1].key.hasPrefix("و") || words[j + 1].key.hasPrefix("واحد"),
               let (n, next) = doc.numbers.read(words, at: j + 1), case .number = n { return (j + 1)..<next }
            var b = j - 1
            while b >= range.lowerBound, b >= j - 4, words[b].kind != .punctuation {
                if let (n, next) = doc.numbers.read(words, at: b), case .number = n, !isAgeOrLimit(b) { return b..<next }
                b -= 1
            }
        }
        return nil
    }

    /// "كلهم دون ال15 وكلهم ضحايا", "في سن 12": a number with the article or after a word of age or limit is an
    /// age or a bound, not how many were hurt.
    func isAgeOrLimit(_ b: Int) -> Bool {
        b > range.lowerBound && (words[b - 1].key == EventLexicon.article || EventCoder.limitWords.contains(words[b - 1].key))
    }
    static let limitWords: WordKeySet = ["دون", "فوق", "تحت", "سن", "عمر", "بعمر", "بسن", "عمرها", "عمره"]

    /// Deaths and injuries stated in the sentence: a count next to a killed/injured word.
    /// The number right before word `j` ("11 مسلحا", "ثلاثة من عناصرها" read back from the phrase).
    func countBefore(_ j: Int) -> Int? {
        var b = j - 1
        if b > range.lowerBound, words[b].key == FunctionWords.min { b -= 1 }
        // a number word or digits: the reader must end exactly at `j` (or at its "من")
        for start in stride(from: b, through: max(range.lowerBound, b - 2), by: -1) {
            if let (c, next) = doc.numbers.read(words, at: start), case .number(let n) = c, next == b + 1 { return n }
        }
        return nil
    }

    /// A country's nisba in the singular at `j`, standing for one person: "فلسطيني", "إسرائيلية".
    func isSingularNisba(_ j: Int) -> Bool {
        guard let m = doc.actors.mentionAt[j], doc.actors.layer.mentions[m].form == .nisba else { return false }
        let k = words[j].key
        return (k.hasSuffix(EventCoder.nisbaYa) || k.hasSuffix(EventCoder.nisbaYaTa)) && !k.hasSuffix(EventCoder.nisbaPluralYin)
    }
    static let nisbaYa: WordKey = "ي", nisbaYaTa: WordKey = "ية", nisbaPluralYin: WordKey = "يين"

    func casualties(near i: Int? = nil) -> (Int?, Int?) {
        var fatal: Int? = nil, injured: Int? = nil
        // the toll words after the trigger first, nearest first, then those before it, nearest first: of two
        // tolls in one sentence ("قتل حارس وأصيب سبعة …، في حين قتل شخص وأصيب خمسة") each event takes its own
        let w = window(i)
        let order: [Int] = i.map { c in Array(max(c, w.lowerBound)..<w.upperBound) + Array((w.lowerBound..<max(c, w.lowerBound)).reversed()) } ?? Array(w)
        for j in order where words[j].kind == .arabic {
            let isKilled = words[j].inClass(.killed), isInjured = words[j].inClass(.injured)
            guard isKilled || isInjured else { continue }
            // "إن بين القتلى أربعة مدنيين": a count among the dead of a toll told before is no toll of its own
            // (one person named among them still is: "من بين الضحايا شرطي بريطاني قتل")
            let among = j > range.lowerBound && EventCoder.amongKeys.contains(words[j - 1].key)
            // (nor the count after "القتلى بينهم": "القتلى بينهم اثنان من غير السوريين" is a part of the toll; a count
            // before the toll word still is one, "ثمانية قتلى بينهم ثلاثة أجانب")
            let partAfter = j + 1 < range.upperBound && EventCoder.amongThemKeys.contains(words[j + 1].key)
            var count: CountWord? = nil
            // after: "مقتل 5 أشخاص", "إصابة ثلاثة" — not a count coordinated to the next noun ("11 قتيلا و31 جريحا")
            let coordinated = j + 1 < range.upperBound && words[j + 1].key.hasPrefix("و") && !words[j + 1].key.hasPrefix("واحد")
            // ("لقي شخص مصرعه اليوم الاثنين": Monday, not two)
            func weekday(_ k: Int) -> Bool { words[k].isClass(.weekday) && k > range.lowerBound && words[k - 1].inClass(.daytime) }
            if among || partAfter {}
            else if j + 1 < range.upperBound, !coordinated, let (c, _) = doc.numbers.read(words, at: j + 1) { count = c }
            else if j + 2 < range.upperBound, !coordinated, words[j + 1].kind == .arabic, !weekday(j + 2),
                    let (c, _) = doc.numbers.read(words, at: j + 2), case .number = c { count = c }
            // one person named in the singular right after the toll word: "مقتل شخص", "إصابة جندي إسرائيلي"
            // (or by a nisba alone: "استشهاد فلسطيني", "مقتل إسرائيلية", not the plural "فلسطينيين")
            if count == nil, j + 1 < range.upperBound, words[j + 1].kind == .arabic,
               words[j + 1].inClass(.single) || isSingularNisba(j + 1),
               !words[j + 1].key.hasPrefix(EventLexicon.article), words[j].key.hasPrefix("م") || words[j].key.hasPrefix("ا") || words[j].key.hasPrefix("إ") {
                count = .number(1)
            }
            // before: "18 شخصا قتلوا", "اثنين من جنودها أصيبا"
            if count == nil, !among {
                var b = j - 1
                while b >= range.lowerBound, b >= j - 4, words[b].kind != .punctuation {
                    if let (c, _) = doc.numbers.read(words, at: b), !isAgeOrLimit(b) {
                        // ("مقتل 6 أشخاص وجرح آخرين": the count is the toll word's before it, not this one's)
                        if b > range.lowerBound, words[b - 1].inClass(.killed) || words[b - 1].inClass(.injured) { break }
                        count = c; break
                    }
                    b -= 1
                }
            }
            // one person named right before a singular verb, indefinite and uncounted: "شابا استشهد", "جنديا قتل"
            // (not "90 شخصا قتلوا"), for the event that verb itself tells (another act of the sentence has its own)
            if count == nil, !among, j == i, j - 1 > range.lowerBound, words[j - 1].kind == .arabic, words[j - 1].inClass(.single),
               !words[j - 1].key.hasPrefix(EventLexicon.article), words[j - 1].tanween || words[j - 1].key.last == EventLexicon.alef,
               doc.numbers.read(words, at: j - 2) == nil, doc.cues[j].contains(where: { !$0.nominal }),
               !EventCoder.hasPluralSubjectSuffix(words[j].key, lemma: doc.cues[j].first?.lemma ?? "") {
                count = .number(1)
            }
            if count == nil, !among, isKilled, let n = EventCoder.idiomTollCounts[words[j].key] { count = .number(n) }
            guard case .number(let n)? = count else { continue }
            if isKilled, fatal == nil { fatal = n }
            if isInjured, injured == nil { injured = n }
        }
        return (fatal, injured)
    }
}

extension Event {
    /// The same act told again: its counts, place and target fill what this telling lacks ("أحرقوا إطارات
    /// وهاجموا القوات الأمنية بالحجارة": the forces).
    mutating func absorb(_ other: Event) {
        if target == nil { target = other.target }
        if fatalities == nil { fatalities = other.fatalities }
        if injured == nil { injured = other.injured }
        if location == nil { location = other.location }
    }
}

extension Array where Element == Event {
    /// The attack a claim of responsibility told in sentence `n` names: of the attacks with no doer, or doers of no
    /// name ("مسلحون", "gunmen"), told in the six
    /// sentences before, the one with the largest toll (the bombing, not the gunmen the guards shot after it), the
    /// last on a tie. Arabic ("أعلنت … مسؤوليتها عن الهجوم") and English ("claimed responsibility for") share it.
    func claimedAttack(before n: Int) -> Int? {
        largestToll { $0.type == "ASSAULT" && !$0.negated && ($0.source?.unnamedDoer ?? true) && $0.sentence < n && n - $0.sentence <= 6 }
    }

    /// Index of the event with the largest toll (killed and injured) among those `include` accepts, the last of
    /// equal tolls: the story's attack, not a clash told after it.
    func largestToll(_ include: (Event) -> Bool) -> Int? {
        var best: Int? = nil, bestToll = -1
        for k in indices.reversed() where include(self[k]) {
            let toll = (self[k].fatalities ?? 0) + (self[k].injured ?? 0)
            if toll > bestToll { best = k; bestToll = toll }
        }
        return best
    }
}

extension Actor {
    /// Doers the text names only by what they are, of no state or body: "مسلحون", "gunmen", "مجهولون". A group
    /// that claims their act names them.
    var unnamedDoer: Bool {
        entity == nil && (sector == .rebels || sector == nil || sector == .unknown)
    }
}
