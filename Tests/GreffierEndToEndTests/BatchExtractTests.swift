import Foundation
import Greffier
import Testing

/// `greffier extract` over many inputs: order, directories, lists, jobs, JSON array, usage.
struct BatchExtractTests {
    @Test(arguments: [1, 2, 4, 7])
    func recordsComeOutInInputOrderWhateverTheJobs(_ jobs: Int) throws {
        let (folder, paths) = try BatchFixtures.folderOfCopies(60)
        let result = try CLIRunner.run(["extract", "--jobs", String(jobs), folder.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try BatchFixtures.paths(ofLines: result.lines) == paths)
    }

    @Test func severalJobsWriteExactlyWhatOneJobWrites() throws {
        let (folder, _) = try BatchFixtures.folderOfCopies(30)
        let one = try CLIRunner.run(["extract", "--jobs", "1", folder.path])
        let several = try CLIRunner.run(["extract", "-j", "4", folder.path])
        #expect(one.status == 0 && several.status == 0)
        #expect(one.stdout == several.stdout)
    }

    @Test func directoriesAreWalkedRecursivelyInPathOrder() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let text = "NOR : SFHZ2630140X\n"
        // `-` sorts before `/`: a-b.txt comes before the files of folder a/.
        for name in ["b.txt", "a/z.txt", "a/c/y.TXT", "a-b.txt", "a/notes.md", "empty/skip.pdf"] {
            try BatchFixtures.write(text, to: folder.appendingPathComponent(name))
        }
        let result = try CLIRunner.run(["extract", folder.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let expected = ["a-b.txt", "a/c/y.TXT", "a/z.txt", "b.txt"].map { folder.path + "/" + $0 }
        #expect(try BatchFixtures.paths(ofLines: result.lines) == expected)
    }

    @Test func aLinkToAFileIsReadAndALinkToAFolderIsNotWalked() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let outside = try CLIRunner.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        let text = "NOR : SFHZ2630140X\n"
        try BatchFixtures.write(text, to: folder.appendingPathComponent("plain.txt"))
        try BatchFixtures.write(text, to: outside.appendingPathComponent("target.txt"))
        try BatchFixtures.write(text, to: outside.appendingPathComponent("inner/deep.txt"))
        let files = FileManager.default
        func link(_ name: String, to destination: String) throws {
            try files.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: destination)
        }
        try link("linked.txt", to: outside.appendingPathComponent("target.txt").path)
        try link("folder-link", to: outside.appendingPathComponent("inner").path)
        try link("folder-link.txt", to: outside.appendingPathComponent("inner").path)
        try link("dangling.txt", to: outside.appendingPathComponent("nowhere.txt").path)
        let result = try CLIRunner.run(["extract", folder.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let expected = ["linked.txt", "plain.txt"].map { folder.path + "/" + $0 }
        #expect(try BatchFixtures.paths(ofLines: result.lines) == expected)
    }

    @Test func manyPathsAndStandardInputKeepTheirOrder() throws {
        let texts = try BatchFixtures.corpusTexts()
        let result = try CLIRunner.run(["extract", "-j", "3", texts[2].path, "-", texts[0].path],
                                       stdin: Data("NOR : MENF1600469X\n".utf8))
        #expect(result.status == 0)
        #expect(try BatchFixtures.paths(ofLines: result.lines) == [texts[2].path, "-", texts[0].path])
    }

    @Test func filesFromReadsOnePathPerLineAfterTheCommandLinePaths() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let texts = try BatchFixtures.corpusTexts()
        try BatchFixtures.write("NOR : SFHZ2630140X\n", to: folder.appendingPathComponent("sub/one.txt"))
        let list = folder.appendingPathComponent("list.txt")
        // A blank line is skipped, a CRLF line end accepted, a folder walked, a missing file reported.
        try BatchFixtures.write("\(texts[3].path)\n\n\(folder.path)/sub\r\n\(folder.path)/missing.txt\n\(texts[1].path)", to: list)
        let result = try CLIRunner.run(["extract", "--files-from", list.path, texts[5].path])
        #expect(result.status == 3)
        let expected = [texts[5].path, texts[3].path, folder.path + "/sub/one.txt", folder.path + "/missing.txt", texts[1].path]
        #expect(try BatchFixtures.paths(ofLines: result.lines) == expected)
        #expect(result.stderr.contains("missing.txt"))
    }

    @Test func filesFromDashReadsTheListFromStandardInput() throws {
        let texts = try BatchFixtures.corpusTexts()
        let list = texts.reversed().map(\.path).joined(separator: "\n") + "\n"
        let result = try CLIRunner.run(["extract", "--jobs", "2", "--files-from", "-"], stdin: Data(list.utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try BatchFixtures.paths(ofLines: result.lines) == texts.reversed().map(\.path))
    }

    @Test func anUnreadableListIsReportedWithStatus3() throws {
        let result = try CLIRunner.run(["extract", "--files-from", "no/such/list.txt"])
        #expect(result.status == 3)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no/such/list.txt"))
    }

    @Test(arguments: [false, true])
    func jsonFormatIsOneValidArray(_ pretty: Bool) throws {
        let result = try CLIRunner.run(["extract", "--format", "json", "--jobs", "3"] + (pretty ? ["--pretty"] : []) + ["corpus/texts"])
        #expect(result.status == 0)
        guard case .array(let records) = try JSONParser.parse(result.stdout) else {
            Issue.record("not a JSON array")
            return
        }
        #expect(records.count == 13)
        let lines = try CLIRunner.run(["extract", "corpus/texts"]).lines.map { try JSONParser.parse($0) }
        #expect(records == lines)
    }

    @Test func jsonFormatOfAnEmptyListIsAnEmptyArray() throws {
        let result = try CLIRunner.run(["extract", "--format=json", "--files-from", "-"], stdin: Data())
        #expect(result.status == 0)
        #expect(try JSONParser.parse(result.stdout) == .array([]))
    }

    @Test(arguments: [
        ["extract", "--jobs", "0", "x.txt"], ["extract", "--jobs", "many", "x.txt"], ["extract", "-j"],
        ["extract", "--format", "xml", "x.txt"], ["extract", "--csv-separator", "|", "x.txt"],
        ["extract", "--csv-decimal", "dot", "x.txt"], ["extract", "--files-from", "-", "-"],
        ["extract", "--output", "-", "x.txt"], ["extract", "--files-from"],
    ])
    func badOptionsAreUsageErrors(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("greffier: "))
    }

    @Test func helpTeachesEveryOptionWithExamples() throws {
        let result = try CLIRunner.run(["extract", "--help"])
        #expect(result.status == 0)
        for option in ["--files-from", "--jobs", "--format", "jsonl", "csv-budget", "--output", "--pretty",
                       "--csv-separator", "--csv-decimal", "--fail-on", "--progress", "--quiet", "Examples:"] {
            #expect(result.stdout.contains(option), "help lacks \(option)")
        }
    }
}
