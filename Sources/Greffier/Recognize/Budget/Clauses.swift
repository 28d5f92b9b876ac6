/// The clauses of running text, as token ranges: a clause ends at `;`, at a full stop, at a
/// paragraph break, or where the next line opens a list item (`– 2017 : ...`, `2018 : ...`).
/// Schedules and ceilings are read one clause at a time.
struct Clauses: Sendable {
    struct Clause: Sendable, Equatable {
        /// Token indices `[first, end)`.
        let first: Int
        let end: Int
        /// Whether a paragraph break separates it from the clause before.
        let opensParagraph: Bool
    }

    let clauses: [Clause]

    init(_ document: Document) {
        let tokens = document.tokens
        var clauses: [Clause] = []
        var first = 0
        var paragraph = true
        var index = 0
        func close(_ end: Int) {
            if end > first { clauses.append(Clause(first: first, end: end, opensParagraph: paragraph)) }
        }
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .blankLine {
                close(index)
                first = index + 1
                paragraph = true
            } else if token.kind == .lineBreak, Self.opensItem(document, index + 1) {
                close(index)
                first = index + 1
                paragraph = false
            } else if token.kind == .punctuation,  // most tokens: no call to find they end nothing
                document.isPunctuation(index, UInt8(ascii: ";")) || Self.isFullStop(document, index)
            {
                close(index + 1)
                first = index + 1
                paragraph = false
            }
            index += 1
        }
        close(tokens.count)
        self.clauses = clauses
    }

    /// A bullet (`–`, `-`, `•`, `*`) or a year followed by `:` opens a list item.
    static func opensItem(_ document: Document, _ index: Int) -> Bool {
        guard index < document.tokens.count else { return false }
        if isBullet(document, index) { return true }
        return year(document, index) != nil && document.isPunctuation(index + 1, UInt8(ascii: ":"))
    }

    static func isBullet(_ document: Document, _ index: Int) -> Bool {
        document.isPunctuation(index, UInt8(ascii: "-")) || document.isPunctuation(index, UInt8(ascii: "*"))
            || ["–", "—", "•", "◦", "▪", "·"].contains { document.isSymbol(index, $0) }
    }

    /// A `.` that ends a sentence: followed by a space, a line end or the end of the text
    /// (not the dot of `beta.gouv.fr` or of `1.500.000`).
    private static func isFullStop(_ document: Document, _ index: Int) -> Bool {
        guard document.isPunctuation(index, UInt8(ascii: ".")) else { return false }
        let after = document.tokens[index].end
        guard after < document.bytes.count else { return true }
        let next = document.bytes[after]
        return next == 0x20 || next == 0x0A || next == 0x09
    }

    /// The year a number token is (`2017`), if it is one.
    static func year(_ document: Document, _ index: Int) -> Int? {
        guard index >= 0, index < document.tokens.count, document.tokens[index].kind == .number else { return nil }
        return ColumnHeader.year(document.text(of: index))
    }
}
