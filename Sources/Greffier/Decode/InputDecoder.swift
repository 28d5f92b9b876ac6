/// The normalized text of one input, with the map back to the input's bytes.
public struct DecodedText: Sendable {
    /// Normalized UTF-8 text: what every later stage reads.
    public let bytes: [UInt8]
    public let map: OffsetMap
    public let encoding: SourceEncoding
    /// Bytes read in another encoding than `encoding`, or replaced: the record reports them.
    public internal(set) var substitutions = ByteSubstitutions()
}

/// Why an input could not be decoded into text.
public enum DecodingFailure: Error, Sendable, Equatable {
    /// NUL bytes, a PDF or other non-text content.
    case binary(reason: String)
}

/// Decodes bytes into normalized UTF-8: UTF-8 with or without BOM, UTF-16 with or without BOM,
/// and Windows-1252 when the bytes are not UTF-8. A UTF-8 file with a few invalid bytes (a
/// Latin-1 paste) stays UTF-8: those bytes alone are read as Windows-1252, and counted.
public enum InputDecoder {
    public static func decode(_ input: [UInt8]) throws(DecodingFailure) -> DecodedText {
        if input.count >= 2, input[0] == 0xFF, input[1] == 0xFE {
            return try checked(decodeUTF16(input, bigEndian: false, bom: true))
        }
        if input.count >= 2, input[0] == 0xFE, input[1] == 0xFF {
            return try checked(decodeUTF16(input, bigEndian: true, bom: true))
        }
        if let bigEndian = UTF16Detector.byteOrder(input) {
            return try checked(decodeUTF16(input, bigEndian: bigEndian, bom: false))
        }
        if BinarySniffer.isPDF(input) { throw .binary(reason: BinarySniffer.pdfReason) }
        let hasBOM = input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF
        // The sniffer's counts are taken by the decoding pass; its verdict comes before the text
        // is used, as when it read the input alone first.
        let reading = readUTF8(input, skippingBOM: hasBOM, stoppingAtNUL: true)
        if let reason = BinarySniffer.verdict(controls: reading.sawNUL ? nil : reading.controls, count: input.count) {
            throw .binary(reason: reason)
        }
        let text = reading.text
        // More invalid bytes than valid UTF-8 characters: a Windows-1252 file, read whole so
        // (a pair like `Ã©` in it is two Latin-1 letters, not a UTF-8 `é`). Without invalid
        // bytes it is not: the count of valid characters (a second look at the bytes) is not
        // needed then.
        let invalid = text.substitutions.windows1252.count + text.substitutions.replaced.count
        if !hasBOM, invalid > 0, invalid >= max(reading.multibyte, 1) {
            return decodeWindows1252(input)
        }
        return text
    }

    /// UTF-16 is decoded before it can be sniffed: its text must not be binary either.
    private static func checked(_ text: DecodedText) throws(DecodingFailure) -> DecodedText {
        if let reason = BinarySniffer.binaryReason(text.bytes) { throw .binary(reason: reason) }
        return text
    }

    static func decodeWindows1252(_ input: [UInt8]) -> DecodedText {
        var rewrites = Rewrites()
        // Each high byte's normalized bytes, made once: a byte at a time through a scalar and a
        // string cost ~85 instructions per byte.
        let high = Windows1252.packedHighBytes
        let count = input.count
        var index = 0
        input.withUnsafeBufferPointer { text in
            while index < count {
                // Plain ASCII without CR stays in the run copied unchanged (a run of single-byte
                // copies made the same map: a copy extends the copied segment it follows).
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
                if byte == 0x0D {
                    let pair = index + 1 < count && text[index + 1] == 0x0A
                    rewrites.add(at: index, originalCount: pair ? 2 : 1, bytes: 0x0A, count: 1)
                    index += pair ? 2 : 1
                } else {
                    let replaced = high[Int(byte) - 0x80]
                    rewrites.add(at: index, originalCount: 1, bytes: replaced.bytes, count: replaced.count)
                    index += 1
                }
            }
        }
        let (bytes, map) = rewrites.text(of: input)
        return DecodedText(bytes: bytes, map: map, encoding: .windows1252)
    }

    static func decodeUTF16(_ input: [UInt8], bigEndian: Bool, bom: Bool) -> DecodedText {
        var normalizer = TextNormalizer(capacity: input.count / 2)
        var substitutions = ByteSubstitutions()
        var index = 0
        if bom {
            normalizer.rewrite([], originalCount: 2)
            index = 2
        }
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
            } else if (0xD800..<0xE000).contains(first) {
                // An unpaired surrogate has no scalar: it becomes U+FFFD.
                substitutions.replaced.add(index..<(index + 2))
                normalizer.appendScalar(0xFFFD, originalCount: 2)
                index += 2
            } else {
                if first == 0xFFFD { substitutions.lost.add(index..<(index + 2)) }
                normalizer.appendScalar(first, originalCount: 2)
                index += 2
            }
        }
        if index < input.count {
            // A lone last byte: the file was cut in the middle of a character.
            substitutions.replaced.add(index..<input.count)
            normalizer.appendScalar(0xFFFD, originalCount: input.count - index)
        }
        return DecodedText(
            bytes: normalizer.output, map: normalizer.map,
            encoding: bigEndian ? .utf16BE : .utf16LE, substitutions: substitutions)
    }
}
