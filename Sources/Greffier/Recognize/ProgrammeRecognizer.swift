/// Finds budget programmes named with their number: `programme 204 « Prévention, sécurité
/// sanitaire et offre de soins »`, `BOP 129 « ... »`, `programmes 150 et 231`,
/// `Programme 204` in a table title. Those in the distribution list are the recipients'.
struct ProgrammeRecognizer: Recognizer {
    private static let labelLimit = 300
    /// Most words are rejected by their first letter before any comparison.
    static let labels = WordTable(["programme", "programmes", "bop"])

    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        let excluded = DistributionList.ranges(document)
        // The lists are in text order, as the tokens: one pointer walks them, not a search each.
        var list = 0
        var steps = 0
        // Along the lane the labels share with `NOR`: `labels` turns its tokens down. The table
        // read once, not through its global's accessor at each token of the lane.
        let labels = Self.labels
        for index in document.tokens(startingWithOneOf: LeadLanes.programmeOrNOR) where labels.contains(document, index) {
            if document.outOfTime(&steps) { return }
            while list < excluded.count, excluded[list].end <= tokens[index].start { list += 1 }
            if list < excluded.count, excluded[list].start <= tokens[index].start { continue }
            var current = document.next(index)
            if document.isWord(current, literal: "n"), document.isSymbol(current + 1, utf8: "°") {
                current = document.next(current + 1)
            }
            // One number, or a list joined by `,` and `et`.
            while let number = Self.programmeNumber(document, current) {
                let afterNumber = document.next(current)
                let (label, end) = label(document, at: afterNumber)
                results.programmes.append(
                    .init(number: number, label: label,
                          range: TextRange(tokens[current].start, end ?? tokens[current].end)))
                var following = afterNumber
                guard document.isWord(following, literal: "et") || document.isPunctuation(following, UInt8(ascii: ","))
                else { break }
                following = document.next(following)
                current = following
            }
        }
    }

    /// Three digits (`204`), or four with a leading zero (`0204`).
    static func programmeNumber(_ document: Document, _ index: Int) -> String? {
        guard index < document.tokens.count, document.tokens[index].kind == .number else { return nil }
        let text = document.text(of: index)
        guard text.utf8.count == 3 || (text.utf8.count == 4 && text.hasPrefix("0")) else { return nil }
        return Programme.canonicalNumber(text)
    }

    /// The « ... » label right after the number, whitespace collapsed, and where it ends.
    private func label(_ document: Document, at index: Int) -> (String?, Int?) {
        guard document.isSymbol(index, utf8: "«") || document.isPunctuation(index, UInt8(ascii: "\"")) else {
            return (nil, nil)
        }
        let tokens = document.tokens
        let bytes = document.bytes
        // The closing mark's bytes: a token's text equals `»` (or `"`) exactly when its bytes
        // are these (no other scalars are canonically equivalent to either, and bytes that are
        // not UTF-8 decode to U+FFFD), so no string is made for each token of the label.
        let closing: [UInt8] = document.isSymbol(index, utf8: "«") ? [0xC2, 0xBB] : [UInt8(ascii: "\"")]
        var current = index + 1
        while current < tokens.count, tokens[current].start - tokens[index].end < Self.labelLimit {
            if tokens[current].kind == .blankLine { return (nil, nil) }
            let token = tokens[current]
            if token.end - token.start == closing.count, bytes[token.start..<token.end].elementsEqual(closing) {
                let raw = document.text(TextRange(tokens[index].end, tokens[current].start))
                // Spaces, tabs and line breaks collapsed on bytes when that is the split on them.
                let label = TitleSpaces.collapsedBytes(raw) ?? HeadingRecognizer.collapsedCharacters(raw)
                return label.isEmpty ? (nil, nil) : (label, tokens[current].end)
            }
            current += 1
        }
        return (nil, nil)
    }
}
