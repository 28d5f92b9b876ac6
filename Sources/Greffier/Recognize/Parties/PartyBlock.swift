/// The `Entre ... Et ...` block that names the parties, split into one chunk per party.
///
/// It opens after `Entre` ending its line (`ENTRE`, `Entre :`, `Entre,`, `#### Entre`, `Conclue
/// entre :`, `NOR : SPRZ2230481X ENTRE`): in prose, `entre la DSI et la DINSIC` never ends a
/// line that holds nothing else, so prose is not mistaken for the block. Parties are separated
/// by lines that are only `Et`, `ET`, `Ft` (OCR), `Et :`, or `D'une part, et`; `D'une part,`
/// and `D'autre part,` alone are no party's text. The block ends at a line opening with `Vu`,
/// `Il`, `Préambule`, `Article`, `Considérant` or `Et ensemble`, or after `lineLimit` lines.
enum PartyBlock {
    static let lineLimit = 60
    /// More content lines than this in one chunk means the block's end was not written.
    static let chunkLineLimit = 8

    private static let endWords = ["vu", "il", "preambule", "article", "considerant"]
    /// `isEnd`, `isSeparator` and `isSideMarker` read six words at most: a line's first seven
    /// words say as much as all of them (seven words match none), without folding long lines.
    private static let wordLimit = 7

    /// Each party's chunk as token indices `first..<end`, in the order of the text.
    static func chunks(_ document: Document) -> [Range<Int>] {
        guard let opening = openingLine(document) else { return [] }
        let openingLineNumber = document.line(of: document.tokens[opening].start)
        var chunks: [Range<Int>] = []
        var current: [TokenLine] = []
        func close() {
            if let first = current.first, let last = current.last { chunks.append(first.first..<last.end) }
            current = []
        }
        // The block starts on the line after `Entre` (past its `:` or `,`).
        var start = opening + 1
        while start < document.tokens.count, !document.isLineEnd(start) { start += 1 }
        TokenLines.forEachLine(document, from: start + 1, to: document.tokens.count) { line in
            let words = TokenLines.folded(document, line, limit: wordLimit)
            if document.line(of: document.tokens[line.first].start) - openingLineNumber > lineLimit { return false }
            if isEnd(words) { return false }
            if isSeparator(words) {
                close()
                return true
            }
            if isSideMarker(words) { return true }
            if current.count == chunkLineLimit { return false }
            current.append(line)
            return true
        }
        close()
        return chunks
    }

    /// The index of the `Entre` token that opens the block, if the text has one.
    static func openingLine(_ document: Document) -> Int? {
        let tokens = document.tokens
        var opening: Int?
        TokenLines.forEachLine(document, from: 0, to: tokens.count) { line in
            var last = line.end - 1
            if document.isPunctuation(last, UInt8(ascii: ":")) || document.isPunctuation(last, UInt8(ascii: ",")) {
                last -= 1
            }
            guard last >= line.first, document.isWord(last, "entre") else { return true }
            let before = Array(TokenLines.folded(document, line)[0..<(last - line.first)])
            if before.isEmpty || before == ["conclue"] || isNORLabel(before) { opening = last }
            return opening == nil
        }
        return opening
    }

    /// `NOR : SPRZ2230481X` before `ENTRE` on the same line.
    private static func isNORLabel(_ words: [String]) -> Bool {
        words.count == 3 && words[0] == "nor" && words[1] == ":"
    }

    static func isSeparator(_ words: [String]) -> Bool {
        switch words {
        case ["et"], ["ft"], ["et", ":"], ["et", ","]: true
        case ["d", "'", "une", "part", ",", "et"], ["d", "'", "une", "part", "et"]: true
        default: false
        }
    }

    /// `D'une part,` / `D'autre part,`: which side a party stands on, not its text.
    static func isSideMarker(_ words: [String]) -> Bool {
        guard words.count >= 4, words[0] == "d", words[1] == "'", words[3] == "part",
            words[2] == "une" || words[2] == "autre"
        else { return false }
        return words.count == 4 || (words.count == 5 && (words[4] == "," || words[4] == "."))
    }

    static func isEnd(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        if endWords.contains(first) { return true }
        return words.count >= 2 && first == "et" && words[1] == "ensemble"
    }
}
