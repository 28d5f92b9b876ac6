/// The act's AE/CP schedule: the tables whose amount columns are exactly AE and CP, one row
/// per year (tables mixing other measures, like seed 000's CP on earlier AE, are not schedules).
struct Schedule {
    let ae: Amount
    let cp: Amount
    let span: Span

    /// Nil when the record has no complete AE/CP schedule.
    init?(_ budget: Budget) {
        var ae: Int64 = 0
        var cp: Int64 = 0
        var span: Span?
        for table in budget.tables {
            let measures = table.columns.map(\.measure)
            guard measures.count == 2, Set(measures.compactMap { $0 }) == [.ae, .cp],
                let aeColumn = measures.firstIndex(of: .ae), let cpColumn = measures.firstIndex(of: .cp)
            else { continue }
            for row in table.rows where !row.isTotal {
                ae += row.cells.count > aeColumn ? row.cells[aeColumn]?.cents ?? 0 : 0
                cp += row.cells.count > cpColumn ? row.cells[cpColumn]?.cents ?? 0 : 0
            }
            span = span ?? table.span
        }
        guard let span else { return nil }
        self.ae = Amount(cents: ae)
        self.cp = Amount(cents: cp)
        self.span = span
    }
}
