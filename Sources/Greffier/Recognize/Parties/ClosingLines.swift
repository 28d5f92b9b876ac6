/// The lines of the text's end that the signatory recognizer reads, found from the end: the
/// last `Fait` line and those after it, or else the last lines. Splitting the whole text into
/// lines to read only its end cost as much as the rest of reading the signatories.
///
/// A scan of `TokenLines` started at a line start (the token after a line end, or 0) gives the
/// lines that the scan from 0 gives from there on, once told the `blankBefore` that scan holds
/// there (`TokenLines.blankBefore(_:at:)`); `ClosingLinesTests` compares both on every corpus text.
enum ClosingLines {
    /// Where the line holding token `index` starts: the token after the line end before it,
    /// else 0.
    static func lineStart(_ document: Document, of index: Int) -> Int {
        var current = index - 1
        while current >= 0, !document.isLineEnd(current) { current -= 1 }
        return current + 1
    }

    /// `fa`, as `FoldedTokens.lead` stores it (first byte low).
    static let faitLead = UInt16(UInt8(ascii: "f")) | UInt16(UInt8(ascii: "a")) << 8
    /// Initials that hold `fait`, with a lane: the signature recognizer's (tested).
    static let faitInitials = SignatureRecognizer.initials

    /// The index of the first token of the last line that `isFait` accepts, else nil. The
    /// tokens are read backwards from the end, eight lanes at a time, until the line is found:
    /// a text without `Fait` line is read to its start.
    static func lastFait(_ document: Document, isFait: (TokenLine) -> Bool) -> Int? {
        let tokens = document.tokens
        let lead = faitLead
        let scan = document.folds.scan(faitInitials)
        var index = document.folds.previous(before: tokens.count, in: scan)
        // The line holding the candidates being read: where it starts, and its first token that
        // is not a mark. Found once per line, not once per candidate: a text without line
        // breaks (5 MB on one line) made each candidate read back to the start of the text.
        var lineFirst = Int.max
        var firstNonMark = Int.max
        while index >= 0 {
            // Back by one token at least, whatever the walk gives.
            defer { index = min(document.folds.previous(before: index, in: scan), index - 1) }
            guard document.folds.lead(index) == lead, tokens[index].kind == .word else { continue }
            if index < lineFirst {
                lineFirst = lineStart(document, of: index)
                firstNonMark = lineFirst
                while firstNonMark < tokens.count, !document.isLineEnd(firstNonMark),
                    TokenLines.isMark(document, firstNonMark)
                {
                    firstNonMark += 1
                }
            }
            // The token opens its line when only marks stand before it there.
            guard firstNonMark >= index else { continue }
            var opened: TokenLine?
            forEachLine(document, fromLineOf: index) { line in
                opened = line
                return false
            }
            guard let line = opened, line.first == index else { continue }
            if isFait(line) { return index }
        }
        return nil
    }

    /// The `blankBefore` that a scan from token 0 holds on reaching `start`, a line start: true
    /// when no line has been given since the last blank line, or since the start. Backwards,
    /// past marks and single line breaks: a blank line or the start, not a line's token.
    static func blankBefore(_ document: Document, at start: Int) -> Bool {
        var current = start - 1
        while current >= 0,
            document.tokens[current].kind == .lineBreak || TokenLines.isMark(document, current)
        {
            current -= 1
        }
        return current < 0 || document.tokens[current].kind == .blankLine
    }

    /// Gives `body` the lines from the one holding token `index` on, as `TokenLines.lines`
    /// from 0 gives them, until it returns false.
    static func forEachLine(_ document: Document, fromLineOf index: Int, _ body: (TokenLine) -> Bool) {
        let start = lineStart(document, of: index)
        TokenLines.forEachLine(document, from: start, to: document.tokens.count,
                               blankBefore: blankBefore(document, at: start), body)
    }

    /// Whether a token kind's raw value plus 3 has bit 3: exactly the line ends (`lineBreak`,
    /// `blankLine`, the two last kinds; tested), what `lastLines` reads four tokens at a time.
    static func isLineEndRaw(_ kind: Token.Kind) -> Bool {
        (kind.rawValue &+ 3) & 8 != 0
    }

    /// The last `count` lines (all when there are fewer), as `TokenLines.lines` from 0 gives
    /// them. One walk back from the end gives the lines themselves: a line's `blankBefore` is
    /// known once the walk has passed the separators before it up to the line before (a blank
    /// line among them, or none before: true), and for the first line given, by the walk of
    /// `blankBefore(_:at:)`. Walking back to count the lines, then splitting them forward, read
    /// each token twice, through the document's arrays: a text without `Fait` line ends with
    /// long lines (tables, lists), and it cost 1 % of the run.
    static func lastLines(_ document: Document, _ count: Int) -> [TokenLine] {
        guard count > 0 else { return [] }
        var lines: [TokenLine] = []
        // Room for them all at once (the caller asks for a few dozen), but not for a count a
        // short text could never fill: growing the array line by line copied it six times.
        lines.reserveCapacity(min(count, document.tokens.count + 1))
        // The earliest line found: its `blankBefore` waits for the walk to pass what precedes it.
        var pending: (first: Int, end: Int, start: Int)?
        // A blank line stands between the walk and the pending line.
        var blank = false
        document.tokens.withUnsafeBufferPointer { tokens in
            document.bytes.withUnsafeBufferPointer { bytes in
                // `TokenLines.isMark`, on the buffers.
                func isMark(_ token: Token) -> Bool {
                    if token.kind == .tab { return true }
                    guard token.kind == .punctuation else { return false }
                    let byte = bytes[token.start]
                    return byte == UInt8(ascii: "#") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: ">")
                        || byte == UInt8(ascii: "_")
                }
                var segmentEnd = tokens.count
                while true {
                    // The line end before the segment, else -1 (the text's start).
                    var separator = segmentEnd - 1
                    // Four tokens a turn, tested at once: a kind is a line end when its raw value
                    // plus 3 has bit 3 (`isLineEndRaw`), and the sums' bits do not carry into it.
                    while separator >= 3 {
                        let kinds = (tokens[separator].kind.rawValue &+ 3) | (tokens[separator - 1].kind.rawValue &+ 3)
                            | (tokens[separator - 2].kind.rawValue &+ 3) | (tokens[separator - 3].kind.rawValue &+ 3)
                        if kinds & 8 != 0 { break }
                        separator -= 4
                    }
                    while separator >= 0, tokens[separator].kind != .lineBreak, tokens[separator].kind != .blankLine {
                        separator -= 1
                    }
                    // The segment after it, marks trimmed at both ends.
                    var first = separator + 1
                    var end = segmentEnd
                    while first < end, isMark(tokens[first]) { first += 1 }
                    while end > first, isMark(tokens[end - 1]) { end -= 1 }
                    if first < end {
                        if let line = pending { lines.append(TokenLine(first: line.first, end: line.end, blankBefore: blank)) }
                        pending = (first, end, separator + 1)
                        blank = false
                        if lines.count == count - 1 { return }
                    }
                    // The text's start counts as a blank line, as the scan from 0 starts.
                    guard separator >= 0 else {
                        blank = true
                        return
                    }
                    if tokens[separator].kind == .blankLine { blank = true }
                    segmentEnd = separator
                }
            }
        }
        if let line = pending {
            // Reached the start (`blank` then set), or the count: the line's own walk back decides.
            let blankBefore = blank || Self.blankBefore(document, at: line.start)
            lines.append(TokenLine(first: line.first, end: line.end, blankBefore: blankBefore))
        }
        // In place: `reversed()` made a second array.
        lines.reverse()
        return lines
    }
}
