/// Finds when the act applies: its start (`prend effet à la date de signature` → signature;
/// `à compter de la date de la dernière signature` → last signature; `à compter du 1er
/// janvier 2020`; an instruction's `Date d'application : 01/01/2017`), its end (`Elle est
/// conclue jusqu'au 31 décembre 2018`, `prend fin ... le 31 décembre 2026`) and how far it may
/// be extended (`reconductible ... pour une période qui ne peut excéder le 30 juin 2027`).
struct PeriodRecognizer: Recognizer {
    /// How many tokens a clause may run from its verb to its date.
    private static let clauseWindow = 40
    /// The words that open a clause below: most words are rejected by their first letter.
    private enum Opener: String, CaseIterable { case prend, date, conclue, valable, reconductible }
    private static let openerCases = Opener.allCases
    static let openers = WordTable(openerCases.map(\.rawValue))
    /// The words after which a clause's date is read (`WordTable` answers as `isWord(_:oneOf:)`).
    static let untilMarker = WordTable(["jusqu"])
    static let extensionMarkers = WordTable(["exceder", "jusqu"])

    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        var period = PeriodFindings()
        var steps = 0
        // The table read once, not through the global's accessor at each word.
        let openers = Self.openers
        for index in document.tokens(startingWithOneOf: openers.initials) where tokens[index].kind == .word {
            if document.outOfTime(&steps) { break }
            // The word first, what is still missing after: testing an optional date copies it,
            // which cost more than the word test when done at every word.
            guard let position = openers.firstIndex(walked: index, document) else { continue }
            switch Self.openerCases[position] {
            case .prend:
                if document.isWord(document.next(index), literal: "effet") {
                    if period.startsOn == nil, period.start == nil {
                        startClause(document, from: document.next(index), into: &period, results: &results)
                    }
                } else if document.isWord(document.next(index), literal: "fin"), period.end == nil {
                    period.end = dateAfter(document, from: index, marker: nil, window: Self.clauseWindow, results: &results)
                }
            case .date:
                if document.isWord(index + 1, literal: "d"), document.isPunctuation(index + 2, UInt8(ascii: "'")),
                    document.isWord(index + 3, literal: "application"), period.start == nil
                {
                    var at = index + 4
                    while at < tokens.count, tokens[at].kind == .tab || document.isPunctuation(at, UInt8(ascii: ":")) { at += 1 }
                    period.start = DateFinding.read(document, at: at, into: &results)?.0
                }
            case .conclue, .valable:
                if period.end == nil {
                    period.end = dateAfter(document, from: index, marker: Self.untilMarker, window: 8, results: &results)
                }
            case .reconductible:
                if period.extendableUntil == nil {
                    period.extendableUntil = dateAfter(document, from: index, marker: Self.extensionMarkers,
                                                       window: Self.clauseWindow, results: &results)
                }
            }
        }
        if !period.isEmpty { results.period = period }
    }

    /// After `prend effet`: the signature condition, or `à compter du <date>`, in the sentence.
    private func startClause(_ document: Document, from start: Int, into period: inout PeriodFindings,
                             results: inout Recognitions)
    {
        var index = start
        var sawLast = false
        var steps = 0
        while index < document.tokens.count, steps < 16, !document.isPunctuation(index, UInt8(ascii: ".")),
            document.tokens[index].kind != .blankLine
        {
            if document.isWord(index, literal: "derniere") { sawLast = true }
            if document.isWord(index, literal: "signature") {
                period.startsOn = sawLast ? .lastSignature : .signature
                return
            }
            if document.isWord(index, literal: "du"), let (date, _) = DateFinding.read(document, at: document.next(index), into: &results) {
                period.start = date
                return
            }
            index = document.next(index)
            steps += 1
        }
    }

    /// The first date after `marker` (or after the verb when no marker is needed), within the
    /// clause: never past a new article.
    private func dateAfter(_ document: Document, from start: Int, marker: WordTable?, window: Int,
                           results: inout Recognitions) -> DateFinding?
    {
        var index = start + 1
        var armed = marker == nil
        var steps = 0
        while index < document.tokens.count, steps < window {
            if document.isWord(index, literal: "article") { return nil }
            if let marker, marker.contains(document, index) { armed = true }
            if armed, let (date, _) = DateFinding.read(document, at: index, into: &results) { return date }
            index += 1
            steps += 1
        }
        return nil
    }
}
