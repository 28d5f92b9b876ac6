import Testing

@testable import Greffier

/// `LineFeeds` (64 bytes a mask) against the byte reading it replaced in
/// `Document.lineStarts`: 0, then the offset after each `\n`.
@Suite struct LineFeedsTests {
    static func reference(_ bytes: [UInt8]) -> [Int] {
        [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
    }

    static func starts(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { LineFeeds.lineStarts($0) }
    }

    /// Texts of every length around one and two blocks, a line feed at each place (alone, in
    /// a pair, among CR, VT and bytes that differ from it by one bit), and texts of only line
    /// feeds.
    static var madeUp: [[UInt8]] {
        var texts: [[UInt8]] = []
        for length in [0, 1, 2, 15, 16, 17, 63, 64, 65, 127, 128, 129, 191, 192, 200] {
            texts.append([UInt8](repeating: 0x0A, count: length))
            texts.append((0..<length).map { [0x0B, 0x0D, 0x8A, 0x1A, 0x61, 0xC3, 0xA9, 0x00][$0 % 8] })
            for place in 0..<length {
                var text = [UInt8](repeating: 0x65, count: length)
                text[place] = 0x0A
                texts.append(text)
                if place + 1 < length {
                    text[place + 1] = 0x0A
                    texts.append(text)
                }
            }
        }
        return texts
    }

    @Test func madeUpTextsAgreeWithTheByteReading() {
        for text in Self.madeUp {
            #expect(Self.starts(text) == Self.reference(text), "\(text.count) bytes")
        }
    }

    @Test func corpusAndAwkwardTextsAgreeWithTheByteReading() {
        let texts = Hostile.corpusNames.map(Hostile.corpusText) + AwkwardInputs.all
        #expect(texts.count > 20)
        for text in texts {
            #expect(Self.starts(text) == Self.reference(text))
            // Cut at either end, so that the text's end falls at every place of a block.
            for cut in stride(from: 1, to: min(text.count, 70), by: 1) {
                let head = Array(text.dropLast(cut)), tail = Array(text.dropFirst(cut))
                #expect(Self.starts(head) == Self.reference(head))
                #expect(Self.starts(tail) == Self.reference(tail))
            }
        }
    }

    @Test func documentsKeepTheirLineStarts() {
        for document in Hostile.corpusDocuments() {
            #expect(document.lineStarts == Self.reference(document.bytes))
        }
    }

    /// The word reading (other processors) and the vector reading give the same mask, on
    /// every byte value at every place of a block and on random blocks.
    @Test func portableMaskMatchesTheVectorMask() {
        var blocks: [[UInt8]] = []
        for place in 0..<64 {
            for value in 0...255 {
                var block = [UInt8](repeating: 0x0A, count: 64)
                block[place] = UInt8(value)
                blocks.append(block)
                block = [UInt8](repeating: 0x0B, count: 64)
                block[place] = UInt8(value)
                blocks.append(block)
            }
        }
        // A fixed sequence (a linear congruential generator), so a failure can be replayed.
        var state: UInt64 = 20_041_085
        for _ in 0..<2_000 {
            blocks.append((0..<64).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return [0x0A, 0x0B, 0x8A, 0x2A, 0x0E, 0xFF][Int(state >> 61) % 6]
            })
        }
        for block in blocks {
            let expected = block.indices.reduce(UInt64(0)) { $0 | (block[$1] == 0x0A ? 1 << UInt64($1) : 0) }
            block.withUnsafeBytes { raw in
                guard let pointer = raw.baseAddress else { return }
                #expect(LineFeeds.portableMask64(pointer) == expected)
                #expect(LineFeeds.mask64(pointer) == expected)
            }
        }
    }
}
