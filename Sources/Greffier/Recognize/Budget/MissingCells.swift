/// Places the amounts of rows that hold fewer amounts than their table has columns (seed 003:
/// `AE CP` / `2025 185000 € 50 000 €` / `2026 135000 €`), on evidence and never silently:
/// 1. horizontal position, when the layout kept it (in the complete rows each amount stands
///    under its own header);
/// 2. else the TOTAL row: the one placement where every column adds up to it;
/// 3. else, with one AE and one CP column, the rule that over the act's life the CP reach the
///    AE: the one placement where both add up to the same.
/// Each placement raises `budget.cell-inferred` saying which evidence decided; an amount no
/// evidence places leaves its cells null and raises `budget.cell-ambiguous`.
enum MissingCells {
    /// Beyond this many placements to try, the evidence is too thin anyway.
    private static let maximumPlacements = 4096

    static func resolve(_ rows: inout [DraftRow], columns: [BudgetTable.Column], header: HeaderRow)
        -> [Recognitions.PendingFinding]
    {
        var findings = absentCells(rows, columns: columns)
        if header.layout == .spaces, layoutKept(rows, header: header) {
            findings += placeByPosition(&rows, columns: columns, header: header)
        }
        let pending = rows.indices.filter { !rows[$0].lone.isEmpty }
        guard !pending.isEmpty else { return findings }
        return findings + placeByTotals(&rows, pending: pending, columns: columns)
    }

    /// Tab rows shorter than their header: their amounts stay in the columns their tabs give.
    private static func absentCells(_ rows: [DraftRow], columns: [BudgetTable.Column]) -> [Recognitions.PendingFinding] {
        rows.filter { !$0.absentColumns.isEmpty && $0.cells.contains { $0 != nil } }.map { row in
            let absent = row.absentColumns.map { "« \(columns[$0].header) »" }.joined(separator: ", ")
            return .init(code: .budgetCellInferred,
                         message: "ligne « \(row.label) » : pas de cellule \(absent) ; ses montants restent dans les colonnes où les placent les tabulations",
                         range: row.line)
        }
    }

    /// Whether every amount of every complete row stands under its own header.
    private static func layoutKept(_ rows: [DraftRow], header: HeaderRow) -> Bool {
        let complete = rows.filter(\.isComplete)
        guard !complete.isEmpty else { return false }
        return complete.allSatisfy { row in
            row.extents.enumerated().allSatisfy { column, extent in
                guard let extent else { return false }
                let slot = header.amounts[column]
                return extent.overlaps(.init(start: slot.column, end: slot.endColumn))
            }
        }
    }

    private static func placeByPosition(_ rows: inout [DraftRow], columns: [BudgetTable.Column], header: HeaderRow)
        -> [Recognitions.PendingFinding]
    {
        var findings: [Recognitions.PendingFinding] = []
        for index in rows.indices where !rows[index].lone.isEmpty {
            let row = rows[index]
            let choices = row.lone.map { lone in
                header.amounts.indices.filter { column in
                    let slot = header.amounts[column]
                    return row.cells[column] == nil && lone.extent.overlaps(.init(start: slot.column, end: slot.endColumn))
                }
            }
            let chosen = choices.compactMap { $0.count == 1 ? $0.first : nil }
            guard chosen.count == row.lone.count, Set(chosen).count == chosen.count else { continue }
            for (lone, column) in zip(row.lone, chosen) {
                rows[index].cells[column] = lone.amount.amount
                findings.append(.init(
                    code: .budgetCellInferred,
                    message: "ligne « \(row.label) » : \(lone.amount.amount.frenchText) placé en « \(columns[column].header) » d'après sa position, sous cet en-tête",
                    range: TextRange(lone.amount.start, lone.amount.end)))
            }
            rows[index].lone = []
        }
        return findings
    }

    enum Evidence {
        case totalRow(String)
        case balance(ae: Int, cp: Int)
    }

