import Testing

@testable import Greffier

/// `TableRowReader.isPlaceholder` as it was: the cell folded into a string, looked for among
/// the placeholders as strings (equal characters).
enum ReferencePlaceholderCell {
    static func isPlaceholder(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        let text = Folding.fold(bytes, range.start, range.end)
        return ["-", "–", "—", "/", "neant", "sans objet", "n/a", "pm", "p.m."].contains(text)
    }
}

/// The placeholder test on bytes answers as the string one: on every placeholder written in
/// capitals, accented, with a `-⏎` inside or Kelvin-sign and look-alike letters, and on every
/// short stretch of the awkward inputs.
@Suite struct PlaceholderCellTests {
    static let written: [String] = TableRowReader.placeholderTexts + [
        "NÉANT", "Néant", "Sans Objet", "sans  objet", "N/A", "P.M.", "PM", "p.m", "—", "–", "−", "‐", "-\n  ", "né-\nant",
        "\u{212A}", "n\u{301}eant", "ne\u{301}ant", "s\u{0430}ns objet", "pm.", " pm", "0", "12", "-1", "0-", "", "ﬁ", "Œ",
    ]

    @Test(arguments: written)
    func writtenCells(_ text: String) {
        let bytes = Array(text.utf8)
        let range = TextRange(0, bytes.count)
        #expect(TableRowReader.isPlaceholder(bytes, range) == ReferencePlaceholderCell.isPlaceholder(bytes, range))
    }

    @Test func everyShortStretch() {
        let tried = AwkwardInputs.forEachStretch(lengths: Array(0...12), longStep: 7) { input, start, end in
            let range = TextRange(start, end)
            #expect(TableRowReader.isPlaceholder(input, range) == ReferencePlaceholderCell.isPlaceholder(input, range))
        }
        #expect(tried > 100_000)
    }
}
