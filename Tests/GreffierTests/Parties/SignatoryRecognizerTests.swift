import Testing
@testable import Greffier

/// Each closing-block layout of the corpus, and lines that look like signatures but are not.
@Suite struct SignatoryRecognizerTests {
    struct Expected: Sendable, Equatable, CustomStringConvertible {
        let name: String
        let title: String?
        let party: String?
        init(_ name: String, _ title: String?, _ party: String?) {
            self.name = name
            self.title = title
            self.party = party
        }
        var description: String { "\(name) / \(title ?? "-") / \(party ?? "-")" }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let layout: String
        let text: String
        let signatories: [Expected]
        var testDescription: String { layout }
    }

    static let layouts: [Case] = [
        .init(layout: "Pour la … : / title / name, then Copies (seed 000)", text: """
            Article 11
            La présente convention sera publiée.

            Fait le 7 avril 2026.

            Pour la Direction générale de la santé :
            La sous-direction adjointe par intérim de l'appui au pilotage et des ressources,
            Caroline LE BORGNE

            Pour la Direction du numérique :
            La directrice,
            Anne JEANJEAN

            Copies :

            - Monsieur le contrôleur budgétaire et comptable ministériel ;
            - Madame la directrice des finances, responsable du programme 155.
            """,
            signatories: [
                .init("Caroline LE BORGNE", "sous-direction adjointe par intérim de l'appui au pilotage et des ressources",
                      "Direction générale de la santé"),
                .init("Anne JEANJEAN", "directrice", "Direction du numérique"),
            ]),
        .init(layout: "tabs, a title over two lines and a blank, initials, par délégation (seed 002)", text: """
            Fait le F 24 août 2017.

            \t Pour la DSI des ministères sociaux :
            \t Le chef de service, adjoint  
            \tà la directrice des systèmes d'information,
            \t C. Rouquie

            Pour la DINSIC, par délégation :
            Le chef de la mission incubateur  

            des services numériques,
            H. Ghaniani
            """,
            signatories: [
                .init("C. Rouquie", "chef de service, adjoint à la directrice des systèmes d'information", "DSI des ministères sociaux"),
                .init("H. Ghaniani", "chef de la mission incubateur des services numériques", "DINSIC"),
            ]),
        .init(layout: "a party's acronym with its article opens a signatory (seed 001)", text: """
            #### Entre

            # La Fabrique numérique des ministères sociaux

            Ci-après dénommée « le délégataire » ou «la DNUM »

            Ft

            # La Direction Interministérielle du Numérique (DINUM)

            Vu le décret.

            Fait à Paris, le 14/04/2021

            La DNUM,

            La Directrice du Numérique

            Hélène BRISSET

            La DINUM

            Nadi BOU HANNA
            """,
            signatories: [
                .init("Hélène BRISSET", "Directrice du Numérique", "DNUM"),
                .init("Nadi BOU HANNA", nil, "DINUM"),
            ]),
        .init(layout: "openers without colon, hyphenated first name (seed 003)", text: """
            Fait le 20 aott 2025.

            Pour la Direction interministérielle du numérique
            La directrice,
            Stéphanie SCHAER

            Pour la Direction générale de la cohésion sociale :
            Le directeur général,
            Jean-Benoit DUJOL

            Copies :
            """,
            signatories: [
                .init("Stéphanie SCHAER", "directrice", "Direction interministérielle du numérique"),
                .init("Jean-Benoit DUJOL", "directeur général", "Direction générale de la cohésion sociale"),
            ]),
        .init(layout: "an instruction's closing title paragraph and name, no Fait (seed 004)", text: """
            - Portera à la connaissance du Secrétariat général les projets ministériels.

            Le secrétaire général des ministères
            chargés des affaires sociales,



            Pierre PRIBILLE
            """,
            signatories: [.init("Pierre PRIBILLE", "secrétaire général des ministères chargés des affaires sociales", nil)]),
        .init(layout: "a signatory before any opener, after Fait", text: """
            Fait à Paris, le 3 mars 2020

            Le ministre de l'action et des comptes publics,
            Gérald DARMANIN
            """,
            signatories: [.init("Gérald DARMANIN", "ministre de l'action et des comptes publics", nil)]),
        .init(layout: "Pour le ministre et par délégation, at the end without Fait", text: """
            Le présent arrêté sera publié au Journal officiel.

            Pour le ministre et par délégation :
            Le directeur du budget,
            Marie de la Tour
            """,
            signatories: [.init("Marie de la Tour", "directeur du budget", "ministre")]),
    ]

    @Test(arguments: layouts)
    func readsEachLayout(_ testCase: Case) {
        let (document, results) = TestRun.recognize(SignatoryRecognizer(), testCase.text)
        #expect(results.signatories.map { Expected($0.name, $0.title, $0.party) } == testCase.signatories)
        for signatory in results.signatories {
            #expect(document.text(signatory.range).hasSuffix(signatory.name))
        }
    }

    static let withoutSignatories: [(String, String)] = [
        ("the head's distribution lists of a note de service", """
            NOTE DE SERVICE

            Destinataires

            Pour exécution :
            Mesdames et Messieurs les Directeurs et chefs de service d'administration centrale
            Monsieur le chef du CSCF

            Pour information :
            Mesdames et Messieurs les DREAL
            CBCM MAAPRAT
            MEEDTL / SG / SAF

            Contexte : mise en œuvre de la programmation par activité au MAAPRAT.
            """),
        ("distribution lists after the signature date", """
            Fait le 11 janvier 2012.

            Pour information :
            Mesdames et Messieurs les DREAL
            CBCM MAAPRAT
            Monsieur le Préfet
            """),
        ("a table cell opening with Pour la … inside the body", """
            Actions à réaliser\t<p>Pour la délégation au numérique en santé :</p> Associer les directions.
            Echéance\tImmédiate

            Le développement du numérique en santé est une politique publique.
            """),
        ("an excerpt cut before its closing", "Article 1 - Objet de la convention\n\nLa convention est conclue en application du dé"),
        ("a closing paragraph that does not end with a comma", "Le texte.\n\nLe secrétaire général\n\nPierre PRIBILLE"),
        ("an opener without a name under it", "Fait le 7 avril 2026.\n\nPour la DINUM :\nLa directrice,\n"),
        ("no text", ""),
    ]

    @Test(arguments: withoutSignatories.map(\.1))
    func findsNoSignatory(_ text: String) {
        let (_, results) = TestRun.recognize(SignatoryRecognizer(), text)
        #expect(results.signatories.isEmpty)
    }
}
