import Testing

@testable import Greffier

/// The schedule recognizer reads only the clauses holding a measure word, and finds exactly the
/// tables of its former reading of every clause (`ReferenceScheduleRecognizer`).
@Suite struct ScheduleGateTests {
    static func tables(_ recognizer: some Recognizer, _ document: Document) -> [BudgetRecognitions.PendingTable] {
        var results = Recognitions()
        recognizer.recognize(document, into: &results)
        return results.budget.tables
    }

    @Test func everyInputGivesTheFormerTables() throws {
        var found = 0
        for input in AwkwardInputs.all {
            var documents = [Document(bytes: input)]
            if let decoded = try? InputDecoder.decode(input) { documents.append(Document(bytes: decoded.bytes)) }
            for document in documents {
                let tables = Self.tables(ScheduleRecognizer(), document)
                #expect(tables == Self.tables(ReferenceScheduleRecognizer(), document), "\(input.prefix(60))")
                found += tables.count
            }
        }
        #expect(found > 0)
    }

    /// Measure words at the edges of clauses, across line breaks, folded, glued, written with
    /// look-alike letters, or missing; each text alone and after each other one.
    static let pieces: [String] = [
        "2017 : 296 210 € en AE et 48 105 € en CP ;",
        "– 2018 : AE = CP = 100 000 €.",
        "Pour 2025, 10 000 € en autorisations d'engagement et 5 000 € en crédits de paiement.",
        "2026 : 2 000 € en CRÉDITS DE PAIEMENTS ;",
        "2027 : 3 000 € en autorisation d\u{2019}engagement",
        "2028 : 4 000 € en\nAE ;",
        "2029 : 5 000 € en ; AE 12 €",
        "AE ; 2030 : 6 000 €.",
        "2031 : 7 000 € d'AE.",
        "2032 : 8 000 € en ΑΕ et en СР.",
        "2033 : 9 000 € en AE2033 ;",
        "2034 : 1 000 € en crédit de paiement\n\n2035 : 2 000 € en Crédits de\npaiements.",
        "2036 : 3 000 € en AE/CP ; 2037 : 4 000 € en AE = CP",
        "mettre à disposition 138 000 € en AE et en CP.",
        "dans la limite de 400 000 € en AE et en CP.",
        "un cofinancement de 200 000 € en coaching ;",
        "2038 : 5 000 € en autorisations d'\nengagement ;",
        "- 2039 : AE : 1 €, CP : 2 € ;\n- 2040 : CP = 3 €",
        "",
    ]

    @Test(arguments: pieces)
    func madeUpSchedulesGiveTheFormerTables(first: String) {
        for second in Self.pieces {
            for joint in [" ", "\n", "\n\n", " ; "] {
                let document = BudgetTestRun.document(first + joint + second)
                #expect(Self.tables(ScheduleRecognizer(), document) == Self.tables(ReferenceScheduleRecognizer(), document),
                        "\(first + joint + second)")
            }
        }
        #expect(!Self.tables(ScheduleRecognizer(), BudgetTestRun.document(first + "\n" + Self.pieces[0])).isEmpty)
    }

    /// The measure words found are those `isWord` finds, token by token.
    @Test func measureWordTokensAreTheMeasureWords() {
        for document in Hostile.corpusDocuments() + Self.pieces.map(BudgetTestRun.document) {
            let expected = document.tokens.indices.filter {
                document.isWord($0, oneOf: ["ae", "cp", "autorisation", "autorisations", "credit", "credits"])
            }
            #expect(ScheduleRecognizer.measureWordTokens(document) == expected)
        }
    }
}
