/// The closing distribution list (`Copies :` followed by bulleted recipients): programmes and
/// services named there belong to the recipients (`responsable du programme 155`), not to the act.
enum DistributionList {
    static let openingWords = ["copie", "copies", "ampliation", "ampliations"]
    /// Looked up at every token: most are rejected by their first letter.
    static let openingTable = WordTable(openingWords)

    /// Byte ranges of the normalized text covered by distribution lists.
    static func ranges(_ document: Document) -> [TextRange] {
        let tokens = document.tokens
        var ranges: [TextRange] = []
        var index = 0
        let scan = document.folds.scan(openingTable.initials)
        while index < tokens.count {
            // Only tokens that may open a list are looked at.
            index = document.folds.next(from: index, in: scan)
            guard index < tokens.count else { break }
            defer { index += 1 }
            guard openingTable.contains(document, index), document.startsLine(index) else { continue }
            let start = tokens[index].start
            // The list runs on while each new paragraph opens with a bullet.
            var current = index + 1
            while current < tokens.count {
                if tokens[current].kind == .blankLine {
                    let following = current + 1
                    guard following < tokens.count, isBullet(document, following) else { break }
                }
                current += 1
            }
            let end = current < tokens.count ? tokens[current].start : document.bytes.count
            ranges.append(TextRange(start, end))
            index = current
        }
        return ranges
    }

    private static func isBullet(_ document: Document, _ index: Int) -> Bool {
        let token = document.tokens[index]
        if token.kind == .punctuation {
            let byte = document.bytes[token.start]
            return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*")
        }
        return token.kind == .symbol && ["–", "—", "•", "◦", "▪"].contains(document.text(of: index))
    }
}
