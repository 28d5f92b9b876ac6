import Testing

@testable import Greffier

/// The eight-bytes-at-once tests agree with a byte-by-byte reading, whatever the byte and its
/// place in the word; and the loops that use them still see every CR and control character.
@Suite struct WordAtATimeTests {
    static let probes: [UInt8] = [0x00, 0x01, 0x09, 0x0A, 0x0C, 0x0D, 0x0E, 0x1F, 0x20, 0x21, 0x41, 0x7F, 0x80, 0x9F, 0xC3, 0xE2, 0xFF]

    /// Eight-byte words: a background byte everywhere and one probe byte at one place.
    static func words() -> [[UInt8]] {
        var words: [[UInt8]] = []
        for background in [UInt8(0x61), 0x20, 0x0D, 0xFF, 0x00] {
            for probe in probes {
                for place in 0..<8 {
                    var word = [UInt8](repeating: background, count: 8)
                    word[place] = probe
                    words.append(word)
                }
            }
        }
        return words
    }

    @Test func agreesWithBytes() {
        for bytes in Self.words() {
            bytes.withUnsafeBufferPointer { buffer in
                let word = WordAtATime.load(buffer, 0)
                #expect(WordAtATime.hasNonASCII(word) == bytes.contains { $0 >= 0x80 }, "\(bytes)")
                for bound: UInt8 in [1, 0x20, 0x80] {
                    #expect(WordAtATime.hasByte(below: bound, in: word) == bytes.contains { $0 < bound }, "\(bytes) < \(bound)")
                }
                for probe in Self.probes {
                    #expect(WordAtATime.hasByte(probe, in: word) == bytes.contains(probe), "\(bytes) has \(probe)")
                }
            }
        }
    }

    /// The letter and digit masks flag exactly the ASCII letters and digits, every byte value at
    /// every place of the word, among letters, digits, spaces or high bytes.
    @Test(arguments: [UInt8(ascii: "a"), UInt8(ascii: "Z"), UInt8(ascii: "5"), 0x20, 0xC3])
    func lettersAndDigitsAgreeWithBytes(background: UInt8) {
        for value in 0...255 {
            for place in 0..<8 {
                var bytes = [UInt8](repeating: background, count: 8)
                bytes[place] = UInt8(value)
                let (letters, digits) = bytes.withUnsafeBufferPointer {
                    WordAtATime.asciiLettersAndDigits(WordAtATime.loadLittleEndian($0, 0))
                }
                for (index, byte) in bytes.enumerated() {
                    let bit = UInt64(0x80) << (8 * index)
                    #expect((letters & bit != 0) == ByteClass.isASCIILetter(byte), "\(bytes) letter at \(index)")
                    #expect((digits & bit != 0) == ByteClass.isDigit(byte), "\(bytes) digit at \(index)")
                    #expect(letters & ~(UInt64(0x80) * 0x0101_0101_0101_0101) == 0 && digits & ~(UInt64(0x80) * 0x0101_0101_0101_0101) == 0)
                }
            }
        }
    }

    /// A CR (and a Latin-1 byte) at every place around the eight-byte steps is still rewritten.
    @Test(arguments: 0..<20)
    func decoderSeesEveryCR(at place: Int) throws {
        var input = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
        input[place] = 0x0D
        let decoded = try InputDecoder.decode(input)
        var expected = input
        expected[place] = 0x0A
        #expect(decoded.bytes == expected)
        #expect(decoded.map.originalOffset(place + 1) == place + 1)
    }

    /// A NUL or control character anywhere is seen by the binary sniffer.
    @Test(arguments: 0..<20)
    func snifferSeesEveryControl(at place: Int) {
        var input = [UInt8](repeating: UInt8(ascii: "a"), count: 24)
        input[place] = 0x00
        #expect(BinarySniffer.binaryReason(input) == "NUL byte")
        input[place] = 0x01
        #expect(BinarySniffer.binaryReason(input) == nil)  // one control in 24 bytes is tolerated
        for index in 0..<8 { input[(place + index * 3) % 24] = 0x01 }
        #expect(BinarySniffer.binaryReason(input) == "control characters")
    }
}
