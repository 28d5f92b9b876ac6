/// The lines of a document as the table search reads them: each cut into cells at most once,
/// and each judged at most once on whether it may head a table. The search reads a line as a
/// header candidate, as a row under one or two headers (where it is also asked whether it
/// heads a table of its own), then again as a candidate: rebuilding its cells and header each
/// time was most of the search's cost. Cells and headers are computed on first use, so a
/// search cut short by its deadline does no more of that work than it needs; the cheap gate
/// before them (`HeaderRow.cannotHead`, linear in the line, or a line of one cell the header
/// splitter turns down) is judged for every line at once.
struct TableLines {
    let bytes: [UInt8]
    /// Where the lines start (`Document.lineStarts`): each line's range (`range`) is made from
    /// them when it is read, an array of them all was made for every text.
    private let starts: [Int]
    /// The lines cut so far, and where each line's cells are in it (plus one; 0 for a line
    /// not cut yet): few lines are ever cut, and an optional `LineCells` per line (40 bytes)
    /// was most of the search's memory on a long input.
    private var cut: [LineCells] = []
    private var cutIndex: [UInt32]
    /// The headers found, and what line `i` was judged (`verdicts[i]`): 0 not yet, 1 no
    /// header, `k + 2` the header `found[k]`. Nearly every line is judged no header; a
    /// dictionary of headers by line hashed its key at every look-up and grew as headers were
    /// found.
    private var found: [HeaderRow] = []
    private var verdicts: [UInt32]
    /// `HeaderRow.cannotHead` of every line, or the line is one cell the header splitter turns
    /// down (`HeaderLineGate.cannotHeadOrRejectedSingleCell`), judged in one pass when the lines
    /// are made: the search asks it of every line, and of nearly all it is the whole answer.
    private let closed: [Bool]

    init(_ document: Document) {
        bytes = document.bytes
        starts = document.lineStarts
        cutIndex = Array(repeating: 0, count: starts.count)
        verdicts = Array(repeating: 0, count: starts.count)
        closed = HeaderLineGate.cannotHeadOrRejectedSingleCell(bytes, starts: starts)
    }

    var count: Int { starts.count }

    /// Line `index`'s range, as `LineCells.lines` gives it.
    func range(_ index: Int) -> TextRange { LineCells.line(index, starts: starts, bytes) }

    /// Whether line `index` cannot head a table (`closed`): `header` is then nil.
    func cannotHead(_ index: Int) -> Bool { closed[index] }

    /// The first line from `start` on that `cannotHead` lets through, else `count`. The flags
    /// are read eight a word (a `Bool` is stored as the byte 0 or 1): nearly every line is
    /// closed, and the search stepped through them one by one.
    func nextOpen(from start: Int) -> Int {
        closed.withUnsafeBufferPointer { flags -> Int in
            var index = max(start, 0)
            let count = flags.count
            if let base = flags.baseAddress {
                let raw = UnsafeRawPointer(base)
                while index + 8 <= count {
                    // A byte that is not 1 is a line let through; the lowest is the first.
                    let open = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ 0x0101_0101_0101_0101
                    if open != 0 { return index + open.trailingZeroBitCount >> 3 }
                    index += 8
                }
            }
            while index < count, flags[index] { index += 1 }
            return index
        }
    }

    /// Line `index` cut into cells.
    mutating func cells(_ index: Int) -> LineCells {
        let slot = Int(cutIndex[index])
        if slot > 0 { return cut[slot - 1] }
        let line = LineCells(bytes, line: range(index))
        cut.append(line)
        // At most one cut per line; a trap rather than a wrong index past 2³² cuts (a text has
        // fewer lines than bytes, at most three times `hardMaxBytes`, so none is reached).
        cutIndex[index] = UInt32(cut.count)
        return line
    }

    /// The header line `index` may be (`HeaderRow.read`), nil when it may not.
    mutating func header(_ index: Int) -> HeaderRow? {
        if closed[index] { return nil }
        switch verdicts[index] {
        case 0: break
        case 1: return nil
        case let verdict: return found[Int(verdict) - 2]
        }
        verdicts[index] = 1
        // A line of one cell the header splitter turns down is `closed` already.
        guard let header = HeaderRow.read(bytes, cells(index)) else { return nil }
        found.append(header)
        // Fewer headers than lines, which are fewer than 2³² (see `cells`).
        verdicts[index] = UInt32(found.count + 1)
        return header
    }
}
