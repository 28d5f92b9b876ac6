/// One line of the text as token indices: `first..<end` are its tokens, tabs and markdown
/// marks (`#### Entre`, `**Et**`) left out at both ends; lines without such tokens are skipped.
struct TokenLine: Sendable, Equatable {
    let first: Int
    let end: Int
    /// A blank line (or the start of the scan) stands right before this line.
    let blankBefore: Bool
}

/// Splits token ranges into lines; the party block and the closing block are read line by line.
enum TokenLines {
    /// The lines whose tokens start in `start..<limit`. `blankBefore`: what the first line's
    /// `blankBefore` is when it is not set by a blank line (see `blankBefore(_:at:)`).
    static func lines(_ document: Document, from start: Int, to limit: Int, blankBefore: Bool = true) -> [TokenLine] {
        var lines: [TokenLine] = []
        forEachLine(document, from: start, to: limit, blankBefore: blankBefore) { line in
            lines.append(line)
            return true
        }
        return lines
    }

    /// Gives `body` the lines of `lines(document, from: start, to: limit)` one at a time, until
    /// it returns false: a reader that stops early (at the party block's end) does not split
    /// the rest of the text into lines.
    static func forEachLine(
        _ document: Document, from start: Int, to limit: Int, blankBefore initial: Bool = true,
        _ body: (TokenLine) -> Bool
    ) {
        var index = max(0, start)
        let end = min(limit, document.tokens.count)
        var blankBefore = initial
        document.tokens.withUnsafeBufferPointer { tokens in
            while index < end {
                var lineEnd = index
                // This loop visits every token: on the buffer (no bounds check), four kinds tested
                // at once as `ClosingLines.lastLines` does (a line end's raw value plus 3 has bit 3,
                // `ClosingLines.isLineEndRaw`; the sums do not carry into it), then one by one.
                while lineEnd &+ 4 <= end {
                    let kinds = (tokens[lineEnd].kind.rawValue &+ 3) | (tokens[lineEnd &+ 1].kind.rawValue &+ 3)
                        | (tokens[lineEnd &+ 2].kind.rawValue &+ 3) | (tokens[lineEnd &+ 3].kind.rawValue &+ 3)
                    if kinds & 8 != 0 { break }
                    lineEnd &+= 4
                }
                while lineEnd < end, tokens[lineEnd].kind != .lineBreak, tokens[lineEnd].kind != .blankLine { lineEnd += 1 }
                var first = index
                var last = lineEnd
                while first < last, isMark(document, first) { first += 1 }
                while last > first, isMark(document, last - 1) { last -= 1 }
                if first < last {
                    guard body(TokenLine(first: first, end: last, blankBefore: blankBefore)) else { return }
                    blankBefore = false
                }
                if lineEnd < end, tokens[lineEnd].kind == .blankLine { blankBefore = true }
                // Always past the line break, so that the scan advances.
                index = lineEnd + 1
            }
        }
    }

    /// Tabs and markdown marks that frame a line without being part of its text.
    static func isMark(_ document: Document, _ index: Int) -> Bool {
        let token = document.tokens[index]
        if token.kind == .tab { return true }
        guard token.kind == .punctuation else { return false }
        let byte = document.bytes[token.start]
        return byte == UInt8(ascii: "#") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "_")
    }

    /// The range of bytes the line's tokens cover.
    static func range(_ document: Document, _ line: TokenLine) -> TextRange {
        TextRange(document.tokens[line.first].start, document.tokens[line.end - 1].end)
    }

    /// The line's words folded (`D'une part,` → `d ' une part ,`), for matching whole lines;
    /// the first `limit` only when given.
    static func folded(_ document: Document, _ line: TokenLine, limit: Int = .max) -> [String] {
        let end = line.end - line.first > limit ? line.first + limit : line.end
        return (line.first..<end).map { document.folded($0) }
    }
}
