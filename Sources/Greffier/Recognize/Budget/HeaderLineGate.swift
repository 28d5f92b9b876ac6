/// `HeaderRow.cannotHead`, fast: the table search asks it of nearly every line of every text.
/// Exactly `HeaderRow.hasLongStretch(line) || !ColumnHeader.mayNameAmounts([line], anyYear: true)`
/// (`HeaderLineGateTests` checks it on every line of the corpus and on made-up lines): the
/// stretch is measured first, eight bytes at a time (`hasLongStretch`), which rejects long
/// prose lines after about 13 loads; the words of the others are then read in a tight loop.
enum HeaderLineGate {
    static func cannotHead(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        bytes.withUnsafeBufferPointer { text -> Bool in
            hasLongStretch(text, line) || !mayNameAmounts(bytes, text, line)
        }
    }

    /// `ColumnHeader.mayNameAmounts([line], anyYear: true)`, ASCII words read in place.
    private static func mayNameAmounts(_ bytes: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool {
        let keywords = ColumnHeader.keywordTable
        let end = line.end
        var index = line.start
        var folded: [UInt8] = []
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                // Most words are ASCII: read here (`ColumnHeader.word` is the same scan),
                // handed to it only from a non-ASCII letter on.
                guard ByteClass.isASCIIAlphanumeric(byte) else {
                    index += 1
                    continue
                }
                var stop = index + 1
                var digits = ByteClass.isDigit(byte)
                while stop < end {
                    let current = text[stop]
                    if ByteClass.isDigit(current) {
                        digits = true
                    } else if !ByteClass.isASCIILetter(current) {
                        break
                    }
                    stop += 1
                }
                if stop < end, text[stop] >= 0x80, Letters.isLetter(Letters.scalar(text, at: stop)) {
                    let rest = ColumnHeader.word(text, from: stop, before: end)
                    if accentedWordMay(bytes, text, index, rest.end, digits: digits || rest.digits, keywords, &folded) {
                        return true
                    }
                    index = rest.end
                    continue
                }
                if digits {
                    if case .may = ColumnHeader.scanParts(text, index, stop, keywords, anyYear: true) { return true }
                } else if keywords.contains(UnsafeBufferPointer(rebasing: text[index..<stop])) {
                    // Letters only: the word is its one part.
                    return true
                }
                index = stop
                continue
            }
            // `€` is left to the header; other scalars with its lead byte (`’`, `–`) are no
            // letters, skipped below.
            if ColumnHeader.isEuroSign(text, index, end) { return true }
            if !Letters.isLetter(Letters.scalar(text, at: index)) {
                index = min(end, index + Letters.scalarLength(byte))
                continue
            }
            // A word starting with a non-ASCII letter.
            let word = ColumnHeader.word(text, from: index, before: end)
            if accentedWordMay(bytes, text, index, word.end, digits: word.digits, keywords, &folded) { return true }
            index = word.end
        }
        return false
    }

    /// Whether the word `[start, end)`, holding a non-ASCII letter, may name amounts as
    /// `mayNameAmounts` reads it (folded, cut into parts where digits meet letters).
    private static func accentedWordMay(
        _ bytes: [UInt8], _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, digits: Bool,
        _ keywords: ColumnHeader.KeywordTable, _ folded: inout [UInt8]
    ) -> Bool {
        if digits {
            folded.removeAll(keepingCapacity: true)
            _ = Folding.fold(text, start, end, into: &folded)
            if case .may = folded.withUnsafeBufferPointer({ ColumnHeader.scanParts($0, 0, $0.count, keywords, anyYear: true) }) {
                return true
            }
        } else if foldsToKeyword(text, start, end, keywords) {
            return true
        }
        // A word of look-alike letters may be read as a header word: left to the header. Those
        // letters (Greek and Cyrillic capitals, `Homoglyphs.latin`) have lead bytes CE, D0 or D1.
        var index = start
        while index < end, text[index] < 0xCE || text[index] > 0xD1 { index += 1 }
        return index < end && Homoglyphs.latinized(bytes, start, end) != nil
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
