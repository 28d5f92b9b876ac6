/// `HeaderRow.cannotHead` in one pass over a line's bytes: the table search asks it of nearly
/// every line of every text, and reading each line twice (once for a long stretch, once for a
/// word that may name amounts) was most of the search's cost. Exactly
/// `HeaderRow.hasLongStretch(line) || !ColumnHeader.mayNameAmounts([line], anyYear: true)`
/// (`HeaderLineGateTests` checks it on every line of the corpus and on made-up lines).
enum HeaderLineGate {
    /// A stretch without separator longer than this holds a cell too long for a header.
    private static let longest = HeaderRow.maximumCellBytes + 2

    static func cannotHead(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        bytes.withUnsafeBufferPointer { text -> Bool in
            let keywords = ColumnHeader.keywordTable
            var stretch = 0
            var index = line.start
            var may = false
            var folded: [UInt8] = []
            // Words and stretches together, until some word may name amounts.
            while index < line.end, !may {
                let byte = text[index]
                if byte < 0x80, !ByteClass.isASCIIAlphanumeric(byte) {
                    stretch = separates(text, index, line) ? 0 : stretch + 1
                    if stretch > longest { return true }
                    index += 1
                    continue
                }
                // `€` (and anything else starting with its lead byte): left to the header.
                if byte == 0xE2 {
                    may = true
                    break
                }
                if byte >= 0x80, !Letters.isLetter(Letters.scalar(text, at: index)) {
                    let next = min(line.end, index + Letters.scalarLength(byte))
                    stretch += next - index
                    if stretch > longest { return true }
                    index = next
                    continue
                }
                // A word: letters and digits, none of them a separator.
                let (end, ascii, digits) = ColumnHeader.word(text, from: index, before: line.end)
                stretch += end - index
                if stretch > longest { return true }
                if !ascii {
                    // A word of look-alike letters may be read as a header word: left to the header.
                    if Homoglyphs.latinized(bytes, index, end) != nil {
                        may = true
                        index = end
                        break
                    }
                    // Without digits the word is one part, a keyword only if its first letter
                    // folded starts one: most accented words are settled without folding them.
                    let initial = text[index] < 0x80
                        ? ByteClass.lowercased(text[index]) : Letters.asciiFoldBytes(Letters.scalar(text, at: index)).first
                    if !digits, !keywords.hasWord(startingWith: initial) {
                        index = end
                        continue
                    }
                    folded.removeAll(keepingCapacity: true)
                    _ = Folding.fold(text, index, end, into: &folded)
                    if case .may = folded.withUnsafeBufferPointer({ ColumnHeader.scanParts($0, 0, $0.count, keywords, anyYear: true) }) {
                        may = true
                    }
                } else if digits {
                    if case .may = ColumnHeader.scanParts(text, index, end, keywords, anyYear: true) { may = true }
                } else {
                    // Letters only: the word is its one part.
                    may = keywords.contains(UnsafeBufferPointer(rebasing: text[index..<end]))
                }
                index = end
            }
            guard may else { return true }
            // Some word may name amounts: only a long stretch in the rest still rules it out.
            while index < line.end {
                stretch = separates(text, index, line) ? 0 : stretch + 1
                if stretch > longest { return true }
                index += 1
            }
            return false
        }
    }

    /// Whether the byte at `index` separates cells: a tab, a pipe, or a space beside another.
    @inline(__always)
    private static func separates(_ text: UnsafeBufferPointer<UInt8>, _ index: Int, _ line: TextRange) -> Bool {
        let byte = text[index]
        return byte == 0x09 || byte == UInt8(ascii: "|")
            || (byte == 0x20 && ((index > line.start && text[index - 1] == 0x20)
                || (index + 1 < line.end && text[index + 1] == 0x20)))
    }
}
