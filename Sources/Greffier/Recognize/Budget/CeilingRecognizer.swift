/// Finds the act's ceiling, the most it lets be spent: `La DINSIC est tenue à ses obligations à
/// concurrence de 400 000 €`, `dans la limite d'un plafond de dépenses de 400 000 € en AE et en
/// CP`, `dans la limite de 400 000 €`, `le montant total de la délégation s'élève à 400 000 €`.
/// An amount only mentioned is not a ceiling (`obtient un cofinancement de 200 000 €`,
/// `dont 15 000 € en coaching`, `une enveloppe à hauteur de 200 000 €`).
struct CeilingRecognizer: Recognizer {
    /// Verbs that give the amount of a `montant total` (folded: `s'élève` → `eleve`).
    private static let amountVerbs: Set<String> = [
        "eleve", "elevant", "fixe", "arrete", "exceder", "depasser", "plafonne", "est", "atteint",
    ]

    func recognize(_ document: Document, into results: inout Recognitions) {
        for clause in Clauses(document).clauses {
            results.budget.ceilings += Self.mentions(document, clause)
        }
    }

    /// The ceilings a clause states, each once.
    static func mentions(_ document: Document, _ clause: Clauses.Clause) -> [BudgetRecognitions.CeilingMention] {
        var found: [BudgetRecognitions.CeilingMention] = []
        for index in clause.first..<clause.end where document.tokens[index].kind == .word {
            guard let (from, window) = trigger(document, index, clause),
                let amount = firstAmount(document, from: from, window: window, clause: clause),
                !found.contains(where: { $0.range.end == amount.end })
            else { continue }
            found.append(.init(amount: amount.amount, range: TextRange(document.tokens[index].start, amount.end)))
        }
        return found
    }

    /// Where to look for the amount after a ceiling phrase at `index`, and how many tokens far.
    private static func trigger(_ document: Document, _ index: Int, _ clause: Clauses.Clause) -> (Int, Int)? {
        if document.isWord(index, "concurrence"), document.isWord(index - 1, "a"),
            document.isWord(index + 1, "de") || document.isWord(index + 1, "d")
        {
            return (index + 1, 6)
        }
        if document.isWord(index, oneOf: ["plafond", "plafonds"]) { return (index + 1, 8) }
        if document.isWord(index, oneOf: ["plafonne", "plafonnee", "plafonnes", "plafonnees"]) { return (index + 1, 4) }
        if document.isWord(index, "limite"), document.isWord(index - 1, "la"), document.isWord(index - 2, "dans") {
            return (index + 1, 5)
        }
        if document.isWord(index, "montant"),
            document.isWord(index + 1, oneOf: ["total", "global", "maximal", "maximum", "totale"])
        {
            var verb = index + 2
            while verb < clause.end, !(document.tokens[verb].kind == .word && amountVerbs.contains(document.folded(verb))) {
                verb += 1
            }
            return verb < clause.end ? (verb + 1, 5) : nil
        }
        return nil
    }

    /// The first amount starting within `window` tokens from `from`, inside the clause.
    static func firstAmount(_ document: Document, from: Int, window: Int, clause: Clauses.Clause) -> AmountParser.Parsed? {
        let tokens = document.tokens
        let limit = clause.end < tokens.count ? tokens[clause.end].start : document.bytes.count
        var index = from
        var counted = 0
        while index < clause.end, counted < window {
            // Line breaks and stray marks of a scan do not count.
            if tokens[index].kind != .lineBreak, !document.isPunctuation(index, UInt8(ascii: "'")) { counted += 1 }
            if tokens[index].kind == .number,
                let amount = MoneyScanner.amount(document.bytes, at: tokens[index].start, limit: limit)
            {
                return amount
            }
            index += 1
        }
        return nil
    }
}
