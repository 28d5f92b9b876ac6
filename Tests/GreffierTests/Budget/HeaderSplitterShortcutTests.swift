import Testing

@testable import Greffier

/// `HeaderSplitter` rejects a line on its first ASCII word that is no header word without
/// folding it into a string: the in-place test must answer as the folded one, on every word
/// of the corpus and on words made to sit at its edges.
@Suite struct HeaderSplitterShortcutTests {
    static let madeUp: [String] = [
        "AE", "ae", "Ae", "aE2025", "CP", "cps", "CPS", "c", "a", "e", "Total", "TOTAUX", "montant", "MONTANTS",
        "(TTC)", "(ht)", "(en", "euros)", "EUROS", "eur", "d'engagement", "D'ENGAGEMENT", "d", "D", "&", "=", "+",
        "/", "(", ")", "1949", "1950", "2100", "2101", "0950", "+950", "-195", "20260", "202", "2026)", "1a50",
        "Annee", "ANNEES", "exercice", "Fonds", "intitules", "libelle", "application", "applications", "et", "sur",
        "en", "de", "du", "la", "Le", "convention", "x", "ttc", "HT", "ht.", "acp", "cae", "autorisation",
        "AUTORISATIONS", "credits", "paiement", "paiements", "engagement", "[", "@", "`", "{", "~",
        String(repeating: "a", count: 40), String(repeating: "e", count: 31), "tab\tword",
    ]

    static func agrees(_ text: String) -> Bool? {
        let bytes = Array(text.utf8)
        guard let fast = HeaderSplitter.isHeaderWordASCII(bytes, 0, bytes.count) else { return nil }
        return fast == HeaderSplitter.isHeaderWord(Folding.fold(bytes, 0, bytes.count))
    }

    @Test(arguments: madeUp) func agreesOnMadeUpWords(_ text: String) {
        #expect(Self.agrees(text) == true)
    }

    @Test func agreesOnEveryCorpusWord() {
        var words = 0
        var headerWords = 0
        for name in Hostile.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for range in LineCells.lines(document) {
                for piece in document.text(range).split(separator: " ") {
                    let text = String(piece)
                    guard let agrees = Self.agrees(text) else { continue }
                    words += 1
                    if HeaderSplitter.isHeaderWord(Folding.fold(Array(text.utf8), 0, text.utf8.count)) { headerWords += 1 }
                    #expect(agrees, "\(text)")
                }
            }
        }
        #expect(words > 5000)
        #expect(headerWords > 50)
    }

    /// Words holding a non-ASCII byte or a line feed are left to the folded test.
    @Test(arguments: ["é", "Année", "€", "(€)", "СР", "a-\nb", ""]) func leavesOthersToTheFold(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(HeaderSplitter.isHeaderWordASCII(bytes, 0, bytes.count) == nil)
    }

    /// `columns` turns a cell down before folding any word exactly when one of its words is
    /// no header word: the first pass answers as the whole split, on every cell of every
    /// corpus line and on made-up cells (accepted words before a rejected one, look-alikes).
    @Test func firstPassAnswersAsTheSplit() {
        var cells = Self.madeUp.map { Array($0.utf8) } + [
            "AE CP", "AE et CP 2026 convention", "Montant total de", "СР 2026", "Année 2026", "AE (TTC) €",
            "Crédits de paiement", "crédits de paiement", " AE ", "", " ", "AE\tCP", "2026 2027 x",
        ].map { Array($0.utf8) }
        for name in Hostile.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for range in LineCells.lines(document) {
                for cell in LineCells(document.bytes, line: range).cells {
                    cells.append(Array(document.bytes[cell.range.start..<cell.range.end]))
                }
            }
        }
        var accepted = 0
        for bytes in cells {
            let range = TextRange(0, bytes.count)
            let split = HeaderSplitter.columns(bytes, LineCells.Cell(range: range, column: 0, endColumn: 0)) != nil
            if split { accepted += 1 }
            #expect(HeaderSplitter.holdsOnlyHeaderWords(bytes, range) == split, "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(accepted > 50)
        #expect(cells.count - accepted > 1000)
    }
}
