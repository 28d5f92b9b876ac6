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
}
