/// A budget table row as read, before the amounts whose column the layout does not give are
/// placed (see `MissingCells`).
struct DraftRow: Sendable, Equatable {
    /// Character columns `[start, end)` of a cell's text within its line.
    struct Extent: Sendable, Equatable {
        let start: Int
        let end: Int
        func overlaps(_ other: Extent) -> Bool { start < other.end && other.start < end }
    }

    /// An amount of a row that has fewer amounts than the table has columns.
    struct Lone: Sendable, Equatable {
        let amount: AmountParser.Parsed
        let extent: Extent
    }

    let label: String
    let group: String?
    let isTotal: Bool
    /// One per amount column.
    var cells: [Amount?]
    /// Where each placed amount stands (rows of space-aligned tables).
    var extents: [Extent?]
    /// Amounts not yet placed: the row has fewer than the table has columns and its layout
    /// (single spaces) does not say which columns they fill.
    var lone: [Lone] = []
    /// Columns whose cell the line lacks altogether (a tab row shorter than its header).
    var absentColumns: [Int] = []
    let line: TextRange
    var repairs: [BudgetRecognitions.ValueRepair] = []
    /// Whether one of its amounts carries a currency marker.
    var marked = false

    var isComplete: Bool { lone.isEmpty && cells.allSatisfy { $0 != nil } }

    /// `TOTAL`, `Total général`, `Sous-total`, `Totaux`.
    static func isTotalLabel(_ label: String) -> Bool {
        let bytes = Array(label.utf8)
        let folded = Folding.fold(bytes, 0, bytes.count)
        return folded.hasPrefix("total") || folded.hasPrefix("sous-total") || folded.hasPrefix("sous total")
            || folded.hasPrefix("montant total")
    }

    /// Text with its runs of spaces and tabs collapsed to one space.
    static func collapsed(_ bytes: [UInt8], _ range: TextRange) -> String {
        precondition(range.start <= range.end && range.start >= 0 && range.end <= bytes.count, "a label is within the text")
        // Written straight into the string's storage (repaired as `String(decoding:)` repairs):
        // an array grown byte by byte, then copied, cost more than the collapse. No more bytes
        // are written than read.
        return bytes.withUnsafeBufferPointer { text in
            String(unsafeUninitializedCapacity: range.end - range.start) { out in
                var count = 0
                for index in range.start..<range.end {
                    let byte = text[index]
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                        if count > 0, out[count - 1] != 0x20 {
                            out[count] = 0x20
                            count += 1
                        }
                    } else {
                        out[count] = byte
                        count += 1
                    }
                }
                while count > 0, out[count - 1] == 0x20 { count -= 1 }
                return count
            }
        }
    }

    /// The character column of offsets in the line starting at `lineStart`, asked in increasing
    /// order along the line and each counted on from the last: a row of thousands of amounts
    /// would otherwise recount its line from the start for each one.
    struct ColumnCursor {
        private let bytes: [UInt8]
        private let lineStart: Int
        private var offset: Int
        private var count = 0

        init(_ bytes: [UInt8], lineStart: Int) {
            self.bytes = bytes
            self.lineStart = lineStart
            offset = lineStart
        }

        mutating func column(at target: Int) -> Int {
            // Behind the cursor (never in a row's left-to-right reading): count again.
            if target < offset {
                offset = lineStart
                count = 0
            }
            while offset < target {
                offset += bytes[offset] < 0x80 ? 1 : max(1, Letters.scalarLength(bytes[offset]))
                count += 1
            }
            return count
        }
    }
}
