import XCTest
@testable import MarsadAnalysis

/// Which uses of the ASSAULT and PROTEST words report an act that happened, on sentences of the kind
/// the Arabic event GSR and Arabic news carry: criticism called an attack, habits told in the present,
/// relative clauses, charges and inquiries, known acts named by a masdar, history, diplomatic protests.
final class EventSenseTests: XCTestCase {
    func assaults(_ text: String, published: String = "2008-07-20") -> [Event] {
        runEvents(text, published: published).events.filter { $0.type == "ASSAULT" && !$0.negated }
    }

    func protests(_ text: String, published: String = "2008-07-20") -> [Event] {
        runEvents(text, published: published).events.filter { $0.type == "PROTEST" && !$0.negated }
    }

    /// "أغار على" is the raid verb of air strikes; its present "يغير" is another verb ("changes").
    func testRaidVerb() {
        let raid = assaults("وأغارت طائرات حربية إسرائيلية فجر اليوم على مواقع في بلدة عيتا الشعب.")
        XCTAssertEqual(raid.first?.mode, "aerial")
        XCTAssertEqual(raid.first?.source?.country, "IL")
        XCTAssertTrue(assaults("وقال الوزير إن القرار لا يغير شيئا في موقف بلاده.").isEmpty)
    }

    /// What a condemnation names is a known act, not news of one (the GSR labels these "easy no").
    func testCondemnedActsAreNotReported() {
        XCTAssertTrue(assaults("حكومة المالكي تدين التفجيرات ـ ومعها كل القوى السياسية على اختلاف مشاربها.").isEmpty)
        XCTAssertFalse(assaults("وأعلنت الشرطة مقتل ثلاثة أشخاص في انفجار سيارة مفخخة.").isEmpty, "a report is news")
    }

    /// Tear gas fired at people is PLOVER's crowd-control assault, by the force that fired it; gas prices and a
    /// rubber boat in a drowning toll are no weapons.
    func testTearGasIsCrowdControl() {
        let gas = assaults("وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في البصرة.")
        XCTAssertEqual(gas.first?.mode, "crowd-control")
        XCTAssertEqual(gas.first?.source?.sector, .police)
        XCTAssertEqual(gas.first?.target?.text, "المتظاهرين")
        XCTAssertTrue(assaults("وقالت الشركة إن أسعار الغاز ارتفعت بنسبة كبيرة.").isEmpty)
        XCTAssertTrue(assaults("لقي 12 شخصا حتفهم بعد غرق قارب مطاطي قبالة سواحل اليونان.").isEmpty)
    }

    /// An event noun whose support verb after it is future was only planned: "هجوما … سينفذ".
    func testAnAttackThatWillBeCarriedOutHasNotHappened() {
        XCTAssertTrue(assaults("وقالت الشرطة إنها تلقت اتصالا يفيد بأن هجوما بسيارة مفخخة سينفذ قرب السفارة.").isEmpty)
        XCTAssertEqual(assaults("وقالت الشرطة إن هجوما بسيارة مفخخة نفذ قرب السفارة أمس.").count, 1)
    }

    func testVerbalAttackIsCriticismArmedAttackIsNot() {
        XCTAssertTrue(assaults("وشن الوزير هجوما لاذعا على الحكومة في مؤتمر صحافي.").isEmpty)
        XCTAssertTrue(assaults("وهاجم رئيس البرلمان سياسة الحكومة بشدة.").isEmpty)
        XCTAssertEqual(assaults("وشن مسلحون هجوما بالصواريخ على قاعدة عسكرية في بغداد أمس.").count, 1)
    }

    func testSupportVerbWithoutAnAttackNounIsNoAttack() {
        XCTAssertTrue(assaults("فقد شنت حملة دبلوماسية مكثفة للضغط على الحلفاء.").isEmpty)
    }

    func testPresentTenseWithoutSubjectBeforeIsAHabit() {
        XCTAssertTrue(assaults("حيث يقوم عناصر الوحدة الخاصة باختطاف المدنيين الفلسطينيين الذين يقطنون قرب الحدود.").isEmpty)
        XCTAssertTrue(assaults("وحذر من ان كل الذين يقتلون العراقيين ويعذبونهم سيجابهون بموقف متشدد.").isEmpty)
        // a present verb after its subject tells what is going on (a headline, a report)
        XCTAssertEqual(assaults("أذربيجان تشن عملية عسكرية ضد القوات الأرمنية في كاراباخ.", published: "2023-09-19").count, 1)
    }

    func testRelativeManBeforeAVerbIsWho() {
        XCTAssertTrue(assaults("ولا ننسى أن هناك محكمة دولية بحق من اغتالوا رئيس الوزراء السابق.").isEmpty)
    }

    func testCharges() {
        XCTAssertTrue(assaults("وأيدت محكمة النقض الحكم ببراءة المتهم بقتل 10 أشخاص من القرية.").isEmpty)
        XCTAssertTrue(assaults("وقالت المصادر إن التحقيق في قضية خطف الشابين بات قريبا من الاحاطة بملابسات الجريمة.").isEmpty)
    }

