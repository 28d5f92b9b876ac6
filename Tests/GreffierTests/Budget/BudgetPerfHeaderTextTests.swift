import Testing

@testable import Greffier

/// `HeaderRow.read` builds a `ColumnHeader` only for the cuts that may name amounts, and reads
/// the text alone of the others (`ColumnHeader.text`): the headers it finds are those it found
/// building every cut's header (`ReferenceHeaderRowRead`), and the text is the header's.
@Suite struct BudgetPerfHeaderTextTests {
    static func same(_ found: HeaderRow?, _ expected: HeaderRow?) -> Bool {
        guard let found, let expected else { return found == nil && expected == nil }
        return found.layout == expected.layout && found.lines == expected.lines && found.labels == expected.labels
            && found.amounts == expected.amounts && found.amountHeaders == expected.amountHeaders
    }

    static func check(_ document: Document) -> Int {
        var headers = 0
        for range in LineCells.lines(document) {
            let line = LineCells(document.bytes, line: range)
            let found = HeaderRow.read(document.bytes, line)
            #expect(same(found, ReferenceHeaderRowRead.read(document.bytes, line)), "\(document.text(range))")
            if found != nil { headers += 1 }
            for cell in line.cells {
                #expect(ColumnHeader.text(document.bytes, ranges: [cell.range]) == ColumnHeader(document.bytes, ranges: [cell.range]).text)
            }
        }
        return headers
    }

    @Test func corpusAndAwkwardTexts() {
        var headers = 0
        for document in Hostile.corpusDocuments() + AwkwardInputs.all.map({ Document(bytes: $0) }) {
            headers += Self.check(document)
        }
        #expect(headers > 10)
    }

    /// Label cells before, between and after amount cells; look-alike letters (`СР`), cells
    /// of years, `€`, too many words, bare numbers, stray marks.
    @Test(arguments: [
        "Intitulé\tAE 2026\tCP 2026", "Fonds\tIntitulés / application\tAE et CP 2026 (TTC)\tObservations",
        "Action\tСР 2025\tАЕ 2025", "Libellé  2025  2026", "| Poste | Montant € | Note |", "2025\t12\t14",
        "Objet\tun deux trois quatre cinq six sept huit neuf dix onze douze treize\tAE",
        "Intitulé\tTotal CP 2026 sur AE 2025 et AE 2026\tRemarque |", "Désignation  Crédits de paiement  Autorisations d'engagement",
        "Nature\tMontant HT\tMontant TTC\tÉuros", "Programme\tNéant\tCP", "X\t€\tΑΕ2026\tmœntant",
    ])
    func madeUpLines(text: String) {
        _ = Self.check(Document(bytes: Array(text.utf8)))
    }
}
