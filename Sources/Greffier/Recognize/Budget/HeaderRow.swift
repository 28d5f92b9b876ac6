/// A budget table's header: its row-label columns (`Fonds`, `Intitulés / application`), then
/// its amount columns (`AE et CP 2026 (TTC)`, ...), each with where it stands; possibly
/// wrapped onto a second line.
struct HeaderRow: Sendable {
    struct Slot: Sendable, Equatable {
        var ranges: [TextRange]
        /// Index of the cell in its line (tabs, pipes); for a header aligned with spaces, the
        /// slot's rank, which is the cell index rows whose tabs survived give it.
        let cellIndex: Int
        var column: Int
        var endColumn: Int
    }

    let layout: LineCells.Layout
    let lines: [TextRange]
    let labels: [Slot]
    let amounts: [Slot]
    /// The headers of `amounts` when `read` built them (a header read from one line), nil for
    /// a wrapped header: each costs thousands of instructions, and was built again for the
    /// columns, then for the repairs, of every table found.
    var amountHeaders: [ColumnHeader]? = nil

    /// The longest a header cell may be: longer, it is a sentence.
    static let maximumCellBytes = 100
    private static let maximumCellWords = 12

    /// A cheap test on the line's bytes, before it is cut into cells, that `read` would find no
    /// header: some cell is longer than `maximumCellBytes`. Cells are cut only at tabs, pipes
    /// and runs of two spaces or more, so a stretch holding none of them lies in one cell; the
    /// cell keeps all of it but a space at either end, since the stretch has no two spaces in a
    /// row. The scan stops at the first such stretch: long prose lines are rejected unread.
    /// Then the line must hold some word that may name amounts (`mayNameAmounts`, any year
    /// counting): a header's cells are parts of its line cut at non-word bytes, and one of them
    /// must name amounts. This rejects nearly every short line of prose.
    /// `HeaderLineGate` makes both tests fast: the stretch eight bytes at a time, then the words.
    static func cannotHead(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        HeaderLineGate.cannotHead(bytes, line)
    }

