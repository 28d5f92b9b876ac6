import Greffier

/// The act's total AE and CP for the one-row-per-document CSV: the sums of its tables' AE
/// columns and CP columns (an `AE et CP` column counts for both), total rows and `total`
/// columns left out since they repeat the other cells. Nil when no table has such a column,
/// or when the sum passes 64 bits (a hostile table of trillion-euro cells: no total anyone wrote).
struct BudgetTotals {
    var ae: Amount?
    var cp: Amount?

    init(_ budget: Budget) {
        var ae: [Amount]?
        var cp: [Amount]?
        for table in budget.tables {
            for (index, column) in table.columns.enumerated() {
                let countsAE = column.measure == .ae || column.measure == .aeCp
                let countsCP = column.measure == .cp || column.measure == .aeCp
                guard countsAE || countsCP else { continue }
                let cells = table.rows.filter { !$0.isTotal }.compactMap { index < $0.cells.count ? $0.cells[index] : nil }
                // Appended in place: thousands of tables must not copy the cells each time.
                if countsAE {
                    if ae == nil { ae = [] }
                    ae?.append(contentsOf: cells)
                }
                if countsCP {
                    if cp == nil { cp = [] }
                    cp?.append(contentsOf: cells)
                }
            }
        }
        self.ae = ae.flatMap { Amount.sum($0) }
        self.cp = cp.flatMap { Amount.sum($0) }
    }
}
