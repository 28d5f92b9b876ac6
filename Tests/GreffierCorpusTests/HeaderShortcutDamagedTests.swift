import Foundation
import Testing

@testable import Greffier

/// The table search's early "no" (`HeaderRow.cannotHead`, `HeaderLineGate`) must never reject
/// a line the full reading (`HeaderRow.read`) takes for a header: checked on every line of
/// every corpus text, clean and damaged as scans damage texts (accents lost, `€` read as `E`,
/// tabs collapsed into spaces, lines rewrapped, page headers and stray marks inserted).
struct HeaderShortcutDamagedTests {
    /// Damaged variants made of each corpus text, per level.
    static let variants = 8

    static func texts() throws -> [String] {
        var texts: [String] = []
        for (position, name) in GoldenCorpusTests.names.enumerated() {
            let text = try String(contentsOf: GoldenCorpusTests.texts.appendingPathComponent(name + ".txt"), encoding: .utf8)
            texts.append(text)
            for level in OCRDamage.Level.allCases {
                for variant in 0..<variants {
                    var damage = OCRDamage(level: level, seed: UInt64(position + 1) * 6_151 + UInt64(variant) * 92_821)
                    texts.append(damage.damage(text))
                }
            }
        }
        return texts
    }

    @Test func shortcutNeverRejectsAHeader() throws {
        var headers = 0
        var rejected = 0
        var lines = 0
        var singleCells = 0
        for text in try Self.texts() {
            let document = Document(bytes: Array(text.utf8))
            for range in LineCells.lines(document) {
                lines += 1
                let header = HeaderRow.read(document.bytes, LineCells(document.bytes, line: range))
                let shortcut = HeaderRow.cannotHead(document.bytes, range)
                if header != nil { headers += 1 }
                if shortcut {
                    rejected += 1
                    #expect(header == nil, "\(document.text(range))")
                }
                // The fast gate answers as its reference does (a long stretch, or no word that
                // may name amounts), on damaged lines too.
                let reference = HeaderRow.hasLongStretch(document.bytes, range)
                    || !ColumnHeader.mayNameAmounts(document.bytes, [range], anyYear: true)
                #expect(shortcut == reference, "\(document.text(range))")
                // A line of one single-spaced cell is that cell, and rejected only when no header.
                if let cell = LineCells.singleCell(document.bytes, line: range) {
                    singleCells += 1
                    #expect(LineCells(document.bytes, line: range).cells == [cell], "\(document.text(range))")
                    if HeaderRow.rejectsSingleCell(document.bytes, cell) {
                        #expect(header == nil, "\(document.text(range))")
                    }
                }
            }
        }
        // Not vacuous: damaged texts still hold headers, and most lines are rejected early.
        #expect(headers > 30)
        #expect(rejected * 2 > lines)
        #expect(singleCells > 1000)
    }
}
