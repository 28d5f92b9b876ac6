/// `HeaderRow.cannotHead`, fast: the table search asks it of nearly every line of every text.
/// Exactly `HeaderRow.hasLongStretch(line) || !ColumnHeader.mayNameAmounts([line], anyYear: true)`
/// (`HeaderLineGateTests` checks it on every line of the corpus and on made-up lines): the
/// stretch is measured first, on bit masks of the line's first 128 bytes
/// (`opensWithLongStretch`) or sixteen then eight bytes at a time (`hasLongStretch`), which
/// rejects long prose lines; the words of the others are then read in a tight loop, their
/// bytes classed through a table.
enum HeaderLineGate {
    static func cannotHead(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        cannotHead(bytes, lines: [line])[0]
    }

    /// `cannotHead` of each of `lines`, the buffers and tables set up once for all: asked line
    /// by line, that set-up (two buffer accesses, the keyword table's arrays retained and
    /// released) cost as much as the test of a short line.
    static func cannotHead(_ bytes: [UInt8], lines: [TextRange]) -> [Bool] {
        judge(bytes, count: lines.count, singleCells: false) { _, index in lines[index] }
    }

    /// Whether each of `lines` cannot head a table for `cannotHead`, or is one cell the header
    /// splitter turns down (`LineCells.singleCellRange`, `HeaderRow.rejectsSingleCell`): the
    /// table search turns such a line down before reading it as a header
    /// (`TableLines.header`), nearly every line of prose is one, and the splitter turns it down
    /// on its first word or two, where reading its words for the gate read them all.
    static func cannotHeadOrRejectedSingleCell(_ bytes: [UInt8], lines: [TextRange]) -> [Bool] {
        judge(bytes, count: lines.count, singleCells: true) { _, index in lines[index] }
    }

    /// The same for the lines `LineCells.lines` makes from `starts` (`Document.lineStarts`),
    /// each made as it is judged (`LineCells.line`), without an array of them.
    static func cannotHeadOrRejectedSingleCell(_ bytes: [UInt8], starts: [Int]) -> [Bool] {
        starts.withUnsafeBufferPointer { starts in
            judge(bytes, count: starts.count, singleCells: true) { text, index in LineCells.line(index, starts: starts, text) }
        }
    }

    /// `line(text, index)` is line `index` of `count`, `text` the buffer of `bytes`.
    @inline(__always)
    private static func judge(
        _ bytes: [UInt8], count: Int, singleCells: Bool, line lineAt: (UnsafeBufferPointer<UInt8>, Int) -> TextRange
    ) -> [Bool] {
        let keywords = ColumnHeader.keywordTable
        let words = HeaderSplitter.tables
        var folded: [UInt8] = []
        // Nearly every line cannot head: the few that may are written over.
        var closed = [Bool](repeating: true, count: count)
        bytes.withUnsafeBufferPointer { text in
            ByteClassTable.table.withUnsafeBufferPointer { classes in
                closed.withUnsafeMutableBufferPointer { closed in
                    for index in 0..<count {
                        let line = lineAt(text, index)
                        // A third of the lines are blank: no stretch, no word.
                        guard line.end > line.start else { continue }
                        // Most lines are too short for a long stretch: that test is not even called.
                        // Long prose opens on a stretch told on bit masks (`opensWithLongStretch`).
                        if line.end - line.start > longest && (opensWithLongStretch(text, line) || hasLongStretchByBlocks(text, line)) {
                            continue
                        }
                        if singleCells, rejectsSingleCell(bytes, text, line, words) { continue }
                        closed[index] = !mayNameAmounts(bytes, text, classes, keywords, line, &folded)
                    }
                }
            }
        }
        return closed
    }

