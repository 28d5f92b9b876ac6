import Foundation
import Testing

@testable import Greffier

/// Tables built to overflow what the budget code counts or adds: found crashing and hanging
/// while hunting for what the fuzzer's short inputs cannot reach.
@Suite struct HostileTableTests {
    /// Large enough that a column's sum passes 2⁶³ cents.
    @Test func sumsPastSixtyFourBitsAreNotCompared() {
        var text = "Année\tAE\tCP\n"
        for _ in 0..<10_000 { text += "2021\t9 999 999 999 999,99 €\t9 999 999 999 999,99 €\n" }
        text += "TOTAL\t1 €\t1 €\n"
        let input = Array(text.utf8)
        let record = Hostile.extract(input)
        Hostile.expectSound(record, input)
        #expect(record.budget.tables.first?.rows.count == 10_001)
        // No total anyone wrote is that large: neither the column check nor the schedule's.
        #expect(record.findings.isEmpty)
    }

    @Test func placementsTooManyToTryLeaveCellsEmpty() throws {
        let input = try regression("crash-missing-cells-placement-count-overflow.txt")
        let record = Hostile.extract(input)
        Hostile.expectSound(record, input)
        #expect(record.budget.tables.first?.rows.count == 70)
        #expect(record.findings.count == 70)
        #expect(Set(record.findings.map(\.code)) == [.budgetCellAmbiguous])
    }

    @Test func manyAmountsUnderManyColumnsAreNotListedOneByOne() throws {
        let input = try regression("timeout-missing-cells-combinations.txt")
        let record = Hostile.extract(input)
        Hostile.expectSound(record, input)
        #expect(record.budget.tables.first?.columns.count == 40)
        // Each of the row's 20 amounts is left unplaced, and said so.
        #expect(record.findings.filter { $0.code == .budgetCellAmbiguous }.count == 20)
    }

    static let sums: [([Int64], Int64?)] = [
        ([1, 2, 3], 6), ([], 0), ([.max, 1], nil), ([.min, -1], nil), ([.max, -1, 1], .max),
    ]

    @Test(arguments: sums)
    func sumsExactlyOrNotAtAll(cents: [Int64], total: Int64?) {
        #expect(Amount.sum(cents.map { Amount(cents: $0) })?.cents == total)
    }

    @Test(arguments: [
        (5, 2, 10), (40, 20, 4097), (70, 1, 70), (3, 4, 0), (1000, 500, 4097), (Int.max, 2, 4097), (6, 0, 1),
    ])
    func countsPlacementsWithoutListingThem(n: Int, k: Int, ways: Int) {
        #expect(MissingCells.binomial(n, k, cap: 4097) == ways)
    }

    private func regression(_ name: String) throws -> [UInt8] {
        let url = Hostile.root.appendingPathComponent("Tests/Fuzz/Regressions/\(name)")
        return try [UInt8](Data(contentsOf: url))
    }
}
