import XCTest
@testable import MarsadAnalysis

final class StatementTests: XCTestCase {
    typealias Staged = (statements: [Statement], events: [Event], contradictions: [Contradiction])
    let entities = EntityStage()

    /// The event stage on `text` with the real entity stage.
    func staged(_ text: String, published: String) -> Staged {
        EventStage().run(text: text, sentences: testSentences(text), published: published, entities: entities.run(text: text))
    }

    func testReportingVerbsInAllTheirForms() {
        let lex = EventLexicon.shared
        for (word, stance) in [("قال", Stance.assert), ("وقالت", .assert), ("فقالوا", .assert), ("يقول", .assert), ("تقول", .assert),
                               ("وأكدت", .assert), ("ويؤكد", .assert), ("مؤكدا", .assert), ("مشيرة", .assert), ("وأضاف", .assert),
                               ("أعلن", .assert), ("وأُعلن", .assert), ("ذكرت", .assert), ("أفادت", .assert), ("قيل", .assert),
                               ("نفى", .deny), ("ونفت", .deny), ("نفوا", .deny), ("ينفي", .deny), ("تنفي", .deny), ("كذّبت", .deny),
                               ("اتهم", .accuse), ("واتهمت", .accuse), ("اتهمها", .accuse), ("يتهمون", .accuse), ("متهما", .accuse),
                               ("دعا", .call), ("ودعت", .call), ("دعوا", .call), ("يدعو", .call), ("تدعو", .call), ("طالبت", .call),
                               ("حثت", .call), ("وناشد", .call), ("حذر", .warn), ("وحذّرت", .warn), ("هدد", .warn), ("يهدد", .warn)] {
            XCTAssertEqual(lex.reportingCue(ArabicFold.key(word))?.stance, stance, word)
        }
        for word in ["الذي", "قوات", "الدفاع", "بين", "رأي"] {
            XCTAssertNil(lex.reportingCue(ArabicFold.key(word)), word)
        }
        XCTAssertEqual(lex.reportingCue(ArabicFold.key("تصريح"))?.form, .masdar)
    }

    func testSpeakersOfRealSentences() {
        // ANT corpus / GSR style sentences, with the entity layer the entity stage would give them
        let text = "وقال مصدر امني عراقي إن رأسا مقطوعا انفجر أمس. ونفت إسرائيل أن تكون قواتها قصفت المدرسة. وأضاف أن التحقيق مستمر. واتهمت الحكومة العراقية مسلحين بتنفيذ الهجوم. ودعا مجلس الأمن إلى وقف فوري لإطلاق النار."
        let r = runEvents(text, published: "2007-04-27")
        XCTAssertEqual(r.statements.map(\.stance), [.assert, .deny, .assert, .accuse, .call])
        XCTAssertEqual(r.statements[0].speaker.country, "IQ")
        XCTAssertEqual(r.statements[1].speaker.country, "IL")
        XCTAssertEqual(r.statements[2].speaker.country, "IL", "وأضاف takes the last speaker")
        XCTAssertEqual(r.statements[3].speaker.country, "IQ")
        XCTAssertEqual(r.statements[3].speaker.sector, .government)
        XCTAssertEqual(r.statements[4].speaker.name, "United Nations Security Council")
        // a denied event is not coded as an event
        XCTAssertFalse(r.events.contains { $0.type == "ASSAULT" && $0.source?.country == "IL" })
        XCTAssertTrue(r.events.contains { $0.type == "ACCUSE" && $0.source?.country == "IQ" && $0.target?.sector == .rebels })
        XCTAssertTrue(r.events.contains { $0.type == "REQUEST" && $0.source?.name == "United Nations Security Council" })
    }

    func testOfficesThatStandForTheirBody() {
        // "الأمين العام لـX" speaks for X, with the holder's name after it; "وحذر" then continues him, not the
        // previous speaker
        let text = "ونفت الحركة أن تكون قد هاجمت المدينة. من جانبه، دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الطرفين إلى وقف القتال، وحذر من تدهور الوضع. وقال الأمين العام لحزب الأمة القومي السوداني إن الحزب يرفض الحرب."
        // with the real entity stage: the holder's name is a pattern it finds after the title
        let r = EventStage().run(text: text, sentences: testSentences(text), published: "2024-05-13", entities: EntityStage().run(text: text))
        let call = r.statements.first { $0.stance == .call }
        XCTAssertEqual(call?.speaker.sector, .international)
        XCTAssertEqual(call?.speaker.text, "الأمين العام للأمم المتحدة أنطونيو غوتيريش")
        XCTAssertEqual(r.statements.first { $0.stance == .warn }?.speaker.sector, .international)
        XCTAssertEqual(r.statements.last?.speaker.country, "SD")
    }

    func testTheAccusedDidWhatTheAccusationNames() {
        // "اتهمت X الجيش بقصف …": the army is the one the article named before, and the shelling is its act as X claims it
        let text = "أعلن الجيش اليمني أمس أنه صد هجوما على مواقعه في مأرب. في المقابل، اتهمت جماعة الحوثي الجيش بقصف قرى في المديرية."
        let r = EventStage().run(text: text, sentences: testSentences(text), published: "2024-05-13", entities: EntityStage().run(text: text))
        let accuse = r.events.first { $0.type == "ACCUSE" }
        XCTAssertEqual(accuse?.target?.country, "YE")
        XCTAssertEqual(accuse?.target?.sector, .military)
        let shelling = r.events.first { $0.type == "ASSAULT" && $0.claimedBy?.sector == .rebels }
        XCTAssertEqual(shelling?.source?.country, "YE")
        XCTAssertEqual(shelling?.source?.sector, .military)
    }

    func testAttributionAndPronounSubjects() {
        let text = "وأصيب ثلاثة جنود في هجوم على دورية في بغداد، بحسب الجيش الأميركي. من جانبها، قالت وزارة الخارجية الروسية إن موسكو قلقة. وأشارت الوزارة نفسها إلى أن الاتصالات مستمرة."
        let r = runEvents(text, published: "2008-01-02")
        XCTAssertEqual(r.statements.first?.cue, "بحسب")
        XCTAssertEqual(r.statements.first?.speaker.country, "US")
        XCTAssertEqual(r.statements.first?.speaker.sector, .military)
        let russian = r.statements.filter { $0.speaker.country == "RU" }
        XCTAssertEqual(russian.count, 2, "الوزارة نفسها resolves to the Russian ministry")
        XCTAssertEqual(russian.last?.speaker.sector, .government)
        let attack = r.events.first { $0.type == "ASSAULT" }
        XCTAssertEqual(attack?.injured, 3)
        XCTAssertEqual(attack?.claimedBy?.country, "US")
        XCTAssertEqual(attack?.location?.name, "Baghdad")
    }

    func testSpeakersNamedWithTheirOfficeAndAccusedParties() throws {
        func statements(_ text: String) -> ([Statement], [Event]) { let r = staged(text, published: "2024-05-01"); return (r.statements, r.events) }
        // a name the gazetteer does not know, then the office: the speaker is the office holder
        let (named, _) = statements("وقال سامح شكري وزير الخارجية المصري إن بلاده ترفض التهجير.")
        XCTAssertEqual(named.first?.speaker.text, "سامح شكري وزير الخارجية المصري")
        XCTAssertEqual(named.first?.speaker.country, "EG")
        // the accused stands after the accuser's adjectives: an indefinite noun begins the next phrase
        let (accusation, events) = statements("واتهمت الحكومة اليمنية جماعة الحوثيين بقصف مواقع الجيش في تعز.")
        XCTAssertEqual(accusation.first?.speaker.text, "الحكومة اليمنية")
        let accuse = try XCTUnwrap(events.first { $0.type == "ACCUSE" })
        XCTAssertEqual(accuse.target?.entity, "group:houthis")
        // a clause is not an organisation: "القوات صدت الهجوم"
        XCTAssertFalse(entities.run(text: "وقال إن القوات صدت الهجوم.").entities.contains { $0.type == .organization })
    }

    /// A state by its formal style is the state's government ("جمهورية مصر العربية", "مملكة البحرين", "دولة
    /// قطر", "وزير خارجية مملكة النرويج"), and the speaker ends where its object begins: after a nisba only an
    /// agreeing adjective continues it. Sentences of the ANT corpus, and one in its style (the French call).
    func testStatesByTheirFormalStyleAndWhereTheSpeakerEnds() throws {
        func run(_ text: String) -> ([Statement], [Event]) { let r = staged(text, published: "2017-06-05"); return (r.statements, r.events) }
        let (egypt, _) = run("وأخيرا، أعلنت جمهورية مصر العربية قطع العلاقات مع قطر، وذلك بسبب ممارساتها في دعم التنظيمات الإرهابية.")
        XCTAssertEqual(egypt.first?.speaker.text, "جمهورية مصر العربية", "the object قطع العلاقات is not the speaker's")
        XCTAssertEqual(egypt.first?.speaker.country, "EG")
        XCTAssertEqual(egypt.first?.speaker.sector, .government)
        let (_, bahrain) = run("طلبت مملكة البحرين اليوم الأحد من جنود قطريين متمركزين فيها في إطار خدمتهم في القيادة المركزية للقوات البحرية الأمريكية، المغادرة على خلفية الأزمة الدبلوماسية مع الدوحة.")
        let request = try XCTUnwrap(bahrain.first { $0.type == "REQUEST" })
        XCTAssertEqual(request.source?.country, "BH")
        let (qatar, _) = run("أعلنت دولة قطر،أمس أنها ستلاحق وتقاضي المسؤولين عن قرصنة الموقع الرسمي لوكالة الأنباء القطرية.")
        XCTAssertEqual(qatar.first?.speaker.country, "QA")
        let (norway, _) = run("أعلن وزير خارجية مملكة النرويج، \"بورج براند\"، قرار بلاده إعادة فتح سفارتها بتونس.")
        XCTAssertEqual(norway.first?.speaker.country, "NO")
        let (france, _) = run("من جهتها، دعت وزارة الخارجية الفرنسية الطرفين إلى ضبط النفس.")
        XCTAssertEqual(france.first?.speaker.text, "وزارة الخارجية الفرنسية")
        let (iraq, _) = run("ودعت الحكومة العراقية المؤقتة المواطنين إلى الهدوء.")
        XCTAssertEqual(iraq.first?.speaker.text, "الحكومة العراقية المؤقتة", "an agreeing adjective stays")
        // a national news agency is its country's media
        let (agency, _) = run("وأفادت الوكالة الوطنية للإعلام بأن الغارات أسفرت عن مقتل ثلاثة مدنيين.")
        XCTAssertEqual(agency.first?.speaker.country, "LB")
        XCTAssertEqual(agency.first?.speaker.sector, .media)
    }

    /// Speakers of a protest story written in the wires' style: a rank between the office and its holder, a UN
    /// mission that then urges its object ("وحثت الحكومة على": حث always has one, so الحكومة is urged, not
    /// urging), a command that speaks for its force.
    func testRanksMissionsCommandsAndWhomTheyUrge() {
        func run(_ text: String) -> [Statement] { staged(text, published: "2018-07-20").statements }
        let denial = run("لكن المتحدث باسم وزارة الداخلية العراقية اللواء سعد معن نفى أن تكون القوات الأمنية قد استخدمت الذخيرة الحية.")
        XCTAssertEqual(denial.first?.stance, .deny)
        XCTAssertEqual(denial.first?.speaker.text, "المتحدث باسم وزارة الداخلية العراقية اللواء سعد معن")
        XCTAssertEqual(denial.first?.speaker.country, "IQ")
        let mission = run("من جانبها، طالبت بعثة الأمم المتحدة لمساعدة العراق (يونامي) السلطات بفتح تحقيق في مقتل المتظاهرين، وحثت الحكومة على احترام حق التظاهر السلمي.")
        // (the mission is a body of the gazetteer's own, UNAMI, since the twentieth session)
        XCTAssertEqual(mission.map(\.speaker.entity), ["org:unami", "org:unami"], "\(mission.map(\.speaker.text))")
        XCTAssertEqual(run("وحثت الحكومة العراقية المواطنين على الهدوء.").first?.speaker.text, "الحكومة العراقية", "a subject with its object after it")
        // a secretary-general speaks for the party after لـ, and his family name later is still he (ANT corpus
        // style), written as the text writes it
        let party = run("دعا الأمين العام للحزب الجمهوري عصام الشابي إلى الحوار. وطالب الشابي بإبقاء الحكومة بعيدة عن الموضوع.")
        XCTAssertEqual(party.map(\.speaker.text), ["الأمين العام للحزب الجمهوري عصام الشابي", "الشابي"])
        XCTAssertEqual(party[1].speaker.entity, party[0].speaker.entity)
        XCTAssertEqual(party[1].speaker.sector, party[0].speaker.sector)
        let command = run("وأعلنت قيادة شرطة البصرة حظرا للتجوال في المدينة.")
        XCTAssertEqual(command.first?.speaker.country, "IQ")
        XCTAssertEqual(command.first?.speaker.sector, .police)
    }

