import Testing

@testable import Greffier

/// `FoldedTokens` holds, for every token, what folding it alone gives (`ReferenceFoldedTokens`):
/// on the corpus, on awkward inputs, on tokens cut anywhere (empty ones, one byte at the text's
/// end), and when the folds outgrow the room made for them.
@Suite struct FoldedTokensEquivalenceTests {
    /// Every accessor of token `index` against the reference.
    static func expectSame(_ bytes: [UInt8], _ tokens: [Token], _ note: @autoclosure () -> String) -> Int {
        let folds = FoldedTokens(bytes, tokens, lanes: .recognizers)
        let reference = ReferenceFoldedTokens(bytes, tokens)
        for index in tokens.indices {
            let folded = reference.folds[index]
            #expect(folds.string(index) == String(decoding: folded, as: UTF8.self), "\(index) in \(note())")
            #expect(folds.lead(index) == reference.leads[index], "\(index) in \(note())")
            #expect(folds.length(index) == folded.count, "\(index) in \(note())")
            // A word is asked about only when it may equal one: not empty, not opening on NUL.
            if reference.leads[index] != 0, folded.first != 0 {
                #expect(folds.equals(index, String(decoding: folded, as: UTF8.self)), "\(index) in \(note())")
            }
        }
        #expect(folds.lead(-1) == 0 && folds.lead(tokens.count) == 0)
        return tokens.count
    }

    @Test func corpusAndAwkwardInputsMatchTheReference() {
        var inputs = AwkwardInputs.all
        inputs += AwkwardInputs.all.compactMap { try? InputDecoder.decode($0) }.map(\.bytes)
        var checked = 0
        for bytes in inputs {
            // Raw tokens too: the furniture pass drops and joins some.
            checked += Self.expectSame(bytes, Document(bytes: bytes).tokens, "\(bytes.prefix(40))")
            checked += Self.expectSame(bytes, Tokenizer.tokenize(bytes), "raw \(bytes.prefix(40))")
        }
        #expect(checked > 100_000)
    }

    /// Every word `[start, end)` of short texts, empty ones included, said plain where the scan
    /// says so (as the tokenizer does) and not: the two-byte read of a lead at the text's end,
    /// and words of any bytes. (Other kinds hold what the tokenizer puts in them only: a symbol
    /// one character, a mark one ASCII byte.)
    @Test(arguments: ["a", "Ab", "aB\n", "é", "xÉ", "-\n  y", "\u{0}a", "İ", "Z\u{0}", "ΑΒ", "«x»", "a\r\nb"])
    func tokensCutAnywhereMatchTheReference(text: String) {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { buffer in
            for start in 0...bytes.count {
                for end in start...bytes.count {
                    let token = Token(.word, start, end)
                    tokens.append(token)
                    if FoldedTokens.isPlainByScan(buffer, token) { tokens.append(Token(.word, start, end, knownPlain: true)) }
                }
            }
        }
        _ = Self.expectSame(bytes, tokens, text)
        // Each alone, last in its text: a one-byte token at the very end reads past it.
        for token in tokens { _ = Self.expectSame(bytes, [token], text) }
    }

