import Testing

@testable import Greffier

/// `Document.lineStarts` is read off the break tokens by `PageFurniture.cleanedWithLineStarts`
/// (unless a token other than a break holds a `\n`: invalid UTF-8): it must be the offset
/// after every `\n`, with 0 first, as a byte loop finds them, whatever lines are dropped or
/// words joined.
struct TokLineStartsTests {
    static func reference(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
    }

    @Test(arguments: [
        "", "a", "\n", "a\n", "\na", "a\nb\n", "\n\n\n", "a \n \n\tb", "a\n \t \n  \n\n b\n",
        "é\r\nà\n", "\u{0B}\n\u{0C}\n", "progr-\nammes et infor-\nmation\n",
        "texte\nBO Santé – Protection sociale no 2017/10, Page 12\nsuite |\n- 3 -\nPage 4/12\nfin .\n",
        "œuvre\n«\n»\n€\n\n\n  fin", "x\n\u{2019}\n\u{1F600}\n",
    ])
    func madeUpTexts(_ text: String) {
        let bytes = Array(text.utf8)
        var feedInToken = false
        _ = Tokenizer.tokenize(bytes, feedInToken: &feedInToken)
        #expect(!feedInToken)
        #expect(Document(bytes: bytes).lineStarts == Self.reference(bytes), "\(text.debugDescription)")
    }

    /// Lead bytes before a `\n` (no UTF-8): the tokenizer makes a character of both, and the
    /// document then finds its line starts in the bytes.
    @Test(arguments: [
        [0xC5, 0x0A, 0x41], [0xC3, 0x0A, 0x0A], [0xE2, 0x0A, 0x0A, 0x41], [0xF0, 0x41, 0x0A, 0x0A],
        [0x41, 0xC5, 0x0A, 0x41, 0x0A], [0x61, 0xC4, 0x0A, 0x62], [0xCE, 0x0A], [0x0A, 0xE2, 0x80, 0x0A],
    ] as [[UInt8]])
    func invalidUTF8(_ bytes: [UInt8]) {
        var feedInToken = false
        _ = Tokenizer.tokenize(bytes, feedInToken: &feedInToken)
        #expect(feedInToken, "\(bytes)")
        #expect(Document(bytes: bytes).lineStarts == Self.reference(bytes), "\(bytes)")
    }

    @Test func corpusAndAwkwardTexts() {
        let texts = Hostile.corpusNames.map(Hostile.corpusText) + AwkwardInputs.all
        #expect(texts.count > 20)
        for bytes in texts {
            #expect(Document(bytes: bytes).lineStarts == Self.reference(bytes))
            // Cut at the front, so that lines and breaks fall at every place.
            for cut in stride(from: 1, to: min(bytes.count, 40), by: 3) {
                let tail = Array(bytes.dropFirst(cut))
                #expect(Document(bytes: tail).lineStarts == Self.reference(tail))
            }
        }
    }

    /// With the stray marks, furniture lines and joined words of the corpus dropped from the
    /// tokens, the line starts still count every line.
    @Test func cleaningKeepsEveryLine() {
        for name in Hostile.corpusNames {
            let bytes = Hostile.corpusText(name)
            let cleaned = PageFurniture.cleanedWithLineStarts(Tokenizer.tokenize(bytes), in: bytes)
            #expect(cleaned.lineStarts == Self.reference(bytes), "\(name)")
        }
    }
}
