import Testing

@testable import Greffier

/// `FindingMessage` gives the text a `String` interpolation of the same literal gives.
struct RecordPerfFindingMessageTests {
    static let words = ["", "a", "é", "« Gérard »", "Ⱥ\u{0301}", "\r\n", String(repeating: "ab", count: 60), "\u{0}x"]

    @Test(arguments: words)
    func stringsAsInterpolated(_ word: String) {
        let message: FindingMessage = "« \(word) » et \(word)\(word) (fin \(word))"
        #expect(message.text == "« \(word) » et \(word)\(word) (fin \(word))")
        #expect(Array(message.text.utf8) == Array("« \(word) » et \(word)\(word) (fin \(word))".utf8))
    }

    @Test(arguments: [0, 7, -1, 2024, Int.max, Int.min])
    func numbersAsInterpolated(_ number: Int) {
        let message: FindingMessage = "l'année \(number), \(number)"
        #expect(Array(message.text.utf8) == Array("l'année \(number), \(number)".utf8))
    }

    @Test func otherValuesAsInterpolated() throws {
        let date = try #require(CalendarDate(year: 2024, month: 3, day: 1))
        let substring = "abc déf".dropFirst(2)
        let optional: String? = "x"
        let dated: FindingMessage = "le \(date) et \(substring) \(RepairRule.dateOCR) \(optional as Any)"
        #expect(dated.text == "le \(date) et \(substring) \(RepairRule.dateOCR) \(optional as Any)")
        let plain: FindingMessage = "sans valeur"
        #expect(plain.text == "sans valeur")
        let finding = Finding(.norYearMismatch, text: "le NOR \("X") porte l'année \(2020)", span: nil)
        #expect(finding == Finding(.norYearMismatch, "le NOR X porte l'année 2020", span: nil))
    }
}