    /// Symbols repeated in every order (`FoldedTokens.SymbolMemo` keeps the folds of the last
    /// ones, sixteen slots by a hash of their bytes): more symbols than slots, two- to
    /// four-byte ones, `¢` (which folds to `e`), symbols cut or made of invalid bytes, one
    /// standing last in its text (read the long way).
    @Test(arguments: [
        "« » ° € – — ’ “ ” • … § ² ³ · × ÷ ¢ ® © ™ ‰ ½ ¼ − ‘ ‚ „ † ‡ ′ ″ 😀 🙂 ¶ ¦ ¬ ± µ",
        "«\u{00A0}» ¢¢ ¢é °C €uro –x x– 😀😀",
        "\u{2212}\u{2010}\u{2011}\u{2015}\u{2043} \u{FFFD} \u{E000} ᴀ ꝏ",
    ])
    func symbolsAgainAndAgainMatchTheReference(symbols: String) {
        var state: UInt64 = 0x5EED_2026
        let parts = symbols.split(separator: " ").map { Array($0.utf8) }
        var bytes: [UInt8] = []
        for _ in 0..<600 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes += parts[Int((state >> 33) % UInt64(parts.count))] + [UInt8(ascii: " ")]
        }
        // Invalid bytes and cut characters between them: a lone lead, a lead and ASCII, a
        // continuation byte, a four-byte lead cut at the end of the text.
        let invalid: [[UInt8]] = [[0xE2], [0xE2, 0x80], [0xC2, 0x41], [0xAB], [0xF0, 0x9F, 0x98], [0xE2, 0x80, 0x99]]
        for (offset, piece) in invalid.enumerated() {
            bytes.insert(contentsOf: piece + [0x20], at: (offset * 997) % bytes.count)
        }
        _ = Self.expectSame(bytes, Tokenizer.tokenize(bytes), symbols)
        for piece in invalid + parts.prefix(4) {
            let ending = bytes + piece
            _ = Self.expectSame(ending, Tokenizer.tokenize(ending), "\(symbols) ending with \(piece)")
        }
    }

    /// Folds longer than their text (`İ`, 2 bytes, lowercases to 3): the buffer grows, plain
    /// tokens after the growth still read the lowercased text.
    @Test(arguments: [1, 7, 64, 1000])
    func foldsOutgrowingTheirRoomMatchTheReference(count: Int) {
        let bytes = Hostile.repeated("İİİ Ab ", count) + Array("z".utf8)
        _ = Self.expectSame(bytes, Tokenizer.tokenize(bytes), "İ × \(count)")
    }

    /// The text lowercased sixteen bytes at a time, the last block overlapping: every length up
    /// to a few blocks, every byte value at every place.
    @Test func textIsLowercasedAsByteByByteAtEveryLength() {
        var text: [UInt8] = []
        for value in 0...255 { text += [UInt8(value), 0x41, 0x5A, 0x40, 0x5B, 0xC3, 0x89, UInt8(255 - value), 0x61] }
        for length in 0...100 {
            for offset in stride(from: 0, to: text.count - length, by: 97) {
                let slice = Array(text[offset..<offset + length])
                var sink = ByteSink(capacity: 4)
                sink.append(0x41)
                slice.withUnsafeBufferPointer { sink.appendLowercased($0) }
                let written = Array(UnsafeBufferPointer(start: sink.base, count: sink.count))
                #expect(written == [0x41] + slice.map(ByteClass.lowercased), "\(length) at \(offset)")
                sink.buffer.deallocate()
            }
        }
    }

    /// A block of sixteen lowercased by SSE2 on x86-64 and by the portable arithmetic: every
    /// byte value at every place, among capitals and among bytes past `Z`.
    @Test(arguments: [UInt8(0x41), 0x5A, 0x5B, 0x80, 0xC0, 0xFF])
    func blocksAreLowercasedAlikeBothWays(filler: UInt8) {
        let out = UnsafeMutablePointer<UInt8>.allocate(capacity: 16)
        defer { out.deallocate() }
        for value in 0...255 {
            for place in 0..<16 {
                var block = [UInt8](repeating: filler, count: 16)
                block[place] = UInt8(value)
                let expected = block.map(ByteClass.lowercased)
                block.withUnsafeBufferPointer { source in
                    guard let base = source.baseAddress else { return }
                    ByteSink.lowercaseBlockByArithmetic(base, to: out)
                    #expect(Array(UnsafeBufferPointer(start: out, count: 16)) == expected, "\(value) at \(place)")
                    #if arch(x86_64)
                    ByteSink.lowercaseBlock(base, to: out)
                    #expect(Array(UnsafeBufferPointer(start: out, count: 16)) == expected, "\(value) at \(place)")
                    #endif
                }
            }
        }
    }
}
