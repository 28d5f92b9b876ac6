/// One line of the text cut into cells as a table row would be: at tabs, at pipes (markdown
/// `| a | b |`), and at runs of two spaces or more (tabs lost to OCR or copy-paste become
/// such runs, in whole lines or in some cells of a tab line).
/// Each cell knows its horizontal position, in characters from the start of its line.
struct LineCells: Sendable, Equatable {
    enum Layout: Sendable, Equatable {
        case tabs, pipes, spaces
    }

    struct Cell: Sendable, Equatable {
        /// The cell's text without the spaces around it; empty when the cell is.
        let range: TextRange
        /// Character columns `[column, endColumn)` of the text within its line.
        let column: Int
        let endColumn: Int

        var isEmpty: Bool { range.start == range.end }

        func overlaps(_ other: (Int, Int)) -> Bool { column < other.1 && other.0 < endColumn }
    }

    let line: TextRange
    let layout: Layout
    let cells: [Cell]

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// The lines of a document: `[start, end)` without their line feed.
    static func lines(_ document: Document) -> [TextRange] {
        document.lineStarts.withUnsafeBufferPointer { starts in
            document.bytes.withUnsafeBufferPointer { bytes in
                [TextRange](unsafeUninitializedCapacity: starts.count) { ranges, written in
                    for index in 0..<starts.count {
                        ranges.initializeElement(at: index, to: line(index, starts: starts, bytes))
                    }
                    written = starts.count
                }
            }
        }
    }

