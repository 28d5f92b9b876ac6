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
        var steps = 0
        // A ceiling is read at a head only (`mentions`), its amount at number tokens only: a
        // clause without either states none. The heads are found once along their lane; most
        // clauses hold none, and are passed before their tokens are read for a number.
        // Only those clauses are visited (`forEachHolding`), and a step is one of them.
        document.clauses.forEachHolding(Self.headTokens(document)) { _, clause in
            if document.outOfTime(&steps) { return false }
            guard Clauses.hasNumber(clause, document.tokens) else { return true }
            let mentions = Self.mentions(document, clause)
            if !mentions.isEmpty { results.budget.ceilings += mentions }
            return true
        }
    }

    /// The word tokens that are one of the heads, in text order (`LeadLengthWords`).
    static func headTokens(_ document: Document) -> [Int] {
        let tokens = document.tokens
        let folds = document.folds
        let words = headWords
        var found: [Int] = []
        folds.forEachToken(in: folds.scan(heads.initials)) { index in
            if tokens[index].kind == .word, words.contains(folds, index) { found.append(index) }
        }
        return found
    }

    /// The ceilings a clause states, each once.
    static func mentions(_ document: Document, _ clause: Clauses.Clause) -> [BudgetRecognitions.CeilingMention] {
        var found: [BudgetRecognitions.CeilingMention] = []
        var ends = Set<Int>()
        var verbs = VerbSearch()
        let heads = Self.heads  // read once, not through the global's accessor at every word
        // The tokens that may be a head, found by their lane (`LeadLanes`): testing the kind and
        // the initials of every token of every clause with a number cost more than the rest. The
        // walk stops at the clause's end: run on to the next head, it made this quadratic.
        let scan = document.folds.scan(heads.initials)
        var index = document.folds.next(from: clause.first, before: clause.end, in: scan)
        while index < clause.end {
            defer { index = document.folds.next(from: index + 1, before: clause.end, in: scan) }
            guard document.tokens[index].kind == .word, let head = heads.firstIndex(document, index),
                let (from, window) = trigger(document, index, headCases[head], clause, &verbs),
                let amount = firstAmount(document, from: from, window: window, clause: clause),
                Self.isNewEnd(amount.end, found, &ends)
            else { continue }
            found.append(.init(amount: amount.amount, range: TextRange(document.tokens[index].start, amount.end)))
        }
        return found
    }

    /// Whether no mention of `found` ends at `end` (each ceiling is found once). The ends are
    /// those of `found`, looked through while they are few: a set built for the first mention
    /// of a clause cost thousands of instructions; past `endsScanned` mentions they are kept in
    /// `ends`, so that a clause of thousands of mentions is not read again at each.
    static func isNewEnd(_ end: Int, _ found: [BudgetRecognitions.CeilingMention], _ ends: inout Set<Int>) -> Bool {
        if ends.isEmpty {
            guard found.count >= endsScanned else { return !found.contains { $0.range.end == end } }
            ends = Set(found.map(\.range.end))
        }
        return ends.insert(end).inserted
    }

    static let endsScanned = 32

    /// The next amount verb after a `montant total`, remembered across the clause: triggers come
    /// in text order, so the search only moves forward and the clause is read once however many
    /// `montant total` it repeats.
    struct VerbSearch {
        /// Everything before `searchedUpTo` has been looked at; `verb` is the first verb found
        /// at or after where the last search started.
        var searchedUpTo = 0
        var verb: Int?

        mutating func first(atOrAfter start: Int, _ document: Document, _ clause: Clauses.Clause) -> Int? {
            if let verb, verb >= start { return verb }
            var index = max(start, searchedUpTo)
            while index < clause.end,
                !(document.tokens[index].kind == .word && amountVerbs.contains(document.folded(index)))
            {
                index += 1
            }
            searchedUpTo = index
            verb = index < clause.end ? index : nil
            return verb
        }
    }

    /// The words each ceiling phrase turns on: almost every token is rejected by the table
    /// (its first two letters), before any phrase is tried.
    private enum Head: String, CaseIterable {
        case concurrence, plafond, plafonds, plafonne, plafonnee, plafonnes, plafonnees, limite, montant
    }
    private static let headCases = Head.allCases
    private static let heads = WordTable(headCases.map(\.rawValue))
    private static let headWords = LeadLengthWords(headCases.map(\.rawValue))
    static var headInitials: Initials { heads.initials }

    /// Where to look for the amount after a ceiling phrase at `index`, and how many tokens far.
    private static func trigger(_ document: Document, _ index: Int, _ head: Head, _ clause: Clauses.Clause,
                                _ verbs: inout VerbSearch) -> (Int, Int)? {
        switch head {
        case .concurrence:
            if document.isWord(index - 1, literal: "a"), document.isWord(index + 1, literal: "de") || document.isWord(index + 1, literal: "d") {
                return (index + 1, 6)
            }
        case .plafond, .plafonds:
            return (index + 1, 8)
        case .plafonne, .plafonnee, .plafonnes, .plafonnees:
            return (index + 1, 4)
        case .limite:
            if document.isWord(index - 1, literal: "la"), document.isWord(index - 2, literal: "dans") {
                return (index + 1, 5)
            }
        case .montant:
            let next = index + 1
            if document.isWord(next, literal: "total") || document.isWord(next, literal: "global")
                || document.isWord(next, literal: "maximal") || document.isWord(next, literal: "maximum")
                || document.isWord(next, literal: "totale")
            {
                return verbs.first(atOrAfter: index + 2, document, clause).map { ($0 + 1, 5) }
            }
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
