import Testing

@testable import Greffier

/// The table search's gate turns down the lines of one cell the header splitter turns down
/// (`HeaderLineGate.cannotHeadOrRejectedSingleCell`), the splitter reading words in place: the
/// splitter answers as its former reading (`ReferenceHeaderSplitter`), the gate as its two tests
/// read apart, and the search finds exactly the tables of its former reading
/// (`ReferenceBudgetTableRecognizer`).
@Suite struct SingleCellGateTests {
    /// Words at the edges of the splitter's shortcuts: its vocabulary, glued `AE`/`CP`, years,
    /// first two bytes of a header word or not, accents on the first letters, folds of two
    /// letters, `’`, `€`, look-alike letters, characters cut by the word's end.
    static let words: [String] = [
        "AE", "ae", "aE2025", "CP", "cps", "Total", "TOTAUX", "montant", "(TTC)", "(ht)", "(en", "euros)",
        "d'engagement", "d’engagement", "d", "D", "&", "=", "+", "/", "(", ")", "1949", "1950", "2100", "2101",
        "19", "20", "21", "2026)", "Année", "ANNÉES", "annee", "Exercice", "Fonds", "Intitulés", "libellé",
        "application", "et", "sur", "en", "de", "du", "la", "Le", "Les", "Vu", "Pour", "x", "ttc", "HT",
        "Crédits", "crédit", "Paiement", "paiements", "autorisations", "ENGAGEMENT", "€", "(€)", "€)", "€uros",
        "Æ", "æs", "Ætotal", "Àe", "àe", "Ée", "Éuros", "éuros", "Ça", "Cp", "cP", "Çp", "Œ", "œuvre", "İ",
        "СР", "СР2026", "ΑΕ", "Αe", "Te", "Té", "tÉ", "é", "ée", "à", "À", "ß", "×", "÷", "–", "«", "’",
        "-", "a-", "-a", "a-e", "ae-", "e-x", "’ae", "a’e", "2025é", "é2025", "\u{301}", "ae\u{301}", "e\u{301}e",
        "cp\u{200D}", "a\u{FE0F}e", String(repeating: "é", count: 20), String(repeating: "a", count: 40),
        "ae" + String(repeating: "é", count: 20), "é" + String(repeating: "a", count: 15), "ÿe", "ÿ",
        // Folds holding a character without an ASCII fold, after `ae`/`cp` or not.
        "ae’", "cp’x", "aex’", "cp«", "ae«x", "l’ae", "d’ae", "aeΩ", "ae\u{2019}\u{301}", "cpé’", "ae€’", "€’",
        // A `-⏎` the fold skips (not in a line's cell, but the splitter reads any range).
        "a-\ne", "c-\np2025", "-\nae", "é-\ne", "x\n",
    ]

    static let madeUpCells: [[UInt8]] = {
        var cells: [[UInt8]] = []
        for first in words {
            for second in ["", " ", " AE", " la", " 2026", "  x", " é"] {
                cells.append(Array((first + second).utf8))
                cells.append(Array((second + " " + first).utf8))
            }
        }
        // Invalid UTF-8: lead bytes cut by a space, the cell's end or another lead.
        for word in ["a", "ae", "c", "cp", "e", ""] {
            for tail: [UInt8] in [[0xC3], [0xC3, 0x20], [0xC3, 0x20, 0x65], [0xE2, 0x82], [0xCE], [0xD0, 0xA1, 0xC3], [0x80], [0xFF]] {
                cells.append(Array(word.utf8) + tail)
                cells.append(tail + Array(word.utf8))
            }
        }
        return cells
    }()

    static func corpusCells() -> [[UInt8]] {
        var cells: [[UInt8]] = []
        var documents = Hostile.corpusDocuments()
        documents += AwkwardInputs.all.prefix(40).map { Document(bytes: $0) }
        for document in documents {
            for range in LineCells.lines(document) {
                cells.append(Array(document.bytes[range.start..<range.end]))
                for cell in LineCells(document.bytes, line: range).cells where !cell.isEmpty {
                    cells.append(Array(document.bytes[cell.range.start..<cell.range.end]))
                }
            }
        }
        return cells
    }

