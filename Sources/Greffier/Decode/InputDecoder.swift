/// The normalized text of one input, with the map back to the input's bytes.
public struct DecodedText: Sendable {
    /// Normalized UTF-8 text: what every later stage reads.
    public let bytes: [UInt8]
    public let map: OffsetMap
    public let encoding: SourceEncoding
}

/// Why an input could not be decoded into text.
public enum DecodingFailure: Error, Sendable, Equatable {
    /// NUL bytes, a PDF or other non-text content.
    case binary(reason: String)
}

/// Decodes bytes into normalized UTF-8: UTF-8 with or without BOM, UTF-16 with BOM, and
/// Windows-1252 when the bytes are not valid UTF-8.
public enum InputDecoder {
    public static func decode(_ input: [UInt8]) throws(DecodingFailure) -> DecodedText {
        if input.count >= 2, input[0] == 0xFF, input[1] == 0xFE {
            return decodeUTF16(input, bigEndian: false)
        }
        if input.count >= 2, input[0] == 0xFE, input[1] == 0xFF {
            return decodeUTF16(input, bigEndian: true)
        }
        if let reason = BinarySniffer.binaryReason(input) {
            throw .binary(reason: reason)
        }
        let hasBOM = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
        if let text = decodeUTF8(input, skippingBOM: hasBOM) {
            return text
        }
        return decodeWindows1252(input)
    }

    /// Returns nil when the bytes are not valid UTF-8.
    static func decodeUTF8(_ input: [UInt8], skippingBOM: Bool) -> DecodedText? {
        var normalizer = TextNormalizer(capacity: input.count)
        var index = 0
        if skippingBOM {
            normalizer.rewrite([], originalCount: 3)
            index = 3
        }
        let count = input.count
        var runStart = index
        while index < count {
            let byte = input[index]
            if byte < 0x80 && byte != 0x0D {
                index += 1
                continue
            }
            // Flush the run of plain ASCII before handling this byte.
            if runStart < index { normalizer.copy(input[runStart..<index]) }
            if byte == 0x0D {
                let pair = index + 1 < count && input[index + 1] == 0x0A
                normalizer.rewrite([0x0A], originalCount: pair ? 2 : 1)
                index += pair ? 2 : 1
            } else {
                guard let (scalar, length) = UTF8Scalar.decode(input, at: index) else { return nil }
                if let replaced = TextNormalizer.replacement(for: scalar) {
                    normalizer.rewrite(replaced, originalCount: length)
                } else {
                    normalizer.copy(input[index..<(index + length)])
                }
                index += length
            }
            runStart = index
        }
        if runStart < count { normalizer.copy(input[runStart..<count]) }
        return DecodedText(
            bytes: normalizer.output, map: normalizer.map,
            encoding: skippingBOM ? .utf8BOM : .utf8)
    }

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

    static func decodeUTF16(_ input: [UInt8], bigEndian: Bool) -> DecodedText {
        var normalizer = TextNormalizer(capacity: input.count / 2)
        normalizer.rewrite([], originalCount: 2)
        var index = 2
        func unit(_ at: Int) -> UInt32 {
            let a = UInt32(input[at])
            let b = UInt32(input[at + 1])
            return bigEndian ? (a << 8 | b) : (b << 8 | a)
        }
        while index + 1 < input.count {
            let first = unit(index)
            if first == 0x0D {
                let pair = index + 3 < input.count && unit(index + 2) == 0x0A
                normalizer.rewrite([0x0A], originalCount: pair ? 4 : 2)
                index += pair ? 4 : 2
            } else if (0xD800..<0xDC00).contains(first), index + 3 < input.count,
                (0xDC00..<0xE000).contains(unit(index + 2))
            {
                let scalar = 0x10000 + ((first - 0xD800) << 10) + (unit(index + 2) - 0xDC00)
                normalizer.appendScalar(scalar, originalCount: 4)
                index += 4
            } else {
                // An unpaired surrogate has no scalar: it becomes U+FFFD.
                let scalar = (0xD800..<0xE000).contains(first) ? 0xFFFD : first
                normalizer.appendScalar(scalar, originalCount: 2)
                index += 2
            }
        }
        if index < input.count {
            normalizer.appendScalar(0xFFFD, originalCount: input.count - index)
        }
        return DecodedText(
            bytes: normalizer.output, map: normalizer.map,
            encoding: bigEndian ? .utf16BE : .utf16LE)
    }
}
