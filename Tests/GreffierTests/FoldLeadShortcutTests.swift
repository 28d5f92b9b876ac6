import Testing
@testable import Greffier

/// The recognizers ask a token's folded lead (`FoldedTokens.lead`: its fold's first two bytes,
/// the second 0 for a fold of one byte) before asking whether it is `du`, `n`, `no`, `1er`,
/// `1e` or `chorus` (`Document.isWord`): a token that is one of them must have that lead, or the
/// shortcut would turn it down. Checked on every token of the corpus, of awkward inputs and of
/// near spellings (case, accents, marks and glued pieces).
@Suite struct FoldLeadShortcutTests {
    static let words = ["du", "n", "no", "1er", "1e", "chorus"]

    static let nearSpellings = """
        Du DU dû Dù dü d'u N n° n® No NO Nº nō nos n-o 1er 1ER 1Er 1e 1é 1¢ 1 er CHORUS Chorus chörus ChOrUs
        chorus- CHORUS1 du\tn\nno 1er\n
        """

    static let documents: [Document] =
        AwkwardInputs.all.map { Document(bytes: $0) } + [Document(bytes: Array(nearSpellings.utf8))]

    /// The lead a word's fold has: its first byte, and its second shifted by eight.
    static func lead(of word: String) -> UInt16 {
        let bytes = Array(word.utf8)
        return UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
    }

    @Test(arguments: words)
    func everyTokenThatIsTheWordHasItsLead(word: String) {
        var found = 0
        for document in Self.documents {
            for index in document.tokens.indices where document.isWord(index, word) {
                found += 1
                #expect(document.folds.lead(index) == Self.lead(of: word), "\(word) at \(index)")
            }
        }
        #expect(found > 0)
    }
}
