import Testing

@testable import Greffier

/// `ColumnHeader.holdsEuroSign` reads the text's bytes in place: it answers as the character
/// search it stands for, on headers with `€` anywhere, alone or joined to a mark, cut, and
/// on strings short enough to be stored inline and long ones.
@Suite struct HoldsEuroSignTests {
    static let texts: [String] = [
        "", "€", "a€", "€a", "AE 2026 (€)", "Montant en €", "€\u{301}", "€\u{20DD}", "x€\u{301}", "\u{E2}\u{82}\u{AC}",
        "â‚¬", "€€", "12 € 14 €", "CP 2026", "eur", String(repeating: "a", count: 14) + "€", String(repeating: "a", count: 15) + "€",
        String(repeating: "é", count: 40) + " €", "€" + String(repeating: "x", count: 40), "\u{20AC}\u{200D}", "E2 82 AC",
    ]

    @Test(arguments: texts)
    func answersAsTheCharacterSearch(text: String) {
        #expect(ColumnHeader.holdsEuroSign(text) == text.contains(Character("€")))
        // The same text made from a substring and from bytes.
        let sliced = String(("x" + text).dropFirst())
        #expect(ColumnHeader.holdsEuroSign(sliced) == text.contains(Character("€")))
        let decoded = String(decoding: Array(text.utf8), as: UTF8.self)
        #expect(ColumnHeader.holdsEuroSign(decoded) == text.contains(Character("€")))
    }
}
