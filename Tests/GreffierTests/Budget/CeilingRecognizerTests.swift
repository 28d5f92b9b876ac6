import Testing

@testable import Greffier

/// Ceilings: `à concurrence de`, `plafond de`, `dans la limite de`, `le montant total … s'élève à`;
/// amounts only mentioned are none.
@Suite struct CeilingRecognizerTests {
    typealias R = BudgetTestRun

    struct CeilingCase: Sendable, CustomTestStringConvertible {
        let text: String
        let euros: [Int64]
        var testDescription: String { text.debugDescription }
    }

    static let ceilings: [CeilingCase] = [
        .init(text: "La DINSIC est tenue à ses obligations à concurrence de 400\u{A0}000\u{A0}€.", euros: [400_000]),
        .init(text: "dans la limite d\u{2019}un plafond de dépenses de 400 000 € en AE et en CP", euros: [400_000]),
        .init(text: "dans la limite de 250 000 euros.", euros: [250_000]),
        .init(text: "Le montant total de la délégation s'élève à 1,5 M€.", euros: [1_500_000]),
        .init(text: "le montant global des crédits délégués est fixé à 75 000 €", euros: [75_000]),
        .init(text: "Le plafond des dépenses est de 90 000 €.", euros: [90_000]),
        // Both phrases of seed 002 name the same amount: one mention each.
        .init(text: "à concurrence de 400 000 €.\nDans la limite d'un plafond de 400 000 € en AE et en CP.", euros: [400_000, 400_000]),
    ]

    @Test(arguments: ceilings)
    func readsCeiling(testCase: CeilingCase) {
        let (_, results) = R.recognize(CeilingRecognizer(), testCase.text)
        #expect(results.budget.ceilings.map(\.amount.cents) == testCase.euros.map { $0 * 100 })
    }

    static let notCeilings: [String] = [
        "obtient un cofinancement de 200 000 € au titre du FAST dont 15 000 € en coaching",
        "prévoir une enveloppe de cofinancement à hauteur de 200 000 €",
        "Le délégataire est tenu au respect de ses obligations à concurrence des crédits alloués par le délégant.",
        "ne pourra pas dépasser la limite du montant total alloué par le délégué selon l'article 11",
        "dans la limite de 3 mois",
        "Le montant total figure en annexe. Le marché vaut 20 000 €.",
    ]

    @Test(arguments: notCeilings)
    func findsNoCeiling(text: String) {
        let (_, results) = R.recognize(CeilingRecognizer(), text)
        #expect(results.budget.ceilings.isEmpty)
    }

    /// Through the pipeline: one value is the ceiling; two different ones leave it null with
    /// a warning; a schedule read inside a laid-out table is not a second table.
    @Test func pipelineCeilings() {
        #expect(TestRun.extract("à concurrence de 400 000 €. Un plafond de 400 000 €.").budget.ceiling == R.amount(400_000))
        let conflict = TestRun.extract("à concurrence de 400 000 €. Un plafond de 500 000 €.")
        #expect(conflict.budget.ceiling == nil)
        #expect(conflict.findings.map(\.code).contains(.budgetCeilingConflict))
    }
}
