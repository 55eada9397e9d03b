import XCTest
import MarsadExtract
import MarsadText
@testable import MarsadAnalysis

/// Whole Arabic stories through the analyzer, read as an event coder reads them: who spoke, who did what to
/// whom, where, how many, and which claim the other side denies. The texts are written for these tests in
/// the style of the wires (no sentence of them is a lexicon entry).
final class ArabicStoryTests: XCTestCase {
    static let analyzer = Analyzer()

    /// What a statement says, as written in the record's text ("" when it has no content).
    static func content(_ s: Statement?, of r: Record) -> String {
        guard let c = s?.content else { return "" }
        return String(String.UnicodeScalarView(Array(r.text.unicodeScalars)[c.start..<c.end]))
    }

    /// The record of a scraped page as `marsad analyze` makes it: title and debris taken off by `TextPage`.
    func record(_ text: String, published: String) -> Record {
        var doc = TextPage.document(from: text, name: "story")
        doc.published = published
        return Self.analyzer.analyze(doc)
    }

    static let hotelSiege = """
        مقتل 12 شخصا في هجوم لحركة الشباب على فندق في مقديشو | أخبار الصومال

        مقديشو – قالت الشرطة الصومالية إن 12 شخصا على الأقل قتلوا، بينهم ثلاثة جنود، عندما اقتحم مسلحون من حركة الشباب فندقا قرب القصر الرئاسي في العاصمة مقديشو مساء الخميس، قبل أن تنهي قوات الأمن الحصار صباح اليوم الجمعة.

        وأوضح المتحدث باسم الشرطة عبد الفتاح آدن حسن في مؤتمر صحفي أن المهاجمين فجروا سيارة مفخخة عند بوابة الفندق ثم تحصنوا داخله، مضيفا أن قوات الأمن قتلت المهاجمين الخمسة جميعا وأنقذت عشرات النزلاء، بينهم نواب في البرلمان.

        وأصيب 27 شخصا آخرون بجروح، حسب ما أفاد مدير خدمة الإسعاف عبد القادر عبد الرحمن، الذي قال إن سيارات الإسعاف نقلت الجرحى إلى مستشفى المدينة.

        وتبنت حركة الشباب المرتبطة بتنظيم القاعدة الهجوم في بيان نشرته إذاعة الأندلس التابعة لها، وزعمت أن مقاتليها قتلوا "أكثر من 30 من المرتدين" بينهم ضباط في الجيش، وهو ما نفته الحكومة الصومالية، واصفة الرقم بأنه "دعاية كاذبة".

        وأدان رئيس الوزراء الصومالي حمزة عبدي بري الهجوم، وتعهد بمواصلة الحرب على "الخوارج" حتى تحرير آخر قرية من سيطرتهم.

        من جهتها، دعت بعثة الاتحاد الأفريقي في الصومال إلى تعزيز التنسيق الأمني في العاصمة، فيما أعربت السفارة الأمريكية في مقديشو عن تضامنها مع الشعب الصومالي.

        ويأتي الهجوم بعد أسبوعين من غارة جوية أمريكية قالت القيادة الأمريكية في أفريقيا إنها قتلت ثلاثة من عناصر الحركة قرب بلدة جلب في إقليم جوبا الوسطى جنوبي البلاد.
        """

    /// A hotel siege in Mogadishu: the spokesman's four-word Somali name, a feminine "وزعمت" that goes on with
    /// the movement (not with the spokesman who spoke last), the movement's claim and the government's denial,
    /// a toll of "others" in the next sentence, the forces that killed the attackers, a body posted somewhere
    /// ("بعثة الاتحاد الأفريقي في الصومال"), "الحركة" alone for al-Shabaab, and a region of Somalia whose first
    /// word is a South Sudanese city's name.
    func testASomaliHotelSiege() {
        let r = record(Self.hotelSiege, published: "2024-03-15")
        let text = r.text
        func said(_ cue: String) -> Statement? { r.statements.first { $0.cue == cue } }
        XCTAssertEqual(said("وأوضح")?.speaker.text, "المتحدث باسم الشرطة عبد الفتاح آدن حسن")
        // the frame and its adjective are not what was said
        if let c = said("وأوضح")?.content {
            let said = String(String.UnicodeScalarView(Array(text.unicodeScalars)[c.start..<c.end]))
            XCTAssertTrue(said.hasPrefix("المهاجمين فجروا"), said)
        } else { XCTFail("no content") }
        let claim = said("وزعمت")
        XCTAssertEqual(claim?.speaker.sector, .rebels, "\(String(describing: claim?.speaker))")
        XCTAssertEqual(claim?.speaker.country, "SO")
        XCTAssertEqual(said("نفته")?.stance, .deny)
        XCTAssertTrue(r.contradictions.contains { c in
            Set([r.statements[c.a].cue, r.statements[c.b].cue]) == ["وزعمت", "نفته"] }, "\(r.contradictions)")
        XCTAssertEqual(said("دعت")?.speaker.text, "بعثة الاتحاد الأفريقي في الصومال")
        XCTAssertEqual(said("أعربت")?.speaker.text, "السفارة الأمريكية في مقديشو")
        XCTAssertEqual(said("أعربت")?.speaker.country, "US")

        let attacks = r.events.filter { $0.type == "ASSAULT" }
        let siege = attacks.first { $0.fatalities == 12 }
        XCTAssertEqual(siege?.injured, 27, "the others wounded in the next sentence are the siege's")
        XCTAssertEqual(siege?.source?.country, "SO")
        XCTAssertEqual(siege?.location?.name, "Mogadishu")
        XCTAssertEqual(siege?.date, "2024-03-14")
        XCTAssertTrue(attacks.contains { $0.source?.sector == .police && $0.target?.text == "المهاجمين" },
                      "\(attacks.map { ($0.source?.text, $0.target?.text) })")
        let strike = attacks.first { $0.mode == "aerial" }
        XCTAssertEqual(strike?.source?.country, "US")
        XCTAssertEqual(strike?.target?.country, "SO")
        XCTAssertEqual(strike?.target?.sector, .rebels, "عناصر الحركة are al-Shabaab's")
        XCTAssertEqual(strike?.fatalities, 3)
        XCTAssertEqual(strike?.location?.name, "Middle Juba")

        let ids = Set(r.entities.map(\.id))
        XCTAssertFalse(ids.contains("geonames:373303"), "Juba of South Sudan")
        XCTAssertFalse(ids.contains("geonames:2463447"), "\"داخله\" is inside it, not Dakhla")
        XCTAssertTrue(r.entities.contains { $0.type == .person && $0.name == "حمزة عبدي بري" }, "\(r.entities.filter { $0.type == .person }.map(\.name))")
        XCTAssertFalse(r.entities.contains { $0.name.contains("قتلت") }, "an organisation's name ends before the verb")
    }

    static let tripoliClashes = """
        ليبيا.. 55 قتيلا في اشتباكات طرابلس والمجلس الرئاسي يعلن وقف إطلاق النار - بوابة الأخبار

        طرابلس (ليبيا) - ارتفعت حصيلة الاشتباكات التي اندلعت ليل الاثنين بين جهاز الردع واللواء 444 قتال في أحياء جنوب العاصمة الليبية طرابلس إلى 55 قتيلا و146 جريحا، وفق ما أعلن مركز طب الطوارئ والدعم صباح اليوم الأربعاء.

        وقال المركز في بيان إن بين القتلى أربعة مدنيين، مشيرا إلى أن فرقه أجلت أكثر من 230 عائلة من مناطق الاشتباك في عين زارة وصلاح الدين.

        واندلعت المواجهات إثر احتجاز قوة الردع الخاصة آمر اللواء 444 العقيد محمود حمزة في مطار معيتيقة، بحسب مصادر أمنية، قبل أن تسلمه إلى جهاز الأمن العام بموجب اتفاق رعاه المجلس الاجتماعي لسوق الجمعة.

        ونفت قوة الردع في بيان أي نية لاستهداف اللواء، مؤكدة أن توقيف حمزة جرى "بأمر من النائب العام"، فيما اتهم اللواء 444 الجهاز بنصب كمين لقائده.

        وأعلن المجلس الرئاسي الليبي مساء الثلاثاء وقفا فوريا لإطلاق النار، وكلف وزارة الداخلية في حكومة الوحدة الوطنية بتأمين المناطق المتضررة.

        ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى الحفاظ على المكاسب الأمنية التي تحققت في السنوات الأخيرة، فيما طالبت السفارة البريطانية بمحاسبة المسؤولين عن ترويع المدنيين.

        وشهدت طرابلس في أغسطس 2022 اشتباكات مماثلة قتل فيها 32 شخصا.
        """

    /// Clashes between two armed bodies in Tripoli: the toll of "الاشتباكات التي اندلعت … بين X وY" is the clash's,
    /// coded between its sides, dated by "ليل الاثنين", claimed by the emergency centre named after "وفق ما
    /// أعلن"; "بين القتلى أربعة مدنيين" counts among those dead, not a toll of its own; "سوق الجمعة" is a
    /// district, not a Friday; a brigade, a service and a centre are actors.
    func testClashesInTripoli() {
        let r = record(Self.tripoliClashes, published: "2023-08-16")
        let attacks = r.events.filter { $0.type == "ASSAULT" }
        let clash = attacks.first { $0.fatalities == 55 }
        XCTAssertEqual(clash?.injured, 146)
        XCTAssertEqual(clash?.source?.country, "LY")
        XCTAssertEqual(clash?.target?.country, "LY")
        XCTAssertEqual(clash?.date, "2023-08-14")
        XCTAssertEqual(clash?.location?.name, "Tripoli")
        XCTAssertEqual(clash?.claimedBy?.text, "مركز طب الطوارئ")
        XCTAssertFalse(attacks.contains { $0.fatalities == 4 }, "\(attacks.map { ($0.fatalities, $0.start) })")
        XCTAssertFalse(r.events.contains { $0.date == "2023-08-11" }, "Souq al-Juma'a is no Friday")
        XCTAssertTrue(r.statements.contains { $0.cue == "اتهم" && $0.stance == .accuse && $0.speaker.sector == .military })
        XCTAssertTrue(r.statements.contains { $0.cue == "وقال" && $0.speaker.text == "المركز" })
        // the attribution's content starts after the dateline and its bracketed country
        if let s = r.statements.first(where: { $0.cue == "أعلن" }), let c = s.content {
            let said = String(String.UnicodeScalarView(Array(r.text.unicodeScalars)[c.start..<c.end]))
            XCTAssertTrue(said.hasPrefix("ارتفعت حصيلة"), said)
        } else { XCTFail("no attribution") }
    }


    static let jeninRaid = """
        استشهاد 4 فلسطينيين برصاص الاحتلال خلال اقتحام مخيم جنين | شبكة الأخبار

        جنين - استشهد أربعة فلسطينيين وأصيب 11 آخرون، بينهم طفل بحالة خطيرة، برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مخيم جنين شمال الضفة الغربية فجر اليوم الخميس، وفق ما أعلنت وزارة الصحة الفلسطينية.

        وأفاد مراسلنا بأن قوة إسرائيلية خاصة تسللت إلى المخيم قبل أن تتبعها عشرات الآليات العسكرية والجرافات، التي جرفت شوارع المخيم ودمرت البنية التحتية، فيما اندلعت اشتباكات مسلحة مع مقاومين.

        واعتقلت قوات الاحتلال سبعة شبان من المخيم، بينهم أسير محرر، واقتادتهم إلى جهة مجهولة.

        وقال الجيش الإسرائيلي في بيان إن قواته "حيدت" ثلاثة مسلحين كانوا يخططون لتنفيذ هجمات، وإن جنديا أصيب بجروح طفيفة، مضيفا أن العملية انتهت بعد ثماني ساعات.

        في المقابل، نفى نادي الأسير الفلسطيني أن يكون الشهداء مسلحين، مؤكدا أن بينهم فتى في السادسة عشرة من عمره.

        ودانت الرئاسة الفلسطينية "الجريمة"، وحملت حكومة الاحتلال المسؤولية الكاملة عن التصعيد، فيما دعت حركة الجهاد الإسلامي إلى النفير العام في مدن الضفة.
        """

    /// A raid on Jenin camp: "مراسلنا" is the outlet's correspondent (a report, not the ministry's words), the
    /// army's "حيدت" in quotes is an attack by "قواته", "نادي الأسير الفلسطيني" denies and its "مؤكدا" is its own.
    func testARaidOnJeninCamp() {
        let r = record(Self.jeninRaid, published: "2023-07-06")
        let report = r.statements.first { $0.cue == "وأفاد" }
        XCTAssertEqual(report?.stance, .report)
        XCTAssertEqual(report?.speaker.sector, .media)
        let neutralised = r.events.first { $0.type == "ASSAULT" && $0.target?.text == "مسلحين" }
        XCTAssertEqual(neutralised?.source?.country, "IL", "\(String(describing: neutralised?.source))")
        XCTAssertEqual(neutralised?.claimedBy?.country, "IL")
        let denial = r.statements.first { $0.cue == "نفى" }
        XCTAssertEqual(denial?.stance, .deny)
        XCTAssertEqual(denial?.speaker.country, "PS")
        XCTAssertEqual(r.statements.first { $0.cue == "مؤكدا" }?.speaker.text, denial?.speaker.text)
        let raid = r.events.first { $0.fatalities == 4 }
        XCTAssertEqual(raid?.injured, 11)
        XCTAssertEqual(raid?.source?.country, "IL")
        XCTAssertEqual(raid?.date, "2023-07-06")
        // one soldier named in the singular before the injury verb is one injured, the army's own, also after the
        // army's killing in the same sentence ("، وإن جنديا أصيب")
        let hurt = record("وقال الجيش الإسرائيلي إن جنديا أصيب بجروح طفيفة خلال العملية.", published: "2023-07-06")
        XCTAssertEqual(hurt.events.first { $0.type == "ASSAULT" }?.injured, 1)
        XCTAssertEqual(hurt.events.first { $0.type == "ASSAULT" }?.target?.country, "IL")
        let both = record("وقال الجيش الإسرائيلي في بيان إن قواته قتلت ثلاثة مسلحين، وإن جنديا أصيب بجروح طفيفة.", published: "2023-07-06")
        let wounded = both.events.first { $0.injured == 1 }
        XCTAssertEqual(wounded?.target?.country, "IL", "\(both.events.map { ($0.target?.text, $0.injured) })")
        XCTAssertEqual(both.events.first { $0.fatalities == 3 }?.source?.country, "IL")
    }

