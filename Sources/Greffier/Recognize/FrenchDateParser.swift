/// Reads a French date starting at a token: `14 octobre 2004`, `1er janvier 2020`, `Du 04 mai
/// 2018`, `14/04/2021`, `6-10-2020`; and the OCR forms seen in real texts: `20 aofit 2025`,
/// `20 aott 2025` (août), `1¢` / `1 er` (1er), lost accents (`fevrier`, `decembre`, `aout`).
/// Never a date out of a code or an amount: `0204-11-08`, `12-129-FA17`, `2025 185000 €`.
enum FrenchDateParser {
    static let months: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
        "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]
    /// Month names as OCR misreads them (`û` read as `fi`, `ii`, `t`...).
    static let damagedMonths: [String: Int] = [
        "aofit": 8, "aott": 8, "aoiit": 8, "aofut": 8, "aoft": 8, "aoat": 8,
        "fevner": 2, "fevrler": 2, "decernbre": 12, "novernbre": 11, "septernbre": 9,
    ]
    /// Both lists' names, the clean ones first, looked up on the stored folds (a string made of
    /// each month token and hashed cost more than the rest of reading the date), and the month
    /// of each.
    /// In one value, reached through one global accessor per date rather than three.
    private struct MonthTable: Sendable {
        let names = WordTable(months.keys.sorted() + damagedMonths.keys.sorted())
        let numbers = months.keys.sorted().compactMap { months[$0] } + damagedMonths.keys.sorted().compactMap { damagedMonths[$0] }
        /// How many of `names` are clean: those after are damaged.
        let clean = months.count
    }
    private static let monthTable = MonthTable()

    /// A date as written: its value (nil when the day does not exist, `31 février 2020`),
    /// the token index just past it, its range, and how it was repaired if it was.
    struct Match: Sendable, Equatable {
        let date: CalendarDate?
        let next: Int
        let range: TextRange
        let repair: RepairRule?
    }

    /// The date starting at token `index`, valid or not, or nil when no date is written there.
    static func match(_ document: Document, at index: Int) -> Match? {
        let tokens = document.tokens
        guard index < tokens.count else { return nil }
        if let numeric = matchNumeric(document, at: index) { return numeric }
        guard let (day, afterDay, dayRepaired) = self.day(document, at: index) else { return nil }
        let monthIndex = document.next(afterDay - 1)
        guard monthIndex < tokens.count, tokens[monthIndex].kind == .word else { return nil }
        var repair: RepairRule? = dayRepaired ? .dateOCR : nil
        let table = monthTable
        guard let name = table.names.firstIndex(document, monthIndex) else { return nil }
        let month = table.numbers[name]
        if name >= table.clean { repair = .dateOCR }
        let yearIndex = document.next(monthIndex)
        guard yearIndex < tokens.count, tokens[yearIndex].kind == .number,
            tokens[yearIndex].end - tokens[yearIndex].start == 4
        else { return nil }
        let year = number(document, yearIndex)
        guard (1000...2999).contains(year), !followsAsDigit(document, yearIndex) else { return nil }
        return Match(date: CalendarDate(year: year, month: month, day: day), next: yearIndex + 1,
                     range: TextRange(tokens[index].start, tokens[yearIndex].end), repair: repair)
    }

    /// A valid date at `index` and the index past it (invalid and absent dates alike give nil).
    static func parse(_ document: Document, at index: Int) -> (CalendarDate, Int)? {
        guard let found = match(document, at: index), let date = found.date else { return nil }
        return (date, found.next)
    }

    /// The folded lead of `1er` and `1e`: `1 | e << 8`.
    private static let lead1e = UInt16(UInt8(ascii: "1")) | UInt16(UInt8(ascii: "e")) << 8

