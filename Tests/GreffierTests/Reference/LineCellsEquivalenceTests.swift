import Testing

@testable import Greffier

/// `LineCells.init` cuts every line as `ReferenceLineCells` did: the lines of every awkward
/// input (the corpus texts among them), lines cut anywhere in them, and made-up table rows.
@Suite struct LineCellsEquivalenceTests {
    @Test func cutsEveryLineAsBefore() {
        var count = 0
        for input in AwkwardInputs.all {
            var start = 0
            var starts: [Int] = [0]
            for (index, byte) in input.enumerated() where byte == 0x0A { starts.append(index + 1) }
            for (position, lineStart) in starts.enumerated() {
                let lineEnd = position + 1 < starts.count ? starts[position + 1] - 1 : input.count
                start = lineStart
                // The line, and the line less its first or last bytes (a scalar or run cut).
                for (from, to) in [(start, lineEnd), (min(start + 1, lineEnd), lineEnd), (start, max(start, lineEnd - 1)),
                                   (start, max(start, lineEnd - 3))]
                {
                    let line = TextRange(from, to)
                    #expect(LineCells(input, line: line) == ReferenceLineCells.cells(input, line: line), "\(input[from..<to])")
                    count += 1
                }
            }
        }
        #expect(count > 10_000)
    }

    static let rows: [String] = [
        "", " ", "  ", "\t", "|", "||", "| a | b |", "|---|:---:|", "  | a |  b  |", "\u{0}| a | b", "\u{0}\t| a",
        "Fonds\tIntitulés\tAE 2026\tCP 2026", "\tAE\t\tCP\t", "a\t |b", "Total  1 000 €  2 000 €  ", "  AE   CP  ",
        "é  à\tç", "x\u{C3}  y", "\u{C3} \u{C3}  z", "AE 2026 (TTC)   CP sur AE 2025", "a b c", " a ", "€  €\t€ | €",
    ]

    @Test(arguments: rows) func cutsMadeUpRowsAsBefore(row: String) {
        // Bytes cut inside a scalar too, and the row inside a longer text.
        for bytes in [Array(row.utf8), Array(row.utf8) + [0xC3], [0x0A] + Array(row.utf8) + [0x20, 0x20, 0x0A]] {
            let start = bytes.first == 0x0A ? 1 : 0
            let end = bytes.first == 0x0A ? bytes.count - 3 : bytes.count
            let line = TextRange(start, end)
            #expect(LineCells(bytes, line: line) == ReferenceLineCells.cells(bytes, line: line), "\(bytes)")
        }
    }
}
