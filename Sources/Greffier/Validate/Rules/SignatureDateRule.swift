/// `date.signature-mismatch`: the heading's date and the `Fait le` date differ (the act's
/// `date` is its heading's when it has one, so a difference means both were written).
struct SignatureDateRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        guard let date = record.date, let signature = record.signature, let signed = signature.date, signed != date
        else { return [] }
        return [Finding(
            .dateSignatureMismatch,
            text: "l'acte est daté du \(date) dans son titre mais signé le \(signed)",
            span: signature.span)]
    }
}
