import Testing

@testable import Greffier

/// `HeaderRow.wordCount` counts as `split(separator: " ")` does, on ASCII texts (counted on
/// bytes) and on others (a space joined to a combining mark is no separator there);
/// `ColumnHeader.holdsEuroSign` answers as `contains(Character("€"))`, the character search
/// `ColumnHeader` made (a `€` joined to a mark is no `€`).
@Suite struct HeaderWordCountTests {
    static let texts: [String] = [
        "", " ", "  ", "AE", " AE", "AE ", "AE  CP 2026", "Total CP 2026 sur AE 2025 et AE 2026",
        "a b c d e f g h i j k l m n", "\t AE \t", "Crédits de paiement", "AE \u{301}CP", " \u{301}",
        "€ 2026", "AE\r\nCP", "x \u{200D}y", String(repeating: "mot ", count: 20),
        // Scalars below U+0300 and `€` are counted on bytes; others joining a space are not.
        "Crédits de paiement (€)", "é \u{301}x", "a\u{A0}b c", "x \u{AD}y", "a \u{85}b", "\u{2FF} x",
        "\u{300} x", "x \u{300}", "\u{600} x", "x\u{600} y", "€ \u{FE0F}", "x \u{903}y", "ü  ÿ ", "\u{20AD} x",
        "Année 2026 € TTC", "\u{1F4B6} €",
    ]

    @Test(arguments: texts) func countsAsSplit(_ text: String) {
        #expect(HeaderRow.wordCount(text) == text.split(separator: " ").count)
    }

    /// Every line and every cell of the corpus, counted both ways.
    @Test func countsCorpusLinesAsSplit() {
        var nonASCII = 0
        for name in Hostile.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for range in LineCells.lines(document) {
                var texts = [document.text(range)]
                for cell in LineCells(document.bytes, line: range).cells { texts.append(document.text(cell.range)) }
                for text in texts {
                    if text.utf8.contains(where: { $0 >= 0x80 }) { nonASCII += 1 }
                    #expect(HeaderRow.wordCount(text) == text.split(separator: " ").count, "\(text)")
                }
            }
        }
        #expect(nonASCII > 100)
    }

    static let euroTexts: [String] = [
        "", "€", "AE €", "Montant (€)", "€\u{301}", "x€y", "€\u{200D}x", "\u{20AD}", "\u{20AC}\u{FE0F}",
        "€€\u{301}", "\u{301}€", "EUR", "\u{E2}\u{82}", "AE 2026 € TTC",
    ]

    @Test(arguments: euroTexts) func findsEuroAsContains(_ text: String) {
        #expect(ColumnHeader.holdsEuroSign(text) == text.contains(Character("€")))
    }
}
