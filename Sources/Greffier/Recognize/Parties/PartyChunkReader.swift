/// Reads one party's chunk of the `Entre` block: its name, acronym, representative and address.
enum PartyChunkReader {
    /// What the chunk says of its party, before its role is settled.
    struct Reading: Sendable, Equatable {
        var name: String
        var acronym: String?
        var representative: Party.Representative?
        var address: String?
        var designations: [PartyRole.Designation]
        /// The chunk's tokens and the bytes they cover.
        var chunk: Range<Int>
        var range: TextRange
    }

    static func read(_ document: Document, _ chunk: Range<Int>) -> Reading? {
        guard !chunk.isEmpty else { return nil }
        let tokens = document.tokens
        let start = PartyText.skipArticle(document, chunk.lowerBound, chunk.upperBound)
        let (nameEnd, parenthesized) = nameEnd(document, from: start, in: chunk)
        guard nameEnd > start else { return nil }
        let name = PartyText.clean(document, TextRange(tokens[start].start, tokens[nameEnd - 1].end))
        guard !name.isEmpty else { return nil }
        let designations = PartyRole.designations(document, chunk)
        // `ci-après dénommée « le délégant » ou « la DINUM »`: the first that is not a role.
        let designated = designations.first { $0.role == nil && !$0.otherRole }?.text
        // `isRepresentedBy`'s first-byte test in the walk: a call per token cost more than it.
        let folds = document.folds
        let represented = chunk.first { folds.firstByte($0) == UInt8(ascii: "r") && isRepresentedBy(document, $0) }
        return Reading(
            name: name, acronym: parenthesized ?? designated,
            representative: represented.flatMap { representative(document, at: $0, in: chunk) },
            address: address(document, nameEnd: nameEnd, represented: represented, in: chunk),
            designations: designations, chunk: chunk,
            range: TextRange(tokens[chunk.lowerBound].start, tokens[chunk.upperBound - 1].end))
    }

    /// Where the name stops: at `(DGS)` (returned as the acronym), `représenté(e) par`, `sis(e)`,
    /// `Adresse :`, `désigné(e)`, `ci-après`, the end of its line, or a comma that does not go on
    /// with `de`/`des`/`du`/`d'`/`et` or `ministre` (`Le ministre de l'économie, des finances et
    /// de la relance` and `Le garde des sceaux, ministre de la justice` are one name each: a
    /// minister's offices in apposition; `Le directeur de ..., responsable du programme` stops at
    /// the comma).
    static func nameEnd(_ document: Document, from start: Int, in chunk: Range<Int>) -> (Int, String?) {
        var index = start
        let folds = document.folds
        while index < chunk.upperBound {
            // A name re-wrapped onto the next line goes on there when that line starts lowercase.
            let wrapped = document.tokens[index].kind == .lineBreak && index + 1 < chunk.upperBound
                && document.tokens[index + 1].kind == .word
                && ByteClass.isLower(document.bytes[document.tokens[index + 1].start])
            if document.isLineEnd(index) && !wrapped { return (index, nil) }
            // Each word test asked only of a token with its folded first byte (which each
            // tests first): one load rather than four calls for most tokens of a name.
            let first = folds.firstByte(index)
            let stops = switch first {
            case UInt8(ascii: "r"): isRepresentedBy(document, index)
            case UInt8(ascii: "s"): isSis(document, index)
            case UInt8(ascii: "c"), UInt8(ascii: "d"): PartyRole.isDesignationWord(document, index)
            case UInt8(ascii: "a"): document.isWord(index, literal: "adresse") && document.isPunctuation(index + 1, UInt8(ascii: ":"))
            default: false
            }
            if stops { return (index, nil) }
            if let acronym = parenthesizedAcronym(document, index) { return (index, acronym) }
            if document.isPunctuation(index, UInt8(ascii: ",")), !continuesName(document, document.next(index)) {
                return (index, nil)
            }
            index += 1
        }
        return (index, nil)
    }

    /// `sis`, `sise`: the address follows.
    private static func isSis(_ document: Document, _ index: Int) -> Bool {
        document.foldedFirstByte(index) == UInt8(ascii: "s") && sisWords.contains(document, index)
    }

    /// Tables rather than array literals: a literal was a new array at every token asked.
    private static let sisWords = WordTable(["sis", "sise"])
    private static let nameLinks = WordTable(["de", "des", "du", "et", "ministre"])
    private static let representedWords = WordTable(["represente", "representee", "representes", "representees"])

    private static func continuesName(_ document: Document, _ index: Int) -> Bool {
        nameLinks.contains(document, index)
            || (document.isWord(index, literal: "d") && document.isPunctuation(index + 1, UInt8(ascii: "'")))
    }

    /// `(DGS)`, `(Epide)`: one word starting with a capital, alone in parentheses.
    private static func parenthesizedAcronym(_ document: Document, _ index: Int) -> String? {
        guard document.isPunctuation(index, UInt8(ascii: "(")), document.isPunctuation(index + 2, UInt8(ascii: ")")),
            document.tokens[index + 1].kind == .word,
            LetterCase.isUpper(document.bytes, at: document.tokens[index + 1].start)
        else { return nil }
        return document.text(of: index + 1)
    }

