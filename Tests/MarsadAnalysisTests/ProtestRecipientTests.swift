import XCTest
@testable import MarsadAnalysis

/// Whom a protest is against when its own words name no one: the state whose act it denounces, or the force
/// that dispersed or fought the crowd; never a guess. Sentences in
/// the style of Arabic wire news, with the real entity stage.
final class ProtestRecipientTests: XCTestCase {
    let entities = EntityStage()

    func protest(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> Event {
        let sentences = testSentences(text)
        let events = EventStage().run(text: text, sentences: sentences, published: "2009-01-05", entities: entities.run(text: text)).events
        return try XCTUnwrap(events.first { $0.type == "PROTEST" }, "no PROTEST in \(text)", file: file, line: line)
    }

    /// The recipient of the sentence's protest has this country, sector and (when given) text.
    func assertRecipient(_ text: String, country: String, sector: Sector, words: String? = nil,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let target = try protest(text, file: file, line: line).target
        XCTAssertEqual(target?.country, country, file: file, line: line)
        XCTAssertEqual(target?.sector, sector, file: file, line: line)
        if let words { XCTAssertEqual(target?.text, words, file: file, line: line) }
    }

    func testDenouncedActNamesItsState() throws {
        try assertRecipient("واحتشد مئات المحتجين في وسط عمّان ورفعوا لافتات تندد بالعدوان الإسرائيلي على غزة.", country: "IL", sector: .military)
        try assertRecipient("وتظاهر آلاف الطلاب في وسط القاهرة احتجاجا على الغارات الأمريكية على العراق.", country: "US", sector: .military)
    }

    func testInterveningForceIsTheRecipient() throws {
        try assertRecipient("واستخدمت الشرطة المصرية أمس قنابل مسيلة للدموع لتفريق الف متظاهر احتجوا على ارتفاع الأسعار.", country: "EG", sector: .police)
        try assertRecipient("وخرج المئات في مسيرة تطالب بالإفراج عن المعتقلين، واشتبك المتظاهرون مع قوات الأمن البحرينية في قرية سترة.",
                            country: "BH", sector: .police, words: "قوات الأمن البحرينية")
    }

    /// The government of the place is only a plausible recipient: the record does not guess one.
    func testNoRecipientIsInvented() throws {
        XCTAssertNil(try protest("وتظاهر آلاف المعلمين في شوارع عمّان مطالبين بزيادة الرواتب.").target)
        XCTAssertNil(try protest("وتظاهر الآلاف في تل أبيب احتجاجا على حملة اليمين المتطرف ضد الجمعيات اليسارية.").target)
    }
}
