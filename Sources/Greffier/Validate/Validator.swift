/// A check over an assembled record; each rule is one small type with its own tests.
protocol ValidationRule: Sendable {
    func findings(for record: DocumentRecord) -> [Finding]
}

/// Runs every rule over a record and appends their findings.
public enum Validator {
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
    ]

    public static func validate(_ record: inout DocumentRecord) {
        for rule in rules {
            record.findings += rule.findings(for: record)
        }
    }
}
