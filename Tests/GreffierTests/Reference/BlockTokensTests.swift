import Testing
@testable import Greffier

/// `BlockTokens` finds the runs of a block and what the tokenizer writes of them with
/// shifts and carries across the whole block: the same masks as a walk over the block's runs
/// one byte at a time, on the classes of the same bytes.
@Suite struct BlockTokensTests {
    /// The masks of one block, by walking it: a run is a longest stretch of bytes not in
    /// `notWord`; every other byte but a space is a token alone.
    static func walked(_ masks: ByteMasks, spaces: UInt64) -> BlockTokens {
        func bit(_ mask: UInt64, _ index: Int) -> Bool { mask >> UInt64(index) & 1 != 0 }
        var starts: UInt64 = 0, lasts: UInt64 = 0, fast: UInt64 = 0, plain: UInt64 = 0
        var index = 0
        while index < 64 {
            if bit(spaces, index) {
                index += 1
                continue
            }
            guard !bit(masks.notWord, index) else {
                // A lone byte: read here when it is ASCII.
                starts |= 1 << UInt64(index)
                lasts |= 1 << UInt64(index)
                if !bit(masks.high, index) {
                    fast |= 1 << UInt64(index)
                    plain |= 1 << UInt64(index)
                }
                index += 1
                continue
            }
            var last = index
            while last + 1 < 64, !bit(masks.notWord, last + 1) { last += 1 }
            let run = index...last
            starts |= 1 << UInt64(index)
            lasts |= 1 << UInt64(last)
            let hasLetter = run.contains { bit(masks.letters, $0) }
            let ascii = !run.contains { bit(masks.high, $0) }
            // Read here: a run ending before the block's last byte on an ASCII byte, and
            // taking its kind from its first byte (a letter, or a digit and no letter).
            let endsInBlock = last < 63 && !bit(masks.high, last + 1)
            let kindFromFirst = bit(masks.letters, index) || !hasLetter
            if endsInBlock && kindFromFirst { fast |= 1 << UInt64(last) }
            if ascii && last < 63 { plain |= 1 << UInt64(last) }
            index = last + 1
        }
        var walked = masks.tokens
        walked.starts = starts
        walked.lasts = lasts
        walked.fast = fast
        walked.plain = plain
        return walked
    }

    static func expectWalked(_ bytes: [UInt8]) {
        // Spaces after the bytes: the block is classified whole, not as a text's tail.
        let buffer = bytes + [UInt8](repeating: 0x20, count: 65)
        buffer.withUnsafeBufferPointer { text in
            let masks = ByteMasks.classify(text, from: 0)
            let walked = walked(masks, spaces: spaceMask(Array(buffer.prefix(64))))
            #expect(masks.tokens.starts == walked.starts, "\(bytes)")
            #expect(masks.tokens.lasts == walked.lasts, "\(bytes)")
            // Only the tokens' lasts are asked, and what a token not read here says is not.
            let lasts = walked.lasts
            #expect(masks.tokens.fast & lasts == walked.fast, "\(bytes)")
            #expect(masks.tokens.plain & walked.fast == walked.plain & walked.fast, "\(bytes)")
        }
    }

    static func spaceMask(_ block: [UInt8]) -> UInt64 {
        var mask: UInt64 = 0
        for (index, byte) in block.enumerated() where byte == 0x20 { mask |= 1 << UInt64(index) }
        return mask
    }

    /// Runs from digits and letters, with and without Latin-1 letters, at every place of the
    /// block (up to its last byte and across it), between marks, spaces and line breaks.
    @Test(arguments: ["1er", "12", "2e", "a1", "é1", "1é", "1é2", "123456789", "x", "é", "1", "1.5", "1×2", "1\u{2019}a"])
    func runsAtEveryPlace(run: String) {
        for place in 0...66 {
            for filler: UInt8 in [0x20, 0x2C, 0x0A] {
                let bytes = [UInt8](repeating: filler, count: place) + Array(run.utf8) + [filler, 0x61]
                Self.expectWalked(bytes)
            }
        }
    }

    /// Pseudo-random blocks of the bytes the masks tell apart (a fixed seed, so that a
    /// failure repeats).
    @Test func randomBlocks() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let alphabet: [UInt8] = [0x61, 0x5A, 0x31, 0x39, 0x20, 0x0A, 0x09, 0x0B, 0x2D, 0x00, 0xC3, 0xA9, 0x97, 0xB7,
                                 0x80, 0xC5, 0x93, 0xE2, 0xFF]
        for _ in 0..<20000 {
            let bytes = (0..<70).map { _ in
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return alphabet[Int((state >> 33) % UInt64(alphabet.count))]
            }
            Self.expectWalked(bytes)
        }
    }

    /// The tokenizer's table gives a run its kind from its first byte, as the tokens say.
    @Test func tableKindsOfRunFirstBytes() {
        for value in 0...255 {
            let byte = UInt8(value)
            let kind = Tokenizer.markKinds[value]
            if byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
                #expect(kind == .word, "\(byte)")
            } else if byte >= 0x30 && byte <= 0x39 {
                #expect(kind == .number, "\(byte)")
            } else {
                #expect(kind.rawValue >= Token.Kind.punctuation.rawValue, "\(byte)")
            }
        }
    }
}
