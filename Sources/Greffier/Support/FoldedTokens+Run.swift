extension FoldedTokens {
    /// What `foldRun` reads, and the sink's room it writes folds into (a copy of the sink's
    /// fields, given back to it by the caller).
    struct RunState {
        let text: UnsafeBufferPointer<UInt8>
        let tokens: UnsafePointer<Token>
        let count: Int
        let spans: UnsafeMutablePointer<Span>
        let leads: UnsafeMutablePointer<UInt16>
        let rows: UnsafeMutablePointer<UInt8>
        let rowOfLead: UnsafePointer<UInt8>
        /// `Latin1Folds.twoByte`.
        let folds: UnsafeBufferPointer<UInt16>
        /// The sink's memory: the lowercased text first (and `slack` zeros), then the folds.
        var base: UnsafeMutablePointer<UInt8>
        var used: Int
        var capacity: Int
    }

    /// Each token's span, lead and row from `start` on, as `foldEach` writes them with the text
    /// lowercased in place, up to the first token it cannot take: one that `foldLatin` does not
    /// fold (a `\n`, a longer character, a letter without ASCII fold), or one without room
    /// enough for its fold; returns its index (`count` at the end). A function of its own that
    /// calls nothing: every value of the loop stays in a register (in `foldEach`, around its
    /// call to fold a token, three were read back from the stack at every token), and a Latin
    /// word (a seventh of the tokens) is folded without a call.
    @inline(never)
    static func foldRun(from start: Int, _ state: inout RunState) -> Int {
        let text = state.text, tokens = state.tokens, count = state.count
        let spans = state.spans, leads = state.leads, rows = state.rows, rowOfLead = state.rowOfLead
        let folds = state.folds
        let base = state.base, capacity = state.capacity
        let lowered = UnsafePointer(base)
        var used = state.used
        var index = start
        while index < count {
            let token = tokens[index]
            let lead: UInt16
            // A word the tokenizer did not know to be plain holds a byte 0x80 or more (or a
            // `\n`, joined): it goes to `foldLatin` without the scan of `isPlain`, which would
            // turn it down (a plain one is folded there all the same, its bytes lowercased).
            if token.knownPlain || (token.kind != .word && isPlain(text, token)) {
                spans[index] = Span(start: token.startOffset, end: token.endOffset)
                lead = twoBytes(lowered + token.start, token.end - token.start)
            } else {
                // Room for the token's length and `slack` bytes (`foldLatin` writes up to fifteen
                // past its fold, never longer than the token); `used` is never past `capacity`.
                guard capacity &- used >= token.end - token.start + slack,
                    let written = foldLatin(text, lowered: lowered, token, folds: folds, into: base + used)
                else { break }
                spans[index] = Span(start: UInt32(truncatingIfNeeded: used), end: UInt32(truncatingIfNeeded: used &+ written))
                // `foldLatin` stored two bytes at least at `base + used` when it wrote one, and
                // the room holds `slack` more: the lead without a branch on the length.
                lead = twoBytes(base + used, written)
                used &+= written
            }
            leads[index] = lead
            rows[index] = rowOfLead[Int(lead)]
            index &+= 1
        }
        state.used = used
        return index
    }
}
