import Testing

@testable import Greffier

/// `Document.lineStarts` (found with `memchr`) is the offset after every `\n`, with 0 first,
/// as a byte-by-byte loop finds them.
struct LineStartsTests {
    @Test(arguments: [
        ("", [0]),
        ("a", [0]),
        ("\n", [0, 1]),
        ("a\nb\n", [0, 2, 4]),
        ("\n\n\n", [0, 1, 2, 3]),
        ("é\r\nà\n", [0, 4, 7]),
    ])
    func lineStarts(_ text: String, _ expected: [Int]) {
        #expect(Document.lineStarts(Array(text.utf8)) == expected)
    }

    @Test func corpusLineStartsMatchAByteLoop() {
        for name in Hostile.corpusNames {
            let bytes = Hostile.corpusText(name)
            let expected = [0] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
            #expect(Document.lineStarts(bytes) == expected, "\(name)")
        }
    }
}
