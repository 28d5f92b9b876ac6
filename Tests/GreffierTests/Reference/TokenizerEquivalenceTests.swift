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

    /// Texts with more tokens than the first storage holds (a token every byte or two).
    @Test(arguments: ["a,", ",", "é.", "1 ", "\t", "a\n", "«"])
    func denseTextsMatchTheFullReading(unit: String) {
        for count in [1, 5, 6, 7, 100, 5000] {
            let bytes = Hostile.repeated(unit, count)
            #expect(Tokenizer.tokenize(bytes) == ReferenceTokenizer.tokenize(bytes), "\(unit) × \(count)")
        }
    }
}
