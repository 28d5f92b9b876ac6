import Foundation
import Greffier
import Testing

struct OtherCommandsTests {
    @Test func schemaCommandPrintsTheSchemaFile() throws {
        let result = try CLIRunner.run(["schema"])
        #expect(result.status == 0)
        let file = try String(contentsOf: CLIRunner.root.appendingPathComponent("schemas/document.schema.json"), encoding: .utf8)
        #expect(result.stdout == file)
    }

    @Test func tokensCommandPrintsSpansKindsAndText() throws {
        let result = try CLIRunner.run(["tokens", "-"], stdin: Data("NOR\u{A0}: X1\n\n€".utf8))
        #expect(result.status == 0)
        #expect(result.lines == [
            "0\t3\tword\t\"NOR\"",
            "5\t6\tpunctuation\t\":\"",
            "7\t9\tword\t\"X1\"",
            "9\t11\tblankLine\t\"\\n\\n\"",
            "11\t14\tsymbol\t\"€\"",
        ])
    }

    @Test func tokensOfMissingFileExitsWith3() throws {
        let result = try CLIRunner.run(["tokens", "no/such/file.txt"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("no/such/file.txt"))
    }

    @Test func findingsCommandListsEveryCode() throws {
        let result = try CLIRunner.run(["findings"])
        #expect(result.status == 0)
        #expect(result.lines.count == FindingCode.allCases.count)
        #expect(result.lines.contains { $0.hasPrefix("ocr.repaired\tinfo\t") })
    }
}

struct ShowCommandTests {
    @Test func showSummarizesARecordForReading() throws {
        let result = try CLIRunner.run(["show", "corpus/texts/003_9cd4d8c5901bd0e5.txt"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("NOR           TSSZ2530440X"))
        #expect(result.stdout.contains("Date          2025-08-20"))
        #expect(result.stdout.contains("SGSIFAB075 (lu « SGSIFABO75 »)"))
        #expect(result.stdout.contains("Période       dès la signature, jusqu'au 2026-12-31"))
    }

    @Test func showOfMissingFileExitsWith3() throws {
        let result = try CLIRunner.run(["show", "no/such/file.txt"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("illisible"))
    }

    @Test func showWithoutFileIsAUsageError() throws {
        #expect(try CLIRunner.run(["show"]).status == 2)
    }
}
