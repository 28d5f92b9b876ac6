import Foundation
import Testing

@testable import Greffier

/// Inputs and checks shared by the hostile-input tests.
enum Hostile {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The corpus texts' names (`corpus/texts/NAME.txt`), sorted.
    static let corpusNames: [String] = {
        let directory = root.appendingPathComponent("corpus/texts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// Every corpus text as a document, in name order.
    static func corpusDocuments() -> [Document] {
        corpusNames.map { Document(bytes: corpusText($0)) }
    }

    /// A corpus text's bytes (`corpus/texts/NAME.txt`).
    static func corpusText(_ name: String) -> [UInt8] {
        let url = root.appendingPathComponent("corpus/texts/\(name).txt")
        return (try? [UInt8](Data(contentsOf: url))) ?? []
    }

    /// The pipeline without limits: what a record says must depend on the input only.
    static func extract(_ bytes: [UInt8]) -> DocumentRecord {
        Greffier.extract(bytes: bytes, path: "hostile.txt", limits: .unlimited)
    }

    /// `text` repeated `count` times, as bytes.
    static func repeated(_ text: String, _ count: Int) -> [UInt8] {
        let unit = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(unit.count * count)
        for _ in 0..<count { bytes += unit }
        return bytes
    }

    /// What must hold of every record: spans inside the input, JSON that reads back, ...
    static func expectSound(_ record: DocumentRecord, _ input: [UInt8],
                            sourceLocation: SourceLocation = #_sourceLocation)
    {
        let problems = RecordInvariants.violations(of: record, input: input)
        #expect(problems.isEmpty, "\(problems.prefix(5))", sourceLocation: sourceLocation)
    }

    /// The codes of a record's findings, in order.
    static func codes(_ record: DocumentRecord) -> [String] { record.findings.map(\.code.rawValue) }
}
