@testable import Greffier

/// `HeaderRow.read` as it was before it read only the text of the cuts that cannot name
/// amounts: a whole `ColumnHeader` for every cut of the line.
enum ReferenceHeaderRowRead {
    static func read(_ bytes: [UInt8], _ line: LineCells) -> HeaderRow? {
        guard !line.isBlank, line.cells.allSatisfy({ $0.range.end - $0.range.start <= HeaderRow.maximumCellBytes }),
            line.layout != .pipes || !line.isSeparator(bytes)
        else { return nil }
        var cuts: [HeaderRow.Slot] = []
        for (index, cell) in line.cells.enumerated() {
            if line.layout == .spaces, let parts = HeaderSplitter.columns(bytes, cell) {
                for part in parts {
                    cuts.append(.init(ranges: [part.range], cellIndex: cuts.count, column: part.column, endColumn: part.endColumn))
                }
            } else if line.layout == .spaces, line.cells.count < 2 {
                return nil
            } else if line.layout == .spaces {
                cuts.append(.init(ranges: [cell.range], cellIndex: cuts.count, column: cell.column, endColumn: cell.endColumn))
            } else {
                cuts.append(.init(ranges: [cell.range], cellIndex: index, column: cell.column, endColumn: cell.endColumn))
            }
        }
        guard cuts.contains(where: { ColumnHeader.mayNameAmounts(bytes, $0.ranges) }),
            MoneyScanner.amounts(bytes, from: line.line.start, to: line.line.end).isEmpty
        else { return nil }
        let headers = cuts.map { ColumnHeader(bytes, ranges: $0.ranges) }
        guard headers.allSatisfy({ HeaderRow.wordCount($0.text) <= 12 }),
            let first = headers.firstIndex(where: \.namesAmounts),
            !cuts.contains(where: { isBareNumber(bytes, $0.ranges[0]) })
        else { return nil }
        let amountIndices = cuts.indices.filter { $0 >= first && headers[$0].namesAmounts }
        return HeaderRow(layout: line.layout, lines: [line.line], labels: Array(cuts[..<first]),
                         amounts: amountIndices.map { cuts[$0] }, amountHeaders: amountIndices.map { headers[$0] })
    }

    private static func isBareNumber(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        guard let parsed = AmountParser.cell(bytes, from: range.start, to: range.end) else { return false }
        return ColumnHeader.year(DraftRow.collapsed(bytes, range)) == nil || parsed.hasMarker
    }
}
