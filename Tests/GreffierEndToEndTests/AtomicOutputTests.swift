import Foundation
import Testing

/// `--output FILE`: replaced whole or not at all; no temporary file left behind.
struct AtomicOutputTests {
    let previous = "{\"previous\":\"run\"}\n"

    /// A folder holding FILE with the previous run's records.
    func folderWithPreviousOutput() throws -> (folder: URL, file: URL) {
        let folder = try CLIRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("records.jsonl")
        try BatchFixtures.write(previous, to: file)
        return (folder, file)
    }

    @Test func aSuccessfulRunReplacesTheFileAndWritesNothingToStandardOutput() throws {
        let (folder, file) = try folderWithPreviousOutput()
        let result = try CLIRunner.run(["extract", "--output", file.path, "corpus/texts"])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == (try CLIRunner.run(["extract", "corpus/texts"])).stdout)
        #expect(try BatchFixtures.names(in: folder) == ["records.jsonl"])
    }

    @Test func aWriteThatFailsMidwayLeavesThePreviousFile() throws {
        let (folder, file) = try folderWithPreviousOutput()
        // A 2 KB file size limit stands for a full disk: the records (25 KB) cannot all be written.
        let result = try CLIRunner.run(["extract", "-o", file.path, "corpus/texts"], fileSizeLimit: 4)
        #expect(result.status == 3)
        #expect(result.stderr.contains("could not be written"))
        #expect(try String(contentsOf: file, encoding: .utf8) == previous)
        #expect(try BatchFixtures.names(in: folder) == ["records.jsonl"])
    }

    @Test func anInterruptedRunLeavesThePreviousFile() throws {
        let (folder, file) = try folderWithPreviousOutput()
        // The second input is standard input, kept open: the run waits there, one record written.
        let running = try CLIRunner.start(["extract", "--progress", "-o", file.path,
                                           "corpus/texts/002_e3f094db52d29598.txt", "-"])
        let seen = running.readStandardError { $0.contains("greffier: 1/") || $0.contains("greffier: 1 document") }
        #expect(seen.contains("greffier: 1"))
        #expect(try BatchFixtures.names(in: folder).count == 2, "the temporary file is beside FILE")
        running.process.terminate()
        running.process.waitUntilExit()
        try running.stdin.close()
        #expect(running.process.terminationReason == .uncaughtSignal)
        #expect(try String(contentsOf: file, encoding: .utf8) == previous)
        #expect(try BatchFixtures.names(in: folder) == ["records.jsonl"])
    }

    @Test func aRunThatCannotStartLeavesThePreviousFile() throws {
        let (folder, file) = try folderWithPreviousOutput()
        let result = try CLIRunner.run(["extract", "-o", file.path, "--files-from", "no/such/list.txt"])
        #expect(result.status == 3)
        #expect(try String(contentsOf: file, encoding: .utf8) == previous)
        #expect(try BatchFixtures.names(in: folder) == ["records.jsonl"])
    }

    @Test func anOutputThatIsAFolderIsRefusedBeforeAnythingIsWritten() throws {
        let (folder, file) = try folderWithPreviousOutput()
        let result = try CLIRunner.run(["extract", "-o", folder.path, "corpus/texts"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folder"))
        #expect(try String(contentsOf: file, encoding: .utf8) == previous)
        #expect(try BatchFixtures.names(in: folder) == ["records.jsonl"])
    }

    @Test func unreadableInputsStillGiveACompleteFile() throws {
        // Their records carry `error`: the file is the whole answer, and status 3 says so.
        let (_, file) = try folderWithPreviousOutput()
        let result = try CLIRunner.run(["extract", "-o", file.path, "no/such.txt", "corpus/texts/002_e3f094db52d29598.txt"])
        #expect(result.status == 3)
        #expect(try String(contentsOf: file, encoding: .utf8).split(separator: "\n").count == 2)
    }

    @Test func aDeviceIsWrittenDirectly() throws {
        let result = try CLIRunner.run(["extract", "-q", "-o", "/dev/null", "corpus/texts"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }
}
