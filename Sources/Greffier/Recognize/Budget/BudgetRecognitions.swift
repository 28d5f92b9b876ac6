/// What the budget recognizers found, in normalized-text ranges, before assembly: tables
/// (laid out or written as prose schedules), ceilings, and the repairs and findings made
/// while reading them.
struct BudgetRecognitions: Sendable {
    /// A value read from damaged text: the text as it stands and what was made of it.
    struct ValueRepair: Sendable, Equatable {
        let range: TextRange
        let raw: String
        let value: String
        let rule: RepairRule
    }

    struct PendingTable: Sendable, Equatable {
        enum Origin: Sendable, Equatable {
            /// Laid out in rows and columns (tabs, pipes, spaces).
            case layout
            /// Written as sentences (`2017 : 296 210 € en AE et 48 105 € en CP ;`).
            case schedule
        }
        let origin: Origin
        let title: String?
        let columns: [BudgetTable.Column]
        let rows: [BudgetTable.Row]
        let range: TextRange
        var findings: [Recognitions.PendingFinding] = []
        var repairs: [ValueRepair] = []
    }

    /// `à concurrence de 400 000 €`, `plafond de dépenses de 400 000 €`, ...
    struct CeilingMention: Sendable, Equatable {
        let amount: Amount
        let range: TextRange
    }

    var tables: [PendingTable] = []
    var ceilings: [CeilingMention] = []
}
