/// Splits a header line written with single spaces (`AE CP`) into its columns: each `AE`,
/// `CP`, `Total` or `Montant` opens one, unless it continues the previous (`AE et CP 2026`,
/// `CP sur AE 2025`). Only lines made of header words are split; others are not headers.
enum HeaderSplitter {
    private static let openers: Set<String> = ["ae", "cp", "total", "montant", "montants"]
    /// Words after which `AE`/`CP` continue a column: `AE et CP`, `CP sur AE`, `Total CP`.
    private static let joiners: Set<String> = [
        "et", "sur", "/", "=", "+", "&", "en", "de", "d", "total", "montant", "montants",
    ]
    private static let vocabulary: Set<String> = [
        "ae", "cp", "aes", "cps", "total", "totaux", "montant", "montants", "ttc", "ht", "et", "sur", "en",
        "euros", "eur", "€", "(", ")", "/", "=", "+", "&", "(ttc)", "(ht)", "(en", "euros)", "(€)", "€)",
        "autorisations", "autorisation", "d", "d'engagement", "engagement", "credits", "de", "paiement",
        "paiements", "annee", "annees", "exercice", "fonds", "intitules", "intitule", "libelle", "application",
    ]

    /// The ASCII bytes a header word may start with once folded: those of the vocabulary,
    /// `a`/`c` of a glued `AE2025`/`CP2025`, and digits of a year. A word starting with another
    /// ASCII byte is not a header word, which rejects most prose before any word is built.
    private static let startBytes: [Bool] = {
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
            let latin = Homoglyphs.latinized(bytes, start, end) ?? Array(bytes[start..<end])
            let word = Word(range: TextRange(start, end), column: startColumn, endColumn: column,
                            folded: Folding.fold(latin, 0, latin.count))
            // Only lines made only of header words are split: the first other word settles it.
            let glued = word.folded.hasPrefix("ae") || word.folded.hasPrefix("cp")
            guard vocabulary.contains(word.folded) || ColumnHeader.year(word.folded) != nil || glued else { return nil }
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
