/// Finds the AE/CP tables laid out in rows and columns: tab-separated (seed 000's annex, seed
/// 001's schedule), markdown pipes, and aligned with spaces or single-spaced when the tabs were
/// lost (seed 003). A table is a header naming amount columns (possibly wrapped onto a second
/// line, possibly under a title row), then the rows holding its amounts.
struct BudgetTableRecognizer: Recognizer {
    func recognize(_ document: Document, into results: inout Recognitions) {
        var lines = TableLines(document)
        var index = 0
        var steps = 0
        while index < lines.count {
            // Nearly every line cannot head a table (what `read` would find: no header): they
            // are passed eight at a time, not one step (and one deadline test) each.
            index = lines.nextOpen(from: index)
            guard index < lines.count else { break }
            if document.outOfTime(&steps) { return }
            let (table, last) = read(&lines, headerAt: index)
            if let table { results.budget.tables.append(table) }
            // Rows read under a header that made no table cannot make one under another: the
            // next header is looked for after them, so that every line is read a bounded number of times.
            index = max(last + 1, index + 1)
        }
    }

    /// The table whose header is line `index` if there is one, and the index of the last line
    /// read as part of it.
    private func read(_ lines: inout TableLines, headerAt index: Int) -> (BudgetRecognitions.PendingTable?, Int) {
        let bytes = lines.bytes
        guard let header = lines.header(index) else { return (nil, index) }
        var body: (header: HeaderRow, rows: [DraftRow], last: Int)?
        var lastRead = index
        if index + 1 < lines.count, let wrapped = header.wrapped(with: lines.cells(index + 1), bytes),
            let found = rows(&lines, header: wrapped, from: index + 2)
        {
            lastRead = found.last
            if found.accepted { body = (wrapped, found.rows, found.last) }
        }
        if body == nil, let found = rows(&lines, header: header, from: index + 1) {
            lastRead = max(lastRead, found.last)
            if found.accepted { body = (header, found.rows, found.last) }
        }
        guard let body else { return (nil, lastRead) }
        var rows = body.rows
        let title = index > 0 ? Self.title(bytes, lines.cells(index - 1)) : nil
        let headers = body.header.amountColumnHeaders(bytes)
        let columns = HeaderRow.columns(headers, titleYear: title.flatMap(ColumnHeader.titleYear))
        let findings = MissingCells.resolve(&rows, columns: columns, header: body.header)
        let start = title == nil ? lines.range(index).start : lines.range(index - 1).start
        var table = BudgetRecognitions.PendingTable(
            origin: .layout, title: title, columns: columns,
            rows: rows.map { BudgetTable.Row(label: $0.label, group: $0.group, isTotal: $0.isTotal, cells: $0.cells) },
            range: TextRange(start, lines.range(body.last).end))
        table.findings = findings
        table.repairs = HeaderRow.repairs(headers) + rows.flatMap(\.repairs)
        return (table, body.last)
    }

    /// The rows under `header` from line `start`, nil when there is none; not `accepted` when
    /// no amount carries a currency marker and the header does not say the cells are in euros.
    private func rows(_ lines: inout TableLines, header: HeaderRow, from start: Int)
        -> (rows: [DraftRow], last: Int, accepted: Bool)?
    {
        var reader = TableRowReader(bytes: lines.bytes, header: header)
        var rows: [DraftRow] = []
        var last = start - 1
        var index = start
        reading: while index < lines.count {
            // A line that may head a table of its own starts a new one.
            if lines.header(index) != nil { break }
            switch reader.read(lines.cells(index)) {
            case .row(let row):
                rows.append(row)
                last = index
            case .separator, .groupHeading:
                break
            case .end:
                break reading
            }
            index += 1
        }
        guard !rows.isEmpty else { return nil }
        return (rows, last, reader.bareAmounts || rows.contains(where: \.marked))
    }

    /// A title row: a tab line whose only text is in its first cell (`EXERCICE 2026 - Projets
    /// SI DGS ... - Programme 204` followed by tabs).
    private static func title(_ bytes: [UInt8], _ line: LineCells) -> String? {
        guard line.layout == .tabs, line.cells.count == 1, let cell = line.cells.first, !cell.isEmpty else { return nil }
        return DraftRow.collapsed(bytes, cell.range)
    }
}
