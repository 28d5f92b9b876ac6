import Testing

@testable import Greffier

/// `HeadingLine.find` as it was: each word of the head read back to its line's start
/// (`firstWordOfLine`), where it now carries that forward.
enum ReferenceHeadingLine {
    static func find(_ document: Document) -> (DocumentRecord.Kind, Int)? {
        let tokens = document.tokens
        let headEnd = HeadingLine.start(ofLine: HeadingLine.headLines, in: document)
        for index in tokens.indices where tokens[index].kind == .word {
            if tokens[index].start >= headEnd { break }
            guard HeadingLine.firstWordOfLine(document, index), let kind = HeadingLine.kind(document, index) else {
                continue
            }
            return (kind, index)
        }
        return nil
    }
}

/// The heading line found forward is the one found backward; the heading read from the line
/// `KindRecognizer` hands over is the one `HeadingRecognizer` reads alone.
@Suite struct HeadingLineFindEquivalenceTests {
    static let texts = [
        "", "Convention", "# Convention de délégation\n", "- * Avenant n° 1\n", "12 Convention\n", "JORF 12\nNote de service\n",
        "Télécharger\n\t« Instruction N° 5\n", "du 3 mai 2020 Convention\nCONVENTION X\n", "\n\n\nArrêté du 2 mai\n",
        "x\u{0B}Convention\u{0C}Décision\n", "€ 3 Convention\n", "-- Délégation de gestion\n", "Circulaire",
        String(repeating: "ligne\n", count: 70) + "Convention\n", String(repeating: "ligne\n", count: 59) + "Convention\n",
    ]

    static func same(_ document: Document) -> Bool {
        let found = HeadingLine.find(document)
        let expected = ReferenceHeadingLine.find(document)
        return found?.0 == expected?.0 && found?.1 == expected?.1
    }

    @Test(arguments: texts)
    func madeUpTexts(_ text: String) {
        #expect(Self.same(Document(bytes: Array(text.utf8))), "\(text.debugDescription)")
    }

    @Test func corpusAndAwkwardInputs() {
        for bytes in AwkwardInputs.all {
            #expect(Self.same(Document(bytes: bytes)))
        }
    }

    @Test func headingFromTheKindRecognizersLineIsTheHeadingAlone() {
        for name in Hostile.corpusNames {
            let text = String(decoding: Hostile.corpusText(name), as: UTF8.self)
            var both = TestRun.recognize(text, with: [KindRecognizer(), HeadingRecognizer()]).heading
            let alone = TestRun.recognize(text, with: [HeadingRecognizer()]).heading
            #expect(both.lineFirst != nil || both.title == nil, "\(name)")
            both.lineFirst = nil
            #expect(both == alone, "\(name)")
        }
    }
}
