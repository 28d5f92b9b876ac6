import Foundation
import Testing

/// Standard error of `extract`: progress only on a terminal or with `--progress`, a summary
/// line unless `--quiet`. (Tests run with standard error on a pipe, not a terminal.)
struct ProgressOutputTests {
    func stderrLines(_ result: CLIRunner.Result) -> [String] {
        result.stderr.split(separator: "\n").map(String.init)
    }

    @Test func byDefaultOnlyTheSummaryLineOffATerminal() throws {
        let result = try CLIRunner.run(["extract", "corpus/texts"])
        #expect(result.status == 0)
        let lines = stderrLines(result)
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix("greffier: 13 documents, 0 unreadable, 0 errors, "))
        #expect(lines[0].contains(" info"))
        #expect(lines[0].contains(" MB/s"))
        #expect(lines[0].contains(", peak "), "peak memory from /proc/self/status")
    }

    @Test func progressLinesComeWithProgress() throws {
        let result = try CLIRunner.run(["extract", "--progress", "--jobs", "2", "corpus/texts"])
        let lines = stderrLines(result)
        // The first document is always shown; the rest at most once a second.
        #expect(lines.first?.hasPrefix("greffier: 1") == true)
        #expect(lines.first?.contains("MB/s") == true)
        #expect(lines.last?.hasPrefix("greffier: 13 documents, ") == true)
        #expect(!result.stderr.contains("\u{1B}["), "no terminal control codes off a terminal")
    }

    @Test(arguments: [["--quiet"], ["-q", "--progress"], ["--progress", "--quiet"]])
    func quietDropsProgressAndSummary(_ options: [String]) throws {
        let result = try CLIRunner.run(["extract"] + options + ["corpus/texts"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.lines.count == 13)
    }

    @Test func quietStillReportsUnreadableInputs() throws {
        let result = try CLIRunner.run(["extract", "-q", "no/such.txt"])
        #expect(result.status == 3)
        #expect(stderrLines(result) == ["greffier: no/such.txt: le fichier n'existe pas [input.not-found]"])
    }

    @Test func theSummaryCountsUnreadableInputsAndFindings() throws {
        let result = try CLIRunner.run(["extract", "no/such.txt", "corpus/texts/003_9cd4d8c5901bd0e5.txt"])
        #expect(result.status == 3)
        #expect(stderrLines(result).last?.hasPrefix("greffier: 2 documents, 1 unreadable, ") == true)
    }
}
