/// Reads the rows under a budget table's header, one line at a time: label and group from
/// the label columns (a group cell spans the continuation rows that start empty), amounts from
/// the amount columns by index (tabs, pipes) or in order (spaces).
struct TableRowReader {
    enum Outcome: Equatable {
        case row(DraftRow)
        /// A line with a label and no amount: it names the group of the rows after it.
        case groupHeading(String)
        /// A markdown `|---|---|` line.
        case separator
        /// Not a row of this table: the table ended before it.
        case end
    }

    let bytes: [UInt8]
    let header: HeaderRow
    /// Whether cells without a currency marker are amounts (the header mentions euros).
    let bareAmounts: Bool
    private(set) var group: String?
    /// 1 when rows have a label cell the header left out (`AE` / `CP` over `2021 | … | …`).
    private var offset = 0
    private var readAny = false

    init(bytes: [UInt8], header: HeaderRow) {
        self.bytes = bytes
        self.header = header
        self.bareAmounts = header.mentionsEuros(bytes)
    }

    mutating func read(_ line: LineCells) -> Outcome {
        // Tabs and spaces mix when some tabs were lost: a row keeps the cells it has.
        guard line.layout == header.layout || (line.layout != .pipes && header.layout != .pipes), !line.isBlank
        else { return .end }
        if line.isSeparator(bytes) { return .separator }
        let outcome = line.layout == .spaces && header.layout == .spaces ? readSpaced(line) : readCells(line)
        if case .groupHeading(let name) = outcome { group = name }
        readAny = true
        return outcome
    }

    /// Tabs and pipes: each amount in the cell at its column's index.
    private mutating func readCells(_ line: LineCells) -> Outcome {
        let cells = line.cells
        if !readAny, header.labels.isEmpty, cells.count == header.amounts.count + 1,
            let first = cells.first, !first.isEmpty,
            AmountParser.cell(bytes, from: first.range.start, to: first.range.end)?.hasMarker != true
        {
            offset = 1
        }
        guard let firstAmount = header.amounts.first?.cellIndex else { return .end }
        // An amount where a label belongs: a lost separator shifted the cells; read them in order.
        if cells.prefix(firstAmount + offset).contains(where: {
            AmountParser.cell(bytes, from: $0.range.start, to: $0.range.end)?.hasMarker == true
        }) {
            return readSpaced(line)
        }
        var row = DraftRow(label: "", group: nil, isTotal: false, cells: [], extents: [], line: line.line)
        // A cell and an extent per column: room made once.
        row.cells.reserveCapacity(header.amounts.count)
        row.extents.reserveCapacity(header.amounts.count)
        var found = false
        for (column, slot) in header.amounts.enumerated() {
            let index = slot.cellIndex + offset
            row.extents.append(nil)
            guard index < cells.count else {
                row.cells.append(nil)
                row.absentColumns.append(column)
                continue
            }
            let cell = cells[index]
            if cell.isEmpty || Self.isPlaceholder(bytes, cell.range) {
                row.cells.append(nil)
            } else if let parsed = AmountParser.cell(bytes, from: cell.range.start, to: cell.range.end) {
                row.cells.append(parsed.amount)
                row.marked = row.marked || parsed.hasMarker
                if parsed.joinedStraySpace { row.repairs.append(Self.strayRepair(bytes, parsed)) }
                found = true
            } else {
                // Text where an amount belongs: cells shifted the other way, or no row at all.
                return line.layout == .spaces || header.layout == .spaces ? readSpaced(line) : .end
            }
        }
        let labelCells = cells.prefix(firstAmount + offset).map { DraftRow.collapsed(bytes, $0.range) }
        return finish(row, labels: labelCells, found: found)
    }