    /// Day number: `14`, `04`, `1er`, and OCR `1 er` / `1¢`; the index past it; repaired or not.
    private static func day(_ document: Document, at index: Int) -> (Int, Int, Bool)? {
        let tokens = document.tokens
        // Both words fold to a lead of `1e` (`FoldedTokens.lead`): most days are numbers, turned
        // down by it without a call.
        if document.folds.lead(index) == Self.lead1e {
            if document.isWord(index, literal: "1er") { return (1, index + 1, false) }
            // OCR `1¢` (the `¢` is read as a letter, so the token is one word).
            if document.isWord(index, literal: "1e"), document.text(of: index).hasSuffix("¢") { return (1, index + 1, true) }
        }
        guard tokens[index].kind == .number, tokens[index].end - tokens[index].start <= 2,
            case let value = number(document, index), (1...31).contains(value),
            // Glued to a word or number before it, it is part of a code, not a day. A line
            // break or tab touching it is no glue: `du` / `19 septembre 2012`, `Date\t14 mai 2012`.
            !(index > 0 && tokens[index - 1].end == tokens[index].start
                && (tokens[index - 1].kind == .word || tokens[index - 1].kind == .number))
        else { return nil }
        if value == 1, index + 1 < tokens.count {
            if document.isWord(index + 1, literal: "er") { return (1, index + 2, true) }
            if document.isSymbol(index + 1, utf8: "¢"), tokens[index + 1].start == tokens[index].end {
                return (1, index + 2, true)
            }
        }
        return (value, index + 1, false)
    }

    /// A digit glued after the year (`20255`) means it was no year.
    private static func followsAsDigit(_ document: Document, _ index: Int) -> Bool {
        let next = index + 1
        guard next < document.tokens.count else { return false }
        return document.tokens[next].start == document.tokens[index].end && document.tokens[next].kind == .number
    }

    /// `14/04/2021`, `6-10-2020`: day, month, 4-digit year, one separator, written without
    /// spaces. A first part of more than two digits (`0204-11-08`) is no day.
    private static func matchNumeric(_ document: Document, at index: Int) -> Match? {
        let tokens = document.tokens
        guard index + 4 < tokens.count, tokens[index].kind == .number,
            tokens[index].end - tokens[index].start <= 2,
            tokens[index + 2].kind == .number, tokens[index + 2].end - tokens[index + 2].start <= 2,
            tokens[index + 4].kind == .number, tokens[index + 4].end - tokens[index + 4].start == 4
        else { return nil }
        for position in index + 1...index + 4 where tokens[position].start != tokens[position - 1].end {
            return nil
        }
        let separator = document.bytes[tokens[index + 1].start]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-"),
            document.isPunctuation(index + 1, separator), document.isPunctuation(index + 3, separator)
        else { return nil }
        // Not inside a longer code: nothing glued before the day or after the year.
        if index > 0, tokens[index - 1].end == tokens[index].start,
            tokens[index - 1].kind == .word || tokens[index - 1].kind == .number || document.isPunctuation(index - 1, separator)
        {
            return nil
        }
        if index + 5 < tokens.count, tokens[index + 5].start == tokens[index + 4].end,
            tokens[index + 5].kind == .word || tokens[index + 5].kind == .number || document.isPunctuation(index + 5, separator)
        {
            return nil
        }
        let day = number(document, index), month = number(document, index + 2), year = number(document, index + 4)
        guard (1...31).contains(day), (1...12).contains(month) else { return nil }
        return Match(date: CalendarDate(year: year, month: month, day: day), next: index + 5,
                     range: TextRange(tokens[index].start, tokens[index + 4].end), repair: nil)
    }

    /// The value of number token `index` (ASCII digits only, the tokenizer makes no other; at
    /// most four here): what `Int` of its text gives, without making the text.
    private static func number(_ document: Document, _ index: Int) -> Int {
        let token = document.tokens[index]
        var value = 0
        for position in token.start..<token.end { value = value * 10 + Int(document.bytes[position] &- 0x30) }
        return value
    }
}
