/// `ocr.repaired`: one finding per repaired value, pointing at the damaged text, so that a
/// reader checking findings sees every value that is not what the text literally shows.
struct RepairedValueRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        record.repairs.map { repair in
            Finding(
                .ocrRepaired,
                "« \(repair.raw.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎")) » a été lu « \(repair.value) » (règle \(repair.rule.rawValue))",
                span: repair.span)
        }
    }
}
