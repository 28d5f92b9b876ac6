/// `table.column-total-mismatch`: a TOTAL row's cell differs from the sum of its column.
struct ColumnTotalRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        var result: [Finding] = []
        for table in record.budget.tables {
            let body = table.rows.filter { !$0.isTotal }
            for total in table.rows where total.isTotal {
                for (column, stated) in total.cells.enumerated() {
                    guard let stated, column < table.columns.count else { continue }
                    let cells = body.compactMap { column < $0.cells.count ? $0.cells[column] : nil }
                    // A sum past 64 bits is no total anyone wrote: nothing to compare.
                    guard !cells.isEmpty, let sum = Amount.sum(cells) else { continue }
                    if sum != stated {
                        result.append(Finding(
                            .tableColumnTotalMismatch,
                            text: "la somme de la colonne « \(table.columns[column].header) » vaut \(sum.frenchText), la ligne \(total.label) indique \(stated.frenchText)",
                            span: table.span))
                    }
                }
            }
        }
        return result
    }
}
