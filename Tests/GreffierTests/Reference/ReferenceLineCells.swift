@testable import Greffier

/// `LineCells.init` as it was before it read the line through the text's buffer (kept to
/// compare the two: `LineCellsEquivalenceTests`).
enum ReferenceLineCells {
    static func cells(_ bytes: [UInt8], line: TextRange) -> LineCells {
        var hasTab = false
        var firstVisible: UInt8 = 0
        for index in line.start..<line.end {
            let byte = bytes[index]
            if byte == 0x09 { hasTab = true }
            if firstVisible == 0, byte != 0x20, byte != 0x09 { firstVisible = byte }
        }
        let layout: LineCells.Layout
        if hasTab {
            layout = .tabs
        } else if firstVisible == UInt8(ascii: "|") {
            layout = .pipes
        } else {
            layout = .spaces
        }
        return LineCells(line: line, layout: layout, cells: split(bytes, line: line, layout: layout))
    }

    private static func trimmedBounds(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        var first = start
        while first < end, bytes[first] == 0x20 { first += 1 }
        var last = end
        while last > first, bytes[last - 1] == 0x20 { last -= 1 }
        return (first, last)
    }

    private static func split(_ bytes: [UInt8], line: TextRange, layout: LineCells.Layout) -> [LineCells.Cell] {
        var cells: [LineCells.Cell] = []
        // Every line has a cell, a table row a few: room for four made once, not grown from one.
        cells.reserveCapacity(4)
        var cellStart = line.start
        var cellColumn = 0
        var column = 0
        var index = line.start
        func close(at end: Int) {
            cells.append(trimmed(bytes, cellStart, end, column: cellColumn))
        }
        while index < line.end {
            let byte = bytes[index]
            let separatorLength: Int
            switch layout {
            case .pipes: separatorLength = byte == UInt8(ascii: "|") ? 1 : 0
            case .tabs where byte == 0x09: separatorLength = 1
            case .tabs, .spaces:
                // Two spaces or more separate cells too: copy-paste and OCR turn tabs into them.
                var run = index
                while run < line.end, bytes[run] == 0x20 { run += 1 }
                separatorLength = run - index >= 2 ? run - index : 0
            }
            if separatorLength > 0 {
                close(at: index)
                index += separatorLength
                column += separatorLength
                cellStart = index
                cellColumn = column
                continue
            }
            index += byte < 0x80 ? 1 : max(1, Letters.scalarLength(byte))
            column += 1
        }
        close(at: min(index, line.end))
        switch layout {
        case .pipes:
            // `| a | b |`: nothing stands before the first pipe nor after the last.
            if let first = cells.first, first.isEmpty { cells.removeFirst() }
            if let last = cells.last, last.isEmpty { cells.removeLast() }
        case .tabs, .spaces:
            // Trailing separators add no column; a leading one leaves the first cell empty.
            while let last = cells.last, last.isEmpty, cells.count > 1 { cells.removeLast() }
        }
        return cells
    }

    private static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int, column: Int) -> LineCells.Cell {
        let (first, last) = trimmedBounds(bytes, start, end)
        let firstColumn = column + (first - start)
        var width = 0
        var index = first
        while index < last {
            index += bytes[index] < 0x80 ? 1 : max(1, Letters.scalarLength(bytes[index]))
            width += 1
        }
        return LineCells.Cell(range: TextRange(first, last), column: firstColumn, endColumn: firstColumn + width)
    }
}
