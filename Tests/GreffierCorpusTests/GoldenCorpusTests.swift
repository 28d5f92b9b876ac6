import Foundation
import Testing

@testable import Greffier

/// Every text of `corpus/texts` against its golden record in `corpus/expected`, compared field
/// by field (spans, source and finding messages aside: see `RecordComparison.goldenProjection`).
///
/// Record mode: `GREFFIER_RECORD_GOLDENS=1 swift test --filter GoldenCorpusTests` rewrites the
/// goldens from the tool's output and fails, so that recording is never taken for passing. Read
/// every rewritten value against its text before committing it.
struct GoldenCorpusTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let texts = root.appendingPathComponent("corpus/texts")
    static let expected = root.appendingPathComponent("corpus/expected")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: texts.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static var recording: Bool { ProcessInfo.processInfo.environment["GREFFIER_RECORD_GOLDENS"] == "1" }

    @Test func corpusHasEveryText() {
        #expect(Self.names.count == 13)
        for name in Self.names {
            #expect(FileManager.default.fileExists(atPath: Self.expected.appendingPathComponent(name + ".json").path),
                    "no golden for \(name)")
        }
    }

    @Test(arguments: names)
    func matchesGolden(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.texts.appendingPathComponent(name + ".txt")))
        let record = Greffier.extract(bytes: bytes, path: "corpus/texts/\(name).txt")
        let actual = RecordComparison.goldenProjection(record.json)
        let goldenURL = Self.expected.appendingPathComponent(name + ".json")

        if Self.recording {
            let previous = (try? String(contentsOf: goldenURL, encoding: .utf8)) ?? ""
            let next = actual.serialized(pretty: true) + "\n"
            try next.write(to: goldenURL, atomically: true, encoding: .utf8)
            Issue.record("recorded \(name).json (record mode always fails); line diff:\n\(LineDiff.render(old: previous, new: next))")
            return
        }
        let golden = try JSONParser.parse(String(contentsOf: goldenURL, encoding: .utf8))
        let differences = RecordComparison.differences(expected: golden, actual: actual)
        #expect(differences.isEmpty, "\(name):\n\(differences.joined(separator: "\n"))")
    }

    /// Each span of a record points at the original bytes that show its value.
    @Test(arguments: names)
    func spansShowTheirValues(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.texts.appendingPathComponent(name + ".txt")))
        let record = Greffier.extract(bytes: bytes, path: name)
        func source(_ span: Span) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
        if let nor = record.nor {
            #expect(source(nor.span) == (nor.raw ?? nor.value))
        }
        for code in record.chorus {
            #expect(source(code.span) == (code.raw ?? code.value))
        }
        for reference in record.legalReferences {
            let text = source(reference.span)
            #expect(LegalReferenceRecognizer.triggers.contains { Folding.fold(Array(text.utf8), 0, text.utf8.count).hasPrefix($0.word) })
            if let number = reference.number { #expect(text.contains(number)) }
        }
        for repair in record.repairs {
            #expect(source(repair.span) == repair.raw)
        }
    }
}

/// A plain line diff for record mode: `-` lines left, `+` lines added.
enum LineDiff {
    static func render(old: String, new: String) -> String {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
        // Longest common subsequence table; goldens are small.
        var table = Array(repeating: Array(repeating: 0, count: after.count + 1), count: before.count + 1)
        for i in stride(from: before.count - 1, through: 0, by: -1) {
            for j in stride(from: after.count - 1, through: 0, by: -1) {
                table[i][j] = before[i] == after[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var lines: [String] = []
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            if i < before.count, j < after.count, before[i] == after[j] {
                i += 1
                j += 1
            } else if j < after.count, i == before.count || table[i][j + 1] >= table[i + 1][j] {
                lines.append("+ " + after[j])
                j += 1
            } else {
                lines.append("- " + before[i])
                i += 1
            }
        }
        return lines.isEmpty ? "(no change)" : lines.joined(separator: "\n")
    }
}