    private static func placeByTotals(_ rows: inout [DraftRow], pending: [Int], columns: [BudgetTable.Column])
        -> [Recognitions.PendingFinding]
    {
        let evidence = self.evidence(rows, columns: columns)
        // Each pending row: the empty columns its lone amounts may go to, in order.
        let empty = pending.map { index in rows[index].cells.indices.filter { rows[index].cells[$0] == nil } }
        // Counted before any is listed: 70 rows of two choices are 2⁷⁰ placements, and a
        // row of 20 amounts under 40 columns has 10¹¹ ways by itself.
        var placements = 1
        for (position, index) in pending.enumerated() where placements <= maximumPlacements {
            let ways = binomial(empty[position].count, rows[index].lone.count, cap: maximumPlacements + 1)
            placements = min(placements * max(1, ways), maximumPlacements + 1)
        }
        var fitting: [[[Int]]] = []
        if let evidence, placements <= maximumPlacements {
            let options = pending.indices.map { combinations(of: empty[$0], choose: rows[pending[$0]].lone.count) }
            let trial = PlacementTrial(rows, pending: pending, columnCount: columns.count)
            for choice in product(options) where trial.holds(evidence, choice) { fitting.append(choice) }
        }
        let decided = fitting.count == 1 ? fitting.first : nil
        var resolved = rows
        if let decided {
            for (position, index) in pending.enumerated() {
                for (lone, column) in zip(rows[index].lone, decided[position]) { resolved[index].cells[column] = lone.amount.amount }
            }
        }
        var findings: [Recognitions.PendingFinding] = []
        for (position, index) in pending.enumerated() {
            let row = rows[index]
            for (order, lone) in row.lone.enumerated() {
                let range = TextRange(lone.amount.start, lone.amount.end)
                guard let decided, let evidence else {
                    let names = row.cells.indices.filter { row.cells[$0] == nil }.map { "« \(columns[$0].header) »" }
                    findings.append(.init(
                        code: .budgetCellAmbiguous,
                        message: "ligne « \(row.label) » : rien ne dit dans quelle colonne (\(names.joined(separator: " ou "))) va \(lone.amount.amount.frenchText) ; cellule laissée vide",
                        range: range))
                    continue
                }
                let column = decided[position][order]
                findings.append(.init(code: .budgetCellInferred,
                                      message: "ligne « \(row.label) » : \(lone.amount.amount.frenchText) placé en « \(columns[column].header) » : \(reason(evidence, resolved))",
                                      range: range))
            }
            resolved[index].lone = []
        }
        rows = resolved
        return findings
    }

    /// The evidence the table offers: a TOTAL row, else one AE and one CP column.
    private static func evidence(_ rows: [DraftRow], columns: [BudgetTable.Column]) -> Evidence? {
        if let total = rows.first(where: \.isTotal) { return .totalRow(total.label) }
        let ae = columns.indices.filter { columns[$0].measure == .ae }
        let cp = columns.indices.filter { columns[$0].measure == .cp }
        guard ae.count == 1, cp.count == 1, let aeColumn = ae.first, let cpColumn = cp.first else { return nil }
        return .balance(ae: aeColumn, cp: cpColumn)
    }

    private static func reason(_ evidence: Evidence, _ rows: [DraftRow]) -> String {
        switch evidence {
        case .totalRow(let label):
            return "c'est la seule place où chaque colonne a pour somme la ligne « \(label) »"
        case .balance(let ae, _):
            let total = Amount(cents: sum(rows, ae) ?? 0).frenchText
            return "c'est la seule place où, sur la durée de l'acte, les CP atteignent les AE (\(total) chacun)"
        }
    }

    /// The column's sum in cents, nil when it overflows (then no placement holds).
    private static func sum(_ rows: [DraftRow], _ column: Int) -> Int64? {
        Amount.sum(rows.filter { !$0.isTotal }.compactMap { $0.cells[column] })?.cents
    }

    /// `n` choose `k`, or `cap` when it is `cap` or more.
    static func binomial(_ n: Int, _ k: Int, cap: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for step in 0..<min(k, n - k) {
            // result × (n − step) / (step + 1) is exact at every step.
            let (product, overflow) = result.multipliedReportingOverflow(by: n - step)
            if overflow { return cap }
            result = product / (step + 1)
            if result >= cap { return cap }
        }
        return result
    }

    /// The increasing selections of `count` elements of `items`.
    static func combinations(of items: [Int], choose count: Int) -> [[Int]] {
        guard count > 0 else { return [[]] }
        guard items.count >= count, let first = items.first else { return [] }
        let rest = Array(items.dropFirst())
        return combinations(of: rest, choose: count - 1).map { [first] + $0 } + combinations(of: rest, choose: count)
    }

    private static func product(_ options: [[[Int]]]) -> [[[Int]]] {
        options.reduce([[]]) { partial, choices in partial.flatMap { prefix in choices.map { prefix + [$0] } } }
    }
}
