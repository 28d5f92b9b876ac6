/// The lines of a document as the table search reads them: each cut into cells at most once,
/// and each judged at most once on whether it may head a table. The search reads a line as a
/// header candidate, as a row under one or two headers (where it is also asked whether it
/// heads a table of its own), then again as a candidate: rebuilding its cells and header each
/// time was most of the search's cost. Both are computed on first use, so a search cut short
/// by its deadline does no more work than before.
struct TableLines {
    let bytes: [UInt8]
    /// The lines' ranges, from `LineCells.lines`.
    let ranges: [TextRange]
    private var cellCache: [LineCells?]
    private var headerCache: [Verdict]

    private enum Verdict {
        case unknown
        case none
        case header(HeaderRow)
    }

    init(_ document: Document) {
        bytes = document.bytes
        ranges = LineCells.lines(document)
        cellCache = Array(repeating: nil, count: ranges.count)
        headerCache = Array(repeating: .unknown, count: ranges.count)
    }

    var count: Int { ranges.count }

    /// Line `index` cut into cells.
    mutating func cells(_ index: Int) -> LineCells {
        if let cached = cellCache[index] { return cached }
        let line = LineCells(bytes, line: ranges[index])
        cellCache[index] = line
        return line
    }

    /// The header line `index` may be (`HeaderRow.read`), nil when it may not.
    mutating func header(_ index: Int) -> HeaderRow? {
        switch headerCache[index] {
        case .none: return nil
        case .header(let header): return header
        case .unknown:
            let header = HeaderRow.cannotHead(bytes, ranges[index]) ? nil : HeaderRow.read(bytes, cells(index))
            headerCache[index] = header.map(Verdict.header) ?? .none
            return header
        }
    }
}