    /// The first test of `cannotHead`: a stretch without separator longer than a cell may be.
    static func hasLongStretch(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            var stretch = 0
            var index = line.start
            while index < line.end {
                let byte = bytes[index]
                let separates = byte == 0x09 || byte == UInt8(ascii: "|")
                    || (byte == 0x20 && ((index > line.start && bytes[index - 1] == 0x20)
                        || (index + 1 < line.end && bytes[index + 1] == 0x20)))
                stretch = separates ? 0 : stretch + 1
                if stretch > maximumCellBytes + 2 { return true }
                index += 1
            }
            return false
        }
    }

    /// The header a line may be: it names at least one amount column, holds no amount, and
    /// its cells are short.
    static func read(_ bytes: [UInt8], _ line: LineCells) -> HeaderRow? {
        // Every check below must pass, and none has effects: the cheapest that rejects most
        // lines go first (most lines are prose, too long to be header cells, or name no amount).
        guard !line.isBlank, line.cells.allSatisfy({ $0.range.end - $0.range.start <= maximumCellBytes }),
            line.layout != .pipes || !line.isSeparator(bytes)
        else { return nil }
        // The cells as cuts of one range each, kept in one array: a `Slot` (an array of ranges
        // each) is made only for the columns of a header found, not for every cut of every
        // line turned down.
        var cuts: [Cut] = []
        cuts.reserveCapacity(line.cells.count)
        for (index, cell) in line.cells.enumerated() {
            if line.layout == .spaces, let parts = HeaderSplitter.columns(bytes, cell) {
                for part in parts {
                    cuts.append(Cut(range: part.range, cellIndex: cuts.count, column: part.column, endColumn: part.endColumn))
                }
            } else if line.layout == .spaces, line.cells.count < 2 {
                // One run of single-spaced words that are not all header words: a sentence.
                return nil
            } else if line.layout == .spaces {
                cuts.append(Cut(range: cell.range, cellIndex: cuts.count, column: cell.column, endColumn: cell.endColumn))
            } else {
                cuts.append(Cut(range: cell.range, cellIndex: index, column: cell.column, endColumn: cell.endColumn))
            }
        }
        // Without a cell that may name amounts there is no header: most lines stop here,
        // before any header is built.
        guard let firstMay = cuts.firstIndex(where: { ColumnHeader.mayNameAmounts(bytes, CollectionOfOne($0.range)) }),
            !MoneyScanner.hasAmount(bytes, from: line.line.start, to: line.line.end)
        else { return nil }
        // A header for each cut that may name amounts; of the others (labels: `Intitulé`,
        // `Fonds`), which name none, only the text is read, for its words' count.
        let headers = cuts.indices.map { index -> ColumnHeader? in
            guard index == firstMay || (index > firstMay && ColumnHeader.mayNameAmounts(bytes, CollectionOfOne(cuts[index].range)))
            else { return nil }
            return ColumnHeader(bytes, ranges: CollectionOfOne(cuts[index].range))
        }
        guard cuts.indices.allSatisfy({ index in
            Self.wordCount(headers[index]?.text ?? ColumnHeader.text(bytes, ranges: CollectionOfOne(cuts[index].range)))
                <= maximumCellWords
        }),
            let first = headers.firstIndex(where: { $0?.namesAmounts == true }),
            // `2025 | 12 | 14` is a row of bare numbers, not a header of years.
            !cuts.contains(where: { Self.isBareNumber(bytes, $0.range) })
        else { return nil }
        let amountHeaders = cuts.indices.compactMap { index in index >= first ? headers[index].flatMap { $0.namesAmounts ? ($0, index) : nil } : nil }
        return HeaderRow(layout: line.layout, lines: [line.line], labels: cuts[..<first].map(\.slot),
                         amounts: amountHeaders.map { cuts[$0.1].slot }, amountHeaders: amountHeaders.map(\.0))
    }

    /// A slot of one range, as `read` cuts a line.
    private struct Cut {
        let range: TextRange
        let cellIndex: Int
        let column: Int
        let endColumn: Int

        var slot: Slot { Slot(ranges: [range], cellIndex: cellIndex, column: column, endColumn: endColumn) }
    }

    /// `text.split(separator: " ").count`, counted on the bytes when every space is a character
    /// of its own: a space joins a following Extend, ZWJ or SpacingMark scalar, or a Prepend
    /// one before it, in a character that is no separator. None is ASCII, below U+0300 (lead
    /// bytes C2 to CB: letters like `é`, controls, signs) or `€`, the scalars of nearly every
    /// header; a text holding another scalar is split as characters.
    static func wordCount(_ text: String) -> Int {
        let counted = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            var previous: UInt8 = 0x20
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Continuation bytes (80 to BF) follow a lead byte already let through.
                if byte >= 0xCC {
                    guard byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC
                    else { return nil }
                }
                if byte != 0x20, previous == 0x20 { count += 1 }
                previous = byte
                index += 1
            }
            return count
        }
        if let counted, let count = counted { return count }
        return text.split(separator: " ").count
    }

    /// Whether `read` finds no header on a line that is the one cell `cell` laid out with
    /// spaces (`LineCells.singleCell`): it is blank, too long, or not made of header words
    /// (`HeaderSplitter`), which `read` checks first on such a line, before anything else.
    static func rejectsSingleCell(_ bytes: [UInt8], _ cell: LineCells.Cell) -> Bool {
        rejectsSingleCell(bytes, cell.range)
    }

    /// The same for the cell's range (`LineCells.singleCellRange`): whether the splitter
    /// rejects a cell does not depend on its columns, which only place the parts it cuts.
    static func rejectsSingleCell(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        range.start == range.end || range.end - range.start > maximumCellBytes
            || HeaderSplitter.columns(bytes, LineCells.Cell(range: range, column: 0, endColumn: 0)) == nil
    }

    /// A cell that is a number other than a year: an amount written without its marker.
    private static func isBareNumber(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        guard let parsed = AmountParser.cell(bytes, from: range.start, to: range.end)
        else { return false }
        let text = DraftRow.collapsed(bytes, range)
        return ColumnHeader.year(text) == nil || parsed.hasMarker
    }

    /// This header with a second line wrapped into it (`AE et CP 2026` / `(TTC)`): each cell
    /// of that line joins the column at its index (tabs, pipes) or above it (spaces). Nil when
    /// the line cannot be a continuation: it holds an amount, a cell stands under no column,
    /// or none stands under an amount column.
    func wrapped(with line: LineCells, _ bytes: [UInt8]) -> HeaderRow? {
        guard line.layout == layout, !line.isBlank, !line.isSeparator(bytes),
            !MoneyScanner.hasAmount(bytes, from: line.line.start, to: line.line.end)
        else { return nil }
        var labels = self.labels
        var amounts = self.amounts
        var joinsAmountColumn = false
        for (index, cell) in line.cells.enumerated() where !cell.isEmpty {
            guard cell.range.end - cell.range.start <= Self.maximumCellBytes else { return nil }
            func matches(_ slot: Slot) -> Bool {
                layout == .spaces ? cell.overlaps((slot.column, slot.endColumn)) : slot.cellIndex == index
            }
            if let position = amounts.firstIndex(where: matches) {
                amounts[position].ranges.append(cell.range)
                amounts[position].column = min(amounts[position].column, cell.column)
                amounts[position].endColumn = max(amounts[position].endColumn, cell.endColumn)
                joinsAmountColumn = true
            } else if let position = labels.firstIndex(where: matches) {
                labels[position].ranges.append(cell.range)
            } else {
                return nil
            }
        }
        // A line with text under the label columns only names a group of rows.
        guard joinsAmountColumn else { return nil }
        return HeaderRow(layout: layout, lines: lines + [line.line], labels: labels, amounts: amounts)
    }

    /// The headers of the amount columns: those `read` built, else built here.
    func amountColumnHeaders(_ bytes: [UInt8]) -> [ColumnHeader] {
        amountHeaders ?? amounts.map { ColumnHeader(bytes, ranges: $0.ranges) }
    }

    /// The amount columns as the record gives them, from their headers
    /// (`amountColumnHeaders`); a column whose header names no year takes the year of the
    /// table's title (`EXERCICE 2026`).
    static func columns(_ headers: [ColumnHeader], titleYear: Int?) -> [BudgetTable.Column] {
        headers.map { BudgetTable.Column(header: $0.text, measure: $0.measure, year: $0.year ?? titleYear) }
    }

    /// Repairs made reading the amount headers (`СР` → `CP`).
    static func repairs(_ headers: [ColumnHeader]) -> [BudgetRecognitions.ValueRepair] {
        headers.flatMap(\.repairs)
    }

    /// Whether a header mentions euros: bare numbers in its cells are then amounts.
    func mentionsEuros(_ bytes: [UInt8]) -> Bool {
        (labels + amounts).contains { slot in
            // Most slots (`AE 2026`, `Montant`) are settled on their bytes, without building
            // their text and searching it three times.
            guard slot.ranges.contains(where: { Self.mayMentionEuros(bytes, $0) }) else { return false }
            let text = ColumnHeader(bytes, ranges: slot.ranges).text.lowercased()
            return text.contains("€") || text.contains("euro") || text.contains("eur)")
        }
    }

    /// False only when a header's text cannot hold `€`, `euro` nor `eur)` for these bytes: it
    /// holds `€` only where they do, and `uro` or `ur)` only where they hold them in any case
    /// (the text keeps the bytes of each word together, and a byte that follows a word in its
    /// range follows it in the text; no look-alike letter stands for U or R, the only header
    /// word a look-alike may spell that holds `ur` is `eur`, and no other character lowercases
    /// to `u`, `r`, `o` or `)`). Testing the third byte matters: `sur` is frequent in headers
    /// (`CP sur AE 2025`), and each slot let through costs three string searches.
    static func mayMentionEuros(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        var index = range.start
        while index + 2 < range.end {
            let byte = bytes[index]
            if byte | 0x20 == UInt8(ascii: "u"), bytes[index + 1] | 0x20 == UInt8(ascii: "r") {
                let third = bytes[index + 2]
                if third | 0x20 == UInt8(ascii: "o") || third == UInt8(ascii: ")") { return true }
            }
            if byte == 0xE2, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC { return true }
            index += 1
        }
        return false
    }
}
