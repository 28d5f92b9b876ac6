import Testing

@testable import Greffier

/// `TableLines.header` settles lines of one single-spaced cell without cutting them into
/// cells: `LineCells.singleCell` must be the cell `LineCells` cuts, and a line
/// `HeaderRow.rejectsSingleCell` rejects must be one `HeaderRow.read` finds no header on.
@Suite struct SingleCellShortcutTests {
    /// Checks one line; whether the shortcut settled it.
    @discardableResult
    static func check(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        guard let cell = LineCells.singleCell(bytes, line: line) else { return false }
        let cells = LineCells(bytes, line: line)
        #expect(cells.layout == .spaces, "\(line)")
        #expect(cells.cells == [cell], "\(line)")
        guard HeaderRow.rejectsSingleCell(bytes, cell) else { return false }
        #expect(HeaderRow.read(bytes, cells) == nil, "\(line)")
        return true
    }

    @Test func agreesOnEveryCorpusLine() {
        var settled = 0
        for document in Hostile.corpusDocuments() {
            for line in LineCells.lines(document) where Self.check(document.bytes, line) { settled += 1 }
        }
        #expect(settled > 1000)
    }

    static let made: [String] = [
        "", " ", "  ", "AE CP", " AE CP", "AE CP ", "AE  CP", "AE\tCP", "| AE | CP |", " | AE", "AE | CP",
        "AE et CP 2026", "Montant total", "Total CP 2026 sur AE 2025", "Fonds Intitulés AE CP", "СР 2026",
        "Article 3 : le montant est de 2026", "AE2025 CP2025", "2025 2026", "Crédits de paiement",
        "autorisations d'engagement", "AE CP \u{E9}", String(repeating: "AE ", count: 40), "AE CP  ",
        "AE CP |", "\u{A0}AE CP", "ae (ttc)", "€ 2026", "Exercice 2026 AE CP",
    ]

    @Test func agreesOnMadeUpLines() {
        var settled = 0
        var kept = 0
        for text in Self.made {
            for prefix in ["", "x\n", "AE\n"] {
                let bytes = Array((prefix + text + "\nsuite").utf8)
                let start = prefix.utf8.count
                if Self.check(bytes, TextRange(start, start + text.utf8.count)) { settled += 1 } else { kept += 1 }
            }
        }
        #expect(settled > 10)
        #expect(kept > 10)
    }

    /// The byte-by-byte reading `LineCells.isSingleCell` replaced (NUL stood for "no visible
    /// byte yet").
    static func singleCellByBytes(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        var firstVisible: UInt8 = 0
        var previous: UInt8 = 0
        for index in line.start..<line.end {
            let byte = bytes[index]
            if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return false }
            if firstVisible == 0, byte != 0x20 { firstVisible = byte }
            previous = byte
        }
        return firstVisible != UInt8(ascii: "|")
    }

    /// A tab, a pair of spaces, a space, a pipe or NULs at every place of lines of every length
    /// around the thirty-two- and sixteen-byte turns, the line starting at several offsets and followed by
    /// spaces or not: the turns answer as the byte-by-byte reading (found by review: a NUL
    /// before the pipe once did not).
    @Test(arguments: [[0x09], [0x20, 0x20], [0x20], [0x7C], [0x20, 0x7C], [0x00, 0x7C], [0x00, 0x00, 0x20, 0x7C]] as [[UInt8]])
    func turnsAnswerAsTheByteReading(separator: [UInt8]) {
        var checked = 0
        for length in 0..<100 {
            for offset in 0..<3 {
                for position in 0...length {
                    var body = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    body.insert(contentsOf: separator, at: position)
                    for after: [UInt8] in [[], [0x20], [0x20, 0x20, 0x61]] {
                        let bytes = [UInt8](repeating: 0x20, count: offset) + body + after
                        let line = TextRange(offset, offset + body.count)
                        #expect(LineCells.isSingleCell(bytes, line) == Self.singleCellByBytes(bytes, line), "\(bytes) \(line)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
