import Foundation
import Greffier
import Testing

/// `greffier extract` as a user runs it: output, standard error and exit status.
struct ExtractCommandTests {
    func record(_ line: String) throws -> JSONValue { try JSONParser.parse(line) }

    func member(_ value: JSONValue, _ path: String...) -> JSONValue? {
        var current = value
        for key in path {
            guard case .object(let members) = current, let next = members.first(where: { $0.0 == key })?.1 else {
                return nil
            }
            current = next
        }
        return current
    }

    @Test func corpusGivesOneRecordPerTextInPathOrder() throws {
        let result = try CLIRunner.run(["extract", "corpus/texts"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.lines.count == 13)
        let paths = try result.lines.map { try member(record($0), "source", "path") }
        let expected = try FileManager.default.contentsOfDirectory(atPath: CLIRunner.root.appendingPathComponent("corpus/texts").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { JSONValue.string("corpus/texts/" + $0) }
        #expect(paths == expected)
        let first = try record(result.lines[0])
        #expect(member(first, "nor", "value") == .string("SFHZ2630140X"))
    }

    @Test func missingFileGivesErrorRecordAndStatus3ButOthersAreRead() throws {
        let result = try CLIRunner.run(["extract", "no/such/file.txt", "corpus/texts/002_e3f094db52d29598.txt"])
        #expect(result.status == 3)
        #expect(result.lines.count == 2)
        #expect(try member(record(result.lines[0]), "error", "code") == .string("input.not-found"))
        #expect(try member(record(result.lines[1]), "nor", "value") == .string("SSAX1730644X"))
        #expect(result.stderr.contains("no/such/file.txt"))
    }

    @Test func emptyDirectoryGivesErrorRecord() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["extract", folder.path])
        #expect(result.status == 3)
        #expect(result.lines.count == 1)
        #expect(try member(record(result.lines[0]), "error", "code") == .string("input.empty-directory"))
        #expect(!result.stderr.isEmpty)
    }

    @Test func binaryFileGivesErrorRecord() throws {
        let folder = try CLIRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("scan.txt")
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0xFF, 0x00]).write(to: file)
        let good = folder.appendingPathComponent("good.txt")
        try Data("NOR : SFHZ2630140X\n".utf8).write(to: good)
        let result = try CLIRunner.run(["extract", file.path, good.path])
        #expect(result.status == 3)
        #expect(result.lines.count == 2)
        #expect(try member(record(result.lines[0]), "error", "code") == .string("input.binary"))
        #expect(try member(record(result.lines[1]), "nor", "value") == .string("SFHZ2630140X"))
    }

    @Test func standardInputIsReadWithDash() throws {
        let result = try CLIRunner.run(["extract", "-"], stdin: Data("NOR : MENF1600469X\n".utf8))
        #expect(result.status == 0)
        let line = try record(result.lines[0])
        #expect(member(line, "source", "path") == .string("-"))
        #expect(member(line, "nor", "year") == .number("2016"))
    }

    @Test(arguments: [("info", Int32(1)), ("warning", Int32(0)), ("error", Int32(0)), ("none", Int32(0))])
    func failOnThreshold(_ severity: String, _ status: Int32) throws {
        // This text's only finding is an info: its letter-spaced NOR, repaired (`NOR A R M E 1 8 5 1 1 1 6 X`).
        let result = try CLIRunner.run(["extract", "--fail-on", severity, "corpus/texts/001_dirisi-dinsic-fabrique-numerique-2018.txt"])
        #expect(result.status == status)
        #expect(result.lines.count == 1)
    }

    @Test(arguments: [["extract"], ["extract", "--bogus", "x.txt"], ["extract", "--fail-on", "fatal", "x.txt"], [], ["frobnicate"]])
    func usageErrorsExitWith2(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.isEmpty)
    }

    @Test(arguments: [["--help"], ["help"], ["extract", "--help"], ["tokens", "--help"], ["help", "extract"]])
    func helpGoesToStandardOutput(_ arguments: [String]) throws {
        let result = try CLIRunner.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Usage: greffier"))
    }

    /// `cut -b` on the input shows the source of a value, even past no-break spaces.
    @Test func spansAreByteOffsetsOfTheOriginalFile() throws {
        let path = "corpus/texts/002_e3f094db52d29598.txt"
        let bytes = try [UInt8](Data(contentsOf: CLIRunner.root.appendingPathComponent(path)))
        let result = try CLIRunner.run(["extract", path])
        let line = try record(result.lines[0])
        guard case .array(let references)? = member(line, "legalReferences"),
            case .array(let span)? = member(references[0], "span"),
            case .number(let start) = span[0], case .number(let end) = span[1],
            let from = Int(start), let to = Int(end)
        else {
            Issue.record("no legal reference span")
            return
        }
        let text = String(decoding: bytes[from..<to], as: UTF8.self)
        #expect(text == "décret no\u{A0} 2004-1085 du 14\u{A0} octobre\u{A0} 2004")
    }
}
