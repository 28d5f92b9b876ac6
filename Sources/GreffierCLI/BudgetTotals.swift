import Greffier

/// The act's total AE and CP for the one-row-per-document CSV: the sums of its tables' AE
/// columns and CP columns (an `AE et CP` column counts for both), total rows and `total`
/// columns left out since they repeat the other cells. Nil when no table has such a column.
struct BudgetTotals {
    var ae: Amount?
    var cp: Amount?

    init(_ budget: Budget) {
        var ae: Int64?
        var cp: Int64?
        for table in budget.tables {
            for (index, column) in table.columns.enumerated() {
                let countsAE = column.measure == .ae || column.measure == .aeCp
                let countsCP = column.measure == .cp || column.measure == .aeCp
                guard countsAE || countsCP else { continue }
                let sum = table.rows.filter { !$0.isTotal }.reduce(Int64(0)) { total, row in
                    total + (index < row.cells.count ? row.cells[index]?.cents ?? 0 : 0)
                }
                if countsAE { ae = (ae ?? 0) + sum }
                if countsCP { cp = (cp ?? 0) + sum }
            }
        }
        self.ae = ae.map { Amount(cents: $0) }
        self.cp = cp.map { Amount(cents: $0) }
    }
}
