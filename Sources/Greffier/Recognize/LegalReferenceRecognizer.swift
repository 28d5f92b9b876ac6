/// Finds the texts an act cites: `décret n° 2004-1085 du 14 octobre 2004`, `décret no
/// 2004-1085`, `décret n®2004-1085`, `arrêté du 4 mai 2012 modifié`, `circulaire du Premier
/// ministre 5608/SG du 19 septembre 2012`, `circulaire NOR BCRB1124995C, du 21 octobre 2011`.
/// A mention with neither number nor date (`décret susvisé`) is not a reference, and the act's
/// own heading (`INSTRUCTION N° ... du 25 mai 2023` opening the text) is not one either.
struct LegalReferenceRecognizer: Recognizer {
    static let triggers: [(word: String, type: LegalReference.Kind)] = [
        ("decret", .decret), ("arrete", .arrete), ("loi", .loi),
        ("circulaire", .circulaire), ("instruction", .instruction),
    ]
    /// The triggers' words, looked up at every word of the text.
    static let triggerWords = WordTable(triggers.map(\.word))
    /// Words after which a date no longer belongs to the reference's own head.
    static let stopWords = [
        "relatif", "relative", "relatifs", "relatives", "portant", "pris", "prise", "modifiant",
        "pour", "fixant", "instituant", "concernant", "vise", "susvise", "et", "ou",
    ]
    /// The stop words looked up on the stored folds: a set of strings asked for each probed
    /// word's folded text as a new string and its hash (`LegalReferenceRecognizerTests` checks
    /// both answer alike on every corpus word).
    static let stopTable = WordTable(stopWords)
    /// Words that mark a number (`no`, `numéro`, `NOR`), as a table rather than a new array
    /// at each mention. All open with `n`, tested before the table is reached.
    static let numberMarks = WordTable(["no", "numero", "nor"])
    /// How many tokens after the number (or the trigger) `du <date>` may stand
    /// (`circulaire CCPB2100712C de gestion budgétaire du plan de relance du 11 janvier 2021`).
    private static let dateWindow = 16
    /// `du`'s folded lead (`FoldedTokens.lead`: its two bytes, `d | u << 8`), tested before the
    /// word itself.
    private static let duLead = UInt16(UInt8(ascii: "d")) | UInt16(UInt8(ascii: "u")) << 8

    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        let bodyStart = HeadingArea.bodyStart(document)
        var steps = 0
        // The table read once, not through the global's accessor (and copied) at each word:
        // most words walked are `de` and `des`, turned down by their length.
        let table = Self.triggerWords
        for index in document.tokens(startingWithOneOf: table.initials) where tokens[index].kind == .word {
            if document.outOfTime(&steps) { return }
            guard let position = table.firstIndex(walked: index, document) else { continue }
            let type = Self.triggers[position].type
            if document.startsLine(index), tokens[index].start < bodyStart { continue }
            if let mention = parse(document, type: type, at: index) {
                // Room for a few at the first, not regrown one mention at a time.
                if results.legalReferences.isEmpty { results.legalReferences.reserveCapacity(16) }
                results.legalReferences.append(mention)
            }
        }
    }

    static func type(_ document: Document, _ index: Int) -> LegalReference.Kind? {
        // Most words are rejected by their first letter before any comparison.
        guard let position = triggerWords.firstIndex(document, index) else { return nil }
        return triggers[position].type
    }

    /// Whether the `NOR` at `index` numbers a cited act (`circulaire NOR BCRB1124995C`).
    static func isCitationLabel(_ document: Document, norAt index: Int) -> Bool {
        type(document, index - 1) != nil
    }

    private func parse(_ document: Document, type: LegalReference.Kind, at trigger: Int)
        -> Recognitions.LegalReferenceMention?
    {
        let tokens = document.tokens
        var index = document.next(trigger)
        // `du Premier ministre` may come before the number.
        let second = document.next(index)
        if Self.isDu(document, index), document.isWord(second, literal: "premier"),
            document.isWord(document.next(second), literal: "ministre")
        {
            index = document.next(document.next(second))
        }
        index = skipNumberMarks(document, index)
        var number: String?
        var end = tokens[trigger].end
        if let (found, last) = readNumber(document, at: index) {
            number = found
            end = tokens[last].end
            index = document.next(last)
        }
        var date: CalendarDate?
        var probe = index
        var steps = 0
        // The tables read once per mention, not through their globals' accessors at each word.
        let (triggerWords, stopTable) = (Self.triggerWords, Self.stopTable)
        while probe < tokens.count, steps < Self.dateWindow {
            let token = tokens[probe]
            // Only a word can be a trigger (`WordTable` turns down other tokens): no call for the rest.
            if token.kind == .blankLine || token.kind == .word && triggerWords.contains(document, probe) { break }
            if token.kind == .punctuation, !Self.passesThrough(document.bytes[token.start]) { break }
            if token.kind == .word, stopTable.contains(document, probe) { break }
            if Self.isDu(document, probe), let (found, next) = FrenchDateParser.parse(document, at: document.next(probe))
            {
                date = found
                end = tokens[next - 1].end
                break
            }
            // Without a number, only a short issuer (`DGFIP`) may stand before the date.
            if number == nil, steps >= 3 { break }
            probe = document.next(probe)
            steps += 1
        }
        guard number != nil || date != nil else { return nil }
        return .init(type: type, number: number, date: date, range: TextRange(tokens[trigger].start, end))
    }

    /// Whether token `index` is the word `du`: its fold's lead (two bytes, no call) first, as
    /// most tokens asked are other words.
    @inline(__always)
    private static func isDu(_ document: Document, _ index: Int) -> Bool {
        document.folds.lead(index) == duLead && document.isWord(index, literal: "du")
    }

    /// Punctuation that may stand between a number and its date: a comma
    /// (`NOR X, du 21 octobre 2011`), annotations `(A)`, markdown links `[n° 2023-373](#)`.
    private static func passesThrough(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "#"):
            true
        default: false
        }
    }

    /// Skips `n°`, `no`, `n®`, `numéro`, `NOR`, a markdown `[`, even repeated (`n° n°`).
    private func skipNumberMarks(_ document: Document, _ start: Int) -> Int {
        var index = start
        while index < document.tokens.count {
            // `n` folds to a lead of one byte, `n` (`FoldedTokens.lead`), tested before the word.
            if document.folds.lead(index) == UInt16(UInt8(ascii: "n")), document.isWord(index, literal: "n"),
                document.isSymbol(index + 1, utf8: "°") || document.isSymbol(index + 1, utf8: "®")
            {
                index = document.next(index + 1)
            } else if document.folds.firstByte(index) == UInt8(ascii: "n") && Self.numberMarks.contains(document, index)
                || document.isPunctuation(index, UInt8(ascii: "["))
            {
                index = document.next(index)
            } else {
                break
            }
        }
        return index
    }

    /// A reference number: `2004-1085`, `2020-871`, `5608/SG`, or a NOR (`BCRB1124995C`);
    /// returns it with the index of its last token. Its parts are written without spaces.
    private func readNumber(_ document: Document, at index: Int) -> (String, Int)? {
        let tokens = document.tokens
        guard index < tokens.count else { return nil }
        // A NOR is twelve bytes (`NOR.isValid`): no string is made for other words.
        // Its shape read on the bytes first: the text is made only for a NOR.
        if tokens[index].kind == .word, NOR.isValid(document.bytes, tokens[index].start, tokens[index].end) {
            return (document.text(of: index), index)
        }
        guard tokens[index].kind == .number || tokens[index].kind == .word else { return nil }
        // Parts joined without spaces by `-` or `/`: `2004-1085`, `5608/SG`, and the
        // services' own numbering `SGMCAS/DNS/2023/92`, `DGOS/R1/2021/12`.
        var last = index
        var slashes = 0
        while last + 2 < tokens.count, tokens[last + 1].start == tokens[last].end,
            tokens[last + 2].start == tokens[last + 1].end,
            tokens[last + 2].kind == .number || tokens[last + 2].kind == .word
        {
            if document.isPunctuation(last + 1, UInt8(ascii: "/")) {
                slashes += 1
            } else if !document.isPunctuation(last + 1, UInt8(ascii: "-")) {
                break
            }
            last += 2
        }
        guard last > index else { return nil }
        let text = document.text(TextRange(tokens[index].start, tokens[last].end))
        // OCR glues the mark to the number when `°` is read as `o`: `no2012-1246`.
        if tokens[index].kind == .word, slashes == 0, let glued = Self.unglued(text) { return (glued, last) }
        // A number opening with a word is a service's numbering only with slashes: `A-12` is not one.
        if tokens[index].kind == .word, slashes == 0 { return nil }
        return (text, last)
    }
}

extension LegalReferenceRecognizer {
    /// `no2012-1246` → `2012-1246`: a number mark glued to a year-hyphen-sequence number.
    static func unglued(_ text: String) -> String? {
        guard text.hasPrefix("no") || text.hasPrefix("No") else { return nil }
        let rest = text.dropFirst(2)
        let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return String(rest)
    }
}

/// Where the act's heading ends and its body begins: the first line opening with `Vu`,
/// `Entre`, `Article`, `Préambule`, `Considérant` or `Il est convenu`. Mentions before that
/// in first position of their line are the act's own title, not citations.
enum HeadingArea {
    static let bodyWords = ["vu", "entre", "article", "preambule", "considerant", "il", "conclue", "contexte"]
    static let bodyInitials = Initials(bodyWords)

    static func bodyStart(_ document: Document) -> Int {
        for index in document.tokens(startingWithOneOf: bodyInitials) where document.tokens[index].kind == .word {
            if document.startsLine(index), document.isWord(index, oneOf: bodyWords) {
                return document.tokens[index].start
            }
        }
        return document.bytes.count
    }
}