    @Test func splitterAgreesWithItsFormerReading() {
        var accepted = 0
        var count = 0
        for bytes in Self.madeUpCells + Self.corpusCells() {
            // The cell alone, and inside its bytes with a byte before and after it (the splitter
            // reads a range of a text).
            for (text, range) in [(bytes, TextRange(0, bytes.count)), ([0x41] + bytes + [0x0A], TextRange(1, bytes.count + 1))] {
                let fast = HeaderSplitter.holdsOnlyHeaderWords(text, range)
                #expect(fast == ReferenceHeaderSplitter.holdsOnlyHeaderWords(text, range), "\(bytes)")
                if fast { accepted += 1 }
                count += 1
            }
        }
        #expect(count > 10_000)
        #expect(accepted > 200)
    }

    @Test(arguments: words)
    func asciiWordsAgreeWithTheFormerReading(word: String) {
        let bytes = Array(word.utf8)
        #expect(HeaderSplitter.isHeaderWordASCII(bytes, 0, bytes.count) == ReferenceHeaderSplitter.isHeaderWordASCII(bytes, 0, bytes.count))
    }

    /// Each line is closed exactly when the gate closes it or it is one cell the splitter turns down.
    @Test func gateIsItsTwoTestsReadApart() {
        var documents = Hostile.corpusDocuments() + AwkwardInputs.all.map { Document(bytes: $0) }
        documents += Self.madeUpCells.map { Document(bytes: $0 + [0x0A] + $0) }
        var singles = 0
        for document in documents {
            let bytes = document.bytes
            let lines = LineCells.lines(document)
            let gate = HeaderLineGate.cannotHead(bytes, lines: lines)
            let expected = lines.indices.map { index -> Bool in
                guard !gate[index] else { return true }
                guard let cell = LineCells.singleCellRange(bytes, line: lines[index]) else { return false }
                let rejected = HeaderRow.rejectsSingleCell(bytes, cell)
                if rejected { singles += 1 }
                return rejected
            }
            #expect(HeaderLineGate.cannotHeadOrRejectedSingleCell(bytes, lines: lines) == expected)
        }
        #expect(singles > 100)
    }

    /// Texts of tables (the recognizer's cases), each alone, after prose, and cut into lines of
    /// one cell or many.
    static func tableTexts() -> [String] {
        var texts = BudgetTableRecognizerTests.cases.map(\.text) + BudgetTableRecognizerTests.notTables
        texts += texts.map { "Le délégant met à disposition les crédits suivants :\n" + $0 + "\nFin de l'annexe." }
        texts += ["AE CP\n2025 12 € 14 €", "Année AE CP\n2025 12 € 14 €\n2026 1 € 2 €", "Montant total\n12 000 €",
                  "Crédits de paiement AE 2026\nLigne 12 € 3 €", "ΑΕ СР\n2025 1 € 2 €", "€\n1 2"]
        return texts
    }

    /// The amount headers a header keeps are those its slots make.
    @Test func keptAmountHeadersAreTheSlotsHeaders() {
        var kept = 0
        let documents = Hostile.corpusDocuments() + Self.tableTexts().map(BudgetTestRun.document)
        for document in documents {
            for range in LineCells.lines(document) {
                guard let header = HeaderRow.read(document.bytes, LineCells(document.bytes, line: range)) else { continue }
                let built = header.amounts.map { ColumnHeader(document.bytes, ranges: $0.ranges) }
                #expect(header.amountHeaders == built)
                #expect(header.amountColumnHeaders(document.bytes) == built)
                kept += built.count
            }
        }
        #expect(kept > 20)
    }

    @Test func tablesAreThoseOfTheFormerSearch() {
        var found = 0
        var documents = Hostile.corpusDocuments() + AwkwardInputs.all.map { Document(bytes: $0) }
        documents += Self.tableTexts().map(BudgetTestRun.document)
        for document in documents {
            var results = Recognitions()
            BudgetTableRecognizer().recognize(document, into: &results)
            var expected = Recognitions()
            ReferenceBudgetTableRecognizer().recognize(document, into: &expected)
            #expect(results.budget.tables == expected.budget.tables)
            found += results.budget.tables.count
        }
        #expect(found > 10)
    }
}
