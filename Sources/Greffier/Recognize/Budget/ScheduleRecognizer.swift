/// Turns schedules written as prose into tables with columns AE and CP, one row per year:
/// `– 2017 : 296 210 € en AE et 48 105 € en CP ;`, `mettre à disposition en 2021 138 000 € en
/// AE et en CP`, `2021 : AE = CP = 138 000 €`. Consecutive items of one paragraph make one
/// table. A clause that states a ceiling is not a schedule row, and an amount the text does
/// not say is AE or CP (`un cofinancement de 200 000 €`) is no cell.
struct ScheduleRecognizer: Recognizer {
    /// Words that introduce a budget year: `en 2021`, `pour 2021`, `exercice 2021`.
    private static let yearIntroducers: Set<String> = ["en", "pour", "exercice", "annee", "gestion", "de"]
    /// Verbs of putting credits at the délégataire's disposal: a row may then have no year.
    private static let disposalWords: Set<String> = ["disposition", "delegue", "deleguera", "alloue", "allouera", "verse", "versera"]

    private struct Item {
        let clause: Clauses.Clause
        let label: String
        let ae: Amount?
        let cp: Amount?
        let range: TextRange
    }

    /// The words `MeasureTag` reads a measure from (`AE`, `CP`, `autorisations d'engagement`,
    /// `crédits de paiement`): a clause holding none of them states no row (`item` needs an
    /// amount the text says is AE or CP, and `MeasureTag` reads only the clause's tokens).
    static let measureWords = WordTable(["ae", "cp", "autorisation", "autorisations", "credit", "credits"])

    func recognize(_ document: Document, into results: inout Recognitions) {
        var run: [Item] = []
        var previousPosition = -2
        var steps = 0
        // Nearly every clause holds no measure word: it is passed without reading its amounts,
        // which was most of this recognizer's cost.
        // Only those clauses are visited (`forEachHolding`), and a step is one of them.
        document.clauses.forEachHolding(Self.measureWordTokens(document)) { position, clause in
            if document.outOfTime(&steps) { return false }
            guard let item = Self.item(document, clause) else { return true }
            if !run.isEmpty, clause.opensParagraph || position != previousPosition + 1 {
                results.budget.tables.append(Self.table(run))
                run = []
            }
            run.append(item)
            previousPosition = position
            return true
        }
        if !run.isEmpty { results.budget.tables.append(Self.table(run)) }
    }

    private static let measureLeads = LeadLengthWords(measureWords.words)

    /// The indices of the word tokens that are one of `measureWords`, in text order, found
    /// along their lane (`LeadLanes`) and told by their first two folded bytes and length
    /// (`LeadLengthWords`).
    static func measureWordTokens(_ document: Document) -> [Int] {
        let tokens = document.tokens
        let folds = document.folds
        let words = measureLeads
        var found: [Int] = []
        found.reserveCapacity(16)
        folds.forEachToken(in: folds.scan(measureWords.initials)) { index in
            if tokens[index].kind == .word, words.contains(folds, index) { found.append(index) }
        }
        return found
    }

    private static func table(_ items: [Item]) -> BudgetRecognitions.PendingTable {
        BudgetRecognitions.PendingTable(
            origin: .schedule, title: nil,
            columns: [.init(header: "AE", measure: .ae, year: nil), .init(header: "CP", measure: .cp, year: nil)],
            rows: items.map { BudgetTable.Row(label: $0.label, group: nil, isTotal: false, cells: [$0.ae, $0.cp]) },
            range: TextRange(items[0].range.start, items[items.count - 1].range.end))
    }

    /// The schedule row a clause states, if it states one.
    private static func item(_ document: Document, _ clause: Clauses.Clause) -> Item? {
        let tokens = document.tokens
        let start = tokens[clause.first].start
        let end = tokens[clause.end - 1].end
        let amounts = MoneyScanner.amounts(document.bytes, from: start, to: end)
        guard !amounts.isEmpty, CeilingRecognizer.mentions(document, clause).isEmpty else { return nil }
        var ae: Amount?
        var cp: Amount?
        for amount in amounts {
            guard let measure = MeasureTag.of(document, amount, in: clause) else { continue }
            if measure != .cp {
                guard ae == nil else { return nil }
                ae = amount.amount
            }
            if measure != .ae {
                guard cp == nil else { return nil }
                cp = amount.amount
            }
        }
        guard ae != nil || cp != nil else { return nil }
        let label: String
        if let year = year(document, clause) {
            label = String(year)
        } else if (clause.first..<clause.end).contains(where: {
            tokens[$0].kind == .word && disposalWords.contains(document.folded($0))
        }) {
            label = ""
        } else {
            return nil
        }
        return Item(clause: clause, label: label, ae: ae, cp: cp, range: TextRange(start, end))
    }

    /// The clause's year: opening it (`– 2017 :`), or the only one introduced by `en`, `pour`,
    /// `exercice`, `au titre de`.
    private static func year(_ document: Document, _ clause: Clauses.Clause) -> Int? {
        var first = clause.first
        while first < clause.end, Clauses.isBullet(document, first) || document.tokens[first].kind == .lineBreak
            || document.tokens[first].kind == .tab
        {
            first += 1
        }
        if let year = Clauses.year(document, first),
            document.isPunctuation(first + 1, UInt8(ascii: ":")) || document.isPunctuation(first + 1, UInt8(ascii: ","))
                || document.isPunctuation(first + 1, UInt8(ascii: "-")) || document.isSymbol(first + 1, utf8: "–")
        {
            return year
        }
        // Years of dates (`14 octobre 2004`) name no budget year; two others make it unclear.
        var introduced = Set<Int>()
        var all = Set<Int>()
        for index in clause.first..<clause.end {
            guard let year = Clauses.year(document, index),
                !FrenchDateParser.months.keys.contains(document.folded(max(index - 1, 0)))
            else { continue }
            all.insert(year)
            if document.isWord(index - 1, oneOf: Array(yearIntroducers)) { introduced.insert(year) }
        }
        return all.count == 1 && introduced.count == 1 ? introduced.first : nil
    }
}