    /// `LineCells.singleCellRange(line)` is some cell that `HeaderRow.rejectsSingleCell`: the
    /// splitter takes a cell exactly when it holds only header words
    /// (`HeaderSplitter.holdsOnlyHeaderWords`), asked here without the rest of the split.
    /// The splitter's first tests of the cell's first word (`holdsOnlyHeaderWords`), which turn
    /// down nearly every cell, are made here, without a call.
    @inline(__always)
    private static func rejectsSingleCell(
        _ bytes: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ line: TextRange, _ words: HeaderSplitter.WordTables
    ) -> Bool {
        guard isSingleCell(text, line) else { return false }
        var first = line.start
        while first < line.end, text[first] == 0x20 { first += 1 }
        var last = line.end
        while last > first, text[last - 1] == 0x20 { last -= 1 }
        guard first < last, last - first <= HeaderRow.maximumCellBytes else { return true }
        let opening = text[first]
        if opening < 0x80 {
            guard words.mayStart(opening) else { return true }
            if first + 1 < last {
                let second = text[first + 1]
                if second < 0x80, second != 0x20, second != UInt8(ascii: "-") {
                    if !words.mayOpen(opening, second) { return true }
                    // The third byte only for the few words opening on a header word's two.
                    if first + 2 < last, words.turnsDownThird(opening, second, text[first + 2]) { return true }
                }
            }
        }
        return !HeaderSplitter.holdsOnlyHeaderWords(text, bytes, TextRange(first, last), words)
    }

    /// Byte classes for the word scan (`ByteClassTable` less its space and punctuation bits):
    /// 0 for ASCII bytes that are no letter nor digit (they end every word), `letter`,
    /// `digit`, and `high` for bytes of non-ASCII scalars.
    private static let letter = ByteClassTable.letter
    private static let high = ByteClassTable.high
    private static let wordBits = ByteClassTable.alphanumeric | ByteClassTable.high

    /// `ColumnHeader.mayNameAmounts([line], anyYear: true)`. Most words are ASCII letters: the
    /// bytes of a run of letters and digits are classed through a table, and a run that meets
    /// no non-ASCII byte is the word, read in place; a run that meets one is read again from
    /// its start by `wordMay`, as a word may hold non-ASCII letters.
    @inline(__always)
    private static func mayNameAmounts(
        _ bytes: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ classes: UnsafeBufferPointer<UInt8>,
        _ keywords: ColumnHeader.KeywordTable, _ line: TextRange, _ folded: inout [UInt8]
    ) -> Bool {
        let end = line.end
        var index = line.start
        while index < end {
            let byte = text[index]
            let kind = classes[Int(byte)] & wordBits
            if kind == 0 {
                index += 1
                continue
            }
            if kind != high {
                var stop = index + 1
                var seen = kind
                while stop < end {
                    let current = classes[Int(text[stop])] & wordBits
                    if current == 0 { break }
                    seen |= current
                    stop += 1
                }
                if seen == letter {
                    // Letters only: the word is its one part.
                    if keywords.contains(UnsafeBufferPointer(rebasing: text[index..<stop])) { return true }
                    index = stop
                    continue
                }
                if seen & high == 0 {
                    if case .may = ColumnHeader.scanParts(text, index, stop, keywords, anyYear: true) { return true }
                    index = stop
                    continue
                }
            } else {
                // `€` is left to the header; other scalars with its lead byte (`’`, `–`) are
                // no letters, skipped below.
                if ColumnHeader.isEuroSign(text, index, end) { return true }
                if !Letters.isLetter(Letters.scalar(text, at: index)) {
                    index = min(end, index + Letters.scalarLength(byte))
                    continue
                }
            }
            // A word holding a non-ASCII letter (or a run that meets a non-ASCII scalar).
            let (stop, may) = wordMay(bytes, text, from: index, before: end, keywords, &folded)
            if may { return true }
            index = stop
        }
        return false
    }

