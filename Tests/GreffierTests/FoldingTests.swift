import Testing

@testable import Greffier

/// Case and accent folding, the form in which recognizers compare words, and the folded
/// tokens a document keeps.
@Suite struct FoldingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let folded: String
        /// Whether every non-ASCII character has an ASCII fold.
        let comparable: Bool
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Activité", folded: "activite", comparable: true),
        Case(text: "ŒUVRE", folded: "oeuvre", comparable: true),
        Case(text: "Ægide", folded: "aegide", comparable: true),
        Case(text: "d¢cret", folded: "decret", comparable: true),
        Case(text: "AOÛT", folded: "aout", comparable: true),
        Case(text: "Ÿ", folded: "y", comparable: true),
        Case(text: "SGSIFABO75", folded: "sgsifabo75", comparable: true),
        // A word hyphenated across a line break: the `-⏎` and the indentation are skipped.
        Case(text: "infor-\n   mation", folded: "information", comparable: true),
        // A hyphen not followed by a line break stays.
        Case(text: "Saint-Denis", folded: "saint-denis", comparable: true),
        Case(text: "infor-", folded: "infor-", comparable: true),
        // No ASCII fold: lowercased, and never equal to an ASCII word.
        Case(text: "ΑΒΓ", folded: "αβγ", comparable: false),
        Case(text: "Сумма", folded: "сумма", comparable: false),
        Case(text: "", folded: "", comparable: true),
    ]

    @Test(arguments: cases)
    func folds(_ example: Case) {
        let bytes = Array(example.text.utf8)
        #expect(Folding.fold(bytes, 0, bytes.count) == example.folded)
        var output: [UInt8] = []
        #expect(Folding.appendFold(bytes, 0, bytes.count, to: &output) == example.comparable)
    }

    /// On every token of the corpus, the stored fold (read in place for plain ASCII tokens)
    /// is `Folding.fold` of the token's bytes, and its first two bytes are its lead.
    @Test func corpusTokensAreStoredFolded() {
        var tokens = 0
        for name in HeaderPrefilterTests.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for index in document.tokens.indices {
                let range = document.tokens[index].range
                let expected = Folding.fold(document.bytes, range.start, range.end)
                #expect(document.folded(index) == expected)
                // Its lead: the first two folded bytes when it may equal a word, else 0.
                var bytes: [UInt8] = []
                let comparable = Folding.appendFold(document.bytes, range.start, range.end, to: &bytes)
                let lead = !comparable || bytes.isEmpty ? 0 : UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
                #expect(document.folds.lead(index) == lead)
                tokens += 1
            }
        }
        #expect(tokens > 10000)
    }

    /// The whole text lowercased eight bytes at a time: every byte value at every place.
    @Test func textIsLowercasedAsByteByByte() {
        var text: [UInt8] = []
        for value in 0...255 { text += [UInt8(value), 0x41, 0x5A, 0x40, 0x5B, 0xC3, 0x89, UInt8(255 - value), 0x61] }
        for offset in 0..<9 {
            let slice = Array(text[offset...])
            var sink = ByteSink(capacity: 4)
            slice.withUnsafeBufferPointer { sink.appendLowercased($0) }
            let written = Array(UnsafeBufferPointer(start: sink.base, count: sink.count))
            #expect(written == slice.map(ByteClass.lowercased))
            sink.buffer.deallocate()
        }
    }

    /// Each token's stored fold is `Folding.fold` of its bytes, and equals a word only when
    /// comparable; the byte sink grows past the input's size when folding lengthens it.
    @Test func foldedTokensMatchFolding() {
        // Greek capitals fold to lowercase of the same length; `İ` lowercases to 3 bytes from 2.
        let text = "Activité ŒUVRE infor-\n mation ΑΒΓ " + String(repeating: "İ", count: 40) + " fin"
        let document = Document(bytes: Array(text.utf8))
        #expect(document.tokens.count > 5)
        for index in document.tokens.indices {
            let range = document.tokens[index].range
            let expected = Folding.fold(document.bytes, range.start, range.end)
            #expect(document.folded(index) == expected)
        }
        let words = document.tokens.indices.filter { document.tokens[$0].kind == .word }
        #expect(words.map { document.folded($0) }.contains("information"))
        #expect(words.contains { document.isWord($0, "oeuvre") })
        #expect(!words.contains { document.isWord($0, "αβγ") })
        #expect(words.contains { document.isWord($0, "fin") })
    }

    /// The symbols folding copies as they are: each is its own lowercase, and its bytes are
    /// its UTF-8 encoding; no other scalar is copied so.
    @Test(arguments: CaselessSymbols.scalars)
    func caselessSymbolsAreTheirOwnLowercase(_ scalar: UInt32) throws {
        let value = try #require(Unicode.Scalar(scalar))
        let text = String(Character(value))
        #expect(text.lowercased() == text)
        let bytes = try #require(CaselessSymbols.utf8(scalar))
        #expect([bytes.0, bytes.1, bytes.2].filter { $0 != 0 } == Array(text.utf8))
        #expect(Folding.fold(Array(text.utf8), 0, text.utf8.count) == text)
    }

    @Test func noOtherScalarIsCopiedAsCaseless() {
        let listed = Set(CaselessSymbols.scalars)
        for scalar in UInt32(0)...0x2FFF where !listed.contains(scalar) {
            #expect(CaselessSymbols.utf8(scalar) == nil, "\(scalar)")
        }
    }
}
