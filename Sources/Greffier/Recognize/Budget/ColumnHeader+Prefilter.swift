/// A test that a header cell cannot name amounts, without building its `ColumnHeader` (text,
/// words, repairs, all strings): most short lines the table search reads are not headers, and
/// this settles it for nearly all of them. It reads the words exactly as `ColumnHeader.init`
/// does, into reused buffers, and gives up (answers "may") wherever that init could read more.
extension ColumnHeader {
    /// Words one of which a header must hold to measure something or name amounts: those of
    /// `measure` (a measure of AE after `autorisations` needs `engagement`, of CP after
    /// `crédits` needs `paiement(s)`) and of `namesAmounts`.
    private static let amountKeywords: [[UInt8]] = {
        let words = totalWords.union(aeWords).union(cpWords).union(amountNames)
            .union(["engagement", "paiement", "paiements"])
        return words.map { Array($0.utf8) }
    }()
    /// The words besides years a header of years only may hold.
    private static let yearCompanions: [[UInt8]] = [Array("ttc".utf8), Array("ht".utf8)]

    /// `amountKeywords` by first byte, for words compared in place, with a mask of their
    /// lengths (bit n: one is n bytes long) that rejects most words before any comparison.
    struct KeywordTable {
        var words = Array(repeating: [[UInt8]](), count: 128)
        var lengths = Array(repeating: UInt32(0), count: 128)

        init(_ keywords: [[UInt8]]) {
            for word in keywords where !word.isEmpty && word[0] < 0x80 && word.count < 32 {
                words[Int(word[0])].append(word)
                lengths[Int(word[0])] |= 1 << UInt32(word.count)
            }
        }

        /// Whether some keyword starts with `byte`.
        @inline(__always)
        func hasWord(startingWith byte: UInt8) -> Bool { byte < 0x80 && lengths[Int(byte)] != 0 }

        /// Whether some keyword starts with `byte` and is `length` bytes long.
        @inline(__always)
        func hasWord(startingWith byte: UInt8, length: Int) -> Bool {
            byte < 0x80 && length < 32 && lengths[Int(byte)] & (1 << UInt32(length)) != 0
        }

        @inline(__always)
        func contains(_ part: UnsafeBufferPointer<UInt8>) -> Bool {
            let first = ByteClass.lowercased(part[0])
            guard first < 0x80, part.count < 32, lengths[Int(first)] & (1 << UInt32(part.count)) != 0 else { return false }
            return words[Int(first)].contains { equalsLowercased(part, $0) }
        }
    }

    static let keywordTable = KeywordTable(amountKeywords)

    /// False only when `ColumnHeader(bytes, ranges:)` would not name amounts: no word of
    /// `amountKeywords`, no `€`, and not a header of years. With `anyYear`, any year says
    /// "may": the test then holds for every part of the ranges cut at non-word bytes (a
    /// line's cells), since a part holding the year may hold nothing else.
    // Generic over the ranges: `HeaderRow.read` asks of one range without an array for it.
    static func mayNameAmounts<Ranges: Sequence<TextRange>>(_ bytes: [UInt8], _ ranges: Ranges, anyYear: Bool = false) -> Bool {
        var folded: [UInt8] = []
        var hasYear = false
        var onlyYears = true
        let keywords = keywordTable
        // Raw bytes: this runs on every short line of every text, and on every header cell.
        return bytes.withUnsafeBufferPointer { text -> Bool in
            for range in ranges {
                var index = range.start
                while index < range.end {
                    let byte = text[index]
                    if byte < 0x80, !ByteClass.isASCIIAlphanumeric(byte) {
                        index += 1
                        continue
                    }
                    // `€` is left to the header; other scalars with its lead byte (`’`, `–`) are
                    // no letters, skipped below: only a `€` in the text can name amounts.
                    if isEuroSign(text, index, range.end) { return true }
                    if byte >= 0x80, !Letters.isLetter(Letters.scalar(text, at: index)) {
                        index = min(range.end, index + Letters.scalarLength(byte))
                        continue
                    }
                    let (end, ascii, _) = word(text, from: index, before: range.end)
                    let parts: PartScan
                    if ascii {
                        // An ASCII word folds to itself lowercased: it is read in place.
                        parts = scanParts(text, index, end, keywords, anyYear: anyYear)
                    } else {
                        // A word of look-alike letters may be read as a header word: left to the header.
                        if Homoglyphs.latinized(bytes, index, end) != nil { return true }
                        folded.removeAll(keepingCapacity: true)
                        _ = Folding.fold(text, index, end, into: &folded)
                        parts = folded.withUnsafeBufferPointer { scanParts($0, 0, $0.count, keywords, anyYear: anyYear) }
                    }
                    switch parts {
                    case .may: return true
                    case .read(let year, let other):
                        hasYear = hasYear || year
                        onlyYears = onlyYears && !other
                    }
                    index = end
                }
            }
            return hasYear && onlyYears
        }
    }

