import Testing
@testable import Greffier

/// The tokenizer gives exactly the tokens of its former reading, on every corpus text, decoded
/// or not, and on awkward inputs (invalid UTF-8, lone continuation bytes, controls).
@Suite struct TokenizerEquivalenceTests {
    @Test func tokensMatchTheFullReading() throws {
        for input in AwkwardInputs.all {
            #expect(Tokenizer.tokenize(input) == ReferenceTokenizer.tokenize(input), "\(input.prefix(40))")
            if let decoded = try? InputDecoder.decode(input) {
                #expect(Tokenizer.tokenize(decoded.bytes) == ReferenceTokenizer.tokenize(decoded.bytes))
            }
        }
    }

    /// Words of every length around the tokenizer's eight-byte steps, ended or broken at every
    /// place by each kind of byte: the same tokens, and a token said plain only when it is.
    @Test(arguments: [" ", "é", "1", "-", "\n", "€", "\u{00}", "\t"])
    func wordsCutAtEveryPlaceMatchTheFullReading(cut: String) {
        for (pattern, length) in ["aB3", "0123456789"].flatMap({ pattern in (1...20).map { (pattern, $0) } }) {
            for place in 0...length {
                var bytes = Array(String(repeating: pattern, count: 7).utf8.prefix(length))
                bytes.insert(contentsOf: Array(cut.utf8), at: place)
                bytes += Array(" fin".utf8)
                let tokens = Tokenizer.tokenize(bytes)
                #expect(tokens == ReferenceTokenizer.tokenize(bytes), "\(bytes)")
                bytes.withUnsafeBufferPointer { text in
                    for token in tokens where token.knownPlain {
                        #expect(FoldedTokens.isPlainByScan(text, token), "\(bytes)")
                    }
                }
            }
        }
    }

    /// Texts with more tokens than the first storage holds (a token every byte or two).
    @Test(arguments: ["a,", ",", "é.", "1 ", "\t", "a\n", "«"])
    func denseTextsMatchTheFullReading(unit: String) {
        for count in [1, 5, 6, 7, 100, 5000] {
            let bytes = Hostile.repeated(unit, count)
            #expect(Tokenizer.tokenize(bytes) == ReferenceTokenizer.tokenize(bytes), "\(unit) × \(count)")
        }
    }
}
