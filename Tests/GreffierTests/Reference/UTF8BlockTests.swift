import Testing
@testable import Greffier

/// The UTF-8 pass's 64-byte blocks: their masks are those of a byte-by-byte reading, the
/// vector and portable readings agree, and the pass gives what the full reading gives around
/// the blocks' edges and the text's end.
@Suite struct UTF8BlockTests {
    /// The masks read one byte at a time from their definitions (`next` is the byte after).
    static func byteReading(_ bytes: [UInt8]) -> UTF8Block {
        var block = UTF8Block()
        for lane in 0..<UTF8Block.width {
            let byte = bytes[lane]
            let next = bytes[lane + 1]
            let bit: UInt64 = 1 << UInt64(lane)
            if byte >= 0x80 { block.high |= bit }
            let rewritten = (byte == 0xC2 && (next == 0xA0 || next == 0xAD)) || (byte == 0xCA && next == 0xBC)
            if (0xC2...0xDF).contains(byte), (0x80...0xBF).contains(next), !rewritten { block.keptLeads |= bit }
            if byte < 0x20, !(0x09...0x0C).contains(byte) { block.specials |= bit }
        }
        return block
    }

    static func masks(_ bytes: [UInt8], _ read: (UnsafeRawPointer) -> UTF8Block) -> UTF8Block {
        bytes.withUnsafeBytes { raw in
            guard let pointer = raw.baseAddress else { return UTF8Block() }
            return read(pointer)
        }
    }

    static func expectSame(_ block: UTF8Block, _ expected: UTF8Block, _ bytes: [UInt8]) {
        #expect(block.high == expected.high, "\(bytes)")
        #expect(block.keptLeads == expected.keptLeads, "\(bytes)")
        #expect(block.specials == expected.specials, "\(bytes)")
    }

    /// Blocks of random bytes drawn mostly from the bytes the masks tell apart, so that leads
    /// meet every kind of next byte, and every byte value at a moving place.
    static var blocks: [[UInt8]] {
        let telling: [UInt8] = [
            0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x1F, 0x20, 0x41, 0x7F, 0x80, 0xA0, 0xAD, 0xA9,
            0xBC, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xCA, 0xDF, 0xE0, 0xE2, 0xEF, 0xF4, 0xFF,
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var blocks: [[UInt8]] = []
        for round in 0..<3000 {
            var block = [UInt8](repeating: 0, count: 80)
            for index in block.indices {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let draw = Int(truncatingIfNeeded: state >> 33)
                block[index] = index == round % 65 ? UInt8(round % 256)
                    : draw % 4 == 0 ? UInt8(truncatingIfNeeded: draw >> 8) : telling[(draw >> 8) % telling.count]
            }
            blocks.append(block)
        }
        // Every pair of bytes, in the first and the last lanes (its second byte then the one
        // after the block).
        for first in 0...255 {
            for second in 0...255 {
                var block = [UInt8](repeating: 0x61, count: 80)
                block[0] = UInt8(first)
                block[1] = UInt8(second)
                block[63] = UInt8(first)
                block[64] = UInt8(second)
                blocks.append(block)
            }
        }
        return blocks
    }

    @Test func portableMasksAreTheByteReading() {
        for bytes in Self.blocks {
            Self.expectSame(Self.masks(bytes, UTF8Block.portableBlock), Self.byteReading(bytes), bytes)
        }
    }

    #if arch(x86_64)
    @Test func vectorMasksAreTheByteReading() {
        for bytes in Self.blocks {
            Self.expectSame(Self.masks(bytes, UTF8Block.vectorBlock), Self.byteReading(bytes), bytes)
        }
    }
    #endif

    /// Pieces the blocks tell apart or leave to the character reading.
    static let pieces: [[UInt8]] = [
        [0xC3, 0xA9], [0xC2, 0xAB], [0xC2, 0xA0], [0xC2, 0xAD], [0xCA, 0xBC], [0xCA, 0xA0], [0xC2, 0xBC],
        [0xDF, 0xBF], [0xC2], [0xC0, 0x80], [0xE2, 0x80, 0x99], [0xE2, 0x82, 0xAC], [0xEF, 0xBF, 0xBD],
        [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0x9F], [0x92], [0x0D, 0x0A], [0x0D], [0x00],
        [0x01], [0x09], [0x1B],
    ]

    /// Each piece at every place of texts around one and two blocks, in plain letters and in
    /// letters mixed with kept two-byte characters (`é`, `«`, `°`), and the piece repeated.
    static var inputs: [[UInt8]] {
        var inputs: [[UInt8]] = []
        let mixed: [[UInt8]] = [[0x61], [0xC3, 0xA9], [0x62], [0x20], [0xC2, 0xAB], [0x63], [0xC2, 0xB0]]
        for length in [62, 63, 64, 65, 66, 127, 128, 130] {
            for place in 0...length {
                for piece in pieces {
                    var plain = [UInt8](repeating: 0x65, count: length)
                    plain.insert(contentsOf: piece, at: place)
                    inputs.append(plain)
                    var accented: [UInt8] = []
                    while accented.count < length { accented += mixed[accented.count % mixed.count] }
                    accented.insert(contentsOf: piece, at: min(place, accented.count))
                    inputs.append(accented)
                    if place % 7 == 0 { inputs.append(accented + piece + piece + accented + piece) }
                }
            }
        }
        return inputs
    }

    /// The pass gives the full reading's text, map, substitutions and count of multibyte
    /// characters, and the sniffer's verdict, on every input.
    @Test func passAroundBlocksIsTheFullReading() {
        for input in Self.inputs {
            let reading = InputDecoder.readUTF8(input, skippingBOM: false, stoppingAtNUL: false)
            let (full, multibyte) = ReferenceDecoding.decodeUTF8(input, skippingBOM: false)
            #expect(DecodingEquivalenceTests.same(reading.text, full) && reading.multibyte == multibyte, "\(input)")
            let verdict = BinarySniffer.verdict(controls: reading.sawNUL ? nil : reading.controls, count: input.count)
            #expect(verdict == ReferenceSniffer.binaryReason(input), "\(input)")
        }
    }
}
