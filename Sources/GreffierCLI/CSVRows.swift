import Greffier

/// The rows of `--format csv` (one per document) and `--format csv-budget` (one per budget cell).
enum CSVRows {
    static let documentHeader = [
        "path", "kind", "date", "nor", "delegant", "delegataire", "programme",
        "totalAE", "totalCP", "errors", "warnings", "inputError",
    ]

    static let budgetHeader = [
        "path", "table", "title", "row", "group", "totalRow", "column", "measure", "year", "amount",
    ]

    /// Several values in one cell (two délégataires, two programmes) are joined by ` | `, which
    /// neither names nor numbers contain.
    static let joiner = " | "

    static func document(_ record: DocumentRecord, style: CSVStyle) -> String {
        let errors = record.findings.filter { $0.severity == .error }.count + (record.error == nil ? 0 : 1)
        let warnings = record.findings.filter { $0.severity == .warning }.count
        func parties(_ role: Party.Role) -> String {
            record.parties.filter { $0.role == role }.map(\.name).joined(separator: joiner)
        }
        let unread = record.error != nil
        let totals = BudgetTotals(record.budget)
        return style.row([
            record.source.path,
            unread ? "" : record.kind.rawValue,
            record.date?.description ?? "",
            record.nor?.value ?? "",
            parties(.delegant),
            parties(.delegataire),
            record.programmes.map(\.number).joined(separator: joiner),
            style.amount(totals.ae),
            style.amount(totals.cp),
            String(errors),
            String(warnings),
            record.error?.code.rawValue ?? "",
        ])
    }

    static func budget(_ record: DocumentRecord, style: CSVStyle) -> String {
        var text = ""
        for (tableIndex, table) in record.budget.tables.enumerated() {
            for row in table.rows {
                for (columnIndex, cell) in row.cells.enumerated() {
                    // An empty cell is no amount: a row per value keeps sums in pivot tables right.
                    guard let cell, columnIndex < table.columns.count else { continue }
                    let column = table.columns[columnIndex]
                    text += style.row([
                        record.source.path,
                        String(tableIndex + 1),
                        table.title ?? "",
                        row.label,
                        row.group ?? "",
                        row.isTotal ? "1" : "0",
                        column.header,
                        column.measure?.rawValue ?? "",
                        column.year.map(String.init) ?? "",
                        style.amount(cell),
                    ])
                }
            }
        }
        return text
    }
}
