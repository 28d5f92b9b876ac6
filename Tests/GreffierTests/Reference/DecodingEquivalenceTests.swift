import Testing
@testable import Greffier

/// The decoders' fast paths give exactly what the full reading gives: text, map, encoding and
/// substitutions.
@Suite struct DecodingEquivalenceTests {
    static func same(_ fast: DecodedText, _ full: DecodedText) -> Bool {
        fast.bytes == full.bytes && fast.map == full.map && fast.encoding == full.encoding
            && fast.substitutions == full.substitutions
    }

    @Test func windows1252MatchesTheFullReading() {
        for input in AwkwardInputs.all {
            #expect(Self.same(InputDecoder.decodeWindows1252(input), ReferenceDecoding.decodeWindows1252(input)),
                    "\(input.prefix(40))")
        }
    }

    @Test func utf8MatchesTheFullReading() {
        for input in AwkwardInputs.all {
            for skippingBOM in [false, true] where !skippingBOM || input.starts(with: [0xEF, 0xBB, 0xBF]) {
                let fast = InputDecoder.decodeUTF8(input, skippingBOM: skippingBOM)
                let full = ReferenceDecoding.decodeUTF8(input, skippingBOM: skippingBOM)
                #expect(Self.same(fast.0, full.0) && fast.multibyte == full.multibyte, "\(input.prefix(40))")
            }
        }
    }

    /// Pieces the UTF-8 pass treats apart, each put at every place of a text around the
    /// sixteen-byte chunks: Latin letters whole or cut, replaced characters, line ends, and
    /// control bytes (stray, allowed, NUL).
    static let pieces: [[UInt8]] = [
        [0xC3, 0xA9], [0xC9, 0xBF], [0xC3], [0xC3, 0x41], [0xC2, 0xA0], [0xCA, 0xBC], [0xC5, 0x93],
        [0xE2, 0x80, 0x99], [0xEF, 0xBF, 0xBD], [0xE9], [0x92], [0x0D], [0x0D, 0x0A], [0x0A],
        [0x00], [0x01], [0x09], [0x1B], [0x1F], [0x7F],
    ]

    static var chunkInputs: [[UInt8]] {
        var inputs: [[UInt8]] = []
        for length in [15, 16, 17, 31, 33, 47] {
            for place in 0...length {
                for piece in pieces {
                    // Plain letters, and letters with an `é` every five bytes (Latin chunks).
                    var plain = [UInt8](repeating: 0x65, count: length)
                    plain.insert(contentsOf: piece, at: place)
                    inputs.append(plain)
                    var accented: [UInt8] = []
                    while accented.count < length { accented += accented.count % 5 == 3 ? [0xC3, 0xA9] : [0x61] }
                    accented.insert(contentsOf: piece, at: min(place, accented.count))
                    inputs.append(accented)
                    // The piece again further on, enough stray controls to tip the verdict.
                    inputs.append(accented + piece + accented + piece)
                }
            }
        }
        return inputs
    }

    /// The whole decoding, sniffer included, gives what the sniffer then the full UTF-8 reading
    /// gave: the same text, map, encoding and substitutions, or the same failure.
    @Test func decodeMatchesTheSnifferThenTheFullReading() {
        for input in AwkwardInputs.all + Self.chunkInputs {
            let fast: Result<DecodedText, DecodingFailure> = Result { () throws(DecodingFailure) in try InputDecoder.decode(input) }
            switch (fast, ReferenceInputDecoder.decode(input)) {
            case (.success(let text), .success(let expected)):
                #expect(Self.same(text, expected), "\(input.prefix(40))")
            case (.failure(let failure), .failure(let expected)):
                #expect(failure == expected, "\(input.prefix(40))")
            case (let fast, let full):
                Issue.record("\(input.prefix(40)): \(fast) against \(full)")
            }
        }
    }

    /// The pass's own counts: its stray controls and NUL give the sniffer's verdict on every
    /// input, whether or not it stops at a NUL.
    @Test func readingCountsTheSniffersControls() {
        for input in AwkwardInputs.all + Self.chunkInputs where !BinarySniffer.isPDF(input) {
            let reading = InputDecoder.readUTF8(input, skippingBOM: false, stoppingAtNUL: false)
            let verdict = BinarySniffer.verdict(controls: reading.sawNUL ? nil : reading.controls, count: input.count)
            #expect(verdict == ReferenceSniffer.binaryReason(input), "\(input.prefix(40))")
            let (full, multibyte) = ReferenceDecoding.decodeUTF8(input, skippingBOM: false)
            #expect(Self.same(reading.text, full) && reading.multibyte == multibyte, "\(input.prefix(40))")
        }
    }

    /// The packed replacements the decoders write are the replacements, byte for byte: every
    /// scalar of the planes where some are, and each high byte of Windows-1252.
    @Test func packedReplacementsAreTheReplacements() {
        for scalar in UInt32(0)...0xFFFF {
            let packed = TextNormalizer.packedReplacement(for: scalar)
            let bytes = TextNormalizer.replacement(for: scalar)
            #expect(packed.map { $0.bytes } == bytes.map { Rewrites.pack($0).bytes }, "\(scalar)")
            #expect(packed.map { $0.count } == bytes.map { $0.count }, "\(scalar)")
        }
        for (index, bytes) in Windows1252.normalizedHighBytes.enumerated() {
            var unpacked: [UInt8] = []
            var word = Windows1252.packedHighBytes[index].bytes
            for _ in 0..<Windows1252.packedHighBytes[index].count {
                unpacked.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
            #expect(unpacked == bytes && word == 0, "\(0x80 + index)")
        }
    }
}
