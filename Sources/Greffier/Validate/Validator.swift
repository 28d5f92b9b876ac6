/// A check over an assembled record; each rule is one small type with its own tests.
protocol ValidationRule: Sendable {
    func findings(for record: DocumentRecord) -> [Finding]
}

/// A check that compares the record with the text itself (a name spelled two ways).
protocol TextValidationRule: Sendable {
    func findings(for record: DocumentRecord, in document: Document, span: (TextRange) -> Span) -> [Finding]
}

/// Runs every rule over a record and appends their findings.
public enum Validator {
    static let textRules: [any TextValidationRule] = [
        NameVariantRule(),
    ]

    static let rules: [any ValidationRule] = [
        RepairedValueRule(),
        ColumnTotalRule(),
        RowTotalRule(),
        AECPBalanceRule(),
        CeilingRule(),
        ProgrammeCodeRule(),
        NORYearRule(),
        DateOrderRule(),
        SignatureDateRule(),
        MissingRoleRule(),
        PostalCodeRule(),
    ]

    public static func validate(_ record: inout DocumentRecord) {
        for rule in rules {
            record.findings += rule.findings(for: record)
        }
    }

    /// The record rules, then the rules that read the text as well. A record cut short by its
    /// time budget (`complete` false) only gets the findings of its own values: rules that
    /// compare parts (totals, roles, dates) would report parts that were never read.
    static func validate(_ record: inout DocumentRecord, document: Document, map: OffsetMap, complete: Bool = true) {
        guard complete else {
            record.findings += RepairedValueRule().findings(for: record)
            return
        }
        validate(&record)
        let span = { (range: TextRange) in Span(start: map.originalOffset(range.start), end: map.originalOffset(range.end)) }
        for rule in textRules {
            record.findings += rule.findings(for: record, in: document, span: span)
        }
    }
}
