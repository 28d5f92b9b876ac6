/// Checks placements of a table's lone amounts against its evidence (TOTAL row, CP reaching
/// AE) without copying the table for each: the cells already placed are summed once, and a
/// trial adds only its own amounts. Up to 4096 trials of a 100,000-row table would otherwise
/// copy and re-add every row each time.
struct PlacementTrial {
    private let rows: [DraftRow]
    private let pending: [Int]
    /// Per column, the sum of the placed cells of every row but TOTAL rows; nil on overflow.
    private let placedSums: [Int64?]
    /// The first TOTAL row, whose cells the evidence states.
    private let totalIndex: Int?
    private let columnCount: Int

    init(_ rows: [DraftRow], pending: [Int], columnCount: Int) {
        self.rows = rows
        self.pending = pending
        self.columnCount = columnCount
        var sums = [Int64?](repeating: 0, count: columnCount)
        for row in rows where !row.isTotal {
            for (column, cell) in row.cells.enumerated() where column < columnCount {
                if let cell { sums[column] = Self.add(sums[column], cell.cents) }
            }
        }
        placedSums = sums
        totalIndex = rows.firstIndex(where: \.isTotal)
    }

    /// Whether placing each pending row's lone amounts in `choice[position]`'s columns makes
    /// the evidence hold.
    func holds(_ evidence: MissingCells.Evidence, _ choice: [[Int]]) -> Bool {
        var sums = placedSums
        var totalCells = totalIndex.map { rows[$0].cells } ?? []
        for (position, index) in pending.enumerated() {
            for (lone, column) in zip(rows[index].lone, choice[position]) where column < columnCount {
                if index == totalIndex {
                    totalCells[column] = lone.amount.amount
                } else if !rows[index].isTotal {
                    sums[column] = Self.add(sums[column], lone.amount.amount.cents)
                }
            }
        }
        switch evidence {
        case .totalRow:
            guard totalIndex != nil else { return false }
            return (0..<columnCount).allSatisfy { column in
                guard column < totalCells.count, let stated = totalCells[column] else { return true }
                return sums[column] == stated.cents
            }
        case .balance(let ae, let cp):
            guard ae < columnCount, cp < columnCount, let aeSum = sums[ae] else { return false }
            return aeSum == sums[cp]
        }
    }

    private static func add(_ sum: Int64?, _ cents: Int64) -> Int64? {
        guard let sum else { return nil }
        let (result, overflow) = sum.addingReportingOverflow(cents)
        return overflow ? nil : result
    }
}
