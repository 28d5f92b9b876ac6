import Testing

@testable import Greffier

/// Broken and unusual bytes: no text at all, binary data, encodings mixed or without their
/// mark. Each gets a record; spans keep pointing at the input's own bytes.
@Suite struct HostileBytesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: [UInt8]
        let encoding: SourceEncoding?
        let error: FindingCode?
        let findings: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        .init(name: "empty file", input: [], encoding: .utf8, error: nil, findings: ["input.empty"]),
        .init(name: "whitespace only", input: Array(" \n\t\r\n  \n".utf8), encoding: .utf8, error: nil,
              findings: ["input.empty"]),
        .init(name: "a BOM only", input: [0xEF, 0xBB, 0xBF], encoding: .utf8BOM, error: nil, findings: ["input.empty"]),
        .init(name: "no-break spaces only", input: Array("\u{00A0}\u{202F}\n".utf8), encoding: .utf8, error: nil,
              findings: ["input.empty"]),
        .init(name: "NUL bytes in a text", input: Array("NOR : TSSZ2530440X".utf8) + [0, 0] + Array("suite".utf8),
              encoding: nil, error: .inputBinary, findings: []),
        .init(name: "a PDF saved as .txt", input: Array("%PDF-1.7\n%âãÏÓ\n1 0 obj".utf8), encoding: nil,
              error: .inputBinary, findings: []),
        .init(name: "random bytes", input: pseudoRandom(count: 10_000), encoding: nil, error: .inputBinary, findings: []),
        .init(name: "control characters", input: Array(repeating: 0x01, count: 50) + Array("texte".utf8),
              encoding: nil, error: .inputBinary, findings: []),
        // UTF-16 of binary data is still binary.
        .init(name: "UTF-16 BOM then NUL characters", input: [0xFF, 0xFE] + Array(repeating: 0, count: 40),
              encoding: nil, error: .inputBinary, findings: []),
        .init(name: "UTF-16LE cut in a character", input: Array(TestRun.utf16("Décret", bigEndian: false).dropLast()),
              encoding: .utf16LE, error: nil, findings: ["encoding.replaced"]),
        .init(name: "UTF-16 unpaired surrogate", input: [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00],
              encoding: .utf16LE, error: nil, findings: ["encoding.replaced"]),
        .init(name: "Latin-1 é in a UTF-8 file", input: Array("Arrêté du préfet ".utf8) + [0xE9] + Array("t".utf8),
              encoding: .utf8, error: nil, findings: ["encoding.windows-1252"]),
        .init(name: "undefined Windows-1252 byte in a UTF-8 file",
              input: Array("Arrêté du préfet ".utf8) + [0x81] + Array(" été".utf8),
              encoding: .utf8, error: nil, findings: ["encoding.replaced"]),
        .init(name: "U+FFFD written in a UTF-8 file", input: Array("Convention du 24 août 2017\u{FFFD} relative".utf8),
              encoding: .utf8, error: nil, findings: ["encoding.lost-character"]),
        .init(name: "U+FFFD written in a UTF-16LE file", input: TestRun.utf16("Décret\u{FFFD}", bigEndian: false),
              encoding: .utf16LE, error: nil, findings: ["encoding.lost-character"]),
        .init(name: "a replaced byte beside a written U+FFFD",
              input: Array("Arrêté ".utf8) + [0x81] + Array(" du \u{FFFD} préfet".utf8),
              encoding: .utf8, error: nil, findings: ["encoding.replaced", "encoding.lost-character"]),
        .init(name: "a whole Windows-1252 file", input: [0x44, 0xE9, 0x63, 0x72, 0x65, 0x74, 0x20, 0x80],
              encoding: .windows1252, error: nil, findings: []),
    ]

    @Test(arguments: cases)
    func getsARecord(_ testCase: Case) {
        let record = Hostile.extract(testCase.input)
        Hostile.expectSound(record, testCase.input)
        #expect(record.source.encoding == testCase.encoding)
        #expect(record.error?.code == testCase.error)
        #expect(Hostile.codes(record) == testCase.findings)
        #expect(record.source.bytes == testCase.input.count)
    }

    /// A corpus act in another encoding gives the same values, with spans into its own bytes.
    @Test(arguments: [
        ("UTF-16LE with BOM", SourceEncoding.utf16LE, true), ("UTF-16BE with BOM", .utf16BE, true),
        ("UTF-16LE without BOM", .utf16LE, false), ("UTF-16BE without BOM", .utf16BE, false),
    ])
    func readsUTF16(name: String, encoding: SourceEncoding, bom: Bool) throws {
        let text = String(decoding: Hostile.corpusText("003_9cd4d8c5901bd0e5"), as: UTF8.self)
        var input = TestRun.utf16(text, bigEndian: encoding == .utf16BE)
        if !bom { input.removeFirst(2) }
        let record = Hostile.extract(input)
        let clean = Hostile.extract(Array(text.utf8))
        Hostile.expectSound(record, input)
        #expect(record.source.encoding == encoding)
        #expect(record.error == nil)
        #expect(sameValues(record, clean))
        let nor = try #require(record.nor)
        #expect(utf16(input[nor.span.start..<nor.span.end], bigEndian: encoding == .utf16BE) == nor.value)
    }

    /// Windows-1252 bytes spliced into a UTF-8 act: read as Windows-1252, reported once, and
    /// every span after them moved by exactly their length.
    @Test(arguments: [([0xE9] as [UInt8], "encoding.windows-1252"), ([0x8D, 0x9D], "encoding.replaced")])
    func readsStrayBytesInUTF8(splice: [UInt8], code: String) throws {
        let clean = Hostile.corpusText("003_9cd4d8c5901bd0e5")
        // After the NOR, so that the NOR's span is before the splice and the codes' after it.
        let cleanRecord = Hostile.extract(clean)
        let nor = try #require(cleanRecord.nor)
        let at = nor.span.end + 1
        let input = Array(clean[..<at]) + splice + Array(clean[at...])
        let record = Hostile.extract(input)
        Hostile.expectSound(record, input)
        #expect(record.source.encoding == .utf8)
        #expect(record.findings.first?.code.rawValue == code)
        #expect(record.findings.first?.span == Span(start: at, end: at + 1))
        #expect(sameValues(record, cleanRecord))
        #expect(record.nor?.span == nor.span)
        for (moved, original) in zip(record.chorus, cleanRecord.chorus) where original.span.start >= at {
            #expect(moved.span == Span(start: original.span.start + splice.count, end: original.span.end + splice.count))
        }
        #expect(!record.chorus.isEmpty)
    }

    /// The act read as Windows-1252 when saved so, with no finding: it is a legitimate encoding.
    @Test func readsAWindows1252Act() throws {
        let text = String(decoding: Hostile.corpusText("003_9cd4d8c5901bd0e5"), as: UTF8.self)
        let input = windows1252(text)
        let record = Hostile.extract(input)
        Hostile.expectSound(record, input)
        #expect(record.source.encoding == .windows1252)
        #expect(sameValues(record, Hostile.extract(Array(text.utf8))))
        #expect(!record.findings.contains { $0.code.rawValue.hasPrefix("encoding.") })
    }

    private func sameValues(_ a: DocumentRecord, _ b: DocumentRecord) -> Bool {
        a.nor?.value == b.nor?.value && a.legalReferences.map(\.number) == b.legalReferences.map(\.number)
            && a.programmes.map(\.number) == b.programmes.map(\.number) && a.chorus.map(\.value) == b.chorus.map(\.value)
            && a.date == b.date && a.kind == b.kind
    }

    private func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        let units = stride(from: bytes.startIndex, to: bytes.endIndex - 1, by: 2).map { index -> UInt16 in
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            return bigEndian ? first << 8 | second : second << 8 | first
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// `text` in Windows-1252; characters it lacks become `?`.
    private func windows1252(_ text: String) -> [UInt8] {
        var inverse: [UInt32: UInt8] = [:]
        for byte in 0x80...0xFF { inverse[Windows1252.scalar(UInt8(byte))] = UInt8(byte) }
        return text.unicodeScalars.map { scalar in
            scalar.value < 0x80 ? UInt8(scalar.value) : inverse[scalar.value] ?? UInt8(ascii: "?")
        }
    }
}

/// Deterministic noise (a linear congruential generator): the same bytes on every run.
private func pseudoRandom(count: Int) -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { _ in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 33)
    }
}
