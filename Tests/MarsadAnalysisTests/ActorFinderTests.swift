import XCTest
@testable import MarsadAnalysis

/// Actor phrases with the real entity stage: nationality adjectives in every case and number (accusative
/// ـيًا, dual, broken plurals), counted and passive victims, members of a named body. Sentences in the
/// style of Arabic wire news (the GSR's AAW sources), not taken from the scored GSR items.
final class ActorFinderTests: XCTestCase {
    let entities = EntityStage()

    func events(_ text: String, published: String = "2007-06-01") -> [Event] {
        let sentences = testSentences(text)
        return EventStage().run(text: text, sentences: sentences, published: published, entities: entities.run(text: text)).events
    }

    func assault(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Event {
        try XCTUnwrap(events(text).first { $0.type == "ASSAULT" }, "no ASSAULT in \(text)", file: file, line: line)
    }

    func testPassiveAndCountedVictims() throws {
        // the subject of a passive injury verb follows it
        let injured = try assault("وأصيب خمسة مدنيين عراقيين في انفجار عبوة ناسفة في الموصل أمس.")
        XCTAssertEqual(injured.target?.country, "IQ")
        XCTAssertEqual(injured.target?.sector, .civilians)
        // a dual subject of a passive killing is the victim, with its dual nisba
        let killed = try assault("وقتل جنديان أمريكيان في هجوم بعبوة ناسفة شمال بغداد.")
        XCTAssertEqual(killed.target?.country, "US")
        XCTAssertEqual(killed.target?.sector, .military)
        XCTAssertNil(killed.source)
        // a count after a coordinated injury verb
        let tourists = try assault("قتل وجرح ثمانية سياح إسبان في هجوم انتحاري قرب مأرب.")
        XCTAssertEqual(tourists.target?.country, "ES")
        XCTAssertEqual(tourists.target?.sector, .civilians)
    }

    func testNationalityAdjectivesInEveryForm() throws {
        // broken plural after a head
        let raid = try assault("وهاجم مسلحون أفغان مركزا للشرطة في ولاية هلمند.")
        XCTAssertEqual(raid.source?.country, "AF")
        XCTAssertEqual(raid.source?.sector, .rebels)
        // an accusative nisba standing alone is the object, not an adjective of the subject
        let kidnap = try assault("وخطف مسلحون مجهولون أمس أميركيا في بغداد.")
        XCTAssertEqual(kidnap.target?.country, "US")
        XCTAssertNotEqual(kidnap.source?.country, "US")
        // accusative noun + accusative nisba
        let soldier = try assault("وقتل مسلحون جنديا بريطانيا في البصرة.")
        XCTAssertEqual(soldier.target?.country, "GB")
        XCTAssertEqual(soldier.target?.sector, .military)
    }

    /// A dual person noun is a victim phrase and counts two ("متظاهران", "جنديان"); its adjectives are dual, so
    /// a verb after it is not part of it ("امرأتين دخلتا"). The first sentence is from the ANT corpus.
    func testDualsCountTwo() throws {
        let mine = try assault("لقي جنديان جزائريان مصرعهما وأصيب 4 آخرون بجروح إثر انفجار قنبلة يرجح أنها لغم أرضي.")
        XCTAssertEqual(mine.target?.country, "DZ")
        XCTAssertEqual(mine.injured, 4)
        let protest = try assault("قُتل متظاهران اثنان وأصيب 14 آخرون بجروح، مساء أمس الخميس، خلال احتجاجات في البصرة.")
        XCTAssertEqual(protest.fatalities, 2)
        XCTAssertEqual(protest.injured, 14)
        XCTAssertEqual(protest.target?.text, "متظاهران")
        XCTAssertNil(protest.source)
        let arrest = try XCTUnwrap(events("واعتقلت الشرطة التركية امرأتين دخلتا البلاد بطريقة غير شرعية.").first { $0.type == "COERCE" })
        XCTAssertEqual(arrest.target?.text, "امرأتين")
    }

    /// A preposition after an attack noun begins its object: the teachers attacked are not the attackers.
    /// (ANT corpus.)
    func testPrepositionAfterAnAttackNounIsNoAdjective() {
        let all = events("وكشفت الشرطة السعودية أن مدرسا تمت اقالته هو من اقتحم المدرسة بالرياض وقام بالإعتداء على المدرسين والطلاب.")
        XCTAssertFalse(all.contains { $0.source?.text == "المدرسين" }, "\(all.map { ($0.type, $0.source?.text, $0.target?.text) })")
    }

    func testMembersOfANamedBody() throws {
        let strike = try assault("واغتالت القوات الإسرائيلية ثلاثة من عناصر حركة حماس في غارة على خان يونس.")
        XCTAssertEqual(strike.source?.country, "IL")
        XCTAssertEqual(strike.target?.entity, "group:hamas")
        XCTAssertEqual(strike.source?.text, "القوات الإسرائيلية", "the count begins the object")
        // "من" after forces says where from, not whose
        XCTAssertFalse(events("وقصفت القوات القادمة من العراق مواقع في سوريا.").contains { $0.source?.country == "IQ" && $0.source?.sector == .military })
    }

    func testObjectAfterATimeAdverbial() throws {
        // a part of the day with its day stands between the verb and its object
        let kidnap = try assault("وخطف مسلحون مجهولون فجر اليوم صحافيا فرنسيا في مدينة حلب.")
        XCTAssertEqual(kidnap.target?.country, "FR")
        let killing = try assault("واغتال مسلحون مساء الخميس قياديا في حركة فتح قرب نابلس.")
        XCTAssertEqual(killing.target?.entity, "group:fatah", "a member in a named group is that group's")
        // "فجر" before a noun is the verb "detonated", not the dawn
        XCTAssertNotNil(events("فجر انتحاري نفسه وسط سوق شعبي في كركوك.").first { $0.type == "ASSAULT" })
    }

    func testOfficialsInTheConstructState() throws {
        // "مساعد وزير الداخلية العراقي": the office holder is coded with the ministry's country
        let ambush = try assault("وقتل مسلحون مساعد وزير الداخلية العراقي في كمين جنوب بغداد.")
        XCTAssertEqual(ambush.target?.country, "IQ")
        XCTAssertEqual(ambush.target?.text, "مساعد وزير الداخلية العراقي")
    }

    func testTheMeansNamesItsUser() throws {
        // a country's missile or airstrike is its military's
        let missile = try assault("وأصاب صاروخ إسرائيلي منزلا في بيت لاهيا.")
        XCTAssertEqual(missile.source?.country, "IL")
        XCTAssertEqual(missile.source?.sector, .military)
        let strike = try assault("وأدت ضربة جوية روسية إلى مقتل سبعة مدنيين في ريف إدلب.")
        XCTAssertEqual(strike.source?.country, "RU")
        // a nisba qualifying the object is not the attacker: a noun stands between
        let shell = try assault("وأصابت قذيفة مواقع عسكرية سورية قرب الحدود.")
        XCTAssertNotEqual(shell.source?.country, "SY")
        XCTAssertEqual(shell.target?.country, "SY")
    }

    func testUnnamedActorsTakeTheCountryOfTheEventPlace() throws {
        // "غرب الصومال": a side of a country places the event there, and the unnamed victims with it
        let blast = try assault("وقتل خمسة أشخاص في انفجار قنبلة في سوق غرب الصومال أمس.")
        XCTAssertEqual(blast.target?.country, "SO")
        // foreign fighters are not local
        let raid = try assault("وقتل مسلحون أجانب ثلاثة جنود غرب العراق.")
        XCTAssertNil(raid.source?.country)
        XCTAssertEqual(raid.target?.country, "IQ")
        XCTAssertEqual(raid.target?.text, "جنود")
    }

    /// A victim before its passive verb is the whole phrase, not its last nisba; and the verb after an accusative
    /// in ـيا is a verb (an indefinite accusative governs no genitive), so "أن جنديا أميركيا قتل" is a killing.
    /// Security forces are police, whatever "قوات" alone would say.
    func testWholeVictimPhrasesAndSecurityForces() throws {
        let soldier = try assault("وأعلن الجيش الأميركي أمس أن جنديا أميركيا قتل في انفجار عبوة ناسفة شمال بغداد.")
        XCTAssertEqual(soldier.target?.text, "جنديا أميركيا")
        XCTAssertEqual(soldier.target?.sector, .military)
        XCTAssertEqual(soldier.target?.country, "US")
        XCTAssertEqual(soldier.fatalities, 1)
        let two = try assault("وقال مصدر أمني إن جنديين جزائريين أصيبا بجروح في انفجار لغم.")
        XCTAssertEqual(two.target?.text, "جنديين جزائريين")
        XCTAssertTrue(events("وأحيلت قضايا قتل عديدة إلى المحكمة.").allSatisfy { $0.type != "ASSAULT" }, "a broken plural in ـايا governs the masdar")
        // a group's definite genitive is followed by no indefinite word of its phrase: the village is the object
        let raid = try XCTUnwrap(events("وفي الثاني عشر من آب الماضي، اقتحمت قوات الاحتلال قرية بورين جنوب نابلس.", published: "2024-09-01").first)
        XCTAssertEqual(raid.source?.text, "قوات الاحتلال")
        XCTAssertEqual(raid.location?.entity, "geonames:284214")
        XCTAssertEqual(raid.date, "2024-08-12")
        let police = try assault("وقتلت قوات الأمن الباكستانية خمسة مسلحين في اشتباك قرب الحدود الأفغانية.")
        XCTAssertEqual(police.source?.sector, .police)
        XCTAssertEqual(police.source?.country, "PK")
    }

    /// "وأسفرت الغارات عن …": the definite attack noun of a verb of result is the attack told before, by its doer;
    /// with no attack told before it has none.
    func testAResumedAttackKeepsItsDoer() throws {
        let two = events("وشنت طائرات أمريكية خمس غارات على مواقع للحوثيين في محافظة الحديدة. وأسفرت الغارات عن مقتل شخصين وإصابة أربعة آخرين.")
        let toll = try XCTUnwrap(two.first { $0.type == "ASSAULT" && $0.fatalities == 2 })
        XCTAssertEqual(toll.source?.country, "US")
        XCTAssertNil(events("وأسفرت الغارات عن مقتل شخصين وإصابة أربعة آخرين.").first { $0.type == "ASSAULT" }?.source)
    }

    func testPassiveAgentsAndClashes() throws {
        // "على أيدي X" names the doer of a passive; its subject suffered the act
        let kidnap = try assault("وقال المسؤول ان سبعة من 20 باكستانياً خطفوا على أيدي مسلحين قرب الحدود.")
        XCTAssertEqual(kidnap.target?.country, "PK")
        XCTAssertEqual(kidnap.source?.sector, .rebels)
        XCTAssertEqual(kidnap.source?.text, "مسلحين")
        // the other side of a clash killed them
        let clash = try assault("وقال الجيش ان عشرين متمردا قتلوا في مواجهات مع قوات الأمن الباكستانية في وزيرستان.")
        XCTAssertEqual(clash.source?.country, "PK")
        XCTAssertEqual(clash.source?.sector, .police)       // "قوات الأمن": security forces are police (CAMEO COP)
        XCTAssertEqual(clash.target?.sector, .rebels)      // not the army that reports it, before "ان"
    }

    func testPluralsAndTheConstructState() throws {
        // "مسلحون" keeps its ن, so it governs nothing: the office after it is the object
        let bishop = try assault("وخطف مسلحون مطران الكنيسة الكلدانية في كركوك صباح أمس.")
        XCTAssertEqual(bishop.source?.text, "مسلحون")
        XCTAssertEqual(bishop.target?.country, "IQ")
        XCTAssertTrue(bishop.target?.text?.hasPrefix("مطران") ?? false, "\(String(describing: bishop.target))")
        // the construct "مستوطني" governs the next word whatever its prefix ("بيتار" is not "بـ" + noun)
        let settlers = try assault("وقال شهود ان مستوطني بيتار هاجموا المواطنين قرب بيت لحم.")
        XCTAssertEqual(settlers.source?.text, "مستوطني بيتار")
        XCTAssertEqual(settlers.target?.text, "المواطنين")
        XCTAssertEqual(settlers.location?.entity, "geonames:284315")     // Bethlehem in Palestine, not Pennsylvania
    }

    func testTollsNameTheirVictims() throws {
        // a bare toll: the victims are unnamed, and of the country of the place
        let toll = try assault("وفي احداث اخرى قتل 12 واصيب 40 في هجوم انتحاري على سوق شعبي في كركوك.")
        XCTAssertEqual(toll.target?.country, "IQ")
        XCTAssertEqual(toll.target?.text, "12")       // the count is all the text says of them
        XCTAssertEqual(toll.fatalities, 12)
        // a toll that says whom it counts
        let counted = try assault("وانفجرت قنبلة امس في شمال اسبانيا، مما اسفر عن اصابة أربعة اشخاص بجروح.")
        XCTAssertEqual(counted.target?.country, "ES")
        XCTAssertEqual(counted.target?.sector, .civilians)
        // the people a hit vehicle carried; a count coordinated to the next noun is that noun's
        let bus = try assault("وانفجرت عبوة ناسفة لدى مرور حافلة تقل عناصر من الشرطة الأفغانية في قندهار، موقعة 9 قتلى و14 جريحا.")
        XCTAssertEqual(bus.target?.country, "AF")
        XCTAssertEqual(bus.target?.sector, .police)
        XCTAssertEqual(bus.fatalities, 9)
        XCTAssertEqual(bus.injured, 14)
        // what the attack aimed at comes before the unnamed casualties a report counts
        let patrol = try assault("وأعلن الجيش الأميركي مقتل شخص وإصابة 12 آخرين في هجوم بسيارة مفخخة استهدف دورية للجيش الأميركي في تكريت.")
        XCTAssertEqual(patrol.target?.country, "US")
        XCTAssertEqual(patrol.target?.sector, .military)
        XCTAssertEqual(patrol.fatalities, 1)
        // an office found by its pattern belongs to the place of the event
        let office = try assault("كما اصيب مدير مكتب وزير الصحة في الخليل بجروح خطرة في انفجار عبوة.")
        XCTAssertEqual(office.target?.country, "PS")
    }

    func testCoordinatedObjectsAndPlacesBeforeAVerb() throws {
        // the first conjunct names no state, the second does; the place before "وخطفوا" is not its subject
        let evs = events("وهاجم مسلحون قاعدة جوية في شمال مالي وخطفوا ثلاثة أوروبيين يعملون في مجال الإغاثة وطيارين جزائريين.")
        let kidnap = try XCTUnwrap(evs.first { $0.mode == "abduct" }, "\(evs)")
        XCTAssertEqual(kidnap.target?.country, "DZ")
        XCTAssertEqual(kidnap.source?.sector, .rebels)
        XCTAssertNotEqual(kidnap.source?.sector, .government)
        // a feminine noun is no adjective of "مسلحون": the airbase is the object of the raid
        XCTAssertEqual(try XCTUnwrap(evs.first).source?.text, "مسلحون")
        // two sound plurals in different cases are subject and object
        let pilots = try assault("وخطف مسلحون طيارين مصريين قرب الحدود.")
        XCTAssertEqual(pilots.source?.text, "مسلحون")
        XCTAssertEqual(pilots.target?.country, "EG")
    }

    func testARepelledAttackHappenedToTheRepeller() throws {
        // "صد هجوما شنه X": X attacked, the one who repelled it was attacked
        let repelled = try assault("أعلن الجيش اليمني أمس أنه صد هجوما شنه الحوثيون على مواقعه في مأرب.")
        XCTAssertEqual(repelled.source?.text, "الحوثيون")
        XCTAssertEqual(repelled.target?.country, "YE")
        XCTAssertEqual(repelled.target?.sector, .military)
        // the doer after لـ
        let lam = try assault("وتصدت قوات الأمن المصرية لهجوم شنه مسلحون على نقطة تفتيش في العريش.")
        XCTAssertEqual(lam.source?.sector, .rebels)
        XCTAssertEqual(lam.target?.sector, .police)
        XCTAssertEqual(lam.target?.country, "EG")
        // "أنه" ends the speaker's phrase, whose referent launched the attack
        let launched = try assault("أعلن الجيش أنه شن هجوما على مواقع الحوثيين في مأرب.")
        XCTAssertEqual(launched.source?.text, "الجيش")
        XCTAssertEqual(launched.target?.sector, .rebels)
        // claims and guesses after "أنه" stay out: only the support verbs of an attack are read as verbs there
        XCTAssertTrue(events("وزعم انه تعرض للتعذيب على ايدي المحققين في سجن سري.").filter { $0.type == "ASSAULT" }.isEmpty)
    }

    func testAnEventNounGovernsItsPatient() throws {
        // "اغتيال X": the genitive of a construct masdar suffered the act; it did not do it
        let dean = try assault("وشهد الأسبوع الماضي اغتيال عميد كلية الطب في الموصل.")
        XCTAssertNil(dean.source)
        XCTAssertEqual(dean.target?.country, "IQ")
        XCTAssertEqual(dean.target?.sector, .civilians)
        // an unknown name with what the person is, after a comma
        let teacher = try assault("وشهدت الموصل اغتيال فاضل العبيدي، أستاذ الكيمياء بجامعة الموصل.")
        XCTAssertTrue(teacher.target?.text?.hasPrefix("فاضل العبيدي") ?? false, "\(String(describing: teacher.target))")
        XCTAssertEqual(teacher.target?.country, "IQ")
        // a definite noun governs nothing: the doer follows it
        let fire = try assault("وأطلق النار مسلحون على دورية للشرطة في الموصل.")
        XCTAssertEqual(fire.source?.sector, .rebels)
    }

    func testGroupsOfTheArabicPress() throws {
        let a = try assault("واغتالت قوة إسرائيلية خاصة ثلاثة من عناصر كتائب شهداء الأقصى في نابلس.")
        XCTAssertEqual(a.target?.entity, "group:aqsa-brigades")
        XCTAssertEqual(a.target?.sector, .rebels)
        let b = try assault("وهاجم عناصر من جيش المهدي دورية للشرطة في مدينة الكوت.")
        XCTAssertEqual(b.source?.entity, "group:mahdi-army")
        XCTAssertEqual(b.source?.country, "IQ")
    }

    func testWhomAProtestAddresses() throws {
        func protest(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Event {
            try XCTUnwrap(events(text).first { $0.type == "PROTEST" }, "no PROTEST in \(text)", file: file, line: line)
        }
        // the institution whose building they gather before
        let embassy = try protest("وتظاهر مئات الطلاب أمام مقر سفارة إستونيا في القاهرة.")
        XCTAssertEqual(embassy.target?.country, "EE")
        XCTAssertEqual(embassy.target?.sector, .government)
        // the party they call on, and the one they denounce
        let call = try protest("وتجمع مئات المتظاهرين وسط المدينة مطالبين الحكومة التركية بوقف القصف.")
        XCTAssertEqual(call.target?.country, "TR")
        let visit = try protest("وخرج آلاف المتظاهرين في شوارع عمان للتنديد بزيارة الرئيس الأمريكي.")
        XCTAssertEqual(visit.target?.country, "US")
        // what is asked for is not whom, and a shrine is not addressed
        let shrine = try protest("واعتصم عشرات المواطنين أمام ضريح الرئيس الراحل مطالبين بتولي نجله رئاسة الحكومة.")
        XCTAssertNil(shrine.target)
    }

    /// Nouns that by themselves name people of one state ("مستوطنون": Israeli settlers) give it, unless a nisba
    /// says otherwise; a quoted name after an indefinite head is its genitive; a vague count is no actor.
    func testHeadsThatNameAState() throws {
        let settlers = try assault("وقال رئيس المجلس القروي إن العشرات من مستوطني يتسهار هاجموا المزارعين قرب قرية عوريف جنوب نابلس.")
        XCTAssertEqual(settlers.source?.country, "IL")
        XCTAssertEqual(settlers.target?.country, "PS")
        let colonial = try assault("وهاجم مستوطنون فرنسيون مزارعين جزائريين في منطقة القبائل.")
        XCTAssertEqual(colonial.target?.country, "DZ")
        XCTAssertEqual(colonial.source?.country, "FR")
        let unit = try assault("وأفاد شهود بأن قوة من وحدة المستعربين اعتقلت شابين ثم أطلقت النار على ثالث في رام الله.")
        XCTAssertEqual(unit.source?.country, "IL")
        XCTAssertEqual(unit.source?.sector, .military)
        // "عناصر «حزب الله»": the quote does not end the phrase, and the count after it is the object
        let quoted = try assault("وقتل عناصر «حزب الله» ثلاثة جنود في كمين قرب الحدود.")
        XCTAssertEqual(quoted.source?.entity, "group:hezbollah")
        XCTAssertEqual(quoted.target?.sector, .military)
        // "قام عدد من جنود … بقتل": the doers stand after a vague count, the act after the preposition
        let marines = try assault("وقام عدد من جنود المارينز بقتل مدنيين في بلدة حديثة.")
        XCTAssertEqual(marines.source?.country, "US")
        XCTAssertEqual(marines.target?.sector, .civilians)
    }

    /// An active killing verb's counted object, past its subject, is the toll; an uncounted plural is none.
    func testAKillingVerbCountsItsObject() throws {
        let raid = try assault("وقال المتحدث إن مديريات الشرطة في عموم العراق قتلت 47 إرهابيا خلال الأسبوع الماضي.")
        XCTAssertEqual(raid.fatalities, 47)
        XCTAssertEqual(raid.target?.sector, .rebels)
        XCTAssertEqual(raid.source?.country, "IQ")
        let partitive = try assault("وقتل الجيش الباكستاني ثلاثة من مقاتلي طالبان في وزيرستان.")
        XCTAssertEqual(partitive.fatalities, 3)
        XCTAssertNil(try assault("وقتلت القوات العراقية مسلحين في الموصل.").fatalities)
    }

    /// A time adverbial between the subject and its verb does not hide the subject; a coordinated verb after
    /// one begins a clause of its own.
    func testTimeBetweenSubjectAndVerb() throws {
        let raid = try assault("وقالت مصادر فلسطينية ان القوات الاسرائيلية فجر اليوم اقتحمت مخيم جنين واعتقلت خمسة شبان.")
        XCTAssertEqual(raid.source?.country, "IL")
        let week = try assault("وقال المتحدث إن مديريات الشرطة خلال الأسبوع الماضي قتلت 47 إرهابيا في محافظة ديالى.")
        XCTAssertEqual(week.source?.country, "IQ")
        XCTAssertEqual(week.fatalities, 47)
    }

    /// An unvocalized killing or kidnapping verb with an indefinite victim noun after it and no object is
    /// passive ("وقتل جندي أمريكي في انفجار"); "اغتيل" is passive as written; gunmen after the verb still act.
    func testPassiveReadings() throws {
        let soldier = try assault("وقتل جندي أمريكي في انفجار عبوة ناسفة شمال بغداد امس.")
        XCTAssertNil(soldier.source)
        XCTAssertEqual(soldier.target?.country, "US")
        XCTAssertEqual(soldier.fatalities, 1)
        let journalist = try assault("واختطف صحافي فرنسي في بغداد امس.")
        XCTAssertEqual(journalist.target?.country, "FR")
        XCTAssertNil(journalist.source)
        let killed = try assault("واغتيل مسؤول محلي في الموصل على أيدي مسلحين مجهولين.")
        XCTAssertEqual(killed.target?.sector, .government)
        XCTAssertEqual(killed.source?.sector, .rebels)
        let active = try assault("وقتل مسلحون جنديا عراقيا في الموصل.")
        XCTAssertEqual(active.source?.sector, .rebels)
        XCTAssertEqual(active.target?.country, "IQ")
        // "اثنان منهم": so many of the people the sentence named before, counted
        let executed = try assault("وكان المسلحون قد خطفوا عشرين سائحا كوريا جنوبيا الشهر الماضي، وأعدم اثنان منهم في نهاية الشهر.")
        XCTAssertEqual(executed.target?.country, "KR")
        let killedOfThem = events("وخطف مسلحون عشرة عمال أتراك في الموصل امس، وقتل ثلاثة منهم.").filter { $0.type == "ASSAULT" }
        XCTAssertTrue(killedOfThem.contains { $0.fatalities == 3 && $0.target?.country == "TR" }, "\(killedOfThem)")
        // two tolls in one sentence: each killing takes the injured counted after it
        let tolls = events("وقتل حارس بالبرلمان وأصيب سبعة آخرون في هجوم على المبنى، في حين قتل شخص وأصيب خمسة آخرون بهجوم على الضريح.")
            .filter { $0.type == "ASSAULT" }
        XCTAssertEqual(tolls.map(\.injured), [7, 5])
    }

    /// Who survived an attack suffered it: "نجا X من محاولة اغتيال"; an adjective of the attack is nobody.
    func testSurvivedAttacks() throws {
        let attempt = try assault("نجا محافظ ديالى من محاولة اغتيال بعبوة ناسفة استهدفت موكبه في بعقوبة صباح امس.")
        XCTAssertEqual(attempt.target?.country, "IQ")
        XCTAssertEqual(attempt.target?.sector, .government)
        XCTAssertNil(attempt.source)
        let suicide = try assault("وكان الوزير قد نجا من هجوم انتحاري على منزله في بيشاور.")
        XCTAssertNotEqual(suicide.target?.text, "انتحاري")
        XCTAssertEqual(suicide.mode, "suicide-attack")
    }

    /// Weapons that were seized or found give an attack no mode.
    func testSeizedWeaponsAreNoMode() throws {
        let raid = try assault("وقالت الشرطة إن قواتها قتلت خمسة مسلحين في اشتباك شرق الموصل وضبطت كميات من المتفجرات.")
        XCTAssertNotEqual(raid.mode, "explosives")
        let bomb = try assault("وقتل خمسة أشخاص في انفجار سيارة مفخخة شرق الموصل.")
        XCTAssertEqual(bomb.mode, "explosives")
    }

    func testCrossBorderStrikesAndResumedAttackers() throws {
        // one state's strike inside another country, no other target named: that country ("في سورية" is Syria)
        let strike = try assault("وقال مسؤول إن إسرائيل نفذت ضربة جوية في سورية ليلة الأربعاء.")
        XCTAssertEqual(strike.source?.country, "IL")
        XCTAssertEqual(strike.target?.country, "SY")
        XCTAssertEqual(strike.location?.entity, "iso3166:SY")
        // "عمليات نفذها X": the support verb resuming the attack names the attacker
        let piracy = try assault("وتعرضت ثلاث سفن للهجوم في خليج عدن في عمليات نفذها قراصنة صوماليون.")
        XCTAssertEqual(piracy.source?.country, "SO")
        // also when the toll carries the event: "صد هجوما شنته X … مقتل ثلاثة من جنوده"
        let repelled = try assault("وأعلن الجيش أنه صد هجوما شنته حركة الشباب على مواقعه، مؤكدا مقتل ثلاثة من جنوده.")
        XCTAssertEqual(repelled.source?.entity, "group:al-shabaab")
        XCTAssertEqual(repelled.fatalities, 3)
        // "مقتل X": whose killing, not the party announcing it
        let toll = try assault("وأعلنت وزارة الداخلية وقوات التحالف مقتل جندي أفغاني في انفجار عبوة ناسفة.")
        XCTAssertEqual(toll.target?.country, "AF")
        XCTAssertEqual(toll.target?.sector, .military)
        // the attack noun's adjective is not the attacker: "هجوماً مسلحاً"
        let armed = try assault("شهدت إسطنبول هجوماً مسلحاً على مطعم في حي بيكوز أسفر عن إصابة شخصين.")
        XCTAssertNil(armed.source)
        // one person named in the singular after the toll word counts one
        let one = try assault("شهدت إسطنبول هجوماً مسلحاً على مطعم، ما أسفر عن مقتل شخص وإصابة اثنين آخرين.")
        XCTAssertEqual(one.fatalities, 1)
        XCTAssertEqual(one.injured, 2)
        // a reported injury names its victim after it, and the victim's nisba is not the attacker's
        let wounded = try assault("وأعلن الجيش إصابة جندي إسرائيلي بجروح طفيفة في عملية طعن قرب الخليل.")
        XCTAssertEqual(wounded.target?.country, "IL")
        XCTAssertNil(wounded.source)
        XCTAssertEqual(wounded.injured, 1)
        // a counted subject before its killing verb: the toll
        let blast = try assault("وقالت الشرطة إن خمسة مدنيين قتلوا في انفجار سيارة مفخخة في كركوك.")
        XCTAssertEqual(blast.fatalities, 5)
        XCTAssertEqual(blast.target?.sector, .civilians)
    }
}
