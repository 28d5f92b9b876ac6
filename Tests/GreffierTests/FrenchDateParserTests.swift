import Testing
@testable import Greffier

@Suite struct FrenchDateParserTests {
    /// The date at the first token of `text`, and what it covers.
    static func parse(_ text: String) -> (date: String, covered: String)? {
        let document = Document(bytes: Array(text.utf8))
        guard let (date, next) = FrenchDateParser.parse(document, at: 0) else { return nil }
        let end = document.tokens[next - 1].end
        return (date.description, document.text(TextRange(0, end)))
    }

    @Test(arguments: [
        ("14 octobre 2004", "2004-10-14", "14 octobre 2004"),
        ("14 octobre 2004 relatif", "2004-10-14", "14 octobre 2004"),
        ("1er janvier 2020", "2020-01-01", "1er janvier 2020"),
        ("01 janvier 2020", "2020-01-01", "01 janvier 2020"),
        ("4 mai\n2012 modifié", "2012-05-04", "4 mai\n2012"),
        ("29 février 2024", "2024-02-29", "29 février 2024"),
        ("29 février 2000", "2000-02-29", "29 février 2000"),
        ("30 août 2021", "2021-08-30", "30 août 2021"),
        ("30 aout 2021", "2021-08-30", "30 aout 2021"),
        ("15 DÉCEMBRE 2020", "2020-12-15", "15 DÉCEMBRE 2020"),
        ("31 décembre 2099", "2099-12-31", "31 décembre 2099"),
        ("14/04/2021", "2021-04-14", "14/04/2021"),
        ("14/04/2021.", "2021-04-14", "14/04/2021"),
        ("1/4/2021", "2021-04-01", "1/4/2021"),
    ])
    func parsesDates(text: String, iso: String, covered: String) throws {
        let found = try #require(Self.parse(text))
        #expect(found.date == iso)
        #expect(found.covered == covered)
    }

    /// Dates that do not exist and strings that are not dates at all.
    @Test(arguments: [
        "31 février 2020",
        "29 février 2023",
        "29 février 1900",
        "31 avril 2021",
        "32 janvier 2020",
        "0 janvier 2020",
        "14/13/2021",
        "31/06/2021",
        "0204-11-08",
        "2025 185000 €",
        "12-129-FA17",
        "2004-1085",
        "14 octobre 04",
        "14 octobre",
        "octobre 2004",
        "14 brumaire 2004",
        "14 / 04 / 2021",
        "14/04/21",
        "204 octobre 2004",
        "1e janvier 2020",
        "",
    ])
    func rejectsNonDates(text: String) {
        #expect(Self.parse(text) == nil)
    }

    /// A written date whose day does not exist is still seen as a date (so that it can be
    /// reported), with no value; a code or an amount is not seen as a date at all.
    @Test(arguments: [
        ("31 février 2020", true), ("31 avril 2021", true),
        ("0204-11-08", false), ("2025 185000 €", false), ("12-129-FA17", false), ("14 octobre", false),
    ])
    func matchTellsInvalidDatesFromNonDates(text: String, written: Bool) {
        let document = Document(bytes: Array(text.utf8))
        let match = FrenchDateParser.match(document, at: 0)
        #expect((match != nil) == written)
        #expect(match?.date == nil)
    }

    /// The parser reads at the given token, not before: a date later in the text is found there.
    @Test func parsesAtTheGivenToken() throws {
        let document = Document(bytes: Array("Vu l'arrêté du 4 mai 2012".utf8))
        #expect(FrenchDateParser.parse(document, at: 0) == nil)
        let du = try #require(document.tokens.indices.first { document.isWord($0, "du") })
        #expect(FrenchDateParser.parse(document, at: du) == nil)
        let (date, next) = try #require(FrenchDateParser.parse(document, at: du + 1))
        #expect(date == CalendarDate(year: 2012, month: 5, day: 4))
        #expect(next == document.tokens.count)
    }

    /// A day opening its line or a table cell is a day all the same.
    @Test(arguments: ["Fait à Paris, le\n14 octobre 2004", "Date\t14 octobre 2004", "Vu\n\n14 octobre 2004"])
    func dayAfterLineBreakOrTab(text: String) throws {
        let document = Document(bytes: Array(text.utf8))
        let day = try #require(document.tokens.indices.first { document.text(of: $0) == "14" })
        let (date, _) = try #require(FrenchDateParser.parse(document, at: day))
        #expect(date.description == "2004-10-14")
    }

    @Test(arguments: [
        (2024, 2, 29, true), (2023, 2, 29, false), (1900, 2, 29, false), (2000, 2, 29, true),
        (2021, 4, 31, false), (2021, 13, 1, false), (2021, 0, 1, false), (2021, 1, 0, false), (999, 1, 1, false),
    ])
    func calendarDateValidity(year: Int, month: Int, day: Int, valid: Bool) {
        #expect((CalendarDate(year: year, month: month, day: day) != nil) == valid)
    }

    @Test func calendarDatePrintsISO() throws {
        #expect(try #require(CalendarDate(year: 2004, month: 1, day: 5)).description == "2004-01-05")
    }
}
