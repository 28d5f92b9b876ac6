import Testing

@testable import Greffier

/// What column headers say their columns measure.
@Suite struct ColumnHeaderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let measure: BudgetTable.Column.Measure?
        let year: Int?
        let namesAmounts: Bool
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Case] = [
        .init(text: "AE", measure: .ae, year: nil, namesAmounts: true),
        .init(text: "CP", measure: .cp, year: nil, namesAmounts: true),
        .init(text: "AE et CP 2026 (TTC)", measure: .aeCp, year: 2026, namesAmounts: true),
        // What stands after `sur` says which AE the CP pay: the column measures CP.
        .init(text: "CP sur AE2025 (TTC)", measure: .cp, year: nil, namesAmounts: true),
        .init(text: "Total CP 2026 sur AE 2025 et AE 2026", measure: .total, year: 2026, namesAmounts: true),
        .init(text: "AE/CP", measure: .aeCp, year: nil, namesAmounts: true),
        .init(text: "Autorisations d'engagement", measure: .ae, year: nil, namesAmounts: true),
        .init(text: "Crédits de paiement 2025", measure: .cp, year: 2025, namesAmounts: true),
        .init(text: "AE 2025", measure: .ae, year: 2025, namesAmounts: true),
        .init(text: "Montant (€)", measure: nil, year: nil, namesAmounts: true),
        .init(text: "2026", measure: nil, year: 2026, namesAmounts: true),
        .init(text: "Fonds", measure: nil, year: nil, namesAmounts: false),
        .init(text: "Intitulés / application", measure: nil, year: nil, namesAmounts: false),
        .init(text: "CODIFICATION CHORUS", measure: nil, year: nil, namesAmounts: false),
        .init(text: "25/05/2023", measure: nil, year: 2023, namesAmounts: false),
    ]

    @Test(arguments: cases)
    func readsMeasureAndYear(testCase: Case) {
        let bytes = Array(testCase.text.utf8)
        let header = ColumnHeader(bytes, ranges: [TextRange(0, bytes.count)])
        #expect(header.measure == testCase.measure)
        #expect(header.year == testCase.year)
        #expect(header.namesAmounts == testCase.namesAmounts)
        #expect(header.text == testCase.text)
        #expect(header.repairs.isEmpty)
    }

    /// Seed 001 writes its CP header in Cyrillic letters С Р (bytes d0a1 d0a0): read as `CP`,
    /// with a repair that keeps the text as it stands.
    @Test(arguments: ["\u{421}\u{420}", "\u{421}P", "\u{410}\u{415}"])
    func readsLookAlikeLetters(text: String) throws {
        let bytes = Array(text.utf8)
        let header = ColumnHeader(bytes, ranges: [TextRange(0, bytes.count)])
        let repair = try #require(header.repairs.first)
        #expect(repair.raw == text)
        #expect(repair.rule == .budgetHomoglyph)
        #expect(header.text == repair.value)
        #expect(header.measure == (repair.value == "CP" ? .cp : .ae))
    }

    /// A Cyrillic word that spells no header word is left alone.
    @Test func leavesOtherCyrillicWordsAlone() {
        let bytes = Array("Сумма".utf8)
        let header = ColumnHeader(bytes, ranges: [TextRange(0, bytes.count)])
        #expect(header.repairs.isEmpty)
        #expect(header.text == "Сумма")
    }

    /// A header wrapped onto two lines reads as one.
    @Test func readsWrappedHeader() {
        let text = "AE et CP\n2026 (TTC)"
        let bytes = Array(text.utf8)
        let header = ColumnHeader(bytes, ranges: [TextRange(0, 8), TextRange(9, bytes.count)])
        #expect(header.text == "AE et CP 2026 (TTC)")
        #expect(header.measure == .aeCp)
        #expect(header.year == 2026)
    }

    @Test(arguments: [
        ("EXERCICE 2026 - Projets SI DGS sous pilotage DNS confiés à la DNUM - Programme 204", 2026),
        ("Crédits délégués au titre de l'année 2025", 2025),
        ("Échéancier 2025-2026", nil as Int?),
        ("Liste des projets", nil),
    ])
    func readsTitleYear(title: String, year: Int?) {
        #expect(ColumnHeader.titleYear(title) == year)
    }
}
