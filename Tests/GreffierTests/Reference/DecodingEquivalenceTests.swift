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
}
