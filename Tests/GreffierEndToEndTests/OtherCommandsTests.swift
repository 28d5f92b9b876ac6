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

struct CheckCommandTests {
    @Test func corpusHasNoErrorAndExits0() throws {
        let result = try CLIRunner.run(["check", "corpus/texts"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(!result.stdout.contains(": error:"))
        #expect(result.lines.last?.hasPrefix("13 documents, 0 errors, ") == true)
    }

    @Test func findingLinesPointAtLineAndColumn() throws {
        // Seed 003 line 288 is `Centre de colt SGSIFABO75`; the code starts at column 16.
        let result = try CLIRunner.run(["check", "corpus/texts/003_9cd4d8c5901bd0e5.txt"])
        #expect(result.lines.contains {
            $0.hasPrefix("corpus/texts/003_9cd4d8c5901bd0e5.txt:288:16: info: ") && $0.hasSuffix("[ocr.repaired]")
        })
    }

    @Test func errorFindingExitsWith1() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("a.txt")
        try Data("Convention du 3 mars 2020\n\nNOR : SFHZ2630140X\n\nCentre financier\t0204-CDGS-CDAD\nprogramme 129\n".utf8).write(to: file)
        let result = try CLIRunner.run(["check", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains(": error: "))
        #expect(result.stdout.contains("[chorus.programme-mismatch]"))
    }

    @Test func explainPrintsMeaningWhyAndFix() throws {
        let result = try CLIRunner.run(["explain", "table.column-total-mismatch"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("What: "))
        #expect(result.stdout.contains("How to fix: "))
        #expect(try CLIRunner.run(["explain", "no.such-code"]).status == 2)
    }
}
