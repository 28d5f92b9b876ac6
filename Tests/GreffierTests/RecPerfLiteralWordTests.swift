import Testing

@testable import Greffier

/// `Document.isWord(_:literal:)` reads a literal's bytes through its pointer: it must answer as
/// `isWord(_:_:)` with the same word as a `String`, on every token of the corpus, of the
/// awkward inputs and of the word-table edge text, and at indices out of range.
@Suite struct RecPerfLiteralWordTests {
    /// Literals the recognizers ask about, and edges: one letter, a digit first, a long word,
    /// a non-ASCII literal (kept as a scalar, answered by the `String` form).
    static let words: [StaticString] = [
        "a", "l", "d", "n", "s", "de", "du", "et", "le", "no", "uo", "1er", "1e", "er", "fait", "date",
        "chorus", "titulaire", "signature", "premier", "ministre", "programme", "interministerielle", "à", "é",
    ]

    static func documents() -> [Document] {
        let awkward = AwkwardInputs.all.compactMap { try? InputDecoder.decode($0) }.map { Document(bytes: $0.bytes) }
        return WordTableTests.documents() + awkward
    }

    @Test(arguments: words.indices)
    func answersAsTheStringForm(_ position: Int) {
        let word = Self.words[position]
        var checked = 0
        for document in Self.documents() {
            for index in -1...document.tokens.count {
                #expect(document.isWord(index, literal: word) == document.isWord(index, word.description), "\(word) at \(index)")
                checked += 1
            }
        }
        #expect(checked > 10_000)
    }
}
