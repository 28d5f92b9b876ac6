import Testing

@testable import Greffier

/// Schedules written as prose become AE/CP tables, one row per year.
@Suite struct ScheduleRecognizerTests {
    typealias R = BudgetTestRun

    struct ScheduleCase: Sendable, CustomTestStringConvertible {
        let text: String
        /// Per table: label, AE, CP in euros.
        let tables: [[(String, Int64?, Int64?)]]
        var testDescription: String { text.debugDescription }
    }

    static let schedules: [ScheduleCase] = [
        // Seed 002, no-break spaces and doubled dashes as written.
        .init(text: """
            dans la limite d\u{2019}un plafond de dépenses de 400\u{A0}000\u{A0}€ en AE et en CP selon l\u{2019}échéancier prévisionnel suivant\u{A0}:

            –– 2017\u{A0}: 296\u{A0}210\u{A0}€ en AE et 48\u{A0}105\u{A0}€ en CP ;
            –– 2018\u{A0}: 103\u{A0}790\u{A0}€ en AE et 351\u{A0}895\u{A0}€ en CP.

            La DINSIC communiquera un suivi des consommations en AE/CP.
            """,
              tables: [[("2017", 296_210, 48_105), ("2018", 103_790, 351_895)]]),
        .init(text: "- 2017 : AE : 296 210 €, CP : 48 105 € ;\n- 2018 : AE = CP = 100 000 €.",
              tables: [[("2017", 296_210, 48_105), ("2018", 100_000, 100_000)]]),
        .init(text: "2019 : AE 1 000 € et CP 500 €", tables: [[("2019", 1_000, 500)]]),
        .init(text: "2021 : AE = CP = 138 000 €", tables: [[("2021", 138_000, 138_000)]]),
        .init(text: "La DINUM met à disposition en 2021 la somme de 138 000 € en AE et en CP.",
              tables: [[("2021", 138_000, 138_000)]]),
        .init(text: "Le délégant s'engage à mettre à disposition du délégataire 138 000 € en AE et en CP.",
              tables: [[("", 138_000, 138_000)]]),
        .init(text: "Pour 2025, 10 000 € en autorisations d'engagement et 5 000 € en crédits de paiement.",
              tables: [[("2025", 10_000, 5_000)]]),
        .init(text: "2025 : 10 000 € en AE/CP ;\n2026 : 2 000 € en CP.",
              tables: [[("2025", 10_000, 10_000), ("2026", nil, 2_000)]]),
        // Two paragraphs, two schedules.
        .init(text: "2025 : 10 000 € en AE.\n\nAutre chose.\n\n2026 : 2 000 € en CP.",
              tables: [[("2025", 10_000, nil)], [("2026", nil, 2_000)]]),
    ]

    @Test(arguments: schedules)
    func readsSchedule(testCase: ScheduleCase) {
        let (_, results) = R.recognize(ScheduleRecognizer(), testCase.text)
        let tables = results.budget.tables
        #expect(tables.count == testCase.tables.count)
        for (table, expected) in zip(tables, testCase.tables) {
            #expect(table.columns == [.init(header: "AE", measure: .ae, year: nil), .init(header: "CP", measure: .cp, year: nil)])
            #expect(table.rows.map(\.label) == expected.map(\.0))
            #expect(table.rows.map { $0.cells[0]?.cents } == expected.map { $0.1.map { $0 * 100 } })
            #expect(table.rows.map { $0.cells[1]?.cents } == expected.map { $0.2.map { $0 * 100 } })
        }
    }

    /// Amounts the text does not say are AE or CP, and ceilings, are no schedule.
    static let notSchedules: [String] = [
        "obtient un cofinancement de 200 000 € au titre du FAST dont 15 000 € en coaching pris en charge",
        "En juin 2025, la Startup d'Etat obtient un cofinancement de 200 000 €.",
        "dans la limite d'un plafond de dépenses de 400 000 € en AE et en CP selon l'échéancier suivant :",
        "La DINSIC est tenue à ses obligations à concurrence de 400 000 € en AE et en CP.",
        "2017 : 296 210 € en AE et 48 105 € en AE ;",
        "En cas d'insuffisance de crédits ouverts en AE ou en CP, le délégataire informe la DNS.",
        "pour 2025 et 2026, 10 000 € en AE.",
    ]

    @Test(arguments: notSchedules)
    func findsNoSchedule(text: String) {
        let (_, results) = R.recognize(ScheduleRecognizer(), text)
        #expect(results.budget.tables.isEmpty)
    }
}
