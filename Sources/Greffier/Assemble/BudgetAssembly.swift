/// The budget: its tables in text order (a prose schedule inside a laid-out table is the same
/// table read twice, and is dropped), its ceiling when the act states one value, and the
/// findings and repairs made reading them.
extension Assembler {
    func assembleBudget(_ found: BudgetRecognitions, into record: inout DocumentRecord,
                        repairs: inout [(TextRange, Repair)])
    {
        let layouts = found.tables.filter { $0.origin == .layout }
        let kept = found.tables.filter { table in
            table.origin == .layout || !layouts.contains { $0.range.start < table.range.end && table.range.start < $0.range.end }
        }.sorted { $0.range.start < $1.range.start }
        for table in kept {
            record.budget.tables.append(
                BudgetTable(title: table.title, columns: table.columns, rows: table.rows, span: span(table.range)))
            for repair in table.repairs where !repairs.contains(where: { $0.0 == repair.range }) {
                let pending = PendingRepair(raw: repair.raw, rule: repair.rule)
                repairs.append((repair.range, makeRepair(repair.range, repair.value, pending)))
            }
            record.findings += table.findings.map { Finding($0.code, $0.message, span: $0.range.map(span)) }
        }
        var values: [Amount] = []
        for mention in found.ceilings.sorted(by: { $0.range.start < $1.range.start }) where !values.contains(mention.amount) {
            values.append(mention.amount)
        }
        if values.count == 1 {
            record.budget.ceiling = values.first
        } else if values.count > 1, let first = found.ceilings.min(by: { $0.range.start < $1.range.start }) {
            record.findings.append(Finding(
                .budgetCeilingConflict,
                "le texte fixe plusieurs plafonds (\(values.map(\.frenchText).joined(separator: ", "))) ; aucun n'est retenu",
                span: span(first.range)))
        }
    }
}
