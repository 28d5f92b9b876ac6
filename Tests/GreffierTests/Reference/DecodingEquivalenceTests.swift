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
}
