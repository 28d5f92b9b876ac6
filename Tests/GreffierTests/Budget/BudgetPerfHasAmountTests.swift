import Testing

@testable import Greffier

/// `MoneyScanner.hasAmount` stops at the first amount `amounts` finds: it answers whether
/// `amounts` finds any, on every line and clause of the corpus and on made-up stretches.
@Suite struct BudgetPerfHasAmountTests {
    static func check(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        let found = !MoneyScanner.amounts(bytes, from: start, to: end).isEmpty
        #expect(MoneyScanner.hasAmount(bytes, from: start, to: end) == found, "\(start)..<\(end)")
        return found
    }

    @Test func corpusLinesAndClauses() {
        var found = 0
        for document in Hostile.corpusDocuments() + AwkwardInputs.all.map({ Document(bytes: $0) }) {
            for line in LineCells.lines(document) where Self.check(document.bytes, line.start, line.end) { found += 1 }
            for clause in document.clauses.clauses {
                let start = document.tokens[clause.first].start
                if Self.check(document.bytes, start, document.tokens[clause.end - 1].end) { found += 1 }
            }
            _ = Self.check(document.bytes, 0, document.bytes.count)
        }
        #expect(found > 10)
    }

    /// Every stretch of short texts: amounts cut at either end, numbers without a marker, a
    /// label word's number, several amounts.
    @Test(arguments: [
        "150 000 €", "programme 204 150 000 €", "14/04/2021 et 2 000 €", "1 000 € et 2 000 € en AE", "article 12",
        "12 k€ ; 3 M€", "0204-11-08 100 EUR", "Montant : 48 105,50 euros", "2026", "n° 12 3 000 €",
    ])
    func everyStretch(text: String) {
        let bytes = Array(text.utf8)
        for start in 0...bytes.count {
            for end in start...bytes.count { _ = Self.check(bytes, start, end) }
        }
    }
}
