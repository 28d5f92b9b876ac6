import Testing

@testable import Greffier

/// `LineOpening`, read forward, answers as the backward readings it replaces in the heading's
/// loops: `HeadingLine.firstWordOfLine` (marks skipped) and `Document.startsLine` (tabs only),
/// on every token.
@Suite struct LineOpeningTests {
    static let texts = [
        "", "a", "\n", "# Titre\n\t- « x » 12 y\n\n\t\tz", "€ Convention\n*\t°x\n", "12 a\n- 3 b\n",
        "a\u{0B}b\u{0C}\u{0C}c\n\n\n\td", "\t\t\n\t#\n", "x \t y\n\t\t« z", "é\nÉ - ç\n",
    ]

    static func check(_ document: Document) -> Bool {
        var marks = LineOpening(skipsMarks: true)
        var tabs = LineOpening(skipsMarks: false)
        var same = true
        for index in document.tokens.indices {
            let kind = document.tokens[index].kind
            same = same && marks.opens(kind) == HeadingLine.firstWordOfLine(document, index)
            same = same && tabs.opens(kind) == document.startsLine(index)
        }
        return same
    }

    @Test(arguments: texts)
    func madeUpTexts(_ text: String) {
        #expect(Self.check(Document(bytes: Array(text.utf8))), "\(text.debugDescription)")
    }

    @Test func corpusAndAwkwardInputs() {
        for bytes in AwkwardInputs.all {
            #expect(Self.check(Document(bytes: bytes)))
        }
    }
}