    /// A West Bank raid story written in the wires' style: "وفق ما أعلنت X" at the end attributes the clause
    /// before it, a toll's second verb lends the doer it reached to the first ("استشهد … وأصيب … برصاص قوات
    /// الاحتلال"), and "وحملت X المسؤولية" holds X responsible (the speaker is the one before).
    func testAttributionAtTheEndTollsAndResponsibility() throws {
        func run(_ text: String) -> Staged { staged(text, published: "2024-09-17") }
        let raid = run("استشهد ثلاثة شبان فلسطينيين وأصيب خمسة آخرون، فجر اليوم الثلاثاء، برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها مخيم جنين، وفق ما أعلنت وزارة الصحة الفلسطينية.")
        let assaults = raid.events.filter { $0.type == "ASSAULT" }
        XCTAssertEqual(assaults.count, 1, "one act told by two verbs")
        XCTAssertEqual(assaults.first?.source?.country, "IL")
        XCTAssertEqual(assaults.first?.target?.country, "PS")
        XCTAssertEqual(assaults.first?.fatalities, 3)
        XCTAssertEqual(assaults.first?.injured, 5)
        XCTAssertEqual(assaults.first?.claimedBy?.country, "PS", "the ministry that announced it")
        let blame = run("ونددت الرئاسة الفلسطينية بما وصفته بجريمة الإعدام الميداني، وحملت حكومة الاحتلال المسؤولية الكاملة عن التصعيد.")
        XCTAssertEqual(blame.statements.map(\.speaker.country), ["PS", "PS"])
        let accuse = try XCTUnwrap(blame.events.last { $0.type == "ACCUSE" })
        XCTAssertEqual(accuse.target?.text, "حكومة الاحتلال")
    }

    /// The subject before a verb is the longest phrase ending there (the title with its holder, the agency
    /// with its name); an office with no state is its holder, so a later bare verb still has its speaker.
    func testLongestSubjectsBeforeTheVerb() {
        func statements(_ text: String) -> [Statement] { staged(text, published: "2017-03-16").statements }
        let trump = statements("وهو الحظر الذي أصدره الرئيس دونالد ترامب وقال إنه ضروري للأمن القومي. وانتقد ترامب حكم المحكمة بشدة.")
        XCTAssertEqual(trump.first?.speaker.text, "الرئيس دونالد ترامب")
        XCTAssertEqual(trump.first?.speaker.entity, "person:donald-trump")
        XCTAssertTrue(trump.contains { $0.stance == .accuse && $0.speaker.entity == "person:donald-trump" }, "\(trump.map(\.speaker))")
        let agency = statements("وأكد الموقع أن وكالة الأمن القومي الأمريكية طالبت أجهزة المخابرات بتزويدها بالمعلومات.")
        XCTAssertTrue(agency.contains { $0.speaker.text == "وكالة الأمن القومي الأمريكية" && $0.speaker.country == "US" }, "\(agency.map(\.speaker))")
        // a construct of two heads is one phrase with the genitive's adjectives: "قوات الجيش الإسرائيلي"
        let forces = EventStage().run(text: "واعتقلت قوات الجيش الإسرائيلي خمسة شبان في نابلس.", sentences: testSentences("واعتقلت قوات الجيش الإسرائيلي خمسة شبان في نابلس."),
                                      published: "2017-03-16", entities: entities.run(text: "واعتقلت قوات الجيش الإسرائيلي خمسة شبان في نابلس.")).events
        XCTAssertEqual(forces.first?.source?.text, "قوات الجيش الإسرائيلي")
        XCTAssertEqual(forces.first?.source?.country, "IL")
        XCTAssertNotEqual(forces.first?.target?.text, "الجيش الإسرائيلي")
    }

    /// A wire story of a Red Sea attack, written for this test: a company denies for itself (not the group named
    /// before), a spokesman's office may carry its adjective before باسم, "الجماعة" is the group named before,
    /// Central Command is military, "الأممي" is the UN's, and a place named in a "فيما" clause with another
    /// subject is not where the strikes were.
    func testSpeakersOfARedSeaStory() {
        let text = "وأعلنت جماعة الحوثي أنها استهدفت سفينة تجارية في البحر الأحمر. وقال المتحدث العسكري باسم الجماعة يحيى سريع إن العملية نجحت. في المقابل، نفت الشركة المالكة للسفينة أن تكون لها أي علاقة بإسرائيل. وأكدت القيادة المركزية الأمريكية في بيان أن قواتها دمرت ثلاثة صواريخ. وأسفرت الغارات عن مقتل شخصين، فيما لم يصدر تعليق من واشنطن على الحصيلة. ودعا المبعوث الأممي إلى اليمن جميع الأطراف إلى ضبط النفس."
        let r = staged(text, published: "2024-02-07")
        let speakers = r.statements.map { ($0.stance, $0.speaker) }
        XCTAssertEqual(speakers.first { $0.0 == .assert && ($0.1.text ?? "").hasPrefix("المتحدث العسكري") }?.1.country, "YE", "\(speakers)")
        let denial = speakers.first { $0.0 == .deny }?.1
        XCTAssertEqual(denial?.text, "الشركة المالكة")
        XCTAssertNil(denial?.entity)
        XCTAssertEqual(speakers.first { ($0.1.text ?? "").hasPrefix("القيادة المركزية") }?.1.sector, .military)
        XCTAssertEqual(speakers.first { $0.0 == .call }?.1.sector, .international)
        XCTAssertTrue(r.contradictions.isEmpty, "a company's denial contradicts no claim of the group")
        let toll = r.events.first { $0.fatalities == 2 }
        XCTAssertNotNil(toll)
        XCTAssertNil(toll?.location, "Washington is where the comment did not come from, not where the strikes were")
    }

    /// A Sudan story written for this test: a committee named with its country ("لجنة أطباء السودان"), its
    /// accusation framed "في بيان" before the accused, the accused's denial (a contradiction), and a toll whose
    /// wounded are "أكثر من 30" (not the 14 dead counted before it).
    func testACommitteeAccusesAndTheAccusedDenies() {
        let text = "قتل 14 مدنيا على الأقل وأصيب أكثر من 30 آخرين جراء قصف مدفعي استهدف سوقا في مدينة الأبيض، وفق ما أعلنت لجنة أطباء السودان. واتهمت اللجنة في بيان قوات الدعم السريع بقصف السوق. من جانبها، نفت قوات الدعم السريع أي مسؤولية عن الهجوم."
        let r = staged(text, published: "2025-05-11")
        let toll = r.events.first { $0.type == "ASSAULT" && $0.fatalities == 14 }
        XCTAssertEqual(toll?.injured, 30)
        XCTAssertEqual(toll?.claimedBy?.country, "SD")
        let accusation = r.events.first { $0.type == "ACCUSE" }
        XCTAssertEqual(accusation?.source?.country, "SD")
        XCTAssertEqual(accusation?.target?.entity, "group:rsf")
        let deny = r.statements.firstIndex { $0.stance == .deny }
        XCTAssertEqual(r.statements[deny ?? 0].speaker.entity, "group:rsf")
        XCTAssertTrue(r.contradictions.contains { $0.a == deny || $0.b == deny }, "\(r.contradictions)")
    }

    /// A verb of saying under "لم/لن/لا" says nothing ("ولم تعلن إسرائيل عن وقوع إصابات"); "وفق ما أعلنت" is
    /// a relative, not a negation. The negated verb's subject is still the one a bare "وأضافت" goes on with.
    func testNegatedSayingIsNoStatement() {
        XCTAssertTrue(staged("ولم تعلن إسرائيل عن وقوع إصابات.", published: "2024-03-11").statements.isEmpty)
        XCTAssertTrue(staged("لا نتهم أحدا لكن الحكومة مطالبة بفتح تحقيق.", published: "2024-03-11").statements.isEmpty)
        let according = staged("وقتل ثلاثة أشخاص، وفق ما أعلنت وزارة الصحة الفلسطينية.", published: "2024-03-11")
        XCTAssertEqual(according.statements.first?.speaker.country, "PS")
        let r = staged("ولم تذكر وزارة الخارجية الروسية تفاصيل عن الاجتماع. وأضافت أن المحادثات ستستأنف الأسبوع المقبل.", published: "2024-03-11")
        XCTAssertEqual(r.statements.count, 1)
        XCTAssertEqual(r.statements.first?.cue, "وأضافت")
        XCTAssertEqual(r.statements.first?.speaker.country, "RU")
    }

    /// An unnamed source close to a side speaks for it: its denial is that side's, and contradicts the
    /// other side's claim about the same strike.
    func testASourceCloseToASideSpeaksForIt() {
        let r = staged("وقال الجيش الإسرائيلي إن طائراته استهدفت \"عنصرين من حزب الله\" في جنوب لبنان. ونفى مصدر مقرب من حزب الله أن يكون القتيلان من عناصره.", published: "2024-03-11")
        let deny = r.statements.firstIndex { $0.stance == .deny }
        XCTAssertEqual(deny.map { r.statements[$0].speaker.country }, "LB")
        XCTAssertEqual(deny.map { r.statements[$0].speaker.text }, "مصدر مقرب من حزب الله")
        XCTAssertEqual(r.events.first { $0.type == "ASSAULT" }?.target?.country, "LB", "the quoted object is the target")
        let near = staged("وقالت مصادر قريبة من الحكومة السورية إن المحادثات فشلت.", published: "2024-03-11")
        XCTAssertEqual(near.statements.first?.speaker.country, "SY")
        XCTAssertEqual(near.statements.first?.speaker.sector, .government)
        XCTAssertNil(staged("وقال مصدر أمني قريب من التحقيق إن المشتبه به اعتقل.", published: "2024-03-11").statements.first?.speaker.country)
    }

    /// A verb of saying with a subject of its own that is no actor ("إن السفينة أبلغت", "من أن التصعيد يهدد")
    /// is what was said, not a statement by the last speaker; a participle after a comma is the subject's
    /// circumstantial statement ("، نافية استهداف", "، قائلة إن", "، محذرا من أن"), form I participles
    /// (نافٍ، قائل، داعٍ) included.
    func testNestedVerbsAndParticiplesOfARedSeaStory() {
        let ship = staged("من جهتها، قالت هيئة عمليات التجارة البحرية البريطانية إن السفينة أبلغت عن انفجار غرب مدينة الحديدة.", published: "2024-06-12")
        XCTAssertEqual(ship.statements.count, 1, "\(ship.statements.map(\.cue))")
        XCTAssertEqual(ship.statements.first?.speaker.country, "GB")
        let denial = staged("وأكدت القيادة المركزية الأمريكية في بيان أن قواتها دمرت أربع طائرات مسيرة، نافية استهداف أي منشآت مدنية.", published: "2024-06-12")
        XCTAssertEqual(denial.statements.map(\.stance), [.assert, .deny])
        XCTAssertEqual(denial.statements.last?.speaker.country, "US")
        let said = staged("وأعلنت وزارة الصحة العراقية مقتل ثلاثة أشخاص، قائلة إن الهجوم وقع فجرا.", published: "2024-06-12")
        XCTAssertEqual(said.statements.map(\.cue), ["وأعلنت", "قائلة"])
        let envoy = staged("ودعا المبعوث الأممي إلى اليمن هانس غروندبرغ جميع الأطراف إلى ضبط النفس، محذرا من أن التصعيد يهدد جهود السلام.", published: "2024-06-12")
        XCTAssertEqual(envoy.statements.map(\.stance), [.call, .warn], "\(envoy.statements.map(\.cue))")
        XCTAssertEqual(envoy.statements.first?.speaker.text, "المبعوث الأممي إلى اليمن هانس غروندبرغ")
        XCTAssertFalse(envoy.events.contains { $0.type == "THREATEN" }, "the escalation threatens, the envoy warns")
    }

    /// A diplomat's posting is part of his title and his name follows it: "السفير الروسي لدى لبنان ألكسندر
    /// روداكوف" is Russia's; a name beginning with a hamza'd alef is no definite word ("ألكسندر"), and a
    /// definite ordinary noun after a foreign name is the verb's object ("ستيف ويتكوف الطرفين").
    func testPostingsAndHoldersNames() {
        let r = staged("وقال السفير الروسي لدى لبنان ألكسندر روداكوف إن موسكو تدعم الحل السياسي.", published: "2024-06-12")
        XCTAssertEqual(r.statements.first?.speaker.text, "السفير الروسي لدى لبنان ألكسندر روداكوف")
        XCTAssertEqual(r.statements.first?.speaker.country, "RU")
        let u = staged("ودعا المبعوث الأمريكي إلى الشرق الأوسط ستيف ويتكوف الطرفين إلى التهدئة.", published: "2024-06-12")
        XCTAssertEqual(u.statements.first?.speaker.text, "المبعوث الأمريكي إلى الشرق الأوسط ستيف ويتكوف")
        XCTAssertEqual(u.statements.first?.speaker.country, "US")
        let pm = staged("وأعلن رئيس الوزراء العراقي محمد شياع السوداني تشكيل لجنة تحقيق.", published: "2024-06-12")
        XCTAssertEqual(pm.statements.first?.speaker.text, "رئيس الوزراء العراقي محمد شياع السوداني")
        // a town named like a person, before his family name, is his given name, and gives him no country
        let party = staged("وقال الأمين العام لحزب البناء الوطني رياض الشعيبي إن البرلمان يتصرف كتابع للحكومة.", published: "2017-03-02")
        XCTAssertEqual(party.statements.first?.speaker.text, "الأمين العام لحزب البناء الوطني رياض الشعيبي")
        XCTAssertNotEqual(party.statements.first?.speaker.country, "SA")
        // a verb after "as if" compares and says nothing
        let asIf = staged("وقال الأمين العام لحزب البناء الوطني رياض الشعيبي إن البرلمان يتصرف كأنه تابع للحكومة.", published: "2017-03-02")
        XCTAssertEqual(asIf.statements.map(\.cue), ["وقال"])
    }

