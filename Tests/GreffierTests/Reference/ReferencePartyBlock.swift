@testable import Greffier

/// `PartyBlock.chunks` as it was before its lines were matched on the folded tokens in place:
/// each line's first seven tokens folded into an array of strings, compared with the word
/// lists. `PartyBlockTests` checks that both give the same chunks.
enum ReferencePartyBlock {
    static func chunks(_ document: Document) -> [Range<Int>] {
        guard let opening = openingLine(document) else { return [] }
        let openingLineNumber = document.line(of: document.tokens[opening].start)
        var chunks: [Range<Int>] = []
        var current: [TokenLine] = []
        func close() {
            if let first = current.first, let last = current.last { chunks.append(first.first..<last.end) }
            current = []
        }
        var start = opening + 1
        while start < document.tokens.count, !document.isLineEnd(start) { start += 1 }
        TokenLines.forEachLine(document, from: start + 1, to: document.tokens.count) { line in
            let words = TokenLines.folded(document, line, limit: 7)
            if document.line(of: document.tokens[line.first].start) - openingLineNumber > PartyBlock.lineLimit { return false }
            if isEnd(words) { return false }
            if isSeparator(words) {
                close()
                return true
            }
            if isSideMarker(words) { return true }
            if current.count == PartyBlock.chunkLineLimit { return false }
            current.append(line)
            return true
        }
        close()
        return chunks
    }

    static func isSeparator(_ words: [String]) -> Bool {
        switch words {
        case ["et"], ["ft"], ["et", ":"], ["et", ","]: true
        case ["d", "'", "une", "part", ",", "et"], ["d", "'", "une", "part", "et"]: true
        default: false
        }
    }

    static func isSideMarker(_ words: [String]) -> Bool {
        guard words.count >= 4, words[0] == "d", words[1] == "'", words[3] == "part",
            words[2] == "une" || words[2] == "autre"
        else { return false }
        return words.count == 4 || (words.count == 5 && (words[4] == "," || words[4] == "."))
    }

    static func isEnd(_ words: [String]) -> Bool {
        guard let first = words.first else { return false }
        if ["vu", "il", "preambule", "article", "considerant"].contains(first) { return true }
        return words.count >= 2 && first == "et" && words[1] == "ensemble"
    }

    /// `PartyBlock.openingLine` as it was before it read only the lines of `entre` tokens: the
    /// text split into lines from the start until one opens the block.
    static func openingLine(_ document: Document) -> Int? {
        var opening: Int?
        TokenLines.forEachLine(document, from: 0, to: document.tokens.count) { line in
            opening = PartyBlock.opens(document, line)
            return opening == nil
        }
        return opening
    }
}
