import Testing
@testable import Greffier

/// Each party layout of the corpus, in a short excerpt, and texts that have no party block.
@Suite struct PartyRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let layout: String
        let text: String
        let parties: [ExpectedParty]
        /// How many `party.role-unknown` warnings the text gets.
        var warnings = 0
        var testDescription: String { layout }
    }

    static let layouts: [Case] = [
        .init(layout: "ENTRE / ET, parenthesized acronyms, « délégant » (seed 000)", text: """
            NOR : SFHZ2630140X

            ENTRE

            La Direction générale de la santé (DGS),
            représentée par Caroline LE BORGNE, sous-directrice adjointe par intérim de l'appui au pilotage et des ressources,
            désignée sous le terme de « délégant », d'une part,

            ET

            La Direction du numérique (DNUM),
            représentée par Anne JEANJEAN, directrice,
            désignée sous le terme de « délégataire » d'autre part.

            Il est convenu ce qui suit :
            """,
            parties: [
                .init(.delegant, "Direction générale de la santé", acronym: "DGS", representative: "Caroline LE BORGNE",
                      title: "sous-directrice adjointe par intérim de l'appui au pilotage et des ressources"),
                .init(.delegataire, "Direction du numérique", acronym: "DNUM", representative: "Anne JEANJEAN", title: "directrice"),
            ]),
        .init(layout: "#### Entre / Ft (OCR), markdown names, Adresse :, Ci-après (seed 001)", text: """
            #### Entre

            # La Fabrique numérique des ministères sociaux

            Adresse : 39-40 quai André Citroën, 79902 Paris Cedex 15 Représentée par Hélène Brisset, directrice du numérique Ci-après dénommée « le délégataire » ou «la DNUM »

            Ft

            # La Direction Interministérielle du Numérique (DINUM)

            Adresse : 20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07, Représentée par Nadi Bou Hanna, Directeur interministériel du numérique, Ci-après dénommée « le délégant » ou « la DINUM »,

            Vu le décret 2004-1085 du 14 octobre 2004
            """,
            parties: [
                .init(.delegataire, "Fabrique numérique des ministères sociaux", acronym: "DNUM", representative: "Hélène Brisset",
                      title: "directrice du numérique", address: "39-40 quai André Citroën, 79902 Paris Cedex 15"),
                .init(.delegant, "Direction Interministérielle du Numérique", acronym: "DINUM", representative: "Nadi Bou Hanna",
                      title: "Directeur interministériel du numérique",
                      address: "20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07"),
            ]),
        .init(layout: "Entre, / Et, postal address after the name, represented by an office (DIRISI)", text: """
            Entre,

            La direction interarmées des réseaux d'infrastructure, Fort de Bicêtre (BP7) 94272, Le Kremlin-Bicêtre, représentée par le directeur central de la direction interarmées,

            Ci-après dénommée « DIRISI » ou le « délégant »,

            Et

            La direction interministérielle du numérique, 20, avenue de Ségur, 75007 PARIS, représentée par le directeur interministériel du numérique,

            Ci-après dénommée « DINSIC » ou le « délégataire »,

            Vu le décret n° 2004-1085 du 14 octobre 2004 (A) ;
            """,
            parties: [
                .init(.delegant, "direction interarmées des réseaux d'infrastructure", acronym: "DIRISI",
                      title: "directeur central de la direction interarmées",
                      address: "Fort de Bicêtre (BP7) 94272, Le Kremlin-Bicêtre"),
                .init(.delegataire, "direction interministérielle du numérique", acronym: "DINSIC",
                      title: "directeur interministériel du numérique", address: "20, avenue de Ségur, 75007 PARIS"),
            ]),
        .init(layout: "Entre / Et, civility, hyphenated title, roles given later in prose (seed 002)", text: """
            Entre

            La direction des systèmes d'information des ministères sociaux, représentée par M. Christophe
            ROUQUIE, chef de service, ci-après dénommée « la DSI » ;

            Et

            La direction interministérielle du numérique, 
            représentée par M. Henri VERDIER, directeur interministériel du numérique et des systèmes d'infor-
            mation et de communication, ci-après dénommée « la DINSIC »,

            Il est convenu ce qui suit :

            La présente convention est conclue entre la DSI, service délégant et la
            DINSIC, service délégataire.
            """,
            parties: [
                .init(.delegant, "direction des systèmes d'information des ministères sociaux", acronym: "DSI",
                      representative: "Christophe ROUQUIE", title: "chef de service"),
                .init(.delegataire, "direction interministérielle du numérique", acronym: "DINSIC", representative: "Henri VERDIER",
                      title: "directeur interministériel du numérique et des systèmes d'information et de communication"),
            ]),
        .init(layout: "three parties: Et / D'une part, / ET / D'autre part, / Et ensemble (seed 003)", text: """
            ENTRE

            La Direction interministérielle du numérique,

            représentée par Stéphanie SCHAER, directrice interministérielle du numérique,

            ci-apres dénommée « le délégant » ou « la DINUM »,

            Et

            La Direction du numérique du Ministére du travail, de la santé, des solidarités et des familles,
            représentée par Marc DAUNIS, chef de service, adjoint a la directrice du numérique,

            ci-aprés dénommée « le partenaire-délégataire » ou « la DNUM »,

            D'une part,

            ET

            La Direction générale de la cohésion sociale,

            représentée par Jean-Benoit DUJOL, directeur général de la cohésion sociale,

            ci-apres dénommée « la DGCS »,

            D'autre part,

            Et ensemble, « les parties ».
            """,
            parties: [
                .init(.delegant, "Direction interministérielle du numérique", acronym: "DINUM", representative: "Stéphanie SCHAER",
                      title: "directrice interministérielle du numérique"),
                .init(.delegataire, "Direction du numérique du Ministére du travail, de la santé, des solidarités et des familles",
                      acronym: "DNUM", representative: "Marc DAUNIS", title: "chef de service, adjoint a la directrice du numérique"),
                .init(.partie, "Direction générale de la cohésion sociale", acronym: "DGCS", representative: "Jean-Benoit DUJOL",
                      title: "directeur général de la cohésion sociale"),
            ]),
        .init(layout: "Représenté par, « Le CisiRH », no role anywhere: warnings (CISIRH)", text: """
            Convention de délégation de gestion

            Entre

            Le Centre interministériel de services informatiques relatifs aux ressources humaines

            Représenté par Philippe Cuccuru, Directeur

            Ci-après dénommé « Le CisiRH »

            Et

            Ministère de l'Éducation nationale, de la Jeunesse et des Sports

            Représenté par Marie-Anne Lévêque, Secrétaire générale

            Ci-après dénommé « Le MENJS »,

            Il est convenu ce qui suit :
            """,
            parties: [
                .init(.partie, "Centre interministériel de services informatiques relatifs aux ressources humaines",
                      acronym: "CisiRH", representative: "Philippe Cuccuru", title: "Directeur"),
                .init(.partie, "Ministère de l'Éducation nationale, de la Jeunesse et des Sports", acronym: "MENJS",
                      representative: "Marie-Anne Lévêque", title: "Secrétaire générale"),
            ],
            warnings: 2),
        .init(layout: "Entre : / D'une part, et, name cut at `, responsable` (DHOS)", text: """
                Entre :
                Le directeur de l'hospitalisation et de l'organisation de soins, responsable du programme « Offre de soins » inscrit en loi de finances initiale pour 2006, représenté par Gérard Gonzalez, sous-directeur des affaires générales, désigné sous le terme de « délégant »,
                D'une part, et
                Le directeur général de la santé, représenté par Eric Waisbord, sous directeur de la qualité du système de santé, désigné sous le terme de « délégataire »,
                D'autre part,
                il a été convenu ce qui suit :
            """,
            parties: [
                .init(.delegant, "directeur de l'hospitalisation et de l'organisation de soins", representative: "Gérard Gonzalez",
                      title: "sous-directeur des affaires générales"),
                .init(.delegataire, "directeur général de la santé", representative: "Eric Waisbord",
                      title: "sous directeur de la qualité du système de santé"),
            ]),
        // A convention de financement: no word of a delegation, so no role is missing.
        .init(layout: "NOR … ENTRE, D'une part, ET, sis/sise, « bénéficiaire », a third party (NAMe 2.0)", text: """
            NOR : SPRZ2230481X ENTRE

            La Direction interministérielle du numérique, sise 20 avenue de Ségur, 75007 PARIS,

            représentée par Romain TALES, chef de la mission DATA, ci-après désignée « DINUM »,

            D'une part, ET

            L'Etablissement pour l'insertion dans l'emploi (Epide) sis 40 rue Gabriel Crié, 92240 MALAKOFF,

            représenté par Florence GERARD-CHALET, directrice générale, ci-après désigné « bénéficiaire »,

            et

            La Direction du numérique des ministères sociaux, sise 39 quai André-Citroën, 75015 PARIS,

            représentée par Anne JEANJEAN, directrice, ci-après désignée « DNUM ministérielle », D'autre part.

            Vu l'instruction DGFIP du 9 mars 2021,
            """,
            parties: [
                .init(.partie, "Direction interministérielle du numérique", acronym: "DINUM", representative: "Romain TALES",
                      title: "chef de la mission DATA", address: "20 avenue de Ségur, 75007 PARIS"),
                .init(.partie, "Etablissement pour l'insertion dans l'emploi", acronym: "Epide",
                      representative: "Florence GERARD-CHALET", title: "directrice générale",
                      address: "40 rue Gabriel Crié, 92240 MALAKOFF"),
                .init(.partie, "Direction du numérique des ministères sociaux", acronym: "DNUM ministérielle",
                      representative: "Anne JEANJEAN", title: "directrice", address: "39 quai André-Citroën, 75015 PARIS"),
            ],
            warnings: 0),
        .init(layout: "Entre / et, lowercase article, no representative (MESR)", text: """
            Entre

            La directrice générale de l'enseignement supérieur et de l'insertion professionnelle, désigné sous le terme de « délégant », d'une part,

            et

            le directeur des affaires financières, désigné sous le terme de « délégataire », d'autre part,

            Vu le décret n° 2004-1085 du 14 octobre 2004 ;
            """,
            parties: [
                .init(.delegant, "directrice générale de l'enseignement supérieur et de l'insertion professionnelle"),
                .init(.delegataire, "directeur des affaires financières"),
            ]),
        .init(layout: "Conclue entre : / Et :, roles as bare words after the representative (JORF)", text: """
            Conclue entre :

            Le ministre de l'économie, des finances et de la relance, représenté par le directeur général du Trésor, délégataire, d'une part,

            Et :

            Le garde des sceaux, ministre de la justice, représenté par le directeur de l'administration pénitentiaire, délégant, d'autre part.

            Vu le décret n° 2004-1085 du 14 octobre 2004 ;
            """,
            parties: [
                .init(.delegataire, "ministre de l'économie, des finances et de la relance", title: "directeur général du Trésor"),
                .init(.delegant, "garde des sceaux, ministre de la justice", title: "directeur de l'administration pénitentiaire"),
            ]),
        .init(layout: "a minister's offices in apposition wrapped after the comma", text: """
            Entre :

            Le garde des sceaux,
            ministre de la justice, représenté par le directeur de l'administration pénitentiaire, délégant, d'une part,

            Et :

            Le ministre de l'économie, des finances et de la relance,
            représenté par le directeur général du Trésor, délégataire, d'autre part.

            Vu le décret n° 2004-1085 du 14 octobre 2004 ;
            """,
            parties: [
                .init(.delegant, "garde des sceaux, ministre de la justice", title: "directeur de l'administration pénitentiaire"),
                .init(.delegataire, "ministre de l'économie, des finances et de la relance", title: "directeur général du Trésor"),
            ]),
        .init(layout: "a minister's offices in apposition, then a comma that ends the name", text: """
            Entre :

            Le ministre d'État, ministre de l'intérieur, représenté par le secrétaire général, délégant, d'une part,

            Et :

            Le directeur des achats de l'État, responsable du programme 218, délégataire, d'autre part.

            Vu le décret n° 2004-1085 du 14 octobre 2004 ;
            """,
            parties: [
                .init(.delegant, "ministre d'État, ministre de l'intérieur", title: "secrétaire général"),
                .init(.delegataire, "directeur des achats de l'État"),
            ]),
        .init(layout: "role from `du délégant (la DINUM)` and a co-délégataire", text: """
            Entre :
            La Direction interministérielle du numérique, ci-après dénommée « la DINUM »,
            Et
            La Direction du numérique, ci-après dénommée « le co-délégataire »,
            Article 1
            La participation financière du délégant (la DINUM) est fixée ci-après.
            """,
            parties: [
                .init(.delegant, "Direction interministérielle du numérique", acronym: "DINUM"),
                .init(.delegataire, "Direction du numérique"),
            ]),
    ]

    @Test(arguments: layouts)
    func readsEachLayout(_ testCase: Case) {
        let (document, results) = TestRun.recognize(PartyRecognizer(), testCase.text)
        #expect(results.parties.map(ExpectedParty.init) == testCase.parties)
        #expect(results.findings.filter { $0.code == .partyRoleUnknown }.count == testCase.warnings)
        for party in results.parties {
            // The span is the party's chunk: it shows the party's text.
            #expect(document.text(party.range).contains(party.name.split(separator: " ").first.map(String.init) ?? ""))
        }
    }

    static let withoutBlock: [String] = [
        "Convention de délégation de gestion\n\nArticle 1\nLa DSI confie à la DINSIC la gestion des crédits.",
        // `entre` in prose, inside a line.
        "dans les services de l'État entre la DSI, service délégant et la\nDINSIC, service délégataire.",
        // `entre` ending a prose line is no block's opening.
        "La présente convention est conclue entre\nla DSI et la DINSIC.\n\nArticle 1",
        "Délégation de gestion entre la direction des services informatiques Ouest et la direction des\nrésidents",
        // An opening with nothing before the block's end.
        "Entre :\n\nVu le décret n° 2004-1085 du 14 octobre 2004 ;",
        "",
    ]

    @Test(arguments: withoutBlock)
    func findsNoPartyWithoutBlock(_ text: String) {
        let (_, results) = TestRun.recognize(PartyRecognizer(), text)
        #expect(results.parties.isEmpty)
        #expect(results.findings.isEmpty)
    }

    /// The warning points at the party it is about and names it.
    @Test func warningNamesTheParty() throws {
        let text = "ENTRE\n\nLa Direction du numérique (DNUM),\n\nET\n\nLa DGS, désignée « délégant »,\n\nIl est convenu"
        let (document, results) = TestRun.recognize(PartyRecognizer(), text)
        let warning = try #require(results.findings.first)
        #expect(results.findings.count == 1)
        #expect(warning.code == .partyRoleUnknown)
        #expect(warning.message.contains("« Direction du numérique » (DNUM)"))
        #expect(warning.range.map(document.text) == "La Direction du numérique (DNUM),")
    }

    /// The block ends after `lineLimit` lines even when no `Vu` or `Article` closes it.
    @Test func blockEndsWithoutClosingLine() {
        let body = (1...80).map { "ligne de texte \($0) sans fin de bloc" }.joined(separator: "\n")
        let text = "ENTRE\n\nLa Direction du numérique, désignée « délégant »,\n\nET\n\n" + body
        let (_, results) = TestRun.recognize(PartyRecognizer(), text)
        #expect(results.parties.count == 2)
        #expect(results.parties.first?.role == .delegant)
        // The second chunk stops at the chunk line limit instead of running through the text.
        let second = results.parties.last.map(\.range)
        #expect(second.map { $0.end - $0.start < 400 } == true)
    }
}