    func testGatheringVerbsAndCharges() {
        XCTAssertEqual(protests("حيث تجمهر الناس في الشارع الرئيسي مطلقين الشعارات.").count, 1)
        XCTAssertEqual(protests("وانخرطت قوى لبنانية كثيفة في مسيرة حاشدة أمس.").count, 1)
        XCTAssertTrue(protests("وقالت النيابة إن 49 شخصا وجهت لهم جميعا اتهامات بالتجمهر.").isEmpty)
    }

    func testPossessiveMasdarNamesAKnownAct() {
        XCTAssertTrue(assaults("وعثرت الشرطة على جثة المطران بعد أسبوعين من خطفه.").isEmpty)
        XCTAssertEqual(assaults("وخطفه مسلحون من سيارته في بغداد أمس.").count, 1)
    }

    func testNegationWithConjunction() {
        let r = runEvents("ولم تتعرض استراليا لأي هجوم على أراضيها.", published: "2008-08-14").events
        XCTAssertFalse(r.contains { $0.type == "ASSAULT" && !$0.negated })
    }

    func testHistoryIsNotNewsButAChronologyEntryIs() {
        XCTAssertTrue(assaults("وأشار إلى حملة الإبادة التي قام بها الجيش ضد القرى الكردية عام 1988 وقتل فيها الآلاف.").isEmpty)
        XCTAssertEqual(assaults("ـ 12 يوليو (تموز) 2005: جرح وزير الدفاع في تفجير سيارة مفخخة استهدفت موكبه.", published: "2007-09-20").count, 1)
        XCTAssertEqual(assaults("وقتل ثلاثة من الجنود الأميركيين في انفجار عبوة ناسفة في بغداد أمس.", published: "2007-05-02").count, 1)
        // a recalled date after "يذكر أنه في" opens no chronology entry
        XCTAssertTrue(assaults("يذكر أنه في مارس (آذار) 2003، عندما هاجم مسلحون مقر البعثة الدولية، قتل عشرون موظفا.", published: "2008-12-01").isEmpty)
        XCTAssertEqual(assaults("في مارس (آذار) 2003 هاجم مسلحون مقر البعثة الدولية في بغداد.", published: "2008-12-01").count, 1)
    }

    /// The place or time that witnessed an act did not do it; "المدينة" is a city, not the participle of أدان.
    func testWitnessingPlaces() {
        let killing = assaults("وشهدت العاصمة امس اغتيال ثلاثة من رجال الدين.", published: "2008-02-14")
        XCTAssertEqual(killing.count, 1)
        XCTAssertNil(killing.first?.source)
        XCTAssertEqual(assaults("وشهدت المدينة اغتيال ثلاثة من رجال الدين.", published: "2008-02-14").count, 1)
    }

    /// A "when" clause opening the sentence dates its main clause; the act it recalls is not news.
    func testWhenClausesRecall() {
        XCTAssertTrue(assaults("عندما اغتيل القيادي في دمشق، اعلن الحزب الحرب على اسرائيل.").isEmpty)
        XCTAssertEqual(assaults("وقتل ثلاثة جنود عندما انفجرت عبوة ناسفة قرب دوريتهم في بغداد.").count, 1)
    }

    /// A list of acts named by bare forms after an event noun ("من قتل وذبح وخطف") is a list of nouns, each one;
    /// a form with a verb's ending ("وقتلت") is a verb whatever comes before.
    func testListsOfActsAreNouns() {
        XCTAssertTrue(assaults("وهذا هو التفسير الوحيد لما يجري في البلاد من قتل وذبح وخطف.").isEmpty)
        XCTAssertEqual(assaults("وعثرت الكتيبة على بعض أدوات التفجير والألغام وقتلت عددا من المسلحين.").count, 1)
    }

    /// A crowd gathered chanting protested, and a chant names whom against; a crowd gathered to watch did not.
    func testChantsMakeAndAddressProtests() {
        XCTAssertEqual(protests("واحتشد الآلاف في ساحة التحرير بالقاهرة مرددين الشعب يريد إسقاط النظام.", published: "2011-01-26").count, 1)
        XCTAssertTrue(protests("واحتشد الآلاف في ساحة التحرير بالقاهرة لمشاهدة المباراة.", published: "2011-01-26").isEmpty)
        let chant = protests("وتظاهر الآلاف في بغداد بعد صلاة الجمعة وهم يهتفون الموت لإسرائيل.", published: "2007-01-06").first
        XCTAssertEqual(chant?.target?.country, "IL")
    }

    func testDiplomaticProtestIsAComplaint() {
        let r = runEvents("احتجت سوريا رسمياً أمس لدى روسيا على سماح السلطات هناك بتنظيم مظاهرة أمام السفارة.").events
        XCTAssertFalse(r.contains { $0.type == "PROTEST" && $0.source?.country == "SY" })
        XCTAssertTrue(r.contains { $0.type == "ACCUSE" && $0.mode == "disapprove" })
    }

