import Testing
@testable import Greffier

@Suite struct LegalReferenceRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let type: LegalReference.Kind
        let number: String?
        /// ISO date, or nil.
        let date: String?
        /// The text the mention's range covers.
        let covered: String
        var testDescription: String { text.debugDescription }
    }

    static let positives: [Case] = [
        .init(text: "Vu le décret n° 2004-1085 du 14 octobre 2004 relatif aux délégations de gestion ;",
              type: .decret, number: "2004-1085", date: "2004-10-14", covered: "décret n° 2004-1085 du 14 octobre 2004"),
        .init(text: "Vu le décret no 2004-1085 ;", type: .decret, number: "2004-1085", date: nil, covered: "décret no 2004-1085"),
        .init(text: "Vu le décret n®2004-1085 ;", type: .decret, number: "2004-1085", date: nil, covered: "décret n®2004-1085"),
        .init(text: "Vu le décret 2004-1085 du 14 octobre 2004 modifié ;", type: .decret, number: "2004-1085",
              date: "2004-10-14", covered: "décret 2004-1085 du 14 octobre 2004"),
        .init(text: "Vu le décret n° n° 2020-871 du 15 juillet 2020 ;", type: .decret, number: "2020-871",
              date: "2020-07-15", covered: "décret n° n° 2020-871 du 15 juillet 2020"),
        .init(text: "Vu la circulaire du Premier ministre 5608/SG du 19 septembre 2012 ;", type: .circulaire,
              number: "5608/SG", date: "2012-09-19",
              covered: "circulaire du Premier ministre 5608/SG du 19 septembre 2012"),
        .init(text: "Vu la circulaire du\nPremier ministre 5608/SG du 19 septembre 2012 ;", type: .circulaire,
              number: "5608/SG", date: "2012-09-19",
              covered: "circulaire du\nPremier ministre 5608/SG du 19 septembre 2012"),
        .init(text: "Vu la circulaire du Premier ministre 5608/SG du\n19 septembre 2012 ;", type: .circulaire,
              number: "5608/SG", date: "2012-09-19",
              covered: "circulaire du Premier ministre 5608/SG du\n19 septembre 2012"),
        .init(text: "Vu la circulaire n° 6300/SG du Premier ministre du 30 août 2021 ;", type: .circulaire,
              number: "6300/SG", date: "2021-08-30",
              covered: "circulaire n° 6300/SG du Premier ministre du 30 août 2021"),
        .init(text: "Vu l'arrêté du 4 mai 2012 modifié ;", type: .arrete, number: nil, date: "2012-05-04",
              covered: "arrêté du 4 mai 2012"),
        .init(text: "Vu l'instruction DGFIP du 9 mars 2021 ;", type: .instruction, number: nil, date: "2021-03-09",
              covered: "instruction DGFIP du 9 mars 2021"),
        .init(text: "Références : circulaire NOR BCRB1124995C, du 21 octobre 2011", type: .circulaire,
              number: "BCRB1124995C", date: "2011-10-21", covered: "circulaire NOR BCRB1124995C, du 21 octobre 2011"),
        .init(text: "Vu la loi n° 2020-1721 du 29 décembre 2020 de finances pour 2021 ;", type: .loi,
              number: "2020-1721", date: "2020-12-29", covered: "loi n° 2020-1721 du 29 décembre 2020"),
        .init(text: "Vu le décret [n° 2023-373](#) du 15 mai 2023 ;", type: .decret, number: "2023-373",
              date: "2023-05-15", covered: "décret [n° 2023-373](#) du 15 mai 2023"),
        .init(text: "Vu l'instruction n° SGMCAS/DNS/2023/92 du 25 mai 2023 relative à la création ;", type: .instruction,
              number: "SGMCAS/DNS/2023/92", date: "2023-05-25",
              covered: "instruction n° SGMCAS/DNS/2023/92 du 25 mai 2023"),
        .init(text: "Vu la circulaire DGOS/R1/2021/12 du 3 mars 2021 ;", type: .circulaire,
              number: "DGOS/R1/2021/12", date: "2021-03-03", covered: "circulaire DGOS/R1/2021/12 du 3 mars 2021"),
        .init(text: "Vu le décret du 1er janvier 2020 ;", type: .decret, number: nil, date: "2020-01-01",
              covered: "décret du 1er janvier 2020"),
        .init(text: "Vu l'arrêté du 14/04/2021 ;", type: .arrete, number: nil, date: "2021-04-14",
              covered: "arrêté du 14/04/2021"),
    ]

    @Test(arguments: positives)
    func findsTheReference(testCase: Case) throws {
        let (document, results) = TestRun.recognize(LegalReferenceRecognizer(), testCase.text)
        try #require(results.legalReferences.count == 1)
        let mention = results.legalReferences[0]
        #expect(mention.type == testCase.type)
        #expect(mention.number == testCase.number)
        #expect(mention.date?.description == testCase.date)
        #expect(document.text(mention.range) == testCase.covered)
    }

    /// Several references in one sentence, each with its own number and date.
    @Test func severalReferencesInOneSentence() {
        let (_, results) = TestRun.recognize(LegalReferenceRecognizer(), """
            Vu la loi n° 2001-692 du 1er août 2001 et le décret n° 2012-1246 du 7 novembre 2012 ;
            """)
        #expect(results.legalReferences.map(\.type) == [.loi, .decret])
        #expect(results.legalReferences.map(\.number) == ["2001-692", "2012-1246"])
        #expect(results.legalReferences.map { $0.date?.description } == ["2001-08-01", "2012-11-07"])
    }

    /// Mentions of acts that are no reference: no number, no date, or the act's own heading.
    @Test(arguments: [
        "En application du décret susvisé, les crédits sont délégués.",
        "Le projet de décret relatif à la délégation est en cours.",
        "Vu ce qui précède, la présente instruction s'applique.",
        "les crédits ouverts par la loi de finances initiale pour 2006",
        "conformément à l'arrêté relatif au 14 octobre 2004",
        "INSTRUCTION N° SGMCAS/DNS/2023/92 du 25 mai 2023 relative à la création\n\nVu le code de la santé publique ;",
        "CIRCULAIRE N° 2023-92 du 25 mai 2023\n\nVu le code de la santé publique ;",
        "Arrêté du 4 mai 2012 portant organisation\n\nArticle 1er",
        "Rapport IGAS n° 2022-038R du 3 mars 2022",
        "le décret n° 12 du service",
        "le décret n° A-12 du service",
    ])
    func negatives(text: String) {
        let (_, results) = TestRun.recognize(LegalReferenceRecognizer(), text)
        #expect(results.legalReferences.isEmpty)
    }

    /// A heading-like line after the body has begun is a citation, not the act's title.
    @Test func citationLineInTheBody() {
        let (_, results) = TestRun.recognize(LegalReferenceRecognizer(), """
            INSTRUCTION N° SGMCAS/DNS/2023/92 du 25 mai 2023

            Vu :
            Circulaire n° 2021-11 du 3 mars 2021
            Instruction N° SGMCAS/DNS/2022/40 du 2 mai 2022
            """)
        #expect(results.legalReferences.map(\.number) == ["2021-11", "SGMCAS/DNS/2022/40"])
    }

    /// Through the pipeline: repeated mentions of one act give one reference; a later mention
    /// completes the date an earlier one lacked.
    @Test func pipelineMergesRepeatedMentions() throws {
        let record = TestRun.extract("""
            Convention de délégation de gestion

            Vu le décret no 2004-1085 ;
            Vu l'arrêté du 4 mai 2012 ;

            Article 1er
            En application du décret n° 2004-1085 du 14 octobre 2004, et de l'arrêté du 4 mai 2012,
            selon le décret n° 2004-1085 du 14 octobre 2004 modifié, et l'arrêté du 5 mai 2012.

            """)
        #expect(record.legalReferences.map(\.type) == [.decret, .arrete, .arrete])
        #expect(record.legalReferences.map(\.number) == ["2004-1085", nil, nil])
        #expect(record.legalReferences.map { $0.date?.description } == ["2004-10-14", "2012-05-04", "2012-05-05"])
    }

    /// The same number under two types is two references.
    @Test func sameNumberOtherTypeIsAnotherReference() {
        let record = TestRun.extract("Article 1\nVu la loi n° 2020-1721 et le décret n° 2020-1721.\n")
        #expect(record.legalReferences.map(\.type) == [.loi, .decret])
    }
}
