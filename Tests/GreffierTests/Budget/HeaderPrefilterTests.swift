import Foundation
import Testing

@testable import Greffier

/// The table search's cheap rejections must never reject what the full reading accepts:
/// checked on every line of the corpus and on cells made to sit at their edges.
@Suite struct HeaderPrefilterTests {
    static let corpusNames = Hostile.corpusNames

    static let edgeCells: [String] = [
        "AE", "CP", "СР", "\u{410}\u{415}", "Æ", "æs", "Crédits de paiement", "Autorisations d'engagement",
        "Montant (€)", "€", "2026", "2026 TTC", "HT 2025", "25/05/2023", "1949", "2101", "AE2025", "Néant",
        "Total", "TOTAUX", "cumulé", "Dotation", "EUR)", "euros", "Intitulés / application", "il a été convenu",
        "0204-11-08", "Сумма", "Référence", "\u{1F4B6}", "¢", "année 2026",
    ]

    @Test func cellsThatCannotNameAmountsDoNot() {
        var cells = Self.edgeCells
        for name in Self.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for range in LineCells.lines(document) {
                for cell in LineCells(document.bytes, line: range).cells {
                    cells.append(String(decoding: document.bytes[cell.range.start..<cell.range.end], as: UTF8.self))
                }
            }
        }
        #expect(cells.count > 1000)
        for text in cells {
            let bytes = Array(text.utf8)
            let ranges = [TextRange(0, bytes.count)]
            if ColumnHeader(bytes, ranges: ranges).namesAmounts {
                #expect(ColumnHeader.mayNameAmounts(bytes, ranges), "\(text)")
            }
        }
    }

    /// `mentionsEuros` settles a slot on its bytes only when its text holds none of `€`,
    /// `euro`, `eur)`: checked on every corpus cell and on cells made to hold them in any case,
    /// behind look-alike letters or combining marks.
    @Test func cellsThatMentionEurosMayMentionThem() {
        var cells = Self.edgeCells + [
            "EUROS", "(en €)", "Montant (EUR)", "ЕUR)", "Еuro", "eur)", "EuR )", "e u r o", "euro\u{301}",
            "Neutre", "(k€)", "montant en euros", "ur", "UR)",
            // The third byte: `sur`, `ur` at a cell's end, a mark or a space between, look-alikes.
            "CP sur AE 2025", "eur", "EUR", "eu ro", "eur )", "EUR\u{301})", "eur\u{43E}", "\u{435}UR)",
            "\u{415}\u{443}\u{440}o", "EURo", "eUrO", "eur).", "(euR)", "€uro", "euro €",
        ]
        for name in Self.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for range in LineCells.lines(document) {
                for cell in LineCells(document.bytes, line: range).cells {
                    cells.append(String(decoding: document.bytes[cell.range.start..<cell.range.end], as: UTF8.self))
                }
            }
        }
        var mentions = 0
        for text in cells {
            let bytes = Array(text.utf8)
            let range = TextRange(0, bytes.count)
            let full = ColumnHeader(bytes, ranges: [range]).text.lowercased()
            guard full.contains("€") || full.contains("euro") || full.contains("eur)") else { continue }
            mentions += 1
            #expect(HeaderRow.mayMentionEuros(bytes, range), "\(text)")
        }
        #expect(mentions > 10)
    }

    /// A header wrapped onto two lines reads its slot from two ranges, whose text joins them
    /// with a space: bytes that touch across the ranges' boundary make no `euro` in it.
    @Test func wrappedSlotsThatMentionEurosMayMentionThem() {
        let halves = ["e", "eu", "EU", "eur", "ur", "r", "ro", "RO", "o", ")", "o)", "\u{20AC}", "\u{E2}", "AE 2026", "(", "s"]
        var mentions = 0
        for first in halves {
            for second in halves {
                let bytes = Array((first + second).utf8)
                let split = first.utf8.count
                let ranges = [TextRange(0, split), TextRange(split, bytes.count)]
                let full = ColumnHeader(bytes, ranges: ranges).text.lowercased()
                guard full.contains("€") || full.contains("euro") || full.contains("eur)") else { continue }
                mentions += 1
                #expect(ranges.contains { HeaderRow.mayMentionEuros(bytes, $0) }, "\(first) / \(second)")
            }
        }
        #expect(mentions > 3)
    }

    /// Ordinary cells, accented or with numbers, are rejected before any header is built.
    @Test(arguments: ["Néant", "Référence", "Immédiate", "25/05/2023", "0204-11-08", "il a été convenu", "Fonds"])
    func rejectsOrdinaryCells(text: String) {
        let bytes = Array(text.utf8)
        #expect(!ColumnHeader.mayNameAmounts(bytes, [TextRange(0, bytes.count)]))
    }

    @Test func linesThatCannotHeadAreNoHeaders() {
        var headers = 0
        var rejected = 0
        for name in Self.corpusNames {
            let document = Document(bytes: Hostile.corpusText(name))
            for range in LineCells.lines(document) {
                let header = HeaderRow.read(document.bytes, LineCells(document.bytes, line: range))
                if header != nil { headers += 1 }
                if HeaderRow.cannotHead(document.bytes, range) {
                    rejected += 1
                    #expect(header == nil, "\(document.text(range))")
                }
            }
        }
        // Not vacuous: the corpus has headers, and long lines the check rejects.
        #expect(headers > 0)
        #expect(rejected > 0)
    }

    /// Lines made of the edge cells two by two, with each kind of separator: whenever one is a
    /// header, the line test lets it through (a year or a keyword in any cell).
    @Test func linesOfEdgeCellsThatHeadAreKept() {
        var headers = 0
        for first in Self.edgeCells {
            for second in Self.edgeCells {
                for separator in ["\t", "  ", " | "] {
                    let text = first + separator + second
                    let bytes = Array(text.utf8)
                    let line = TextRange(0, bytes.count)
                    guard HeaderRow.read(bytes, LineCells(bytes, line: line)) != nil else { continue }
                    headers += 1
                    #expect(!HeaderRow.cannotHead(bytes, line), "\(text)")
                }
            }
        }
        #expect(headers > 100)
    }

    /// A stretch of 102 bytes without a separator may hold a cell of 100 once a space at each
    /// end is trimmed; one of 103 may not.
    @Test func longStretchesCannotHead() {
        func cannotHead(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return HeaderRow.hasLongStretch(bytes, TextRange(0, bytes.count))
        }
        let a = { (count: Int) in String(repeating: "a", count: count) }
        #expect(!cannotHead(a(102)))
        #expect(cannotHead(a(103)))
        #expect(cannotHead(" " + a(101) + " "))
        #expect(cannotHead("AE  " + a(103)))
        #expect(!cannotHead(a(60) + "  " + a(60) + "\t" + a(60) + "|" + a(60)))
        #expect(!cannotHead(a(60) + " " + a(41)))
        // The line test as a whole: a short line naming no amount cannot head either.
        let prose = Array("il a été convenu ce qui suit".utf8)
        #expect(HeaderRow.cannotHead(prose, TextRange(0, prose.count)))
        let header = Array("Intitulés\tAE 2026".utf8)
        #expect(!HeaderRow.cannotHead(header, TextRange(0, header.count)))
    }
}
