@testable import Greffier

/// `ClosingLines.lastLines` as it was before it gave the lines in its walk back: the walk back
/// counted the lines, then `TokenLines.lines` split them forward from where the count was
/// reached. Kept to compare the one walk with.
enum ReferenceClosingLines {
    static func lastLines(_ document: Document, _ count: Int) -> [TokenLine] {
        guard count > 0 else { return [] }
        let tokens = document.tokens
        var found = 0
        var segmentHasLine = false
        var index = tokens.count - 1
        var start = 0
        while index >= 0 {
            if document.isLineEnd(index) {
                if segmentHasLine { found += 1 }
                segmentHasLine = false
                if found >= count {
                    start = index + 1
                    break
                }
            } else if !TokenLines.isMark(document, index) {
                segmentHasLine = true
            }
            index -= 1
        }
        return TokenLines.lines(document, from: start, to: tokens.count,
                                blankBefore: ClosingLines.blankBefore(document, at: start))
    }
}