    /// Reads the word starting at `index` (`ColumnHeader.word`) in one pass: its end, its
    /// digits, and for a word with a non-ASCII letter the length of its fold and whether it
    /// holds a look-alike letter, so that the fold and the look-alike reading are tried only on
    /// the few words they could make a header word of. Returns where the word ends and whether
    /// it may name amounts as `ColumnHeader.mayNameAmounts` reads it.
    private static func wordMay(
        _ bytes: [UInt8], _ text: UnsafeBufferPointer<UInt8>, from index: Int, before end: Int,
        _ keywords: ColumnHeader.KeywordTable, _ folded: inout [UInt8]
    ) -> (end: Int, may: Bool) {
        var stop = index
        var digits = false
        var ascii = true
        // The length of the word's fold if every letter has an ASCII one (`foldsToKeyword`;
        // `foldable` may stay true for a word whose letters do not all fold, never the reverse),
        // and whether a lead byte is CE, D1 or between (the look-alike letters of
        // `Homoglyphs.latin`).
        var foldable = true
        var foldLength = 0
        var lookAlike = false
        while stop < end {
            let current = text[stop]
            if current < 0x80 {
                if ByteClass.isDigit(current) {
                    digits = true
                } else if !ByteClass.isASCIILetter(current) {
                    break
                }
                foldLength += 1
                stop += 1
            } else if current == 0xC3, stop + 2 <= text.count {
                // U+00C0 to U+00FF (`é`, `à`, `ç`...), most non-ASCII letters of French: all
                // letters but `×` and `÷`, none a look-alike, `æ`/`Æ` folding to two letters.
                // Whether each folds to ASCII is left to `foldsToKeyword`.
                let scalar = 0xC0 | UInt32(text[stop + 1] & 0x3F)
                guard scalar != 0xD7, scalar != 0xF7 else { break }
                ascii = false
                foldLength += scalar == 0xC6 || scalar == 0xE6 ? 2 : 1
                stop += 2
            } else {
                let scalar = Letters.scalar(text, at: stop)
                guard Letters.isLetter(scalar) else { break }
                ascii = false
                if current >= 0xCE, current <= 0xD1 { lookAlike = true }
                let fold = Letters.asciiFoldBytes(scalar)
                if fold.first == 0 { foldable = false }
                foldLength += fold.second == 0 ? 1 : 2
                stop += Letters.scalarLength(current)
            }
        }
        stop = min(stop, end)
        if ascii {
            if digits {
                if case .may = ColumnHeader.scanParts(text, index, stop, keywords, anyYear: true) { return (stop, true) }
            } else if keywords.contains(UnsafeBufferPointer(rebasing: text[index..<stop])) {
                return (stop, true)
            }
            return (stop, false)
        }
        if digits {
            folded.removeAll(keepingCapacity: true)
            _ = Folding.fold(text, index, stop, into: &folded)
            if case .may = folded.withUnsafeBufferPointer({ ColumnHeader.scanParts($0, 0, $0.count, keywords, anyYear: true) }) {
                return (stop, true)
            }
        } else if foldable, keywords.hasWord(startingWith: firstFold(text, index), length: foldLength),
            // Folded, the word is a keyword only if every letter folds to ASCII and some keyword
            // starts with its first letter and has its length (`KeywordTable.contains`).
            foldsToKeyword(text, index, stop, keywords)
        {
            return (stop, true)
        }
        // A word of look-alike letters may be read as a header word: left to the header.
        return (stop, lookAlike && Homoglyphs.latinized(bytes, index, stop) != nil)
    }

    /// The ASCII letter the letter at `index` folds to first (0 for none).
    @inline(__always)
    private static func firstFold(_ text: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt8 {
        let byte = text[index]
        return byte < 0x80 ? ByteClass.lowercased(byte) : Letters.asciiFoldBytes(Letters.scalar(text, at: index)).first
    }

    /// Whether the word `[start, end)`, without digits, folds to a keyword. Its fold is then
    /// one part (no letter folds to a digit), a keyword only if all ASCII: a letter without
    /// an ASCII fold leaves non-ASCII bytes in it (even `İ`, whose lowercase is `i` and a
    /// combining dot), so it settles the word without the `String` lowercasing `Folding.fold`
    /// would do. Most words fail on their first letter.
    private static func foldsToKeyword(
        _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ keywords: ColumnHeader.KeywordTable
    ) -> Bool {
        // Keywords are shorter than 32 bytes (`KeywordTable.contains`): a fold on the stack.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { folded -> Bool in
            var count = 0
            var index = start
            while index < end {
                let byte = text[index]
                var first = byte
                var second: UInt8 = 0
                if byte < 0x80 {
                    first = ByteClass.lowercased(byte)
                    index += 1
                } else {
                    (first, second) = Letters.asciiFoldBytes(Letters.scalar(text, at: index))
                    guard first != 0 else { return false }
                    index += Letters.scalarLength(byte)
                }
                if count == 0, !keywords.hasWord(startingWith: first) { return false }
                guard count + 2 <= 32 else { return false }
                folded[count] = first
                count += 1
                if second != 0 {
                    folded[count] = second
                    count += 1
                }
            }
            return count > 0 && keywords.contains(UnsafeBufferPointer(rebasing: folded[0..<count]))
        }
    }
}
