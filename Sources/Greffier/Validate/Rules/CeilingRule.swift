/// `budget.ceiling-mismatch`: the stated ceiling differs from the schedule's AE or CP total.
struct CeilingRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        guard let ceiling = record.budget.ceiling, let schedule = Schedule(record.budget) else { return [] }
        var result: [Finding] = []
        for (measure, total) in [("AE", schedule.ae), ("CP", schedule.cp)] where total != ceiling {
            result.append(Finding(
                .budgetCeilingMismatch,
                text: "le plafond indiqué est de \(ceiling.frenchText), le total des \(measure) de l'échéancier vaut \(total.frenchText)",
                span: schedule.span))
        }
        return result
    }
}
