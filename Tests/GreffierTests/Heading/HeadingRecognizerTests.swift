import Testing

@testable import Greffier

/// The act's title, kind and reference from its heading, and publication boilerplate that
/// must not be taken for them.
struct HeadingRecognizerTests {
    @Test(arguments: [
        ("Ministère\n\nConvention de délégation de gestion du 7 avril 2026 relative au financement\n\nNOR : X",
         "Convention de délégation de gestion du 7 avril 2026 relative au financement", DocumentRecord.Kind.convention),
        ("Convention de délégation de gestion du 20 aofit 2025 relative a la répartition des rôles et\naux modalités de participation\n\nNOR",
         "Convention de délégation de gestion du 20 aofit 2025 relative a la répartition des rôles et aux modalités de participation", .convention),
        ("Réglementation financière\n\nConvention de délégation de gestion\n\nConvention de délégation de gestion relative à la mise en œuvre\n\nNOR",
         "Convention de délégation de gestion relative à la mise en œuvre", .convention),
        ("# Convention de délégation de gestion\n\n#### Entre", "Convention de délégation de gestion", .convention),
        ("> Télécharger au format PDF\nDirection : direction :\n\nCONVENTION de délégation de gestion relative à la Fabrique.\n",
         "CONVENTION de délégation de gestion relative à la Fabrique.", .convention),
        ("JORF n°0234 du 7 octobre 2021\n\nConvention du 30 septembre 2021\n\nConclue entre :", "Convention du 30 septembre 2021", .convention),
        ("Avenant n° 2 à la convention de délégation de gestion du 3 mars 2020\n", "Avenant n° 2 à la convention de délégation de gestion du 3 mars 2020", .avenant),
        ("MINISTÈRES SOCIAUX\n\nINSTRUCTION N° SGMCAS/DNS/2023/92 du 25 mai 2023 relative à la création\n",
         "INSTRUCTION N° SGMCAS/DNS/2023/92 du 25 mai 2023 relative à la création", .instruction),
        ("SECRÉTARIAT GÉNÉRAL\n\nNOTE DE SERVICE\n\nSG/SAFSL/SDABC/N2012-1502\n", "NOTE DE SERVICE", .instruction),
        ("Arrêté du 4 mai 2012 portant organisation\n", "Arrêté du 4 mai 2012 portant organisation", .arrete),
        ("Circulaire du 5 mai 2012\n", "Circulaire du 5 mai 2012", .circulaire),
        ("Décision du 5 mai 2012\n", "Décision du 5 mai 2012", .decision),
    ])
    func titleAndKind(_ text: String, _ title: String, _ kind: DocumentRecord.Kind) {
        let found = TestRun.recognize(text, with: [KindRecognizer(), HeadingRecognizer()])
        #expect(found.heading.title == title)
        #expect(found.kind == kind)
    }

    @Test(arguments: [
        "Le Bulletin officiel publie des actes administratifs : décrets, arrêtés, notes de service.\n",
        "Référence de publication : BOC n°30 du 26/7/2018\n",
        "Télécharger au format PDF\n",
        "",
    ])
    func noHeading(_ text: String) {
        let found = TestRun.recognize(text, with: [KindRecognizer(), HeadingRecognizer()])
        #expect(found.heading.title == nil)
        #expect(found.kind == nil)
        #expect(found.heading.date == nil)
    }

    @Test(arguments: [
        ("INSTRUCTION N° SGMCAS/DNS/2023/92 du 25 mai 2023 relative à\n", "SGMCAS/DNS/2023/92" as String?),
        ("NOTE DE SERVICE\n\nSG/SAFSL/SDABC/N2012-1502\n\nDate: 11 janvier 2012\n", "SG/SAFSL/SDABC/N2012-1502"),
        ("NOR : ECFE1637857J\nInstruction du 27 décembre 2016\nDOCUMENTS\nNéant\nGCP-17-0001\nSOMMAIRE\n", "GCP-17-0001"),
        // A convention's reference stands right after its kind; a code elsewhere is not one.
        ("Convention du 3 mars 2020\n\nSG/SAFSL/SDABC/N2012-1502\n", nil),
        ("Convention 12-363-DNUM-CSOC-0042 du 24 juin 2022 pour le financement\n", "12-363-DNUM-CSOC-0042"),
        ("Convention n° 2019-12, relative à\n", "2019-12"),
        ("Avenant n° 2 à la convention de délégation de gestion\n", "2"),
        ("CONVENTION N° DAF/2021-04 du 3 mars 2021\n", "DAF/2021-04"),
        // A year, a span of years, a word, a code without separator: no reference.
        ("Convention 2022 relative au financement\n", nil),
        ("Convention 2019-2021 de délégation de gestion\n", nil),
        ("Convention de délégation de gestion 0129-CAHC-DISN\n", nil),
        ("Convention SPRZ2230481X du 24 juin 2022\n", nil),
        ("Convention n°\nrelative à\n", nil),
        // A blank left for the number, a damaged one, a code on the next line: nil, never a
        // wrong reference.
        ("Convention n° du 3 mars 2021 relative à la délégation de gestion\n", nil),
        ("Convention n° relative à la délégation de gestion\n", nil),
        ("Convention n° ____ du 3 mars 2021\n", nil),
        ("Convention n° « 2019-12 » relative\n", nil),
        ("Convention n°2019-12) relative\n", nil),
        ("Convention n° 2019-\n12 de délégation\n", nil),
        ("CONVENTION COVID-19 DE DELEGATION DE GESTION\n", nil),
        ("CONVENTION\nDGOS/R1/2021/12 relative au financement\n", nil),
        ("Convention\nn° 2019-12 relative au financement\n", nil),
        ("Instruction du 27 décembre 2016\nDIRECTION GENERALE DES FINANCES\n", nil),
    ])
    func reference(_ text: String, _ expected: String?) {
        let found = TestRun.recognize(text, with: [HeadingRecognizer()])
        #expect(found.heading.reference == expected)
    }
}
