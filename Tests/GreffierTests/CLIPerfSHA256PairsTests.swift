import Testing

@testable import Greffier

/// Two messages hashed at once with the SHA instructions (`SHA256.pairedHexes`) give the
/// digests of the portable rounds, one message at a time, whatever their lengths and order.
@Suite(.enabled(if: SHA256.extensionsAvailable, "this processor has no SHA instructions"))
struct CLIPerfSHA256PairsTests {
    static func message(_ length: Int, seed: Int) -> [UInt8] {
        (0..<length).map { UInt8(truncatingIfNeeded: ($0 &* 31 &+ seed &* 7) ^ ($0 >> 3)) }
    }

    static func expectOneAtATime(_ messages: [[UInt8]], _ comment: Comment? = nil) {
        let alone = messages.map { SHA256.hex($0, resuming: SHA256.initialState, atBlock: 0, extensions: false) }
        #expect(SHA256.pairedHexes(messages) == alone, comment)
        #expect(SHA256Lanes.hexes(messages, extensions: true) == alone, comment)
    }

    /// Lengths around the block and padding edges, paired in every order.
    @Test(arguments: [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 183, 184, 640, 4_097])
    func pairsOfEveryShape(length: Int) {
        for other in [0, 1, 55, 56, 63, 64, 65, 120, 128, 1_000, 4_097, 70_001] {
            Self.expectOneAtATime([Self.message(length, seed: 1), Self.message(other, seed: 2)], "\(length), \(other)")
            Self.expectOneAtATime([Self.message(other, seed: 3), Self.message(length, seed: 4)], "\(other), \(length)")
        }
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 8, 9, 17])
    func batchesOfMixedLengths(count: Int) {
        let lengths = [3_000, 0, 64, 12_345, 55, 130_000, 191, 192, 1, 9_999, 56, 640, 7, 65_536, 200, 119, 120]
        Self.expectOneAtATime((0..<count).map { Self.message(lengths[$0], seed: $0) })
    }

    @Test func everyLengthUpTo300InOneBatch() {
        Self.expectOneAtATime((0...300).map { Self.message($0, seed: $0) })
        Self.expectOneAtATime([[UInt8]](repeating: Self.message(1_000, seed: 5), count: 6))
    }

    @Test func theCorpusInOneBatch() {
        Self.expectOneAtATime(Hostile.corpusNames.map(Hostile.corpusText))
    }
}