    static let basraProtest = """
        مقتل متظاهر وإصابة العشرات في احتجاجات على انقطاع الكهرباء في البصرة

        البصرة (العراق) - قُتل متظاهر وأصيب 23 آخرون بينهم ثمانية من عناصر الأمن، مساء الأحد، خلال احتجاجات غاضبة على انقطاع التيار الكهربائي في محافظة البصرة جنوبي العراق، وفق ما أفادت مصادر طبية وأمنية.

        وتجمع مئات المحتجين أمام مبنى ديوان المحافظة في وسط المدينة، ورددوا هتافات تطالب بإقالة وزير الكهرباء ومحاسبة الفاسدين، قبل أن يضرموا النار في إطارات السيارات ويغلقوا الطريق المؤدي إلى ميناء أم قصر.

        وقال مصدر في دائرة صحة البصرة لوكالة فرانس برس إن "شابا في العشرينيات من عمره توفي متأثرا بإصابته بطلق ناري في الصدر"، مضيفا أن المستشفيات استقبلت 15 مدنيا يعانون من حالات اختناق جراء الغاز المسيل للدموع.

        من جهتها، قالت قيادة عمليات البصرة في بيان إن قوات الأمن "التزمت أقصى درجات ضبط النفس"، ونفت أن تكون قد أطلقت الرصاص الحي على المتظاهرين، متهمة "مندسين" بالاعتداء على القوات الأمنية ورشقها بالحجارة والزجاجات الحارقة.

        وأعلنت شرطة البصرة اعتقال 12 شخصا بتهمة "التخريب والاعتداء على الممتلكات العامة"، فيما دعا محافظ البصرة أسعد العيداني المتظاهرين إلى "التعبير عن مطالبهم بطرق سلمية"، ووعد بإصلاح محطة الهارثة خلال أسبوع.

        من جانبها، طالبت المفوضية العليا لحقوق الإنسان في العراق بفتح تحقيق عاجل في مقتل المتظاهر، وحثت الحكومة على عدم استخدام القوة المفرطة.

        وتشهد البصرة، الغنية بالنفط، احتجاجات متكررة كل صيف مع ارتفاع درجات الحرارة إلى أكثر من 50 درجة مئوية، وكان 14 متظاهرا قد قتلوا في احتجاجات مماثلة في صيف عام 2018.
        """

