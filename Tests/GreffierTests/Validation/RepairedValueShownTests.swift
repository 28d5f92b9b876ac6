import Testing
@testable import Greffier

/// A repaired value's raw text shows its line ends as `⏎`, as the split and join on `\n` did.
@Suite struct RepairedValueShownTests {
    @Test(arguments: ["", "x", "a\nb", "\n", "\n\n", "a\r\nb", "\r\n", "a\rb", "é\nè", "a\n\u{301}b", "12 345,00", "a\u{2028}b"])
    func shownAsTheSplit(_ raw: String) {
        #expect(RepairedValueRule.shown(raw) == raw.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎"))
    }
}
