/// Finds where and when the act was signed: `Fait le 7 avril 2026.`, `Fait à Paris, le
/// 14/04/2021`, `Fait le F 24 août 2017` (a stray character before the day), and the
/// `Date de signature\t25/05/2023` row of an instruction's summary table.
struct SignatureRecognizer: Recognizer {
    static let initials = Initials(["fait", "date"])

    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        let bytes = document.bytes
        // The document's deadline as `outOfTime` reads it, read once: `Document` holds a clock
        // instant, a type of the standard library whose layout is only known at run time, so
        // reading a field of it inside the loop asked for its type metadata at every word.
        let deadline = document.deadline
        var steps = 0
        for index in document.tokens(startingWithOneOf: Self.initials) where tokens[index].kind == .word {
            if deadline.expired(&steps) { return }
            // Cheap tests first, each implied by the full one: an uppercase ASCII first byte
            // that folds to `f` is `F`; an ASCII first byte that folds to `d` is `d` or `D`; a
            // token never folds to more bytes than it has, so `date` takes four (which rules
            // out `de`, `du`, `des`, the most frequent words).
            let token = tokens[index]
            let head = bytes[token.start]
            if head == UInt8(ascii: "F"), document.isWord(index, literal: "fait"),
                let found = fait(document, at: index, into: &results)
            {
                results.signature = found
                return
            }
            if head | 0x20 == UInt8(ascii: "d") || head >= 0x80, token.end - token.start >= 4,
                document.isWord(index, literal: "date"), document.startsLine(index),
                document.isWord(index + 1, literal: "de"), document.isWord(index + 2, literal: "signature")
            {
                var at = index + 3
                while at < tokens.count, tokens[at].kind == .tab || document.isPunctuation(at, UInt8(ascii: ":")) { at += 1 }
                if let (date, _) = DateFinding.read(document, at: at, into: &results) {
                    results.signature = SignatureFinding(date: date, place: nil, range: TextRange(tokens[index].start, date.range.end))
                    return
                }
            }
        }
    }

    /// `Fait [à PLACE[,]] [le] [stray letter] DATE`.
    private func fait(_ document: Document, at start: Int, into results: inout Recognitions) -> SignatureFinding? {
        let tokens = document.tokens
        var index = document.next(start)
        var place: String?
        if document.isWord(index, literal: "a") || document.isWord(index, "à") {
            // The place runs to the comma or to `le`.
            let placeStart = document.next(index)
            var placeEnd = placeStart
            while placeEnd < tokens.count, placeEnd - placeStart < 6, !document.isLineEnd(placeEnd),
                !document.isPunctuation(placeEnd, UInt8(ascii: ",")), !document.isWord(placeEnd, literal: "le")
            {
                placeEnd += 1
            }
            guard placeEnd > placeStart, placeEnd < tokens.count else { return nil }
            place = document.text(TextRange(tokens[placeStart].start, tokens[placeEnd - 1].end))
            index = placeEnd
            if document.isPunctuation(index, UInt8(ascii: ",")) { index = document.next(index) }
        }
        if document.isWord(index, literal: "le") { index = document.next(index) }
        if let (date, _) = DateFinding.read(document, at: index, into: &results) {
            return SignatureFinding(date: date, place: place, range: TextRange(tokens[start].start, date.range.end))
        }
        // `Fait le F 24 août 2017`: one stray letter before the day, kept out of the date.
        if index + 1 < tokens.count, tokens[index].kind == .word, tokens[index].end - tokens[index].start == 1,
            let (date, _) = DateFinding.read(document, at: index + 1, into: &results)
        {
            let range = TextRange(tokens[index].start, date.range.end)
            let repaired = DateFinding(date: date.date, range: range,
                                       repair: PendingRepair(raw: document.text(range), rule: .dateStrayCharacter))
            return SignatureFinding(date: repaired, place: place, range: TextRange(tokens[start].start, range.end))
        }
        // `Fait à Paris,` with the date left blank: the place is still worth keeping.
        if let place { return SignatureFinding(date: nil, place: place, range: TextRange(tokens[start].start, tokens[index - 1].end)) }
        return nil
    }
}
