import XCTest
import MarsadText
@testable import MarsadAnalysis

/// The words of today's conflict news, with the real entity stage: drones ("مسيّرة", which is also a
/// march), the occupation's forces ("قوات الاحتلال", whose state depends on the place and the date), one
/// person killed or hurt ("واستشهد شاب"), and a body's bracketed alias ("(اليونيفيل)").
final class ConflictNewsTests: XCTestCase {
    let entities = EntityStage()

    func events(_ text: String, published: String) -> [Event] {
        EventStage().run(text: text, sentences: testSentences(text), published: published, entities: entities.run(text: text)).events
    }

    /// A diplomatic act between two states: its mode, the acting state and the state it is aimed at.
    func assertStates(_ e: Event?, mode: String, from source: String, to target: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(e?.mode, mode, "\(String(describing: e))", file: file, line: line)
        XCTAssertEqual(e?.source?.country, source, file: file, line: line)
        XCTAssertEqual(e?.target?.country, target, file: file, line: line)
    }

    /// A list of crimes names kinds of act, not acts: its last item "وقتل" is a masdar though the item
    /// before it carries no cue ("واغتصاب"); a present verb coordinated with a relative clause's verb is as
    /// general as it. The same sentences' reported killings are still coded.
    func testListsOfCrimesAndHabitsAreNoAttacks() {
        let report = events("ووثق التقرير حالات اعتقال تعسفي وتعذيب واغتصاب وقتل خارج نطاق القضاء في ولايتي الجزيرة وسنار. "
                            + "وقتل مسلحون ثلاثة مدنيين في قرية قرب مدني أمس.", published: "2024-06-01").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(report.count, 1)
        XCTAssertEqual(report.first?.fatalities, 3)
        XCTAssertEqual(report.first?.target?.sector, .civilians)
        let threat = events("وقال وزير الداخلية إن «الذين يهاجمون المدنيين ويقتلونهم سيحاسبون»، فيما قتل شرطي في هجوم على حاجز أمس.",
                            published: "2024-06-01").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(threat.count, 1)
        XCTAssertEqual(threat.first?.fatalities, 1)
        XCTAssertEqual(threat.first?.target?.sector, .police)
        // a coordinated past verb after a relative clause is the main clause's own act
        let raid = events("واقتحم المسلحون الذين يتحصنون في الجبال القرية وقتلوا حارسين.", published: "2024-06-01")
        XCTAssertTrue(raid.contains { $0.type == "ASSAULT" && $0.fatalities == 2 })
    }

    /// The doers of a coordinated verb are the sentence's subject, never the object the verb follows; a
    /// count of the killed that names no one ("ثلاثة آخرون") is no actor either; a verb whose root begins
    /// with و ("وجهت") has no conjunction on it.
    func testCoordinatedVerbsKeepTheirDoers() {
        let kidnap = events("وخطف مسلحون عشرة عمال أتراك وقتل ثلاثة منهم.", published: "2024-06-01").filter { $0.type == "ASSAULT" }
        let killed = kidnap.first { $0.mode != "abduct" }
        XCTAssertEqual(killed?.target?.country, "TR", "\(kidnap)")
        XCTAssertEqual(killed?.source?.sector, .rebels)
        let others = events("واقتحم مسلحون القرية وقتل ثلاثة آخرون.", published: "2024-06-01").filter { $0.type == "ASSAULT" }
        XCTAssertFalse(others.contains { $0.target?.sector == .rebels }, "\(others)")
        XCTAssertTrue(others.contains { $0.fatalities == 3 && $0.source?.sector == .rebels })
        let strikes = events("وكانت القوات الاميركية وجهت عدة ضربات جوية داخل الصومال خلال الاشهر الماضية.", published: "2008-10-10")
        XCTAssertEqual(strikes.first { $0.type == "ASSAULT" }?.source?.country, "US")
    }

    /// A Syrian story written for this test: raids told by their support verb with a time between commas and a
    /// verb describing them ("شن الطيران الإسرائيلي، مساء الأربعاء، سلسلة غارات استهدفت …") are one attack by the
    /// air force, in the capital named after the country's adjective; "أنه قصف" with its object is a verb; the
    /// condemned act's nisba names whom "دانت" accuses, and a coordinated "اتهمت" keeps the ministry as speaker.
    func testASyrianNightOfStrikes() {
        let text = "شن الطيران الإسرائيلي، مساء الأربعاء، سلسلة غارات استهدفت مبنى هيئة الأركان العامة في العاصمة السورية دمشق، "
            + "ما أسفر عن مقتل ثلاثة أشخاص وإصابة 34 آخرين، بحسب وزارة الصحة السورية. "
            + "وأعلن الجيش الإسرائيلي في بيان أنه قصف دبابات تابعة للقوات الحكومية السورية كانت تتجه نحو المدينة. "
            + "في المقابل، دانت وزارة الخارجية السورية \"العدوان الإسرائيلي السافر\"، واتهمت إسرائيل بالسعي إلى زعزعة استقرار البلاد."
        let staged = EventStage().run(text: text, sentences: testSentences(text), published: "2025-07-17", entities: entities.run(text: text))
        let attacks = staged.events.filter { $0.type == "ASSAULT" }
        XCTAssertEqual(attacks.count, 2, "\(attacks)")
        let raids = attacks.first
        XCTAssertEqual(raids?.source?.country, "IL")
        XCTAssertEqual(raids?.source?.sector, .military)
        XCTAssertEqual(raids?.mode, "aerial")
        XCTAssertEqual(raids?.fatalities, 3)
        XCTAssertEqual(raids?.injured, 34)
        XCTAssertEqual(raids?.location?.name, "Damascus")
        let tanks = attacks.last
        XCTAssertEqual(tanks?.source?.country, "IL")
        XCTAssertEqual(tanks?.target?.country, "SY")
        XCTAssertEqual(tanks?.target?.sector, .military)
        let accusations = staged.statements.filter { $0.stance == .accuse }
        XCTAssertEqual(accusations.map(\.cue), ["دانت", "واتهمت"])
        XCTAssertTrue(accusations.allSatisfy { $0.speaker.country == "SY" && $0.speaker.sector == .government }, "\(accusations.map(\.speaker))")
        let accused = staged.events.filter { $0.type == "ACCUSE" }.map { $0.target?.country }
        XCTAssertEqual(accused, ["IL", "IL"])
        // positions under fire are no websites
        let positions = events("وشن الطيران الإسرائيلي غارات على مواقع في ريف دمشق.", published: "2025-07-17").first { $0.type == "ASSAULT" }
        XCTAssertEqual(positions?.target?.text, "مواقع")
        XCTAssertNotEqual(positions?.target?.sector, .media)
    }

    func testADroneIsTheAttackerAndItsMode() {
        let subject = events("واستهدفت مسيرة إسرائيلية سيارة في بلدة بنت جبيل، ما أدى إلى مقتل شخصين.", published: "2024-03-11")
            .filter { $0.type == "ASSAULT" }
        XCTAssertEqual(subject.first?.mode, "drone")
        XCTAssertEqual(subject.first?.source?.country, "IL")
        XCTAssertEqual(subject.first?.source?.sector, .military)
        XCTAssertEqual(subject.first?.fatalities, 2)
        // the drone that carried out the strike the toll names
        let resumed = events("قتل ثلاثة أشخاص مساء الأحد في غارة نفذتها مسيرة إسرائيلية على سيارة في جنوب لبنان.", published: "2024-03-11")
        XCTAssertEqual(resumed.first?.mode, "drone")
        XCTAssertEqual(resumed.first?.source?.country, "IL")
        let means = events("وأعلن الحوثيون أنهم هاجموا سفينة بمسيرات وصواريخ في البحر الأحمر.", published: "2024-03-11")
        XCTAssertEqual(means.first?.mode, "drone")
        XCTAssertEqual(means.first?.source?.country, "YE")
        // shelling is heavy weapons unless aircraft or drones did it; the artillery is its state's military
        XCTAssertEqual(events("واتهمت قوات الدعم السريع الجيش بقصف أحياء سكنية بالطائرات المسيرة.", published: "2024-03-11")
            .first { $0.type == "ASSAULT" }?.mode, "drone")
        XCTAssertEqual(events("وقصفت طائرات حربية إسرائيلية مواقع في جنوب لبنان.", published: "2024-03-11").first?.mode, "aerial")
        let artillery = events("وقصفت المدفعية الإسرائيلية أطراف بلدة الخيام.", published: "2024-03-11").first
        XCTAssertEqual(artillery?.mode, "heavy-weapons")
        XCTAssertEqual(artillery?.source?.country, "IL")
        // a drone is no march
        XCTAssertFalse(events("وقالت مصادر إن مسيرة إسرائيلية استهدفت دراجة نارية جنوب لبنان.", published: "2024-03-11")
            .contains { $0.type == "PROTEST" })
    }

    func testAMarchIsNoDroneAndItsNisbaNamesTheMarchers() {
        let march = events("وخرجت مسيرة فلسطينية حاشدة في رام الله تنديدا بالعدوان.", published: "2024-03-11")
        XCTAssertEqual(march.map(\.type), ["PROTEST"])
        XCTAssertEqual(march.first?.source?.country, "PS")
        let hurt = events("وأصيب ثلاثة شبان خلال مسيرة فلسطينية في بلدة كفر قدوم.", published: "2024-03-11").filter { $0.type == "ASSAULT" }
        XCTAssertNil(hurt.first?.source, "the march's nisba names no attacker")
        XCTAssertNotEqual(hurt.first?.mode, "drone")
    }

    /// "قوات الاحتلال" are the forces of the state that held the article's territory on its date, and no
    /// state's where none did.
    func testTheOccupationsForcesAreTheOccupiers() {
        let raid = "واقتحمت قوات الاحتلال بلدة بيتا جنوب نابلس وأطلقت النار على الشبان، ما أدى لإصابة ثلاثة منهم."
        XCTAssertEqual(events(raid, published: "2024-03-11").first?.source?.country, "IL")
        let iraq = "وقتل جنديان من قوات الاحتلال في هجوم بعبوة ناسفة قرب بغداد."
        XCTAssertEqual(events(iraq, published: "2007-03-11").first?.target?.country, "US")
        XCTAssertNotEqual(events(iraq, published: "2015-03-11").first?.target?.country, "US", "no US forces held Baghdad in 2015")
        // the organ's name is no act: "الاحتلال" here is not an occupation (COERCE)
        let strike = events("وشنت طائرات الاحتلال غارات على مدينة رفح.", published: "2024-03-11")
        XCTAssertEqual(strike.map(\.type), ["ASSAULT"])
        XCTAssertEqual(strike.first?.source?.country, "IL")
    }

    func testOccupationPeriods() {
        let o = EventLexicon.shared.occupations
        XCTAssertEqual(o.occupier(of: "IQ", on: CivilDate(year: 2007, month: 3, day: 11)), "US")
        XCTAssertNil(o.occupier(of: "IQ", on: CivilDate(year: 2012, month: 1, day: 1)))
        XCTAssertEqual(o.occupier(of: "PS", on: nil), "IL", "with no date, a holding that has not ended")
        XCTAssertNil(o.occupier(of: "AF", on: nil))
        XCTAssertNil(o.occupier(of: "EG", on: CivilDate(year: 2024, month: 1, day: 1)))
    }

    func testOnePersonKilledOrHurt() {
        let shot = events("واستشهد شاب برصاص جيش الاحتلال في مخيم جنين.", published: "2024-03-11").first
        XCTAssertEqual(shot?.fatalities, 1)
        XCTAssertEqual(shot?.target?.sector, .civilians)
        XCTAssertEqual(shot?.source?.country, "IL")
        let hurt = events("وأصيب فتى بجروح خطيرة في القصف على خان يونس.", published: "2024-03-11").first
        XCTAssertEqual(hurt?.injured, 1)
        XCTAssertNil(hurt?.fatalities)
        // "الشاب" is also "young": an adjective of an office is no victim or actor of its own
        let young = EventStage().run(text: "وقال الرئيس الفرنسي الشاب إن بلاده ستدعم الاتفاق.", sentences: testSentences("وقال الرئيس الفرنسي الشاب إن بلاده ستدعم الاتفاق."),
                                     published: "2024-03-11", entities: entities.run(text: "وقال الرئيس الفرنسي الشاب إن بلاده ستدعم الاتفاق."))
        XCTAssertEqual(young.statements.first?.speaker.country, "FR")
    }

