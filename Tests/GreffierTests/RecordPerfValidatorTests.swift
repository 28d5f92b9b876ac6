import Testing

@testable import Greffier

/// The validator calls its rules directly, in `Validator.rules`' order: the same findings as
/// the loop over the list (kept here as the reference), on the corpus and awkward inputs.
struct RecordPerfValidatorTests {
    /// The record of `bytes` as `Greffier.extract` has it just before validation, with what
    /// validation reads; nil for an input that is not text.
    static func assembled(_ bytes: [UInt8]) -> (DocumentRecord, Document, OffsetMap)? {
        guard let decoded = try? InputDecoder.decode(bytes) else { return nil }
        var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: bytes.count, encoding: decoded.encoding))
        let document = Document(bytes: decoded.bytes)
        var found = Recognitions()
        for recognizer in Greffier.recognizers { recognizer.recognize(document, into: &found) }
        Assembler(document: document, map: decoded.map, originalUTF8: bytes).assemble(found, into: &record)
        return (record, document, decoded.map)
    }

    /// The former `Validator.validate`: each rule through the list's existentials.
    static func throughList(_ record: inout DocumentRecord, document: Document, map: OffsetMap) {
        let span = { (range: TextRange) in Span(start: map.originalOffset(range.start), end: map.originalOffset(range.end)) }
        for rule in Validator.rules {
            switch rule {
            case .record(let rule): record.findings += rule.findings(for: record)
            case .text(let rule): record.findings += rule.findings(for: record, in: document, span: span)
            }
        }
    }

    @Test func directCallsGiveTheListsFindings() {
        var compared = 0
        var withFindings = 0
        for input in AwkwardInputs.all {
            guard let (record, document, map) = Self.assembled(input) else { continue }
            var direct = record
            Validator.validate(&direct, document: document, map: map)
            var listed = record
            Self.throughList(&listed, document: document, map: map)
            #expect(direct.findings == listed.findings)
            compared += 1
            if direct.findings.count > record.findings.count { withFindings += 1 }
        }
        // The corpus raises findings: the comparison is not of empty lists only.
        #expect(compared > 100)
        #expect(withFindings > 10)
    }
}
