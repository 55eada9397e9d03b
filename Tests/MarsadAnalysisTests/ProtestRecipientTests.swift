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

    func testDenouncedActNamesItsState() throws {
        let banners = try protest("واحتشد مئات المحتجين في وسط عمّان ورفعوا لافتات تندد بالعدوان الإسرائيلي على غزة.")
        XCTAssertEqual(banners.target?.country, "IL")
        XCTAssertEqual(banners.target?.sector, .military)
        let raids = try protest("وتظاهر آلاف الطلاب في وسط القاهرة احتجاجا على الغارات الأمريكية على العراق.")
        XCTAssertEqual(raids.target?.country, "US")
    }

    func testInterveningForceIsTheRecipient() throws {
        let dispersed = try protest("واستخدمت الشرطة المصرية أمس قنابل مسيلة للدموع لتفريق الف متظاهر احتجوا على ارتفاع الأسعار.")
        XCTAssertEqual(dispersed.target?.country, "EG")
        XCTAssertEqual(dispersed.target?.sector, .police)
        let clash = try protest("وخرج المئات في مسيرة تطالب بالإفراج عن المعتقلين، واشتبك المتظاهرون مع قوات الأمن البحرينية في قرية سترة.")
        XCTAssertEqual(clash.target?.country, "BH")
        XCTAssertEqual(clash.target?.text, "قوات الأمن البحرينية")
    }

    /// The government of the place is only a plausible recipient: the record does not guess one.
    func testNoRecipientIsInvented() throws {
        XCTAssertNil(try protest("وتظاهر آلاف المعلمين في شوارع عمّان مطالبين بزيادة الرواتب.").target)
        XCTAssertNil(try protest("وتظاهر الآلاف في تل أبيب احتجاجا على حملة اليمين المتطرف ضد الجمعيات اليسارية.").target)
    }
}
