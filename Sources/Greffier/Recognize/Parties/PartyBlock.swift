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

    /// The words that end the block (`isEnd` asks them one by one).
    static let endWords = ["vu", "il", "preambule", "article", "considerant"]
    /// `isEnd`, `isSeparator` and `isSideMarker` read six words at most: a line's first seven
    /// words say as much as all of them (seven words match none), without reading long lines.
    private static let wordLimit = 7

    /// Each party's chunk as token indices `first..<end`, in the order of the text.
    static func chunks(_ document: Document) -> [Range<Int>] {
        guard let opening = openingLine(document) else { return [] }
        // Where the line past the limit starts: `line(of:)` past it exactly from there
        // (`HeadingLine.start(ofLine:in:)`), without a search for each line of the block.
        let pastLimit = HeadingLine.start(
            ofLine: document.line(of: document.tokens[opening].start) + lineLimit + 1, in: document)
        var chunks: [Range<Int>] = []
        // The chunk being read: its first token, its end and its number of lines.
        var current: (first: Int, end: Int, lines: Int)?
        // The block starts on the line after `Entre` (past its `:` or `,`).
        var start = opening + 1
        while start < document.tokens.count, !document.isLineEnd(start) { start += 1 }
        TokenLines.forEachLine(document, from: start + 1, to: document.tokens.count) { line in
            let words = LineWords(document: document, line: line)
            if document.tokens[line.first].start >= pastLimit { return false }
            if isEnd(words) { return false }
            if isSeparator(words) {
                if let chunk = current { chunks.append(chunk.first..<chunk.end) }
                current = nil
                return true
            }
            if isSideMarker(words) { return true }
            if current?.lines == chunkLineLimit { return false }
            current = (current?.first ?? line.first, line.end, (current?.lines ?? 0) + 1)
            return true
        }
        if let chunk = current { chunks.append(chunk.first..<chunk.end) }
        return chunks
    }

    /// A line's first `wordLimit` tokens, compared with words on their stored folds: what
    /// comparing the line's folded strings said (`ReferencePartyBlock` in the tests), without
    /// making a string and an array per line of the block. The words compared are ASCII and
    /// hold no character with another canonical spelling (`K`, `;`, a backquote): a fold
    /// equals such a word as a string only when its bytes are the word's.
    /// The folds alone, not the document: a copy of the document for each line retained and
    /// released each of its arrays.
    struct LineWords {
        let folds: FoldedTokens
        let first: Int
        /// How many of the line's tokens stand for its words.
        let count: Int

        init(document: Document, line: TokenLine) {
            folds = document.folds
            first = line.first
            count = min(line.end - line.first, PartyBlock.wordLimit)
        }

        /// Whether the `position`-th word is `word`: a literal, its bytes compared through its
        /// pointer (the `String` form asked the string for contiguous storage at each call).
        @inline(__always)
        func isWord(_ position: Int, _ word: StaticString) -> Bool {
            guard word.hasPointerRepresentation else { return position < count && folds.equals(first + position, word.description) }
            return position < count && folds.equals(first + position, word.utf8Start, count: word.utf8CodeUnitCount)
        }
    }

    /// `Et`, `Ft` (OCR), `Et :`, `Et ,`, `D'une part, et`, `D'une part et`.
    static func isSeparator(_ words: LineWords) -> Bool {
        switch words.count {
        case 1: return words.isWord(0, "et") || words.isWord(0, "ft")
        case 2: return words.isWord(0, "et") && (words.isWord(1, ":") || words.isWord(1, ","))
        case 5, 6:
            guard words.isWord(0, "d"), words.isWord(1, "'"), words.isWord(2, "une"), words.isWord(3, "part")
            else { return false }
            return words.count == 5 ? words.isWord(4, "et") : words.isWord(4, ",") && words.isWord(5, "et")
        default: return false
        }
    }

    /// `D'une part,` / `D'autre part,`: which side a party stands on, not its text.
    static func isSideMarker(_ words: LineWords) -> Bool {
        // The folded first byte before the words: a token whose lead is not `d` is no `d`.
        guard words.count >= 4, words.folds.firstByte(words.first) == UInt8(ascii: "d"), words.isWord(0, "d"),
            words.isWord(1, "'"), words.isWord(3, "part"),
            words.isWord(2, "une") || words.isWord(2, "autre")
        else { return false }
        return words.count == 4 || (words.count == 5 && (words.isWord(4, ",") || words.isWord(4, ".")))
    }

    static func isEnd(_ words: LineWords) -> Bool {
        guard words.count > 0 else { return false }
        // Each word below opens with one of these bytes once folded (and a token whose lead is
        // 0 equals no word): one load turns down most lines of the block.
        switch words.folds.firstByte(words.first) {
        case UInt8(ascii: "v"), UInt8(ascii: "i"), UInt8(ascii: "p"), UInt8(ascii: "a"), UInt8(ascii: "c"),
            UInt8(ascii: "e"):
            break
        default:
            return false
        }
        // `endWords` one by one, without a closure over the array.
        if words.isWord(0, "vu") || words.isWord(0, "il") || words.isWord(0, "preambule") || words.isWord(0, "article")
            || words.isWord(0, "considerant")
        {
            return true
        }
        return words.count >= 2 && words.isWord(0, "et") && words.isWord(1, "ensemble")
    }

    /// `en`, as `FoldedTokens.lead` stores it (first byte low).
    static let entreLead = UInt16(UInt8(ascii: "e")) | UInt16(UInt8(ascii: "n")) << 8

    /// The index of the `Entre` token that opens the block, if the text has one: the first
    /// line that `opens` accepts. Only a line whose last word is `entre` may be one, so only
    /// the lines of the tokens folding to `entre` are read, found on the contiguous leads (two
    /// bytes a token): splitting the text into lines up to the block (the whole text, when it
    /// has none) cost three times as much. The lines are met in order, so the first accepted
    /// is the split's first (`PartyBlockTests` compares both).
    static func openingLine(_ document: Document) -> Int? {
        let folds = document.folds
        let count = document.tokens.count
        var index = 0
        while index < count {
            // Sixteen leads a test (`FoldedTokens.firstToken(withLead:from:)`), not a load and a
            // test per token of the text.
            index = folds.firstToken(withLead: entreLead, from: index)
            guard index < count else { break }
            guard document.isWord(index, literal: "entre") else {
                index += 1
                continue
            }
            var opening: Int?
            var lineEnd = index
            ClosingLines.forEachLine(document, fromLineOf: index) { line in
                opening = opens(document, line)
                lineEnd = line.end
                return false
            }
            if let opening { return opening }
            // On past the line's end: its other `entre` tokens would read it again (a text on
            // one line, full of them, would be read once per token).
            while lineEnd < count, !document.isLineEnd(lineEnd) { lineEnd += 1 }
            index = max(index, lineEnd) + 1
        }
        return nil
    }

    /// The `Entre` token ending `line` (past its `:` or `,`), alone on it or after `Conclue` or
    /// a NOR label; nil for any other line.
    static func opens(_ document: Document, _ line: TokenLine) -> Int? {
        var last = line.end - 1
        if document.isPunctuation(last, UInt8(ascii: ":")) || document.isPunctuation(last, UInt8(ascii: ",")) {
            last -= 1
        }
        guard last >= line.first, document.isWord(last, literal: "entre") else { return nil }
        let before = Array(TokenLines.folded(document, line)[0..<(last - line.first)])
        return before.isEmpty || before == ["conclue"] || isNORLabel(before) ? last : nil
    }

    /// `NOR : SPRZ2230481X` before `ENTRE` on the same line.
    private static func isNORLabel(_ words: [String]) -> Bool {
        words.count == 3 && words[0] == "nor" && words[1] == ":"
    }
}
