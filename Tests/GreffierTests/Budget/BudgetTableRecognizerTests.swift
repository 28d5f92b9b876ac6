import Testing

@testable import Greffier

/// Tables laid out in rows and columns: tabs, pipes, spaces (aligned or single), titles,
/// group cells, TOTAL rows, wrapped headers, rows with a missing cell.
@Suite struct BudgetTableRecognizerTests {
    typealias R = BudgetTestRun

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let text: String
        let title: String?
        /// Header, measure, year.
        let columns: [(String, BudgetTable.Column.Measure?, Int?)]
        /// Label, group, total, cells in euros (nil: empty).
        let rows: [(String, String?, Bool, [Int64?])]
        /// Codes of the findings the table raised.
        var findings: [FindingCode] = []
        var testDescription: String { name }
    }

    static let seed000 = """
        EXERCICE 2026 - Projets SI DGS sous pilotage DNS confiés à la DNUM - Programme 204\t\t\t\t
        Fonds\tIntitulés / application\tAE et CP 2026 (TTC)\tCP sur AE2025 (TTC)\tTotal CP 2026 sur AE 2025 et AE 2026
        Budget général Programme 204\tAQUASISE\t274 000,00 €\t340 917,00 €\t614 917,00 €
        \tSIRIPH2G\t121 250,00 €\t119 825,02 €\t241 075,02 €
        \tSILAV\t115 000,00 €\t97 052,00 €\t212 052,00 €
        TOTAL\t\t510 250,00 €\t557 794,02 €\t1 068 044,02 €
        """

    static let cases: [Case] = [
        .init(
            name: "tabs: seed 000's annex, title row, group cell, TOTAL",
            text: "ANNEXE\n\n" + seed000 + "\n",
            title: "EXERCICE 2026 - Projets SI DGS sous pilotage DNS confiés à la DNUM - Programme 204",
            columns: [("AE et CP 2026 (TTC)", .aeCp, 2026), ("CP sur AE2025 (TTC)", .cp, 2026),
                      ("Total CP 2026 sur AE 2025 et AE 2026", .total, 2026)],
            rows: [("AQUASISE", "Budget général Programme 204", false, [274_000, 340_917, 614_917]),
                   ("SIRIPH2G", "Budget général Programme 204", false, [121_250, 119_825, 241_075]),
                   ("SILAV", "Budget général Programme 204", false, [115_000, 97_052, 212_052]),
                   ("TOTAL", nil, true, [510_250, 557_794, 1_068_044])]),
        .init(
            name: "tabs: seed 001, CP header in Cyrillic letters",
            text: "selon l'échéancier suivant :\n\n\tAE\t\u{421}\u{420}\t\n2021\t138 000€\t138 000€\t\n\nLe délégataire",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2021", nil, false, [138_000, 138_000])]),
        .init(
            name: "tabs: header without a label column over labelled rows",
            text: "AE\tCP\n2021\t138 000 €\t100 000 €\n2022\t0 €\t38 000 €",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2021", nil, false, [138_000, 100_000]), ("2022", nil, false, [0, 38_000])]),
        .init(
            name: "tabs: a label-only row names the group of the rows under it",
            text: "Fonds\tProjet\tAE\tCP\nProgramme 204\t\t\t\n\tA\t1 000 €\t1 000 €\n\tB\t2 000 €\t–",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("A", "Programme 204", false, [1_000, 1_000]), ("B", "Programme 204", false, [2_000, nil])]),
        .init(
            name: "tabs: header wrapped onto two lines",
            text: "Année\tAE et CP\tCP sur AE\n\t2026 (TTC)\t2025 (TTC)\n2026\t1 000 €\t2 000 €",
            title: nil, columns: [("AE et CP 2026 (TTC)", .aeCp, 2026), ("CP sur AE 2025 (TTC)", .cp, nil)],
            rows: [("2026", nil, false, [1_000, 2_000])]),
        .init(
            name: "tabs: bare amounts under a header in euros",
            text: "Année\tMontant AE (en €)\tMontant CP (en €)\n2025\t185 000\t50 000",
            title: nil, columns: [("Montant AE (en €)", .ae, nil), ("Montant CP (en €)", .cp, nil)],
            rows: [("2025", nil, false, [185_000, 50_000])]),
        .init(
            name: "tabs: a row shorter than its header keeps its amounts where its tabs put them",
            text: "\tAE\tCP\n2025\t100 000 €\t50 000 €\n2026\t135 000 €",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [100_000, 50_000]), ("2026", nil, false, [135_000, nil])],
            findings: [.budgetCellInferred]),
        .init(
            name: "tabs: some tabs lost to runs of spaces, stray marks at line ends (OCR, copy-paste)",
            text: """
                EXERCICE 2026 - Projets SI DGS - Programme 204\t\t  \t
                Fonds\tIntitulés / application\tAE et CP 2026 (TTC)\tCP sur AE2025 (TTC)   Total CP 2026 |
                Budget général Programme 204    AQUASISE    274 000,00 €  340 917,00 €    614917,00 E
                \tSIRIPH2G\t121 250,00 €    119 825,02 €  241075,02 E |
                  SILAV\t115 000,00 E    97 052,00 €\t212052,00 € .
                TOTAL    510 250,00 €  557 794,02 E\t1 068 044,02 €
                """,
            title: "EXERCICE 2026 - Projets SI DGS - Programme 204",
            columns: [("AE et CP 2026 (TTC)", .aeCp, 2026), ("CP sur AE2025 (TTC)", .cp, 2026), ("Total CP 2026", .total, 2026)],
            rows: [("AQUASISE", "Budget général Programme 204", false, [274_000, 340_917, 614_917]),
                   ("SIRIPH2G", "Budget général Programme 204", false, [121_250, 119_825, 241_075]),
                   ("SILAV", "Budget général Programme 204", false, [115_000, 97_052, 212_052]),
                   ("TOTAL", nil, true, [510_250, 557_794, 1_068_044])]),
        .init(
            name: "tabs: a row with all its tabs lost, € read as E, group spaces lost",
            text: "\tAE\t\u{421}\u{420}\t\n2021  138000E  138000€    \n",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2021", nil, false, [138_000, 138_000])]),
        .init(
            name: "pipes: markdown table with an empty cell and a total",
            text: """
                | Année | AE | CP |
                |---|---:|---:|
                | 2025 | 185 000 € | 50 000 € |
                | 2026 | | 135 000 € |
                | Total | 185 000 € | 185 000 € |
                """,
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [185_000, 50_000]), ("2026", nil, false, [nil, 135_000]),
                   ("Total", nil, true, [185_000, 185_000])]),
        .init(
            name: "spaces: aligned columns, the lone amount placed by its position",
            text: """
                Année        AE            CP
                2025    185 000 €      50 000 €
                2026                 135 000 €
                """,
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [185_000, 50_000]), ("2026", nil, false, [nil, 135_000])],
            findings: [.budgetCellInferred]),
        .init(
            name: "spaces: position wins over the CP-reach-AE rule when the layout kept it",
            text: """
                Année        AE            CP
                2025    185 000 €      50 000 €
                2026    135 000 €
                """,
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [185_000, 50_000]), ("2026", nil, false, [135_000, nil])],
            findings: [.budgetCellInferred]),
        .init(
            name: "spaces: seed 003, single spaces, the CP reach the AE",
            text: "crédits de paiements sur I'UO mentionnée ci-dessus :\n\nAE CP\n2025 185000 € 50 000 €\n2026 135000 €\n\nPour assurer",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [185_000, 50_000]), ("2026", nil, false, [nil, 135_000])],
            findings: [.budgetCellInferred]),
        .init(
            name: "spaces: single spaces, the TOTAL row decides",
            text: "AE CP\n2025 100 000 € 50 000 €\n2026 30 000 €\nTOTAL 100 000 € 80 000 €",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [100_000, 50_000]), ("2026", nil, false, [nil, 30_000]),
                   ("TOTAL", nil, true, [100_000, 80_000])],
            findings: [.budgetCellInferred]),
        .init(
            name: "spaces: no evidence decides, the cells stay empty",
            text: "AE CP\n2025 100 000 € 50 000 €\n2026 20 000 €",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [100_000, 50_000]), ("2026", nil, false, [nil, nil])],
            findings: [.budgetCellAmbiguous]),
        .init(
            name: "spaces: two placements fit, the cells stay empty",
            text: "AE CP\n2025 100 € 100 €\n2026 50 €\n2027 50 €",
            title: nil, columns: [("AE", .ae, nil), ("CP", .cp, nil)],
            rows: [("2025", nil, false, [100, 100]), ("2026", nil, false, [nil, nil]), ("2027", nil, false, [nil, nil])],
            findings: [.budgetCellAmbiguous, .budgetCellAmbiguous]),
        .init(
            name: "spaces: header wrapped onto two lines",
            text: """
                Année     AE et CP       Total CP
                          2026 (TTC)     2026
                2026      1 000 €        2 000 €
                """,
            title: nil, columns: [("AE et CP 2026 (TTC)", .aeCp, 2026), ("Total CP 2026", .total, 2026)],
            rows: [("2026", nil, false, [1_000, 2_000])]),
    ]

    @Test(arguments: cases)
    func readsTable(testCase: Case) throws {
        let (_, results) = R.recognize(BudgetTableRecognizer(), testCase.text)
        #expect(results.budget.tables.count == 1)
        let table = try #require(results.budget.tables.first)
        #expect(table.title == testCase.title)
        #expect(table.columns.map(\.header) == testCase.columns.map(\.0))
        #expect(table.columns.map(\.measure) == testCase.columns.map(\.1))
        #expect(table.columns.map(\.year) == testCase.columns.map(\.2))
        #expect(table.rows.map(\.label) == testCase.rows.map(\.0))
        #expect(table.rows.map(\.group) == testCase.rows.map(\.1))
        #expect(table.rows.map(\.isTotal) == testCase.rows.map(\.2))
        // Cents are compared in euros, rounded down: the exact cents are the amount tests'.
        #expect(table.rows.map { $0.cells.map { $0.map { $0.cents / 100 } } } == testCase.rows.map(\.3))
        #expect(table.findings.map(\.code) == testCase.findings)
    }

    /// Lines that hold amounts, AE/CP words or tabs but no budget table.
    static let notTables: [String] = [
        "DONNÉES D'IMPUTATION Budget général\tCODIFICATION CHORUS\t\nCentre financier (UO)\t0204-CDGS-CDAD\t\nDomaine fonctionnel\t0204-11-08\t",
        "Référence\tNuméro interne : 2023/92\nDate de signature\t25/05/2023\nNombre de pages et annexe\t5 pages + 1 annexe (65 pages)",
        "En cas d'insuffisance de crédits ouverts en AE ou en CP, le délégataire informe la DNS.\nIl a obtenu un cofinancement de 138 000 €.",
        "AE CP\n\n2025 185000 € 50 000 €",
        "Année\tAE\tCP\n2025\t12\t14",
        "obtient un cofinancement de 200 000 € au titre du FAST\ndont 15 000 € en coaching",
        "AE\tCP",
    ]

    @Test(arguments: notTables)
    func findsNoTable(text: String) {
        let (_, results) = R.recognize(BudgetTableRecognizer(), text)
        #expect(results.budget.tables.isEmpty)
    }

    /// Through the pipeline: the span covers the whole table in the original bytes (no-break
    /// spaces included), the look-alike header is a repair, findings point at the lone amount.
    @Test func pipelineMapsSpansAndRepairs() throws {
        let text = "Échéancier :\n\n\tAE\t\u{421}\u{420}\n2021\t138\u{A0}000\u{A0}€\t100\u{A0}000\u{A0}€\n2022\t\t38\u{A0}000\u{A0}€\n\nFin."
        let bytes = Array(text.utf8)
        let record = Greffier.extract(bytes: bytes, path: "t.txt")
        let table = try #require(record.budget.tables.first)
        let source = String(decoding: bytes[table.span.start..<table.span.end], as: UTF8.self)
        #expect(source.hasPrefix("\tAE\t\u{421}\u{420}\n2021"))
        #expect(source.hasSuffix("38\u{A0}000\u{A0}€"))
        #expect(table.columns.map(\.header) == ["AE", "CP"])
        #expect(table.rows.map(\.cells) == [[R.amount(138_000), R.amount(100_000)], [nil, R.amount(38_000)]])
        let repair = try #require(record.repairs.first { $0.rule == .budgetHomoglyph })
        #expect(String(decoding: bytes[repair.span.start..<repair.span.end], as: UTF8.self) == repair.raw)
        #expect(record.findings.contains { $0.code == .ocrRepaired && $0.span == repair.span })
    }

    @Test func cellInferredFindingPointsAtTheLoneAmount() throws {
        let text = "AE CP\n2025 185000 € 50 000 €\n2026 135000 €\n"
        let bytes = Array(text.utf8)
        let record = Greffier.extract(bytes: bytes, path: "t.txt")
        let finding = try #require(record.findings.first { $0.code == .budgetCellInferred })
        let span = try #require(finding.span)
        #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == "135000 €")
        #expect(finding.message.contains("CP"))
        #expect(finding.message.contains("185 000,00 €"))
    }
}
