import Foundation
import Greffier
import Testing

/// A batch as analysts get them: the corpus mixed with empty, blank, binary, mis-encoded and
/// oddly placed files and a directory loop. One record per input, in path order; exit status
/// 3 for the inputs that could not be read; every good text's record as in a clean run.
struct HostileBatchTests {
    /// File name → bytes of every hostile input of the batch.
    static let hostile: [(String, [UInt8])] = {
        let act = corpus("003_9cd4d8c5901bd0e5")
        let text = String(decoding: act, as: UTF8.self)
        var utf16BigEndian: [UInt8] = []
        for unit in text.utf16 { utf16BigEndian += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        var utf16LittleEndian: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16LittleEndian += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let middle = act.count / 2
        // Column sums past 2⁶³ cents: the validator and the CSV totals once crashed on them.
        var trillions = "Année\tAE\tCP\n"
        for _ in 0..<10_000 { trillions += "2021\t9 999 999 999 999,99 €\t9 999 999 999 999,99 €\n" }
        return [
            ("empty.txt", []),
            ("blank.txt", Array(" \n\t\r\n\u{00A0}\n".utf8)),
            ("bom-only.txt", [0xEF, 0xBB, 0xBF]),
            ("nul.txt", Array("NOR : TSSZ2530440X".utf8) + [0] + Array("x".utf8)),
            ("report.pdf.txt", Array("%PDF-1.4\n%âãÏÓ\n1 0 obj <<>>\nendobj\n".utf8)),
            ("noise.txt", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 13) }),
            ("latin1-splice.txt", Array(act[..<middle]) + [0xE9, 0xE0] + Array(act[middle...])),
            ("utf16le-bom.txt", utf16LittleEndian),
            ("utf16be-nobom.txt", utf16BigEndian),
            ("truncated.txt", Array(act.prefix(777))),
            ("trillions.txt", Array(trillions.utf8)),
            // Over the run's --max-bytes 1M.
            ("zz-too-large.txt", Array(repeating: UInt8(ascii: "a"), count: 1_500_000)),
        ]
    }()

    static func corpus(_ name: String) -> [UInt8] {
        (try? [UInt8](Data(contentsOf: CLIRunner.root.appendingPathComponent("corpus/texts/\(name).txt")))) ?? []
    }

    static func field(_ line: String, _ path: String...) -> JSONValue? {
        guard var current = try? JSONParser.parse(line) else { return nil }
        for key in path {
            guard case .object(let members) = current, let next = members.first(where: { $0.0 == key })?.1 else { return nil }
            current = next
        }
        return current
    }

    /// The record without its path, to compare runs made from different folders.
    static func withoutPath(_ line: String) -> String {
        guard case .object(var members) = try? JSONParser.parse(line) else { return line }
        if let position = members.firstIndex(where: { $0.0 == "source" }), case .object(var source) = members[position].1 {
            source.removeAll { $0.0 == "path" }
            members[position].1 = .object(source)
        }
        return JSONValue.object(members).serialized()
    }

    @Test func everyInputGetsItsRecordAndGoodOnesAreUntouched() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = FileManager.default
        let texts = CLIRunner.root.appendingPathComponent("corpus/texts")
        let names = try files.contentsOfDirectory(atPath: texts.path).filter { $0.hasSuffix(".txt") }.sorted()
        let corpusFolder = folder.appendingPathComponent("corpus")
        try files.createDirectory(at: corpusFolder, withIntermediateDirectories: true)
        for name in names {
            try files.copyItem(at: texts.appendingPathComponent(name), to: corpusFolder.appendingPathComponent(name))
        }
        for (name, bytes) in Self.hostile {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        // A symbolic link back to the batch's own folder: walking it must not loop.
        try files.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: folder.path)

        let run = try CLIRunner.run(["extract", "--quiet", "--max-bytes", "1M", folder.path])
        #expect(run.status == 3, "stderr: \(run.stderr)")
        let expected = (names.map { "corpus/" + $0 } + Self.hostile.map(\.0)).map { folder.path + "/" + $0 }.sorted()
        let paths = run.lines.map { Self.field($0, "source", "path") }
        #expect(paths == expected.map { .string($0) })

        let errors = Dictionary(uniqueKeysWithValues: run.lines.compactMap { line -> (String, JSONValue?)? in
            guard case .string(let path) = Self.field(line, "source", "path") else { return nil }
            return (URL(fileURLWithPath: path).lastPathComponent, Self.field(line, "error", "code"))
        })
        for name in ["nul.txt", "report.pdf.txt", "noise.txt"] {
            #expect(errors[name] == .string("input.binary"), "\(name)")
        }
        #expect(errors["zz-too-large.txt"] == .string("input.too-large"))
        for name in ["empty.txt", "blank.txt", "bom-only.txt", "latin1-splice.txt", "utf16le-bom.txt",
                     "utf16be-nobom.txt", "truncated.txt", "trillions.txt"] + names
        {
            #expect(errors[name] == .some(nil), "\(name) should have been read")
        }

        // Each good text's record is its record from a clean run of the corpus alone.
        let clean = try CLIRunner.run(["extract", "corpus/texts"])
        #expect(clean.status == 0)
        let batchCorpus = run.lines.filter {
            if case .string(let path) = Self.field($0, "source", "path") { return path.contains("/corpus/") }
            return false
        }
        #expect(batchCorpus.map(Self.withoutPath) == clean.lines.map(Self.withoutPath))

        // Every output format and several jobs: the same inputs, one row each, no crash.
        for format in ["json", "csv", "csv-budget"] {
            let other = try CLIRunner.run(["extract", "--quiet", "--max-bytes", "1M", "--jobs", "3", "--format", format, folder.path])
            #expect(other.status == 3, "\(format): \(other.stderr.prefix(500))")
            if format == "csv" { #expect(other.stdout.components(separatedBy: "\r\n").count == expected.count + 2) }
        }
    }
}
