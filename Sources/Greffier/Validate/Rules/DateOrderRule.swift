/// `date.order`: the period ends before the act's date or its signature, or may only be
/// extended to a date before its end.
struct DateOrderRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        guard let period = record.period else { return [] }
        var result: [Finding] = []
        let span = record.signature?.span
        if let end = period.end {
            if let date = record.date, end < date {
                result.append(Finding(.dateOrder, text: "la convention prend fin le \(end), avant la date de l'acte (\(date))", span: span))
            } else if let signed = record.signature?.date, end < signed {
                result.append(Finding(.dateOrder, text: "la convention prend fin le \(end), avant sa signature (\(signed))", span: span))
            }
            if let start = period.start, end < start {
                result.append(Finding(.dateOrder, text: "la convention prend fin le \(end), avant de prendre effet (\(start))", span: span))
            }
            if let until = period.extendableUntil, until < end {
                result.append(Finding(.dateOrder, text: "la reconduction est limitée au \(until), avant la fin prévue (\(end))", span: span))
            }
        }
        return result
    }
}
