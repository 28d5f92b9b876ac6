import Foundation

@testable import Greffier

/// Records for rule tests: corpus texts as published, and edited to break one rule.
enum RuleFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func corpusText(_ name: String) -> String {
        let url = root.appendingPathComponent("corpus/texts/\(name).txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// The record of a corpus text, with `edits` (find → replace, each required to apply) made first.
    static func record(_ name: String, editing edits: [(String, String)] = []) -> DocumentRecord {
        var text = corpusText(name)
        for (find, replace) in edits {
            precondition(text.contains(find), "edit does not apply: \(find)")
            text = text.replacingOccurrences(of: find, with: replace)
        }
        return Greffier.extract(bytes: Array(text.utf8), path: name)
    }

    static func codes(_ findings: [Finding]) -> [FindingCode] { findings.map(\.code) }

    static let span = Span(start: 0, end: 1)

    static func amount(_ euros: Int64, cents: Int64 = 0) -> Amount { Amount(cents: euros * 100 + cents) }

    static func table(_ measures: [BudgetTable.Column.Measure?], rows: [(String, Bool, [Amount?])]) -> BudgetTable {
        BudgetTable(
            title: nil,
            columns: measures.enumerated().map { BudgetTable.Column(header: "col\($0.offset)", measure: $0.element, year: nil) },
            rows: rows.map { BudgetTable.Row(label: $0.0, group: nil, isTotal: $0.1, cells: $0.2) },
            span: span)
    }

    static func record(budget: Budget) -> DocumentRecord {
        var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: 0, encoding: .utf8))
        record.budget = budget
        return record
    }
}
