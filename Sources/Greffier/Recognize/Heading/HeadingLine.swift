/// The act's heading line: the first line of the head that opens with a kind of act
/// (`Convention de délégation de gestion ...`, `INSTRUCTION N° ...`, `NOTE DE SERVICE`,
/// `Délégation de gestion du 26 janvier 2006 ...`, `Avenant n° 1 ...`). Publication boilerplate
/// (`JORF n°0234 du ...`, `Télécharger au format PDF`, rubric lines) does not open with one.
enum HeadingLine {
    /// Only the head of the text is read: the body cites other acts by kind.
    static let headLines = 60

    /// The kind and the index of the heading line's first word.
    static func find(_ document: Document) -> (DocumentRecord.Kind, Int)? {
        let headEnd = start(ofLine: headLines, in: document)
        return document.tokens.withUnsafeBufferPointer { tokens -> (DocumentRecord.Kind, Int)? in
            // `firstWordOfLine`, carried forward rather than read back from each word.
            var opening = LineOpening(skipsMarks: true)
            for index in tokens.indices {
                let opens = opening.opens(tokens[index].kind)
                guard tokens[index].kind == .word else { continue }
                if tokens[index].start >= headEnd { return nil }
                if opens, let kind = kind(document, index) { return (kind, index) }
            }
            return nil
        }
    }

    /// The offset where line `line` (from 0) starts; `Int.max` past the last line, 0 before the
    /// first. `document.line(of: offset) >= line` exactly when `offset >= start(ofLine: line)`
    /// (the line starts ascend): one comparison per token instead of a binary search.
    static func start(ofLine line: Int, in document: Document) -> Int {
        guard line > 0 else { return 0 }
        return line < document.lineStarts.count ? document.lineStarts[line] : Int.max
    }

    /// First word of its line, allowing markdown marks and bullets before it (`# Convention`).
    static func firstWordOfLine(_ document: Document, _ index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0, document.tokens[previous].kind == .punctuation
            || document.tokens[previous].kind == .symbol || document.tokens[previous].kind == .tab
        {
            previous -= 1
        }
        return previous < 0 || document.isLineEnd(previous)
    }

    /// The words a heading line may open with, as a table: the token's folded string, made
    /// and compared with each word at every first word of the head's lines, cost more than the
    /// rest of finding the heading. A folded token equals one of these ASCII words (none holds
    /// a `k`, `;` or `` ` ``, the only ASCII characters other scalars fold or decompose to)
    /// exactly when its folded bytes are the word's.
    static let kindWords = WordTable([
        "avenant", "convention", "conventions", "delegation", "instruction", "note", "circulaire", "arrete", "decision",
    ])

    /// Asked of word tokens only (the table answers nil for any other).
    static func kind(_ document: Document, _ index: Int) -> DocumentRecord.Kind? {
        guard let word = kindWords.firstIndex(document, index) else { return nil }
        let second = document.next(index)
        let third = document.next(second)
        switch word {
        case 0: return .avenant
        case 1, 2: return .convention
        case 3 where document.isWord(second, literal: "de") && document.isWord(third, literal: "gestion"):
            return .convention
        case 4: return .instruction
        case 5 where document.isWord(second, literal: "de") && document.isWord(third, literal: "service"):
            return .instruction
        case 6: return .circulaire
        case 7: return .arrete
        case 8: return .decision
        default: return nil
        }
    }
}
