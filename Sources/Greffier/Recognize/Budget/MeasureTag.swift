/// Whether the text says an amount is AE, CP, or both: `296 210 € en AE`, `48 105 € en CP`,
/// `138 000 € en AE et en CP`, `AE = CP = 138 000 €`, `AE : 296 210 €`, `d'AE`,
/// `en autorisations d'engagement`, `en crédits de paiement`.
enum MeasureTag {
    static func of(_ document: Document, _ amount: AmountParser.Parsed, in clause: Clauses.Clause)
        -> BudgetTable.Column.Measure?
    {
        // Binary searches, not scans from the clause's start: a clause may hold thousands of
        // amounts (a table without punctuation), and each would rescan it.
        let first = document.firstToken(startingAtOrAfter: amount.start, in: clause.first..<clause.end)
        guard first < clause.end else { return nil }
        let after = document.firstToken(startingAtOrAfter: amount.end, in: first..<clause.end)
        return following(document, after, clause) ?? preceding(document, first, clause)
    }

    /// `en AE et en CP`, `en AE`, `d'AE`, `en crédits de paiement` after the amount.
    private static func following(_ document: Document, _ index: Int, _ clause: Clauses.Clause) -> BudgetTable.Column.Measure? {
        var current = index
        // Literal words (`Document.isWord(_:literal:)`): the `String` form was left out of line,
        // retaining and releasing the folds at each call.
        guard current < clause.end,
            document.isWord(current, literal: "en") || document.isWord(current, literal: "d")
                || document.isWord(current, literal: "de")
        else { return nil }
        current += document.isPunctuation(current + 1, UInt8(ascii: "'")) ? 2 : 1
        guard let (measure, next) = word(document, current) else { return nil }
        // `en AE et en CP`, `en AE et CP`, `en AE/CP`, `en AE = CP`.
        var joined = next
        if document.isWord(joined, literal: "et") || document.isPunctuation(joined, UInt8(ascii: "/"))
            || document.isPunctuation(joined, UInt8(ascii: "="))
        {
            joined += 1
            if document.isWord(joined, literal: "en") { joined += 1 }
            if let (other, _) = word(document, joined), other != measure { return .aeCp }
        }
        return measure
    }

    /// `AE = CP =`, `AE et CP :`, `AE :`, `CP =`, `AE` just before the amount.
    private static func preceding(_ document: Document, _ index: Int, _ clause: Clauses.Clause) -> BudgetTable.Column.Measure? {
        var current = index - 1
        if document.isPunctuation(current, UInt8(ascii: ":")) || document.isPunctuation(current, UInt8(ascii: "=")) {
            current -= 1
        }
        guard current >= clause.first, let measure = measureWord(document, current) else { return nil }
        // `AE = CP =`, `AE et CP :`, `AE/CP :`.
        var other = current - 1
        if document.isPunctuation(other, UInt8(ascii: "=")) || document.isWord(other, literal: "et")
            || document.isPunctuation(other, UInt8(ascii: "/"))
        {
            other -= 1
            if other >= clause.first, let second = measureWord(document, other), second != measure { return .aeCp }
        }
        return measure
    }

    /// `AE`, `CP`, `autorisations d'engagement`, `crédits de paiement` at `index`; the measure
    /// and the index after it.
    private static func word(_ document: Document, _ index: Int) -> (BudgetTable.Column.Measure, Int)? {
        if let measure = measureWord(document, index) { return (measure, index + 1) }
        if document.isWord(index, literal: "autorisation") || document.isWord(index, literal: "autorisations"),
            document.isWord(index + 1, literal: "d"),
            document.isPunctuation(index + 2, UInt8(ascii: "'")), document.isWord(index + 3, literal: "engagement")
        {
            return (.ae, index + 4)
        }
        if document.isWord(index, literal: "credit") || document.isWord(index, literal: "credits"),
            document.isWord(index + 1, literal: "de"),
            document.isWord(index + 2, literal: "paiement") || document.isWord(index + 2, literal: "paiements")
        {
            return (.cp, index + 3)
        }
        return nil
    }

    private static func measureWord(_ document: Document, _ index: Int) -> BudgetTable.Column.Measure? {
        if document.isWord(index, literal: "ae") { return .ae }
        if document.isWord(index, literal: "cp") { return .cp }
        return nil
    }
}
