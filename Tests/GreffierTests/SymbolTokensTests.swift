import Testing

@testable import Greffier

/// `Document.isSymbol(_:utf8:)` answers as `isSymbol(_:_:)`, which compares the token's text
/// as a string, for every symbol the recognizers ask, at every token of the corpus and of
/// awkward inputs (invalid UTF-8, symbols followed by combining marks, cut sequences).
@Suite struct SymbolTokensTests {
    @Test func bytesAnswerAsTheString() {
        let awkward = ["° ® « » “ ” – ¢ °\u{301} «\u{200D} ¢\u{338} \u{FFFD}", "n°12 n®3 «x» “y” a–b 1¢", "—‒―−"]
            .map { Document(bytes: Array($0.utf8)) }
            + AwkwardInputs.all.map { Document(bytes: $0) }
        var tried = 0
        for document in Hostile.corpusDocuments() + awkward {
            for index in -1...document.tokens.count {
                #expect(document.isSymbol(index, utf8: "°") == document.isSymbol(index, "°"))
                #expect(document.isSymbol(index, utf8: "®") == document.isSymbol(index, "®"))
                #expect(document.isSymbol(index, utf8: "«") == document.isSymbol(index, "«"))
                #expect(document.isSymbol(index, utf8: "»") == document.isSymbol(index, "»"))
                #expect(document.isSymbol(index, utf8: "“") == document.isSymbol(index, "“"))
                #expect(document.isSymbol(index, utf8: "”") == document.isSymbol(index, "”"))
                #expect(document.isSymbol(index, utf8: "–") == document.isSymbol(index, "–"))
                #expect(document.isSymbol(index, utf8: "¢") == document.isSymbol(index, "¢"))
                tried += 1
            }
        }
        #expect(tried > 10_000)
    }
}