    /// Whether `€` (E2 82 AC) starts at `index` and ends by `limit`: a header's text holds a
    /// `€` only where its bytes do, a whole scalar inside one of its ranges.
    @inline(__always)
    static func isEuroSign(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ limit: Int) -> Bool {
        text[index] == 0xE2 && index + 2 < limit && text[index + 1] == 0x82 && text[index + 2] == 0xAC
    }

    /// The word starting at `index` (letters and digits, `isWordByte`), ending at `limit` at
    /// the latest: where it ends, whether it is all ASCII, and whether it holds an ASCII digit.
    @inline(__always)
    static func word(_ text: UnsafeBufferPointer<UInt8>, from index: Int, before limit: Int) -> (end: Int, ascii: Bool, digits: Bool) {
        var end = index
        var ascii = true
        var digits = false
        while end < limit {
            let current = text[end]
            if current < 0x80 {
                if ByteClass.isDigit(current) {
                    digits = true
                } else if !ByteClass.isASCIILetter(current) {
                    break
                }
                end += 1
            } else {
                guard Letters.isLetter(Letters.scalar(text, at: end)) else { break }
                ascii = false
                end += Letters.scalarLength(current)
            }
        }
        return (min(end, limit), ascii, digits)
    }

    enum PartScan {
        case may
        /// Whether a part was a year, and whether one was neither a year nor a companion.
        case read(year: Bool, other: Bool)
    }

    /// The header's words are the folded word cut where digits meet other characters: reads
    /// those of `bytes[start..<end]` (folded but for ASCII case).
    static func scanParts(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ keywords: KeywordTable, anyYear: Bool
    ) -> PartScan {
        var year = false
        var other = false
        var partStart = start
        while partStart < end {
            let isDigit = ByteClass.isDigit(bytes[partStart])
            var stop = partStart + 1
            while stop < end, ByteClass.isDigit(bytes[stop]) == isDigit { stop += 1 }
            let part = UnsafeBufferPointer(rebasing: bytes[partStart..<stop])
            if isDigit {
                if isYear(part) {
                    if anyYear { return .may }
                    year = true
                } else if !anyYear {
                    other = true
                }
            } else {
                if keywords.contains(part) { return .may }
                // Whether the words are years only matters without `anyYear`.
                if !anyYear, !yearCompanions.contains(where: { equalsLowercased(part, $0) }) { other = true }
            }
            partStart = stop
        }
        return .read(year: year, other: other)
    }

    /// Whether `part`, ASCII letters lowercased, is `word`.
    @inline(__always)
    private static func equalsLowercased(_ part: UnsafeBufferPointer<UInt8>, _ word: [UInt8]) -> Bool {
        guard part.count == word.count else { return false }
        for index in 0..<part.count where ByteClass.lowercased(part[index]) != word[index] { return false }
        return true
    }

    /// `ColumnHeader.year` on ASCII digits: four of them, within `years`.
    private static func isYear(_ digits: UnsafeBufferPointer<UInt8>) -> Bool {
        guard digits.count == 4 else { return false }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return years.contains(value)
    }
}
