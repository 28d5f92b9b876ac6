@testable import Greffier

/// The table search as it was before its gate took in the lines of one cell the header
/// splitter turns down (`HeaderLineGate.cannotHeadOrRejectedSingleCell`), and before a table's
/// amount headers were built once (`HeaderRow.amountHeaders`): the gate alone
/// (`HeaderLineGate.cannotHead`), the single-cell test in `header`, each amount header built
/// for the columns and again for the repairs. The recognizer and its lines as they were, but
/// for their names.

/// Finds the AE/CP tables laid out in rows and columns: tab-separated (seed 000's annex, seed
/// 001's schedule), markdown pipes, and aligned with spaces or single-spaced when the tabs were
/// lost (seed 003). A table is a header naming amount columns (possibly wrapped onto a second
/// line, possibly under a title row), then the rows holding its amounts.
struct ReferenceBudgetTableRecognizer: Recognizer {
    func recognize(_ document: Document, into results: inout Recognitions) {
        var lines = ReferenceTableLines(document)
        var index = 0
        var steps = 0
        while index < lines.count {
            if document.outOfTime(&steps) { return }
            // Nearly every line: settled without a call (what `read` would find: no header).
            if lines.cannotHead(index) {
                index += 1
                continue
            }
            let (table, last) = read(&lines, headerAt: index)
            if let table { results.budget.tables.append(table) }
            // Rows read under a header that made no table cannot make one under another: the
            // next header is looked for after them, so that every line is read a bounded number of times.
            index = max(last + 1, index + 1)
        }
    }

    /// The table whose header is line `index` if there is one, and the index of the last line
    /// read as part of it.
    private func read(_ lines: inout ReferenceTableLines, headerAt index: Int) -> (BudgetRecognitions.PendingTable?, Int) {
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
        // Each amount header built again, for the columns, then for the repairs.
        let titleYear = title.flatMap(ColumnHeader.titleYear)
        let columns = body.header.amounts.map { slot in
            let header = ColumnHeader(bytes, ranges: slot.ranges)
            return BudgetTable.Column(header: header.text, measure: header.measure, year: header.year ?? titleYear)
        }
        let findings = MissingCells.resolve(&rows, columns: columns, header: body.header)
        let start = title == nil ? lines.ranges[index].start : lines.ranges[index - 1].start
        var table = BudgetRecognitions.PendingTable(
            origin: .layout, title: title, columns: columns,
            rows: rows.map { BudgetTable.Row(label: $0.label, group: $0.group, isTotal: $0.isTotal, cells: $0.cells) },
            range: TextRange(start, lines.ranges[body.last].end))
        table.findings = findings
        table.repairs = body.header.amounts.flatMap { ColumnHeader(bytes, ranges: $0.ranges).repairs } + rows.flatMap(\.repairs)
        return (table, body.last)
    }

    /// The rows under `header` from line `start`, nil when there is none; not `accepted` when
    /// no amount carries a currency marker and the header does not say the cells are in euros.
    private func rows(_ lines: inout ReferenceTableLines, header: HeaderRow, from start: Int)
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

/// The lines of a document as the table search reads them: each cut into cells at most once,
/// and each judged at most once on whether it may head a table. The search reads a line as a
/// header candidate, as a row under one or two headers (where it is also asked whether it
/// heads a table of its own), then again as a candidate: rebuilding its cells and header each
/// time was most of the search's cost. Cells and headers are computed on first use, so a
/// search cut short by its deadline does no more of that work than it needs; the cheap gate
/// before them (`HeaderRow.cannotHead`, linear in the line) is judged for every line at once.
struct ReferenceTableLines {
    let bytes: [UInt8]
    /// The lines' ranges, from `LineCells.lines`.
    let ranges: [TextRange]
    /// The lines cut so far, and where each line's cells are in it (plus one; 0 for a line
    /// not cut yet): few lines are ever cut, and an optional `LineCells` per line (40 bytes)
    /// was most of the search's memory on a long input.
    private var cut: [LineCells] = []
    private var cutIndex: [UInt32]
    /// Whether line `i` was judged (`judged`), and the headers found, by line: nearly every
    /// line is judged no header, and a flag is cheaper to read and write than an enum
    /// carrying a header.
    private var judged: [Bool]
    private var headers: [Int: HeaderRow] = [:]
    /// `HeaderRow.cannotHead` of every line, judged in one pass when the lines are made: the
    /// search asks it of every line, and of nearly all it is the whole answer.
    private let closed: [Bool]

    init(_ document: Document) {
        bytes = document.bytes
        ranges = LineCells.lines(document)
        cutIndex = Array(repeating: 0, count: ranges.count)
        judged = Array(repeating: false, count: ranges.count)
        closed = HeaderLineGate.cannotHead(bytes, lines: ranges)
    }

    var count: Int { ranges.count }

    /// Whether line `index` cannot head a table (`HeaderRow.cannotHead`): `header` is then nil.
    func cannotHead(_ index: Int) -> Bool { closed[index] }

    /// Line `index` cut into cells.
    mutating func cells(_ index: Int) -> LineCells {
        let slot = Int(cutIndex[index])
        if slot > 0 { return cut[slot - 1] }
        let line = LineCells(bytes, line: ranges[index])
        cut.append(line)
        // At most one cut per line; a trap rather than a wrong index past 2³² cuts (a text has
        // fewer lines than bytes, at most three times `hardMaxBytes`, so none is reached).
        cutIndex[index] = UInt32(cut.count)
        return line
    }

    /// The header line `index` may be (`HeaderRow.read`), nil when it may not.
    mutating func header(_ index: Int) -> HeaderRow? {
        if closed[index] { return nil }
        if judged[index] { return headers[index] }
        judged[index] = true
        // Most lines left are prose of one cell, settled without cutting them into cells.
        if let cell = LineCells.singleCellRange(bytes, line: ranges[index]), HeaderRow.rejectsSingleCell(bytes, cell) {
            return nil
        }
        guard let header = HeaderRow.read(bytes, cells(index)) else { return nil }
        headers[index] = header
        return header
    }
}
