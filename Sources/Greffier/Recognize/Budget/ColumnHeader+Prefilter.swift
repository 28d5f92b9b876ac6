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

    /// False only when `ColumnHeader(bytes, ranges:)` would not name amounts: no word of
    /// `amountKeywords`, no `€`, and not a header of years.
    static func mayNameAmounts(_ bytes: [UInt8], _ ranges: [TextRange]) -> Bool {
        var word: [UInt8] = []
        var folded: [UInt8] = []
        var hasYear = false
        var onlyYears = true
        for range in ranges {
            var index = range.start
            while index < range.end {
                let byte = bytes[index]
                // `€` (and anything else starting with its lead byte) is left to the header.
                if byte == 0xE2 { return true }
                guard isWordByte(bytes, index) else {
                    index = min(range.end, index + (byte < 0x80 ? 1 : Letters.scalarLength(byte)))
                    continue
                }
                var end = index
                var ascii = true
                while end < range.end, isWordByte(bytes, end) {
                    ascii = ascii && bytes[end] < 0x80
                    end += bytes[end] < 0x80 ? 1 : Letters.scalarLength(bytes[end])
                }
                end = min(end, range.end)
                // A word of look-alike letters may be read as a header word: left to the header.
                if !ascii, Homoglyphs.latinized(bytes, index, end) != nil { return true }
                word.removeAll(keepingCapacity: true)
                word += bytes[index..<end]
                folded.removeAll(keepingCapacity: true)
                Folding.appendFold(word, 0, word.count, to: &folded)
                // The header's words are the folded word cut where digits meet other characters.
                var start = 0
                while start < folded.count {
                    let isDigit = ByteClass.isDigit(folded[start])
                    var stop = start + 1
                    while stop < folded.count, ByteClass.isDigit(folded[stop]) == isDigit { stop += 1 }
                    let part = folded[start..<stop]
                    if !isDigit, amountKeywords.contains(where: { $0.elementsEqual(part) }) { return true }
                    if isDigit, isYear(part) {
                        hasYear = true
                    } else if isDigit || !yearCompanions.contains(where: { $0.elementsEqual(part) }) {
                        onlyYears = false
                    }
                    start = stop
                }
                index = end
            }
        }
        return hasYear && onlyYears
    }

    /// `ColumnHeader.year` on ASCII digits: four of them, within `years`.
    private static func isYear(_ digits: ArraySlice<UInt8>) -> Bool {
        guard digits.count == 4 else { return false }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return years.contains(value)
    }
}
