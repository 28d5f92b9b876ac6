/// Title, dates, signature and period: the act's `date` is its heading's, else its signature's.
extension Assembler {
    func assembleHeading(_ found: Recognitions, into record: inout DocumentRecord, repairs: inout [(TextRange, Repair)]) {
        func keep(_ finding: DateFinding?) -> CalendarDate? {
            guard let finding else { return nil }
            if let repair = finding.repair, !repairs.contains(where: { $0.0 == finding.range }) {
                repairs.append((finding.range, makeRepair(finding.range, finding.date.description, repair)))
            }
            return finding.date
        }
        record.title = found.heading.title
        record.reference = found.heading.reference
        let headingDate = keep(found.heading.date)
        if let signature = found.signature {
            record.signature = Signature(date: keep(signature.date), place: signature.place, span: span(signature.range))
        }
        record.date = headingDate ?? record.signature?.date
        let period = found.period
        if !period.isEmpty {
            record.period = Period(start: keep(period.start), startsOn: period.startsOn,
                                   end: keep(period.end), extendableUntil: keep(period.extendableUntil))
        }
    }
}
