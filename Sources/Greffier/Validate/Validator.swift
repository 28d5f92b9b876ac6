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
    /// A rule of either kind, in the order their findings come out (kept stable from release
    /// to release, so that records can be compared line by line).
    enum Rule: Sendable {
        case record(any ValidationRule)
        case text(any TextValidationRule)
    }

    static let rules: [Rule] = [
        .record(RepairedValueRule()),
        .record(ColumnTotalRule()),
        .record(RowTotalRule()),
        .record(AECPBalanceRule()),
        .record(CeilingRule()),
        .record(ProgrammeCodeRule()),
        .record(NORYearRule()),
        .record(DateOrderRule()),
        .record(SignatureDateRule()),
        .text(MissingRoleRule()),
        .record(PostalCodeRule()),
        .record(SuspectLetterRule()),
        .text(NameVariantRule()),
    ]

    /// The rules that read the record alone (those that read the text too are left out).
    public static func validate(_ record: inout DocumentRecord) {
        for case .record(let rule) in rules {
            record.findings += rule.findings(for: record)
        }
    }

    /// Every rule, in order. A record cut short by its time budget (`complete` false) only
    /// gets the findings of its own values: rules that compare parts (totals, roles, dates)
    /// would report parts that were never read.
    static func validate(_ record: inout DocumentRecord, document: Document, map: OffsetMap, complete: Bool = true) {
        guard complete else {
            record.findings += RepairedValueRule().findings(for: record)
            return
        }
        let span = { (range: TextRange) in Span(start: map.originalOffset(range.start), end: map.originalOffset(range.end)) }
        // `rules` in order, each rule called by its type rather than through the list's
        // existentials: each call copied the record and the rule out of its box (~1 M
        // instructions over 400 documents). Collected apart, then appended once.
        // Read through one copy: the rules borrow it, where each call copied the inout record.
        let read = record
        var found: [Finding] = []
        // Most rules find nothing: an empty list is not appended (the generic append cost ~280
        // instructions even so), and the first list found is taken whole.
        func add(_ findings: [Finding]) {
            if found.isEmpty { found = findings } else if !findings.isEmpty { found += findings }
        }
        add(RepairedValueRule().findings(for: read))
        add(ColumnTotalRule().findings(for: read))
        add(RowTotalRule().findings(for: read))
        add(AECPBalanceRule().findings(for: read))
        add(CeilingRule().findings(for: read))
        add(ProgrammeCodeRule().findings(for: read))
        add(NORYearRule().findings(for: read))
        add(DateOrderRule().findings(for: read))
        add(SignatureDateRule().findings(for: read))
        add(MissingRoleRule().findings(for: read, in: document, span: span))
        add(PostalCodeRule().findings(for: read))
        add(SuspectLetterRule().findings(for: read))
        add(NameVariantRule().findings(for: read, in: document, span: span))
        if record.findings.isEmpty { record.findings = found } else if !found.isEmpty { record.findings += found }
    }
}
