import Testing

@testable import Greffier

/// The one-pass line test answers exactly as its two tests read separately, on every line of
/// the corpus and on lines made to put keywords, years, `€`, look-alike letters and long
/// stretches at every place.
@Suite struct HeaderLineGateTests {
    static func reference(_ bytes: [UInt8], _ line: TextRange) -> Bool {
        HeaderRow.hasLongStretch(bytes, line) || !ColumnHeader.mayNameAmounts(bytes, [line], anyYear: true)
    }

    @Test func agreesOnEveryCorpusLine() {
        var lines = 0
        var kept = 0
        for name in HeaderPrefilterTests.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for range in LineCells.lines(document) {
                lines += 1
                let gate = HeaderLineGate.cannotHead(document.bytes, range)
                if !gate { kept += 1 }
                #expect(gate == Self.reference(document.bytes, range), "\(document.text(range))")
            }
        }
        #expect(lines > 1000)
        #expect(kept > 0)
    }

    /// The table search judges all the lines of a text at once (one set-up, buffers reused
    /// from line to line): the answers are those of each line judged alone.
    @Test func judgesAllLinesAsEachAlone() {
        for name in HeaderPrefilterTests.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            let ranges = LineCells.lines(document)
            let together = HeaderLineGate.cannotHead(document.bytes, lines: ranges)
            #expect(together.count == ranges.count)
            #expect(together == ranges.map { Self.reference(document.bytes, $0) }, "\(name)")
        }
        // Made-up lines side by side: a word with a fold (`Crédits`) before others.
        let text = Array("Crédits 2026\nmœntant de\nΑΕ2026\nla la\n\nTotal".utf8)
        let ranges = LineCells.lines(Document(bytes: text))
        #expect(HeaderLineGate.cannotHead(text, lines: ranges) == ranges.map { Self.reference(text, $0) })
    }

    static let pieces: [String] = [
        "AE", "cp", "CP2025", "2025AE", "2026", "1949", "20260", "Montant", "montants", "€", "–", "’",
        "СР", "Æ", "Crédits", "crédit", "Néant", "de", "la", "TTC", "HT", "a1b2", "ae2", "Δ", "¢",
        "İ", "ß", "Æs", "cRÉDITS", "DOTATİON", "ÉUROS", "paiemènt", "€uro", "\u{20AD}", "\u{E2}",
        String(repeating: "x", count: 50), String(repeating: "é", count: 30), "|", "\t", "  ", " ",
        // Folds of two letters, folds near the keywords' 32-byte limit, look-alikes with digits.
        "mœntant", "Mœntant", "cumulé", "Cumulè", "totæ", "ÆS", "Œ", "ΑΕ2026", "СР2025", "Сp",
        "dotatioñ", "crédité", "é" + String(repeating: "a", count: 29), String(repeating: "œ", count: 16),
        "montañt", "2026é", "é2026", "ÿ",
        // Words and runs crossing eight-byte boundaries.
        "abcdefgmontant", "xxxxxxx2026", "xxxxxxxxxxxxxxxAE", "credits2026x", "abcdefgh€", "abcdefghé",
        // Latin-1 letters without an ASCII fold, and the two Latin-1 signs that are no letters.
        "ßotal", "Þae", "ðp", "cð", "to×tal", "AE÷CP", "×", "÷", "Ðotation", "æs", "crédîts",
    ]

    @Test func agreesOnMadeUpLines() {
        var kept = 0
        var count = 0
        for first in Self.pieces {
            for second in Self.pieces {
                for third in ["", " convention", String(repeating: "y", count: 60), "  AE", " " + String(repeating: "z", count: 110)] {
                    for text in [first + " " + second + third, third + second + first, first + second + third + first] {
                        let bytes = Array(text.utf8)
                        let line = TextRange(0, bytes.count)
                        let gate = HeaderLineGate.cannotHead(bytes, line)
                        if !gate { kept += 1 }
                        count += 1
                        #expect(gate == Self.reference(bytes, line), "\(text)")
                    }
                }
            }
        }
        #expect(count > 10000)
        #expect(kept > 1000)
    }

    /// The sixteen- and eight-byte stretch scan answers as the byte one, with separators and
    /// spaces at every offset around its boundaries, inside lines that start anywhere (lines
    /// long enough for several sixteen-byte turns before and after the separator).
    @Test func stretchScanAgreesAtEveryOffset() {
        var count = 0
        for separator in ["\t", "|", "  ", " ", "x"] {
            // 117, 133, 149: a pair of spaces across a sixteen-byte turn's start, with the
            // stretch after it long enough to tell (found by review); 165, 197: the same across
            // a thirty-two-byte turn.
            for length in [100, 101, 102, 103, 104, 110, 117, 120, 133, 135, 149, 160, 165, 197, 230] {
                for position in 0...length {
                    for offset in 0..<3 {
                        var text = String(repeating: "-", count: offset) + String(repeating: "a", count: length)
                        let index = text.index(text.startIndex, offsetBy: offset + position)
                        text.insert(contentsOf: separator, at: index)
                        let bytes = Array(text.utf8) + Array("  ".utf8)
                        let line = TextRange(offset, bytes.count - (offset == 1 ? 0 : 2))
                        let fast = bytes.withUnsafeBufferPointer { HeaderLineGate.hasLongStretch($0, line) }
                        #expect(fast == HeaderRow.hasLongStretch(bytes, line), "\(separator) \(length) \(position) \(offset)")
                        count += 1
                    }
                }
            }
        }
        #expect(count > 3000)
    }

    /// A line inside a larger text: its neighbours' bytes are not read as its own.
    @Test func readsOnlyItsLine() {
        let text = Array("AE 2026\n  de la convention  \n€".utf8)
        // Empty lines too (blank lines, settled first): at the start, beside `AE`, at the end.
        for (start, end) in [(0, 7), (8, 28), (29, text.count), (10, 12), (0, 0), (3, 3), (7, 7), (text.count, text.count)] {
            let line = TextRange(start, end)
            #expect(HeaderLineGate.cannotHead(text, line) == Self.reference(text, line))
        }
        #expect(HeaderLineGate.cannotHead([], TextRange(0, 0)) == Self.reference([], TextRange(0, 0)))
    }
}