    /// `représenté(e) par` / `Représentée par` at `index`.
    static func isRepresentedBy(_ document: Document, _ index: Int) -> Bool {
        // Asked of every token of a chunk: its first folded letter turns most of them down.
        document.foldedFirstByte(index) == UInt8(ascii: "r")
            && representedWords.contains(document, index)
            && document.isWord(document.next(index), literal: "par")
    }

    // MARK: Representative

    private static let civilities = WordTable(["m", "mme", "mmes", "mm", "monsieur", "madame", "mlle"])

    /// `[M.|Mme] Caroline LE BORGNE, sous-directrice adjointe ...` → name and title;
    /// `le directeur central de ...` → no name, the title without its article.
    static func representative(_ document: Document, at represented: Int, in chunk: Range<Int>) -> Party.Representative? {
        let tokens = document.tokens
        var index = document.next(document.next(represented))
        while index < chunk.upperBound, civilities.contains(document, index) {
            index = document.next(index)
            if document.isPunctuation(index, UInt8(ascii: ".")) { index = document.next(index) }
        }
        guard index < chunk.upperBound else { return nil }
        if PartyText.articleLength(document, at: index) > 0 {
            let titleStart = document.next(index + PartyText.articleLength(document, at: index) - 1)
            let title = text(document, titleStart, titleEnd(document, from: titleStart, in: chunk))
            return title.map { Party.Representative(name: nil, title: $0) }
        }
        // The person's name runs to the first comma, unless the title's end comes first.
        let limit = titleEnd(document, from: index, in: chunk)
        var comma = index
        while comma < limit, !document.isPunctuation(comma, UInt8(ascii: ",")) { comma += 1 }
        guard let name = text(document, index, comma) else { return nil }
        var titleStart = comma < limit ? comma + 1 : limit
        while titleStart < limit, tokens[titleStart].kind == .lineBreak { titleStart += 1 }
        return Party.Representative(name: name, title: text(document, titleStart, limit))
    }

    /// Where a representative's title stops: `, ci-après`, `Ci-après`, `désigné(e)`, `dénommé(e)`,
    /// a role word after a comma (`, délégant`), `, d'une part`, `;`, a blank line, the chunk's end.
    static func titleEnd(_ document: Document, from start: Int, in chunk: Range<Int>) -> Int {
        var index = start
        while index < chunk.upperBound {
            let token = document.tokens[index]
            if token.kind == .blankLine || document.isPunctuation(index, UInt8(ascii: ";"))
                || PartyRole.isDesignationWord(document, index)
            {
                return index
            }
            if document.isPunctuation(index, UInt8(ascii: ",")) {
                let next = document.next(index)
                if PartyRole.role(document, next) != nil || isSide(document, next) { return index }
            }
            index += 1
        }
        return index
    }

    /// `d'une part` / `d'autre part` at `index`.
    private static func isSide(_ document: Document, _ index: Int) -> Bool {
        document.isWord(index, literal: "d") && document.isPunctuation(index + 1, UInt8(ascii: "'"))
            && document.isWord(index + 2, oneOf: ["une", "autre"]) && document.isWord(index + 3, literal: "part")
    }

    /// The cleaned text of tokens `first..<end`, nil when empty.
    private static func text(_ document: Document, _ first: Int, _ end: Int) -> String? {
        guard first < end, end <= document.tokens.count else { return nil }
        let cleaned = PartyText.clean(document, TextRange(document.tokens[first].start, document.tokens[end - 1].end))
        return cleaned.isEmpty ? nil : cleaned
    }

    // MARK: Address

    /// `Adresse : 39-40 quai André Citroën, 79902 Paris Cedex 15` (up to `Représentée`), `sise
    /// 20 avenue de Ségur, 75007 PARIS`, or what stands between the name's comma and `,
    /// représentée` when it holds a five-digit postal code (`Fort de Bicêtre (BP7) 94272, ...`).
    static func address(_ document: Document, nameEnd: Int, represented: Int?, in chunk: Range<Int>) -> String? {
        let stop = max(nameEnd, represented ?? chunk.upperBound)
        for index in nameEnd..<stop {
            var start: Int?
            if document.isWord(index, literal: "adresse"), document.isPunctuation(index + 1, UInt8(ascii: ":")) {
                start = index + 2
            } else if isSis(document, index) {
                start = index + 1
            }
            guard let first = start else { continue }
            var end = first
            while end < stop, !document.isLineEnd(end) { end += 1 }
            return text(document, first, end)
        }
        guard document.isPunctuation(nameEnd, UInt8(ascii: ",")), let represented else { return nil }
        let first = document.next(nameEnd)
        let holdsPostalCode = (first..<represented).contains {
            document.tokens[$0].kind == .number && document.tokens[$0].end - document.tokens[$0].start == 5
        }
        return holdsPostalCode ? text(document, first, represented) : nil
    }
}
