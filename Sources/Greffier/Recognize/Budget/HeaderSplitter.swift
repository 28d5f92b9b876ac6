/// Splits a header line written with single spaces (`AE CP`) into its columns: each `AE`,
/// `CP`, `Total` or `Montant` opens one, unless it continues the previous (`AE et CP 2026`,
/// `CP sur AE 2025`). Only lines made of header words are split; others are not headers.
enum HeaderSplitter {
    private static let openers: Set<String> = ["ae", "cp", "total", "montant", "montants"]
    /// Words after which `AE`/`CP` continue a column: `AE et CP`, `CP sur AE`, `Total CP`.
    private static let joiners: Set<String> = [
        "et", "sur", "/", "=", "+", "&", "en", "de", "d", "total", "montant", "montants",
    ]
    static let vocabulary: Set<String> = [
        "ae", "cp", "aes", "cps", "total", "totaux", "montant", "montants", "ttc", "ht", "et", "sur", "en",
        "euros", "eur", "€", "(", ")", "/", "=", "+", "&", "(ttc)", "(ht)", "(en", "euros)", "(€)", "€)",
        "autorisations", "autorisation", "d", "d'engagement", "engagement", "credits", "de", "paiement",
        "paiements", "annee", "annees", "exercice", "fonds", "intitules", "intitule", "libelle", "application",
    ]

    /// The ASCII bytes a header word may start with once folded: those of the vocabulary,
    /// `a`/`c` of a glued `AE2025`/`CP2025`, and digits of a year. A word starting with another
    /// ASCII byte is not a header word, which rejects most prose before any word is built.
    static let startBytes: [Bool] = {
        var table = Array(repeating: false, count: 128)
        for word in vocabulary {
            if let first = word.utf8.first, first < 0x80 { table[Int(first)] = true }
        }
        for byte in "ac0123456789".utf8 { table[Int(byte)] = true }
        return table
    }()

    struct Part: Sendable, Equatable {
        let range: TextRange
        let column: Int
        let endColumn: Int
    }

    static func columns(_ bytes: [UInt8], _ cell: LineCells.Cell) -> [Part]? {
        // Most cells asked about are prose, turned down on some word: settled before any word
        // is folded into a string (a header word before the one that settles it cost one).
        guard holdsOnlyHeaderWords(bytes, cell.range) else { return nil }
        var words: [Word] = []
        var index = cell.range.start
        var column = cell.column
        while index < cell.range.end {
            if bytes[index] == 0x20 {
                index += 1
                column += 1
                continue
            }
            let start = index
            // An ASCII byte folds to itself lowercased (a cell holds no line feed, so no `-⏎`
            // join), and look-alike letters are not ASCII: this is the folded word's first byte.
            if bytes[start] < 0x80, !startBytes[Int(ByteClass.lowercased(bytes[start]))] { return nil }
            let startColumn = column
            while index < cell.range.end, bytes[index] != 0x20 {
                index += bytes[index] < 0x80 ? 1 : max(1, Letters.scalarLength(bytes[index]))
                column += 1
            }
            let end = min(index, cell.range.end)
            // Most prose is rejected on its first ASCII word, read in place without a string.
            if let header = isHeaderWordASCII(bytes, start, end), !header { return nil }
            let latin = Homoglyphs.latinized(bytes, start, end) ?? Array(bytes[start..<end])
            let word = Word(range: TextRange(start, end), column: startColumn, endColumn: column,
                            folded: Folding.fold(latin, 0, latin.count))
            // Only lines made only of header words are split: the first other word settles it.
            guard isHeaderWord(word.folded) else { return nil }
            words.append(word)
        }
        guard !words.isEmpty else { return nil }
        var parts: [Part] = []
        var current = 0
        for position in words.indices.dropFirst() {
            let opens = openers.contains(where: { words[position].folded.hasPrefix($0) })
            if opens, !joiners.contains(words[position - 1].folded) {
                parts.append(part(words, current, position - 1))
                current = position
            }
        }
        parts.append(part(words, current, words.count - 1))
        return parts
    }

    /// Whether the cell's text is not empty and each of its words (cut at spaces) is a header
    /// word, as `columns` reads them: an ASCII word in place (`isHeaderWordASCII`), another
    /// folded, look-alike letters read as Latin. `columns` splits exactly such cells.
    static func holdsOnlyHeaderWords(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        bytes.withUnsafeBufferPointer { holdsOnlyHeaderWords($0, bytes, range, tables) }
    }

    /// The same on the text's buffer (`text` holds `bytes`), the tables fetched by the caller:
    /// the header gate asks it of thousands of lines, and fetching the tables and the buffer
    /// at each call was a fifth of its cost.
    static func holdsOnlyHeaderWords(
        _ text: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], _ range: TextRange, _ tables: WordTables
    ) -> Bool {
        var any = false
        var index = range.start
        while index < range.end {
            if text[index] == 0x20 {
                index += 1
                continue
            }
            let start = index
            let first = text[start]
            if first < 0x80 {
                guard tables.mayStart(first) else { return false }
                // Most words are turned down on their first two or three bytes, when ASCII
                // (the fold of a word holds its ASCII bytes lowercased, but for `-⏎`).
                if start + 1 < range.end {
                    let second = text[start + 1]
                    if second < 0x80, second != 0x20, second != UInt8(ascii: "-") {
                        if !tables.mayOpen(first, second) { return false }
                        if start + 2 < range.end, tables.turnsDownThird(first, second, text[start + 2]) { return false }
                    }
                }
            }
            // The word's end, and whether its fold is its bytes lowercased (ASCII, no line feed).
            var ascii = true
            while index < range.end, text[index] != 0x20 {
                let byte = text[index]
                if byte < 0x80 {
                    if byte == 0x0A { ascii = false }
                    index += 1
                } else {
                    ascii = false
                    index += max(1, Letters.scalarLength(byte))
                }
            }
            let end = min(index, range.end)
            guard ascii ? isASCIIHeaderWord(text, start, end, tables.words) : isFoldedHeaderWord(text, bytes, start, end, tables)
            else { return false }
            any = true
        }
        return any
    }

    /// Whether a folded word may be part of a split header: a vocabulary word, a year, or
    /// `AE`/`CP` glued to what follows (`AE2025`).
    static func isHeaderWord(_ folded: String) -> Bool {
        let glued = folded.hasPrefix("ae") || folded.hasPrefix("cp")
        return vocabulary.contains(folded) || ColumnHeader.year(folded) != nil || glued
    }

    /// `isHeaderWord(Folding.fold(word))` for a word of ASCII bytes without a line feed, whose
    /// fold is its bytes lowercased (no look-alike letter is ASCII); nil for other words.
    /// A year is four ASCII digits within `ColumnHeader.years` (`Int` would take a sign, but
    /// a sign leaves three digits, no year).
    static func isHeaderWordASCII(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool? {
        guard end > start else { return nil }
        for index in start..<end where bytes[index] >= 0x80 || bytes[index] == 0x0A { return nil }
        return bytes.withUnsafeBufferPointer { isASCIIHeaderWord($0, start, end, tables.words) }
    }

    private struct Word {
        let range: TextRange
        let column: Int
        let endColumn: Int
        let folded: String
    }

    private static func part(_ words: [Word], _ first: Int, _ last: Int) -> Part {
        Part(range: TextRange(words[first].range.start, words[last].range.end), column: words[first].column,
             endColumn: words[last].endColumn)
    }
}
