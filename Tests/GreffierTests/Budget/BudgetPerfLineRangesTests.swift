import Testing

@testable import Greffier

/// The table search makes each line's range from the line starts as it reads it
/// (`LineCells.line`, `TableLines.range`), and the gate judges lines from the starts: the
/// same ranges and verdicts as from the array `LineCells.lines` made.
@Suite struct BudgetPerfLineRangesTests {
    static func check(_ document: Document) {
        let lines = LineCells.lines(document)
        let table = TableLines(document)
        #expect(table.count == lines.count)
        #expect(lines.indices.allSatisfy { table.range($0) == lines[$0] })
        #expect(lines.indices.allSatisfy { LineCells.line($0, starts: document.lineStarts, document.bytes) == lines[$0] })
        #expect(
            HeaderLineGate.cannotHeadOrRejectedSingleCell(document.bytes, starts: document.lineStarts)
                == HeaderLineGate.cannotHeadOrRejectedSingleCell(document.bytes, lines: lines))
    }

    @Test func corpusAndAwkwardTexts() {
        let documents = Hostile.corpusDocuments() + AwkwardInputs.all.map { Document(bytes: $0) }
        for document in documents { Self.check(document) }
        #expect(documents.count > 10)
    }

    /// Stray marks after a space at a line's end (cut off), lines of one or two bytes, a text
    /// without a final line feed or only line feeds.
    @Test(arguments: [
        "", "\n", "\n\n", "a", " |", "AE CP |\nx", "AE\tCP '\n\tAE 2026 .", "a |\n|", "Montant  €  |",
        "Intitulé\tAE 2026\tCP 2026 |\nFonds\t1 000 €\t2 000 €\n", " .\n .\n", "x\r\n|",
    ])
    func madeUpTexts(text: String) {
        Self.check(Document(bytes: Array(text.utf8)))
    }
}
