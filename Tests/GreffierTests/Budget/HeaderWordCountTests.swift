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
    ]

    @Test(arguments: texts) func countsAsSplit(_ text: String) {
        #expect(HeaderRow.wordCount(text) == text.split(separator: " ").count)
    }

    static let euroTexts: [String] = [
        "", "€", "AE €", "Montant (€)", "€\u{301}", "x€y", "€\u{200D}x", "\u{20AD}", "\u{20AC}\u{FE0F}",
        "€€\u{301}", "\u{301}€", "EUR", "\u{E2}\u{82}", "AE 2026 € TTC",
    ]

    @Test(arguments: euroTexts) func findsEuroAsContains(_ text: String) {
        #expect(ColumnHeader.holdsEuroSign(text) == text.contains(Character("€")))
    }
}
