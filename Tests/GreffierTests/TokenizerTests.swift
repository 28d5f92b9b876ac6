import Testing
@testable import Greffier

@Suite struct TokenizerTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        let text: String
        /// Kind and byte range `[start, end)` of each token, in order.
        let tokens: [(Token.Kind, Int, Int)]
        var testDescription: String { text.debugDescription }
    }

    static let cases: [Expected] = [
        .init(text: "Article", tokens: [(.word, 0, 7)]),
        // Accented letters are word bytes: `é` is two bytes, `État` is five.
        .init(text: "été", tokens: [(.word, 0, 5)]),
        .init(text: "l'État", tokens: [(.word, 0, 1), (.punctuation, 1, 2), (.word, 2, 7)]),
        .init(text: "cœur", tokens: [(.word, 0, 5)]),
        // Letters and digits together are one word.
        .init(text: "SGSIFAB075", tokens: [(.word, 0, 10)]),
        .init(text: "1er", tokens: [(.word, 0, 3)]),
        .init(text: "020304DGTUCT", tokens: [(.word, 0, 12)]),
        .init(text: "2004", tokens: [(.number, 0, 4)]),
        .init(text: "0204-CDGS-CDAD", tokens: [
            (.number, 0, 4), (.punctuation, 4, 5), (.word, 5, 9), (.punctuation, 9, 10), (.word, 10, 14),
        ]),
        .init(text: "2004-1085", tokens: [(.number, 0, 4), (.punctuation, 4, 5), (.number, 5, 9)]),
        .init(text: "a : b", tokens: [(.word, 0, 1), (.punctuation, 2, 3), (.word, 4, 5)]),
        // Non-letter non-ASCII characters are symbols, whatever their UTF-8 length.
        .init(text: "185 €", tokens: [(.number, 0, 3), (.symbol, 4, 7)]),
        .init(text: "« x »", tokens: [(.symbol, 0, 2), (.word, 3, 4), (.symbol, 5, 7)]),
        .init(text: "n°1", tokens: [(.word, 0, 1), (.symbol, 1, 3), (.number, 3, 4)]),
        .init(text: "a – b", tokens: [(.word, 0, 1), (.symbol, 2, 5), (.word, 6, 7)]),
        .init(text: "×", tokens: [(.symbol, 0, 2)]),
        .init(text: "A\tB", tokens: [(.word, 0, 1), (.tab, 1, 2), (.word, 2, 3)]),
        .init(text: "\t\t", tokens: [(.tab, 0, 1), (.tab, 1, 2)]),
        .init(text: "a\nb", tokens: [(.word, 0, 1), (.lineBreak, 1, 2), (.word, 2, 3)]),
        .init(text: "a\n\nb", tokens: [(.word, 0, 1), (.blankLine, 1, 3), (.word, 3, 4)]),
        .init(text: "a\n\n\nb", tokens: [(.word, 0, 1), (.blankLine, 1, 4), (.word, 4, 5)]),
        // Spaces between the breaks belong to the blank line; those opening the next line do not.
        .init(text: "a\n  \n b", tokens: [(.word, 0, 1), (.blankLine, 1, 5), (.word, 6, 7)]),
        .init(text: "a\n\t\n\tb", tokens: [(.word, 0, 1), (.blankLine, 1, 4), (.tab, 4, 5), (.word, 5, 6)]),
        // A single break followed by an indented line stays a line break.
        .init(text: "a\n  b", tokens: [(.word, 0, 1), (.lineBreak, 1, 2), (.word, 4, 5)]),
        .init(text: "a\n\tb", tokens: [(.word, 0, 1), (.lineBreak, 1, 2), (.tab, 2, 3), (.word, 3, 4)]),
        .init(text: "  ", tokens: []),
        .init(text: "", tokens: []),
    ]

    @Test(arguments: cases)
    func kindsAndRanges(expected: Expected) {
        let tokens = Tokenizer.tokenize(Array(expected.text.utf8))
        let got = tokens.map { "\($0.kind.name) \($0.start)..<\($0.end)" }
        let want = expected.tokens.map { "\($0.0.name) \($0.1)..<\($0.2)" }
        #expect(got == want)
    }

    /// Things that look like one token but are several, or the reverse.
    @Test(arguments: [
        ("12-129-FA17", [Token.Kind.number, .punctuation, .number, .punctuation, .word]),
        ("185000€", [.number, .symbol]),
        ("N1175", [.word]),
        ("01 49 55 47 94", [.number, .number, .number, .number, .number]),
        ("aujourd'hui", [.word, .punctuation, .word]),
        ("x\u{00D7}y", [.word, .symbol, .word]),
        ("a\n \nb", [.word, .blankLine, .word]),
        ("a \n b", [.word, .lineBreak, .word]),
    ])
    func notOneToken(text: String, kinds: [Token.Kind]) {
        #expect(Tokenizer.tokenize(Array(text.utf8)).map(\.kind) == kinds)
    }

    /// Tokens of ASCII bytes are marked plain (folding then does not scan them): words of ASCII
    /// letters and digits, numbers, marks, tabs, line breaks, ASCII symbols; words with another
    /// letter, other symbols, and words joined across a line are not.
    @Test(arguments: [
        ("abc", [true]), ("AE2025", [true]), ("2025", [true]), ("état", [false]), ("Œuvre", [false]),
        ("ab é", [true, false]), ("x-y", [true, true, true]), ("€ «", [false, false]),
        ("a\tb\nc\n\nd", [true, true, true, true, true, true, true]), ("\u{01}", [true]),
    ])
    func marksItsPlainTokens(text: String, marks: [Bool]) {
        #expect(Tokenizer.tokenize(Array(text.utf8)).map(\.knownPlain) == marks)
    }

    @Test func aWordJoinedAcrossALineIsNotMarked() {
        let document = Document(bytes: Array("les infor-\nmations".utf8))
        #expect(document.tokens.map { document.text($0.range) } == ["les", "infor-\nmations"])
        #expect(document.tokens.map(\.knownPlain) == [true, false])
    }

    static let coverageInputs: [[UInt8]] = [
        Array("Convention de délégation de gestion\n\nEntre :\tl'État, 185 000 € « TTC » – n° 2\r\n".utf8),
        Array("\n\n  \n\t\u{0B}\u{0C}x".utf8),
        // Malformed bytes cannot occur after decoding; the tokenizer must advance all the same.
        [0x61, 0xC3],
        [0x80, 0x81, 0xFF, 0x20, 0xE2, 0x82],
        [0xF0, 0x9F, 0x98, 0x80, 0x61, 0xC3, 0xA9, 0xE2],
        Array("Ωμέγα Кириллица ﬁ".utf8),
        Array((0..<128).map { UInt8($0) }),
    ]

    /// Tokens are ordered, non-empty, disjoint, and every byte that is not a space is in one.
    @Test(arguments: coverageInputs)
    func advancesAndCoversEveryNonSpaceByte(bytes: [UInt8]) {
        let tokens = Tokenizer.tokenize(bytes)
        var covered = [Bool](repeating: false, count: bytes.count)
        var previousEnd = 0
        for token in tokens {
            #expect(token.start < token.end)
            #expect(token.start >= previousEnd)
            #expect(token.end <= bytes.count)
            for offset in token.start..<min(token.end, bytes.count) { covered[offset] = true }
            previousEnd = token.end
        }
        // Spaces, VT and FF separate tokens; every other byte (tabs and breaks included) is in one.
        for (offset, byte) in bytes.enumerated() where !covered[offset] {
            #expect(byte == 0x20 || byte == 0x0B || byte == 0x0C, "byte \(byte) at \(offset) is in no token")
        }
    }
}
