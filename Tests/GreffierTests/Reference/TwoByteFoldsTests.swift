import Testing
@testable import Greffier

/// `foldLatin` by runs reads any two-byte letter's fold from `Latin1Folds.twoByte` (one load,
/// no branch on the lead byte): it must fold every two-byte sequence, valid or not, and in any
/// place within a word, as `Folding.fold` does, or turn it down.
@Suite struct TwoByteFoldsTests {
    @Test func tableIsTheFoldOfEveryTwoByteScalar() {
        #expect(Latin1Folds.twoByte.count == 0x800)
        for scalar in 0..<0x800 {
            let folded = Letters.asciiFoldBytes(UInt32(scalar))
            #expect(Latin1Folds.twoByte[scalar] == UInt16(folded.first) | UInt16(folded.second) << 8)
        }
        // The Latin-1 table is its slice from U+00C0.
        #expect(Array(Latin1Folds.twoByte[0xC0..<0x100]) == Latin1Folds.table)
    }

    /// Every lead byte 0xC0–0xDF with every second byte, alone, between ASCII letters, cut
    /// by the token's end, and after a run of eight.
    @Test(arguments: ["", "a", "Ab", "abcdefgh", "ABCDEFGHI"])
    func everyTwoByteSequenceFoldsAsFolding(prefix: String) {
        var taken = 0
        for lead in UInt8(0xC0)...0xDF {
            for second in UInt8(0)...0xFF where second != 0x0A {
                for suffix in [[], [UInt8(ascii: "Z")], [UInt8(ascii: "x"), 0xC3, 0xA9]] as [[UInt8]] {
                    let word = Array(prefix.utf8) + [lead, second] + suffix
                    let text = [UInt8(ascii: " ")] + word + [UInt8(ascii: " ")]
                    for end in [text.count - 1, text.count - 2] {
                        let token = Token(.word, 1, end)
                        let lowered = text.map(ByteClass.lowercased) + [UInt8](repeating: 0, count: FoldedTokens.slack)
                        let room = UnsafeMutablePointer<UInt8>.allocate(capacity: end - 1 + FoldedTokens.slack)
                        defer { room.deallocate() }
                        let written = text.withUnsafeBufferPointer { text in
                            lowered.withUnsafeBufferPointer { lowered in
                                Latin1Folds.twoByte.withUnsafeBufferPointer { folds in
                                    lowered.baseAddress.flatMap {
                                        FoldedTokens.foldLatin(text, lowered: $0, token, folds: folds, into: room)
                                    }
                                }
                            }
                        }
                        guard let written else { continue }
                        taken += 1
                        var full: [UInt8] = []
                        let comparable = text.withUnsafeBufferPointer { Folding.fold($0, 1, end, into: &full) }
                        #expect(comparable)
                        #expect(Array(UnsafeBufferPointer(start: room, count: written)) == full, "\(word)")
                    }
                }
            }
        }
        #expect(taken > 900)
    }
}
