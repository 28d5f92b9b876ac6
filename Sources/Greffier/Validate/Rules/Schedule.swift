/// The act's AE/CP schedule: the tables whose amount columns are exactly AE and CP, one row
/// per year (tables mixing other measures, like seed 000's CP on earlier AE, are not schedules).
struct Schedule {
    let ae: Amount
    let cp: Amount
    let span: Span

    /// Nil when the record has no complete AE/CP schedule, or when its sums overflow.
    init?(_ budget: Budget) {
        var ae: [Amount] = []
        var cp: [Amount] = []
        var span: Span?
        for table in budget.tables {
            let measures = table.columns.map(\.measure)
            // Two measures that are AE and CP, in either order (no set to build for each table).
            guard measures.count == 2,
                (measures[0] == .ae && measures[1] == .cp) || (measures[0] == .cp && measures[1] == .ae),
                let aeColumn = measures.firstIndex(of: .ae), let cpColumn = measures.firstIndex(of: .cp)
            else { continue }
            for row in table.rows where !row.isTotal {
                if row.cells.count > aeColumn, let cell = row.cells[aeColumn] { ae.append(cell) }
                if row.cells.count > cpColumn, let cell = row.cells[cpColumn] { cp.append(cell) }
            }
            span = span ?? table.span
        }
        guard let span, let aeTotal = Amount.sum(ae), let cpTotal = Amount.sum(cp) else { return nil }
        self.ae = aeTotal
        self.cp = cpTotal
        self.span = span
    }
}
