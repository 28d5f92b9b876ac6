/// Reads a French date starting at a token: `14 octobre 2004`, `1er janvier 2020`,
/// `14/04/2021`. Minimal on purpose: the legal references need it; the full date recognizer
/// with OCR forms builds on it.
enum FrenchDateParser {
    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]

    /// The date starting at token `index` and the index just past it, or nil.
    static func parse(_ document: Document, at index: Int) -> (CalendarDate, Int)? {
        let tokens = document.tokens
        guard index < tokens.count else { return nil }
        if let numeric = parseNumeric(document, at: index) { return numeric }
        // Day: a number, or `1er`.
        var day: Int?
        if tokens[index].kind == .number {
            day = Int(document.text(of: index))
        } else if document.isWord(index, "1er") {
            day = 1
        }
        guard let dayValue = day, (1...31).contains(dayValue), tokens[index].end - tokens[index].start <= 3
        else { return nil }
        let monthIndex = document.next(index)
        guard monthIndex < tokens.count, tokens[monthIndex].kind == .word,
            let month = months[document.folded(monthIndex)]
        else { return nil }
        let yearIndex = document.next(monthIndex)
        guard yearIndex < tokens.count, tokens[yearIndex].kind == .number,
            tokens[yearIndex].end - tokens[yearIndex].start == 4,
            let year = Int(document.text(of: yearIndex)),
            let date = CalendarDate(year: year, month: month, day: dayValue)
        else { return nil }
        return (date, yearIndex + 1)
    }

    /// `14/04/2021` (day, slash, month, slash, 4-digit year).
    private static func parseNumeric(_ document: Document, at index: Int) -> (CalendarDate, Int)? {
        let tokens = document.tokens
        guard index + 4 < tokens.count,
            tokens[index].kind == .number, document.isPunctuation(index + 1, UInt8(ascii: "/")),
            tokens[index + 2].kind == .number, document.isPunctuation(index + 3, UInt8(ascii: "/")),
            tokens[index + 4].kind == .number,
            tokens[index + 4].end - tokens[index + 4].start == 4,
            // The parts must touch: `14/04/2021`, not `14 / 04 / 2021` spread over a table.
            tokens[index + 1].start == tokens[index].end, tokens[index + 4].start == tokens[index + 3].end,
            let day = Int(document.text(of: index)), let month = Int(document.text(of: index + 2)),
            let year = Int(document.text(of: index + 4)),
            let date = CalendarDate(year: year, month: month, day: day)
        else { return nil }
        return (date, index + 5)
    }
}
