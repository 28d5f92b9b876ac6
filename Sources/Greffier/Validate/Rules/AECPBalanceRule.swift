/// `budget.ae-cp-mismatch`: over the act's whole schedule the CP do not reach the AE, or
/// exceed them; commitments are paid within the act's life.
struct AECPBalanceRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        guard let schedule = Schedule(record.budget), schedule.ae != schedule.cp else { return [] }
        let verdict = schedule.cp < schedule.ae ? "n'atteignent pas" : "dépassent"
        return [Finding(
            .budgetAECPMismatch,
            text: "sur l'échéancier, les CP (\(schedule.cp.frenchText)) \(verdict) les AE (\(schedule.ae.frenchText))",
            span: schedule.span)]
    }
}
