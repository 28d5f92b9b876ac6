import Testing

@testable import Greffier

/// The budget rules on tables shaped like the corpus's: consistent ones stay quiet, each
/// inconsistency raises its code with the numbers in the message.
struct BudgetRuleTests {
    typealias F = RuleFixtures

    /// Seed 000's annex: AE et CP 2026 | CP sur AE2025 | Total, three rows and a TOTAL.
    static func seed000(total: Amount = F.amount(557_794, cents: 2), rowTotal: Amount = F.amount(614_917)) -> Budget {
        Budget(ceiling: nil, tables: [F.table([.aeCp, .cp, .total], rows: [
            ("AQUASISE", false, [F.amount(274_000), F.amount(340_917), rowTotal]),
            ("SIRIPH2G", false, [F.amount(121_250), F.amount(119_825, cents: 2), F.amount(241_075, cents: 2)]),
            ("SILAV", false, [F.amount(115_000), F.amount(97_052), F.amount(212_052)]),
            ("TOTAL", true, [F.amount(510_250), total, F.amount(1_068_044, cents: 2)]),
        ])])
    }

    /// Seed 002's schedule with its 400 000 € ceiling.
    static func seed002(ceiling: Amount = F.amount(400_000), cp2018: Amount = F.amount(351_895)) -> Budget {
        Budget(ceiling: ceiling, tables: [F.table([.ae, .cp], rows: [
            ("2017", false, [F.amount(296_210), F.amount(48_105)]),
            ("2018", false, [F.amount(103_790), cp2018]),
        ])])
    }

    static let rules: [any ValidationRule] = [ColumnTotalRule(), RowTotalRule(), AECPBalanceRule(), CeilingRule()]

    func findings(_ budget: Budget) -> [Finding] {
        let record = F.record(budget: budget)
        return Self.rules.flatMap { $0.findings(for: record) }
    }

    @Test func consistentTablesAreQuiet() {
        #expect(findings(Self.seed000()).isEmpty)
        #expect(findings(Self.seed002()).isEmpty)
    }

    @Test func columnTotalMismatchStatesBothNumbers() {
        let raised = findings(Self.seed000(total: F.amount(557_749, cents: 2)))
        // The TOTAL row's own cells no longer add up either: both rules speak.
        #expect(F.codes(raised) == [.tableColumnTotalMismatch, .tableRowTotalMismatch])
        #expect(raised.first?.message == "la somme de la colonne « col1 » vaut 557 794,02 €, la ligne TOTAL indique 557 749,02 €")
    }

    @Test func rowTotalMismatch() {
        let raised = findings(Self.seed000(rowTotal: F.amount(614_916)))
        // The row no longer adds up, and neither does the total column.
        #expect(F.codes(raised) == [.tableColumnTotalMismatch, .tableRowTotalMismatch])
        #expect(raised.last?.message.contains("614 917,00 €") == true)
    }

    @Test func rowWithMissingCellIsNotSummed() {
        let budget = Budget(tables: [F.table([.ae, .cp, .total], rows: [("2025", false, [F.amount(10), nil, F.amount(99)])])])
        #expect(findings(budget).isEmpty)
    }

    @Test func cpShortOfAEAndCeilingMismatch() {
        let raised = findings(Self.seed002(cp2018: F.amount(300_000)))
        #expect(F.codes(raised) == [.budgetAECPMismatch, .budgetCeilingMismatch])
        #expect(raised.first?.message.contains("n'atteignent pas") == true)
        #expect(raised.last?.message.contains("348 105,00 €") == true)
    }

    @Test func ceilingDifferentFromBothTotals() {
        let raised = findings(Self.seed002(ceiling: F.amount(450_000)))
        #expect(F.codes(raised) == [.budgetCeilingMismatch, .budgetCeilingMismatch])
    }

    /// Seed 000's CP on earlier AE make CP exceed AE legitimately: not a schedule, no finding.
    @Test func tableMixingMeasuresIsNoSchedule() {
        #expect(Schedule(Self.seed000().self) == nil)
    }
}
