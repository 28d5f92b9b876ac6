import Testing
@testable import Greffier

/// The tokenizer reads the text in blocks of 64 bytes classified at once (`ByteMasks`): the
/// same tokens as the full reading wherever a character falls against a block's edge or the
/// text's end, and a token said plain exactly when its bytes are ASCII.
@Suite struct TokenizerBlockTests {
    /// Characters the blocks' masks treat apart, valid or not: Latin-1 letters and the two
    /// Latin-1 signs that are not (× ÷), `0xC3` alone or before an ASCII byte or another
    /// `0xC3`, other letters (œ, Greek), symbols of three bytes, continuation bytes that are
    /// letters alone (`0xA2`), leads that swallow a Latin-1 letter's first byte, and the
    /// ASCII bytes that end a run or make no token.
    static let pieces: [[UInt8]] = [
        [0xC3, 0xA9], [0xC3, 0x80], [0xC3, 0xBF], [0xC3, 0x97], [0xC3, 0xB7], [0xC3], [0xC3, 0x41], [0xC3, 0xC3, 0xA9],
        [0xC3, 0xA9, 0xC3, 0xA9], [0xC5, 0x93], [0xCE, 0xB1], [0xE2, 0x80, 0x99], [0xE2, 0x82, 0xAC], [0xA2], [0xA9],
        [0xE0, 0x80, 0xC3, 0xA9], [0xC5, 0xC3, 0xA9], [0xF0, 0x80, 0x80, 0x80], [0xFF], [0x0A, 0x20, 0x0A], [0x0A],
        [0x09], [0x0B], [0x0C], [0x20], [0x31], [0x61], [0x2D], [0x00], [0x0D],
    ]

    /// Each piece at every place of the first blocks, after a run of each filler and before
    /// none, one or many of them (so that the text ends in the piece, just after it, or far).
    @Test(arguments: ["a", "1", " ", "é", "-", "\n"])
    func piecesAtEveryPlaceMatchTheFullReading(filler: String) {
        let unit = Array(filler.utf8)
        for piece in Self.pieces {
            for place in 0...130 {
                for after in [0, 1, 70] {
                    var bytes: [UInt8] = []
                    while bytes.count < place { bytes += unit }
                    bytes = Array(bytes.prefix(place)) + piece
                    for _ in 0..<after { bytes += unit }
                    Self.expectSameTokens(bytes)
                }
            }
        }
    }

    /// Long runs crossing several blocks, a Latin-1 letter cut by every block edge.
    @Test(arguments: ["é", "a", "1", "aé1", "é "])
    func runsAcrossBlocksMatchTheFullReading(unit: String) {
        for count in [63, 64, 65, 127, 128, 129, 200] {
            for lead in 0..<3 {
                let bytes = Array(String(repeating: "x", count: lead).utf8) + Hostile.repeated(unit, count)
                Self.expectSameTokens(bytes)
                Self.expectSameTokens(bytes + [0xC3])
            }
        }
    }

    /// Texts whose first storage fills at each kind of place where the reading looks at the
    /// room left: a block starting after marks or spaces, a word running past its block, line
    /// breaks, a non-ASCII symbol or letter, a word longer than a block (marks first, as many
    /// as it takes to fill the storage before, inside or after the rest).
    @Test(arguments: ["mot ", "\n \n", "« ", "œuvre ", "é", String(repeating: "x", count: 70) + " ", " ", "-", "1\n"])
    func storageFillsAtEveryKindOfPlace(unit: String) {
        for marks in stride(from: 0, through: 420, by: 3) {
            Self.expectSameTokens(Hostile.repeated(",", marks) + Hostile.repeated(unit, 60))
        }
    }

    /// Pseudo-random texts of the bytes the masks tell apart, of every length over a few
    /// blocks (a fixed seed, so that a failure repeats).
    @Test func randomTextsMatchTheFullReading() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        let alphabet: [UInt8] = [0x61, 0x5A, 0x31, 0x20, 0x0A, 0x09, 0x0B, 0x0C, 0x2D, 0x00, 0xC3, 0xA9, 0x97, 0xB7, 0x80,
                                 0xBF, 0xC5, 0x93, 0xE2, 0xA2, 0xFF, 0xF0]
        for length in 0..<300 {
            for _ in 0..<6 {
                let bytes = (0..<length).map { _ in
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return alphabet[Int((state >> 33) % UInt64(alphabet.count))]
                }
                Self.expectSameTokens(bytes)
            }
        }
    }

    /// The corpus texts, decoded: every token said plain exactly when its bytes are ASCII.
    @Test func plainTokensAreTheASCIIOnes() throws {
        for name in Hostile.corpusNames {
            let decoded = try InputDecoder.decode(Hostile.corpusText(name))
            Self.expectSameTokens(decoded.bytes)
        }
    }

    #if arch(x86_64)
    /// The vector reading of a block and the word-at-a-time one give the same masks, for
    /// every byte value at every place (and the byte after the block).
    @Test func vectorAndPortableMasksAgree() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<2000 {
            var block = [UInt8](repeating: 0, count: 80)
            for index in block.indices {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Every byte value in turn at a moving place, the rest drawn at random.
                block[index] = index == round % 65 ? UInt8(round % 256) : UInt8(truncatingIfNeeded: state >> 33)
            }
            block.withUnsafeBytes { raw in
                guard let pointer = raw.baseAddress else { return }
                let vector = ByteMasks.vectorMasks(pointer)
                let portable = ByteMasks.portableMasks(pointer)
                #expect(vector.wordStarts == portable.wordStarts)
                #expect(vector.letters == portable.letters)
                #expect(vector.spaces == portable.spaces)
                #expect(vector.high == portable.high)
            }
        }
    }
    #endif

    static func expectSameTokens(_ bytes: [UInt8]) {
        let tokens = Tokenizer.tokenize(bytes)
        #expect(tokens == ReferenceTokenizer.tokenize(bytes), "\(bytes)")
        for token in tokens {
            let ascii = bytes[token.start..<token.end].allSatisfy { $0 < 0x80 }
            #expect(token.knownPlain == ascii, "\(bytes) \(token)")
        }
    }
}
