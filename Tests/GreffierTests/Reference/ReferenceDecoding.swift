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

    static func decodeUTF8(_ input: [UInt8], skippingBOM: Bool) -> (DecodedText, multibyte: Int) {
        var normalizer = TextNormalizer(capacity: input.count)
        var substitutions = ByteSubstitutions()
        var multibyte = 0
        var index = 0
        if skippingBOM {
            normalizer.rewrite([], originalCount: 3)
            index = 3
        }
        let count = input.count
        var runStart = index
        // Raw bytes: this loop reads every byte of every input.
        input.withUnsafeBufferPointer { text in
            while index < count {
                // Eight bytes of plain ASCII without CR at a time, the common case.
                while index + 8 <= count {
                    let word = WordAtATime.load(text, index)
                    if WordAtATime.hasNonASCII(word) || WordAtATime.hasByte(0x0D, in: word) { break }
                    index += 8
                }
                guard index < count else { break }
                let byte = text[index]
                if byte < 0x80 && byte != 0x0D {
                    index += 1
                    continue
                }
                // A valid character kept as is stays in the run copied unchanged.
                if byte >= 0x80, let (scalar, length) = UTF8Scalar.decode(text, at: index),
                    TextNormalizer.replacement(for: scalar) == nil
                {
                    multibyte += 1
                    if scalar == 0xFFFD { substitutions.lost.add(index..<(index + length)) }
                    index += length
                    continue
                }
                // Flush the run copied unchanged before handling this byte.
                if runStart < index { normalizer.copy(input[runStart..<index]) }
                if byte == 0x0D {
                    let pair = index + 1 < count && input[index + 1] == 0x0A
                    normalizer.rewrite([0x0A], originalCount: pair ? 2 : 1)
                    index += pair ? 2 : 1
                } else if let (scalar, length) = UTF8Scalar.decode(input, at: index) {
                    multibyte += 1
                    if let replaced = TextNormalizer.replacement(for: scalar) {
                        normalizer.rewrite(replaced, originalCount: length)
                    } else {
                        normalizer.copy(input[index..<(index + length)])
                    }
                    index += length
                } else {
                    // One byte at a time: the next byte may start a valid character again.
                    if let scalar = Windows1252.definedScalar(byte) {
                        substitutions.windows1252.add(index..<(index + 1))
                        normalizer.appendScalar(scalar, originalCount: 1)
                    } else {
                        substitutions.replaced.add(index..<(index + 1))
                        normalizer.appendScalar(0xFFFD, originalCount: 1)
                    }
                    index += 1
                }
                runStart = index
            }
        }
        if runStart < count { normalizer.copy(input[runStart..<count]) }
        let text = DecodedText(
            bytes: normalizer.output, map: normalizer.map,
            encoding: skippingBOM ? .utf8BOM : .utf8, substitutions: substitutions)
        return (text, multibyte)
    }
}
