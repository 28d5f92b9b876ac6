/// A date found in a role (the act's date, its signature, its period), with its range and
/// its repair if it was read from damaged text.
struct DateFinding: Sendable, Equatable {
    let date: CalendarDate
    let range: TextRange
    let repair: PendingRepair?

    /// Nil when no date is written at `index`; an impossible date (`31 février 2020`) is
    /// reported as a `date.invalid` finding and gives nil too.
    static func read(_ document: Document, at index: Int, into results: inout Recognitions) -> (DateFinding, Int)? {
        guard let match = FrenchDateParser.match(document, at: index) else { return nil }
        guard let date = match.date else {
            // Several roles may look at the same date: report it once.
            guard !results.findings.contains(where: { $0.code == .dateInvalid && $0.range == match.range }) else {
                return nil
            }
            results.findings.append(
                .init(code: .dateInvalid,
                      message: "la date « \(document.text(match.range)) » n'existe pas ; elle n'est pas retenue",
                      range: match.range))
            return nil
        }
        let repair = match.repair.map { PendingRepair(raw: document.text(match.range), rule: $0) }
        return (DateFinding(date: date, range: match.range, repair: repair), match.next)
    }
}

/// What the heading says: the act's title, its own date and its internal reference.
struct HeadingFindings: Sendable, Equatable {
    var title: String?
    var titleRange: TextRange?
    var date: DateFinding?
    var reference: String?
    /// The heading line's first word, as `HeadingLine.find` gave it to `KindRecognizer` (which
    /// runs first): `HeadingRecognizer` takes it with `kind` rather than reading the head again.
    var lineFirst: Int?
}

/// `Fait à Paris, le 14/04/2021`.
struct SignatureFinding: Sendable, Equatable {
    var date: DateFinding?
    var place: String?
    let range: TextRange
}

/// When the act applies.
struct PeriodFindings: Sendable, Equatable {
    var start: DateFinding?
    var startsOn: Period.StartCondition?
    var end: DateFinding?
    var extendableUntil: DateFinding?

    var isEmpty: Bool { start == nil && startsOn == nil && end == nil && extendableUntil == nil }
}
