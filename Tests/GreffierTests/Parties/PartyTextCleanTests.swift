import Testing
@testable import Greffier

/// `PartyText.clean` writes into the string's storage through pointers: the same text as the
/// array it appended to (`ReferencePartyText`), on odd texts and on every line, run of lines
/// and token of the corpus and the awkward inputs.
@Suite struct PartyTextCleanTests {
    static let texts = [
        "d'infor-\nmation", "Jean-\nBenoit", "partenaire-\n  délégataire", "x -\ny", "I'enseignement 1'Etat I'¢té",
        "sant¢ publique", "a |\nb . \nc", "x  '\n  y", "DGS ,;: ", "  \t\n  ", "¢", "-\n", "Pour la DSI :\n",
        "\u{0}I'x\u{C2}", "é - \n É", "ab-\n\n cd",
        // Spaces before every kind of byte: the one-space shortcut and the general steps.
        " a b  c\td \ne", "x .y 'z |w", "x |\tq . \n", " I'a 1'b ¢c -d", "é é-\nx y ", "a \u{C2}\u{A2} b",
    ]

    static func check(_ document: Document, _ range: TextRange) -> Bool {
        Array(PartyText.clean(document, range).utf8) == Array(ReferencePartyText.clean(document, range).utf8)
    }

    @Test(arguments: texts)
    func sameTextAsTheArray(_ text: String) {
        let document = Document(bytes: Array(text.utf8))
        for start in 0...document.bytes.count {
            for end in start...document.bytes.count {
                #expect(Self.check(document, TextRange(start, end)), "\(text) \(start)..<\(end)")
            }
        }
    }

    @Test func sameTextOnTheCorpusAndAwkwardInputs() {
        for bytes in AwkwardInputs.all {
            let document = Document(bytes: bytes)
            let lines = TokenLines.lines(document, from: 0, to: document.tokens.count)
            for (position, line) in lines.enumerated() {
                for span in 0..<3 where position + span < lines.count {
                    let range = TextRange(document.tokens[line.first].start, document.tokens[lines[position + span].end - 1].end)
                    #expect(Self.check(document, range))
                }
            }
            for token in document.tokens.prefix(3000) {
                #expect(Self.check(document, token.range))
            }
        }
    }
}
