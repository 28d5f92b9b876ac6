import Foundation
import Greffier
import Testing

/// The command line's limits and its behaviour when its reader goes away.
struct HostileCLITests {
    static func field(_ line: String, _ path: String...) -> JSONValue? {
        guard var current = try? JSONParser.parse(line) else { return nil }
        for key in path {
            guard case .object(let members) = current, let next = members.first(where: { $0.0 == key })?.1 else { return nil }
            current = next
        }
        return current
    }

    static func findingCodes(_ line: String) -> [String] {
        guard case .array(let findings) = field(line, "findings") else { return [] }
        return findings.compactMap { finding in
            guard case .object(let members) = finding, case .string(let code) = members.first(where: { $0.0 == "code" })?.1
            else { return nil }
            return code
        }
    }

    @Test func anInputOverMaxBytesGetsAnErrorRecordAndTheBatchGoesOn() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: UInt8(ascii: "a"), count: 3000).write(to: folder.appendingPathComponent("a-big.txt"))
        let small = CLIRunner.root.appendingPathComponent("corpus/texts/001_dirisi-dinsic-fabrique-numerique-2018.txt")
        try FileManager.default.copyItem(at: small, to: folder.appendingPathComponent("b-small.txt"))
        let run = try CLIRunner.run(["extract", "--max-bytes", "2K", folder.path])
        #expect(run.status == 3)
        #expect(run.lines.count == 2)
        #expect(Self.field(run.lines[0], "error", "code") == .string("input.too-large"))
        #expect(Self.field(run.lines[0], "source", "bytes") == .number("3000"))
        #expect(Self.field(run.lines[1], "error") == nil)
        #expect(run.stderr.contains("a-big.txt") && run.stderr.contains("[input.too-large]"))
        // With room enough, the same batch reads both.
        let roomy = try CLIRunner.run(["extract", "--max-bytes=1M", folder.path])
        #expect(roomy.status == 0)
    }

    /// An endless device must not hang the run: it is read up to the limit only.
    @Test func anEndlessInputStopsAtTheLimit() throws {
        let run = try CLIRunner.run(["extract", "--max-bytes", "64K", "/dev/zero"])
        #expect(run.status == 3)
        #expect(Self.field(run.stdout, "error", "code") == .string("input.too-large"))
    }

    /// A budget far below what 2 MB take to read: the record keeps what was found in time.
    @Test func aDocumentOutOfTimeKeepsWhatWasFound() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let act = try Data(contentsOf: CLIRunner.root.appendingPathComponent("corpus/texts/003_9cd4d8c5901bd0e5.txt"))
        var big = Data()
        while big.count < 2_000_000 { big.append(act) }
        let file = folder.appendingPathComponent("big.txt")
        try big.write(to: file)
        let run = try CLIRunner.run(["extract", "--max-seconds-per-document", "0.001", file.path, "corpus/texts/002_e3f094db52d29598.txt"])
        // A warning: every input was read, so the status is 0, and the batch went on.
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.lines.count == 2)
        #expect(Self.findingCodes(run.lines[0]).first == "limits.time-budget")
        #expect(Self.field(run.lines[1], "source", "encoding") == .string("utf-8"))
        let unhurried = try CLIRunner.run(["extract", "--max-seconds-per-document", "none", file.path])
        #expect(!Self.findingCodes(unhurried.stdout).contains("limits.time-budget"))
    }

    @Test(arguments: [
        ["--max-bytes", "lots"], ["--max-bytes", "0"], ["--max-bytes", "-5M"], ["--max-bytes", "99999999999G"],
        ["--max-seconds-per-document", "0"], ["--max-seconds-per-document", "-1"],
        ["--max-seconds-per-document", "soon"], ["--max-seconds-per-document", "nan"], ["--max-bytes"],
    ])
    func badLimitsAreUsageErrors(arguments: [String]) throws {
        let run = try CLIRunner.run(["extract"] + arguments + ["corpus/texts"])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains(arguments[0]))
    }

    /// `| head -1`: the first record, then silence, whether SIGPIPE is ignored or not.
    @Test(arguments: ["", "trap '' PIPE; "], ["extract --jobs 2 corpus/texts", "tokens corpus/texts/003_9cd4d8c5901bd0e5.txt"])
    func aReaderThatStopsEarlyEndsTheRunQuietly(trap: String, command: String) throws {
        // Enough output to fill a pipe many times over, so that writes outlive `head`.
        let repeated = command.hasPrefix("extract") ? Array(repeating: "corpus/texts", count: 30).joined(separator: " ") : ""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(trap)\"$0\" \(command) \(repeated) 2>\"$1\" | head -1", CLIRunner.binary.path,
                             FileManager.default.temporaryDirectory.appendingPathComponent("greffier-pipe-\(UUID().uuidString)").path]
        process.currentDirectoryURL = CLIRunner.root
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let first = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let errorFile = process.arguments?.last else { return }
        defer { try? FileManager.default.removeItem(atPath: errorFile) }
        let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        #expect(errors.isEmpty, "standard error: \(errors.prefix(300))")
        #expect(first.split(separator: "\n").count == 1)
    }
}