    /// A given name the name lists lack, before a family name of the nisba form, is still the holder's name;
    /// a coordinated accusation without a subject of its own is the last speaker's, not the accused's.
    func testHoldersWithUnlistedGivenNames() {
        let r = staged("وقال الرئيس التونسي السابق منصف المرزوقي إن قطع العلاقات مع قطر قرار لا يفهم. "
                       + "وتوجه بانتقادات لاذعة ضد الإمارات واتهمها بالقيام بمخططات انقلابية في دول عربية.", published: "2017-06-10")
        XCTAssertEqual(r.statements.first?.speaker.text, "الرئيس التونسي السابق منصف المرزوقي")
        XCTAssertEqual(r.statements.first?.speaker.country, "TN")
        let accusation = r.statements.first { $0.stance == .accuse }
        XCTAssertEqual(accusation?.speaker.country, "TN", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        // an ordinary noun after the title is the object, not a name
        let object = staged("وانتقد الرئيس السابق قرارات الحكومة الحالية.", published: "2017-06-10")
        XCTAssertEqual(object.statements.first?.speaker.text, "الرئيس السابق")
    }

    /// Whom a call is to, when what it asks is a clause: the subject of the verb after "أنْ".
    func testTheAddresseeOfACallIsTheSubjectOfItsClause() {
        let disarm = staged("وطالب الأمين العام للأمم المتحدة بأن تنزع حكومة السودان أسلحة الميليشيات في دارفور.", published: "2007-06-13")
        let request = disarm.events.first { $0.type == "REQUEST" }
        XCTAssertEqual(request?.target?.country, "SD")
        XCTAssertEqual(request?.target?.sector, .government)
        let ceasefire = staged("ودعت الجامعة العربية إلى أن يوقف الجيش الإسرائيلي عملياته في غزة.", published: "2024-06-12")
        XCTAssertEqual(ceasefire.events.first { $0.type == "REQUEST" }?.target?.country, "IL")
        XCTAssertEqual(ceasefire.events.first { $0.type == "REQUEST" }?.target?.sector, .military)
    }

    /// A speaker named with no title: a given name and a family name before the words said ("وقال سليم الرياحي
    /// إنه"), or a family name alone once the text has named the person with his office ("وأضاف الصفدي").
    /// A name lends nothing it does not have: no country without an earlier mention.
    func testSpeakersNamedWithoutTitles() {
        let party = staged("وقال سليم الرياحي إنه لا يمكن البناء في مناخ متعفن.", published: "2017-06-10")
        XCTAssertEqual(party.statements.first?.speaker.text, "سليم الرياحي")
        XCTAssertNil(party.statements.first?.speaker.country)
        let jordan = staged("وقال وزير الخارجية الأردني أيمن الصفدي إن الحل السياسي ضروري. وأضاف الصفدي أن بلاده ترفض التهجير. "
                            + "وقال محمد العلي في تصريح للصحفيين إن الوضع خطير.", published: "2024-06-10")
        XCTAssertEqual(jordan.statements.map { $0.speaker.text }, ["وزير الخارجية الأردني أيمن الصفدي", "الصفدي", "محمد العلي"])
        XCTAssertEqual(jordan.statements[1].speaker.country, "JO")
        XCTAssertEqual(jordan.statements[1].speaker.sector, .government)
        XCTAssertNil(jordan.statements[2].speaker.country, "another person, not the minister")
        // an adverb after a name is no family name, and a lone given name is no speaker
        let adverb = staged("وكشف ترودو مؤخرا أنه سافر على متن طائرة خاصة.", published: "2017-06-10")
        XCTAssertNotEqual(adverb.statements.first?.speaker.text, "ترودو مؤخرا")
        XCTAssertTrue(staged("وقال محمد إنه سيعود.", published: "2017-06-10").statements.isEmpty)
    }

    /// An administration is a government ("الإدارة الأمريكية", "إدارة ترامب"), and a country's name after the
    /// person it is named for is the accused; an envoy's family name in ب is still his name.
    func testAdministrationsAndEnvoysNames() {
        let us = staged("وقالت الإدارة الأمريكية إن الحل قريب.", published: "2017-06-10")
        XCTAssertEqual(us.statements.first?.speaker.country, "US")
        XCTAssertEqual(us.statements.first?.speaker.sector, .government)
        let trump = staged("واتهمت إدارة ترامب إيران بدعم الإرهاب.", published: "2017-06-10")
        XCTAssertEqual(trump.statements.first?.speaker.text, "إدارة ترامب")
        XCTAssertEqual(trump.events.first { $0.type == "ACCUSE" }?.target?.country, "IR")
        let envoy = staged("ودعا المبعوث الأمريكي إلى سوريا توم باراك جميع الأطراف إلى وقف القتال.", published: "2025-07-17")
        XCTAssertEqual(envoy.statements.first?.speaker.text, "المبعوث الأمريكي إلى سوريا توم باراك")
    }

    /// A Sudanese story written for this test: a coordinating body of no state speaks and is resumed by its head
    /// ("وقالت التنسيقية"), the frame "في بيان" and the page's dateline are not what was said, and a UN
    /// coordinator's posting follows the body she serves.
    func testASudaneseCampShelling() {
        let text = "الخرطوم - قُتل 32 مدنيا على الأقل وأصيب العشرات في قصف مدفعي شنته قوات الدعم السريع على مخيم زمزم للنازحين، "
            + "وفق ما أعلنت تنسيقية لجان المقاومة في الفاشر يوم الأحد. "
            + "وقالت التنسيقية في بيان إن القصف استهدف سوقا ومسجدا داخل المخيم، متهمة الدعم السريع بارتكاب جرائم حرب بحق المدنيين. "
            + "ودعت منسقة الأمم المتحدة للشؤون الإنسانية في السودان إلى وقف فوري للهجمات على المدنيين."
        let r = staged(text, published: "2025-04-14")
        XCTAssertEqual(r.statements.map(\.speaker.sector), [.civilians, .civilians, .civilians, .international], "\(r.statements.map(\.speaker))")
        XCTAssertEqual(r.statements[1].speaker.text, "التنسيقية")
        func said(_ s: Statement) -> String { s.content.map { String(text.unicodeScalars.dropFirst($0.start).prefix(6)) } ?? "" }
        XCTAssertEqual(said(r.statements[0]), "قُتل 3")
        XCTAssertEqual(said(r.statements[1]), "القصف ")
        XCTAssertEqual(r.statements[3].speaker.text, "منسقة الأمم المتحدة للشؤون الإنسانية في السودان")
        let killed = r.events.first { $0.type == "ASSAULT" }
        XCTAssertEqual(killed?.fatalities, 32)
        XCTAssertEqual(killed?.source?.entity, "group:rsf")
        XCTAssertEqual(killed?.claimedBy?.sector, .civilians)
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" }?.target?.entity, "group:rsf")
    }

    /// "وقالت الشرطة في كابول إن …": the place where the speaker is, before the complementizer, is not what was said
    /// (nor in "أعلنت الشرطة في بنغلادش أنها قتلت …"); a place inside what was said stays.
    func testWhereTheSpeakerIsIsNotWhatWasSaid() {
        func content(_ text: String) -> String? {
            let r = staged(text, published: "2024-05-01")
            guard let c = r.statements.first?.content else { return nil }
            return String(String.UnicodeScalarView(Array(text.unicodeScalars)[c.start..<c.end]))
        }
        XCTAssertEqual(content("وقالت الشرطة في كابول إن مسلحين هاجموا نقطة تفتيش."), "مسلحين هاجموا نقطة تفتيش.")
        XCTAssertEqual(content("أعلنت الشرطة في بنغلادش أنها قتلت ثلاثة متشددين."), "أنها قتلت ثلاثة متشددين.")
        XCTAssertEqual(content("وقال الوزير إن في كابول مسلحين كثيرين."), "في كابول مسلحين كثيرين.")
    }

    /// A person named in full once ("نظيره الإيراني عباس عراقجي", "الرئيس الروسي فلاديمير بوتين") speaks later by
    /// family name alone, before what opens his words, a frame or a call's preposition ("وقال عراقجي في مؤتمر
    /// صحفي إن", "ودعا علاوي في مؤتمر صحفي بالقاهرة إلى"); the press conference and its city are not the addressee.
    func testFamilyNamesAloneAndPressConferences() {
        let r = staged("والتقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ. وقال بوتين في مؤتمر صحفي إن العلاقات ممتازة.",
                       published: "2024-05-01")
        let putin = r.statements.first { $0.cue == "وقال" }
        XCTAssertEqual(putin?.speaker.text, "بوتين")
        XCTAssertEqual(putin?.speaker.country, "RU")
        let text = "وأعلن نائب الرئيس العراقي إياد كاظم علاوي رفضه للتقسيم. ودعا علاوي في مؤتمر صحفي بالقاهرة إلى المصارحة."
        let s = staged(text, published: "2024-05-01")
        let call = s.statements.first { $0.cue == "ودعا" }
        XCTAssertEqual(call?.speaker.text, "علاوي")
        XCTAssertEqual(call?.speaker.country, "IQ")
        if let c = call?.content {
            XCTAssertEqual(String(String.UnicodeScalarView(Array(text.unicodeScalars)[c.start..<c.end])), "إلى المصارحة.")
        } else { XCTFail("no content") }
        XCTAssertNil(s.events.first { $0.type == "REQUEST" }?.target)
        // a name no one was named with stays no speaker
        XCTAssertNil(staged("وقال عراقجي في مؤتمر صحفي إن العلاقات ممتازة.", published: "2024-05-01").statements.first?.speaker.entity)
    }

    /// Whom it was said to and when stand between the speaker and إن: "لوكالة فرانس برس", "للصحفيين أمس",
    /// "لـ«الشرق الأوسط»". An outlet behind لـ is the addressee, never the speaker's genitive; a source in a
    /// body speaks for it; a new unnamed source goes on speaking in the next sentence.
    func testAddresseesAndSourcesInABody() {
        func first(_ text: String) -> (speaker: Actor?, content: String?) {
            let r = staged(text, published: "2024-05-01")
            guard let s = r.statements.first else { return (nil, nil) }
            let c = s.content.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) }
            return (s.speaker, c)
        }
        let afp = first("وقال مصدر طبي لوكالة فرانس برس إن شابا قتل برصاص قناص.")
        XCTAssertEqual(afp.speaker?.text, "مصدر طبي")
        XCTAssertNil(afp.speaker?.country)
        XCTAssertEqual(afp.content, "شابا قتل برصاص قناص.")
        XCTAssertEqual(first("وقال وزير الخارجية للصحفيين أمس إن بلاده ترفض التدخل.").content, "بلاده ترفض التدخل.")
        XCTAssertEqual(first("وقال مصدر أمني لـ«الشرق الأوسط» إن مسلحين هاجموا نقطة تفتيش.").content, "مسلحين هاجموا نقطة تفتيش.")
        let army = first("وقال المتحدث باسم الجيش لقناة الجزيرة إن القوات قصفت مواقع المسلحين.")
        XCTAssertEqual(army.speaker?.text, "المتحدث باسم الجيش")
        XCTAssertEqual(army.speaker?.sector, .military)
        let police = first("وقال مصدر في الشرطة إن مسلحين خطفوا موظفا.")
        XCTAssertEqual(police.speaker?.text, "مصدر في الشرطة")
        XCTAssertEqual(police.speaker?.sector, .police)
        XCTAssertEqual(first("وقال شهود عيان إن مسلحين أطلقوا النار على المصلين.").speaker?.sector, .civilians)
        let r = staged("وقال مصدر أمني لوكالة الأنباء إن عبوة انفجرت قرب دورية. وأضاف أن جنديين أصيبا بجروح.", published: "2024-05-01")
        XCTAssertEqual(r.statements.first { $0.cue == "وأضاف" }?.speaker.text, "مصدر أمني")
    }

    /// A verb with a plural subject ending ("يقولون", "وقالوا") is never said by one body, official or state:
    /// it goes on with the plural subject of its sentence, or with the plural speaker before.
    func testAPluralVerbIsSaidByMany() {
        let rebels = staged("ونفت وزارة الدفاع الروسية ذلك. ويشن المتمردون منذ أشهر هجمات على قوافل الإمداد يقولون إنها تنقل أسلحة للجيش.",
                            published: "2024-06-01").statements
        XCTAssertEqual(rebels.first { $0.cue == "يقولون" }?.speaker.sector, .rebels, "\(rebels.map { ($0.cue, $0.speaker.text) })")
        let officials = staged("وأكد مسؤولون أمريكيون أن الهجوم وقع فجرا، وقالوا إن المنفذين فروا.", published: "2024-06-01").statements
        XCTAssertEqual(officials.first { $0.cue == "وقالوا" }?.speaker.country, "US")
        // a singular verb still goes on with the ministry
        let ministry = staged("ونفت وزارة الدفاع الروسية ذلك. ويشن المتمردون منذ أشهر هجمات على القوافل. وقالت إن الطريق آمن.",
                              published: "2024-06-01").statements
        XCTAssertEqual(ministry.first { $0.cue == "وقالت" }?.speaker.country, "RU", "\(ministry.map { ($0.cue, $0.speaker.text) })")
        XCTAssertTrue(EventDocument.isPluralVerb("يقولون", lemma: "قال"))
        XCTAssertTrue(EventDocument.isPluralVerb("ويقولون", lemma: "قال"))
        XCTAssertFalse(EventDocument.isPluralVerb("يقول", lemma: "قال"))
    }

    /// A name alone after a feminine verb of saying is its subject, whatever it names: a movement, a woman, an
    /// agency ("قالت حماس", "قالت ميركل", "وناشدت اليونيسف"); a masculine head still is not ("ودعت المجتمع
    /// الدولي"). Diplomats speak.
    func testANameAloneAfterAFeminineVerb() {
        for (text, country) in [("قالت حماس إن الجيش قصف مدرسة في رفح.", "PS"), ("وقالت طالبان إن مقاتليها سيطروا على المعبر.", "AF"),
                                ("وقالت ميركل في مؤتمر صحفي إن ألمانيا ستستقبل مزيدا من اللاجئين.", "DE")] {
            let said = staged(text, published: "2024-06-01").statements.first
            XCTAssertEqual(said?.stance, .assert, text)
            XCTAssertEqual(said?.speaker.country, country, text)
        }
        let unicef = staged("وناشدت اليونيسف الأطراف المتحاربة السماح لها بالوصول إلى المنطقة.", published: "2024-06-01").statements
        XCTAssertEqual(unicef.first?.speaker.text, "اليونيسف")
        XCTAssertEqual(unicef.first?.stance, .call)
        let community = staged("ودعت المجتمع الدولي إلى التحرك.", published: "2024-06-01").statements
        XCTAssertNotEqual(community.first?.speaker.text, "المجتمع الدولي")
        let diplomats = staged("وقالت رويترز إن الأمين العام اختار مبعوثا جديدا. وقال دبلوماسيون إن المجلس سيوافق على التعيين.",
                               published: "2024-06-01").statements
        XCTAssertEqual(diplomats.first { $0.cue == "وقال" }?.speaker.text, "دبلوماسيون", "\(diplomats.map { ($0.cue, $0.speaker.text) })")
    }

    /// A woman holds the offices a masculine head names ("وزيرة الخارجية", "مسؤولة أمريكية", "المندوبة"), and
    /// her name follows as a man's does, after the body she serves too; the feminine of other heads is another
    /// word ("محافظة المنيا" is a governorate, "مدرسة" a school). A pronoun on أنّ is the subject of the verb
    /// after it, whose next phrase is its object.
    func testWomenInOffice() {
        let minister = staged("قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن أوروبا بحاجة إلى المهاجرين.", published: "2024-06-01").statements.first
        XCTAssertEqual(minister?.speaker.text, "وزيرة الخارجية الألمانية أنالينا بيربوك")
        XCTAssertEqual(minister?.speaker.country, "DE")
        XCTAssertEqual(minister?.speaker.sector, .government)
        let official = staged("وقالت مسؤولة أمريكية إن المحادثات مستمرة.", published: "2024-06-01").statements.first
        XCTAssertEqual(official?.speaker.country, "US")
        XCTAssertEqual(official?.speaker.sector, .government)
        let chief = staged("قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني أمس إن أوروبا بحاجة إلى المهاجرين."
                           + " وقالت موغيريني في بداية الاجتماع إن الهجرة تدار بالتعاون.", published: "2024-06-01").statements
        XCTAssertEqual(chief.first?.speaker.text, "مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني")
        // her family name alone, which no list knows, is she, whatever the verb's gender
        XCTAssertEqual(chief.last?.speaker.text, "موغيريني")
        XCTAssertEqual(chief.last?.speaker.sector, chief.first?.speaker.sector)
        let yaalon = staged("ونقلت صحيفة هآرتس الإسرائيلية عن وزير الدفاع الإسرائيلي موشيه يعلون قوله إن الاتفاق تم. وأضاف يعلون أن إسرائيل لم تعترض.",
                            published: "2024-06-01").statements
        XCTAssertEqual(yaalon.first { $0.cue == "وأضاف" }?.speaker.text, "يعلون", "\(yaalon.map { ($0.cue, $0.speaker.text) })")
        XCTAssertEqual(yaalon.first { $0.cue == "وأضاف" }?.speaker.country, "IL")
        let school = staged("وقال مسؤول إن غارة استهدفت المدرسة في محافظة المنيا.", published: "2024-06-01")
        XCTAssertTrue(school.events.allSatisfy { $0.source?.text != "المدرسة" && $0.target?.text != "محافظة المنيا" }, "\(school.events)")
        let summoned = staged("ذكرت وزارة الشؤون الخارجية في بلاغ أنها دعت اليوم سفيرة المملكة المتحدة إلى مقر الوزارة.",
                              published: "2024-06-01").statements
        XCTAssertTrue(summoned.allSatisfy { $0.speaker.text?.hasPrefix("وزارة") == true }, "\(summoned.map { $0.speaker.text })")
    }

    /// An affiliation after a speaker is part of the speaker, not of what was said ("التابعة للحوثيين",
    /// "المرتبطة بتنظيم القاعدة", "الموالية لتركيا", "المقربة من الحرس الثوري"); what belongs to a body is of its
    /// state. A preposition with a pronoun may stand between a verb and its subject ("نددت به منظمة مراسلون بلا
    /// حدود", "طلبت منها قطر"). A definite head takes no other definite head as its own ("وطالبت المنظمة السلطات").
    func testAffiliationsComplementsAndObjects() {
        let masirah = staged("وقالت قناة المسيرة التابعة للحوثيين إن الغارات استهدفت الميناء.", published: "2024-06-01").statements.first
        XCTAssertEqual(masirah?.speaker.text, "قناة المسيرة التابعة للحوثيين")
        XCTAssertEqual(masirah?.speaker.country, "YE")
        for (text, speaker) in [("وقالت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة إنها سيطرت على المعسكر.",
                                 "جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة"),
                                ("وقالت الفصائل الموالية لتركيا إنها سيطرت على القرية.", "الفصائل الموالية لتركيا"),
                                ("وقالت وكالة الأنباء المقربة من الحرس الثوري إن الهجوم فشل.", "وكالة الأنباء المقربة من الحرس الثوري")] {
            let said = staged(text, published: "2024-06-01").statements.first
            XCTAssertEqual(said?.speaker.text, speaker, text)
            XCTAssertNotEqual(said?.speaker.country, "TR", "loyal to Turkey is not Turkish")
        }
        let rsf = staged("وقضت محكمة بسجن صحفي، في حكم نددت به منظمة مراسلون بلا حدود ووصفته بأنه اعتداء على حرية الصحافة.",
                         published: "2024-06-01").statements
        XCTAssertEqual(rsf.first { $0.cue == "نددت" }?.speaker.entity, "org:rsf", "\(rsf.map { ($0.cue, $0.speaker.text) })")
        let qatar = staged("وقال مسؤول في الجماعة إن قادتها سيغادرون الدوحة التي طلبت منها قطر المغادرة.", published: "2024-06-01").statements
        XCTAssertEqual(qatar.first { $0.cue == "طلبت" }?.speaker.country, "QA", "\(qatar.map { ($0.cue, $0.speaker.text) })")
        let object = staged("وطالبت المنظمة السلطات الانتقالية بالإفراج الفوري عن الصحفي.", published: "2024-06-01").statements.first
        XCTAssertEqual(object?.speaker.text, "المنظمة")
        // a country whose adjective is its name ("مالي", also "financial") is meant by it only where the article
        // names the country or a place in it
        XCTAssertEqual(staged("وقالت السلطات المالية في باماكو إن الانتخابات ستجرى في موعدها.", published: "2024-06-01")
                        .statements.first?.speaker.country, "ML")
        XCTAssertNil(staged("وقالت وزارة المالية إن الأزمة المالية انتهت.", published: "2024-06-01").statements.first?.speaker.country)
    }

    /// "وهو ما نفاه X" denies the claim just before it, whoever X is, a body of no known state included; a call
    /// is no claim to deny ("وطالب … بالاعتذار عن التقرير الذي كذبته المنظمة" denies the report).
    func testARelativeDenialContradictsTheClaimBefore() {
        let text = "وقالت جماعة نصرة الإسلام والمسلمين إنها سيطرت على المعسكر لساعات، وهو ما نفاه المتحدث باسم الحكومة الانتقالية."
        let r = staged(text, published: "2024-06-01")
        XCTAssertEqual(r.contradictions.count, 1, "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        if let c = r.contradictions.first {
            XCTAssertEqual(r.statements[c.a].speaker.entity, "group:jnim")
            XCTAssertEqual(r.statements[c.b].stance, .deny)
        }
        let call = staged("وطالب رئيس الوزراء العراقي الصحيفة بتقديم اعتذار عن التقرير الملفق الذي كذبته منظمة الصحة العالمية.",
                          published: "2024-06-01")
        XCTAssertTrue(call.contradictions.isEmpty, "\(call.contradictions)")
    }

    /// A spokesman's name after the body he speaks for ends where his words begin; a time before the
    /// complementizer is not what was said; "وهو ما نفاه" is a denial whose subject follows it, and a name
    /// there that the text never named in full is nobody the text knows (not the speaker before).
    func testSpokesmenNamesAndRelativeDenials() {
        let iran = staged("وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني في مؤتمر صحفي إن بلاده ترفض العقوبات.",
                          published: "2024-06-01").statements.first
        XCTAssertEqual(iran?.speaker.text, "المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني")
        XCTAssertEqual(iran?.speaker.country, "IR")
        let text = "وقال المتحدث باسم الشرطة صباح اليوم إن الطريق مفتوح."
        if let c = staged(text, published: "2024-06-01").statements.first?.content {
            XCTAssertTrue(String(String.UnicodeScalarView(Array(text.unicodeScalars)[c.start..<c.end])).hasPrefix("الطريق"))
        } else { XCTFail("no content") }
        let denial = staged("قالت الحكومة إن الجيش قصف المنطقة، وهو ما نفاه المتمردون.", published: "2024-06-01").statements
        XCTAssertEqual(denial.first { $0.cue == "نفاه" }?.stance, .deny)
        XCTAssertEqual(denial.first { $0.cue == "نفاه" }?.speaker.sector, .rebels)
        let unknown = staged("وقالت الداخلية الفرنسية إن القرار نهائي. ومُنع هاني رمضان من المشاركة، وهو ما نفاه رمضان، وعادت الصحافة.",
                             published: "2024-06-01").statements
        XCTAssertFalse(unknown.contains { $0.cue == "نفاه" && $0.speaker.country == "FR" }, "\(unknown.map { ($0.cue, $0.speaker.text) })")
        let known = staged("وقال موشيه يعلون إن حرية المرور مضمونة. ولم تعلق السعودية على ما قاله يعلون حتى صدور التقرير.",
                           published: "2024-06-01").statements
        XCTAssertEqual(known.first { $0.cue == "قاله" }?.speaker.country, "IL", "\(known.map { ($0.cue, $0.speaker.text) })")
        let iraq = staged("وأعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة عين الأسد بطائرة مسيرة.", published: "2024-06-01")
        XCTAssertEqual(iraq.statements.first?.speaker.country, "IQ")
        XCTAssertEqual(iraq.events.first { $0.type == "ASSAULT" }?.target?.sector, .military)
    }

    /// A present verb right after an indefinite noun describes it ("شعارات تطالب", "تقارير تشير", "رجل يبلغ من
    /// العمر"): its subject is that noun, no speaker's; but "بيانا تدعو فيه" is where the subject of the sentence
    /// said it, and "الذي تتهمه أنقرة" has its speaker after it. A counted body speaks ("ونددت خمسة أحزاب").
    func testVerbsThatDescribeANoun() {
        let slogans = staged("وتظاهر المئات أمام البرلمان ورفعوا شعارات تطالب برحيل الحكومة. وقالت تقارير تشير إلى سقوط قتلى.",
                             published: "2024-06-01").statements
        XCTAssertFalse(slogans.contains { $0.cue == "تطالب" || $0.cue == "تشير" }, "\(slogans.map { ($0.cue, $0.speaker.text) })")
        let accused = staged("ووصل فتح الله كولن إلى المدينة، والذي تتهمه أنقرة بتدبير محاولة انقلاب.", published: "2024-06-01").statements
        XCTAssertEqual(accused.first { $0.cue == "تتهمه" }?.speaker.country, "TR", "\(accused.map { ($0.cue, $0.speaker.text) })")
        let parties = staged("ونددت خمسة أحزاب معارضة في بيان مشترك بحملة الاعتقالات.", published: "2024-06-01").statements
        XCTAssertEqual(parties.first?.speaker.text, "خمسة أحزاب معارضة")
        XCTAssertEqual(parties.first?.stance, .accuse)
    }

    func testQuotedNamesFramesAndClaims() {
        func content(_ st: Statement?, _ text: String) -> String? {
            st?.content.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) }
        }
        // a known name in quotes is the speaker
        let hamas = staged("وقالت «حماس» في بيان إن الاحتلال يتحمل المسؤولية.", published: "2024-06-01").statements.first
        XCTAssertEqual(hamas?.speaker.country, "PS")
        // (and carries the words of the source after عن, who speaks through it)
        let reuters = staged("ونقلت «رويترز» عن مصدر أمني قوله إن الانفجار وقع قرب السفارة.", published: "2024-06-01").statements.first
        XCTAssertEqual(reuters?.via?.entity, "media:reuters")
        XCTAssertEqual(reuters?.speaker.sector, .police)
        // where the statement was posted or who carried it belongs to its frame, not to the speaker nor to what was said
        let posted = "وأعلنت حركة الشباب مسؤوليتها عن الهجوم. وقالت في بيان نشرته عبر إذاعة الأندلس التابعة لها إن مقاتليها قتلوا عشرة جنود."
        let shabaab = staged(posted, published: "2024-06-01").statements.last
        XCTAssertEqual(shabaab?.speaker.country, "SO")
        XCTAssertEqual(content(shabaab, posted).map { String($0.prefix(8)) }, "مقاتليها")
        let relayed = "وقالت الوزارة في بيان أوردته وكالة الأنباء الجزائرية إن الجيش قتل إرهابيين اثنين."
        XCTAssertEqual(content(staged(relayed, published: "2024-06-01").statements.first, relayed).map { String($0.prefix(5)) }, "الجيش")
        // a verb coordinated after the sentence's first act goes on with its subject, not with the text's last speaker
        let qassam = staged("أكد الجيش الإسرائيلي مقتل جندي. وتبنت «كتائب القسام» العملية، وقالت إنها فجرت عبوة ناسفة بدورية.",
                            published: "2024-06-01")
        XCTAssertEqual(qassam.statements.last?.speaker.country, "PS")
        // the claim names the doer of the killing told before, and is no second killing
        let killings = qassam.events.filter { $0.type == "ASSAULT" && $0.fatalities == 1 }
        XCTAssertEqual(killings.count, 1, "\(qassam.events)")
        XCTAssertEqual(killings.first?.source?.country, "PS")
        // an adopted resolution is no claim of anything
        XCTAssertTrue(staged("وتبنى مجلس الأمن الدولي قرارا يدعو إلى وقف إطلاق النار في غزة.", published: "2024-06-01").events
            .allSatisfy { $0.type != "ASSAULT" })
        // the short name in brackets is the speaker's, and what was said begins after the frame
        let text = "وقالت وزارة الدفاع الأمريكية (البنتاغون) في بيان إن الضربات استهدفت مستودعات أسلحة."
        let pentagon = staged(text, published: "2024-06-01").statements.first
        XCTAssertEqual(pentagon?.speaker.country, "US")
        XCTAssertEqual(content(pentagon, text).map { String($0.prefix(7)) }, "الضربات")
        // "…، على ما أفاد مصدر أمني" attributes the clause before; "ردا على ما قاله" answers what was said
        let sinai = "قتل خمسة جنود في هجوم على نقطة تفتيش في شمال سيناء، على ما أفاد مصدر أمني."
        let told = staged(sinai, published: "2024-06-01").statements.first
        XCTAssertEqual(content(told, sinai).map { String($0.prefix(3)) }, "قتل")
        let answer = "وجاء البيان ردا على ما قاله وزير الخارجية الإسرائيلي أمس."
        XCTAssertNotEqual(content(staged(answer, published: "2024-06-01").statements.first, answer).map { String($0.prefix(4)) }, "وجاء")
        // a speaker is resumed within its own sentence
        let spokesman = staged("أدانت الحكومة العراقية الغارات الأمريكية، وقال المتحدث باسم الحكومة إنها انتهاك للسيادة.",
                               published: "2024-06-01").statements.last
        XCTAssertEqual(spokesman?.speaker.country, "IQ")
    }


    func testSanctionsThreatsAndDecliningToComment() {
        // a government announcing sanctions imposes them ("أعلنت وزارة الخزانة الأمريكية، أمس الخميس، فرض عقوبات")
        // (sanctions are PLOVER SANCTION discontinue, as the manual codes international sanctions)
        let sanctions = staged("أعلنت وزارة الخزانة الأمريكية، أمس الخميس، فرض عقوبات على ست شركات إيرانية.", published: "2025-02-07").events
            .first { $0.type == "SANCTION" && $0.mode == "discontinue" }
        XCTAssertEqual(sanctions?.source?.country, "US", "\(String(describing: sanctions))")
        XCTAssertEqual(sanctions?.target?.country, "IR")
        let eu = staged("وأعلن الاتحاد الأوروبي فرض عقوبات جديدة على روسيا.", published: "2025-02-07").events.first { $0.type == "SANCTION" }
        XCTAssertEqual(eu?.source?.entity, "org:eu")
        // "توعد … بأن طهران سترد": the side that will act is the threatener's, not the threatened
        let threat = staged("وتوعد المتحدث باسم الخارجية الإيرانية بأن طهران \"سترد بالشكل المناسب\".", published: "2025-02-07").events
            .first { $0.type == "THREATEN" }
        XCTAssertNotNil(threat)
        XCTAssertNil(threat?.target, "\(String(describing: threat))")
        let aimed = staged("وهدد الحوثيون إسرائيل برد قاس.", published: "2025-02-07").events.first { $0.type == "THREATEN" }
        XCTAssertEqual(aimed?.target?.country, "IL", "a threatened party named as the object stays the target")
        // declining to comment rejects nothing
        for text in ["ورفض الاتحاد الأوروبي التعليق على الاتفاقية.", "ورفضت الوزارة الإدلاء بأي تعليق."] {
            XCTAssertFalse(staged(text, published: "2025-02-07").events.contains { $0.type == "REJECT" }, text)
        }
        XCTAssertTrue(staged("ورفضت الحكومة المقترح الأمريكي.", published: "2025-02-07").events.contains { $0.type == "REJECT" })
    }


    func testAFamilyNameInBaEndsWhereTheWordsSaidBegin() {
        // "بوريل", "بقائي": a family name that opens with ب is a name, not ب + a noun, when what was said follows it
        for (text, speaker) in [("وقال مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل إن الاتحاد يدعم وقف إطلاق النار.",
                                 "مسؤول السياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل"),
                                ("وقال المتحدث باسم الخارجية الإيرانية إسماعيل بقائي في بيان إن طهران سترد.",
                                 "المتحدث باسم الخارجية الإيرانية إسماعيل بقائي")] {
            let st = staged(text, published: "2025-02-07").statements.first
            XCTAssertEqual(st?.speaker.text, speaker, text)
        }
        // (a word in ب that goes on is no name: "محمد بن سلمان" is a compound name, "عصام بمدينة" a place after it)
        let place = staged("وقال الناشط عصام بمدينة حمص إن القصف مستمر.", published: "2025-02-07").statements.first
        XCTAssertEqual(place?.speaker.text, "الناشط عصام", "\(String(describing: place))")
    }

    func testASubjectBeforeItsVerbWithWhereItIs() {
        // "لكن مسؤولا محليا في قضاء العمادية بمحافظة دهوك قال": a subject, then where it is, then the verb; a local
        // official is of the state of his place
        let local = staged("لكن مسؤولا محليا في قضاء العمادية بمحافظة دهوك قال لوكالة فرانس برس إن الغارات أصابت مصيفا.",
                           published: "2024-06-16").statements.first
        XCTAssertEqual(local?.speaker.text, "مسؤولا محليا في قضاء العمادية بمحافظة دهوك", "\(String(describing: local))")
        XCTAssertEqual(local?.speaker.country, "IQ")
        XCTAssertEqual(local?.stance, .assert)
        // a body of no state named sits in the state of its place ("وزارة الدفاع في سيول")
        let ministry = staged("وكانت وزارة الدفاع في سيول قد ذكرت أنها ستغير موقع الدرع الصاروخي.", published: "2016-10-01").statements.first
        XCTAssertEqual(ministry?.speaker.country, "KR", "\(String(describing: ministry))")
        XCTAssertEqual(ministry?.speaker.sector, .military)
        // "يوم الاثنين" between the speaker and "إن" is when, not what was said
        let text = "قالت الشرطة يوم الاثنين إن أربعة أشخاص قتلوا."
        let police = staged(text, published: "2024-06-17").statements.first
        XCTAssertNotNil(police)
        XCTAssertEqual(police?.content.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) }, "أربعة أشخاص قتلوا.")
    }

    func testACoordinatedVerbGoesOnWithTheSentencesSubject() {
        // "من جهتها، استدعت الخارجية العراقية السفير …، وطالبت بسحب": the demand is the ministry's that summoned
        let demand = staged("من جهتها، استدعت وزارة الخارجية العراقية السفير التركي في بغداد وسلمته مذكرة احتجاج، وطالبت بسحب القوات التركية.",
                            published: "2024-06-16").statements.first { $0.stance == .call }
        XCTAssertEqual(demand?.speaker.country, "IQ", "\(String(describing: demand))")
        XCTAssertEqual(demand?.speaker.sector, .government)
        // "كما أدانت حكومة الإقليم القصف، ودعت الحكومة الاتحادية والمجتمع الدولي إلى …": a call after the sentence's
        // own speaker goes on with it, and the phrase before إلى is whom it calls on
        let r = staged("كما أدانت حكومة إقليم كردستان القصف، ودعت الحكومة الاتحادية والمجتمع الدولي إلى وضع حد للانتهاكات.", published: "2024-06-16")
        let call = r.statements.first { $0.stance == .call }
        XCTAssertEqual(call?.speaker.text, "حكومة إقليم كردستان", "\(r.statements)")
        XCTAssertEqual(r.events.first { $0.type == "REQUEST" }?.target?.text, "الحكومة الاتحادية", "\(r.events)")
        // a sentence of one speaker that calls with no addressee keeps its own subject
        let own = staged("ودعت الحكومة الاتحادية إلى التهدئة.", published: "2024-06-16").statements.first
        XCTAssertEqual(own?.speaker.text, "الحكومة الاتحادية")
    }

    func testFramesOfSpeechesAndInterviews() {
        func content(_ text: String, _ st: Statement?) -> String? {
            st?.content.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) }
        }
        // the one who interviewed or heard a speaker is not the speaker, and what was said starts after the frame
        for (text, said) in [("وأكد الرئيس الأمريكي في مقابلة مع رويترز أن إدارته تجري محادثات.", "إدارته تجري محادثات."),
                             ("وقال الرئيس التركي في كلمة ألقاها وسط تجمع في إسطنبول، إن هولندا ستدفع الثمن.", "هولندا ستدفع الثمن."),
                             ("كما أكد وزير الخارجية التونسي في حديث مع وكالة تونس إفريقيا للأنباء حول المبادرات التونسية، أن العلاقات مع سوريا لم تنقطع.",
                              "العلاقات مع سوريا لم تنقطع.")] {
            let st = staged(text, published: "2017-03-12").statements.first
            XCTAssertEqual(st?.speaker.sector, .government, text)
            XCTAssertNotEqual(st?.speaker.sector, .media, text)
            XCTAssertEqual(content(text, st), said, text)
        }
        // a speech given before a body and carried by television: neither body speaks
        let carried = "وقال الرئيس السوري في كلمة له أمام البرلمان الجديد نقلها التلفزيون السوري على الهواء مباشرة \"إن الحرب مستمرة\"."
        let speakers = staged(carried, published: "2016-06-07").statements.map(\.speaker.text)
        XCTAssertEqual(speakers, ["الرئيس السوري"], carried)
    }

    func testASayingToComeAndAParticipleOfTheClausesSubject() {
        // "سيعلن", "سوف يعلن": a saying to come has not been said
        for text in ["وسيعلن الرئيس الفرنسي اليوم تعيين رئيس للوزراء.", "وقال الحزب إنه سوف يعلن موقفه بعد الاجتماع."] {
            let r = staged(text, published: "2017-05-15")
            XCTAssertFalse(r.statements.contains { $0.cue.contains("يعلن") }, "\(text) \(r.statements.map(\.cue))")
        }
        // (the saying that tells of it is one)
        XCTAssertEqual(staged("وقال الحزب إنه سوف يعلن موقفه بعد الاجتماع.", published: "2017-05-15").statements.map(\.cue), ["وقال"])
        // a participle after a comma with no saying before it in its sentence is its subject's, past the dateline
        let r = staged("نيامي - أمر المجلس العسكري الحاكم في النيجر السفير الفرنسي بمغادرة البلاد، متهما باريس بالتدخل في شؤونها.",
                       published: "2023-08-26")
        let accusation = r.statements.first { $0.cue == "متهما" }
        XCTAssertEqual(accusation?.speaker.country, "NE", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        XCTAssertEqual(accusation?.stance, .accuse)
    }

    /// "ونقلت سانا عن مصدر عسكري قوله إن": the outlet carries the source's words; the source is the speaker,
    /// the outlet is `via`, and what was said starts after "قوله إن". A participle that goes on with the source
    /// came through the same outlet; a feminine verb that cannot go on with "مصدر" goes on with the agency.
    func testARelayedSourceSpeaksThroughItsOutlet() {
        func content(_ text: String, _ st: Statement?) -> String {
            guard let c = st?.content else { return "" }
            return String(String.UnicodeScalarView(Array(text.unicodeScalars)[c.start..<c.end]))
        }
        let text = "ونقلت وكالة رويترز عن مسؤول أمني عراقي قوله إن الهجوم أسفر عن مقتل ثلاثة جنود، مضيفا أن التحقيق بدأ."
        let r = staged(text, published: "2024-03-02")
        let relayed = r.statements.first { $0.cue == "ونقلت" }
        XCTAssertEqual(relayed?.speaker.country, "IQ", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        XCTAssertEqual(relayed?.speaker.sector, .police)
        XCTAssertEqual(relayed?.via?.entity, "media:reuters")
        XCTAssertTrue(content(text, relayed).hasPrefix("الهجوم أسفر"), content(text, relayed))
        let added = r.statements.first { $0.cue == "مضيفا" }
        XCTAssertEqual(added?.speaker.country, "IQ")
        XCTAssertEqual(added?.via?.entity, "media:reuters")
        // the killing is claimed by the official, not by the agency
        XCTAssertEqual(r.events.first { $0.type == "ASSAULT" }?.claimedBy?.country, "IQ", "\(r.events)")
        // past the outlet's acronym, to a source's masdar of saying ("تأكيده")
        let wam = "ونقلت وكالة أنباء الإمارات (وام) عن وزير الخارجية تأكيده أن الوضع مستقر."
        let w = staged(wam, published: "2024-03-02").statements.first
        XCTAssertEqual(w?.speaker.text, "وزير الخارجية")
        XCTAssertTrue(content(wam, w).hasPrefix("الوضع مستقر"), content(wam, w))
        // "…، نقلت X عن Y" at the end attributes the clause before it to Y
        let after = "وقتل ثلاثة جنود في الهجوم، نقلت رويترز عن مسؤول أمني."
        let a = staged(after, published: "2024-03-02").statements.first
        XCTAssertEqual(a?.speaker.sector, .police)
        XCTAssertTrue(content(after, a).hasPrefix("وقتل ثلاثة جنود"), content(after, a))
        // a source with no words of its own after it leaves the outlet's sentence to the outlet ("وأضافت")
        let interfax = "ونقلت وكالة إنترفاكس الروسية عن مصدر قوله إن الانفجار وقع بين محطتين. وأضافت أن الشرطة طوقت المكان."
        let i = staged(interfax, published: "2017-04-03").statements
        XCTAssertEqual(i.first { $0.cue == "وأضافت" }?.speaker.country, "RU", "\(i.map { ($0.cue, $0.speaker.text) })")
    }

    /// "وصف" says something of what it describes ("ووصفه المتحدث باسمها ناصر كنعاني بأنه انتهاك"), but not what the
    /// wounded's condition was described as; "يذكر أن" is the outlet's background; "تابع" before لـ belongs
    /// and with an object pronoun follows: none of these has a speaker.
    func testDescriptionsBackgroundNotesAndWordsThatSayNothing() {
        let r = staged("وأدانت وزارة الخارجية الإيرانية الهجوم، ووصفه المتحدث باسمها ناصر كنعاني بأنه \"انتهاك صارخ لسيادة سوريا\".",
                       published: "2023-06-15")
        let described = r.statements.first { $0.cue == "ووصفه" }
        XCTAssertEqual(described?.speaker.country, "IR", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        XCTAssertEqual(described?.speaker.sector, .government)
        // (what a description names is no new event: "ووصفت الشرطة الهجوم بالإرهابي")
        let police = staged("وقالت الشرطة إن مهاجما ألقى عبوة على المجمع. ووصفت الشرطة الهجوم بالإرهابي.", published: "2017-01-01")
        XCTAssertEqual(police.statements.map(\.cue), ["وقالت", "ووصفت"])
        XCTAssertEqual(police.events.filter { $0.sentence == 1 }.count, 0, "\(police.events)")
        // (after a speaker of the text, whom a pronoun verb would go on with)
        for text in ["وأصيب خمسة أشخاص في الانفجار، وصفت حالة اثنين منهم بالخطيرة.",
                     "يذكر أن قوات الأمن اعتقلت المشتبه به الأسبوع الماضي.",
                     "وتبنت الجماعة الهجوم في تسجيل مصور تابعته وكالات الأنباء.",
                     "وقال الجيش إن الغارة أصابت مستودعا تابعا لجماعة مسلحة."] {
            let st = staged("وقالت الشرطة العراقية إن التحقيق مستمر. " + text, published: "2024-03-02").statements
            XCTAssertEqual(st.first?.speaker.country, "IQ")
            XCTAssertFalse(st.contains { ["وصفت", "يذكر", "تابعته", "تابعا"].contains($0.cue) }, "\(text) \(st.map(\.cue))")
        }
        // a phrase in بـ after "وصف" is what it was called, not who called it so
        let called = staged("وتوجه زعيم الحركة إلى المقاتلين الذين وصفهم بمجاهدي أرض القيروان، داعيا إياهم إلى الصلح.", published: "2014-01-01")
        XCTAssertFalse(called.statements.contains { $0.speaker.text?.hasPrefix("بمجاهدي") == true }, "\(called.statements.map { $0.speaker.text })")
    }

    /// A subject before a pluperfect verb may hold a name in quotes ("وكانت وكالة "فرانس برس" أفادت"), and what is
    /// said of the speaker between commas ("، ومقره لندن،") is not what the speaker said.
    func testAQuotedNameBeforeTheVerbAndAnApposition() {
        let r = staged("قال الجيش إن الهجوم فشل. وكانت وكالة \"فرانس برس\" أفادت بمقتل الوزير في العاصمة.", published: "2024-03-02")
        XCTAssertEqual(r.statements.first { $0.cue == "أفادت" }?.speaker.entity, "media:afp", "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        let text = "وقال المرصد السوري لحقوق الإنسان، ومقره لندن، إن الغارات أصابت مستودعا للأسلحة."
        let obs = staged(text, published: "2024-03-02").statements.first
        let said = obs?.content.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) } ?? ""
        XCTAssertTrue(said.hasPrefix("الغارات أصابت"), said)
        // sources and officials of an armed service are of its sector, and "مصادر" takes a feminine verb
        let sources = staged("وقالت مصادر أمنية عراقية إن القوات تقدمت. وقال مصدر عسكري إن الطائرات قصفت المواقع.", published: "2024-03-02").statements
        XCTAssertEqual(sources.map { $0.speaker.sector }, [.police, .military], "\(sources.map { ($0.cue, $0.speaker.text) })")
        XCTAssertEqual(sources.first?.speaker.country, "IQ")
    }

    /// "من دون أن يوضح", "دون أن يشير إلى": saying nothing is no statement; and a dateline of two words ("رام الله -")
    /// is not part of what is attributed at a sentence's end.
    func testSayingNothingAndATwoWordDateline() {
        let r = staged("وقال الوزير إن الاتفاق قريب، من دون أن يوضح طبيعة الضمانات. وزعم الجيش أن مواجهات اندلعت قرب القرية، دون أن يشير إلى هجوم المستوطنين.",
                       published: "2017-06-10")
        XCTAssertEqual(r.statements.map(\.cue), ["وقال", "وزعم"], "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        let text = "رام الله - هاجم مستوطنون قرية ترمسعيا، وفق ما أفاد رئيس المجلس القروي."
        let st = staged(text, published: "2024-06-23").statements.first
        let said = st?.content.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.start..<$0.end])) } ?? ""
        XCTAssertTrue(said.hasPrefix("هاجم مستوطنون"), said)
    }

    /// "وعقب انتشار الخبر، أغلق مئات المحتجين …، مطالبين بالكشف عن القتلة": past a time clause that opens the
    /// sentence, the participle's speaker is the counted protesters (before, the text's last speaker, a police source).
    func testAParticipleOfCountedProtestersAfterATimeClause() {
        let r = staged("وقال مصدر في الشرطة إن المسلحين فروا. وعقب انتشار الخبر، أغلق مئات المحتجين الغاضبين طرقا رئيسية في المدينة، "
                       + "مطالبين بالكشف عن القتلة.", published: "2024-03-06")
        let call = r.statements.first { $0.cue == "مطالبين" }
        XCTAssertEqual(call?.stance, .call)
        XCTAssertEqual(call?.speaker.sector, .civilians, "\(r.statements.map { ($0.cue, $0.speaker.text) })")
        XCTAssertEqual(call?.speaker.text, "مئات المحتجين الغاضبين")
    }

    /// The object pronoun of an accusation is the last actor the sentence named ("واتهمتها بمساندة الإرهاب" after
    /// Qatar), but "تتهم" and "اتهم" end in the letters of "هم" and carry none: their accused follows them.
    func testTheAccusedAsTheVerbsObjectPronoun() {
        let r = staged("وقطعت السعودية ومصر علاقاتهما مع قطر واتهمتها بمساندة الإرهاب.", published: "2017-06-06")
        XCTAssertEqual(r.events.first { $0.type == "ACCUSE" }?.target?.country, "QA", "\(r.events)")
        let named = staged("وقال مسؤول إماراتي إن الخلاف يتفاقم، وتتهم السعودية تحديدا قطر بدعم الجماعات الإرهابية.", published: "2017-06-06")
        let accusation = named.events.first { $0.type == "ACCUSE" }
        XCTAssertEqual(accusation?.source?.country, "SA", "\(named.events)")
        XCTAssertNotEqual(accusation?.target?.country, "AE", "\(named.events)")
    }

    /// A reply is saying with what introduces it ("ورد المحافظ بأن", "بالقول إن"), its own "بالقول" before the
    /// "بأنه" of the accusation it answers; "وردت" of a relative clause ("التي وردت في تقرير") and "ورد في" are
    /// "came, appeared", and "رد الجيش على مصادر النيران" says nothing.
    func testARepliesWithWhatIntroducesIt() {
        let governor = staged("ورد المحافظ بأن الوزارة تتحمل مسؤولية التأخير.", published: "2024-06-09").statements.first
        XCTAssertEqual(governor?.speaker.text, "المحافظ", "\(String(describing: governor))")
        XCTAssertEqual(governor?.content?.start, "ورد المحافظ بأن ".unicodeScalars.count)
        let text = "ورد مهدي جمعة، على الاتهامات الموجهة له بأنه رئيس حكومة جاء لبيع البلاد، بالقول إنه رفض مرارا التعليق."
        let reply = staged(text, published: "2017-02-01").statements.first
        XCTAssertEqual(reply?.content?.start, "ورد مهدي جمعة، على الاتهامات الموجهة له بأنه رئيس حكومة جاء لبيع البلاد، بالقول ".unicodeScalars.count,
                       "\(String(describing: reply))")
        for text in ["ووصف الأسد كافة الاتهامات التي وردت في تقرير المنظمة بأنها كاذبة.", "ورد في البيان بأن الجيش انسحب من المدينة.",
                     "ورد الجيش على مصادر النيران."] {
            let said = staged(text, published: "2017-02-01").statements
            XCTAssertFalse(said.contains { $0.cue.hasPrefix("ورد") }, "\(text) \(said)")
        }
    }

    /// "وأوضحت المنظمة" resumes the body the gazetteer knows ("المنظمة الدولية للهجرة"), though it has no state;
    /// "وزارة الصحة في الحكومة السورية المؤقتة" is a ministry of that government; and "، متهما إياه" accuses
    /// the actor that ends the clause before (none when that clause ends with no actor the text knows).
    func testAResumedBodyAMinistryInAGovernmentAndADetachedPronoun() {
        let iom = staged("قالت المنظمة الدولية للهجرة إن 61 مهاجرا غرقوا قبالة زوارة. وأوضحت المنظمة أن القارب انطلق من زوارة.",
                         published: "2024-06-09").statements
        XCTAssertEqual(iom.count, 2, "\(iom)")
        XCTAssertNotNil(iom.first?.speaker.entity)
        XCTAssertEqual(iom.last?.speaker.entity, iom.first?.speaker.entity)
        let ministry = staged("وقالت وزارة الصحة في الحكومة السورية المؤقتة إن خمسة أشخاص قتلوا.", published: "2024-06-09").statements.first
        XCTAssertEqual(ministry?.speaker.country, "SY", "\(String(describing: ministry))")
        XCTAssertEqual(ministry?.speaker.text, "وزارة الصحة في الحكومة السورية المؤقتة")
        let attack = staged("وشن وزير المالية الليبي هجوما لاذعا على محافظ المصرف المركزي الليبي، متهما إياه بتعطيل صرف المرتبات.",
                            published: "2024-06-09").events
        XCTAssertFalse(attack.contains { $0.type == "ASSAULT" }, "\(attack)")
        XCTAssertEqual(attack.first { $0.type == "ACCUSE" }?.target?.text, "محافظ المصرف المركزي الليبي", "\(attack)")
        let lePen = staged("وأوضح ماكرون أنه يؤمن بفرنسا التعددية ولكنه لا يؤمن بفرنسا مارين لوبن، متهما إياها بسرد الأكاذيب.",
                           published: "2017-05-04").events.first { $0.type == "ACCUSE" }
        XCTAssertNotEqual(lePen?.target?.country, "FR", "\(String(describing: lePen))")
        // an office, its holder after a comma: the speaker is the person, and "منصر" alone resumes him
        let holder = staged("اعتبر الأمين العام لحراك تونس الإرادة، عدنان منصر أن الانتخابات ممكنة تقنيا. وأوضح منصر أن هناك صعوبات.",
                            published: "2017-03-01").statements
        XCTAssertEqual(holder.first?.speaker.text, "الأمين العام لحراك تونس الإرادة، عدنان منصر", "\(holder)")
        XCTAssertEqual(holder.count, 2)
        XCTAssertEqual(holder.last?.speaker.entity, holder.first?.speaker.entity)
        XCTAssertNotNil(holder.first?.speaker.entity)
    }

    /// An office of a body with its holder between commas, a rank before his name ("الناطق باسم القيادة العامة
    /// للقوات المسلحة الليبية، العقيد أحمد المسماري، المواطنين": the citizens are whom he calls on, not he), and a
    /// source's wish to stay unnamed ("طلب عدم كشف هويته") is no call and not what he said (ANT sentences).
    func testARankedHolderBetweenCommasAndAnUnnamedSource() {
        let call = staged("دعا الناطق باسم القيادة العامة للقوات المسلحة الليبية، العقيد أحمد المسماري، المواطنين إلى تقييد حركة التنقل.",
                          published: "2017-03-06")
        XCTAssertEqual(call.statements.first?.speaker.text, "الناطق باسم القيادة العامة للقوات المسلحة الليبية، العقيد أحمد المسماري",
                       "\(call.statements)")
        XCTAssertEqual(call.events.first { $0.type == "REQUEST" }?.target?.sector, .civilians, "\(call.events)")
        let text = "وقال عقيد في شرطة محافظة الأنبار طلب عدم كشف هويته إن المقبرة الجماعية تضم نحو 400 جثة."
        let colonel = staged(text, published: "2017-03-12")
        XCTAssertFalse(colonel.statements.contains { $0.stance == .call }, "\(colonel.statements)")
        XCTAssertEqual(colonel.statements.first?.content?.start, "وقال عقيد في شرطة محافظة الأنبار طلب عدم كشف هويته إن ".unicodeScalars.count,
                       "\(colonel.statements)")
        XCTAssertEqual(colonel.statements.first?.speaker.sector, .police)
    }

    /// A dateline with its agency in brackets ("بيروت (أ ف ب) -", "مقديشو (رويترز) -") is not what a closing "وفق ما
    /// أفاد" attributes.
    func testADatelineWithItsAgencyInBrackets() {
        for (dateline, published) in [("بيروت (أ ف ب) - ", "2024-02-20"), ("بيروت (رويترز) - ", "2024-02-20")] {
            let text = dateline + "قتل عنصران من حزب الله في غارة على سيارة عند مدخل بلدة الناقورة، وفق ما أفاد مصدر أمني لبناني."
            let said = staged(text, published: published).statements.first
            XCTAssertEqual(said?.content?.start, dateline.unicodeScalars.count, "\(String(describing: said))")
        }
    }

    /// A member of a body speaks for it ("وقال عضو في المجلس الرئاسي، إن", "عضو المكتب السياسي لحزب التحرير"), so
    /// does a doctor by his honorific ("الدكتور شانكار"), a delegation is a head ("رئيس وفد الحكومة السودانية"), the press is a speaker ("ونقلت وسائل إعلام جزائرية أن"),
    /// and a verb coordinated after a clause's subject and object goes on with the subject ("وانتقد ترامب وسائل
    /// الإعلام وقال", ANT), not with the object.
    func testMembersDelegationsThePressAndACoordinatedSaying() {
        func first(_ text: String) -> Statement? { staged(text, published: "2017-02-01").statements.first }
        XCTAssertEqual(first("وقال عضو في المجلس الرئاسي، إن موكب السراج تعرض لإطلاق نار.")?.speaker.text, "عضو في المجلس الرئاسي")
        XCTAssertEqual(first("وقال رئيس وفد الحكومة السودانية إن الاتفاق يشمل فتح ممرات آمنة.")?.speaker.country, "SD")
        XCTAssertEqual(first("ونقلت وسائل إعلام جزائرية أن 4 عناصر من الدرك أصيبوا بجروح.")?.speaker.country, "DZ")
        XCTAssertEqual(first("ونقلت وسائل إعلام جزائرية أن 4 عناصر من الدرك أصيبوا بجروح.")?.speaker.sector, .media)
        // (the press takes a feminine verb: "وقالت وسائل إعلام تركية إن")
        XCTAssertEqual(first("قالت وسائل إعلام تركية إن ضابط شرطة توفي متأثرا بجروحه.")?.speaker.country, "TR")
        let trump = staged("وانتقد ترامب وسائل الإعلام وقال \"أنا في حرب مفتوحة مع وسائل الإعلام\".", published: "2017-02-01").statements
        XCTAssertTrue(trump.contains { $0.cue == "وقال" && $0.speaker.entity == "person:donald-trump" }, "\(trump)")
        // an honorific before a name is a speaker's head (ANT: the doctor was the press the text named before)
        let doctor = staged("وقالت وسائل اعلام هندية إن الصرصار أزيل. وقال الدكتور شانكار، رئيس قسم الأنف في مستشفى ستانلي: \"لو بقي لمات\".",
                            published: "2017-02-01").statements
        XCTAssertEqual(doctor.last?.speaker.text, "الدكتور شانكار", "\(doctor)")
        // (a quantifier ends the name: "ونفى الحاج أبو يوسف أي اقتتال")
        XCTAssertEqual(first("ونفى الحاج أبو يوسف أي اقتتال طائفي في العراق.")?.speaker.text, "الحاج أبو يوسف")
    }

    /// Speakers told in other ways: a broken plural with its feminine verb ("وقالت لجان المقاومة"), a given name with
    /// the article ("المتحدث باسمها الفاتح قرشي") that speaks for the group "باسمها" resumes, an office's body behind لـ
    /// ("المتحدث باسم القائد العام للقوات المسلحة يحيى رسول"), the given name "باسم" after the office, a holder the
    /// entity stage did not find between commas ("وزير الخارجية، سامح شكري، إن"), whose family name alone resumes him
    /// before "أنه", a body's own name in quotes ("منظمة "أنا يقظ""), and an unnamed source's clause ("مصدر عسكري تحدث
    /// لوكالة فرانس برس").
    func testCommitteesGivenNamesWithTheArticleAndHoldersTheListsLack() {
        let committees = staged("وقالت لجان المقاومة في بيان إن عناصر الدعم السريع اقتحموا القرية.", published: "2024-06-06").statements.first
        XCTAssertEqual(committees?.speaker.text, "لجان المقاومة")
        XCTAssertEqual(committees?.speaker.sector, .civilians)
        let rsf = staged("نفت قوات الدعم السريع استهداف المدنيين، وقال المتحدث باسمها الفاتح قرشي إن قواتها اشتبكت مع مستنفرين.",
                         published: "2024-06-06")
        let spokesman = rsf.statements.first { $0.cue == "وقال" }
        XCTAssertEqual(spokesman?.speaker.text, "المتحدث باسمها الفاتح قرشي")
        XCTAssertEqual(spokesman?.speaker.entity, "group:rsf")
        XCTAssertEqual(rsf.events.first { $0.type == "ASSAULT" }?.source?.entity, "group:rsf", "\(rsf.events)")
        let office = staged("وقال المتحدث باسم القائد العام للقوات المسلحة يحيى رسول إن الغارات انتهاك للسيادة.", published: "2024-01-23")
        XCTAssertEqual(office.statements.first?.speaker.text, "المتحدث باسم القائد العام للقوات المسلحة يحيى رسول")
        let basim = staged("واعتبرها المتحدث باسم الحكومة باسم العوادي \"انتهاكا للسيادة العراقية\".", published: "2024-01-23")
        XCTAssertEqual(basim.statements.first?.speaker.text, "المتحدث باسم الحكومة باسم العوادي")
        // (a quotation opening what was said is part of it, as its closing mark is)
        if let c = basim.statements.first?.content {
            XCTAssertEqual(String(String.UnicodeScalarView(Array(("واعتبرها المتحدث باسم الحكومة باسم العوادي \"انتهاكا للسيادة العراقية\".").unicodeScalars)[c.start..<c.end])),
                           "\"انتهاكا للسيادة العراقية\".")
        } else { XCTFail("no content") }
        let minister = staged("وقال وزير الخارجية، سامح شكري، إن مصر ترفض. وأوضح شكري أنه لا تفاوض.", published: "2024-01-23").statements
        XCTAssertEqual(minister.first?.speaker.text, "وزير الخارجية، سامح شكري")
        XCTAssertEqual(minister.last?.speaker.text, "شكري", "\(minister)")
        XCTAssertEqual(minister.last?.speaker.sector, .government)
        let quoted = staged("قالت منظمة \"أنا يقظ\" إن رئيس المجلس منعها من البث.", published: "2024-01-23").statements.first
        XCTAssertEqual(quoted?.speaker.text, "منظمة \"أنا يقظ\"")
        let source = staged("وقصف الجيش مواقع الدعم السريع، بحسب مصدر عسكري تحدث لوكالة فرانس برس.", published: "2024-06-06").statements.first
        XCTAssertEqual(source?.speaker.text, "مصدر عسكري")
    }

    /// A title after a definite body is the verb's object, not part of the body's name ("اعتقلت الشرطة القيادي في
    /// حزب …", a leader being a title); an office then a given name and a family name the lists lack ("المحامي
    /// كريم الورتاني"); an apposition before a frame whose noun is a saying ("، عضو هيئة الدفاع، في تصريح لإذاعة …
    /// إن"); a participle after a framing opener ("وفي سياق متصل،") that goes on with its own clause's subject and
    /// a compound given name ("صلاح الدين الجورشي"); a pluperfect speaker before "قد" and, with no subject between,
    /// the verb's pronoun; and a bare ministry of the state the dateline names.
    func testTitlesAfterABodyPluperfectSpeakersAndTheDatelinesState() {
        let arrest = staged("اعتقلت الشرطة القيادي في حزب العمال حمة الهمامي بمنزله في العاصمة.", published: "2023-05-10").events.first
        XCTAssertEqual(arrest?.mode, "arrest", "\(String(describing: arrest))")
        XCTAssertEqual(arrest?.source?.text, "الشرطة")
        XCTAssertTrue(arrest?.target?.text?.hasPrefix("القيادي في حزب العمال") ?? false, "\(String(describing: arrest))")
        let lawyer = staged("وقال المحامي كريم الورتاني، عضو هيئة الدفاع، في تصريح لإذاعة شمس إن موكله لم يبلغ بأي تهمة.", published: "2023-05-10").statements.first
        XCTAssertEqual(lawyer?.speaker.text, "المحامي كريم الورتاني")
        let text = "وقال المحامي كريم الورتاني، عضو هيئة الدفاع، في تصريح لإذاعة شمس إن موكله لم يبلغ بأي تهمة."
        if let c = lawyer?.content {
            XCTAssertTrue(String(String.UnicodeScalarView(Array(text.unicodeScalars)[c.start..<c.end])).hasPrefix("موكله"))
        } else { XCTFail("no content") }
        // (a definite feminine body takes no masculine word as its adjective: "انتقدت الهيئة القرار")
        XCTAssertEqual(staged("انتقدت الهيئة القرار.", published: "2023-05-10").statements.first?.speaker.text, "الهيئة")
        let union = staged("انتقدت الهيئة القرار. وفي سياق متصل، لوح رئيس نقابة الصحفيين صلاح الدين الجورشي بتنفيذ إضراب عام، محذرا الحكومة من المساس بحرية الصحافة.",
                           published: "2023-05-10").statements.last
        XCTAssertEqual(union?.cue, "محذرا")
        XCTAssertEqual(union?.speaker.text, "رئيس نقابة الصحفيين صلاح الدين الجورشي", "\(String(describing: union))")
        let earlier = staged("وكانت منظمة هيومن رايتس ووتش قد دعت السلطات المصرية إلى الإفراج عن المعتقلين.", published: "2023-05-10")
        XCTAssertEqual(earlier.statements.first?.speaker.entity, "org:hrw", "\(earlier.statements)")
        XCTAssertEqual(earlier.events.first { $0.type == "REQUEST" }?.target?.country, "EG")
        let pronoun = staged("نددت منظمة العفو الدولية بالأحكام. وكانت قد دعت السلطات إلى الحوار.", published: "2023-05-10").statements.last
        XCTAssertEqual(pronoun?.speaker.entity, "org:amnesty", "\(String(describing: pronoun))")
        let dated = staged("الجزائر - نفت وزارة الداخلية في بيان وجود أي دوافع سياسية وراء التوقيفات.", published: "2023-05-10").statements.first
        XCTAssertEqual(dated?.speaker.country, "DZ", "\(String(describing: dated))")
        // "وأضاف البيان" is the statement's author; "وشدد المصدر" the source told before, whatever body it spoke for
        let statement = staged("وقالت وزارة الداخلية المصرية في بيان إن ضابطا قتل. وأضاف البيان أن الضابط يحمل رتبة ملازم.", published: "2023-05-10").statements
        XCTAssertEqual(statement.last?.speaker.country, "EG", "\(statement)")
        XCTAssertEqual(statement.last?.speaker.text, "البيان")
        let source = staged("وقال مصدر مسؤول في الخارجية القطرية إن الدوحة ستلاحق القراصنة. وشدد المصدر على أن قطر ستتخذ الإجراءات.", published: "2023-05-10").statements
        XCTAssertEqual(source.last?.speaker.country, "QA", "\(source)")
        XCTAssertEqual(source.last?.speaker.sector, .government)
        // "النائب عن حزب …": a member's body after عن
        let member = staged("قال النائب عن حزب نداء تونس، حسام بونني، إن الحكم قاس. وأضاف بونني أن الحزب يحترم القضاء.", published: "2023-05-10").statements
        XCTAssertEqual(member.first?.speaker.entity, "group:nidaa-tounes", "\(member)")
        XCTAssertEqual(member.first?.speaker.text, "النائب عن حزب نداء تونس، حسام بونني")
        XCTAssertEqual(member.last?.speaker.text, "بونني")
        // "بيان صادر عن الرئاسة …" is the body's; "نفس المصدر" resumes the source as "المصدر نفسه" does
        let issued = staged("وقال بيان صادر عن الرئاسة الفلسطينية إن الحكم مخالف للقانون.", published: "2023-05-10").statements.first
        XCTAssertEqual(issued?.speaker.country, "PS", "\(String(describing: issued))")
        XCTAssertEqual(issued?.speaker.text, "بيان صادر عن الرئاسة الفلسطينية")
        let same = staged("وقال مصدر أمني مصري إن الهجوم وقع فجرا. وأشار نفس المصدر إلى أن المهاجمين فروا.", published: "2023-05-10").statements.last
        XCTAssertEqual(same?.speaker.text, "نفس المصدر")
        XCTAssertEqual(same?.speaker.country, "EG", "\(String(describing: same))")
        // "المتحدث عن البيت الأبيض": عن for باسم before a body the gazetteer knows (not "المتحدث عن الأزمة")
        XCTAssertEqual(staged("وكشف المتحدث عن البيت الأبيض أن ترامب تحدث مع ترودو.", published: "2023-05-10").statements.first?.speaker.entity, "org:white-house")
        XCTAssertEqual(staged("وقال المتحدث عن الأزمة إن الحل قريب.", published: "2023-05-10").statements.first?.speaker.text, "المتحدث")
        // (with no dateline, no state is guessed)
        XCTAssertNil(staged("نفت وزارة الداخلية في بيان وجود أي دوافع سياسية وراء التوقيفات.", published: "2023-05-10").statements.first?.speaker.country)
    }

    func testOrgansNamedWithTheirOwnerAfterLam() {
        // an organ or office of no state, its owner after لـ, is the owner's; an administration of a place is of
        // that place's state; whom a source spoke to is no owner
        let bureau = staged("وقال المكتب السياسي لحركة حماس في بيان إن القصف استهدف المدنيين.", published: "2024-01-16").statements.first
        XCTAssertEqual(bureau?.speaker.entity, "group:hamas", "\(String(describing: bureau))")
        XCTAssertEqual(bureau?.speaker.text, "المكتب السياسي لحركة حماس")
        let centre = staged("وقال المركز الإعلامي لقوات سوريا الديمقراطية إن الاحتلال التركي يواصل استهداف المدنيين.", published: "2024-01-16").statements.first
        XCTAssertEqual(centre?.speaker.entity, "group:sdf", "\(String(describing: centre))")
        let commander = staged("وقال القائد العام لقوات سوريا الديمقراطية مظلوم عبدي إن الهجمات لن تمر.", published: "2024-01-16").statements.first
        XCTAssertEqual(commander?.speaker.text, "القائد العام لقوات سوريا الديمقراطية مظلوم عبدي", "\(String(describing: commander))")
        XCTAssertEqual(commander?.speaker.country, "SY")
        let command = staged("وقالت القيادة المركزية للجيش الأمريكي إن الضربة أصابت مخزنا للأسلحة.", published: "2024-01-16").statements.first
        XCTAssertEqual(command?.speaker.country, "US", "\(String(describing: command))")
        XCTAssertEqual(command?.speaker.sector, .military)
        let council = staged("وقال المجلس المحلي لمدينة الحسكة إن المياه انقطعت عن الأحياء.", published: "2024-01-16").statements.first
        XCTAssertEqual(council?.speaker.country, "SY", "\(String(describing: council))")
        XCTAssertEqual(council?.speaker.text, "المجلس المحلي لمدينة الحسكة")
        // (a government named by its seat: "حكومة غزة" is of Palestine though the article names no other place there)
        let gaza = staged("وقال المكتب الإعلامي لحكومة غزة إن القصف دمر المستشفى.", published: "2024-01-16").statements.first
        XCTAssertEqual(gaza?.speaker.country, "PS", "\(String(describing: gaza))")
        // (an official "في" a body the gazetteer knows by its owner: the Autonomous Administration)
        let official = staged("ونفى مسؤول في الإدارة الذاتية لشمال وشرق سوريا، طلب عدم ذكر اسمه، وجود أي عناصر من الحزب في المنطقة.",
                              published: "2024-01-16").statements.first
        XCTAssertEqual(official?.speaker.entity, "group:aanes", "\(String(describing: official))")
        XCTAssertEqual(official?.stance, .deny)
        // not the addressee, nor a diplomat's posting
        let told = staged("وقال مصدر أمني لوكالة الأنباء الليبية إن مجموعة مسلحة اعترضت السيارة.", published: "2024-01-16").statements.first
        XCTAssertEqual(told?.speaker.text, "مصدر أمني", "\(String(describing: told))")
        XCTAssertNil(told?.speaker.country)
        let envoy = staged("وقال المبعوث الأممي لسوريا إن الحل سياسي.", published: "2024-01-16").statements.first
        XCTAssertNil(envoy?.speaker.country, "\(String(describing: envoy))")
        // the party named before, resumed by the owner's label: "المكتب السياسي للحزب"
        let party = staged("قال حزب المسار إن الانتخابات مهددة. وأكد المكتب السياسي للحزب على ضرورة توحيد الصف الديمقراطي.", published: "2024-01-16").statements.last
        XCTAssertEqual(party?.speaker.entity, "org:حزب-المسار", "\(String(describing: party))")
        // an office of an institution in the construct state keeps its body: "رئيس مجلس شورى حركة النهضة"
        let shura = staged("قال رئيس مجلس شورى حركة النهضة إن الحوار متواصل.", published: "2024-01-16").statements.first
        XCTAssertEqual(shura?.speaker.entity, "group:ennahda", "\(String(describing: shura))")
        // a council named by its head word is resumed by it: "ودعا المجلس" after "مجلس الأمن"
        let unsc = staged("أدان مجلس الأمن الدولي الهجوم. ودعا المجلس، الدول الأعضاء إلى التعاون.", published: "2024-01-16").statements.last
        XCTAssertEqual(unsc?.speaker.entity, "org:un-security-council", "\(String(describing: unsc))")
        // two who say one thing: the second is no part of what was said
        let both = "واعتبر مجلس الرئاسة والمتظاهرون «عملية التكريم تنصلا من المسؤولية».", st = staged(both, published: "2024-01-16")
        if let c = st.statements.first?.content {
            XCTAssertTrue(String(String.UnicodeScalarView(Array(both.unicodeScalars)[c.start..<c.end])).hasPrefix("«عملية"), "\(st.statements)")
        } else { XCTFail("no content: \(st.statements)") }
        XCTAssertFalse(st.events.contains { $0.type == "PROTEST" }, "\(st.events)")
    }

    /// A relative clause's past verb is said by its antecedent; not a present verb, which describes it, nor a verb
    /// that does not agree with the relative or whose object pronoun resumes the antecedent.
    func testWhatARelativeClauseSays() {
        let hrw = staged("ونفت حكومة بوركينا فاسو تقارير منظمة هيومن رايتس ووتش التي اتهمت الجيش بقتل أكثر من 200 مدني.", published: "2024-06-15")
        XCTAssertEqual(hrw.statements.first { $0.cue == "اتهمت" }?.speaker.entity, "org:hrw", "\(hrw.statements)")
        XCTAssertEqual(hrw.contradictions.count, 1, "\(hrw.contradictions)")
        let egypt = staged("عبرت تركيا عن استعدادها للمساهمة في حل الخلاف بين قطر ومصر التي أعلنت اليوم قطع علاقاتها مع الدوحة.", published: "2017-06-05")
        XCTAssertEqual(egypt.events.first { $0.type == "SANCTION" }?.source?.country, "EG", "\(egypt.events)")
        let asked = staged("ترحب تركيا بقيادات جماعة الإخوان المسلمين المصرية التي طلبت منها قطر المغادرة.", published: "2017-06-05")
        XCTAssertEqual(asked.statements.first { $0.cue == "طلبت" }?.speaker.country, "QA", "\(asked.statements)")
        let unagreeing = staged("لا علاقة لحزبها بالجبهة الديمقراطية التي أعلن عن تكوينها رئيس حزب الاتحاد الوطني الحر.", published: "2017-06-05")
        XCTAssertNotEqual(unagreeing.statements.first { $0.cue == "أعلن" }?.speaker.text, "الجبهة الديمقراطية", "\(unagreeing.statements)")
        let describing = staged("وانتقد نتنياهو النظام الإيراني الذي يدعو إلى تدمير إسرائيل.", published: "2017-06-05")
        XCTAssertFalse(describing.statements.contains { $0.cue == "يدعو" }, "\(describing.statements)")
    }

    /// Syria's civil defence, the White Helmets, is a civilian body, not the government's, and the UN envoy's name
    /// ("غير بيدرسون", whose given name is also "other than") is his.
    func testTheWhiteHelmetsAndTheEnvoyForSyria() {
        let r = staged("وقال الدفاع المدني السوري (الخوذ البيضاء) إن تسعة مدنيين قتلوا في غارات على جسر الشغور. "
                       + "ودان المبعوث الأممي إلى سوريا غير بيدرسون التصعيد.", published: "2024-10-20")
        let helmets = r.statements.first
        XCTAssertEqual(helmets?.speaker.entity, "org:white-helmets", "\(r.statements)")
        XCTAssertEqual(helmets?.speaker.sector, .civilians)
        let envoy = r.statements.last
        XCTAssertEqual(envoy?.speaker.text, "المبعوث الأممي إلى سوريا غير بيدرسون", "\(r.statements)")
        XCTAssertEqual(envoy?.stance, .accuse)
    }

    /// "يبلغ من العمر" tells an age and "يُدعى" (written with ى) a name: neither reports anything ("يدّعي", written
    /// with ي, claims).
    func testAnAgeAndANameAreNoStatements() {
        let age = staged("وقتل شاب يبلغ من العمر 22 عاما في ضاحية أولنيه سو بوا، وقالت الشرطة إنها فتحت تحقيقا.", published: "2017-02-11")
        XCTAssertEqual(age.statements.map(\.cue), ["وقالت"], "\(age.statements)")
        let name = staged("وذكرت الصحيفة أنه سوري وعمره 28 عاما ويدعى نعيم الحامد.", published: "2016-04-09")
        XCTAssertEqual(name.statements.map(\.cue), ["وذكرت"], "\(name.statements)")
        let claim = staged("ويدعي المحامي أن موكله كان في منزله ليلة الحادث.", published: "2016-04-09")
        XCTAssertEqual(claim.statements.map(\.cue), ["ويدعي"], "\(claim.statements)")
    }
}
