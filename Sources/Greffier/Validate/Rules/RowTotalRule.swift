/// `table.row-total-mismatch`: a `total` column's cell differs from the sum of the row's other
/// amount cells (seed 000: `AE et CP 2026` + `CP sur AE2025` = `Total CP 2026 ...`).
struct RowTotalRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        var result: [Finding] = []
        for table in record.budget.tables {
            let totals = table.columns.indices.filter { table.columns[$0].measure == .total }
            // With several total columns nobody can say which cells each one totals.
            guard totals.count == 1, let totalColumn = totals.first else { continue }
            for row in table.rows where totalColumn < row.cells.count {
                guard let stated = row.cells[totalColumn] else { continue }
                let parts = row.cells.indices.filter { $0 != totalColumn && table.columns[$0].measure != nil }
                let values = parts.compactMap { row.cells[$0] }
                // A missing cell makes the sum unknown: nothing to compare.
                guard !values.isEmpty, values.count == parts.count, let sum = Amount.sum(values) else { continue }
                if sum != stated {
                    let names = parts.map { "« \(table.columns[$0].header) »" }.joined(separator: " + ")
                    result.append(Finding(
                        .tableRowTotalMismatch,
                        text: "ligne « \(row.label) » : \(names) vaut \(sum.frenchText), la colonne « \(table.columns[totalColumn].header) » indique \(stated.frenchText)",
                        span: table.span))
                }
            }
        }
        return result
    }
}