    /// Electricity protests in Basra: the source in the health department, speaking to an agency (the agency is
    /// whom it told, not who it is), the operations command by its whole name, a commission named with its
    /// domain and its country, the protest's place as "في وسط المدينة" (Basra, not the port the road leads
    /// to), a hospital that receives the wounded (no meeting), "التيار الكهربائي" (no political current) and
    /// "بطرق سلمية" (peaceful, not Syria's Salamiyah).
    func testBasraElectricityProtests() {
        let r = record(Self.basraProtest, published: "2025-07-14")
        func said(_ cue: String) -> Statement? { r.statements.first { $0.cue == cue } }
        func content(_ s: Statement?) -> String { Self.content(s, of: r) }
        let health = said("وقال")
        XCTAssertEqual(health?.speaker.text, "مصدر في دائرة صحة البصرة")
        XCTAssertEqual(health?.speaker.country, "IQ")
        XCTAssertEqual(health?.speaker.sector, .government)
        XCTAssertTrue(content(health).hasPrefix("\"شابا في العشرينيات"), content(health))
        XCTAssertEqual(said("قالت")?.speaker.text, "قيادة عمليات البصرة")
        XCTAssertEqual(said("قالت")?.speaker.sector, .military)
        XCTAssertEqual(said("ونفت")?.stance, .deny)
        XCTAssertEqual(said("ونفت")?.speaker.text, "قيادة عمليات البصرة")
        let commission = said("طالبت")
        XCTAssertEqual(commission?.speaker.text, "المفوضية العليا لحقوق الإنسان في العراق")
        XCTAssertEqual(commission?.speaker.country, "IQ")
        XCTAssertTrue(content(commission).hasPrefix("بفتح تحقيق"), content(commission))
        let protest = r.events.first { $0.type == "PROTEST" }
        XCTAssertEqual(protest?.location?.name, "Basrah", "\(String(describing: protest?.location))")
        XCTAssertFalse(r.events.contains { $0.type == "CONSULT" }, "\(r.events.map(\.type))")
        let killing = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 1 }
        XCTAssertEqual(killing?.injured, 23)
        XCTAssertEqual(killing?.date, "2025-07-13")
        XCTAssertNotNil(r.events.first { $0.type == "COERCE" && $0.mode == "arrest" })
        XCTAssertFalse(r.entities.contains { $0.name.contains("التيار") || $0.country == "SY" }, "\(r.entities.map(\.id))")
        XCTAssertTrue(r.entities.contains { $0.id == "org:المفوضيه-العليا-لحقوق-الانسان" }, "\(r.entities.map(\.id))")
    }

    static let diplomacy = """
        وزير الخارجية السعودي يزور طهران ويبحث مع نظيره الإيراني التهدئة في المنطقة

        طهران - وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران صباح اليوم الثلاثاء في أول زيارة من نوعها منذ سنوات، والتقى نظيره الإيراني عباس عراقجي، وبحث الجانبان سبل خفض التوتر في المنطقة وتعزيز العلاقات الثنائية.

        وقال عراقجي في مؤتمر صحفي مشترك إن بلاده "ترحب بأي خطوة تعزز الأمن الإقليمي"، مؤكدا أن طهران والرياض اتفقتا على تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاقات الموقعة بين البلدين.

        من جانبه، أعرب الوزير السعودي عن أمل المملكة في أن تسهم الزيارة في "فتح صفحة جديدة"، داعيا إلى احترام سيادة الدول وعدم التدخل في شؤونها الداخلية.

        وفي السياق ذاته، وقعت الحكومة اليمنية وجماعة الحوثيين في مسقط اتفاقا لتبادل الأسرى برعاية الأمم المتحدة يشمل الإفراج عن 300 محتجز من الطرفين، وفق ما أعلن مكتب المبعوث الأممي إلى اليمن.

        في المقابل، أعلنت وزارة الخزانة الأمريكية فرض عقوبات على خمسة أشخاص وثلاث شركات متهمة بتهريب النفط الإيراني لصالح الحوثيين، فيما رفضت الخارجية الإيرانية العقوبات ووصفتها بأنها "غير قانونية".

        وكانت السعودية وإيران قد أعلنتا في مارس 2023 استئناف علاقاتهما الدبلوماسية باتفاق رعته الصين، بعد قطيعة استمرت سبع سنوات.
        """

    /// A diplomatic day: the Saudi minister met "نظيره الإيراني" (the counterpart is the other party, and his name
    /// is a person's after it), "طهران والرياض اتفقتا" is an agreement between the two capitals' governments (the
    /// committee agreed on is no party), Treasury sanctions, and "فيما رفضت الخارجية الإيرانية" is news of its
    /// own, not more of what the Treasury announced.
    func testADiplomaticDay() {
        let r = record(Self.diplomacy, published: "2025-10-14")
        let meeting = r.events.first { $0.type == "CONSULT" }
        XCTAssertEqual(meeting?.source?.country, "SA", "\(String(describing: meeting?.source))")
        XCTAssertEqual(meeting?.target?.country, "IR", "\(String(describing: meeting?.target))")
        XCTAssertEqual(meeting?.location?.name, "Tehran")
        XCTAssertEqual(meeting?.date, "2025-10-14")
        XCTAssertTrue(r.entities.contains { $0.id == "person:عباس-عراقجي" && $0.country == "IR" }, "\(r.entities.map(\.id))")
        let agreed = r.events.first { $0.type == "AGREE" }
        XCTAssertEqual(Set([agreed?.source?.country, agreed?.target?.country].compactMap { $0 }), ["IR", "SA"],
                       "\(String(describing: agreed))")
        // the prisoner deal signed in Muscat: its two parties, after the support verb "وقعت"
        let deal = r.events.first { $0.type == "AGREE" && $0.location?.name == "Muscat" }
        XCTAssertEqual(deal?.source?.country, "YE", "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text) })")
        XCTAssertEqual(deal?.target?.sector, .rebels)
        // leaving an agreement is no agreement
        XCTAssertFalse(record("وقال ترامب إن الولايات المتحدة تخرج من اتفاقية باريس للمناخ.", published: "2017-06-02")
            .events.contains { $0.type == "AGREE" })
        let sanctions = r.events.first { $0.type == "SANCTION" }
        XCTAssertEqual(sanctions?.source?.country, "US")
        let rejection = r.events.first { $0.type == "REJECT" }
        XCTAssertEqual(rejection?.source?.country, "IR")
        XCTAssertNil(rejection?.claimedBy, "\(String(describing: rejection?.claimedBy))")
        let treasury = r.statements.first { $0.cue == "أعلنت" }
        if let c = treasury?.content {
            let said = String(String.UnicodeScalarView(Array(r.text.unicodeScalars)[c.start..<c.end]))
            XCTAssertFalse(said.contains("رفضت"), said)
        } else { XCTFail("no content") }
    }

    static let redSea = """
        الحوثيون يعلنون استهداف سفينة تجارية في البحر الأحمر وغارات أمريكية على الحديدة | اليمن اليوم

        صنعاء - أعلنت جماعة أنصار الله (الحوثيين) مساء أمس الأحد استهداف سفينة تجارية ترفع علم ليبيريا في البحر الأحمر بصاروخين باليستيين وطائرة مسيرة، مؤكدة أن الإصابة كانت "دقيقة ومباشرة".

        وقال المتحدث العسكري باسم الجماعة يحيى سريع في بيان متلفز إن العملية جاءت "انتصارا للشعب الفلسطيني"، متوعدا بمواصلة استهداف السفن المرتبطة بإسرائيل حتى وقف العدوان على غزة.

        من جانبها، قالت هيئة عمليات التجارة البحرية البريطانية إن ربان سفينة أبلغ عن انفجار على مسافة قريبة من السفينة على بعد 60 ميلا بحريا غرب ميناء الحديدة، مشيرة إلى أن الطاقم بخير وأن السفينة تواصل رحلتها إلى ميناءها التالي.

        وفي وقت لاحق، شنت مقاتلات أمريكية وبريطانية أربع غارات على مواقع في محافظة الحديدة، بحسب ما أفادت قناة المسيرة التابعة للحوثيين، التي قالت إن إحدى الغارات استهدفت منطقة رأس عيسى وأسفرت عن مقتل شخصين وإصابة خمسة آخرين.

        وأكدت القيادة المركزية الأمريكية (سنتكوم) في بيان أن قواتها دمرت ثلاث منصات لإطلاق الصواريخ كانت معدة للإطلاق، نافية أن تكون الضربات قد أصابت مدنيين.

        في المقابل، اتهمت وزارة الخارجية الإيرانية واشنطن ولندن بـ"عسكرة البحر الأحمر"، وطالبت مجلس الأمن الدولي بالتحرك لوقف الهجمات على اليمن.

        ويشن الحوثيون منذ نوفمبر 2023 هجمات على سفن في البحر الأحمر وخليج عدن يقولون إنها مرتبطة بإسرائيل، ما دفع شركات شحن كبرى إلى تحويل مسار سفنها عبر رأس الرجاء الصالح.
        """

    /// A claimed attack at sea and the strikes that answered it: "أعلنت الجماعة مساء أمس استهداف سفينة" is the
    /// movement's own act, announced (its time stands between the verb and the masdar), on a merchant ship; the
    /// strikes on Hodeidah are told by the movement's channel and partly denied by CENTCOM; "يقولون" goes on
    /// with the Houthis of its sentence, not with the Iranian ministry that spoke last.
    func testARedSeaShipAttack() {
        let r = record(Self.redSea, published: "2024-06-17")
        let ship = r.events.first { $0.type == "ASSAULT" && $0.location?.name == "Red Sea" }
        XCTAssertEqual(ship?.source?.entity, "group:houthis", "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text) })")
        XCTAssertEqual(ship?.target?.sector, .civilians)
        XCTAssertTrue(ship?.target?.name.hasSuffix("merchant ship") ?? false, "\(String(describing: ship?.target))")
        XCTAssertEqual(ship?.date, "2024-06-16")
        XCTAssertEqual(ship?.claimedBy?.entity, "group:houthis")
        let strikes = r.events.first { $0.type == "ASSAULT" && $0.source?.country == "US" }
        XCTAssertEqual(strikes?.source?.sector, .military, "\(String(describing: strikes?.source))")
        XCTAssertEqual(strikes?.location?.name, "Al Hudaydah Governorate", "«في محافظة الحديدة»")
        XCTAssertEqual(strikes?.fatalities, 2)
        XCTAssertEqual(strikes?.injured, 5)
        XCTAssertEqual(strikes?.claimedBy?.sector, .media)
        XCTAssertFalse(r.contradictions.isEmpty, "CENTCOM denies hitting civilians the channel counts")
        let they = r.statements.first { $0.cue == "يقولون" }
        XCTAssertEqual(they?.speaker.entity, "group:houthis", "\(String(describing: they?.speaker))")
        let accusation = r.events.first { $0.type == "ACCUSE" }
        XCTAssertEqual(accusation?.source?.country, "IR")
        XCTAssertEqual(accusation?.target?.country, "US")
    }

    static let southLebanon = """
        ثلاثة شهداء بغارة إسرائيلية على جنوب لبنان وحزب الله يرد بقصف مواقع في الجليل | الميادين نت

        بيروت - استشهد ثلاثة أشخاص بينهم طفلان وأصيب سبعة آخرون بجروح، اليوم الأربعاء، جراء غارة شنتها مسيرة إسرائيلية على منزل في بلدة عيتا الشعب الحدودية، بحسب ما أفادت الوكالة الوطنية للإعلام.

        وأعلنت وزارة الصحة العامة اللبنانية في بيان أن الحصيلة "غير نهائية"، مشيرة إلى أن فرق الدفاع المدني لا تزال تبحث عن مفقودين تحت الأنقاض.

        وزعم المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي أن الغارة استهدفت "عنصرا في وحدة الرضوان" كان يخطط لتنفيذ هجوم ضد بلدات الشمال، وهو ما نفاه مصدر محلي أكد أن الضحايا مدنيون لا علاقة لهم بأي نشاط عسكري.

        وفي وقت لاحق، أعلنت المقاومة الإسلامية في لبنان أن مجاهديها استهدفوا ثكنة زرعيت وموقع المالكية بالأسلحة الصاروخية "ردا على الاعتداء على عيتا الشعب"، فيما دوت صفارات الإنذار في عدد من مستوطنات الجليل الأعلى.

        ونعى حزب الله في بيان منفصل أحد عناصره، من دون أن يحدد مكان أو ظروف مقتله.

        من جهتها، أعربت قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل) عن قلقها البالغ إزاء التصعيد، ودعت الطرفين إلى ضبط النفس والالتزام بالقرار 1701.

        وكان رئيس مجلس النواب نبيه بري قد حذر الأسبوع الماضي من أن "إسرائيل تدفع المنطقة نحو حرب شاملة".
        """

    /// A drone strike on a border village and the answer from Lebanon: the toll's two verbs are one strike
    /// (the drone read once as a military's, once by its nisba); the army spokesman's name after the body he
    /// speaks for; "وهو ما نفاه مصدر محلي" is a denial (the ى of نفى written ا before its pronoun); "المقاومة
    /// الإسلامية في لبنان" is Hezbollah, and its "مجاهديها" its fighters; "حذر الأسبوع الماضي من أن" says what
    /// follows the complementizer.
    func testASouthLebanonStrike() {
        let r = record(Self.southLebanon, published: "2024-02-14")
        func content(_ s: Statement?) -> String { Self.content(s, of: r) }
        let tolls = r.events.filter { $0.type == "ASSAULT" && $0.fatalities == 3 }
        XCTAssertEqual(tolls.count, 1, "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text) })")
        XCTAssertEqual(tolls.first?.injured, 7)
        XCTAssertEqual(tolls.first?.source?.country, "IL")
        XCTAssertEqual(tolls.first?.source?.sector, .military)
        XCTAssertEqual(tolls.first?.mode, "drone")
        XCTAssertEqual(tolls.first?.date, "2024-02-14")
        let claim = r.statements.first { $0.cue == "وزعم" }
        XCTAssertEqual(claim?.speaker.text, "المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي")
        XCTAssertTrue(content(claim).hasPrefix("الغارة استهدفت"), content(claim))
        XCTAssertTrue(r.entities.contains { $0.id == "person:افيخاي-ادرعي" && $0.country == "IL" }, "\(r.entities.map(\.id))")
        XCTAssertEqual(r.statements.first { $0.cue == "نفاه" }?.stance, .deny)
        let resistance = r.statements.first { $0.cue == "أعلنت" }
        XCTAssertEqual(resistance?.speaker.entity, "group:hezbollah", "\(String(describing: resistance?.speaker))")
        let answer = r.events.first { $0.type == "ASSAULT" && $0.claimedBy?.entity == "group:hezbollah" }
        XCTAssertEqual(answer?.source?.country, "LB", "\(String(describing: answer))")
        XCTAssertEqual(answer?.source?.sector, .rebels)
        XCTAssertEqual(answer?.target?.sector, .military)
        XCTAssertTrue(content(r.statements.first { $0.cue == "حذر" }).hasPrefix("\"إسرائيل تدفع"))
        XCTAssertEqual(r.events.first { $0.type == "REQUEST" }?.source?.sector, .peacekeepers)
    }

    static let northeastSyria = """
        مقتل أربعة من "قسد" بضربة تركية في ريف الحسكة وأنقرة تعلن "تحييد" 15 مسلحا | سوريا

        الحسكة - قتل أربعة عناصر من قوات سوريا الديمقراطية (قسد)، بينهم قيادي، وأصيب اثنان آخران، في ضربة نفذتها طائرة مسيرة تركية على سيارة كانت تقلهم قرب مدينة القامشلي فجر اليوم السبت، وفق ما أفاد المرصد السوري لحقوق الإنسان.

        وقال مدير المرصد رامي عبد الرحمن لوكالة الصحافة الفرنسية إن الضربة هي الثالثة من نوعها خلال أسبوع، مشيرا إلى أن المسيرات التركية تستهدف بشكل متزايد قياديين في الصف الأول.

        في المقابل، أعلنت وزارة الدفاع التركية في بيان "تحييد 15 إرهابيا" من حزب العمال الكردستاني ووحدات حماية الشعب في شمال سوريا، من دون أن تحدد مكان العمليات أو تاريخها.

        ونددت الإدارة الذاتية الكردية بالهجوم، واتهمت أنقرة بـ"استهداف المدنيين والبنى التحتية"، وطالبت التحالف الدولي بقيادة واشنطن بـ"تحمل مسؤولياته".

        وتعتبر تركيا وحدات حماية الشعب، العمود الفقري لقوات سوريا الديمقراطية، امتدادا لحزب العمال الكردستاني الذي تصنفه أنقرة وواشنطن منظمة إرهابية.

        ونفذت تركيا منذ عام 2016 ثلاث عمليات عسكرية واسعة في شمال سوريا ضد المقاتلين الأكراد.
        """

    /// A Turkish drone strike in northeast Syria: the toll told by the Observatory, whose director speaks
    /// for it ("وقال مدير المرصد": "مدير" is a head, and "المرصد" alone the Observatory named in full before);
    /// Ankara's "تحييد" claim; the Kurdish administration's condemnation, accusation and call; and a
    /// background sentence ("ونفذت تركيا منذ عام 2016 ثلاث عمليات") that codes nothing.
    func testANortheastSyriaDroneStrike() {
        let r = record(Self.northeastSyria, published: "2024-08-10")
        let strike = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 4 }
        XCTAssertEqual(strike?.injured, 2)
        XCTAssertEqual(strike?.source?.country, "TR")
        XCTAssertEqual(strike?.mode, "drone")
        XCTAssertEqual(strike?.target?.entity, "group:sdf", "\(String(describing: strike?.target))")
        XCTAssertEqual(strike?.location?.name, "Al Qāmishlī")
        XCTAssertEqual(strike?.claimedBy?.entity, "org:syrian-observatory")
        let director = r.statements.first { $0.cue == "وقال" }
        XCTAssertEqual(director?.speaker.text, "مدير المرصد رامي عبد الرحمن")
        XCTAssertEqual(director?.speaker.country, "SY")
        let neutralised = r.events.first { $0.type == "ASSAULT" && $0.claimedBy?.country == "TR" }
        XCTAssertEqual(neutralised?.source?.sector, .military)
        XCTAssertNil(neutralised?.fatalities, "'تحييد' is no count of the dead")
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" && $0.target != nil }?.target?.country, "TR")
        XCTAssertFalse(r.events.contains { $0.date?.hasPrefix("2016") ?? false }, "\(r.events.map { ($0.type, $0.date) })")
    }

    static let tunisArrest = """
        تونس: توقيف قيادي معارض وأحزاب تندد بـ"محاكمات سياسية" | الشروق أونلاين

        تونس - أوقفت وحدات أمنية تونسية فجر اليوم الخميس القيادي في جبهة الخلاص الوطني جوهر بن مبارك من منزله بالعاصمة، واقتادته إلى مقر فرقة مكافحة الإرهاب بالقرجاني، بحسب ما أكدته هيئة الدفاع عنه.

        وقالت المحامية دليلة مصدق، عضوة هيئة الدفاع، في تصريح صحفي إن موكلها "لم يُبلغ بأي تهمة"، مضيفة أن عناصر الأمن صادروا هاتفه وحاسوبه الشخصي.

        من جهتها، أفادت النيابة العمومية بالقطب القضائي لمكافحة الإرهاب في بلاغ بأنها أذنت بالاحتفاظ بالمشتبه به لمدة 48 ساعة "من أجل شبهات التآمر على أمن الدولة"، دون أن تقدم تفاصيل إضافية.

        وأصدرت محكمة الاستئناف بتونس الأسبوع الماضي أحكاما بالسجن تراوحت بين 10 و66 عاما في حق نحو 40 متهما في القضية ذاتها، بينهم سياسيون ورجال أعمال ومحامون.

        ونددت خمسة أحزاب معارضة في بيان مشترك بما وصفته "حملة قمع ممنهجة"، ودعت إلى الإفراج الفوري عن جميع المعتقلين السياسيين، فيما نظم العشرات من أنصار الجبهة وقفة احتجاجية أمام المسرح البلدي وسط العاصمة رفعوا خلالها شعارات تطالب بـ"استقلال القضاء".

        في المقابل، أكد الرئيس قيس سعيد خلال لقائه وزيرة العدل ليلى جفال مساء أمس أن "لا أحد فوق القانون"، وأن القضاء "يقوم بدوره في كنف الاستقلالية".
        """

    /// An opposition leader's arrest in Tunis: "أوقفت وحدات أمنية تونسية … القيادي" is an arrest by the police
    /// (a security unit), the lawyer and the prosecution speak, "ونددت خمسة أحزاب معارضة" is a counted body's
    /// condemnation, and "فيما نظم العشرات من أنصار الجبهة وقفة احتجاجية" is a protest of the front's supporters
    /// told by the outlet, not more of the parties' call; the slogans that "تطالب" are no speaker.
    func testATunisianArrestAndProtest() {
        let r = record(Self.tunisArrest, published: "2025-07-03")
        func content(_ s: Statement?) -> String { Self.content(s, of: r) }
        let arrest = r.events.first { $0.type == "COERCE" && $0.mode == "arrest" }
        XCTAssertEqual(arrest?.source?.country, "TN", "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text) })")
        XCTAssertEqual(arrest?.source?.sector, .police)
        XCTAssertEqual(arrest?.date, "2025-07-03")
        XCTAssertEqual(arrest?.location?.name, "Tunis", "'من منزله بالعاصمة': the capital of the dateline")
        XCTAssertEqual(r.statements.first { $0.cue == "وقالت" }?.speaker.name, "lawyer")
        XCTAssertEqual(r.statements.first { $0.cue == "أفادت" }?.speaker.sector, .government)
        let parties = r.statements.first { $0.cue == "ونددت" }
        XCTAssertEqual(parties?.speaker.text, "خمسة أحزاب معارضة")
        let call = r.statements.first { $0.cue == "ودعت" }
        XCTAssertFalse(content(call).contains("وقفة"), content(call))
        let protest = r.events.first { $0.type == "PROTEST" }
        XCTAssertEqual(protest?.source?.sector, .civilians, "\(String(describing: protest))")
        XCTAssertNil(protest?.claimedBy)
        XCTAssertFalse(r.statements.contains { $0.cue == "تطالب" }, "\(r.statements.map(\.cue))")
    }


    static let ukraineNight = """
        روسيا تعلن إسقاط 40 مسيرة أوكرانية وكييف تتهمها بقصف مبنى سكني في خاركيف - وكالة الأنباء

        أعلنت وزارة الدفاع الروسية، صباح اليوم الأحد، أن الدفاعات الجوية أسقطت 40 طائرة مسيرة أوكرانية فوق مقاطعات بيلغورود وكورسك وبريانسك خلال الليل، فيما قالت السلطات المحلية إن شظايا إحدى المسيرات أصابت مستودعا للوقود.

        وقال حاكم مقاطعة بيلغورود فياتشيسلاف غلادكوف عبر تلغرام إن امرأة قتلت وأصيب ثلاثة أشخاص بجروح في قصف أوكراني استهدف قرية حدودية.

        في المقابل، اتهمت أوكرانيا القوات الروسية بقصف مبنى سكني في مدينة خاركيف شمال شرقي البلاد بصواريخ باليستية، ما أسفر عن مقتل سبعة مدنيين بينهم طفلان وإصابة 23 آخرين.

        وقال رئيس بلدية خاركيف إيهور تيريخوف إن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض.

        ونفى المتحدث باسم الكرملين دميتري بيسكوف أن تكون القوات الروسية قد استهدفت مواقع مدنية، مؤكدا أن الضربات طالت "منشآت عسكرية فقط".

        من جهته، دعا الرئيس الأوكراني فولوديمير زيلينسكي الدول الغربية إلى تزويد بلاده بمزيد من أنظمة الدفاع الجوي، وقال إن "روسيا تواصل إرهابها ضد المدن الأوكرانية".

        وفي سياق متصل، أعلن الجيش الأوكراني أنه استهدف مصفاة نفط في مقاطعة كراسنودار الروسية، وهو ما لم تؤكده موسكو.
        """

    /// A night of drones over Russian regions and a strike on Kharkiv: "مقاطعة بيلغورود" and "مقاطعة كراسنودار"
    /// are the regions, not their cities; the shelling Ukraine accuses "القوات الروسية" of is theirs, claimed by
    /// Ukraine, and the Kremlin's spokesman denies it; the mayor of Kharkiv and the governor of Belgorod speak
    /// with their names; the two governments each say the other attacked.
    func testAUkrainianNightOfDronesAndAStrikeOnKharkiv() {
        let r = record(Self.ukraineNight, published: "2024-06-02")
        let kharkiv = r.events.first { $0.type == "ASSAULT" && $0.location?.name == "Kharkiv" }
        XCTAssertEqual(kharkiv?.source?.country, "RU", "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text, $0.location?.name) })")
        XCTAssertEqual(kharkiv?.claimedBy?.country, "UA")
        XCTAssertEqual(kharkiv?.fatalities, 7)
        XCTAssertEqual(kharkiv?.injured, 23)
        let belgorod = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 1 }
        XCTAssertEqual(belgorod?.location?.name, "Belgorod Oblast")
        XCTAssertEqual(belgorod?.source?.country, "UA")
        XCTAssertEqual(r.events.first { $0.type == "ASSAULT" && $0.source?.sector == .military && $0.source?.country == "UA"
                                        && $0.location?.entity == "geonames:542415" }?.location?.name, "Krasnodar Krai")
        let mayor = r.statements.first { $0.speaker.text?.hasPrefix("رئيس بلدية") == true }
        XCTAssertEqual(mayor?.speaker.text, "رئيس بلدية خاركيف إيهور تيريخوف")
        XCTAssertEqual(mayor?.speaker.country, "UA")
        XCTAssertEqual(mayor?.speaker.sector, .government)
        let denial = r.statements.first { $0.stance == .deny }
        XCTAssertEqual(denial?.speaker.country, "RU")
        XCTAssertEqual(denial?.speaker.sector, .government, "the Kremlin is the government")
        XCTAssertTrue(r.contradictions.contains { c in r.statements[c.a].speaker.country != r.statements[c.b].speaker.country
            && [r.statements[c.a].stance, r.statements[c.b].stance].contains(.deny) }, "\(r.contradictions)")
        XCTAssertTrue(r.contradictions.contains { $0.about.contains("each say the other attacked") }, "\(r.contradictions)")
        XCTAssertTrue(r.entities.contains { $0.id == "geonames:578071" && $0.type == .region })
    }

    static let maliCamp = """
        مقتل 21 جنديا ماليا في هجوم لجماعة نصرة الإسلام والمسلمين قرب تمبكتو - الأخبار

        باماكو (رويترز) - أعلن الجيش المالي، مساء الثلاثاء، مقتل 21 من جنوده وإصابة 14 آخرين في هجوم شنه مسلحون على معسكر للجيش قرب مدينة تمبكتو شمالي البلاد فجر اليوم نفسه.

        وقال الجيش في بيان نشره على صفحته الرسمية إن وحداته "تصدت للهجوم الإرهابي" وقتلت "أكثر من 40 إرهابيا"، مضيفا أن عمليات التمشيط ما زالت جارية في المنطقة.

        وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم في بيان نشرته عبر منصاتها، وقالت إنها سيطرت على المعسكر لساعات واستولت على أسلحة وآليات عسكرية، وهو ما نفاه المتحدث باسم الحكومة الانتقالية العقيد عبد الله مايغا.

        وفي سياق متصل، قضت محكمة في باماكو أمس الاثنين بالسجن عشر سنوات على صحفي مالي بتهمة "تقويض معنويات الجيش"، في حكم نددت به منظمة مراسلون بلا حدود ووصفته بأنه "اعتداء خطير على حرية الصحافة".

        وطالبت المنظمة السلطات الانتقالية بالإفراج الفوري عن الصحفي، فيما خرج العشرات من زملائه في وقفة احتجاجية أمام مقر نقابة الصحفيين في العاصمة.

        ويحكم المجلس العسكري مالي منذ انقلاب عام 2020، وقد طرد القوات الفرنسية وتحالف مع روسيا التي أرسلت عناصر من مجموعة فاغنر، أصبحت لاحقا تعرف باسم "الفيلق الأفريقي".
        """

    /// An attack on an army camp near Timbuktu, a journalist's sentence in Bamako: "معسكر للجيش" is a camp, not
    /// the Algerian town Mascara, so the attack is Malian and at Timbuktu; the movement that claims it speaks
    /// with its affiliation ("المرتبطة بتنظيم القاعدة") and the government's spokesman denies it; the court's
    /// sentence is legal action against the journalist; Reporters Without Borders condemns it ("نددت به") and
    /// "وطالبت المنظمة" is the same body, its object the authorities.
    func testAMaliCampAttackAndAJournalistsSentence() {
        let r = record(Self.maliCamp, published: "2024-08-14")
        let attack = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 21 }
        XCTAssertEqual(attack?.location?.name, "Timbuktu", "\(r.events.map { ($0.type, $0.source?.text, $0.location?.name) })")
        XCTAssertEqual(attack?.injured, 14)
        XCTAssertEqual(attack?.source?.country, "ML")
        XCTAssertEqual(attack?.date, "2024-08-13")
        XCTAssertFalse(r.entities.contains { $0.id == "geonames:2490098" }, "no Mascara")
        // "الجيش المالي": Mali's adjective is its name, also "financial"; in an article naming Mali it is Mali's army
        XCTAssertEqual(r.statements.first { $0.cue == "أعلن" }?.speaker.country, "ML")
        XCTAssertEqual(attack?.target?.country, "ML")
        let claim = r.statements.first { $0.speaker.entity == "group:jnim" }
        XCTAssertEqual(claim?.speaker.text, "جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة")
        XCTAssertEqual(r.statements.first { $0.stance == .deny }?.speaker.sector, .government)
        XCTAssertTrue(r.contradictions.contains { r.statements[$0.a].speaker.entity == "group:jnim" && r.statements[$0.b].stance == .deny },
                      "'وهو ما نفاه': \(r.contradictions)")
        // "وقالت إنها سيطرت على المعسكر لساعات": the group's claim to have taken the camp, which the government denies
        let seizure = r.events.first { $0.type == "COERCE" && $0.mode == "seize" }
        XCTAssertEqual(seizure?.source?.entity, "group:jnim", "\(r.events.map { ($0.type, $0.mode, $0.source?.text) })")
        XCTAssertEqual(seizure?.claimedBy?.entity, "group:jnim")
        let sentence = r.events.first { $0.type == "COERCE" && $0.mode == "arrest" }
        XCTAssertEqual(sentence?.location?.name, "Bamako")
        XCTAssertEqual(sentence?.target?.sector, .media)
        XCTAssertEqual(r.statements.first { $0.cue == "نددت" }?.speaker.entity, "org:rsf")
        let call = r.statements.first { $0.cue == "وطالبت" }
        XCTAssertEqual(call?.speaker.entity, "org:rsf")
        XCTAssertEqual(r.events.first { $0.type == "REQUEST" }?.target?.text, "السلطات الانتقالية")
        XCTAssertEqual(r.events.first { $0.type == "PROTEST" }?.location?.name, "Bamako", "'في العاصمة': the capital named last")
    }

    func testStrikesOnAnIraqiFactionAndTheClaimedAttackBefore() {
        let r = record(Self.iraqStrikes, published: "2024-01-25")
        let strikes = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 4 }
        XCTAssertEqual(strikes?.source?.country, "US", "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text) })")
        XCTAssertEqual(strikes?.target?.country, "IQ")
        XCTAssertEqual(strikes?.injured, 6)
        XCTAssertEqual(strikes?.mode, "aerial")
        XCTAssertEqual(strikes?.date, "2024-01-25")
        // "وتبنت «المقاومة الإسلامية في العراق» الهجوم": the claim names the doer of the attack told before
        let base = r.events.first { $0.type == "ASSAULT" && $0.injured == 3 }
        XCTAssertEqual(base?.source?.entity, "group:islamic-resistance-in-iraq", "\(r.events)")
        // ("هجوم صاروخي استهدف قاعدة": the attack is the verb's subject, the base its object and target)
        XCTAssertEqual(base?.target?.sector, .military)
        XCTAssertEqual(base.map { String(String.UnicodeScalarView(Array(r.text.unicodeScalars)[$0.start..<$0.end])).hasPrefix("استهدف") }, true)
        XCTAssertEqual(base?.location?.name, "Al Anbar Governorate")
        XCTAssertEqual(base?.date, "2024-01-23")
        XCTAssertFalse(r.events.contains { $0.source?.entity == "media:telegram" }, "where a statement was posted is not who spoke")
        // "وقالت في بيان نشرته على قناتها في تلغرام إنها": the group goes on speaking, not the Pentagon before it
        XCTAssertEqual(r.statements.first { $0.speaker.entity == "group:islamic-resistance-in-iraq" }?.cue, "وقالت")
        // "وزارة الدفاع الأمريكية (البنتاغون) في بيان إن": the short name in brackets is the speaker's
        let pentagon = r.statements.first { $0.speaker.country == "US" }
        XCTAssertEqual(pentagon?.content.map { String(r.text.unicodeScalars.dropFirst($0.start).prefix(7)) }, "الضربات")
        XCTAssertEqual(r.statements.first { $0.stance == .deny }?.speaker.entity, "group:kataib-hezbollah")
        XCTAssertEqual(r.statements.first { $0.stance == .accuse && $0.speaker.country == "IQ" }?.speaker.sector, .government)
    }

    static let iraqStrikes = """
        واشنطن تقصف مقرات لكتائب حزب الله في جرف الصخر بعد هجوم على قاعدة عين الأسد | الموجز

        بغداد - الموجز

        شنت طائرات أمريكية فجر اليوم الخميس غارات على مقرات تابعة لكتائب حزب الله في منطقة جرف الصخر جنوب بغداد، ما أسفر عن مقتل أربعة من عناصر الفصيل وإصابة ستة آخرين، بحسب مصادر أمنية عراقية.

        وقالت وزارة الدفاع الأمريكية (البنتاغون) في بيان إن الضربات جاءت ردا على هجوم صاروخي استهدف قاعدة عين الأسد الجوية في محافظة الأنبار مساء الثلاثاء، وأدى إلى إصابة ثلاثة جنود أمريكيين بجروح طفيفة.

        وتبنت "المقاومة الإسلامية في العراق" الهجوم على القاعدة، وقالت في بيان نشرته على قناتها في تلغرام إنها استهدفت القاعدة بصواريخ "ردا على دعم واشنطن للعدوان على غزة".

        من جهتها، أدانت الحكومة العراقية الغارات الأمريكية، ووصفها المتحدث باسم الحكومة باسم العوادي بأنها "انتهاك واضح للسيادة العراقية"، مؤكدا أن بغداد لم تُبلَّغ بها مسبقا.

        ونفى مسؤول في كتائب حزب الله أن يكون الفصيل قد شارك في الهجوم على عين الأسد، متهما الولايات المتحدة بـ"استهداف مقاتلين كانوا يؤدون واجبهم في حماية الحدود".

        وكانت القوات الأمريكية قد اعترضت الأسبوع الماضي طائرتين مسيرتين قرب قاعدة حرير في أربيل، دون أن تقع إصابات.

        ويتمركز نحو 2500 جندي أمريكي في العراق في إطار التحالف الدولي لمحاربة تنظيم الدولة الإسلامية.
        """

    func testAMassAbductionFromANigerianSchool() {
        let r = record(Self.nigeriaSchool, published: "2024-03-08")
        let abduction = r.events.first { $0.type == "ASSAULT" && $0.mode == "abduct" }
        // "مسلحون يُعتقد أنهم من عصابات قطاع الطرق": the clause of belief is neither the doers' name nor their object
        XCTAssertEqual(abduction?.source?.text, "مسلحون", "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text) })")
        XCTAssertEqual(abduction?.target?.sector, .civilians)
        XCTAssertEqual(abduction?.location?.name, "Kaduna State")
        XCTAssertEqual(abduction?.date, "2024-03-07")
        // "…، على ما أفاد سكان ومسؤولون محليون": the residents told the clause before
        XCTAssertEqual(abduction?.claimedBy?.text, "سكان")
        let said = r.statements.first { $0.cue == "أفاد" }?.content.map { String(String.UnicodeScalarView(Array(r.text.unicodeScalars)[$0.start..<$0.end])) }
        XCTAssertEqual(said.map { String($0.prefix(9)) }, "خطف مسلحو")
        XCTAssertFalse(said?.contains("على ما") ?? true)
        // "وأن أحد عناصر الشرطة قتل في تبادل لإطلاق النار": one policeman killed, not a killer
        let policeman = r.events.first { $0.type == "ASSAULT" && $0.target?.sector == .police }
        XCTAssertEqual(policeman?.fatalities, 1, "\(r.events)")
        XCTAssertNil(policeman?.source)
        // "منظمة الأمم المتحدة للطفولة (يونيسف)": the name in brackets says which body the words describe
        XCTAssertEqual(r.statements.first { $0.cue == "وأدانت" }?.speaker.entity, "org:unicef")
        XCTAssertEqual(r.statements.first { $0.cue == "ودعت" }?.speaker.entity, "org:unicef")
        XCTAssertEqual(r.statements.first { $0.stance == .deny }?.speaker.sector, .government)
    }

    static let nigeriaSchool = """
        مسلحون يخطفون أكثر من 280 تلميذا من مدرسة في شمال غرب نيجيريا

        أبوجا - (أ ف ب)

        خطف مسلحون يُعتقد أنهم من عصابات قطاع الطرق أكثر من 280 تلميذا من مدرسة حكومية في بلدة كوريغا بولاية كادونا شمال غرب نيجيريا صباح الخميس، على ما أفاد سكان ومسؤولون محليون.

        وقال المتحدث باسم شرطة ولاية كادونا محمد جليجي إن المهاجمين اقتحموا المدرسة على دراجات نارية وأطلقوا النار في الهواء قبل أن يقتادوا التلاميذ ومعلما واحدا على الأقل إلى غابة مجاورة.

        وأضاف أن قوات الأمن تلاحق الخاطفين، وأن أحد عناصر الشرطة قتل في تبادل لإطلاق النار معهم.

        من جهته، قال حاكم الولاية أوبا ساني للصحفيين إن الحكومة "لن تدخر جهدا" لإعادة الأطفال سالمين، نافيا تقارير عن دفع فدية في عمليات خطف سابقة.

        وأدانت منظمة الأمم المتحدة للطفولة (يونيسف) عملية الخطف، ودعت إلى الإفراج الفوري وغير المشروط عن التلاميذ.

        وتشهد ولايات شمال غرب ووسط نيجيريا منذ سنوات عمليات خطف جماعي مقابل فدية تنفذها عصابات مسلحة، فيما تنشط جماعة بوكو حرام في الشمال الشرقي.
        """

    func testRebelsTakeGomaAndTwoCapitalsContradictEachOther() {
        let r = record(Self.gomaAirport, published: "2025-01-28")
        let all = "\(r.events.map { ($0.type, $0.mode, $0.source?.text, $0.target?.text) })"
        // "سيطر مقاتلو حركة "إم 23" … على مطار": taking a place by force (CAMEO 192, COERCE seize); the quoted name
        // after "حركة" is the fighters' group
        let seizure = r.events.first { $0.type == "COERCE" && $0.mode == "seize" }
        XCTAssertEqual(seizure?.source?.entity, "group:m23", all)
        XCTAssertEqual(seizure?.source?.country, "CD")
        XCTAssertEqual(seizure?.location?.name, "Goma")
        XCTAssertEqual(seizure?.date, "2025-01-28")
        // "وتسيطر الحركة منذ عام 2022 على مساحات": the present is a state, not an act
        XCTAssertEqual(r.events.filter { $0.mode == "seize" }.count, 1, all)
        // "الكونغولية" and "الكونغو" in an article that names the Democratic Republic are the DRC's
        XCTAssertEqual(r.statements.first { $0.cue == "وقال" }?.speaker.country, "CD")
        XCTAssertFalse(r.entities.contains { $0.id == "iso3166:CG" }, "\(r.entities.map(\.id))")
        // "وقالت المتحدثة باسمها يولاند ماكولو": the spokeswoman of the government that denied just before
        let spokeswoman = r.statements.first { $0.speaker.text?.hasPrefix("المتحدثة باسمها") == true }
        XCTAssertEqual(spokeswoman?.speaker.country, "RW", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        XCTAssertEqual(spokeswoman?.speaker.sector, .government)
        XCTAssertTrue(r.contradictions.contains { r.statements[$0.b].stance == .deny && r.statements[$0.b].speaker.country == "RW" })
        // "مقتل ثلاثة من جنودها من جنوب أفريقيا": South Africa is where the soldiers come from, not where they died
        let peacekeepers = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 3 }
        XCTAssertEqual(peacekeepers?.target?.country, "ZA", all)
        XCTAssertNotEqual(peacekeepers?.location?.name, "South Africa")
        XCTAssertEqual(peacekeepers?.injured, 5)
        XCTAssertEqual(peacekeepers?.claimedBy?.entity, "org:monusco")
        // "وأفاد مستشفى غوما العام باستقبال": the hospital speaks, not the mission of the sentence before
        XCTAssertTrue(r.statements.contains { $0.speaker.text == "مستشفى غوما العام" }, "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        // "وفرقت الشرطة المحتجين بالغاز …، واعتقلت نحو 30 منهم": the police dispersed and arrested the protesters
        let dispersal = r.events.first { $0.mode == "crowd-control" }
        XCTAssertEqual(dispersal?.source?.sector, .police, all)
        XCTAssertEqual(dispersal?.target?.text, "المحتجين")
        let arrest = r.events.first { $0.mode == "arrest" }
        XCTAssertEqual(arrest?.source?.sector, .police)
        XCTAssertEqual(arrest?.target?.text, "نحو 30 منهم")
        XCTAssertEqual(arrest?.target?.sector, .civilians)
        XCTAssertEqual(r.events.first { $0.type == "PROTEST" }?.location?.name, "Kinshasa")
        XCTAssertEqual(r.events.first { $0.type == "REQUEST" }?.target?.country, "RW")
        XCTAssertTrue(r.entities.contains { $0.id == "org:au-peace-and-security-council" })
    }

    static let gomaAirport = """
        متمردو "إم 23" يسيطرون على مطار غوما وكينشاسا تتهم رواندا

        سيطر مقاتلو حركة "إم 23" المتمردة، الثلاثاء، على مطار مدينة غوما عاصمة إقليم شمال كيفو في شرق جمهورية الكونغو الديمقراطية، بعد يومين من المعارك العنيفة مع الجيش الكونغولي، وفق ما أفادت مصادر أمنية ومحلية.

        وقال المتحدث باسم الحكومة الكونغولية باتريك مويايا إن "قوات رواندية تقاتل إلى جانب المتمردين داخل المدينة"، متهما كيغالي بشن "عدوان صريح" على بلاده.

        في المقابل، نفت الحكومة الرواندية أي تورط لجيشها في القتال، وقالت المتحدثة باسمها يولاند ماكولو إن رواندا "تحمي حدودها فقط" من تهديد الميليشيات المسلحة.

        وأعلنت بعثة الأمم المتحدة لحفظ الاستقرار في الكونغو (مونوسكو) مقتل ثلاثة من جنودها من جنوب أفريقيا وإصابة خمسة آخرين جراء قصف مدفعي استهدف قاعدتهم قرب بلدة ساكي.

        وأفاد مستشفى غوما العام باستقبال أكثر من 200 جريح منذ الأحد، بينهم نساء وأطفال، في حين قالت منظمة أطباء بلا حدود إن الطواقم الطبية "تعمل فوق طاقتها".

        وتظاهر مئات الشبان الغاضبين أمام سفارات فرنسا وبلجيكا والولايات المتحدة في كينشاسا، احتجاجا على ما وصفوه بصمت المجتمع الدولي، وأضرموا النار في إطارات السيارات.

        وفرقت الشرطة المحتجين بالغاز المسيل للدموع، واعتقلت نحو 30 منهم، بحسب ما ذكرت وكالة الأنباء الكونغولية.

        ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش رواندا إلى سحب قواتها من أراضي الكونغو الديمقراطية، وحث الطرفين على العودة إلى طاولة المفاوضات في لواندا.

        وكان الاتحاد الأفريقي قد عقد اجتماعا طارئا لمجلس السلم والأمن، الأربعاء الماضي، لبحث التصعيد في شرق الكونغو.

        وتسيطر الحركة منذ عام 2022 على مساحات واسعة من إقليم شمال كيفو الغني بالمعادن، ونزح بسبب القتال أكثر من 400 ألف شخص منذ مطلع العام، وفق الأمم المتحدة.
        """

    /// Turkish air strikes on the PKK in Iraq's Duhok: the ministry's planes "neutralise" fighters (a verb in quotes
    /// keeps its subject), a local official (subject before its verb, with where he is) says civilians died, Ankara
    /// denies it, Baghdad summons the ambassador and goes on to demand a withdrawal, and the Kurdistan government
    /// condemns the strikes told before and calls on Baghdad.
    func testTurkishStrikesInDuhokAndBaghdadSummonsTheAmbassador() {
        let r = record(Self.duhokStrikes, published: "2024-06-16")
        let all = "\(r.events.map { ($0.type, $0.mode, $0.source?.text, $0.target?.text, $0.claimedBy?.text) })"
        // "أن طائراتها "حيّدت 14 إرهابيا"": the ministry's planes
        let neutralised = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 && $0.source != nil }
        XCTAssertEqual(neutralised?.source?.country, "TR", all)
        XCTAssertEqual(neutralised?.source?.sector, .military)
        // the local official speaks, for Iraq, and claims the civilian toll; the strikes are Turkey's
        let official = r.statements.first { $0.speaker.text?.hasPrefix("مسؤولا محليا") == true }
        XCTAssertEqual(official?.speaker.country, "IQ", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        let toll = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 5 }
        XCTAssertEqual(toll?.injured, 8, all)
        XCTAssertEqual(toll?.source?.country, "TR", all)
        XCTAssertEqual(toll?.target?.sector, .civilians)
        XCTAssertEqual(toll?.claimedBy?.text, official?.speaker.text)
        // Ankara's denial contradicts the official's claim
        let denial = r.statements.firstIndex { $0.stance == .deny && $0.speaker.country == "TR" }
        let claim = r.statements.firstIndex { $0.speaker.text == official?.speaker.text }
        XCTAssertNotNil(denial)
        XCTAssertTrue(r.contradictions.contains { [$0.a, $0.b] == [claim, denial].compactMap { $0 }.sorted() }, "\(r.contradictions)")
        // the summons is a protest against Turkey; the demand after it is the Iraqi ministry's
        let summons = r.events.first { $0.type == "ACCUSE" && $0.mode == "disapprove" }
        XCTAssertEqual(summons?.source?.country, "IQ", all)
        XCTAssertEqual(summons?.target?.country, "TR")
        XCTAssertEqual(r.statements.first { $0.cue == "وطالبت" }?.speaker.country, "IQ")
        // the Kurdistan government condemns Turkey's strikes and calls on the federal government
        let condemned = r.events.first { $0.type == "ACCUSE" && $0.source?.text == "حكومة إقليم كردستان" }
        XCTAssertEqual(condemned?.target?.country, "TR", all)
        XCTAssertEqual(r.statements.first { $0.cue == "ودعت" }?.speaker.text, "حكومة إقليم كردستان")
        XCTAssertEqual(r.events.first { $0.type == "REQUEST" && $0.source?.text == "حكومة إقليم كردستان" }?.target?.text, "الحكومة الاتحادية", all)
        // "وتشن تركيا منذ عام 2019 عمليات": background, no act
        XCTAssertFalse(r.events.contains { $0.sentence == 5 }, all)
        XCTAssertEqual(r.events.first { $0.type == "PROTEST" }?.location?.name, "Dihok")
    }

    static let duhokStrikes = """
        غارات تركية على دهوك وبغداد تستدعي السفير التركي | أخبار العراق

        أعلنت وزارة الدفاع التركية، اليوم الأحد، أن طائراتها "حيّدت 14 إرهابيا" من حزب العمال الكردستاني في غارات جوية على منطقة متينا شمالي العراق، مؤكدة أن العملية استهدفت "مخابئ وكهوفا" يستخدمها المسلحون.

        لكن مسؤولا محليا في قضاء العمادية بمحافظة دهوك قال لوكالة فرانس برس إن الغارات أصابت مصيفا قرب قرية كاني ماسي، ما أسفر عن مقتل خمسة مدنيين بينهم طفلان وإصابة ثمانية آخرين.

        ونفت أنقرة استهداف أي مدنيين، وقالت الوزارة في بيان إن "القوات المسلحة التركية تتخذ كل الاحتياطات لتجنب إلحاق الضرر بالمدنيين".

        من جهتها، استدعت وزارة الخارجية العراقية السفير التركي في بغداد وسلمته مذكرة احتجاج شديدة اللهجة، وطالبت بسحب القوات التركية من الأراضي العراقية.

        كما أدانت حكومة إقليم كردستان القصف، ودعت الحكومة الاتحادية والمجتمع الدولي إلى "وضع حد لهذه الانتهاكات المتكررة".

        وتشن تركيا منذ عام 2019 عمليات عسكرية في شمال العراق ضد مقاتلي الحزب الذي تصنفه أنقرة وواشنطن والاتحاد الأوروبي منظمة إرهابية.

        وفي سياق متصل، تظاهر مئات من سكان دهوك أمام مقر قاعدة عسكرية تركية في منطقة شيلادزي احتجاجا على مقتل المدنيين، وأحرق بعضهم آليات تابعة للقاعدة، بحسب شهود عيان.
        """

    /// The Houthis detain UN staff: the object after a time adverbial set off by commas, the accused after the
    /// frame of a televised speech ("في كلمة متلفزة"), the UN's denial of the accusation, "الحكومة اليمنية المعترف
    /// بها دوليا" as one phrase with the community it calls on after it, and a detention told "earlier"
    /// ("في وقت سابق") with its counted singular ("11 موظفا").
    func testTheHouthisDetainUNStaffAndTheUNDeniesTheAccusation() {
        let r = record(Self.unStaffDetained, published: "2024-06-07")
        let all = "\(r.events.map { ($0.type, $0.mode, $0.source?.text, $0.target?.text) })"
        let arrest = r.events.first { $0.mode == "arrest" && $0.sentence == 0 }
        XCTAssertEqual(arrest?.source?.entity, "group:houthis", all)
        XCTAssertEqual(arrest?.target?.text, "موظفين", all)
        XCTAssertEqual(arrest?.date, "2024-06-06")
        // "اتهم عبد الملك الحوثي في كلمة متلفزة الموظفين المعتقلين بالانتماء": the accused follow the frame
        let accusation = r.statements.first { $0.stance == .accuse && $0.speaker.entity == "person:abdul-malik-al-houthi" }
        XCTAssertEqual(Self.content(accusation, of: r).hasPrefix("الموظفين المعتقلين"), true, "\(Self.content(accusation, of: r))")
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" && $0.source?.entity == "person:abdul-malik-al-houthi" }?.target?.text, "الموظفين المعتقلين", all)
        // "وهو ما نفته الأمم المتحدة": the UN denies the accusation
        let denial = r.statements.firstIndex { $0.stance == .deny && $0.speaker.entity == "org:un" }
        let accused = r.statements.firstIndex { $0.stance == .accuse && $0.speaker.entity == "person:abdul-malik-al-houthi" }
        XCTAssertNotNil(denial)
        XCTAssertTrue(r.contradictions.contains { $0.a == accused && $0.b == denial }, "\(r.contradictions)")
        // "ودعت الحكومة اليمنية المعترف بها دوليا المجتمع الدولي إلى": the government calls on the community
        let call = r.statements.first { $0.cue == "ودعت" }
        XCTAssertEqual(call?.speaker.text, "الحكومة اليمنية المعترف بها دوليا", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        // "…، وحملتها المسؤولية الكاملة": the object pronoun is the group the call named (not "منظمة إرهابية", what
        // it would be designated)
        let blame = r.events.first { $0.type == "ACCUSE" && $0.source?.country == "YE" && $0.source?.sector == .government }
        XCTAssertEqual(blame?.target?.entity, "group:houthis", all)
        XCTAssertEqual(call?.speaker.country, "YE")
        XCTAssertEqual(r.events.first { $0.type == "REQUEST" && $0.source?.country == "YE" }?.target?.text, "المجتمع الدولي", all)
        // "وكانت الجماعة قد احتجزت في وقت سابق 11 موظفا أمميا آخرين": the group, its earlier detainees
        let earlier = r.events.first { $0.mode == "arrest" && $0.sentence == 5 }
        XCTAssertEqual(earlier?.source?.entity, "group:houthis", all)
        XCTAssertEqual(earlier?.target?.sector, .civilians)
        XCTAssertEqual(earlier?.target?.text, "موظفا أمميا آخرين")
    }

    static let unStaffDetained = """
        الحوثيون يحتجزون موظفين أمميين وغوتيريش يطالب بالإفراج عنهم | اليمن اليوم

        صنعاء - اعتقلت جماعة الحوثي، فجر الخميس، تسعة موظفين يعملون لدى وكالات تابعة للأمم المتحدة في صنعاء والحديدة وصعدة، بحسب ما أفادت مصادر حقوقية ومسؤول أممي.

        وقال المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك في مؤتمر صحفي بنيويورك إن المنظمة "تسعى عبر كل القنوات المتاحة" للتحقق من أوضاع الموظفين المحتجزين، مطالبا بالإفراج الفوري وغير المشروط عنهم.

        في المقابل، اتهم عبد الملك الحوثي في كلمة متلفزة الموظفين المعتقلين بالانتماء إلى "شبكة تجسس أمريكية إسرائيلية"، وهو ما نفته الأمم المتحدة جملة وتفصيلا.

        ودعت الحكومة اليمنية المعترف بها دوليا المجتمع الدولي إلى تصنيف الجماعة منظمة إرهابية، وحملتها المسؤولية الكاملة عن سلامة المحتجزين.

        وفي تطور منفصل، أعلن الجيش الأمريكي أن قواته دمرت ثلاث طائرات مسيرة أطلقها الحوثيون باتجاه سفن تجارية في البحر الأحمر، دون وقوع إصابات.

        وكانت الجماعة قد احتجزت في وقت سابق 11 موظفا أمميا آخرين، أفرجت عن اثنين منهم في يناير الماضي.
        """

    /// Niger's junta orders the French ambassador out: a participle after a comma says what the sentence's subject
    /// (past the dateline) accuses, the spokesman's rank begins his name rather than ending the council's, "المجلس"
    /// alone is the junta, the partners of a warning are not what was said, a saying to come is none, the
    /// protesters gather before a French base, and a deposed president named before is whom the guard detained.
    func testNigerOrdersTheFrenchAmbassadorOut() {
        let r = record(Self.nigerAmbassador, published: "2023-08-26")
        let all = "\(r.events.map { ($0.type, $0.mode, $0.source?.text, $0.target?.text) })"
        let says = "\(r.statements.map { ($0.cue, $0.speaker.text, $0.speaker.country) })"
        // "أمر المجلس العسكري الحاكم في النيجر …، متهما باريس بالتدخل": the junta accuses France
        let accusation = r.statements.first { $0.cue == "متهما" }
        XCTAssertEqual(accusation?.speaker.country, "NE", says)
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" && $0.sentence == 0 }?.target?.country, "FR", all)
        // "العقيد" begins the spokesman's name: no body named "المجلس العقيد"
        XCTAssertFalse(r.entities.contains { $0.name.contains("العقيد") }, "\(r.entities.map(\.name))")
        XCTAssertTrue(r.entities.contains { $0.type == .person && $0.name == "أمادو عبد الرحمن" })
        // "السفير الفرنسي سيلفان إيتي": the ambassador's name, not Slovenia
        XCTAssertFalse(r.entities.contains { $0.id == "iso3166:SI" })
        XCTAssertEqual(r.statements.first { $0.cue == "وطالب" }?.speaker.country, "NE", says)
        // "وحذرت مالي وبوركينا فاسو من أن …": what was said starts after the partners and "من أن"
        let warning = r.statements.first { $0.cue == "حذرت" }
        XCTAssertEqual(warning?.speaker.country, "ML", says)
        XCTAssertTrue(Self.content(warning, of: r).hasPrefix("أي تدخل عسكري"), Self.content(warning, of: r))
        // "سيعتبر" is a saying to come, inside the warning: no statement of its own
        XCTAssertFalse(r.statements.contains { $0.cue == "سيعتبر" }, says)
        // "أمام القاعدة العسكرية الفرنسية": the protest is against France's military
        let protest = r.events.first { $0.type == "PROTEST" }
        XCTAssertEqual(protest?.target?.country, "FR", all)
        XCTAssertEqual(protest?.target?.sector, .military)
        // "وكان الحرس الرئاسي قد احتجز بازوم": the guard detained the president named in full before
        let detention = r.events.first { $0.mode == "arrest" }
        XCTAssertEqual(detention?.source?.sector, .military, all)
        XCTAssertEqual(detention?.target?.entity, "person:محمد-بازوم", all)
        XCTAssertEqual(detention?.date, "2023-07-26")
    }

    static let nigerAmbassador = """
        النيجر تطرد السفير الفرنسي وتعلق التعاون العسكري مع باريس | أخبار أفريقيا

        نيامي - أمر المجلس العسكري الحاكم في النيجر، مساء الجمعة، السفير الفرنسي سيلفان إيتي بمغادرة البلاد خلال 48 ساعة، متهما باريس بالتدخل في الشؤون الداخلية للبلاد.

        وقال المتحدث باسم المجلس العقيد أمادو عبد الرحمن في بيان تلاه عبر التلفزيون الرسمي إن القرار جاء "ردا على تصرفات الحكومة الفرنسية المخالفة لمصالح النيجر".

        وأعلن المجلس أيضا تعليق اتفاقيات التعاون العسكري مع فرنسا، وطالب بانسحاب نحو 1500 جندي فرنسي منتشرين في البلاد.

        من جهتها، رفضت وزارة الخارجية الفرنسية القرار، وقالت إن "الانقلابيين لا يملكون أي سلطة لتقديم مثل هذا الطلب"، مؤكدة أن السفير باق في منصبه.

        وفي سياق متصل، هددت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) بالتدخل عسكريا لإعادة الرئيس المعزول محمد بازوم إلى السلطة، فيما حذرت مالي وبوركينا فاسو من أن أي تدخل عسكري في النيجر سيعتبر "إعلان حرب" عليهما.

        وتظاهر آلاف من أنصار المجلس العسكري أمام القاعدة العسكرية الفرنسية في نيامي، مرددين شعارات مناهضة لفرنسا ومطالبين برحيل قواتها.

        وكان الحرس الرئاسي قد احتجز بازوم في 26 يوليو الماضي، قبل أن يعلن قائده الجنرال عبد الرحمن تياني نفسه رئيسا للبلاد.
        """

    /// Israeli strikes near Damascus as the Syrian state agency relays them: the military source speaks through
    /// SANA (and goes on through it, "مضيفا"), the observatory's seat between commas is not what it said, the
    /// groups a warehouse belongs to are loyal to Tehran (Tehran is not where it was struck) and "القتلى بينهم
    /// اثنان" is a part of the toll; "تابعا لـ" says nothing; Iran's spokesman describes the strike, named after
    /// "المتحدث باسمها".
    func testIsraeliStrikesNearDamascusRelayedByTheStateAgency() {
        let r = record(Self.damascusStrikes, published: "2023-06-15")
        let says = "\(r.statements.map { ($0.cue, $0.speaker.text, $0.via?.name) })"
        let all = "\(r.events.map { ($0.type, $0.source?.text, $0.target?.text, $0.location?.name, $0.fatalities) })"
        let relayed = r.statements.first { $0.cue == "ونقلت" }
        XCTAssertEqual(relayed?.speaker.sector, .military, says)
        XCTAssertEqual(relayed?.via?.entity, "media:sana", says)
        XCTAssertTrue(Self.content(relayed, of: r).hasPrefix("\"العدو الإسرائيلي نفذ"), Self.content(relayed, of: r))
        XCTAssertEqual(r.statements.first { $0.cue == "مضيفا" }?.via?.entity, "media:sana", says)
        let observatory = r.statements.first { $0.speaker.entity == "org:syrian-observatory" }
        XCTAssertTrue(Self.content(observatory, of: r).hasPrefix("الغارات أصابت"), Self.content(observatory, of: r))
        XCTAssertFalse(r.statements.contains { $0.cue.hasPrefix("تابع") }, says)
        // the first strike: four soldiers killed, three wounded, by Israel, in Rif Dimashq
        let first = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 }
        XCTAssertEqual(first?.fatalities, 4, all)
        XCTAssertEqual(first?.injured, 3)
        XCTAssertEqual(first?.source?.country, "IL")
        XCTAssertEqual(first?.target?.country, "SY")
        XCTAssertEqual(first?.date, "2023-06-15")
        // the observatory's account: Israel's strikes, not in Tehran, with no toll of its own
        let hit = r.events.first { $0.type == "ASSAULT" && $0.sentence == 3 }
        XCTAssertEqual(hit?.source?.country, "IL", all)
        XCTAssertNotEqual(hit?.location?.name, "Tehran", all)
        XCTAssertNil(hit?.fatalities, all)
        // Iran's ministry condemns Israel, and its spokesman, named, describes the strike and calls on the Council
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" }?.target?.country, "IL", all)
        XCTAssertEqual(r.statements.first { $0.cue == "ووصفه" }?.speaker.country, "IR", says)
        XCTAssertTrue(r.entities.contains { $0.type == .person && $0.name == "ناصر كنعاني" }, "\(r.entities.map(\.name))")
        XCTAssertEqual(r.events.first { $0.type == "REQUEST" }?.target?.entity, "org:un-security-council", all)
        // "وكانت إسرائيل قد شنت الشهر الماضي غارات على مطار حلب": last month, in Aleppo
        let before = r.events.first { $0.type == "ASSAULT" && $0.location?.name == "Aleppo" }
        XCTAssertEqual(before?.date, "2023-05", all)
    }

    static let damascusStrikes = """
        سوريا: مقتل أربعة عسكريين في غارات إسرائيلية على ريف دمشق | الشرق اليوم

        دمشق - قالت وزارة الدفاع السورية إن أربعة عسكريين قتلوا وأصيب ثلاثة آخرون، فجر اليوم الخميس، جراء غارات جوية إسرائيلية استهدفت مواقع في ريف دمشق الجنوبي.

        ونقلت الوكالة العربية السورية للأنباء (سانا) عن مصدر عسكري قوله إن "العدو الإسرائيلي نفذ عدوانا جويا من اتجاه الجولان السوري المحتل مستهدفا بعض النقاط العسكرية في محيط مدينة الكسوة"، مضيفا أن وسائط الدفاع الجوي تصدت للصواريخ وأسقطت عددا منها.

        ولم يعلق الجيش الإسرائيلي على الغارات، إذ نادرا ما يعلق على عملياته في سوريا، لكنه يؤكد أنه لن يسمح لإيران بترسيخ وجودها العسكري هناك.

        من جهته، قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن الغارات أصابت مستودعا للأسلحة تابعا لمجموعات موالية لطهران، وإن القتلى بينهم اثنان من غير السوريين.

        وأدانت وزارة الخارجية الإيرانية الهجوم، ووصفه المتحدث باسمها ناصر كنعاني بأنه "انتهاك صارخ لسيادة سوريا"، داعيا مجلس الأمن الدولي إلى تحمل مسؤولياته.

        وكانت إسرائيل قد شنت الشهر الماضي غارات على مطار حلب الدولي أخرجته من الخدمة لعدة أيام.
        """

    static let mogadishuBombing = """
        مقتل 12 شخصا في تفجير سيارة مفخخة بمقديشو والشباب تتبنى

        مقديشو (رويترز) - قالت الشرطة الصومالية إن 12 شخصا على الأقل قتلوا وأصيب أكثر من 20 آخرين، اليوم السبت، في انفجار سيارة مفخخة استهدف مطعما مزدحما قرب مبنى البرلمان في العاصمة مقديشو.

        وقال النقيب محمد حسين، الضابط في الشرطة، لرويترز عبر الهاتف إن السيارة اقتحمت بوابة المطعم قبل أن تنفجر، مشيرا إلى أن مسلحين اثنين حاولا دخول المبنى بعد الانفجار لكن قوات الأمن قتلتهما.

        وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم في بيان نشرته إذاعة الأندلس التابعة لها، وقالت إنها استهدفت "مسؤولين حكوميين" كانوا يجتمعون في المطعم.

        ودان رئيس الوزراء الصومالي حمزة عبدي بري الهجوم ووصفه بأنه "عمل جبان"، متعهدا بمواصلة الحرب على الحركة.

        وفي وقت لاحق، قالت القيادة الأمريكية في أفريقيا (أفريكوم) إنها نفذت غارة جوية قرب بلدة جلب في إقليم جوبا الوسطى أسفرت عن مقتل ثلاثة من عناصر الحركة، مؤكدة أنه لم يصب أي مدني.

        ونفى متحدث باسم الشباب سقوط قتلى في صفوف الحركة، قائلا إن الغارة أصابت منازل مدنيين.
        """

    /// A car bomb the police count, a captain named by his rank with his office between commas, the guards who
    /// shot two gunmen ("قوات الأمن قتلتهما": the object is the verb's pronoun), al-Shabaab's claim of
    /// responsibility naming the bombing's doer, the prime minister condemning the group of his own country, and an
    /// American strike the group denies.
    func testAMogadishuBombingClaimedByAlShabaab() {
        let r = record(Self.mogadishuBombing, published: "2024-03-16")
        let bombing = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 12 }
        XCTAssertEqual(bombing?.injured, 20, "\(r.events)")
        XCTAssertEqual(bombing?.source?.entity, "group:al-shabaab", "\(String(describing: bombing))")
        XCTAssertEqual(bombing?.location?.name, "Mogadishu")
        let captain = r.statements.first { $0.speaker.text == "النقيب محمد حسين" }
        XCTAssertTrue(Self.content(captain, of: r).hasPrefix("السيارة اقتحمت"), "\(r.statements)")
        let guards = r.events.first { $0.type == "ASSAULT" && $0.source?.text == "قوات الأمن" }
        XCTAssertEqual(guards?.source?.sector, .police, "\(r.events)")
        XCTAssertFalse(r.events.contains { $0.target?.text == "قوات الأمن" }, "\(r.events)")
        let condemned = r.events.first { $0.type == "ACCUSE" && $0.source?.entity == "person:حمزه-عبدي-بري" }
            ?? r.events.first { $0.type == "ACCUSE" }
        XCTAssertEqual(condemned?.target?.entity, "group:al-shabaab", "\(r.events)")
        let strike = r.events.first { $0.type == "ASSAULT" && $0.mode == "aerial" && $0.fatalities == 3 }
        XCTAssertEqual(strike?.source?.country, "US", "\(r.events)")
        XCTAssertEqual(strike?.target?.entity, "group:al-shabaab")
        // the command's acronym in brackets is part of its name, not what it said
        let africom = r.statements.first { $0.speaker.country == "US" }
        XCTAssertTrue(Self.content(africom, of: r).hasPrefix("إنها نفذت"), "\(r.statements)")
        // "متحدث باسم الشباب": the group named in full before, by its last word; its denial contradicts the command
        let denial = r.statements.first { $0.stance == .deny }
        XCTAssertEqual(denial?.speaker.entity, "group:al-shabaab", "\(r.statements)")
        XCTAssertTrue(r.contradictions.contains { c in
            [c.a, c.b].contains { r.statements[$0].speaker.country == "US" } && [c.a, c.b].contains { r.statements[$0].stance == .deny }
        }, "\(r.contradictions)")
    }

    static let geziraRaid = """
        مقتل 40 مدنيا في هجوم لقوات الدعم السريع على قرية بولاية الجزيرة

        ود مدني (السودان) - قتل 40 مدنيا على الأقل وأصيب أكثر من 60 آخرين، الخميس، في هجوم شنته قوات الدعم السريع على قرية ود النورة بولاية الجزيرة وسط السودان، وفق ما أعلنت لجان المقاومة في مدينة مدني.

        وقالت لجان المقاومة في بيان إن عناصر الدعم السريع اقتحموا القرية بأكثر من 30 عربة قتالية وأطلقوا النار عشوائيا على المواطنين، واختطفوا عددا من النساء والأطفال، ونهبوا المحال التجارية.

        من جهته، اتهم مجلس السيادة السوداني قوات الدعم السريع بارتكاب "مجزرة بشعة" بحق المدنيين العزل، ودعا المجتمع الدولي إلى تصنيفها منظمة إرهابية.

        في المقابل، نفت قوات الدعم السريع استهداف المدنيين، وقال المتحدث باسمها الفاتح قرشي إن قواتها اشتبكت مع "مستنفرين" تابعين للجيش كانوا يتحصنون داخل القرية.

        وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم، وطالب بمحاسبة المسؤولين عنه، فيما أعربت منظمة الصحة العالمية عن قلقها من انهيار الخدمات الصحية في الولاية.

        وفي الفاشر، قصف الجيش السوداني بالطيران الحربي مواقع لقوات الدعم السريع شرق المدينة، ما أسفر عن مقتل 12 من عناصرها، بحسب مصدر عسكري تحدث لوكالة فرانس برس.

        وتشهد البلاد منذ أبريل 2023 حربا بين الجيش بقيادة عبد الفتاح البرهان وقوات الدعم السريع بقيادة محمد حمدان دقلو، أودت بحياة عشرات الآلاف وشردت أكثر من عشرة ملايين شخص.
        """

    /// A raid on a village in Gezira State: the toll's doer past a time between commas ("، الخميس، في هجوم شنته"),
    /// resistance committees (a broken plural, with its feminine verb) as the source, verbs coordinated in the
    /// plural that keep their doers and take a vague count as their object ("واختطفوا عددا من النساء والأطفال"),
    /// the spokesman of an armed group named with a given name that carries the article ("الفاتح قرشي") who speaks
    /// for that group, its "قواتها" as the group's, and an air strike whose means stand before its object
    /// ("قصف الجيش بالطيران الحربي مواقع لقوات الدعم السريع").
    func testAVillageRaidInGeziraToldByResistanceCommittees() {
        let r = record(Self.geziraRaid, published: "2024-06-06")
        let raid = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 40 }
        XCTAssertEqual(raid?.source?.entity, "group:rsf", "\(r.events)")
        XCTAssertEqual(raid?.injured, 60)
        XCTAssertEqual(raid?.claimedBy?.text, "لجان المقاومة", "\(String(describing: raid))")
        let committees = r.statements.first { $0.cue == "وقالت" }
        XCTAssertEqual(committees?.speaker.sector, .civilians, "\(r.statements)")
        XCTAssertTrue(Self.content(committees, of: r).hasPrefix("عناصر الدعم السريع اقتحموا"), "\(r.statements)")
        let abduction = r.events.first { $0.mode == "abduct" }
        XCTAssertEqual(abduction?.source?.entity, "group:rsf", "\(r.events)")
        XCTAssertEqual(abduction?.target?.sector, .civilians)
        XCTAssertTrue(abduction?.target?.text?.hasPrefix("عددا من النساء") ?? false, "\(String(describing: abduction))")
        let spokesman = r.statements.first { $0.cue == "وقال" }
        XCTAssertEqual(spokesman?.speaker.text, "المتحدث باسمها الفاتح قرشي", "\(r.statements)")
        XCTAssertEqual(spokesman?.speaker.entity, "group:rsf")
        let clash = r.events.first { $0.type == "ASSAULT" && $0.claimedBy?.entity == "group:rsf" }
        XCTAssertEqual(clash?.source?.entity, "group:rsf", "\(r.events)")
        XCTAssertEqual(clash?.source?.sector, .rebels)
        let strike = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 12 }
        XCTAssertEqual(strike?.mode, "aerial", "\(r.events)")
        XCTAssertEqual(strike?.source?.country, "SD")
        XCTAssertEqual(strike?.target?.entity, "group:rsf", "\(String(describing: strike))")
        XCTAssertEqual(r.statements.first { $0.speaker.sector == .military }?.speaker.text, "مصدر عسكري", "\(r.statements)")
        XCTAssertTrue(r.contradictions.contains { c in [c.a, c.b].contains { r.statements[$0].stance == .deny } }, "\(r.contradictions)")
    }

    static let djiboAttack = """
        مقتل عشرات الجنود في هجوم لجماعة نصرة الإسلام والمسلمين شمالي بوركينا فاسو

        واغادوغو (أ ف ب) - قُتل ما لا يقل عن 40 جنديا وعنصرا من متطوعي الدفاع عن الوطن، السبت، في هجوم شنه مسلحون على موقع عسكري في بلدة جيبو بشمال بوركينا فاسو، وفق ما أفادت مصادر أمنية لوكالة فرانس برس.

        وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم في بيان نشرته عبر منصتها "الزلاقة"، مؤكدة أن مقاتليها استولوا على أسلحة وذخائر.

        وقالت الحكومة الانتقالية في بيان تلاه الناطق باسمها جان إيمانويل ويدراوغو على التلفزيون الرسمي إن "القوات المسلحة تصدت ببسالة للإرهابيين وكبدتهم خسائر فادحة".

        وأعلن الجيش في وقت لاحق أن غارات جوية نفذتها طائرات مسيرة أسفرت عن "تحييد عشرات الإرهابيين" أثناء انسحابهم نحو الحدود مع مالي.

        ويحكم بوركينا فاسو منذ انقلاب أيلول/سبتمبر 2022 النقيب إبراهيم تراوري، الذي طرد القوات الفرنسية وتقارب مع روسيا.

        وأدان الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم، داعيا إلى حماية المدنيين ومحاسبة المسؤولين.

        ونفت الحكومة في المقابل تقارير منظمة هيومن رايتس ووتش التي اتهمت الجيش بقتل أكثر من 200 مدني في قرية سورو في شباط/فبراير الماضي.
        """

    /// An attack in Burkina Faso told by security sources and claimed by a group named with its affiliation: "ما لا يقل
    /// عن 40" counts forty, the claim names the doers the sources called gunmen, the UN chief's condemnation accuses
    /// that group (the attack with the largest toll, not the army's strikes after it), and a relative clause's verb
    /// ("تقارير منظمة هيومن رايتس ووتش التي اتهمت الجيش") is said by its antecedent, whose report the government denies.
    func testAnAttackInBurkinaFasoClaimedByAnAffiliatedGroup() {
        let r = record(Self.djiboAttack, published: "2024-06-15")
        let attack = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 }
        XCTAssertEqual(attack?.fatalities, 40, "\(r.events)")
        XCTAssertEqual(attack?.source?.entity, "group:jnim", "\(String(describing: attack))")
        XCTAssertEqual(attack?.target?.sector, .military)
        XCTAssertEqual(attack?.location?.name, "Djibo")
        let condemned = r.events.first { $0.type == "ACCUSE" && $0.source?.entity == "org:un" }
        XCTAssertEqual(condemned?.target?.entity, "group:jnim", "\(r.events)")
        let report = r.statements.first { $0.cue == "اتهمت" }
        XCTAssertEqual(report?.speaker.entity, "org:hrw", "\(r.statements)")
        // ("في المقابل", on the other hand, is no part of what was denied)
        XCTAssertTrue(Self.content(r.statements.first { $0.stance == .deny }, of: r).hasPrefix("تقارير منظمة"), "\(r.statements)")
        XCTAssertEqual(r.events.first { $0.type == "ASSAULT" && $0.fatalities == 200 }?.source?.country, "BF", "\(r.events)")
        XCTAssertTrue(r.contradictions.contains { c in
            r.statements[c.a].speaker.entity == "org:hrw" || r.statements[c.b].speaker.entity == "org:hrw" }, "\(r.contradictions)")
    }

    static let qamishliStrike = """
        مسيّرة تركية تقتل ثلاثة من قوات سوريا الديمقراطية قرب القامشلي

        القامشلي (سوريا) - قُتل ثلاثة مقاتلين من قوات سوريا الديمقراطية (قسد) وأصيب اثنان آخران، الثلاثاء، في غارة بطائرة مسيّرة تركية استهدفت سيارتهم على طريق القامشلي - عامودا في ريف الحسكة الشمالي، بحسب ما أفاد المرصد السوري لحقوق الإنسان.

        وقال المركز الإعلامي لقوات سوريا الديمقراطية في بيان إن "الاحتلال التركي يواصل استهداف المدنيين والبنية التحتية في مناطقنا"، متهماً أنقرة بخرق التفاهمات الموقعة برعاية روسية وأميركية.

        من جهتها، أعلنت وزارة الدفاع التركية أن قواتها "حيّدت" خمسة "إرهابيين" من حزب العمال الكردستاني ووحدات حماية الشعب شمالي سوريا، دون أن تحدد مكان العملية.

        وتعتبر أنقرة وحدات حماية الشعب الكردية، العمود الفقري لقسد، امتداداً لحزب العمال الكردستاني الذي يخوض تمرداً ضد الدولة التركية منذ عام 1984.

        وفي سياق متصل، قصفت المدفعية التركية قرى في ريف تل تمر، ما أدى إلى أضرار مادية في منازل المدنيين، وفق المرصد.

        ونفى مسؤول في الإدارة الذاتية لشمال وشرق سوريا، طلب عدم ذكر اسمه، وجود أي عناصر من حزب العمال الكردستاني في المنطقة، وقال إن القتلى "من أبناء المنطقة".
        """

    /// A Turkish drone strike near Qamishli: the SDF's media centre speaks for the SDF, the Turkish ministry's
    /// "neutralised" "terrorists" of the PKK are the PKK, and an official of the Autonomous Administration denies.
    func testATurkishDroneStrikeAndTheKurdishAdministration() {
        let r = record(Self.qamishliStrike, published: "2024-01-16")
        let drone = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 }
        XCTAssertEqual(drone?.mode, "drone", "\(r.events)")
        XCTAssertEqual(drone?.source?.country, "TR")
        XCTAssertEqual(drone?.target?.entity, "group:sdf")
        XCTAssertEqual(drone?.fatalities, 3)
        XCTAssertEqual(drone?.injured, 2)
        let centre = r.statements.first { $0.cue == "وقال" }
        XCTAssertEqual(centre?.speaker.entity, "group:sdf", "\(r.statements)")
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" && $0.source?.entity == "group:sdf" }?.target?.country, "TR", "\(r.events)")
        let neutralised = r.events.first { $0.type == "ASSAULT" && $0.sentence == 2 }
        XCTAssertEqual(neutralised?.target?.entity, "group:pkk", "\(r.events)")
        XCTAssertEqual(neutralised?.claimedBy?.country, "TR")
        let denial = r.statements.first { $0.stance == .deny }
        XCTAssertEqual(denial?.speaker.entity, "group:aanes", "\(r.statements)")
        XCTAssertTrue(Self.content(denial, of: r).hasPrefix("وجود أي عناصر"), "\(r.statements)")
    }

    static let aitaStrike = """
        غارة إسرائيلية على بلدة عيتا الشعب وحزب الله يستهدف موقعا عسكريا

        بيروت - شنت طائرة حربية إسرائيلية، فجر الخميس، غارة على منزل في بلدة عيتا الشعب جنوبي لبنان، ما أدى إلى مقتل مدنيين اثنين وإصابة ثلاثة آخرين بجروح، بحسب ما أفادت الوكالة الوطنية للإعلام.

        وأعلنت وزارة الصحة اللبنانية أن حصيلة القتلى ارتفعت إلى ثلاثة بعد وفاة أحد الجرحى متأثرا بإصابته.

        في المقابل، أعلن حزب الله في بيان أن مقاتليه استهدفوا "بالأسلحة الصاروخية" ثكنة زرعيت الإسرائيلية "ردا على الاعتداءات على القرى الجنوبية الصامدة".

        وقال الجيش الإسرائيلي إن منظومة الدفاع الجوي اعترضت صاروخين أطلقا من لبنان، مشيرا إلى أن مدفعيته قصفت مصادر النيران.

        ونعى حزب الله أحد عناصره، علي حسين قاسم، من بلدة كفركلا، "الذي ارتقى شهيدا على طريق القدس".

        ودعت قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل) الطرفين إلى ضبط النفس، معربة عن قلقها من تصاعد التوتر على جانبي الخط الأزرق.

        واتهم رئيس الحكومة اللبنانية نجيب ميقاتي إسرائيل بانتهاك القرار 1701، فيما هدد وزير الدفاع الإسرائيلي يوآف غالانت بإعادة لبنان "إلى العصر الحجري".
        """

    /// An Israeli strike on a south Lebanon village and Hezbollah's reply: the civilians the toll counts were hit (not
    /// "Lebanon", the state of the place), the ministry's risen toll is the strike's, Hezbollah's rockets named in
    /// quotes before the object hit an Israeli barracks, the army's "مدفعيته" is its own, and the defence minister
    /// threatens Lebanon ("بإعادة لبنان إلى العصر الحجري").
    func testAnIsraeliStrikeInSouthLebanonAndHezbollahsReply() {
        let r = record(Self.aitaStrike, published: "2024-02-15")
        let strike = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 }
        XCTAssertEqual(strike?.source?.country, "IL", "\(r.events)")
        XCTAssertEqual(strike?.source?.sector, .military)
        XCTAssertEqual(strike?.target?.sector, .civilians, "\(String(describing: strike))")
        XCTAssertEqual(strike?.target?.country, "LB")
        XCTAssertEqual(strike?.fatalities, 3, "\(String(describing: strike))")
        XCTAssertEqual(strike?.injured, 3)
        let reply = r.events.first { $0.type == "ASSAULT" && $0.source?.entity == "group:hezbollah" }
        XCTAssertEqual(reply?.target?.country, "IL", "\(r.events)")
        XCTAssertEqual(reply?.target?.sector, .military)
        XCTAssertEqual(reply?.mode, "heavy-weapons")
        let shelling = r.events.first { $0.type == "ASSAULT" && $0.claimedBy?.country == "IL" }
        XCTAssertEqual(shelling?.source?.country, "IL", "\(r.events)")
        XCTAssertEqual(shelling?.source?.text, "مدفعيته")
        let threat = r.events.first { $0.type == "THREATEN" }
        XCTAssertEqual(threat?.target?.country, "LB", "\(r.events)")
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" }?.target?.country, "IL")
    }

    static let rumailaProtest = """
        محتجون يغلقون حقل نفط في البصرة احتجاجا على البطالة

        البصرة (العراق) - أغلق مئات المحتجين من أبناء العشائر، صباح الأحد، مداخل حقل الرميلة النفطي شمال البصرة، مطالبين الحكومة المحلية بتوفير فرص عمل لأبناء المنطقة في الشركات النفطية الأجنبية.

        وقال شهود عيان إن قوات مكافحة الشغب أطلقت الغاز المسيل للدموع والرصاص الحي في الهواء لتفريق المحتجين، ما أدى إلى إصابة سبعة منهم بحالات اختناق.

        وأكد مصدر في شرطة البصرة، طلب عدم الكشف عن اسمه، اعتقال 12 متظاهرا بتهمة الاعتداء على الممتلكات العامة، فيما نفت قيادة الشرطة استخدام الرصاص الحي.

        وأعلنت نقابة عمال النفط في بيان تضامنها مع المحتجين، داعية وزارة النفط إلى إلزام الشركات بتشغيل العمالة المحلية.

        ودعا محافظ البصرة أسعد العيداني المتظاهرين إلى "التعبير السلمي عن مطالبهم"، متعهدا بتشكيل لجنة للنظر فيها.

        وتشهد محافظات جنوب العراق احتجاجات متكررة منذ سنوات بسبب تردي الخدمات والبطالة والفساد.
        """

    /// Protesters closing an oil field near Basra: a closing verb with protesters as its subject is their protest
    /// (obstruct) at the field the gazetteer knows, not a state's restriction on them; an arrest the police source
    /// tells is the police's; the police command's denial answers what the witnesses told, not the union's call.
    func testProtestersCloseAnOilFieldNearBasra() {
        let r = record(Self.rumailaProtest, published: "2024-07-14")
        let blockade = r.events.first { $0.type == "PROTEST" }
        XCTAssertEqual(blockade?.mode, "obstruct", "\(r.events)")
        XCTAssertEqual(blockade?.source?.sector, .civilians)
        XCTAssertEqual(blockade?.source?.country, "IQ")
        XCTAssertEqual(blockade?.location?.name, "Rumaila oil field")
        XCTAssertFalse(r.events.contains { $0.type == "COERCE" && $0.mode == "restrict" }, "\(r.events)")
        let arrest = r.events.first { $0.mode == "arrest" }
        XCTAssertEqual(arrest?.source?.sector, .police, "\(r.events)")
        XCTAssertEqual(arrest?.target?.sector, .civilians)
        let denial = r.statements.firstIndex { $0.stance == .deny }
        let witnesses = r.statements.firstIndex { $0.cue == "وقال" }
        XCTAssertNotNil(denial)
        XCTAssertTrue(r.contradictions.contains { [$0.a, $0.b] == [witnesses ?? -1, denial ?? -1].sorted() }, "\(r.contradictions)")
        XCTAssertFalse(r.contradictions.contains { c in r.statements[c.a].stance == .call || r.statements[c.b].stance == .call }, "\(r.contradictions)")
    }

    static let huwaraRaid = """
        مستوطنون يحرقون منازل ومركبات في بلدة قرب نابلس ويصيبون عشرات الفلسطينيين

        رام الله - أحرق مستوطنون إسرائيليون، مساء الأحد، عشرات المنازل والمركبات في بلدة حوارة جنوب نابلس، فيما أصيب أكثر من مئة فلسطيني خلال الهجوم، وفق ما أفادت جمعية الهلال الأحمر الفلسطيني.
        وقالت الجمعية في بيان إن طواقمها تعاملت مع 98 إصابة بالاختناق بالغاز المسيل للدموع، وأربع إصابات بالرصاص الحي، فيما طعن مستوطن شابا في قرية زعترة المجاورة.
        وأفاد شهود عيان بأن مئات المستوطنين رشقوا منازل المواطنين بالحجارة ونهبوا محال تجارية قبل أن يضرموا النار فيها، تحت حماية جنود الاحتلال.
        من جهته، قال الناطق باسم الجيش الإسرائيلي إن قواته تعمل على تفريق المستوطنين، مشيرا إلى اعتقال ستة منهم.
        وأدانت وزارة الخارجية الفلسطينية "الاعتداءات الإرهابية"، وحمّلت الحكومة الإسرائيلية المسؤولية الكاملة عنها، فيما دعا الاتحاد الأوروبي إلى محاسبة المعتدين.
        وكان مسلح فلسطيني قد قتل مستوطنَين اثنين بإطلاق النار على سيارتهما عند مدخل البلدة ظهر اليوم نفسه.
        """

    /// Settlers burn homes in a West Bank town: the burning, the stabbing, the stoning and the looting are the
    /// settlers' (fire, blades and stones: PLOVER ASSAULT primitive; looting: COERCE seize), the one stabbed is the
    /// young man, and the ministry condemns.
    func testSettlersBurnHomesInAWestBankTown() {
        let r = record(Self.huwaraRaid, published: "2023-02-27")
        let burning = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 }
        XCTAssertEqual(burning?.mode, "primitive", "\(r.events)")
        XCTAssertEqual(burning?.source?.country, "IL")
        XCTAssertEqual(burning?.location?.entity, "geonames:283636")
        let stabbing = r.events.first { $0.type == "ASSAULT" && $0.sentence == 1 }
        XCTAssertEqual(stabbing?.source?.text, "مستوطن", "\(r.events)")
        XCTAssertEqual(stabbing?.target?.text, "شابا")
        XCTAssertTrue(r.events.contains { $0.type == "ASSAULT" && $0.sentence == 2 && $0.source?.country == "IL" }, "\(r.events)")
        XCTAssertTrue(r.events.contains { $0.type == "COERCE" && $0.mode == "seize" && $0.sentence == 2 }, "\(r.events)")
        XCTAssertTrue(r.statements.contains { $0.stance == .accuse && $0.speaker.entity?.contains("الخارجيه") == true }, "\(r.statements)")
        let shooting = r.events.first { $0.type == "ASSAULT" && $0.sentence == 5 }
        XCTAssertEqual(shooting?.fatalities, 2)
        XCTAssertEqual(shooting?.source?.country, "PS")
    }

    static let gazaExchange = """
        حماس تفرج عن أربع مجندات إسرائيليات مقابل 200 أسير فلسطيني

        غزة - أفرجت كتائب القسام، الجناح العسكري لحركة حماس، اليوم السبت عن أربع مجندات إسرائيليات كانت تحتجزهن في قطاع غزة منذ السابع من أكتوبر، وسلمتهن إلى اللجنة الدولية للصليب الأحمر في ساحة فلسطين وسط مدينة غزة.
        وفي المقابل، أطلقت سلطات الاحتلال سراح 200 أسير فلسطيني من سجن عوفر، بينهم 120 محكوما بالسجن المؤبد، وفق ما أعلن نادي الأسير الفلسطيني.
        وقال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن المجندات الأربع وصلن إلى إسرائيل، متهما حماس بخرق الاتفاق لعدم الإفراج عن المدنية أربيل يهود.
        ونفت الحركة ذلك، مؤكدة أنها ستفرج عنها في الدفعة المقبلة.
        ورحبت قطر ومصر بتنفيذ الدفعة الثانية من صفقة التبادل، ودعتا الطرفين إلى الالتزام ببنود اتفاق وقف إطلاق النار.
        ومنع الجيش الإسرائيلي آلاف النازحين من العودة إلى شمال القطاع عبر شارع الرشيد، وأطلق النار على حشود منهم، ما أدى إلى استشهاد فلسطيني وإصابة سبعة آخرين.
        """

    /// A prisoner exchange in Gaza: the released are named past the releaser's apposition and the day ("أفرجت كتائب
    /// القسام، الجناح العسكري لحركة حماس، اليوم السبت عن أربع مجندات"), the prisoners' society is a known body, the
    /// army's preventing the displaced from going home is COERCE restrict, and one Palestinian named by his nisba
    /// alone is one dead.
    func testAPrisonerExchangeInGaza() {
        let r = record(Self.gazaExchange, published: "2025-01-25")
        let releases = r.events.filter { $0.mode == "release" }
        XCTAssertEqual(releases.count, 2, "\(r.events)")
        XCTAssertEqual(releases.first?.source?.entity, "group:qassam-brigades")
        XCTAssertEqual(releases.first?.target?.country, "IL")
        XCTAssertEqual(releases.first?.target?.sector, .military)
        XCTAssertEqual(releases.last?.source?.country, "IL")
        XCTAssertEqual(releases.last?.target?.country, "PS")
        XCTAssertEqual(releases.last?.claimedBy?.entity, "org:palestinian-prisoners-society")
        let prevented = r.events.first { $0.type == "COERCE" && $0.mode == "restrict" }
        XCTAssertEqual(prevented?.source?.country, "IL", "\(r.events)")
        XCTAssertEqual(prevented?.target?.sector, .civilians)
        let fire = r.events.first { $0.type == "ASSAULT" }
        XCTAssertEqual(fire?.source?.country, "IL", "\(r.events)")
        XCTAssertEqual(fire?.fatalities, 1)
        XCTAssertEqual(fire?.injured, 7)
        XCTAssertTrue(r.contradictions.contains { r.statements[$0.a].stance == .accuse && r.statements[$0.b].stance == .deny }, "\(r.contradictions)")
    }

    static let oilSanctions = """
        واشنطن تفرض عقوبات على شبكة لتهريب النفط الإيراني لصالح الحوثيين

        واشنطن - فرضت وزارة الخزانة الأمريكية، الخميس، عقوبات على ست شركات وثلاثة أفراد قالت إنهم يديرون شبكة لتهريب النفط الإيراني وبيعه لصالح جماعة الحوثي في اليمن.
        وقال مكتب مراقبة الأصول الأجنبية التابع للوزارة في بيان إن الشبكة يشرف عليها القيادي في الحرس الثوري الإيراني سعيد الجمل، وإنها حولت عشرات الملايين من الدولارات إلى الجماعة.
        وجمدت الوزارة جميع أصول المستهدفين في الولايات المتحدة، وحظرت على المواطنين الأمريكيين التعامل معهم.
        في المقابل، نددت وزارة الخارجية الإيرانية بالعقوبات، ووصفتها بأنها "غير قانونية"، مؤكدة أنها لن تؤثر على صادرات النفط الإيرانية.
        كما اتهم المتحدث باسم الحوثيين محمد عبد السلام الولايات المتحدة بمحاولة "تجويع الشعب اليمني"، مهددا باستهداف السفن الأمريكية في البحر الأحمر.
        وكان الاتحاد الأوروبي قد فرض الشهر الماضي عقوبات مماثلة على خمسة مسؤولين إيرانيين بسبب نقل طائرات مسيرة إلى روسيا.
        """

    /// American sanctions on an oil-smuggling network: sanctions and a freeze of assets are PLOVER SANCTION
    /// discontinue (the manual's coding of international sanctions), the Iranian ministry's condemnation of "the
    /// sanctions" is aimed at whoever imposed them, the Houthi spokesman threatens American ships, and the EU's
    /// earlier sanctions name the Iranian officials.
    func testSanctionsOnAnOilSmugglingNetwork() {
        let r = record(Self.oilSanctions, published: "2024-10-17")
        let sanctions = r.events.filter { $0.type == "SANCTION" }
        XCTAssertEqual(sanctions.first?.mode, "discontinue", "\(r.events)")
        XCTAssertEqual(sanctions.first?.source?.country, "US")
        XCTAssertTrue(sanctions.contains { $0.sentence == 2 && $0.source?.country == "US" }, "the freeze of assets: \(r.events)")
        XCTAssertFalse(r.events.contains { $0.type == "COERCE" && $0.sentence == 0 }, "\(r.events)")
        let condemnation = r.events.first { $0.type == "ACCUSE" && $0.source?.country == "IR" }
        XCTAssertEqual(condemnation?.target?.country, "US", "\(r.events)")
        XCTAssertEqual(r.events.first { $0.type == "THREATEN" }?.target?.country, "US")
        let eu = sanctions.first { $0.source?.entity == "org:eu" }
        XCTAssertEqual(eu?.target?.country, "IR", "\(r.events)")
        XCTAssertEqual(eu?.date, "2024-09")
        XCTAssertFalse(r.statements.contains { $0.speaker.text?.contains("أفراد") == true }, "\(r.statements)")
    }

    static let darfurConvoy = """
        الأمم المتحدة: نهب قافلة مساعدات في دارفور ونزوح 40 ألفا من الفاشر

        الخرطوم - قال برنامج الأغذية العالمي إن مسلحين نهبوا قافلة تضم 15 شاحنة محملة بالمساعدات الغذائية على الطريق بين مدينتي نيالا والفاشر في إقليم دارفور، واحتجزوا سائقيها لساعات قبل أن يطلقوا سراحهم.
        وحمّل البرنامج قوات الدعم السريع مسؤولية الهجوم، وهو ما نفته القوات في بيان، متهمة "عصابات متفلتة" بالوقوف وراءه.
        وأعلنت المنظمة الدولية للهجرة نزوح أكثر من 40 ألف شخص من مخيم زمزم للنازحين خلال الأسبوع الماضي، بعد أن قصفت قوات الدعم السريع المخيم بالمدفعية الثقيلة، ما أسفر عن مقتل 12 مدنيا بينهم خمسة أطفال.
        وعلّق البرنامج عملياته في شمال دارفور حتى إشعار آخر، محذرا من أن مئات الآلاف مهددون بالمجاعة.
        ووصلت إلى مطار بورتسودان طائرة سعودية محملة بنحو 90 طنا من المساعدات الطبية، فيما أرسلت الإمارات شحنة أدوية إلى تشاد لمساعدة اللاجئين السودانيين.
        """

    /// An aid convoy looted in Darfur: unnamed gunmen loot (COERCE seize) and hold the drivers (ASSAULT abduct, not
    /// an arrest), "وحمّل البرنامج" resumes the World Food Programme by its first word and blames the RSF, "نفته
    /// القوات" is the RSF just named, and the RSF's shelling of the camp ends its name before "المخيم".
    func testAnAidConvoyLootedInDarfur() {
        let r = record(Self.darfurConvoy, published: "2024-12-03")
        XCTAssertEqual(r.events.first { $0.type == "COERCE" && $0.mode == "seize" }?.source?.sector, .rebels, "\(r.events)")
        XCTAssertTrue(r.events.contains { $0.type == "ASSAULT" && $0.mode == "abduct" && $0.sentence == 0 }, "\(r.events)")
        XCTAssertFalse(r.events.contains { $0.mode == "arrest" }, "\(r.events)")
        let blame = r.events.first { $0.type == "ACCUSE" && $0.source?.entity == "org:wfp" }
        XCTAssertEqual(blame?.target?.entity, "group:rsf", "\(r.events)")
        let denial = r.statements.first { $0.stance == .deny }
        XCTAssertEqual(denial?.speaker.entity, "group:rsf", "\(r.statements)")
        XCTAssertTrue(r.contradictions.contains { $0.about.hasPrefix("group:rsf denies") }, "\(r.contradictions)")
        let shelling = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 12 }
        XCTAssertEqual(shelling?.source?.text, "قوات الدعم السريع", "\(r.events)")
        XCTAssertEqual(shelling?.target?.sector, .civilians)
        XCTAssertEqual(r.events.first { $0.type == "AID" }?.source?.country, "AE")
    }

    static let coastKillings = """
        المرصد السوري: إعدامات ميدانية لعشرات المدنيين في ريف اللاذقية

        اللاذقية - قال المرصد السوري لحقوق الإنسان إن عناصر من الفصائل الموالية لوزارة الدفاع السورية أعدموا ميدانيا 52 مدنيا علويا في قرى ريف جبلة، خلال حملة تمشيط أعقبت هجمات شنها مسلحون موالون للنظام السابق على حواجز الأمن العام.
        وأضاف المرصد أن المسلحين قتلوا 16 عنصرا من الأمن العام في كمائن متزامنة مساء الخميس، واستولوا على مستشفى جبلة الوطني لساعات.
        وفرضت السلطات حظر تجول في مدينتي اللاذقية وطرطوس حتى إشعار آخر، فيما أعلنت وزارة الدفاع إرسال تعزيزات عسكرية إلى المنطقة.
        من جهته، قال الرئيس السوري أحمد الشرع في كلمة مصورة إن "أي شخص يتجاوز على المدنيين سيحاسب"، معلنا تشكيل لجنة مستقلة للتحقيق في الانتهاكات.
        ودعت المفوضية السامية لحقوق الإنسان التابعة للأمم المتحدة إلى "وقف فوري لعمليات القتل"، فيما أدانت فرنسا وبريطانيا "المجازر بحق المدنيين".
        """

    /// Killings on the Syrian coast: the executions are counted past their adverb ("أعدموا ميدانيا 52 مدنيا"), the
    /// gunmen's victims are members of the General Security, their taking of a hospital is a seizure, the curfew is
    /// the authorities', and France's condemnation of "the massacres" is aimed at the executioners.
    func testKillingsOnTheSyrianCoast() {
        let r = record(Self.coastKillings, published: "2025-03-08")
        let executions = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 }
        XCTAssertEqual(executions?.mode, "targeted", "\(r.events)")
        XCTAssertEqual(executions?.fatalities, 52)
        XCTAssertEqual(executions?.target?.sector, .civilians)
        XCTAssertEqual(executions?.location?.name, "Jablah")
        let ambushes = r.events.first { $0.type == "ASSAULT" && $0.sentence == 1 }
        XCTAssertEqual(ambushes?.fatalities, 16, "\(r.events)")
        XCTAssertEqual(ambushes?.target?.sector, .police)
        XCTAssertTrue(r.events.contains { $0.type == "COERCE" && $0.mode == "seize" && $0.sentence == 1 }, "\(r.events)")
        XCTAssertEqual(r.events.first { $0.mode == "curfew" }?.source?.country, "SY")
        let condemnation = r.events.first { $0.type == "ACCUSE" && $0.source?.country == "FR" }
        XCTAssertEqual(condemnation?.target?.text, executions?.source?.text, "\(r.events)")
        XCTAssertTrue(r.entities.contains { $0.id == "person:ahmed-al-sharaa" })
    }

    static let jisrStrike = """
        مقتل تسعة مدنيين بغارات روسية على ريف إدلب

        إدلب - قتل تسعة مدنيين، بينهم أربعة أطفال، وأصيب أكثر من 20 آخرين، اليوم الأحد، جراء غارات شنتها طائرات حربية روسية على سوق شعبي في مدينة جسر الشغور بريف إدلب الغربي، وفق ما أعلن الدفاع المدني السوري (الخوذ البيضاء).

        وقال مدير الدفاع المدني رائد الصالح إن فرق الإنقاذ انتشلت جثث الضحايا من تحت الأنقاض، محملا روسيا والنظام السوري "المسؤولية الكاملة عن هذه المجزرة".

        من جهتها، قالت وزارة الدفاع الروسية إن طائراتها استهدفت "مقرات للإرهابيين" تابعة لهيئة تحرير الشام، نافية استهداف أي مواقع مدنية.

        وردت فصائل المعارضة بقصف صاروخي على مواقع لقوات النظام في ريف حماة، ما أسفر عن مقتل ثلاثة جنود، بحسب المرصد السوري لحقوق الإنسان.

        ودان المبعوث الأممي إلى سوريا غير بيدرسون التصعيد، داعيا جميع الأطراف إلى احترام اتفاق وقف إطلاق النار.
        """

    /// Russian strikes on a market in Idlib told by the White Helmets: the civil defence is a civilian body, the Russian
    /// ministry's quoted "terrorists' headquarters" belonging to Hayat Tahrir al-Sham are HTS, and its denial of hitting
    /// civilians contradicts the White Helmets' account.
    func testRussianStrikesInIdlibAndTheWhiteHelmets() {
        let r = record(Self.jisrStrike, published: "2024-10-20")
        let strike = r.events.first { $0.type == "ASSAULT" && $0.sentence == 0 }
        XCTAssertEqual(strike?.source?.country, "RU", "\(r.events)")
        XCTAssertEqual(strike?.target?.sector, .civilians)
        XCTAssertEqual(strike?.fatalities, 9)
        XCTAssertEqual(strike?.claimedBy?.entity, "org:white-helmets")
        let claimed = r.events.first { $0.type == "ASSAULT" && $0.claimedBy?.country == "RU" }
        XCTAssertEqual(claimed?.target?.entity, "group:hts", "\(r.events)")
        XCTAssertTrue(claimed?.target?.text?.hasPrefix("\"مقرات للإرهابيين\"") ?? false)
        let denial = r.statements.firstIndex { $0.stance == .deny }
        XCTAssertTrue(r.contradictions.contains { c in denial.map { [c.a, c.b].contains($0) } ?? false }, "\(r.contradictions)")
    }

    /// Every word-suffix and word-prefix of every sentence of four stories, analysed as a page of its own: a page may begin or end
    /// anywhere in a phrase (a feed's snippet, a cut-off scrape), and no rule may read a word before the first or
    /// after the last ("قتل شقيقه …" and a speaker's office at a page's end once trapped). Each page gets a record
    /// with its text.
    func testEverySentencePartIsAPageOfItsOwn() {
        var pages = 0
        for story in [Self.geziraRaid, Self.mogadishuBombing, Self.tunisArrest, Self.iraqStrikes, Self.djiboAttack, Self.qamishliStrike, Self.aitaStrike, Self.rumailaProtest, Self.jisrStrike, Self.huwaraRaid, Self.gazaExchange, Self.oilSanctions, Self.darfurConvoy, Self.coastKillings] {
            for sentence in story.split(whereSeparator: { ".\n".contains($0) }) {
                let words = sentence.split(separator: " ")
                for k in words.indices {
                    for page in [words[k...].joined(separator: " "), words[...k].joined(separator: " ")] {
                        let r = Self.analyzer.analyze(Document(name: "part", published: "2024-06-06", text: page))
                        XCTAssertFalse(r.text.isEmpty && page.count > 40, page)
                        pages += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(pages, 300)
    }
}