    func testProtestersAreNotTheActOfTheirVerb() {
        XCTAssertTrue(protests("كذلك، قام المتظاهرون بإزاحة الستار عن جدارية كبيرة وسط الساحة.").isEmpty)
        let fired = runEvents("وانتهت المسيرة بسرعة عندما تعرض المتظاهرون لإطلاق النار.").events
        XCTAssertTrue(fired.contains { $0.type == "ASSAULT" })
        XCTAssertEqual(protests("واحتشد متظاهرون امام السجن وبدأوا في القاء الحجارة على قوات الشرطة.").count, 1)
    }

    func testProtestsThatEruptGrowOrAreOrganised() throws {
        XCTAssertEqual(protests("وانفجرت مظاهرات غاضبة في عدة مدن احتجاجا على رفع الأسعار.").count, 1)
        XCTAssertTrue(assaults("وانفجرت مظاهرات غاضبة في عدة مدن احتجاجا على رفع الأسعار.").isEmpty, "a demonstration erupts, no bomb")
        XCTAssertEqual(assaults("وانفجرت عبوة ناسفة قرب دورية للشرطة.").count, 1)
        XCTAssertEqual(protests("وتصاعدت الاحتجاجات في العاصمة مساء أمس.").count, 1)
        XCTAssertEqual(protests("ومع حلول المساء، ارتفعت حدة الاحتجاجات.").count, 1)
        // "مظاهرة نظمها X": the resumed support verb names the organiser
        let organised = try XCTUnwrap(protests("وفرقت الشرطة بالقوة مظاهرة نظمها حزب البعث في الخرطوم.").first)
        XCTAssertEqual(organised.source?.text, "حزب البعث")
    }

    func testWordsOfProtestInOtherSenses() {
        // the peace process and a career are a "course", not a march
        XCTAssertTrue(protests("وأكد الوزير التزام بلاده بالمسيرة السلمية في المنطقة.").isEmpty)
        XCTAssertTrue(protests("وتحدث عن دور الحركة في مسيرة السلام منذ توقيع الاتفاق.").isEmpty)
        XCTAssertTrue(protests("وقال المدرب إن مسيرته مع النادي كانت ناجحة.").isEmpty)
        XCTAssertEqual(protests("وخرجت مسيرة سلمية في وسط المدينة تطالب بالإفراج عن المعتقلين.").count, 1)
        // "قام" governs its act through بـ, "أسفر" through عن: a protest noun elsewhere is a circumstance or subject
        XCTAssertTrue(protests("وقام ممثل عن المحتجين في ختام المظاهرة بتسليم رسالة إلى المحافظ.").isEmpty)
        XCTAssertTrue(protests("وأسفرت المظاهرات عن مواجهات عنيفة مع قوات الأمن.").isEmpty)
        XCTAssertEqual(protests("وقام المئات من الطلاب بالاعتصام أمام مبنى الجامعة.").count, 1)
        // a quoted name after its noun is not a verb: حركة "فتح" is not "opened (fire)"
        XCTAssertTrue(runEvents("وكانت استراتيجية حركة \"فتح\" السياسية تقوم على الانخراط في المسيرة السلمية.").events.isEmpty)
    }

    func testIllnessHedgesAndIntentions() {
        // "أصيب بـ" an illness or a state is no wound
        XCTAssertTrue(assaults("وأصيب عشرات التلاميذ بحالات تسمم بعد تناول وجبة المدرسة.").isEmpty)
        XCTAssertTrue(assaults("وأصيب الرئيس بجلطة ونقل إلى المستشفى.").isEmpty)
        XCTAssertEqual(assaults("وأصيب ثلاثة جنود بجروح في انفجار عبوة ناسفة شمال بغداد.").count, 1)
        // believed, not asserted
        XCTAssertTrue(assaults("ومن المرجح أنه قتل في الغارة الجوية الأخيرة.").isEmpty)
        // an intention a few words back, across quotation marks
        XCTAssertTrue(assaults("وكشف عن عزم عناصر «التنظيم» خطف رعايا أجانب.").isEmpty)
        // a span back from publication beyond two years is history
        XCTAssertTrue(assaults("وكان الفندق يديره رجل اسمه غازي، اغتاله مسلحون قبل ثلاث سنوات.", published: "2007-10-06").isEmpty)
    }

    func testSeizingAStateIsAFigure() {
        let entities = EntityStage()
        func linked(_ text: String) -> [Event] {
            EventStage().run(text: text, sentences: testSentences(text), published: "2008-07-20", entities: entities.run(text: text))
                .events.filter { $0.type == "ASSAULT" }
        }
        XCTAssertTrue(linked("وقال إن المتشددين اختطفوا لبنان كله.").isEmpty)
        XCTAssertEqual(linked("وخطف مسلحون عنصرين من حركة فتح في غزة.").count, 1, "members can be kidnapped")
    }

    /// A word's classes are bits of one UInt64 mask: a class beyond the 64th would alias another.
    func testWordClassesFitTheirMask() {
        XCTAssertLessThanOrEqual(WordClass.allCases.count, 64)
        let excluded = EventCue.readRequires("armed,!appeal,!funds")
        XCTAssertEqual(excluded.required, .weapon)
        XCTAssertEqual(excluded.excluded, WordClass.appeal.bit | WordClass.funds.bit)
        XCTAssertFalse(excluded.weapon)
    }
}
