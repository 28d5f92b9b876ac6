import Testing
@testable import Greffier

@Suite struct InputDecoderTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let input: [UInt8]
        let text: String
        let encoding: SourceEncoding
        var testDescription: String { name }
    }

    static let encodings: [Case] = [
        .init(name: "UTF-8", input: Array("Délégation".utf8), text: "Délégation", encoding: .utf8),
        .init(name: "UTF-8 BOM", input: [0xEF, 0xBB, 0xBF] + Array("Délégation".utf8),
              text: "Délégation", encoding: .utf8BOM),
        .init(name: "UTF-16LE", input: TestRun.utf16("Délégation 185 €\r\nfin 😀", bigEndian: false),
              text: "Délégation 185 €\nfin 😀", encoding: .utf16LE),
        .init(name: "UTF-16BE", input: TestRun.utf16("Délégation 185 €\r\nfin 😀", bigEndian: true),
              text: "Délégation 185 €\nfin 😀", encoding: .utf16BE),
        // Not valid UTF-8: read as Windows-1252 (é, €, ’ → ', œ, NBSP → space).
        .init(name: "Windows-1252", input: [0x44, 0xE9, 0x6C, 0xE9, 0x67, 0x75, 0xE9, 0x20, 0x80, 0x92, 0x9C, 0xA0, 0x78],
              text: "Délégué €'œ x", encoding: .windows1252),
        .init(name: "Windows-1252 CRLF", input: [0x63, 0x61, 0x66, 0xE9, 0x0D, 0x0A, 0x78, 0x0D, 0x79],
              text: "café\nx\ny", encoding: .windows1252),
        // A UTF-8 file with a stray byte stays UTF-8; the byte alone is read as Windows-1252.
        .init(name: "truncated UTF-8", input: Array("été ".utf8) + [0xC3],
              text: "été Ã", encoding: .utf8),
        .init(name: "empty", input: [], text: "", encoding: .utf8),
    ]

    @Test(arguments: encodings)
    func decodesEachEncoding(testCase: Case) throws {
        let decoded = try InputDecoder.decode(testCase.input)
        #expect(decoded.encoding == testCase.encoding)
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == testCase.text)
        #expect(decoded.map.normalizedLength == decoded.bytes.count)
        #expect(decoded.map.originalLength == testCase.input.count)
        // The record reports the encoding the input was read in.
        #expect(Greffier.extract(bytes: testCase.input, path: "x.txt").source.encoding == testCase.encoding)
    }

    /// An input needing no rewrite is the text itself, shared and not copied; one needing a
    /// rewrite is copied, so that the original stays for the spans.
    @Test(arguments: [("Délégation de gestion\n", true), ("x", true), ("", true), ("l’État", false), ("a\r\nb", false)])
    func sharesAnInputNeedingNoRewrite(input: String, shared: Bool) throws {
        let bytes = Array(input.utf8)
        let decoded = try InputDecoder.decode(bytes)
        #expect(decoded.bytes == Array(input.replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "\r\n", with: "\n").utf8))
        let sameStorage = bytes.withUnsafeBufferPointer { original in
            decoded.bytes.withUnsafeBufferPointer { text in original.baseAddress == text.baseAddress }
        }
        // An empty array has no storage to share: its text is only checked above and below.
        if !bytes.isEmpty { #expect(sameStorage == shared) }
        #expect(decoded.map.normalizedLength == decoded.bytes.count)
        if shared {
            for offset in 0...bytes.count { #expect(decoded.map.originalOffset(offset) == offset) }
        }
    }

    @Test(arguments: [
        ("a\u{00A0}b", "a b"),
        ("a\u{202F}:", "a :"),
        ("a\u{2009}b\u{2002}c\u{3000}d", "a b c d"),
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\r\r\nb\n\rc", "a\n\nb\n\nc"),
        ("l’État", "l'État"),
        ("l‘x", "l'x"),
        ("ﬁnances ﬂux eﬀet", "finances flux effet"),
        ("inter\u{00AD}ministériel", "interministériel"),
        ("a\u{200B}b\u{FEFF}c", "abc"),
        // Kept as they are: typographic quotes, dashes and other symbols carry meaning.
        ("« x » – n° 2 € ‘", "« x » – n° 2 € '"),
        ("\u{201C}x\u{201D}", "\u{201C}x\u{201D}"),
    ])
    func normalizes(input: String, normalized: String) throws {
        let decoded = try InputDecoder.decode(Array(input.utf8))
        #expect(String(decoding: decoded.bytes, as: UTF8.self) == normalized)
        // The same normalization applies to UTF-16 inputs.
        let wide = try InputDecoder.decode(TestRun.utf16(input, bigEndian: false))
        #expect(String(decoding: wide.bytes, as: UTF8.self) == normalized)
    }

    struct Mapping: Sendable, CustomTestStringConvertible {
        let name: String
        let input: [UInt8]
        /// A word of the normalized text and its expected byte range in the input.
        let word: String
        let start: Int
        let end: Int
        var testDescription: String { name }
    }

    static let mappings: [Mapping] = [
        .init(name: "after NBSP", input: Array("NOR\u{00A0}: SFHZ2630140X x".utf8), word: "SFHZ2630140X", start: 7, end: 19),
        .init(name: "after narrow NBSP", input: Array("a\u{202F}mot b".utf8), word: "mot", start: 4, end: 7),
        .init(name: "after CRLF", input: Array("ligne\r\n\r\nmot b".utf8), word: "mot", start: 9, end: 12),
        .init(name: "after lone CR", input: Array("a\rmot b".utf8), word: "mot", start: 2, end: 5),
        .init(name: "after BOM", input: [0xEF, 0xBB, 0xBF] + Array("x mot b".utf8), word: "mot", start: 5, end: 8),
        .init(name: "first word after BOM", input: [0xEF, 0xBB, 0xBF] + Array("mot b".utf8), word: "mot", start: 3, end: 6),
        .init(name: "after apostrophe", input: Array("l’État mot b".utf8), word: "mot", start: 10, end: 13),
        .init(name: "after ligature", input: Array("ﬁn mot b".utf8), word: "mot", start: 5, end: 8),
        .init(name: "across soft hyphen", input: Array("x inter\u{00AD}ne y".utf8), word: "interne", start: 2, end: 11),
        .init(name: "UTF-16LE", input: TestRun.utf16("é mot b", bigEndian: false), word: "mot", start: 6, end: 12),
        .init(name: "UTF-16BE", input: TestRun.utf16("é\r\nmot b", bigEndian: true), word: "mot", start: 8, end: 14),
        .init(name: "UTF-16 first word", input: TestRun.utf16("mot b", bigEndian: false), word: "mot", start: 2, end: 8),
        .init(name: "UTF-16 surrogate pair", input: TestRun.utf16("😀 mot b", bigEndian: false), word: "mot", start: 8, end: 14),
        .init(name: "Windows-1252 é", input: [0x63, 0x61, 0x66, 0xE9, 0x20, 0x6D, 0x6F, 0x74, 0x20, 0x62],
              word: "mot", start: 5, end: 8),
        .init(name: "Windows-1252 accented word", input: [0x78, 0x20, 0x63, 0x61, 0x66, 0xE9, 0x20, 0x62],
              word: "café", start: 2, end: 6),
        .init(name: "word at the end", input: Array("a\u{00A0}mot".utf8), word: "mot", start: 3, end: 6),
    ]

    @Test(arguments: mappings)
    func mapsNormalizedOffsetsToOriginalBytes(mapping: Mapping) throws {
        let decoded = try InputDecoder.decode(mapping.input)
        let needle = Array(mapping.word.utf8)
        let found = try #require(decoded.bytes.indices.first { offset in
            decoded.bytes[offset...].starts(with: needle)
        })
        #expect(decoded.map.originalOffset(found) == mapping.start)
        #expect(decoded.map.originalOffset(found + needle.count) == mapping.end)
    }

    /// Copied stretches map one to one; both ends of the text map to both ends of the input.
    @Test(arguments: [
        Array("plain ascii".utf8), Array("accentué".utf8), [0xEF, 0xBB, 0xBF, 0x61],
        TestRun.utf16("ab", bigEndian: false), [0x61, 0xE9],
    ])
    func mapsEnds(input: [UInt8]) throws {
        let decoded = try InputDecoder.decode(input)
        #expect(decoded.map.originalOffset(decoded.bytes.count) == input.count)
        #expect(decoded.map.originalOffset(decoded.bytes.count + 5) == input.count)
        var previous = 0
        for offset in 0...decoded.bytes.count {
            let original = decoded.map.originalOffset(offset)
            #expect(original >= previous, "offsets map in order")
            previous = original
        }
    }

    @Test(arguments: [
        ([0x61, 0x00, 0x62], "NUL byte"),
        (Array("%PDF-1.4\n%âãÏÓ\n".utf8), "PDF document"),
        (Array("texte".utf8) + [0x00], "NUL byte"),
        ([0x01, 0x02, 0x03, 0x04, 0x61], "control characters"),
    ])
    func binaryInputsThrow(input: [UInt8], reason: String) {
        #expect(throws: DecodingFailure.binary(reason: reason)) {
            try InputDecoder.decode(input)
        }
        #expect(Greffier.extract(bytes: input, path: "x").error?.code == .inputBinary)
    }

    /// Text that holds the markers of binary content elsewhere than at their place is text.
    @Test(arguments: [
        Array("Voir le fichier %PDF- joint".utf8),
        Array("tab\tVT\u{0B}FF\u{0C}ESC\u{1B}".utf8),
        [0xFF, 0xFE, 0x61, 0x00],
    ])
    func textIsNotBinary(input: [UInt8]) throws {
        let decoded = try InputDecoder.decode(input)
        #expect(!decoded.bytes.isEmpty)
    }
}

/// U+FFFD written in the input (a character lost before greffier read it) is counted apart
/// from the bytes the decoder itself replaces, with the original range of the first.
@Suite struct LostCharacterTests {
    @Test(arguments: [
        (Array("a\u{FFFD}b\u{FFFD}".utf8), 2, 1..<4, 0),
        (Array("é".utf8) + [0x81] + Array(" \u{FFFD}".utf8), 1, 4..<7, 1),
        (TestRun.utf16("x\u{FFFD}", bigEndian: true), 1, 4..<6, 0),
        (Array("sans caractère perdu".utf8), 0, nil, 0),
    ] as [([UInt8], Int, Range<Int>?, Int)])
    func countsWrittenReplacementCharacters(input: [UInt8], lost: Int, first: Range<Int>?, replaced: Int) throws {
        let decoded = try InputDecoder.decode(input)
        #expect(decoded.substitutions.lost.count == lost)
        #expect(decoded.substitutions.lost.first == first)
        #expect(decoded.substitutions.replaced.count == replaced)
    }
}
