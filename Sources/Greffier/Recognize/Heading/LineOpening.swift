/// Whether a token opens its line, read forward one token at a time: the heading's loops asked
/// it of each word by reading back to the line's start (`HeadingLine.firstWordOfLine`, marks
/// allowed before; `Document.startsLine`, tabs only), over the sixty lines of the head.
/// `LineOpeningTests` checks both readings on every token of the corpus and awkward inputs.
struct LineOpening {
    /// Punctuation and symbols stand before a line's first word as tabs do
    /// (`firstWordOfLine`), or they open the line themselves (`startsLine`).
    let skipsMarks: Bool
    /// Only skipped tokens since the last line end, or the text's start.
    private var open = true

    init(skipsMarks: Bool) {
        self.skipsMarks = skipsMarks
    }

    /// Whether the token of `kind` opens its line; to be given every token, in order.
    mutating func opens(_ kind: Token.Kind) -> Bool {
        let opens = open
        switch kind {
        case .lineBreak, .blankLine: open = true
        case .tab: break
        case .punctuation, .symbol: open = open && skipsMarks
        case .word, .number: open = false
        }
        return opens
    }
}
