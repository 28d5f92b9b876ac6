import Testing

@testable import Greffier

/// `DraftRow.collapsed` as it was: the bytes appended to an array one by one, spaces collapsed,
/// then decoded. The fast one writes into the string's storage.
enum ReferenceDraftRowCollapse {
    static func collapsed(_ bytes: [UInt8], _ range: TextRange) -> String {
        var result: [UInt8] = []
        for byte in bytes[range.start..<range.end] {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                if let last = result.last, last != 0x20 { result.append(0x20) }
            } else {
                result.append(byte)
            }
        }
        while let last = result.last, last == 0x20 { result.removeLast() }
        return String(decoding: result, as: UTF8.self)
    }
}

@Suite struct DraftRowCollapseEquivalenceTests {
    /// Every line of every awkward input (corpus texts, single bytes, invalid UTF-8, random
    /// bytes) and every token-bounded stretch of up to eight tokens of the corpus: the same
    /// string, to the byte.
    @Test func collapsesAsTheArrayDid() {
        var tried = 0
        for input in AwkwardInputs.all {
            var start = 0
            for index in 0...input.count where index == input.count || input[index] == 0x0A {
                for range in [TextRange(start, index), TextRange(start, min(input.count, index + 1)), TextRange(0, index)] {
                    let fast = DraftRow.collapsed(input, range)
                    let reference = ReferenceDraftRowCollapse.collapsed(input, range)
                    #expect(Array(fast.utf8) == Array(reference.utf8), "\(input.prefix(40)) \(range)")
                    tried += 1
                }
                start = index + 1
            }
        }
        for document in Hostile.corpusDocuments() {
            let tokens = document.tokens
            for first in stride(from: 0, to: tokens.count, by: 3) {
                let last = min(tokens.count - 1, first + 7)
                let range = TextRange(tokens[first].start, tokens[last].end)
                #expect(Array(DraftRow.collapsed(document.bytes, range).utf8)
                        == Array(ReferenceDraftRowCollapse.collapsed(document.bytes, range).utf8))
                tried += 1
            }
        }
        #expect(tried > 10_000)
    }

    /// Awkward stretches written out: spaces, tabs and line feeds at the ends and in runs,
    /// invalid and cut UTF-8, nothing at all.
    @Test(arguments: ["", " ", "\t\n ", "  a  b  ", "a\tb\nc", "é  \t è", "\r\n x \r", "x\u{FFFD}  y", "   12 000 €  "])
    func collapsesWrittenStretches(_ text: String) {
        let bytes = Array(text.utf8) + [0xC3] + Array(text.utf8) + [0xE2, 0x82, 0x20, 0xFF]
        for range in [TextRange(0, text.utf8.count), TextRange(0, bytes.count), TextRange(text.utf8.count, bytes.count)] {
            #expect(Array(DraftRow.collapsed(bytes, range).utf8) == Array(ReferenceDraftRowCollapse.collapsed(bytes, range).utf8))
        }
    }
}