    /// Line `index` of `lines`, from the text's line starts: the table search reads each line
    /// where it needs it rather than from an array of them all, made for every text.
    @inline(__always)
    static func line(_ index: Int, starts: UnsafeBufferPointer<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> TextRange {
        let start = starts[index]
        var end = index + 1 < starts.count ? starts[index + 1] - 1 : bytes.count
        // A stray mark a scan left after a space at the line's end (`AE CP |`) is no cell.
        // The space first: few lines end with one before their last byte.
        if end - start >= 2, bytes[end - 2] == 0x20, PageFurniture.isStray(bytes[end - 1]) {
            end -= 2
        }
        return TextRange(start, max(start, end))
    }

    /// Line `index` of `lines(document)`, for a document whose bytes are `bytes` and line
    /// starts `starts`.
    static func line(_ index: Int, starts: [Int], _ bytes: [UInt8]) -> TextRange {
        starts.withUnsafeBufferPointer { starts in bytes.withUnsafeBufferPointer { line(index, starts: starts, $0) } }
    }

    init(line: TextRange, layout: Layout, cells: [Cell]) {
        self.line = line
        self.layout = layout
        self.cells = cells
    }

    /// The line's layout, then its cells, read through the text's buffer: the table search
    /// cuts every header candidate and every row it reads, and reading the bytes of the array
    /// one by one (a bounds check, a layout switch and a run of spaces per byte) was most of it.
    init(_ bytes: [UInt8], line: TextRange) {
        self.line = line
        (layout, cells) = bytes.withUnsafeBufferPointer { text -> (Layout, [Cell]) in
            var hasTab = false
            var firstVisible: UInt8 = 0
            for index in line.start..<line.end {
                let byte = text[index]
                if byte == 0x09 {
                    // A tab makes the layout, whatever comes first.
                    hasTab = true
                    break
                }
                if firstVisible == 0, byte != 0x20 { firstVisible = byte }
            }
            let layout: Layout = hasTab ? .tabs : firstVisible == UInt8(ascii: "|") ? .pipes : .spaces
            return (layout, Self.split(text, line: line, layout: layout))
        }
    }

    /// The one cell of a line without tab nor two spaces in a row, whose first visible byte
    /// is no pipe: `init` gives it the `spaces` layout and that one cell, the whole line
    /// trimmed (a run of two spaces is the only separator it could find). Nil for other lines,
    /// without building their cells: most lines the table search judges are such prose.
    static func singleCell(_ bytes: [UInt8], line: TextRange) -> Cell? {
        isSingleCell(bytes, line) ? bytes.withUnsafeBufferPointer { trimmed($0, line.start, line.end, column: 0) } : nil
    }

    /// `singleCell`'s range only, without counting the cell's characters for its columns: the
    /// table search only asks whether that text may be a header.
    static func singleCellRange(_ bytes: [UInt8], line: TextRange) -> TextRange? {
        guard isSingleCell(bytes, line) else { return nil }
        let (first, last) = bytes.withUnsafeBufferPointer { trimmedBounds($0, line.start, line.end) }
        return TextRange(first, last)
    }

    /// Whether the line holds no tab nor two spaces in a row, and its first byte that is no
    /// space (nor NUL) is no pipe. Sixteen bytes a turn while the byte after them is in the line (one
    /// vector compare for tabs, one for pairs of spaces against a second load one byte on),
    /// then the sixteen ending at the line's end (or byte by byte, in a line shorter than
    /// them): the table search asks it of every line it reads.
    static func isSingleCell(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        bytes.withUnsafeBufferPointer { isSingleCell($0, line) }
    }

    @inline(__always)
    static func isSingleCell(_ text: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool {
        var index = line.start
        if let base = text.baseAddress {
            let spaces = SIMD16<UInt8>(repeating: 0x20)
            let tabs = SIMD16<UInt8>(repeating: 0x09)
            // Thirty-two bytes a turn first (two turns of sixteen, the mask read as two words:
            // `any` of it became a call): a line of prose of forty-odd bytes takes one turn less.
            while index + 33 <= line.end {
                let here = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                let later = UnsafeRawPointer(base + index + 16).loadUnaligned(as: SIMD16<UInt8>.self)
                let after = UnsafeRawPointer(base + index + 17).loadUnaligned(as: SIMD16<UInt8>.self)
                let found = (here .== tabs) .| ((here .== spaces) .& (next .== spaces))
                    .| (later .== tabs) .| ((later .== spaces) .& (after .== spaces))
                let lanes = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: found), to: SIMD2<UInt64>.self)
                if lanes[0] | lanes[1] != 0 { return false }
                index &+= 32
            }
            while index + 17 <= line.end {
                let here = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(base + index + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                if any((here .== tabs) .| ((here .== spaces) .& (next .== spaces))) { return false }
                index += 16
            }
            // The last bytes, in the sixteen ending at the line's end when the line holds them
            // (those before `index` were read already) and the text a byte after them: the
            // pair of the last byte and the one after the line is left out.
            let start = line.end - 16
            if index < line.end, start >= line.start, line.end < text.count {
                let here = UnsafeRawPointer(base + start).loadUnaligned(as: SIMD16<UInt8>.self)
                let next = UnsafeRawPointer(base + start + 1).loadUnaligned(as: SIMD16<UInt8>.self)
                let found = (here .== tabs) .| ((here .== spaces) .& (next .== spaces))
                // FF where found, the sixteenth byte highest in the second word: its pair is left
                // out, its tab tested alone. (A mask `any` of a masked compare became a call.)
                let lanes = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: found), to: SIMD2<UInt64>.self)
                if lanes[0] != 0 || UInt64(littleEndian: lanes[1]) & 0x00FF_FFFF_FFFF_FFFF != 0 || text[line.end - 1] == 0x09 {
                    return false
                }
                index = line.end
            }
        }
        var previous: UInt8 = index > line.start ? text[index - 1] : 0
        while index < line.end {
            let byte = text[index]
            if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return false }
            previous = byte
            index += 1
        }
        // The first byte that is neither a space nor a NUL: the reading this replaced took
        // NUL for "none yet", and a text handed to the library may hold one (the command
        // line turns such inputs down as binary). No two spaces in a row: nearly always the
        // first byte or the second.
        var first = line.start
        while first < line.end, text[first] == 0x20 || text[first] == 0 { first += 1 }
        return first == line.end || text[first] != UInt8(ascii: "|")
    }

    /// `[start, end)` without its leading and trailing spaces.
    private static func trimmedBounds(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Int, Int) {
        var first = start
        while first < end, text[first] == 0x20 { first += 1 }
        var last = end
        while last > first, text[last - 1] == 0x20 { last -= 1 }
        return (first, last)
    }

    /// Whether this is a markdown separator row: `|---|:---:|`.
    func isSeparator(_ bytes: [UInt8]) -> Bool {
        guard layout == .pipes, !cells.isEmpty else { return false }
        return cells.allSatisfy { cell in
            !cell.isEmpty && bytes[cell.range.start..<cell.range.end].allSatisfy {
                $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20
            }
        }
    }

    private static func split(_ text: UnsafeBufferPointer<UInt8>, line: TextRange, layout: Layout) -> [Cell] {
        var cells: [Cell] = []
        // Every line has a cell, a table row a few: room for four made once, not grown from one.
        cells.reserveCapacity(4)
        var cellStart = line.start
        var cellColumn = 0
        var column = 0
        var index = line.start
        let end = line.end
        while index < end {
            let byte = text[index]
            var separatorLength = 0
            if layout == .pipes {
                if byte == UInt8(ascii: "|") { separatorLength = 1 }
            } else if byte == 0x09 {
                if layout == .tabs { separatorLength = 1 }
            } else if byte == 0x20 {
                // Two spaces or more separate cells too: copy-paste and OCR turn tabs into them.
                var run = index + 1
                while run < end, text[run] == 0x20 { run += 1 }
                if run - index >= 2 { separatorLength = run - index }
            }
            if separatorLength > 0 {
                cells.append(trimmed(text, cellStart, index, column: cellColumn))
                index += separatorLength
                column += separatorLength
                cellStart = index
                cellColumn = column
                continue
            }
            index += byte < 0x80 ? 1 : max(1, Letters.scalarLength(byte))
            column += 1
        }
        cells.append(trimmed(text, cellStart, min(index, end), column: cellColumn))
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

    /// The cell `[start, end)` without its surrounding spaces; `column` is that of `start`.
    private static func trimmed(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, column: Int) -> Cell {
        let (first, last) = trimmedBounds(text, start, end)
        let firstColumn = column + (first - start)
        var width = 0
        var index = first
        while index < last {
            let byte = text[index]
            index += byte < 0x80 ? 1 : max(1, Letters.scalarLength(byte))
            width += 1
        }
        return Cell(range: TextRange(first, last), column: firstColumn, endColumn: firstColumn + width)
    }
}
