import Testing
@testable import Greffier

/// `PartyRole.roleElsewhere` walks only the tokens whose first two folded bytes are the
/// acronym's: it gives the role the walk over every token gave (`ReferencePartyRole`).
@Suite struct PartyRoleElsewhereTests {
    static let text = """
        Entre la DSI, service délégant, et la
        DINSIC, service délégataire ; le délégant (la DINUM) et le délégataire (l'ANCT).
        La DGS délégataire, la D G S, DE délégant, \u{212A}X délégant, é délégataire, \u{0}a délégant.
        """
    static let acronyms = ["DSI", "DINSIC", "DINUM", "ANCT", "DGS", "D G S", "DE", "KX", "\u{212A}X", "é", "E\u{301}",
                           "\u{0}a", "\u{0}", "", " ", "d", "la", "service", "Ω"]

    @Test(arguments: acronyms)
    func sameRoleAsEveryTokenTried(_ acronym: String) {
        let document = Document(bytes: Array(Self.text.utf8))
        #expect(PartyRole.roleElsewhere(document, acronym: acronym)
                == ReferencePartyRole.roleElsewhere(document, acronym: acronym))
    }

    /// On every corpus text, with its parties' acronyms and designations and a sample of its words.
    @Test func sameRoleOnTheCorpus() {
        for name in Hostile.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            var acronyms = document.partyReadings.flatMap { [$0.acronym].compactMap { $0 } + $0.designations.map(\.text) }
            acronyms += stride(from: 0, to: document.tokens.count, by: 97).map { document.text(of: $0) }
            for acronym in acronyms {
                #expect(PartyRole.roleElsewhere(document, acronym: acronym)
                        == ReferencePartyRole.roleElsewhere(document, acronym: acronym), "\(name): \(acronym)")
            }
        }
    }
}
