import Testing
@testable import Greffier

/// What the closing block takes for a person's name, and what it does not.
@Suite struct PersonNameTests {
    static let names = [
        "Caroline LE BORGNE", "Anne JEANJEAN", "C. Rouquie", "H. Ghaniani", "Jean-Benoit DUJOL",
        "Florence GERARD-CHALET", "Marie-Anne Lévêque", "Hélène BRISSET", "Nadi BOU HANNA", "Pierre PRIBILLE",
        "\t C. Rouquie", "Charles de Gaulle", "Marie de la Tour", "Élodie Lematte",
    ]

    @Test(arguments: names)
    func isAName(_ line: String) throws {
        let (document, tokenLine) = PartyTestSupport.line(line)
        #expect(PersonName.isName(document, try #require(tokenLine)))
    }

    static let notNames = [
        // Parties and titles open with an article.
        "La DNUM,", "La DINUM", "La Directrice du Numérique", "Le directeur général,",
        // Distribution lists: addressees, acronyms in capitals, services.
        "Monsieur le Préfet", "CBCM MAAPRAT", "MEEDTL / SG / SAF", "Mesdames et Messieurs les DREAL",
        // Too short, too long, or not words.
        "DUJOL", "Anne", "Jean Paul Marie Pierre Louis Henri", "Fait le 7 avril 2026.", "Copies :",
        "Pour la DINSIC, par délégation :", "Anne JEANJEAN,", "Charles de", "ANNEXE",
    ]

    @Test(arguments: notNames)
    func isNoName(_ line: String) throws {
        let (document, tokenLine) = PartyTestSupport.line(line)
        #expect(!PersonName.isName(document, try #require(tokenLine)))
    }
}