    /// Spaces: the text before the first amount is the label; amounts follow, only spaces
    /// (and `HT`/`TTC`) between them.
    private mutating func readSpaced(_ line: LineCells) -> Outcome {
        var labels: [LineCells.Cell] = []
        var amounts: [AmountParser.Parsed] = []
        var columns = DraftRow.ColumnCursor(bytes, lineStart: line.line.start)
        for cell in line.cells {
            if cell.isEmpty, amounts.isEmpty {
                // A leading separator: the row continues the group above it.
                labels.append(cell)
                continue
            }
            if let parsed = AmountParser.cell(bytes, from: cell.range.start, to: cell.range.end),
                parsed.hasMarker || (bareAmounts && !Self.looksLikeYear(bytes, parsed))
            {
                amounts.append(parsed)
                continue
            }
            let found = MoneyScanner.amounts(bytes, from: cell.range.start, to: cell.range.end)
            guard let first = found.first else {
                guard amounts.isEmpty else { return .end }
                labels.append(cell)
                continue
            }
            let prefix = TextRange(cell.range.start, first.start)
            if !DraftRow.collapsed(bytes, prefix).isEmpty {
                guard amounts.isEmpty else { return .end }
                let start = columns.column(at: prefix.start)
                labels.append(LineCells.Cell(range: prefix, column: start, endColumn: start + 1))
            }
            var previousEnd = first.start
            for amount in found {
                guard TaxMention.skip(bytes, from: previousEnd, to: amount.start) == amount.start else { return .end }
                previousEnd = amount.end
            }
            guard TaxMention.skip(bytes, from: previousEnd, to: cell.range.end) == cell.range.end else { return .end }
            amounts += found
        }
        guard amounts.count <= header.amounts.count else { return .end }
        var row = DraftRow(label: "", group: nil, isTotal: false,
                           cells: Array(repeating: nil, count: header.amounts.count),
                           extents: Array(repeating: nil, count: header.amounts.count), line: line.line)
        for (position, amount) in amounts.enumerated() {
            let extent = DraftRow.Extent(start: columns.column(at: amount.start), end: columns.column(at: amount.end))
            row.marked = row.marked || amount.hasMarker
            if amount.joinedStraySpace { row.repairs.append(Self.strayRepair(bytes, amount)) }
            if amounts.count == header.amounts.count {
                row.cells[position] = amount.amount
                row.extents[position] = extent
            } else {
                row.lone.append(.init(amount: amount, extent: extent))
            }
        }
        return finish(row, labels: spacedLabels(labels), found: !amounts.isEmpty)
    }

    /// Label texts laid out as the header's label columns: a lone label under the second
    /// label column continues the group above it.
    private func spacedLabels(_ cells: [LineCells.Cell]) -> [String] {
        let texts = cells.map { DraftRow.collapsed(bytes, $0.range) }
        guard header.labels.count >= 2, cells.count == 1, let only = cells.first else { return texts }
        let second = header.labels[1]
        return only.column >= second.column - 1 ? [""] + texts : texts + [""]
    }

    private mutating func finish(_ draft: DraftRow, labels: [String], found: Bool) -> Outcome {
        let (label, group) = labelAndGroup(labels)
        guard found else {
            return label.isEmpty ? .end : .groupHeading(label)
        }
        if labels.count >= 2 { self.group = group }
        let isTotal = DraftRow.isTotalLabel(label)
        var row = DraftRow(label: label, group: isTotal && labels.count < 2 ? nil : group, isTotal: isTotal,
                           cells: draft.cells, extents: draft.extents, line: draft.line)
        row.lone = draft.lone
        row.absentColumns = draft.absentColumns
        row.repairs = draft.repairs
        row.marked = draft.marked
        return .row(row)
    }

    /// With two label columns or more, the first holds the group (`Budget général Programme
    /// 204`), carried down the rows whose first cell is empty; a row whose only label is in
    /// the first column (`TOTAL`) stands alone.
    private func labelAndGroup(_ labels: [String]) -> (String, String?) {
        guard labels.count >= 2 else { return (labels.first ?? "", group) }
        let rest = labels.dropFirst().filter { !$0.isEmpty }.joined(separator: " ")
        if labels[0].isEmpty { return (rest, group) }
        return rest.isEmpty ? (labels[0], nil) : (rest, labels[0])
    }

    /// `-`, `–`, `—`, `néant`, `/`: an empty cell written out.
    static func isPlaceholder(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        // Nearly every cell read is an amount: one starting with a digit folds to a text
        // starting with it, which no placeholder does. The others are folded and compared on
        // their bytes, with a table made once (the literal was a new array of strings at each
        // cell): no placeholder holds a character that another spelling is canonically
        // equivalent to, so equal strings are equal bytes here.
        if range.start < range.end, ByteClass.isDigit(bytes[range.start]) { return false }
        var folded: [UInt8] = []
        folded.reserveCapacity(max(0, range.end - range.start))
        Folding.appendFold(bytes, range.start, range.end, to: &folded)
        return placeholders.contains(folded)
    }

    static let placeholderTexts = ["-", "–", "—", "/", "neant", "sans objet", "n/a", "pm", "p.m."]
    private static let placeholders = placeholderTexts.map { Array($0.utf8) }

    private static func looksLikeYear(_ bytes: [UInt8], _ parsed: AmountParser.Parsed) -> Bool {
        parsed.secondGroupStart == nil && parsed.end - parsed.start == 4
            && ColumnHeader.years.contains(Int(parsed.amount.cents / 100))
    }

    static func strayRepair(_ bytes: [UInt8], _ parsed: AmountParser.Parsed) -> BudgetRecognitions.ValueRepair {
        .init(range: TextRange(parsed.start, parsed.end),
              raw: String(decoding: bytes[parsed.start..<parsed.end], as: UTF8.self),
              value: parsed.amount.jsonNumber, rule: .amountStraySpace)
    }
}
