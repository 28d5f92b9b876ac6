@testable import Greffier

/// The decoders as they were before their fast paths, kept as the full reading the fast
/// paths are compared with (`DecodingEquivalenceTests`).
enum ReferenceDecoding {
    static func decodeWindows1252(_ input: [UInt8]) -> DecodedText {
        var normalizer = TextNormalizer(capacity: input.count + input.count / 8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 0x0D {
                let pair = index + 1 < input.count && input[index + 1] == 0x0A
                normalizer.rewrite([0x0A], originalCount: pair ? 2 : 1)
                index += pair ? 2 : 1
                continue
            }
            if byte < 0x80 {
                normalizer.copyByte(byte)
            } else {
                normalizer.appendScalar(Windows1252.scalar(byte), originalCount: 1)
            }
            index += 1
        }
        return DecodedText(bytes: normalizer.output, map: normalizer.map, encoding: .windows1252)
    }
}
