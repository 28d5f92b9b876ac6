import Testing
@testable import Greffier

@Suite struct ProgrammeRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        /// Number and label of each mention, in order.
        let programmes: [(String, String?)]
        var testDescription: String { text.debugDescription }
    }

    static let positives: [Case] = [
        .init(text: "sur le programme 204 « Prévention, sécurité sanitaire et offre de soins » de la mission",
              programmes: [("204", "Prévention, sécurité sanitaire et offre de soins")]),
        .init(text: "BOP 129 « coordination du travail gouvernemental »",
              programmes: [("129", "coordination du travail gouvernemental")]),
        .init(text: "du programme 204 « Prévention, sécurité\nsanitaire et offre de soins »",
              programmes: [("204", "Prévention, sécurité sanitaire et offre de soins")]),
        .init(text: "du programme\n204 « Prévention »", programmes: [("204", "Prévention")]),
        .init(text: "programme 218 \"Conduite et pilotage\"", programmes: [("218", "Conduite et pilotage")]),
        .init(text: "les programmes 150 et 231 de la mission", programmes: [("150", nil), ("231", nil)]),
        .init(text: "programmes 150, 231 et 172", programmes: [("150", nil), ("231", nil), ("172", nil)]),
        .init(text: "Programme 204\tAE 2025\tCP 2025", programmes: [("204", nil)]),
        .init(text: "programme n° 354", programmes: [("354", nil)]),
        .init(text: "imputés sur le programme 0204", programmes: [("204", nil)]),
        // An unclosed label is no label.
        .init(text: "programme 204 « Prévention\n\nArticle 2", programmes: [("204", nil)]),
    ]

    @Test(arguments: positives)
    func findsProgrammes(testCase: Case) {
        let (document, results) = TestRun.recognize(ProgrammeRecognizer(), testCase.text)
        #expect(results.programmes.map(\.number) == testCase.programmes.map(\.0))
        #expect(results.programmes.map(\.label) == testCase.programmes.map(\.1))
        for mention in results.programmes {
            #expect(document.text(mention.range).hasPrefix(mention.number)
                    || document.text(mention.range).hasPrefix("0" + mention.number))
        }
    }

    @Test(arguments: [("204", "204"), ("0204", "204"), ("0129", "129"), ("0000", "0"), ("100", "100")])
    func canonicalNumber(digits: String, number: String) {
        #expect(Programme.canonicalNumber(digits) == number)
    }

    /// Through the pipeline: a programme named in the text keeps its span and label; one only
    /// implied by the Chorus codes comes after, with neither.
    @Test func pipelineAddsProgrammesImpliedByChorusCodes() throws {
        let record = TestRun.extract("""
            Convention de délégation de gestion

            Les crédits du programme 129 « coordination du travail gouvernemental » sont gérés.
            Centre financier\t0204-CDGS-CDAD
            Domaine fonctionnel\t0129-01
            Activité\t020401011132

            """)
        #expect(record.programmes.map(\.number) == ["129", "204"])
        #expect(record.programmes.map(\.label) == ["coordination du travail gouvernemental", nil])
        #expect(record.programmes[0].span != nil)
        #expect(record.programmes[1].span == nil)
    }

    /// The first label given wins; a bare later mention does not erase it.
    @Test func pipelineKeepsOneEntryPerNumber() {
        let record = TestRun.extract("""
            Article 1
            le programme 204 puis le programme 204 « Prévention, sécurité sanitaire et offre de soins »
            et encore le programme 0204.

            """)
        #expect(record.programmes.map(\.number) == ["204"])
        #expect(record.programmes.map(\.label) == ["Prévention, sécurité sanitaire et offre de soins"])
    }

    /// Programme-like words that name no budget programme, and the recipients' programmes.
    @Test(arguments: [
        "Copies :\n\n- Madame la directrice, responsable du programme 155.\n- Monsieur le directeur, programme 217.",
        "Ampliation :\n- responsable du programme 155",
        "le programme interministériel beta.gouv.fr",
        "un programme d'accélération des projets",
        "le programme 2021 de travail",
        "programme 12 du plan",
        "programme 20400",
        "le programme « Santé » est",
        "programmes",
    ])
    func negatives(text: String) {
        let (_, results) = TestRun.recognize(ProgrammeRecognizer(), text)
        #expect(results.programmes.isEmpty)
    }

    /// The distribution list hides only what is in it: a programme before it is kept.
    @Test func distributionListExcludesOnlyItsOwnLines() {
        let (_, results) = TestRun.recognize(ProgrammeRecognizer(), """
            Les crédits du programme 204 sont délégués.

            Copies :

            - Madame la directrice, responsable du programme 155.

            Article 2 : le programme 157 est aussi concerné.
            """)
        #expect(results.programmes.map(\.number) == ["204", "157"])
    }

    /// A label's closing mark is found on bytes: a token's text is `»` or `"` exactly when its
    /// bytes are, on every corpus token and on awkward ones (invalid UTF-8, lookalikes).
    @Test func closingMarksAreFoundOnTheirBytes() {
        var awkward = Array("« a » \" b \" ”x“ ›‹ »» \u{BB}\u{301} ".utf8)
        awkward += [0xC2, 0x20, 0xBB, 0x20, 0xFF, 0x22]
        var found = 0
        for document in Hostile.corpusDocuments() + [Document(bytes: awkward)] {
            for (index, token) in document.tokens.enumerated() {
                let bytes = Array(document.bytes[token.start..<token.end])
                for closing in ["»", "\""] {
                    let expected = document.text(of: index) == closing
                    if expected { found += 1 }
                    #expect((bytes == Array(closing.utf8)) == expected)
                }
            }
        }
        #expect(found > 10)
    }
}
