import Testing
@testable import Greffier

/// How party and signatory texts are cleaned.
@Suite struct PartyTextTests {
    static let cases: [(String, String)] = [
        ("directeur interministériel du numérique et des systèmes d'infor-\nmation et de communication,",
         "directeur interministériel du numérique et des systèmes d'information et de communication"),
        // A compound cut at its hyphen before a capital keeps the hyphen.
        ("Jean-\nBenoit DUJOL", "Jean-Benoit DUJOL"),
        ("Le chef de service, adjoint  \n\tà la directrice,", "Le chef de service, adjoint à la directrice"),
        ("39-40 quai André Citroën", "39-40 quai André Citroën"),
        ("20 avenue de Ségur – TSA 30 719", "20 avenue de Ségur – TSA 30 719"),
        ("  espaces   multiples ;  ", "espaces multiples"),
        ("", ""),
    ]

    @Test(arguments: cases)
    func cleans(_ raw: String, _ cleaned: String) {
        let document = Document(bytes: Array(raw.utf8))
        #expect(PartyText.clean(document, TextRange(0, document.bytes.count)) == cleaned)
    }

    static let articles: [(String, Int)] = [
        ("La DINUM", 1), ("le directeur", 1), ("Les ministres", 1), ("L'Etablissement", 2),
        ("Ministère de l'Éducation", 0), ("Laurent", 0), ("La", 0),
    ]

    @Test(arguments: articles)
    func measuresArticles(_ text: String, _ length: Int) {
        let document = Document(bytes: Array(text.utf8))
        #expect(PartyText.articleLength(document, at: 0) == length)
    }
}