    /// A bracketed alias is part of the name, not the object of the verb after it.
    func testABracketedAliasIsPartOfTheName() {
        let call = events("ودعت قوة الأمم المتحدة المؤقتة في لبنان (اليونيفيل) الطرفين إلى ضبط النفس.", published: "2024-03-11")
            .first { $0.type == "REQUEST" }
        XCTAssertEqual(call?.source?.sector, .peacekeepers)
        XCTAssertNil(call?.target, "the alias is not whom UNIFIL called on")
    }

    /// A Syrian story: a toll "in clashes between X and Y" is coded between the two sides; "مقتل عنصرين" counts
    /// two (عناصر is the plural, so ـين is the dual); local activists deny, not the ministry they answer; a
    /// count alone protests; "وجرح آخرين" after a toll masdar is its second toll word, not a second attack, and
    /// takes no count of its own.
    func testClashesDenialsAndCrowdsOfASyrianStory() {
        let text = """
            قتل 14 شخصا بينهم ثمانية من عناصر الأمن العام، أمس الخميس، في اشتباكات اندلعت بين قوات الأمن السورية ومجموعات مسلحة في ريف محافظة اللاذقية.
            وقالت وزارة الداخلية السورية في بيان إن مسلحين هاجموا حاجزا أمنيا قرب مدينة جبلة، ما أدى إلى مقتل عنصرين وإصابة خمسة آخرين.
            ونفى ناشطون محليون رواية الوزارة، مؤكدين أن قوات الأمن أطلقت النار على السكان.
            وتظاهر المئات في مدينة طرطوس مساء الخميس.
            وهاجم مسلحون حاجزا للجيش، مما أسفر عن مقتل 6 أشخاص وجرح آخرين.
            """
        let r = EventStage().run(text: text, sentences: testSentences(text), published: "2025-03-07", entities: entities.run(text: text))
        let clash = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 14 }
        XCTAssertEqual(clash?.source?.country, "SY")
        XCTAssertEqual(clash?.source?.sector, .police)
        XCTAssertEqual(clash?.target?.sector, .rebels)
        XCTAssertEqual(r.events.first { $0.type == "ASSAULT" && $0.injured == 5 }?.fatalities, 2)
        let denial = r.statements.first { $0.stance == .deny }
        XCTAssertEqual(denial?.speaker.sector, .civilians)
        XCTAssertNotEqual(denial?.speaker.entity, r.statements.first?.speaker.entity, "the ministry does not deny itself")
        let crowd = r.events.first { $0.type == "PROTEST" }
        XCTAssertEqual(crowd?.source?.text, "المئات")
        XCTAssertEqual(crowd?.source?.country, "SY")
        let last = r.events.filter { $0.type == "ASSAULT" && $0.sentence == 4 }
        XCTAssertEqual(last.count, 1, "\(last)")
        XCTAssertEqual(last.first?.fatalities, 6)
        XCTAssertNil(last.first?.injured, "\"آخرين\" are not counted")
    }

    /// An Iraqi protest story: who dispersed the crowd fired the gas and bullets (riot police, police sector);
    /// "وهاجموا القوات الأمنية" has its subject in the verb, so the forces are the object, and the doers are the
    /// quoted subject of the plural verb before ("إن \"مندسين\" أحرقوا … وهاجموا"); stones are primitive weapons;
    /// a prime minister's nisba family name is no Sudan.
    func testAnIraqiProtestStory() {
        let text = """
            فرقت قوات مكافحة الشغب العراقية، مساء الثلاثاء، مئات المحتجين في مدينة الناصرية، مستخدمة الرصاص الحي وقنابل الغاز المسيل للدموع، ما أسفر عن إصابة 47 متظاهرا.
            وقال مصدر في الشرطة إن "مندسين" أحرقوا إطارات وهاجموا القوات الأمنية بالحجارة.
            وأعلن رئيس الوزراء محمد شياع السوداني تشكيل لجنة تحقيق.
            """
        let layer = entities.run(text: text)
        let r = EventStage().run(text: text, sentences: testSentences(text), published: "2024-06-12", entities: layer)
        let fired = r.events.first { $0.type == "ASSAULT" && $0.injured == 47 }
        XCTAssertEqual(fired?.mode, "crowd-control")
        XCTAssertEqual(fired?.source?.sector, .police)
        XCTAssertEqual(fired?.source?.country, "IQ")
        // (the burning of tyres is the infiltrators' too, its quoted subject before the verb)
        let burning = r.events.first { $0.type == "ASSAULT" && $0.sentence == 1 }
        XCTAssertEqual(burning?.mode, "primitive")
        XCTAssertEqual(burning?.source?.text, "مندسين")
        let stones = r.events.last { $0.type == "ASSAULT" && $0.sentence == 1 }
        XCTAssertEqual(stones?.mode, "primitive")
        XCTAssertEqual(stones?.source?.text, "مندسين")
        XCTAssertEqual(stones?.target?.text, "القوات الأمنية")
        XCTAssertFalse(layer.entities.contains { $0.id == "iso3166:SD" }, "السوداني is the prime minister's family name")
        XCTAssertEqual(r.statements.last?.speaker.text, "رئيس الوزراء محمد شياع السوداني")
        XCTAssertEqual(r.statements.last?.speaker.country, "IQ", "the gazetteer knows him (people.tsv)")
    }

    /// A hit described ("مؤكدة أن الإصابة كانت دقيقة") is no second attack, and strikes told twice in a sentence
    /// ("شنت طائرات أمريكية … غارات …، التي قالت إن الغارات أسفرت عن مقتل ثلاثة مدنيين") are one attack
    /// with its toll, though the two readers name the aircraft differently.
    func testARedSeaAttackAndTheStrikesThatAnsweredIt() {
        let claim = events("أعلنت جماعة الحوثيين أنها استهدفت سفينة تجارية في البحر الأحمر بطائرة مسيرة، مؤكدة أن الإصابة كانت دقيقة ومباشرة.", published: "2024-06-12")
        XCTAssertEqual(claim.filter { $0.type == "ASSAULT" }.count, 1, "\(claim.map(\.type))")
        XCTAssertEqual(claim.first?.source?.country, "YE")
        let strikes = events("وفي وقت لاحق، شنت طائرات أمريكية خمس غارات على مطار الحديدة، بحسب ما أفادت قناة المسيرة التابعة للحوثيين، التي قالت إن الغارات أسفرت عن مقتل ثلاثة مدنيين وإصابة تسعة آخرين.", published: "2024-06-12")
        let attacks = strikes.filter { $0.type == "ASSAULT" }
        XCTAssertEqual(attacks.count, 1, "\(attacks.map { ($0.source?.name, $0.start) })")
        XCTAssertEqual(attacks.first?.source?.country, "US")
        XCTAssertEqual(attacks.first?.fatalities, 3)
        XCTAssertEqual(attacks.first?.injured, 9)
        XCTAssertEqual(attacks.first?.mode, "aerial")
    }

    /// A Ukrainian-front story: "مقاطعة بيلغورود" is a province, not a boycott, and its governor speaks for
    /// Russia; "إن امرأة قتلت وأصيب أربعة أشخاص" kills one woman and wounds four (the four are not the
    /// killed, the woman not the killer); a body's name ending in its nisba closes its phrase, so the country
    /// after it is the accused ("اتهمت وزارة الطاقة الأوكرانية روسيا").
    func testAUkrainianFrontStory() {
        let governor = events("وقال حاكم مقاطعة بيلغورود إن امرأة قتلت وأصيب أربعة أشخاص بجروح جراء سقوط حطام مسيرة على منزل.", published: "2024-09-14")
        XCTAssertFalse(governor.contains { $0.type == "PROTEST" }, "\(governor.map(\.type))")
        let attack = governor.first { $0.type == "ASSAULT" }
        XCTAssertNil(attack?.source, "\(String(describing: attack?.source))")
        XCTAssertEqual(attack?.target?.text, "امرأة")
        XCTAssertEqual(attack?.fatalities, 1)
        XCTAssertEqual(attack?.injured, 4)
        XCTAssertEqual(attack?.claimedBy?.country, "RU")
        // the verb still boycotts, and the province after it is where
        let boycott = events("وقاطعت أحزاب المعارضة الانتخابات البرلمانية في مقاطعة كييف.", published: "2024-09-14")
        XCTAssertEqual(boycott.filter { $0.mode == "boycott" }.count, 1, "\(boycott.map(\.mode))")
        let accusation = events("اتهمت وزارة الطاقة الأوكرانية روسيا بشن هجوم واسع بالصواريخ على منشآت الطاقة.", published: "2024-09-14")
        let accuse = accusation.first { $0.type == "ACCUSE" }
        XCTAssertEqual(accuse?.source?.country, "UA")
        XCTAssertEqual(accuse?.source?.text, "وزارة الطاقة الأوكرانية")
        XCTAssertEqual(accuse?.target?.country, "RU")
    }

    /// One person before a passive killing verb is the one killed, the count after a coordinated injury verb the
    /// wounded: "بأن شابا قتل وأصيب ثلاثة آخرون برصاص قوات الاحتلال" is one young man, not three.
    func testOneKilledBeforeTheVerbAndTheWoundedAfterIt() {
        let r = events("وأفادت مصادر طبية بأن شابا قتل وأصيب ثلاثة آخرون برصاص قوات الاحتلال في جنين.", published: "2024-06-12")
        let attack = r.first { $0.type == "ASSAULT" }
        XCTAssertEqual(attack?.target?.text, "شابا")
        XCTAssertEqual(attack?.injured, 3)
        XCTAssertEqual(attack?.source?.country, "IL")
    }

    /// A toll whose nearest cause is a fire, a landslide or a flood is no attack; a collapse that an air strike
    /// caused, shelling and a roadside bomb near a fire still are. The civil defence that reports the fire is a
    /// government body, not the army.
    func testDisasterTollsAreNoAttacks() {
        let fire = "لقي عشرة أشخاص مصرعهم وأصيب 15 آخرون في حريق اندلع في سوق شعبي بمدينة أم درمان، بحسب الدفاع المدني."
        XCTAssertTrue(events(fire, published: "2024-05-13").filter { $0.type == "ASSAULT" }.isEmpty)
        let staged = EventStage().run(text: fire, sentences: testSentences(fire), published: "2024-05-13", entities: entities.run(text: fire))
        XCTAssertEqual(staged.statements.first?.speaker.sector, .government)
        for text in ["قتل ثلاثة أشخاص في انهيار أرضي ضرب قرية في شمال اليمن بعد أمطار غزيرة.",
                     "غرق خمسة مهاجرين وقتل اثنان آخران جراء السيول التي اجتاحت المنطقة.",
                     "أسفر الزلزال الذي ضرب جنوب تركيا عن مقتل 20 شخصا وإصابة المئات."] {
            XCTAssertTrue(events(text, published: "2024-05-13").filter { $0.type == "ASSAULT" }.isEmpty, text)
        }
        for (text, dead) in [("قتل ثلاثة أشخاص في قصف مدفعي استهدف قرية في شمال اليمن.", 3),
                             ("قتل خمسة مدنيين بينهم طفلان في انهيار مبنى جراء غارة جوية على حي سكني في غزة.", 5),
                             ("قتل جنديان في انفجار عبوة ناسفة استهدفت دوريتهما قرب حريق في الغابة.", 2)] {
            let attacks = events(text, published: "2024-05-13").filter { $0.type == "ASSAULT" }
            XCTAssertEqual(attacks.count, 1, text)
            XCTAssertEqual(attacks.first?.fatalities, dead, text)
        }
    }

    /// "قالت الوزارة إنها قتلت خمسة جنود": the pronoun after إنّ is the killer, and the count after the verb its
    /// toll; so is an armed speaker's "إنه قتل". The police's "بأنه قتل ثلاثة أشخاص" keeps the pronoun of the
    /// matter (three were killed, by no one named). An attack noun that is the subject of the killing verb
    /// ("إن الغارة قتلت") is the same act, told once.
    func testTheSpeakerSaysItKilled() {
        let army = events("وقال الجيش الإسرائيلي إنه قتل خمسة مسلحين في مدينة جنين.", published: "2024-06-01").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(army.count, 1)
        XCTAssertEqual(army.first?.source?.country, "IL")
        XCTAssertEqual(army.first?.source?.sector, .military)
        XCTAssertEqual(army.first?.fatalities, 5)
        let ministry = events("وقالت وزارة الدفاع الروسية إنها قتلت خمسة جنود أوكرانيين.", published: "2024-06-01").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(ministry.first?.source?.country, "RU")
        XCTAssertEqual(ministry.first?.target?.country, "UA", "\(String(describing: ministry.first?.target))")
        XCTAssertEqual(ministry.first?.fatalities, 5)
        let police = events("وأفادت الشرطة بأنه قتل ثلاثة أشخاص في انفجار عبوة ناسفة في بغداد.", published: "2024-06-01").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(police.count, 1)
        XCTAssertNil(police.first?.source, "\(String(describing: police.first?.source))")
        XCTAssertEqual(police.first?.fatalities, 3)
        let strike = events("وقالت القيادة المركزية الأمريكية إن الغارة قتلت ثلاثة من عناصر تنظيم داعش في سوريا.", published: "2024-06-01")
            .filter { $0.type == "ASSAULT" }
        XCTAssertEqual(strike.count, 1, "\(strike.map(\.start))")
        XCTAssertEqual(strike.first?.fatalities, 3)
        // a killing's counted object is its toll, not another toll later in the sentence
        let raid = events("أعلنت الشرطة في بنغلادش أنها قتلت ثلاثة متشددين بينهم العقل المدبر للهجوم الذي وقع الشهر الماضي على مقهى وأسفر عن مقتل 22 شخصا.",
                          published: "2016-08-28").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(raid.first { $0.source?.sector == .police }?.fatalities, 3, "\(raid.map { ($0.source?.text, $0.fatalities) })")
    }

    /// "تحصنوا داخله": a common word with its pronoun ه is no place whose name ends in ة (Dakhla).
    func testAWordWithItsPronounIsNoPlace() {
        let layer = entities.run(text: "وتحصن المسلحون في المبنى وأطلقوا النار من داخله قبل أن تقتحمه القوات.")
        XCTAssertFalse(layer.entities.contains { $0.id == "geonames:2463447" }, "\(layer.entities.map(\.id))")
        let town = entities.run(text: "وصل وفد إلى مدينة الداخلة في الصحراء الغربية.")
        XCTAssertTrue(town.entities.contains { $0.id == "geonames:2463447" }, "\(town.entities.map(\.id))")
    }


    /// "متحدث باسم الحركة", "عناصر الحركة": a group's head with the article, alone, is the group the text named
    /// with it before ("حركة حماس"), so its fighters are Palestinian rebels; not before a definite word, and not
    /// where no such group was named.
    func testAGroupsHeadAloneResumesIt() {
        let text = "وأعلنت حركة حماس مسؤوليتها عن الهجوم، وقال متحدث باسم الحركة إن مقاتليها قصفوا موقعا عسكريا."
        let layer = entities.run(text: text)
        let hamas = layer.entities.first { $0.id == "group:hamas" }
        XCTAssertEqual(hamas?.mentions.map(\.text), ["حركة حماس", "الحركة"])
        let shelling = events(text, published: "2024-06-01").first { $0.type == "ASSAULT" }
        XCTAssertEqual(shelling?.source?.country, "PS", "\(String(describing: shelling?.source))")
        let other = entities.run(text: "وأعلنت حركة حماس مسؤوليتها، فيما دعت الحركة الإسلامية إلى الهدوء.")
        XCTAssertEqual(other.entities.first { $0.id == "group:hamas" }?.mentions.count, 1)
        XCTAssertFalse(entities.run(text: "وتوقفت الحركة في شوارع المدينة بسبب الأمطار.").entities.contains { $0.type == .group })
        // a name that carries the article itself: "المرصد السوري لحقوق الإنسان" … "مدير المرصد"
        let observatory = entities.run(text: "وأفاد المرصد السوري لحقوق الإنسان بمقتل خمسة مدنيين، وقال مدير المرصد إن القصف مستمر.")
        XCTAssertEqual(observatory.entities.first { $0.id == "org:syrian-observatory" }?.mentions.count, 2)
    }

    /// A condition opens a clause of supposed acts ("اذا كان واضحا انهما قتلا، فلماذا"), however far the act is
    /// from "إذا"; the concessive "وإذا كان الجيش قد قتل …، فإن" grants the act, and "فإذا بمسلحين" tells it.
    /// An age or a bound ("دون ال15") is no toll; "في وسط المدينة" is the city the text named last.
    func testConditionsAgesAndTheCity() {
        let supposed = events("وتساءل الأب «اذا كان واضحا انهما قتلا، فلماذا تقرر شن الحرب؟»", published: "2024-06-01")
        XCTAssertFalse(supposed.contains { $0.type == "ASSAULT" }, "\(supposed)")
        let granted = events("وإذا كان الجيش قد قتل خمسة مسلحين أمس، فإن المعارك لم تتوقف.", published: "2024-06-01")
        XCTAssertEqual(granted.first { $0.type == "ASSAULT" }?.fatalities, 5)
        let sudden = events("وبينما كان الأهالي يتسوقون فإذا بمسلحين يطلقون النار عليهم.", published: "2024-06-01")
        XCTAssertTrue(sudden.contains { $0.type == "ASSAULT" })
        let toll = events("وقال المتحدث إن المستشفى استقبل 10 أطفال قتلى و28 جريحا كلهم دون ال15 وكلهم ضحايا غارات جوية، مشيرا إلى أن الغارة نفذت السبت.",
                          published: "2024-06-01").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(toll.first?.fatalities, 10, "\(toll.map { ($0.fatalities, $0.injured) })")
        XCTAssertEqual(toll.first?.injured, 28)
        let city = events("وتشهد مدينة الموصل توترا أمنيا منذ أيام. وقتل ثلاثة أشخاص في انفجار عبوة ناسفة في وسط المدينة أمس.",
                          published: "2024-06-01").first { $0.type == "ASSAULT" }
        XCTAssertEqual(city?.location?.name, "Mosul", "\(String(describing: city?.location))")
        // "وسط العاصمة", "بالعاصمة": the capital named before, not the last city
        let capital = events("وفي بغداد، قالت الشرطة إن انفجارا وقع في الموصل أمس، وإن سيارة مفخخة انفجرت وسط العاصمة وقتلت خمسة أشخاص.",
                             published: "2024-06-01").first { $0.type == "ASSAULT" && $0.fatalities == 5 }
        XCTAssertEqual(capital?.location?.name, "Baghdad", "\(String(describing: capital?.location))")
        let arrest = events("تونس - أوقفت وحدات أمنية فجر اليوم القيادي المعارض من منزله بالعاصمة.", published: "2024-06-01")
            .first { $0.type == "COERCE" }
        XCTAssertEqual(arrest?.location?.name, "Tunis", "\(String(describing: arrest))")
    }

    /// An armed party that announces an attack or an arrest (its masdar the object of "أعلن", after the
    /// saying's time) claims its own act; a ministry announcing a toll names no doer. A weapon between a
    /// complementizer and the verb is the verb's subject, so the phrase after it is what was hit; a ship off a
    /// coast is not the coast's; a crash is no attack.
    func testAnnouncedActsShipsAndWeaponSubjects() {
        let announced = events("أعلن الجيش العراقي صباح اليوم الأحد قتل خمسة مسلحين في كركوك. وأعلنت الشرطة التركية أمس اعتقال 12 شخصا في إسطنبول. "
                               + "وأعلنت وزارة الصحة اليوم مقتل ثلاثة أشخاص في القصف.", published: "2024-06-02")
        let killing = announced.first { $0.type == "ASSAULT" && $0.fatalities == 5 }
        XCTAssertEqual(killing?.source?.country, "IQ", "\(announced)")
        XCTAssertEqual(killing?.source?.sector, .military)
        XCTAssertEqual(killing?.date, "2024-06-02")
        let arrest = announced.first { $0.type == "COERCE" }
        XCTAssertEqual(arrest?.source?.country, "TR", "\(announced)")
        XCTAssertEqual(arrest?.source?.sector, .police)
        let toll = announced.first { $0.type == "ASSAULT" && $0.fatalities == 3 }
        XCTAssertNotNil(toll)
        XCTAssertNil(toll?.source, "the ministry counts the dead; it did not kill them")
        for text in ["وقال الناطق باسم الجيش إن طائرة مسيرة استهدفت سفينة تجارية قبالة سواحل الحديدة.",
                     "وقال الناطق باسم الجيش إن زورقا مسيرا استهدف ناقلة نفط قبالة سواحل الحديدة."] {
            let hit = events(text, published: "2024-06-01").first { $0.type == "ASSAULT" }
            XCTAssertNil(hit?.source, text)
            XCTAssertEqual(hit?.target?.sector, .civilians, text)
            XCTAssertNil(hit?.target?.country, text)
            XCTAssertEqual(hit?.location?.name, "Al Ḩudaydah", text)
        }
        // a toll announced of "its" ambassador is the announcer's, wherever it happened
        let ambassador = events("وكانت الإمارات قد أعلنت الثلاثاء إصابة سفيرها في أفغانستان جراء التفجير.", published: "2024-06-05")
            .first { $0.type == "ASSAULT" }
        XCTAssertEqual(ambassador?.target?.country, "AE", "\(String(describing: ambassador))")
        // a weapon right before the verb is its subject with no complementizer too: the base is what was hit
        let base = events("لقي عشرات الأشخاص مصرعهم في هجوم بسيارة مفخخة استهدفت قاعدة عسكرية بمدينة غاو شمالي مالي.", published: "2024-06-01")
            .first { $0.type == "ASSAULT" }
        XCTAssertNil(base?.source, "\(String(describing: base))")
        XCTAssertEqual(base?.target?.sector, .military)
        XCTAssertFalse(events("قتل 12 جنديا تركيا في تحطم مروحية عسكرية في ولاية شرناق.", published: "2024-06-01")
            .contains { $0.type == "ASSAULT" })
    }

    /// "أوقف" stops things and arrests people: only with people as its object is it an arrest. A support verb
    /// after فيما tells the outlet's next act, not more of what the speaker before said.
    /// The act an accusation names is the accused's, however many words name the accused; a movement named
    /// alone accuses ("اتهمت حماس"); a feminine act verb before a person's name alone has that person as its
    /// object, the subject unwritten ("لقد قتلتُ دونالد ترمب").
    func testTheAccusedDidTheActAndNamedSubjects() {
        for (text, doer, place) in [("اتهمت أوكرانيا القوات الروسية بقصف مبنى سكني في مدينة خاركيف.", "RU", "Kharkiv"),
                                    ("واتهم الجيش السوداني قوات الدعم السريع بقصف أحياء سكنية في مدينة الفاشر.", "SD", "El Fasher"),
                                    ("واتهمت حماس الجيش الإسرائيلي بقصف مدرسة تؤوي نازحين في غزة.", "IL", "Gaza")] {
            let all = events(text, published: "2024-06-01")
            XCTAssertEqual(all.first { $0.type == "ACCUSE" }?.target?.country, doer, text)
            let shelling = all.first { $0.type == "ASSAULT" }
            XCTAssertEqual(shelling?.source?.country, doer, "\(text): \(all)")
            XCTAssertEqual(shelling?.location?.name, place, text)
            XCTAssertNotNil(shelling?.claimedBy, text)
        }
        let attack = events("وهاجمت حركة الشباب قاعدة عسكرية قرب مقديشو. وقال: لقد قتلت دونالد ترمب عمدا.", published: "2024-06-01")
        XCTAssertEqual(attack.first { $0.sentence == 0 }?.source?.entity, "group:al-shabaab", "\(attack)")
        XCTAssertNil(attack.first { $0.sentence == 1 }?.source?.entity, "\(attack)")
        XCTAssertEqual(attack.first { $0.sentence == 1 }?.target?.text, "دونالد ترمب", "\(attack)")
    }

    /// A court's sentence is legal action against the sentenced (COERCE, CAMEO 173) when a word of punishment
    /// stands near the verb of judging; "حكم" of ruling a country, "قضى" of spending a night, and the verdict as a
    /// noun ("أدانت الرئاسة حكم محكمة إسرائيلية": the condemnation's object) are none.
    func testCourtSentences() {
        let mali = events("قضت محكمة في باماكو أمس بالسجن عشر سنوات على صحفي مالي بتهمة تقويض معنويات الجيش.", published: "2024-08-14")
        let sentence = mali.first { $0.type == "COERCE" }
        XCTAssertEqual(sentence?.source?.sector, .government, "\(mali)")
        XCTAssertEqual(sentence?.target?.sector, .media)
        XCTAssertEqual(sentence?.location?.name, "Bamako")
        XCTAssertEqual(sentence?.date, "2024-08-13")
        let egypt = events("وحكمت محكمة مصرية على الناشط علاء عبد الفتاح بالسجن خمس سنوات.", published: "2024-08-14")
        XCTAssertEqual(egypt.first { $0.type == "COERCE" }?.source?.country, "EG", "\(egypt)")
        XCTAssertEqual(egypt.first { $0.type == "COERCE" }?.target?.sector, .civilians)
        for text in ["حكم الرئيس البلاد ثلاثين عاما.", "وقضى الجنود ليلتهم في المعسكر.", "وانتقد ترامب حكم المحكمة وقال إنه يجعلنا نبدو ضعفاء."] {
            XCTAssertFalse(events(text, published: "2024-08-14").contains { $0.type == "COERCE" }, text)
        }
        let verdict = events("أدانت الرئاسة الفلسطينية حكم محكمة إسرائيلية بسجن طفل فلسطيني 12 عاما.", published: "2024-08-14")
        XCTAssertFalse(verdict.contains { $0.type == "COERCE" }, "\(verdict)")
        XCTAssertEqual(verdict.first { $0.type == "ACCUSE" }?.target?.country, "IL")
    }

    func testStoppingIsNoArrestAndWhileClauses() {
        let stops = events("أوقفت الشرطة حركة السيارات في الشارع الرئيسي. وأوقفت الشرطة التركية ثلاثة أشخاص يشتبه في انتمائهم لتنظيم داعش.",
                           published: "2024-06-01").filter { $0.type == "COERCE" }
        XCTAssertEqual(stops.count, 1, "\(stops)")
        XCTAssertEqual(stops.first?.source?.country, "TR")
        XCTAssertEqual(stops.first?.target?.sector, .civilians)
        let text = "وقالت الوزارة إن المحادثات مستمرة، فيما شنت طائرات حربية غارات على مواقع للمسلحين."
        let staged = EventStage().run(text: text, sentences: testSentences(text), published: "2024-06-01", entities: entities.run(text: text))
        XCTAssertNil(staged.events.first { $0.type == "ASSAULT" }?.claimedBy, "the raids are the outlet's news")
    }

    func testAVerbAfterARepelledAttackSharesItsSubject() {
        let sinai = events("وقال الجيش المصري في بيان إن وحداته تصدت لهجوم مسلح على كمين أمني في شمال سيناء وقتلت أكثر من 40 مسلحا.",
                           published: "2024-06-01").filter { $0.type == "ASSAULT" }
        let killing = sinai.first { $0.fatalities == 40 }
        XCTAssertEqual(killing?.source?.country, "EG", "\(sinai)")
        XCTAssertEqual(killing?.source?.sector, .military)
        XCTAssertEqual(killing?.claimedBy?.country, "EG")
        let yemen = events("وأعلنت القوات الحكومية أنها صدت هجوما شنه الحوثيون على مواقعها في مأرب وقتلت 12 منهم.",
                           published: "2024-06-01").filter { $0.type == "ASSAULT" }
        let killed = yemen.first { $0.fatalities == 12 }
        XCTAssertEqual(killed?.source?.sector, .military, "\(yemen)")
        XCTAssertNotEqual(killed?.source?.text, "الحوثيون", "the repelled are not the killers")
    }

    func testAnItemOfAListOfMasdarsIsNoAct() {
        XCTAssertTrue(MasdarShape.isDerivedMasdar(ArabicFold.key("تدمير")))
        XCTAssertTrue(MasdarShape.isDerivedMasdar(ArabicFold.key("واعتماد")))
        XCTAssertTrue(MasdarShape.isDerivedMasdar(ArabicFold.key("اضطهاد")))
        XCTAssertTrue(MasdarShape.isDerivedMasdar(ArabicFold.key("انسحاب")))
        XCTAssertTrue(MasdarShape.isDerivedMasdar(ArabicFold.key("استهداف")))
        XCTAssertTrue(MasdarShape.isDerivedMasdar(ArabicFold.key("ومصادرة")))
        for verb in ["اعتقلوا", "استهدفت", "انسحبا", "تدمر", "وقتل", "أشخاص"] {
            XCTAssertFalse(MasdarShape.isDerivedMasdar(ArabicFold.key(verb)), verb)
        }
        // a law's powers, a speech's charges, a list of abuses: nouns coordinated with masdars, no act done
        for text in ["ويتيح القانون إبعاد الأشخاص من مناطق إقامتهم، وفرض الإقامة الجبرية، وطرد أجانب، ومصادرة الأسلحة.",
                     "وقال إن الحكومة اتخذت قرارا بتدمير عملية السلام، واعتماد لغة الحرب، وقتل الأبرياء.",
                     "وهي حملة تترافق مع تخريب المحاصيل، وقتل الأطفال، ومصادرة الأراضي.",
                     "واتهم التقرير الميليشيات بارتكاب أعمال اغتصاب ونهب وقتل."] {
            let found = events(text, published: "2024-06-01").filter { $0.type == "ASSAULT" || $0.type == "COERCE" }
            XCTAssertTrue(found.isEmpty, "\(text) \(found)")
        }
        // a clause after a comma is still an act: "اقتحم مسلحون القرية، وقتل ثلاثة من سكانها"
        let raid = events("اقتحم مسلحون القرية فجر اليوم، وقتل ثلاثة من سكانها، وأحرقوا المنازل.", published: "2024-06-01")
        XCTAssertEqual(raid.first { $0.type == "ASSAULT" }?.fatalities, 3, "\(raid)")
    }

    func testADerivedVerbAfterANounIsStillAVerb() {
        // the past of a derived verb is no masdar: after an indefinite noun it is a verb, not "عملية قتل"
        let killed = events("من ناحية أخرى اغتال مسلحون مسؤولا في وزارة الداخلية أمام منزله.", published: "2024-06-01")
        XCTAssertEqual(killed.first { $0.type == "ASSAULT" }?.source?.sector, .rebels, "\(killed)")
        XCTAssertEqual(killed.first { $0.type == "ASSAULT" }?.target?.sector, .government)
        // an attack noun with its adjective or its weapon is the subject; what follows the verb is the target
        let drone = events("وجاءت الغارات بعد يومين من هجوم بطائرة مسيرة استهدف قاعدة عسكرية.", published: "2024-06-01")
        XCTAssertEqual(drone.first { $0.type == "ASSAULT" }?.target?.sector, .military, "\(drone)")
        XCTAssertNil(drone.first { $0.type == "ASSAULT" }?.source)
        let rocket = events("وقالت الوزارة إن الضربات جاءت ردا على هجوم صاروخي استهدف قاعدة جوية.", published: "2024-06-01")
        XCTAssertEqual(rocket.first { $0.type == "ASSAULT" && $0.target != nil }?.target?.sector, .military, "\(rocket)")
        XCTAssertFalse(rocket.contains { $0.source?.sector == .military && $0.source?.text?.hasPrefix("قاعدة") == true })
        // a form I past may be its masdar after a noun: no act in "عملية قتل"
        XCTAssertTrue(events("وتحدث التقرير عن عملية قتل جماعي.", published: "2024-06-01").allSatisfy { $0.source == nil })
    }


    func testTakingAPlaceIsASeizureAndControllingASituationIsNot() {
        // "سيطر" and "استولى" with a place or a holding after على: COERCE seize, its doer the subject
        for (text, doer) in [("سيطر المتمردون على مطار المدينة بعد معارك عنيفة.", "المتمردون"),
                             ("واستولى مسلحون على مبنى البلدية في وسط المدينة.", "مسلحون"),
                             ("وسيطرت القوات الحكومية، صباح اليوم، على معظم أحياء المدينة.", "القوات الحكومية")] {
            let seized = events(text, published: "2024-06-01").filter { $0.mode == "seize" }
            XCTAssertEqual(seized.count, 1, "\(text) \(seized)")
            XCTAssertEqual(seized.first?.source?.text, doer, text)
        }
        // a situation, a fire, money and a state held for years are taken by no force
        for text in ["وقال الوزير إن الوحدات الأمنية سيطرت على الأوضاع.",
                     "وسيطر رجال الإطفاء على الحريق بعد ساعات.",
                     "وانتقد الفاسدين الذين استولوا على أموال عامة.",
                     "وتسيطر الجماعة منذ سنوات على مساحات واسعة من الإقليم."] {
            XCTAssertTrue(events(text, published: "2024-06-01").filter { $0.mode == "seize" }.isEmpty, text)
        }
    }

    func testTheDispersedTheArrestedAndTheKilledWithNoObject() {
        // "فرقت الشرطة المحتجين بالغاز": the noun after بـ is the means, the phrase before it the dispersed
        let dispersed = events("وفرقت قوات الأمن المتظاهرين بالغاز المسيل للدموع، واعتقلت عشرة منهم.", published: "2024-06-01")
        XCTAssertEqual(dispersed.first { $0.mode == "crowd-control" }?.source?.sector, .police, "\(dispersed)")
        XCTAssertEqual(dispersed.first { $0.mode == "crowd-control" }?.target?.text, "المتظاهرين")
        // "عشرة منهم": so many of the protesters named before, not of the police who arrested them
        XCTAssertEqual(dispersed.first { $0.mode == "arrest" }?.target?.text, "عشرة منهم")
        XCTAssertEqual(dispersed.first { $0.mode == "arrest" }?.target?.sector, .civilians)
        let noneBefore = events("واعتقلت الشرطة عشرة منهم.", published: "2024-06-01").first { $0.mode == "arrest" }
        XCTAssertEqual(noneBefore?.source?.sector, .police, "the arrest is still coded")
        XCTAssertNil(noneBefore?.target, "no people named before: not ten of the police")
        // "إن 20 شخصا قتلوا." — nothing after the verb: the twenty were killed, they killed no one
        let killed = events("وقالت وزارة الصحة إن 20 شخصا قتلوا.", published: "2024-06-01").first { $0.type == "ASSAULT" }
        XCTAssertNil(killed?.source, "\(String(describing: killed))")
        XCTAssertEqual(killed?.fatalities, 20)
        // people from a country are its people, and the country is not where the act was
        let tourists = events("وأعلنت السلطات مقتل أربعة سياح من كوريا الجنوبية في انفجار قرب الحدود.", published: "2024-06-01")
            .first { $0.type == "ASSAULT" }
        XCTAssertEqual(tourists?.target?.country, "KR", "\(String(describing: tourists))")
        XCTAssertNotEqual(tourists?.location?.name, "South Korea")
        // a hospital behind a preposition is where the wounded went, not whom the attack hit
        let hospital = events("وقال مسعفون إن 48 شخصا نقلوا للمستشفى بعد الهجوم الذي خلف سبعة قتلى.", published: "2024-06-01")
        let attack = hospital.first { $0.type == "ASSAULT" }
        XCTAssertEqual(attack?.fatalities, 7, "\(hospital)")
        XCTAssertNil(attack?.target)
    }


    func testAidSentGivenAndItsReceiver() {
        // verbs of sending and giving support aid; the receiver follows إلى or لـ
        let sent = events("وأرسلت الإمارات شحنة مساعدات طبية إلى السودان.", published: "2025-01-10").first { $0.type == "AID" }
        XCTAssertEqual(sent?.source?.country, "AE", "\(String(describing: sent))")
        XCTAssertEqual(sent?.target?.country, "SD")
        let given = events("وقدمت الصين مساعدات إغاثية للاجئين الفلسطينيين في سوريا.", published: "2025-01-10").first { $0.type == "AID" }
        XCTAssertEqual(given?.source?.country, "CN", "\(String(describing: given))")
        XCTAssertEqual(given?.target?.text, "للاجئين الفلسطينيين")
        // they support nothing else: a resignation handed in after an attack is no attack, nor a meeting a CONSULT
        for text in ["وقال الوزير إنه يقدم استقالته عقب تعرضه لهجوم إعلامي.", "وقدم رئيس الحكومة خلال هذا الاجتماع عرضا عن الوضع."] {
            let found = events(text, published: "2025-01-10").filter { $0.type == "ASSAULT" || $0.type == "CONSULT" }
            XCTAssertTrue(found.isEmpty, "\(text) \(found)")
        }
    }


    func testTheReleasedAndWhoReleasedThem() {
        // "أفرج عن": the released follow عن; "أطلق سراح": release by its support verb
        let freed = events("وأفرجت السلطات الإيرانية عن صحفية إيطالية بعد احتجازها ثلاثة أسابيع.", published: "2025-01-10")
            .first { $0.mode == "release" }
        XCTAssertEqual(freed?.source?.country, "IR", "\(String(describing: freed))")
        XCTAssertEqual(freed?.target?.text, "صحفية إيطالية")
        let hostages = events("وأطلقت حركة حماس سراح ثلاث رهائن إسرائيليات.", published: "2025-01-20").first { $0.mode == "release" }
        XCTAssertEqual(hostages?.source?.entity, "group:hamas", "\(String(describing: hostages))")
        XCTAssertEqual(hostages?.target?.country, "IL")
        // a release called for has not happened
        XCTAssertFalse(events("وطالبت المنظمة بإطلاق سراح الصحفيين المعتقلين.", published: "2025-01-20").contains { $0.mode == "release" })
    }

    func testSummoningAnotherStatesEnvoyIsAProtest() {
        // "استدعى" with a foreign envoy after it: a diplomatic protest (PLOVER ACCUSE disapprove)
        let summons = events("استدعت وزارة الخارجية العراقية السفير التركي في بغداد وسلمته مذكرة احتجاج.", published: "2024-06-16")
            .first { $0.type == "ACCUSE" }
        assertStates(summons, mode: "disapprove", from: "IQ", to: "TR")
        let chargé = events("واستدعت الخارجية المصرية القائم بالأعمال الإيراني في القاهرة.", published: "2024-06-16").first { $0.type == "ACCUSE" }
        XCTAssertEqual(chargé?.target?.country, "IR", "\(String(describing: chargé))")
        // a state's own envoys recalled, a situation that calls for something, a prosecutor's summons: no protest
        for text in ["واستدعت الخارجية الفرنسية سفيرها في الجزائر للتشاور.", "وقال الوزير إن الوضع يستدعي تدخلا دوليا عاجلا.",
                     "واستدعت النيابة العامة الوزير السابق للتحقيق معه.", "وقال إن الزعيم الكوري استدعى سفراء بيونغيانغ في الخارج."] {
            let found = events(text, published: "2024-06-16").filter { $0.type == "ACCUSE" }
            XCTAssertTrue(found.isEmpty, "\(text) \(found)")
        }
    }

    func testTheStrikesToldBeforeAndWhoStruck() {
        // a definite attack noun with no name after it is the attack told before: "إن الغارات أصابت" is struck by
        // whoever struck, and "أدانت … القصف" condemns that doer
        let text = "وأعلنت وزارة الدفاع التركية أن طائراتها قصفت مواقع لحزب العمال الكردستاني في شمال العراق. " +
            "وقال مسؤول محلي إن الغارات أصابت مصيفا وقتلت ثلاثة مدنيين. وأدانت الحكومة العراقية القصف."
        let evs = events(text, published: "2024-06-16")
        let hit = evs.first { $0.type == "ASSAULT" && $0.sentence == 1 }
        XCTAssertEqual(hit?.source?.country, "TR", "\(evs)")
        let condemned = evs.first { $0.type == "ACCUSE" }
        XCTAssertEqual(condemned?.source?.country, "IQ", "\(evs)")
        XCTAssertEqual(condemned?.target?.country, "TR")
        // with no attack told before, the act has no doer and the condemnation no target
        let alone = events("وأدانت الحكومة العراقية القصف.", published: "2024-06-16").first { $0.type == "ACCUSE" }
        XCTAssertNotNil(alone)
        XCTAssertNil(alone?.target)
    }

    func testExpellingAnEnvoyAndDeportingPeople() {
        // "طرد" with a state's envoy after it is a diplomatic sanction (CAMEO 166); with anyone else a deportation
        let expelled = events("وطردت النيجر السفير الفرنسي.", published: "2023-08-26").first { $0.mode == "expel" }
        XCTAssertEqual(expelled?.type, "SANCTION", "\(String(describing: expelled))")
        XCTAssertEqual(expelled?.source?.country, "NE")
        XCTAssertEqual(expelled?.target?.country, "FR")
        let deported = events("وطردت الشرطة المستوطنين من البؤرة الاستيطانية.", published: "2023-08-26").first { $0.type == "COERCE" }
        XCTAssertEqual(deported?.mode, "deport", "\(String(describing: deported))")
    }

    /// "قطع" with relations after it breaks a state's ties (CAMEO 161, PLOVER SANCTION withdraw) with the party
    /// after "مع"; announced as a masdar, the announcing government breaks them. Other cuts are no sanction.
    func testBreakingTiesAndWithWhom() {
        let ties = events("وقطعت السعودية علاقاتها الدبلوماسية مع إيران بعد اقتحام سفارتها.", published: "2016-01-04")
            .first { $0.type == "SANCTION" }
        assertStates(ties, mode: "withdraw", from: "SA", to: "IR")
        let announced = events("أعلنت ليبيا اليوم الاثنين، قطع علاقاتها مع دولة قطر.", published: "2017-06-05").first { $0.type == "SANCTION" }
        XCTAssertEqual(announced?.source?.country, "LY", "\(String(describing: announced))")
        XCTAssertEqual(announced?.target?.country, "QA")
        for text in ["وقطع المحتجون الطريق الرئيسي بالإطارات المشتعلة.", "وقطعت السلطات التيار الكهربائي عن المدينة."] {
            XCTAssertFalse(events(text, published: "2024-03-02").contains { $0.type == "SANCTION" }, text)
        }
    }

    /// Where a body is loyal to is not where the strike fell ("مجموعات موالية لطهران" is no event in Tehran), and
    /// "القتلى بينهم اثنان" counts a part of the dead, not the toll.
    func testWhereABodyIsLoyalToAndAPartOfTheToll() {
        let strike = events("وقال المرصد إن الغارات الإسرائيلية أصابت مستودعا تابعا لمجموعات موالية لطهران، وإن القتلى بينهم اثنان من غير السوريين.",
                            published: "2023-06-15").first { $0.type == "ASSAULT" }
        XCTAssertNotNil(strike)
        XCTAssertNotEqual(strike?.location?.name, "Tehran", "\(String(describing: strike))")
        XCTAssertNil(strike?.fatalities)
        // (a city after a participle of loyalty is whom the forces are loyal to, not where they were struck)
        let militia = events("وقتل خمسة عناصر من القوات الموالية لدمشق في غارة بطائرة مسيرة.", published: "2023-06-15").first { $0.type == "ASSAULT" }
        XCTAssertEqual(militia?.fatalities, 5)
        XCTAssertNil(militia?.location, "\(String(describing: militia))")
    }

    /// "هاجم عشرات المستوطنين، مساء أمس، قرية ترمسعيا": a vague count of people after the verb, with an object
    /// after it, is the subject ("فاعتقلت العشرات من المواطنين" counts the arrested); "شابا استشهد" is one dead,
    /// "90 شخصا قتلوا" ninety.
    func testCountedAttackersAndOneYouthKilled() {
        let raid = events("هاجم عشرات المستوطنين، مساء أمس السبت، قرية ترمسعيا شمال شرق رام الله.", published: "2024-06-23")
            .first { $0.type == "ASSAULT" }
        XCTAssertEqual(raid?.source?.country, "IL", "\(String(describing: raid))")
        XCTAssertEqual(raid?.source?.sector, .civilians)
        // (a road is an object too: "أغلق مئات المحتجين الغاضبين طرقا رئيسية")
        let closure = events("وعقب انتشار الخبر، أغلق مئات المحتجين الغاضبين طرقا رئيسية في المدينة.", published: "2024-03-06").first
        XCTAssertEqual(closure?.source?.sector, .civilians, "\(String(describing: closure))")
        let arrests = events("وتدخلت الشرطة فاعتقلت العشرات من المواطنين.", published: "2024-06-23").first { $0.mode == "arrest" }
        XCTAssertNotNil(arrests)
        XCTAssertNotEqual(arrests?.source?.text?.hasPrefix("العشرات"), true, "\(String(describing: arrests))")
        let one = events("وقالت وزارة الصحة إن شابا استشهد برصاص المستوطنين خلال الهجوم.", published: "2024-06-23").first { $0.type == "ASSAULT" }
        XCTAssertEqual(one?.fatalities, 1, "\(String(describing: one))")
        let ninety = events("وقال مسؤول محلي إن 90 شخصا قتلوا في الغارة.", published: "2024-06-23").first { $0.type == "ASSAULT" }
        XCTAssertEqual(ninety?.fatalities, 90, "\(String(describing: ninety))")
        // verbs coordinated in the clause after "أن" share its subject, though its first verb ("وصلت") is no act; the
        // attempt of a relative clause ("الذين حاولوا التصدي …،") is not the next clause's
        let army = events("وأضاف رئيس المجلس أن قوات الاحتلال وصلت إلى القرية بعد ساعة، وأطلقت قنابل الغاز على الأهالي الذين حاولوا "
                          + "التصدي للمستوطنين، واعتقلت أربعة شبان.", published: "2024-06-23")
        XCTAssertEqual(army.first { $0.mode == "crowd-control" }?.source?.sector, .military, "\(army)")
        let arrested = army.first { $0.mode == "arrest" }
        XCTAssertEqual(arrested?.source?.sector, .military, "\(army)")
        XCTAssertEqual(arrested?.target?.sector, .civilians)
    }

    /// "اغتال مسلحون مجهولون، ليل الثلاثاء، الناشط المدني البارز حسين العلي": unknown gunmen (a head of two words
    /// whose last keeps its ن governs no genitive) kill the activist named after the night ("ليل") between commas;
    /// a quarter named after a capital abroad ("حي الجزائر" in Basra) is no link to it, and the source's wish to
    /// stay unnamed between commas is not what it said.
    func testAnActivistKilledByUnknownGunmenInAQuarterNamedAfterACapital() {
        let text = "اغتال مسلحون مجهولون، ليل الثلاثاء، الناشط المدني البارز حسين العلي أمام منزله في حي الجزائر وسط مدينة البصرة."
        let killing = events(text, published: "2024-03-06").first { $0.type == "ASSAULT" }
        XCTAssertEqual(killing?.source?.text, "مسلحون مجهولون", "\(String(describing: killing))")
        XCTAssertEqual(killing?.target?.sector, .civilians)
        XCTAssertEqual(killing?.location?.name, "Basrah")
        XCTAssertFalse(entities.run(text: text).entities.contains { $0.country == "DZ" })
        let said = EventStage().run(text: "وقال مصدر في شرطة البصرة، طلب عدم الكشف عن هويته، إن المسلحين فروا.",
                                    sentences: testSentences("وقال مصدر في شرطة البصرة، طلب عدم الكشف عن هويته، إن المسلحين فروا."),
                                    published: "2024-03-06", entities: entities.run(text: "وقال مصدر في شرطة البصرة، طلب عدم الكشف عن هويته، إن المسلحين فروا."))
            .statements.first
        XCTAssertEqual(said?.speaker.sector, .police)
        XCTAssertEqual(said?.content?.start, "وقال مصدر في شرطة البصرة، طلب عدم الكشف عن هويته، إن ".unicodeScalars.count, "\(String(describing: said))")
        // the UN mission for Iraq is a body of its own
        let unami = entities.run(text: "ودانت بعثة الأمم المتحدة لمساعدة العراق (يونامي) عملية الاغتيال.")
        XCTAssertTrue(unami.entities.contains { $0.id == "org:unami" }, "\(unami.entities.map(\.id))")
    }

    /// A toll with no doer that an accident caused is no attack: a road accident ("حادث سير", "حادث انقلاب حافلة",
    /// "حادث سيارة") or a crash told by its verb ("بعد أن تحطمت طائرتهما"); "حادث إطلاق نار" still is one. The
    /// idiom of dying counts its dead ("ثلاثة جنود لقوا مصرعهم" three, "لقي شرطي مصرعه" one, "حتفهما" two), and
    /// "اليوم الاثنين" after it is Monday, not two. Sentences of ANT news and written after them.
    func testAccidentsAreNoAttacksAndTheIdiomOfDyingCounts() {
        for text in ["ولقي ثلاثة أشخاص مصرعهم وأصيب سبعة آخرون في حادث سير على الطريق الساحلي قرب مصراتة.",
                     "لقي 10 أشخاص مصرعهم وأصيب 41 آخرون، أمس الجمعة في حادث انقلاب حافلة كانت تقل عددا من الطلبة بمنطقة الصاعدة في نويبع جنوب سيناء.",
                     "لقي شخصان من طاقم طائرة صغيرة مصرعهما بعد أن تحطمت طائرتهما قرب مدينة نيويورك.",
                     "لقى الممثل الأمريكي بول ووكر حتفه فجر الأحد في حادث سيارة جنوبي كاليفورنيا."] {
            let got = events(text, published: "2017-01-10").filter { $0.type == "ASSAULT" }
            XCTAssertTrue(got.isEmpty, "\(text) \(got)")
        }
        let shooting = events("وأصيب ثلاثة أشخاص في حادث إطلاق نار قرب مصراتة.", published: "2024-06-09").first { $0.type == "ASSAULT" }
        XCTAssertEqual(shooting?.injured, 3, "\(String(describing: shooting))")
        let soldiers = events("وقال مصدر أمني إن ثلاثة جنود لقوا مصرعهم وأصيب خمسة آخرون في هجوم شنه مسلحون على حاجز للجيش قرب مدينة العريش.",
                              published: "2024-06-09").first { $0.type == "ASSAULT" }
        XCTAssertEqual(soldiers?.fatalities, 3, "\(String(describing: soldiers))")
        XCTAssertEqual(soldiers?.injured, 5)
        XCTAssertEqual(soldiers?.target?.text, "جنود")
        let policeman = events("ولقي شرطي مصرعه برصاص مسلحين مجهولين في كركوك.", published: "2024-06-09").first { $0.type == "ASSAULT" }
        XCTAssertEqual(policeman?.fatalities, 1, "\(String(describing: policeman))")
        XCTAssertEqual(policeman?.target?.sector, .police)
        XCTAssertEqual(policeman?.mode, "firearms")
        let monday = events("لقي شخص مصرعه اليوم الاثنين وأصيب 3 آخرون في حادث طعن قرب مركز للألعاب الرياضية بجامعة تكساس الأمريكية.",
                            published: "2017-05-01").first { $0.type == "ASSAULT" }
        XCTAssertEqual(monday?.fatalities, 1, "\(String(describing: monday))")
        XCTAssertEqual(monday?.injured, 3)
        let two = events("ولقيت امرأتان حتفهما في قصف على حي سكني.", published: "2024-06-09").first { $0.type == "ASSAULT" }
        XCTAssertEqual(two?.fatalities, 2, "\(String(describing: two))")
    }

    /// Whom the gas was fired at ("لتفريق آلاف المحتجين"), and a protest told after where it happened ("وفي عمّان،"):
    /// the participle after its comma is the protesters' demand, not the last speaker's.
    func testTheDispersedCrowdAndADemandAfterWhereItHappened() {
        let gas = events("وأطلقت قوات الأمن السودانية الغاز المسيل للدموع لتفريق آلاف المحتجين.", published: "2024-01-18")
            .first { $0.mode == "crowd-control" }
        XCTAssertEqual(gas?.source?.country, "SD", "\(String(describing: gas))")
        XCTAssertEqual(gas?.target?.sector, .civilians)
        let text = "وقالت لجنة أطباء السودان المركزية إن متظاهرين اثنين قتلا. وفي عمّان، تظاهر مئات الأردنيين أمام السفارة، مطالبين بطرد السفير."
        let demand = EventStage().run(text: text, sentences: testSentences(text), published: "2024-01-18", entities: entities.run(text: text))
            .statements.first { $0.stance == .call }
        XCTAssertEqual(demand?.speaker.country, "JO", "\(String(describing: demand))")
    }

    /// A court's sentence is legal action against the sentenced, counted after the punishment and past its term
    /// ("بإعدام ثلاثة متهمين", not "4 سنوات"); the execution it orders and the charge ("بقتل ضابط") are no killing.
    /// Bodies joined by و to the subject of a welcome welcome with it ("ورحبت الأمم المتحدة والاتحاد الأفريقي").
    func testASentenceAndItsSentencedAndAWelcomeOfTwo() {
        let death = events("قضت محكمة في الأبيض بإعدام ثلاثة متهمين بقتل ضابط شرطة خلال احتجاجات العام الماضي.", published: "2024-04-14")
        XCTAssertFalse(death.contains { $0.type == "ASSAULT" }, "\(death)")
        XCTAssertEqual(death.first { $0.type == "COERCE" }?.target?.text, "ثلاثة متهمين", "\(death)")
        let prison = events("وقضت محكمة فرنسية بالسجن 4 سنوات على الشاب الذي هدد القنصل.", published: "2017-03-01").first { $0.type == "COERCE" }
        XCTAssertNotEqual(prison?.target?.text, "4 سنوات", "\(String(describing: prison))")
        let welcome = events("ورحبت الأمم المتحدة والاتحاد الأفريقي بالاتفاق.", published: "2024-04-14").first { $0.type == "SUPPORT" }
        XCTAssertEqual(welcome?.source?.entity, "org:un", "\(String(describing: welcome))")
        XCTAssertNil(welcome?.target)
    }

    /// Who killed is named in many ways beside the verb's subject: an attack noun's genitive in لـ when it is an
    /// armed party ("في هجوم لقوات الدعم السريع", not the patient of "قصف لمواقع"), an indefinite subject and then
    /// what killed it ("قتل فلسطينيان في غارة شنتها …", "قتل جنديان برصاص قناص": the verb is passive), the
    /// occupation an air force belongs to ("طيران الاحتلال الإسرائيلي"), and the means between a verb and its object
    /// ("قصف الجيش بالطيران الحربي مواقع …").
    func testDoersBehindLamTheKilledBeforeTheActAndTheMeansBeforeTheObject() {
        let lam = events("قتل 40 مدنيا على الأقل الخميس في هجوم لقوات الدعم السريع على قرية ود النورة.", published: "2024-06-06")
        XCTAssertEqual(lam.first?.source?.entity, "group:rsf", "\(lam)")
        XCTAssertEqual(lam.first?.source?.sector, .rebels)
        XCTAssertEqual(lam.first?.source?.text, "قوات الدعم السريع")
        XCTAssertEqual(lam.first?.fatalities, 40)
        let patient = events("أصيب خمسة أشخاص في قصف لمواقع الجيش قرب المدينة.", published: "2024-06-06")
        XCTAssertNil(patient.first?.source, "\(patient)")
        let raid = events("قتل فلسطينيان في غارة شنتها طائرات الاحتلال الإسرائيلي على نفق في رفح.", published: "2024-06-06")
        XCTAssertEqual(raid.first?.source?.country, "IL", "\(raid)")
        XCTAssertEqual(raid.first?.target?.country, "PS")
        XCTAssertEqual(raid.first?.mode, "aerial")
        let sniper = events("قتل جنديان برصاص قناص في المدينة.", published: "2024-06-06")
        XCTAssertNil(sniper.first?.source, "\(sniper)")
        XCTAssertEqual(sniper.first?.target?.sector, .military)
        XCTAssertEqual(sniper.first?.fatalities, 2)
        // (a definite armed body after the verb is still the killer)
        let forces = events("قتلت القوات الأمريكية في غارة جوية ثلاثة مسلحين.", published: "2024-06-06")
        XCTAssertEqual(forces.first?.source?.country, "US", "\(forces)")
        let occupation = events("شن طيران الاحتلال الإسرائيلي غارة على نفق في رفح.", published: "2024-06-06")
        XCTAssertEqual(occupation.count, 1, "\(occupation)")
        XCTAssertEqual(occupation.first?.type, "ASSAULT")
        XCTAssertEqual(occupation.first?.source?.text, "طيران الاحتلال الإسرائيلي")
        let strike = events("وفي الفاشر، قصف الجيش السوداني بالطيران الحربي مواقع لقوات الدعم السريع شرق المدينة.", published: "2024-06-06")
        XCTAssertEqual(strike.first?.mode, "aerial", "\(strike)")
        XCTAssertEqual(strike.first?.source?.country, "SD")
        XCTAssertEqual(strike.first?.target?.entity, "group:rsf")
    }

    /// A vague count of people is an object too ("اعتقلت الشرطة الأمريكية عشرات الأشخاص", "واختطفوا عددا من النساء
    /// والأطفال"), and a plural verb keeps its own doers ("اقتحم مسلحون القرية، واختطفوا …"); a vague count ends a
    /// body's name ("قوات الاحتلال العشرات"); the members of a group named before by its first word are that group
    /// ("عناصر الكتائب" after "كتائب حزب الله").
    func testVagueCountsAsObjectsAndMembersOfAGroupNamedBefore() {
        let abduction = events("اقتحم مسلحون القرية، واختطفوا عددا من النساء والأطفال.", published: "2024-06-06").first { $0.mode == "abduct" }
        XCTAssertEqual(abduction?.source?.sector, .rebels, "\(String(describing: abduction))")
        XCTAssertEqual(abduction?.source?.text, "مسلحون")
        XCTAssertEqual(abduction?.target?.sector, .civilians)
        let arrest = events("واعتقلت قوات الاحتلال العشرات من الشبان في بلدة قرب نابلس.", published: "2024-06-06").first
        XCTAssertEqual(arrest?.type, "COERCE", "\(String(describing: arrest))")
        XCTAssertEqual(arrest?.source?.text, "قوات الاحتلال")
        XCTAssertEqual(arrest?.source?.country, "IL")
        XCTAssertEqual(arrest?.target?.text, "العشرات من الشبان")
        let strike = events("شنت طائرات أمريكية غارات على مواقع لكتائب حزب الله قرب الحدود السورية، أسفرت عن مقتل ثلاثة من عناصر الكتائب.",
                            published: "2024-01-23").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(strike.count, 1, "\(strike)")
        XCTAssertEqual(strike.first?.fatalities, 3)
        XCTAssertEqual(strike.first?.target?.entity, "group:kataib-hezbollah")
        // what belongs to an armed group is the group's
        let targets = events("وقال الجيش الإسرائيلي في بيان إن مقاتلاته استهدفت أهدافا عسكرية تابعة لجماعة الحوثي في ميناء الحديدة.",
                             published: "2024-07-21").first { $0.type == "ASSAULT" }
        XCTAssertEqual(targets?.target?.entity, "group:houthis", "\(String(describing: targets))")
        XCTAssertEqual(targets?.source?.country, "IL")
    }

    /// A claim of responsibility past what the claimant is ("وتبنت "المقاومة الإسلامية في العراق"، وهي تحالف فصائل
    /// …، الهجوم"), and the claimed attack resumed by its target's head ("أنها استهدفت القاعدة") is the attack told
    /// before, not a second one in Gaza, which only the claim's motive names.
    func testAClaimPastAnAppositionAndTheClaimedAttackResumed() {
        let text = "تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار لهجوم بعدة صواريخ، ما أدى إلى إصابة أربعة جنود أمريكيين. "
            + "وتبنت \"المقاومة الإسلامية في العراق\"، وهي تحالف فصائل مسلحة موالية لإيران، الهجوم في بيان، مؤكدة أنها استهدفت القاعدة \"ردا على المجازر في غزة\"."
        let attacks = events(text, published: "2024-01-23").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(attacks.count, 1, "\(attacks)")
        XCTAssertEqual(attacks.first?.source?.entity, "group:islamic-resistance-in-iraq")
        XCTAssertEqual(attacks.first?.injured, 4)
        XCTAssertEqual(attacks.first?.location?.name, "Al Anbar Governorate")
    }

    /// Clashes in a refugee camp the gazetteer knows, between a movement's members and groups named by what they
    /// are; one killed "along with" others ("قتل مع ثلاثة من مرافقيه": passive, no object) in an ambush its layers
    /// are named after ("في كمين نصبه مسلحون"), though "نصبت قواعد صواريخ" lays no ambush; a body closing its own
    /// schools restricts no one; and factions reaching an agreement ("توصلت الفصائل إلى اتفاق").
    func testCampClashesAnAmbushOwnDoorsAndAnAgreementReached() {
        let clash = events("قتل خمسة أشخاص في اشتباكات بين عناصر من حركة فتح ومجموعات إسلامية متشددة داخل مخيم عين الحلوة جنوبي لبنان.",
                           published: "2023-07-31").first { $0.type == "ASSAULT" }
        XCTAssertEqual(clash?.source?.entity, "group:fatah", "\(String(describing: clash))")
        XCTAssertEqual(clash?.target?.text, "ومجموعات إسلامية متشددة")
        XCTAssertEqual(clash?.location?.name, "Ain al-Hilweh camp")
        XCTAssertEqual(clash?.fatalities, 5)
        let ambush = events("وقالت المصادر إن القيادي في الأمن الوطني اللواء أبو أشرف العرموشي قتل مع ثلاثة من مرافقيه في كمين نصبه مسلحون أثناء توجهه إلى مقر القيادة.",
                            published: "2023-07-31").first { $0.type == "ASSAULT" }
        XCTAssertEqual(ambush?.source?.text, "مسلحون", "\(String(describing: ambush))")
        XCTAssertTrue(ambush?.target?.text?.hasSuffix("أبو أشرف العرموشي") ?? false)
        XCTAssertTrue(events("وأشارت الصحيفة الى أن إيران نصبت قواعد صواريخ في الجزر الثلاث.", published: "2023-07-31").isEmpty)
        XCTAssertTrue(events("وأغلقت وكالة الأونروا مدارسها وعياداتها داخل المخيم حتى إشعار آخر.", published: "2023-07-31").isEmpty)
        XCTAssertEqual(events("وأغلقت السلطات الإسرائيلية المعبر أمام المسافرين.", published: "2023-07-31").first?.mode, "restrict")
        // a page that opens with the act and a possessed word ("قتل شقيقه") crashed the resumed doer's search, which
        // read the cue before the first word
        XCTAssertEqual(events("قتل شقيقه في هجوم نفذه مسلحون.", published: "2017-04-25").first?.source?.text, "مسلحون")
        // an attack resumed past a time that ends with a comma, by a verb whose doer is a nisba alone
        let ramming = events("أصيب 16 جنديا بعد ظهر اليوم الأحد، في عملية دهس فدائية نفذها فلسطيني قرب القدس.", published: "2017-01-08").first
        XCTAssertEqual(ramming?.source?.country, "PS", "\(String(describing: ramming))")
        XCTAssertEqual(ramming?.injured, 16)
        // one person "attacking" another with no weapon, wound or death is criticism; gunmen attacking a minister are not
        XCTAssertTrue(events("وهاجمت لوبان ماكرون ووصفته بمرشح العولمة.", published: "2017-04-25").isEmpty)
        XCTAssertEqual(events("وهاجم مسلحون الوزير بالرصاص.", published: "2017-04-25").first?.type, "ASSAULT")
        let agreement = events("وتوصلت الفصائل الفلسطينية مساء الاثنين إلى اتفاق لوقف إطلاق النار برعاية رئيس مجلس النواب.",
                               published: "2023-07-31").first
        XCTAssertEqual(agreement?.type, "AGREE", "\(String(describing: agreement))")
        XCTAssertEqual(agreement?.source?.country, "PS")
    }

    /// Words in scare quotes: a claimed strike on "terrorists" of a named group is on that group; a possessed noun
    /// after armed men of no name is whom they attacked.
    func testScareQuotedTargetsAndAPossessedObject() {
        let turkish = events("أعلنت وزارة الدفاع التركية أن قواتها \"حيّدت\" خمسة \"إرهابيين\" من حزب العمال الكردستاني شمالي سوريا.", published: "2024-01-16")
        let strike = turkish.first { $0.type == "ASSAULT" }
        XCTAssertEqual(strike?.target?.entity, "group:pkk", "\(turkish)")
        XCTAssertEqual(strike?.target?.text, "\"إرهابيين\" من حزب العمال الكردستاني")
        XCTAssertEqual(strike?.source?.country, "TR")
        let killed = events("وقتلت القوات التركية خمسة \"إرهابيين\" من حزب العمال الكردستاني.", published: "2024-01-16").first
        XCTAssertEqual(killed?.target?.entity, "group:pkk", "\(String(describing: killed))")
        XCTAssertEqual(killed?.fatalities, 5)
        // (a quoted phrase that names no people is no actor: "مصدر خيبة أمل")
        XCTAssertTrue(events("واعتبرها \"مصدر خيبة أمل\" للجميع.", published: "2024-01-16").isEmpty)
        let attacked = events("هاجم مسلحون جنوده في بغداد.", published: "2024-01-16").first
        XCTAssertEqual(attacked?.source?.text, "مسلحون", "\(String(describing: attacked))")
        XCTAssertEqual(attacked?.target?.text, "جنوده")
    }

    /// Counts past "ما لا يقل عن", "ما يزيد على", "ما يقارب"; an operation launched "to confront" a party is aimed at
    /// it; an office holder's "attack" with no weapon is criticism; a bare definite attack noun later is the attack
    /// told before.
    func testApproximateCountsOperationsAgainstAPartyAndWordsOfAttack() {
        let least = events("قُتل ما لا يقل عن 40 جنديا وعنصرا من متطوعي الدفاع عن الوطن، السبت، في هجوم شنه مسلحون على موقع عسكري.", published: "2024-06-15").first
        XCTAssertEqual(least?.fatalities, 40, "\(String(describing: least))")
        XCTAssertEqual(least?.source?.text, "مسلحون")
        XCTAssertEqual(events("أسفر القصف عن مقتل ما يزيد على 20 مدنيا.", published: "2024-06-15").first?.fatalities, 20)
        XCTAssertEqual(events("قتل ما يقارب 30 شخصا في الانفجار.", published: "2024-06-15").first?.fatalities, 30)
        let operation = events("أطلقت وزارة الدفاع عملية عسكرية واسعة لمواجهة الجيش الوطني في جنوب البلاد.", published: "2024-06-15").first
        XCTAssertEqual(operation?.target?.text, "الجيش الوطني", "\(String(describing: operation))")
        XCTAssertTrue(events("شن رئيس الحزب التقدمي الاشتراكي النائب وليد جنبلاط هجوماً عنيفاً على «حزب الله».", published: "2024-06-15")
            .filter { $0.type == "ASSAULT" }.isEmpty)
        let minister = events("شن وزير الدفاع التركي هجوما على مواقع حزب العمال الكردستاني بالطائرات.", published: "2024-06-15").first
        XCTAssertEqual(minister?.type, "ASSAULT")
        XCTAssertEqual(minister?.target?.entity, "group:pkk")
        let rockets = events("أطلقت إيران صواريخ بالستية على مواقع لتنظيم داعش في دير الزور. وأوضح الحرس الثوري أن الصواريخ انطلقت من قواعد داخل إيران.",
                             published: "2024-06-15").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(rockets.count, 1, "\(rockets)")
        XCTAssertEqual(rockets.first?.source?.country, "IR")
    }

    /// A toll that rose, in a sentence telling no act, is the last attack's; a rose toll of the wounded needs a count
    /// of wounded before it. An aircraft of no state named keeps none from the place.
    func testARisenTollAndAnAircraftOfNoState() {
        let rose = events("قتل مدنيان في غارة إسرائيلية على بلدة عيتا الشعب. وأعلنت وزارة الصحة اللبنانية أن حصيلة القتلى ارتفعت إلى ثلاثة بعد وفاة أحد الجرحى.",
                          published: "2024-02-15").filter { $0.type == "ASSAULT" }
        XCTAssertEqual(rose.count, 1, "\(rose)")
        XCTAssertEqual(rose.first?.fatalities, 3)
        let wounded = events("قتل مدنيان في غارة إسرائيلية. وارتفعت حصيلة الجرحى إلى 17 شخصا.", published: "2024-02-15").first
        XCTAssertEqual(wounded?.fatalities, 2)
        XCTAssertNil(wounded?.injured)
        let drone = events("استهدفت طائرة مسيرة سيارة في القامشلي.", published: "2024-02-15").first
        XCTAssertEqual(drone?.source?.sector, .military, "\(String(describing: drone))")
        XCTAssertNil(drone?.source?.country)
        // (a named state's warplane keeps its state)
        XCTAssertEqual(events("شنت طائرة حربية إسرائيلية غارة على منزل في القامشلي.", published: "2024-02-15").first?.source?.country, "IL")
    }

    /// Protesters cutting a road obstruct it; the ones told before go on with the protest already coded; a state
    /// cutting its relations still does; a definite human plural takes no definite noun as its adjective.
    func testProtestersBlockingRoads() {
        let cut = events("وقطع متظاهرون غاضبون الطريق الدولي بين بغداد والبصرة.", published: "2024-07-14").first
        XCTAssertEqual(cut?.type, "PROTEST", "\(String(describing: cut))")
        XCTAssertEqual(cut?.mode, "obstruct")
        XCTAssertEqual(cut?.source?.text, "متظاهرون غاضبون")
        XCTAssertTrue(events("واغلق المتظاهرون الطريق الرئيسية في المنطقة.", published: "2024-07-14").isEmpty)
        XCTAssertEqual(events("قطعت السعودية علاقاتها مع إيران.", published: "2024-07-14").first?.type, "SANCTION")
        let arrest = events("اعتقل الجنود الإسرائيليون الشاب في الخليل.", published: "2024-07-14").first
        XCTAssertEqual(arrest?.source?.text, "الجنود الإسرائيليون", "\(String(describing: arrest))")
        XCTAssertEqual(events("وأعلن محافظ طهران أن القوات الأمنية قتلت أحد المهاجمين.", published: "2024-07-14").first?.source?.text, "القوات الأمنية")
    }

    /// A reply by an act is the act, its subject the doer: "ردت إيران بهجوم صاروخي على إسرائيل"; a reply in words
    /// ("ورد المتحدث على الاتهامات بالقول") is no act.
    func testAReplyByAnAct() {
        let reply = events("ردت إيران بهجوم صاروخي على إسرائيل.", published: "2024-10-20").first
        XCTAssertEqual(reply?.type, "ASSAULT", "\(String(describing: reply))")
        XCTAssertEqual(reply?.source?.country, "IR")
        XCTAssertEqual(reply?.target?.country, "IL")
        let rebels = events("وردت فصائل المعارضة بقصف صاروخي على مواقع لقوات النظام في ريف حماة، ما أسفر عن مقتل ثلاثة جنود.",
                            published: "2024-10-20").first
        XCTAssertEqual(rebels?.source?.sector, .rebels, "\(String(describing: rebels))")
        XCTAssertEqual(rebels?.fatalities, 3)
        XCTAssertTrue(events("ورد المتحدث على الاتهامات بالقول إنها كاذبة.", published: "2024-10-20").isEmpty)
    }

    /// Fire, blades and stones (PLOVER ASSAULT primitive) and looting (COERCE seize), and what the same verbs mean
    /// elsewhere: an appeal against a ruling, a self-immolation, embezzlement. An accusative after the verb is its
    /// object ("وطعن شرطيا"), a manner after a toll no verb ("مقتل شاب طعنا بسكين").
    func testBurningStabbingStoningAndLooting() {
        let burn = events("أحرق مستوطنون إسرائيليون عشرات المنازل والمركبات في بلدة حوارة جنوب نابلس.", published: "2023-02-27").first
        XCTAssertEqual(burn?.type, "ASSAULT", "\(String(describing: burn))")
        XCTAssertEqual(burn?.mode, "primitive")
        XCTAssertEqual(burn?.source?.country, "IL")
        let stab = events("وطعن مستوطن شابا في قرية زعترة المجاورة.", published: "2023-02-27").first
        XCTAssertEqual(stab?.source?.text, "مستوطن", "\(String(describing: stab))")
        XCTAssertEqual(stab?.target?.text, "شابا")
        XCTAssertEqual(stab?.target?.sector, .civilians)
        let object = events("ترجل المهاجم من سيارته وطعن شرطيا بسكين أمام مقر البرلمان.", published: "2017-03-23").first
        XCTAssertEqual(object?.target?.text, "شرطيا", "\(String(describing: object))")
        XCTAssertNotEqual(object?.source?.text, "شرطيا")
        let loot = events("وأفاد شهود عيان بأن مئات المستوطنين رشقوا منازل المواطنين بالحجارة ونهبوا محال تجارية.", published: "2023-02-27")
        XCTAssertTrue(loot.contains { $0.type == "ASSAULT" && $0.mode == "primitive" }, "\(loot)")
        XCTAssertTrue(loot.contains { $0.type == "COERCE" && $0.mode == "seize" }, "\(loot)")
        let manner = events("واحتج السكان على اثر مقتل شاب بولندي طعنا بسكين خلال شجار ليلة رأس السنة.", published: "2017-01-02")
            .filter { $0.type == "ASSAULT" }
        XCTAssertEqual(manner.count, 1, "\(manner)")
        XCTAssertEqual(manner.first?.target?.text, "شاب بولندي")
        XCTAssertEqual(manner.first?.mode, "primitive")
        let passive = events("قتل شاب بولندي طعنا بسكين خلال شجار ليلة رأس السنة.", published: "2017-01-02")
        XCTAssertEqual(passive.count, 1, "\(passive)")
        XCTAssertEqual(passive.first?.target?.text, "شاب بولندي")
        XCTAssertTrue(events("وطعنت النيابة العامة على الأحكام أمام محكمة النقض.", published: "2017-03-02").isEmpty)
        XCTAssertTrue(events("يطعن أمين عام الحزب في قرار إقالته.", published: "2016-10-20").isEmpty)
        XCTAssertTrue(events("وأضرم شاب النار في نفسه أمام مقر الولاية.", published: "2016-10-20").isEmpty)
        XCTAssertTrue(events("وقال إن الفاسدين نهبوا المال العام لسنوات.", published: "2016-10-20").isEmpty)
        XCTAssertTrue(events("ورشق متظاهرون غاضبون مارين لوبن بالبيض.", published: "2017-05-04").isEmpty)
    }

    /// Protesters who burn or stone riot (PLOVER PROTEST riot), named after the verb or before it; protesters told
    /// before go on with the protest already coded, as they do when they block a road.
    func testProtestersWhoBurnAndStoneRiot() {
        let tyres = events("ألقى محتجون مقذوفات على الشرطة وأحرقوا سيارات وصناديق قمامة في إحدى ضواحي باريس.", published: "2017-02-11").first
        XCTAssertEqual(tyres?.type, "PROTEST", "\(String(describing: tyres))")
        XCTAssertEqual(tyres?.mode, "riot")
        XCTAssertEqual(tyres?.source?.text, "محتجون")
        let stones = events("ورشق متظاهرون غاضبون قوات الأمن بالحجارة في مدينة ليون.", published: "2017-02-11").first
        XCTAssertEqual(stones?.type, "PROTEST", "\(String(describing: stones))")
        XCTAssertEqual(stones?.mode, "riot")
        XCTAssertTrue(events("وقالت الإذاعة إن المتظاهرين رشقوا الجيش بالحجارة.", published: "2008-10-25").isEmpty)
        // (a protester in the next clause burned nothing)
        XCTAssertFalse(events("وقد رأينا كيف أن مئات السيارات أحرقت ولم يسقط متظاهر واحد برصاص قوى الأمن.", published: "2008-02-02")
            .contains { $0.type == "PROTEST" })
    }

    /// People of no office or force named after an arrest verb were arrested (the passive written as the active);
    /// a definite person of no office ends at the next indefinite word.
    func testPeopleArrestedAndPeopleOfNoOffice() {
        let arrest = events("اعتقل الشاب في مدينة أنتويرب بعد مداهمة منزله.", published: "2017-03-24").first
        XCTAssertNil(arrest?.source, "\(String(describing: arrest))")
        XCTAssertEqual(arrest?.target?.text, "الشاب")
        let man = events("اعتقلت الشرطة الأمريكية رجلا يشتبه في أنه هاجم مسجدا.", published: "2017-03-24").first
        XCTAssertEqual(man?.target?.text, "رجلا", "\(String(describing: man))")
        let child = events("قتل طفل و أصيب 7 آخرون بجروح في انفجار عبوة ناسفة بولاية البليدة.", published: "2017-01-23").first
        XCTAssertNil(child?.source, "\(String(describing: child))")
        XCTAssertEqual(child?.target?.text, "طفل")
        XCTAssertEqual(child?.fatalities, 1)
        let father = events("قتل شاب تايلاندي طفلته في بث مباشر.", published: "2017-04-26").first
        XCTAssertEqual(father?.source?.text, "شاب تايلاندي", "\(String(describing: father))")
    }

    /// Preventing is COERCE restrict when its doer or the prevented are named ("منعت السلطات الإماراتية مواطنة قطرية
    /// من السفر"); "منع", its own masdar, listed among measures names neither and is no act; "وأطلق الجيش النار"
    /// names the army, not a body called "الجيش النار".
    func testPreventingAndAnArmyFiring() {
        let stop = events("منعت السلطات الإماراتية مواطنة قطرية من اصطحاب رضيعها.", published: "2017-06-10").first
        XCTAssertEqual(stop?.type, "COERCE", "\(String(describing: stop))")
        XCTAssertEqual(stop?.mode, "restrict")
        XCTAssertEqual(stop?.source?.country, "AE")
        XCTAssertEqual(stop?.target?.country, "QA")
        XCTAssertTrue(events("وشملت الإجراءات وقف الرحلات الجوية ومنع السفر إلى قطر.", published: "2017-06-10").isEmpty)
        let fire = events("وأطلق الجيش النار على الحشود، ما أدى إلى استشهاد فلسطيني وإصابة سبعة آخرين.", published: "2025-01-25").first
        XCTAssertEqual(fire?.source?.text, "الجيش", "\(String(describing: fire))")
        XCTAssertNil(fire?.source?.entity)
        XCTAssertEqual(fire?.fatalities, 1)
    }

    /// A ban of movement is a curfew (PLOVER COERCE curfew); a freeze is a sanction only of holdings ("جمدت أصول",
    /// not "جمد الموقف"); a partitive's subject still speaks ("عددا آخر من الجنود اعتبروا") while a phrase after
    /// a preposition does not ("على ست شركات وثلاثة أفراد قالت إنهم").
    func testCurfewsFreezesAndSubjectsAfterAPreposition() {
        let curfew = events("وفرضت السلطات حظر التجول في مدينة الفاشر بعد اشتباكات عنيفة.", published: "2024-10-17").first
        XCTAssertEqual(curfew?.type, "COERCE", "\(String(describing: curfew))")
        XCTAssertEqual(curfew?.mode, "curfew")
        XCTAssertEqual(curfew?.location?.name, "El Fasher")
        let freeze = events("وجمدت وزارة الخزانة الأمريكية جميع أصول المستهدفين في الولايات المتحدة.", published: "2024-10-17").first
        XCTAssertEqual(freeze?.type, "SANCTION", "\(String(describing: freeze))")
        XCTAssertTrue(events("وجمد الحزب موقفه من الحكومة إلى حين انعقاد مجلسه الوطني.", published: "2024-10-17").isEmpty)
        let text = "فرضت الوزارة عقوبات على ست شركات وثلاثة أفراد قالت إنهم يديرون شبكة لتهريب النفط."
        let staged = EventStage().run(text: text, sentences: testSentences(text), published: "2024-10-17", entities: entities.run(text: text))
        XCTAssertFalse(staged.statements.contains { $0.speaker.text?.contains("أفراد") == true }, "\(staged.statements)")
    }

    /// The Saudi-led coalition and the US-led one are known bodies, and "التحالف" alone resumes the one named
    /// before: "ورد التحالف باستهداف موقع إطلاق الصاروخ" had no doer.
    func testCoalitionsNamedAndResumed() {
        let r = events("قصف التحالف العربي مواقع في صعدة. وأطلق الحوثيون صاروخا باليستيا على جازان، ورد التحالف باستهداف موقع إطلاق الصاروخ.",
                       published: "2017-03-01")
        XCTAssertEqual(r.first?.source?.entity, "org:saudi-led-coalition", "\(r)")
        XCTAssertEqual(r.last?.source?.entity, "org:saudi-led-coalition", "\(r)")
        XCTAssertEqual(r.last?.sentence, 1)
        let raids = events("شن التحالف الدولي غارات على مواقع لتنظيم داعش في الرقة.", published: "2017-03-01").first
        XCTAssertEqual(raids?.source?.entity, "org:global-coalition-against-isis", "\(String(describing: raids))")
        XCTAssertEqual(raids?.target?.entity, "group:isis")
    }

    /// A blow dealt to an office holder by no armed party, with no weapon, wound or death, is a figure of speech; an
    /// assassination of a policeman is no figure ("شاركا في اغتيال شرطي").
    func testAPoliticalBlowIsNoAttack() {
        XCTAssertTrue(events("البرلمان الايراني يملك أسنانا فوجّه ضربة للرئيس نجاد في وقت كان العالم ينتظر التغيير.", published: "2008-11-05")
            .filter { $0.type == "ASSAULT" }.isEmpty)
        let killing = events("وأوضح البيان أن الإرهابيين شاركا في اغتيال شرطي بمدينة قسنطينة.", published: "2017-03-01").first { $0.type == "ASSAULT" }
        XCTAssertEqual(killing?.mode, "targeted")
        XCTAssertEqual(killing?.target?.sector, .police)
        XCTAssertEqual(events("وجهت القوات ضربة جوية لمواقع تنظيم داعش في الرقة.", published: "2017-03-01").first?.type, "ASSAULT")
    }
}
