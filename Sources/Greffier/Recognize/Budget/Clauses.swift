/// The clauses of running text, as token ranges: a clause ends at `;`, at a full stop, at a
/// paragraph break, or where the next line opens a list item (`– 2017 : ...`, `2018 : ...`).
/// Schedules and ceilings are read one clause at a time. Built once per document
/// (`Document.clauses`), from its bytes and tokens: both recognizers read the same clauses.
struct Clauses: Sendable {
    struct Clause: Sendable, Equatable {
        /// Token indices `[first, end)`.
        let first: Int
        let end: Int
        /// Whether a paragraph break separates it from the clause before.
        let opensParagraph: Bool
    }

    let clauses: [Clause]

    /// The leads of the tokens that may close a clause, its lane (`LeadLanes`): line breaks
    /// (`\n`, and blank lines: `\n` then `\n`, a space or a tab, as long as they come), `;`
    /// and `.`.
    static let closerInitials = Initials(anyLength: ["\n", "\n\n", "\n ", "\n\t", ";", "."])

    /// The clauses of `tokens`, whose folds are `folds`. Only a line break, a `;` or a `.` may
    /// close a clause: the walk takes the tokens of their lane (a token opening on one of those
    /// bytes has its lead), where reading every token's kind and first byte was a tenth of
    /// making a document; without the lane (or folds of other tokens), every token.
    init(bytes: [UInt8], tokens: [Token], folds: FoldedTokens) {
        var reader = Reader()
        // About one clause per thirty tokens in the corpus: room for four times that, so the
        // list is rarely copied while it grows.
        reader.clauses.reserveCapacity(tokens.count / 8 + 1)
        // Through raw buffers: a read of every token of the lane tested its index and its
        // first byte's against the arrays' counts (the lane's tokens are the text's).
        bytes.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokenBuffer in
                if folds.count == tokens.count {
                    folds.forEachToken(in: folds.scan(Self.closerInitials)) { reader.read(text, tokenBuffer, bytes, tokens, $0) }
                } else {
                    for index in tokens.indices { reader.read(text, tokenBuffer, bytes, tokens, index) }
                }
            }
        }
        reader.close(tokens.count)
        self.clauses = reader.clauses
    }

    /// Calls `body` with the position and the clause of each clause that holds one of `marked`
    /// (token indices in increasing order), in text order, until it returns false. The
    /// schedule and ceiling searches read only such clauses (holding a measure word, a head):
    /// they went through every clause to find them, a few of hundreds.
    func forEachHolding(_ marked: [Int], _ body: (Int, Clause) -> Bool) {
        clauses.withUnsafeBufferPointer { clauses in
            marked.withUnsafeBufferPointer { marked in
                var position = 0
                var next = 0
                while next < marked.count {
                    let token = marked[next]
                    // The first clause ending after the token: the token's, unless it stands
                    // between two clauses (clauses are in order and do not overlap).
                    while position < clauses.count, clauses[position].end <= token { position += 1 }
                    guard position < clauses.count else { return }
                    let clause = clauses[position]
                    next += 1
                    guard clause.first <= token else { continue }
                    while next < marked.count, marked[next] < clause.end { next += 1 }
                    if !body(position, clause) { return }
                    position += 1
                }
            }
        }
    }

    /// The clauses as they are read from the tokens that may close one, in text order.
    private struct Reader {
        var clauses: [Clause] = []
        var first = 0
        var paragraph = true

        mutating func close(_ end: Int) {
            if end > first { clauses.append(Clause(first: first, end: end, opensParagraph: paragraph)) }
        }

        /// Token `index`, which closes the clause when it is a paragraph break, a line break
        /// before a list item, a `;` or a full stop. Only such tokens open on `\n`, `;` or `.`:
        /// one test turns down the others, where a switch on the kind of each token was a
        /// branch no processor predicts.
        /// (`text` and `tokenBuffer` are `bytes` and `tokens`, read at every token; the arrays
        /// for the rarer tests.)
        @inline(__always)
        mutating func read(
            _ text: UnsafeBufferPointer<UInt8>, _ tokenBuffer: UnsafeBufferPointer<Token>, _ bytes: [UInt8], _ tokens: [Token],
            _ index: Int
        ) {
            let token = tokenBuffer[index]
            let opening = text[token.start]
            guard opening == 0x0A || opening == UInt8(ascii: ";") || opening == UInt8(ascii: ".") else { return }
            switch token.kind {
            case .blankLine:
                close(index)
                first = index + 1
                paragraph = true
            case .lineBreak where Clauses.opensItem(bytes, tokens, index + 1):
                close(index)
                first = index + 1
                paragraph = false
            case .punctuation where opening == UInt8(ascii: ";") || Clauses.isFullStop(text, token):
                close(index + 1)
                first = index + 1
                paragraph = false
            default:
                break
            }
        }
    }

    /// Whether one of the clause's tokens is a number: without one a clause states no ceiling
    /// (`CeilingRecognizer` reads amounts at number tokens only). Asked only of the clauses
    /// that hold a ceiling's word.
    static func hasNumber(_ clause: Clause, _ tokens: [Token]) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
            (clause.first..<clause.end).contains { tokens[$0].kind == .number }
        }
    }

    /// A bullet (`–`, `-`, `•`, `*`) or a year followed by `:` opens a list item.
    private static func opensItem(_ bytes: [UInt8], _ tokens: [Token], _ index: Int) -> Bool {
        guard index < tokens.count else { return false }
        if isBullet(bytes, tokens[index]) { return true }
        return year(bytes, tokens, index) != nil && index + 1 < tokens.count
            && tokens[index + 1].kind == .punctuation && bytes[tokens[index + 1].start] == UInt8(ascii: ":")
    }

    static func isBullet(_ document: Document, _ index: Int) -> Bool {
        guard index >= 0, index < document.tokens.count else { return false }
        return isBullet(document.bytes, document.tokens[index])
    }

    /// `-`, `*`, or a symbol token that is `–`, `—`, `•`, `◦`, `▪` or `·`.
    // Told from the token's bytes: building the token's text and an array of strings at each
    // line break cost most of reading the clauses. `String ==` compares canonically, so the
    // Greek ano teleia (U+0387, canonically `·`) is a bullet too (`ClausesTests` checks these
    // bytes against `String ==` on every scalar).
    static func isBullet(_ bytes: [UInt8], _ token: Token) -> Bool {
        switch token.kind {
        case .punctuation:
            let byte = bytes[token.start]
            return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*")
        case .symbol:
            return bulletSymbols.contains { symbol in
                symbol.count == token.end - token.start
                    && symbol.indices.allSatisfy { bytes[token.start + $0] == symbol[$0] }
            }
        default:
            return false
        }
    }

    /// The UTF-8 bytes of the symbols `String ==` finds equal to `–`, `—`, `•`, `◦`, `▪`, `·`.
    static let bulletSymbols: [[UInt8]] = [
        [0xE2, 0x80, 0x93], [0xE2, 0x80, 0x94], [0xE2, 0x80, 0xA2], [0xE2, 0x97, 0xA6], [0xE2, 0x96, 0xAA],
        [0xC2, 0xB7], [0xCE, 0x87],
    ]

    /// A `.` that ends a sentence: followed by a space, a line end or the end of the text
    /// (not the dot of `beta.gouv.fr` or of `1.500.000`).
    @inline(__always)
    private static func isFullStop(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard bytes[token.start] == UInt8(ascii: ".") else { return false }
        let after = token.end
        guard after < bytes.count else { return true }
        let next = bytes[after]
        return next == 0x20 || next == 0x0A || next == 0x09
    }

    /// The year a number token is (`2017`), if it is one.
    static func year(_ document: Document, _ index: Int) -> Int? {
        year(document.bytes, document.tokens, index)
    }

    private static func year(_ bytes: [UInt8], _ tokens: [Token], _ index: Int) -> Int? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .number else { return nil }
        let token = tokens[index]
        return ColumnHeader.year(String(decoding: bytes[token.start..<token.end], as: UTF8.self))
    }
}
