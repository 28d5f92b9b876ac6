import Foundation
import Testing
@testable import Greffier

/// The party readers turn tokens down on their first folded letter before comparing words:
/// on every token of the corpus and of texts OCR and Unicode make odd, the test never turns
/// down what the full comparison accepts.
@Suite struct PartyGateTests {
    static let odd = """
        DÉLÉGANT délégante Délégataires CODÉLÉGATAIRE ｄelegant de\u{301}le\u{301}gant \u{212A}
        Représentée par ; représenté par ; SISE sis ; Ci-après dénommée « la DINUM » ; DÉSIGNÉ
        BÉNÉFICIAIRE bénéficiaires Parties PARTENAIRE partenaire-délégataire co-délégataire codélégataire
        """

    static func documents() throws -> [(String, Document)] {
        var documents = [("odd", Document(bytes: Array(odd.utf8)))]
        for name in PartyCorpusSpanTests.names {
            let bytes = try [UInt8](Data(contentsOf: PartyCorpusSpanTests.texts.appendingPathComponent(name)))
            documents.append((name, Document(bytes: try InputDecoder.decode(bytes).bytes)))
        }
        return documents
    }

    @Test func roleTurnsDownNoRoleWord() throws {
        for (name, document) in try Self.documents() {
            for index in document.tokens.indices {
                #expect(PartyRole.role(document, index) == PartyRole.spelledRole(document, index),
                        "\(name): \(document.text(of: index))")
            }
        }
    }

    /// The role and other-role tables answer as the folded string compared with the lists did.
    @Test func tablesAnswerAsTheFoldedStrings() throws {
        for (name, document) in try Self.documents() {
            for index in document.tokens.indices {
                let word = document.tokens[index].kind == .word ? document.folded(index) : nil
                let expected: Party.Role? = word.map { PartyRole.delegantWords.contains($0) } == true ? .delegant
                    : word.map { PartyRole.delegataireWords.contains($0) } == true ? .delegataire : nil
                #expect(PartyRole.spelledRole(document, index) == expected, "\(name): \(document.text(of: index))")
                #expect(PartyRole.otherRoleTable.contains(document, index)
                        == (word.map { PartyRole.otherRoleWords.contains($0) } == true), "\(name): \(document.text(of: index))")
            }
            #expect(PartyRole.spelledRole(document, -1) == nil && PartyRole.spelledRole(document, document.tokens.count) == nil)
        }
    }

    /// `isWord(index, word)` only for a token whose folded first byte is the word's first.
    @Test func wordsStartWithTheirFoldedFirstByte() throws {
        let words = PartyRole.delegantWords + PartyRole.delegataireWords
            + ["represente", "representee", "representes", "representees", "sis", "sise", "ci", "denomme",
               "denommee", "denommes", "designe", "designee", "designes"]
        for (name, document) in try Self.documents() {
            for index in document.tokens.indices {
                for word in words where document.isWord(index, word) {
                    #expect(document.foldedFirstByte(index) == word.utf8.first, "\(name): \(word)")
                }
                // The one word a token can be (an acronym's, in `PartyRole.roleElsewhere`).
                let own = document.folded(index)
                if !own.isEmpty, document.isWord(index, own) {
                    #expect(document.foldedFirstByte(index) == own.utf8.first, "\(name): \(own)")
                }
            }
        }
    }
}
