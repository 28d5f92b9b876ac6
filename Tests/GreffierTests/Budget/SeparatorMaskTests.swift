import Testing

@testable import Greffier

/// The bit-mask readings of a line's separators (`HeaderLineGate+Blocks`) answer as the scans
/// they stand for: `HeaderLineGate.isSingleCell` as `LineCells.isSingleCell` (and the byte
/// reading it replaced), `opensWithLongStretch` only where `HeaderRow.hasLongStretch` holds,
/// and wherever the line's first 103 bytes are a stretch, `hasLongStretchByBlocks` as it.
@Suite struct SeparatorMaskTests {
    /// Checks one line; whether a mask reading answered (the line short enough, or long and
    /// opening on a stretch, and its blocks within the text).
    @discardableResult
    static func check(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        bytes.withUnsafeBufferPointer { text -> Bool in
            let single = HeaderLineGate.isSingleCell(text, line)
            #expect(single == LineCells.isSingleCell(bytes, line), "\(bytes) \(line)")
            #expect(single == SingleCellShortcutTests.singleCellByBytes(bytes, line), "\(bytes) \(line)")
            let opens = HeaderLineGate.opensWithLongStretch(text, line)
            let long = HeaderRow.hasLongStretch(bytes, line)
            if opens { #expect(long, "\(bytes) \(line)") }
            #expect(HeaderLineGate.hasLongStretchByBlocks(text, line) == long, "\(bytes) \(line)")
            // Where the blocks lie in the text, a line opening on a stretch is told.
            if line.start + 128 <= bytes.count, line.end - line.start > HeaderLineGate.longest {
                let head = TextRange(line.start, line.start + HeaderLineGate.longest + 1)
                let stretch = (head.start..<head.end).allSatisfy { !HeaderLineGate.separates(text, $0, line) }
                #expect(opens == stretch, "\(bytes) \(line)")
            }
            return opens || (HeaderLineGate.blockHoldsNoSeparator(text, line) != nil)
        }
    }

    /// A separator (tab, pipe, pairs and runs of spaces, a lone space, NULs before a pipe, a
    /// letter of two bytes) at every place of lines of lengths around one and two 64-byte
    /// blocks, the 103-byte stretch and two blocks, starting at several offsets, followed by a space, two
    /// or a letter, and by the text's end or more text (blocks past the text are not read).
    @Test(arguments: [[0x09], [0x7C], [0x20, 0x20], [0x20, 0x20, 0x20], [0x20], [0x00, 0x7C], [0x20, 0x7C], [0xC3, 0xA9]] as [[UInt8]])
    func answersAsTheScansAtEveryPlace(separator: [UInt8]) {
        var read = 0
        for length in [0, 1, 2, 15, 16, 17, 31, 32, 33, 47, 48, 49, 61, 62, 63, 64, 65, 66, 80, 100, 101, 102, 103, 104, 105, 126, 127, 128, 129, 140, 166, 167, 168, 191, 192, 193, 230] {
            for offset in [0, 1, 63] {
                for position in 0...length {
                    var body = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    body.insert(contentsOf: separator, at: position)
                    for after: [UInt8] in [[], [0x20], [0x20, 0x20], [0x61], [0x20] + [UInt8](repeating: 0x61, count: 200)] {
                        let bytes = [UInt8](repeating: 0x20, count: offset) + body + after
                        if Self.check(bytes, TextRange(offset, offset + body.count)) { read += 1 }
                    }
                }
            }
        }
        #expect(read > 3_000)
    }

    /// Two separators at once, the first a space: spaces alone on either side of a block's
    /// edge or of the stretch's end (a pair only when they touch), a tab or pipe just past it.
    @Test func answersOnPairsOfSeparators() {
        var read = 0
        for first in [0, 1, 30, 62, 63, 64, 65, 100, 101, 102, 103, 104, 127, 128, 129, 150] {
            for second in (first + 1)..<260 {
                for byte: UInt8 in [0x20, 0x09, 0x7C] {
                    var body = [UInt8](repeating: UInt8(ascii: "b"), count: 260)
                    body[first] = 0x20
                    body[second] = byte
                    let bytes = body + [UInt8](repeating: 0x20, count: 130)
                    for end in Set([second, second + 1, 64, 103, 104, 105, 140, 200, 260]) where end > 0 {
                        if Self.check(bytes, TextRange(0, end)) { read += 1 }
                    }
                }
            }
        }
        #expect(read > 1000)
    }

    /// Every line of the corpus and of the awkward inputs, whole and cut by a byte at either end.
    @Test func answersOnEveryLine() {
        var read = 0
        let documents = Hostile.corpusDocuments() + AwkwardInputs.all.map { Document(bytes: $0) }
        for document in documents {
            for line in LineCells.lines(document) {
                let cuts = [line, TextRange(min(line.end, line.start + 1), line.end), TextRange(line.start, max(line.start, line.end - 1))]
                for cut in cuts where Self.check(document.bytes, cut) { read += 1 }
            }
        }
        #expect(read > 5_000)
    }
}
