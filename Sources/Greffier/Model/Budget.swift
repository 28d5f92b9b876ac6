/// The AE/CP amounts of an act: its ceiling and its tables.
public struct Budget: Sendable, Equatable {
    public var ceiling: Amount?
    public var tables: [BudgetTable]
    public init(ceiling: Amount? = nil, tables: [BudgetTable] = []) {
        self.ceiling = ceiling
        self.tables = tables
    }
}

/// A table of amounts; `cells` of each row align with `columns` (label columns excluded).
public struct BudgetTable: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public enum Measure: String, Sendable {
            case ae, cp, aeCp, total
        }
        public let header: String
        public let measure: Measure?
        public let year: Int?
    }
    public struct Row: Sendable, Equatable {
        public let label: String
        public let group: String?
        public let isTotal: Bool
        public let cells: [Amount?]
    }
    public let title: String?
    public let columns: [Column]
    public let rows: [Row]
    public let span: Span
}
