import Testing

@testable import Greffier

/// Inputs built to make a backtracking or rescanning recognizer take quadratic time. Each is
/// checked for the record it must give, at sizes where a quadratic algorithm would still end
/// (slowly): no test here measures time, since machines are shared and noisy. Time per MB is
/// the benchmark's business; a regression here shows as a test suite that suddenly takes
/// minutes, and `Tests/Fuzz` reports it as a timeout.
@Suite struct PathologicalInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: @Sendable () -> [UInt8]
        let check: @Sendable (DocumentRecord) -> Void
        var testDescription: String { name }
    }

    static let rows = 100_000

    static let cases: [Case] = [
        .init(name: "a million tabs", input: { Array(repeating: 0x09, count: 1_000_000) }) { record in
            #expect(Hostile.codes(record) == ["input.empty"])
            #expect(record.budget.tables.isEmpty)
        },
        .init(name: "100,000 × Article 1 after a NOR", input: {
            Array("NOR : TSSZ2530440X\n".utf8) + Hostile.repeated("Article 1\n", rows)
        }) { record in
            #expect(record.nor?.value == "TSSZ2530440X")
            #expect(record.legalReferences.isEmpty)
            #expect(record.findings.isEmpty)
        },
        .init(name: "100,000 × du 1er janvier", input: { Hostile.repeated("du 1er janvier ", rows) }) { record in
            // No year: no date, and no invalid one either.
            #expect(record.date == nil)
            #expect(record.period == nil)
            #expect(record.findings.isEmpty)
        },
        .init(name: "100,000 × 1 000 000,00 € after a ceiling", input: {
            Array("à concurrence de 1 000 000,00 €.\n".utf8) + Hostile.repeated("1 000 000,00 €\n", rows)
        }) { record in
            // Amounts the text does not call AE or CP are no schedule; the ceiling stands.
            #expect(record.budget.ceiling == Amount(cents: 100_000_000))
            #expect(record.budget.tables.isEmpty)
            #expect(record.findings.isEmpty)
        },
        .init(name: "100,000 short clauses with a number", input: { Hostile.repeated("1 ab; ", rows) }) { record in
            // No ceiling word in any clause: the search for one reads each clause alone.
            #expect(record.budget.ceiling == nil)
            #expect(record.budget.tables.isEmpty)
        },
        .init(name: "100,000 × ENTRE ... ET in prose", input: { Hostile.repeated("ENTRE ... ET ", rows) }) { record in
            #expect(record.parties.isEmpty)
        },
        .init(name: "100,000 × an ENTRE … ET block", input: {
            Hostile.repeated("ENTRE\nLa DSI\nET\nLa DNUM\n", rows)
        }) { record in
            // Only the first block's lines are read (PartyBlock.lineLimit).
            #expect(record.parties.first?.name == "DSI")
            #expect(record.parties.count <= PartyBlock.lineLimit)
        },
        .init(name: "a table of 100,000 rows", input: {
            var text = "Année\tAE\tCP\n"
            for row in 0..<rows { text += "\(2000 + row % 50)\t1 000,00 €\t1 000,00 €\n" }
            return Array(text.utf8)
        }) { record in
            #expect(record.budget.tables.count == 1)
            let table = record.budget.tables.first
            #expect(table?.columns.map(\.header) == ["AE", "CP"])
            #expect(table?.rows.count == rows)
            #expect(table?.rows.last?.label == "\(2000 + (rows - 1) % 50)")
            #expect(table?.rows.allSatisfy { $0.cells == [Amount(cents: 100_000), Amount(cents: 100_000)] } == true)
        },
        // Found quadratic by these tests, each for one reason: every amount of a long clause
        // rescanned it (MeasureTag), every ceiling was compared with the others, every
        // programme mention searched the distribution lists, every amount of a row recounted
        // its line's columns, every placement of lone amounts copied the whole table, every
        // name was compared with every word (NameVariantRule).
        .init(name: "100,000 distinct ceilings in one clause", input: {
            var text = ""
            for row in 0..<rows { text += "à concurrence de \(1000 + row) € et " }
            return Array(text.utf8)
        }) { record in
            #expect(record.budget.ceiling == nil)
            #expect(Hostile.codes(record) == ["budget.ceiling-conflict"])
            #expect(record.findings.first?.message.contains("et \(rows - 10) autres") == true)
        },
        .init(name: "100,000 × montant total without a verb", input: {
            Hostile.repeated("le montant total de ", rows) + Array("s'élève à 5 000 €.".utf8)
        }) { record in
            #expect(record.budget.ceiling == Amount(cents: 500_000))
        },
        .init(name: "100,000 distribution lists naming a programme", input: {
            Hostile.repeated("Copies :\n- programme 204\n\n", rows)
        }) { record in
            #expect(record.programmes.isEmpty)
        },
        .init(name: "a row of 20,000 space-aligned amounts", input: {
            var header = "Année"
            var row = "2021"
            for column in 0..<20_000 {
                header += "    AE \(2000 + column % 50)"
                row += "    1 000 €"
            }
            return Array((header + "\n" + row + "\n").utf8)
        }) { record in
            #expect(record.budget.tables.first?.columns.count == 20_000)
            #expect(record.budget.tables.first?.rows.first?.cells.allSatisfy { $0 == Amount(cents: 100_000) } == true)
        },
        .init(name: "12 rows to place in a table of 20,000", input: {
            var text = "Année        AE            CP\n"
            for row in 0..<20_000 { text += "\(2000 + row % 50)        1 000 €      1 000 €\n" }
            for row in 0..<12 { text += "\(2000 + row) 1 000 €\n" }
            return Array((text + "TOTAL        50 000 €      50 000 €\n").utf8)
        }) { record in
            // 4096 placements tried, none adding up to the TOTAL row: each amount is left unplaced.
            #expect(record.budget.tables.first?.rows.count == 20_013)
            #expect(record.findings.filter { $0.code == .budgetCellAmbiguous }.count == 12)
        },
        .init(name: "20,000 signatories", input: {
            var text = "Fait à Paris, le 14/04/2021\n"
            for row in 0..<20_000 {
                text += "Pour le délégant\nLe directeur\nJean DUP\(letters(row))NT\n\n"
            }
            return Array(text.utf8)
        }) { record in
            #expect(record.signatories.count == 20_000)
            #expect(record.signatories.first?.name == "Jean DUPAAAANT")
            // Spellings a letter or two apart: each is reported, once.
            #expect(!record.findings.isEmpty)
            #expect(Set(record.findings.map(\.span)).count == record.findings.count)
            #expect(Set(record.findings.map(\.code)) == [.personNameVariant])
        },
    ]

    @Test(arguments: cases)
    func givesItsRecord(_ testCase: Case) {
        let input = testCase.input()
        let record = Hostile.extract(input)
        Hostile.expectSound(record, input)
        testCase.check(record)
    }

    /// 5 MB on one line: an act with its line breaks lost, repeated. The values are those of one
    /// copy: repetition adds no NOR, reference, programme or code, and loses none.
    @Test func fiveMegabytesOnOneLine() {
        let act = Hostile.corpusText("003_9cd4d8c5901bd0e5").map { $0 == 0x0A ? 0x20 : $0 }
        #expect(!act.isEmpty)
        var input: [UInt8] = []
        while input.count < 5_000_000 { input += act + [0x20] }
        let once = Hostile.extract(act)
        let record = Hostile.extract(input)
        Hostile.expectSound(record, input)
        #expect(record.nor?.value == once.nor?.value)
        #expect(record.nor != nil)
        #expect(record.legalReferences.map(\.number) == once.legalReferences.map(\.number))
        #expect(record.programmes.map(\.number) == once.programmes.map(\.number))
        #expect(Set(record.chorus.map(\.value)) == Set(once.chorus.map(\.value)))
        #expect(!record.chorus.isEmpty)
    }
}

/// Four capital letters numbering `row` (`AAAA`, `BAAA`, ...): distinct names.
private func letters(_ row: Int) -> String {
    var value = row
    var result = ""
    for _ in 0..<4 {
        result.unicodeScalars.append(Unicode.Scalar(UInt8(65 + value % 26)))
        value /= 26
    }
    return result
}
