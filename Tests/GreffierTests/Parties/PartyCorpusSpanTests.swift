import Foundation
import Testing
@testable import Greffier

/// On every corpus text, each party's span shows its chunk (its name in it) and each
/// signatory's span ends with the signatory's name, in the original bytes.
@Suite struct PartyCorpusSpanTests {
    static let texts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus/texts")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: texts.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// The source as the record's texts read it: typographic apostrophes and no-break spaces
    /// normalized, whitespace collapsed.
    static func normalized(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    @Test(arguments: names)
    func spansShowTheirValues(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.texts.appendingPathComponent(name)))
        let record = Greffier.extract(bytes: bytes, path: name)
        for party in record.parties {
            #expect(Self.normalized(bytes[party.span.start..<party.span.end]).contains(party.name), "\(name): \(party.name)")
        }
        for signatory in record.signatories {
            #expect(Self.normalized(bytes[signatory.span.start..<signatory.span.end]).hasSuffix(signatory.name),
                    "\(name): \(signatory.name)")
        }
        for finding in record.findings where finding.code == .partyRoleUnknown {
            #expect(record.parties.contains { $0.span == finding.span })
        }
    }
}
