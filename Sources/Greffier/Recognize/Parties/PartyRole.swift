/// The words that give a party its role, and the designations (`ci-après dénommée « la DINUM »`)
/// that name it.
enum PartyRole {
    /// A designation in « » after `ci-après dénommé(e)` / `désigné(e) sous le terme de`.
    struct Designation: Sendable, Equatable {
        /// Its text without the article (`la DINUM` → `DINUM`).
        let text: String
        /// `délégant`, `partenaire-délégataire`, ...: the designation is a delegation role.
        let role: Party.Role?
        /// `bénéficiaire`, `les parties`, `partenaire`: a role word, but no delegation role.
        let otherRole: Bool
    }

    static let delegantWords = ["delegant", "delegante", "delegants", "delegantes"]
    static let delegataireWords = ["delegataire", "delegataires", "codelegataire"]
    /// Designations that say what a party is without making it délégant or délégataire.
    static let otherRoleWords = ["beneficiaire", "beneficiaires", "partie", "parties", "partenaire", "partenaires"]
    /// The lists as tables, compared on the stored folds: a folded string made for every token
    /// asked cost more than the comparisons. The words are ASCII without a character that has
    /// another canonical spelling (`K`, `;`, a backquote): a fold equals one of them as a string
    /// only when its bytes are the word's, as the table compares them.
    private static let delegantTable = WordTable(delegantWords)
    private static let delegataireTable = WordTable(delegataireWords)
    static let otherRoleTable = WordTable(otherRoleWords)

    static func role(_ document: Document, _ index: Int) -> Party.Role? {
        // Asked of every token of a chunk without designation: its first folded letter turns
        // most down before its folded text is built. The role words are ASCII letters but `k`:
        // a token folding to one folds to ASCII (only the Kelvin sign lowercases to an ASCII
        // letter, `k`), so `foldedFirstByte` gives its `d` or `c`. Checked by `PartyGateTests`.
        let first = document.foldedFirstByte(index)
        guard first == UInt8(ascii: "d") || first == UInt8(ascii: "c") else { return nil }
        return spelledRole(document, index)
    }

    /// `role` without its first-letter test.
    static func spelledRole(_ document: Document, _ index: Int) -> Party.Role? {
        // Every role word folds to a lead of `de` or `co` (`codelegataire`): the lead turns the
        // other tokens down before the tables' globals are reached.
        // Their folds are 8 to 13 bytes long, which turns down `de`, `des`, `dans`, `comme`.
        let lead = document.folds.lead(index)
        guard lead == Self.deLead || lead == Self.coLead, document.folds.length(index) >= 8 else { return nil }
        if delegantTable.contains(document, index) { return .delegant }
        if delegataireTable.contains(document, index) { return .delegataire }
        return nil
    }

    /// The role the chunk's own words give: a designation's first, else the first role word
    /// (`..., délégataire, d'une part`).
    static func chunkRole(_ document: Document, _ chunk: Range<Int>, _ designations: [Designation]) -> Party.Role? {
        if let designated = designations.lazy.compactMap(\.role).first { return designated }
        return chunk.lazy.compactMap { role(document, $0) }.first
    }

    /// The « » designations that follow a designation word (`ci-après`, `dénommé(e)`,
    /// `désigné(e)`) in the chunk; quotes before it (a programme's name) are not designations.
    static func designations(_ document: Document, _ chunk: Range<Int>) -> [Designation] {
        // The first-byte test of `isDesignationWord` first, in the walk: a call per token of
        // the chunk cost more than the test.
        let folds = document.folds
        guard let start = chunk.first(where: {
            let first = folds.firstByte($0)
            return (first == UInt8(ascii: "c") || first == UInt8(ascii: "d")) && isDesignationWord(document, $0)
        }) else { return [] }
        var result: [Designation] = []
        var index = start
        let tokens = document.tokens
        while index < chunk.upperBound {
            // `isSymbol` asks the kind first: most tokens are turned down on it, once.
            guard index < tokens.count, tokens[index].kind == .symbol,
                document.isSymbol(index, utf8: "«") || document.isSymbol(index, utf8: "“")
            else {
                index += 1
                continue
            }
            let guillemets = document.isSymbol(index, utf8: "«")
            func closes(_ at: Int) -> Bool {
                guillemets ? document.isSymbol(at, utf8: "»") : document.isSymbol(at, utf8: "”")
            }
            var end = index + 1
            while end < chunk.upperBound, !closes(end), document.tokens[end].kind != .blankLine {
                end += 1
            }
            guard end < chunk.upperBound, closes(end), end > index + 1 else {
                index = end + 1
                continue
            }
            result.append(designation(document, index + 1, end))
            index = end + 1
        }
        return result
    }

    private static func designation(_ document: Document, _ first: Int, _ end: Int) -> Designation {
        let start = PartyText.skipArticle(document, first, end)
        let text = PartyText.clean(document, TextRange(document.tokens[start].start, document.tokens[end - 1].end))
        let role = (start..<end).lazy.compactMap { Self.role(document, $0) }.first
        let other = (start..<end).contains { otherRoleTable.contains(document, $0) }
        return Designation(text: text, role: role, otherRole: role == nil && other)
    }

    /// `ci-après`, `dénommé(e)`, `désigné(e)`: what introduces a designation.
    static func isDesignationWord(_ document: Document, _ index: Int) -> Bool {
        // Asked of every token of a chunk: every word below starts with `c` or `d`.
        // `ci` and the designation words' lead, `de` (`denomme`, `designe`...), tested first:
        // the other tokens are turned down without reaching the table's global.
        let lead = document.folds.lead(index)
        if lead == Self.ciLead, document.isWord(index, literal: "ci"), document.isPunctuation(index + 1, UInt8(ascii: "-")),
            document.isWord(index + 2, literal: "apres")
        {
            return true
        }
        // The designation words are 7 or 8 bytes long (not `de`, `des`).
        return lead == Self.deLead && document.folds.length(index) >= 7 && designationWords.contains(document, index)
    }

    /// Folded leads (`FoldedTokens.lead`: the first two bytes, `first | second << 8`).
    private static let deLead = UInt16(UInt8(ascii: "d")) | UInt16(UInt8(ascii: "e")) << 8
    private static let coLead = UInt16(UInt8(ascii: "c")) | UInt16(UInt8(ascii: "o")) << 8
    private static let ciLead = UInt16(UInt8(ascii: "c")) | UInt16(UInt8(ascii: "i")) << 8

    /// A table rather than an array literal, which was a new array at every token of a chunk.
    private static let designationWords = WordTable(["denomme", "denommee", "denommes", "designe", "designee", "designes"])

    /// The role the rest of the text gives the party named `acronym`: `la DSI, service délégant`,
    /// `la DINSIC, service délégataire`, `du délégant (la DINUM)`. Nil when the text says none.
    static func roleElsewhere(_ document: Document, acronym: String) -> Party.Role? {
        // Split as `split(separator: " ")` splits, on the bytes when each space stands alone
        // (`NameVariantRule.words`): the character split cost more than the search's setup.
        let words = NameVariantRule.words(acronym).map { Folding.fold(Array($0.utf8), 0, $0.utf8.count) }
        // An empty first word is no token's fold (`isWord` is false for every token).
        guard let head = words.first, let first = head.utf8.first else { return nil }
        let tokens = document.tokens
        // The acronym's first word starts the match: only the tokens whose first two folded
        // bytes are its own may be it (`isWord` compares the folds those bytes are read from).
        // They are found on the contiguous leads, sixteen tokens a test (`firstToken(withLead:)`).
        let second = head.utf8.dropFirst().first
        let lead = UInt16(first) | UInt16(second ?? 0) << 8
        let folds = document.folds
        var steps = 0
        var index = -1
        while true {
            index = folds.firstToken(withLead: lead, from: index + 1)
            guard index < tokens.count else { return nil }
            // The clock at every candidate: the walk between two is a few loads a token.
            if document.outOfTime(&steps) { return nil }
            guard let last = lastMatched(document, index, words) else { continue }
            // `DSI, service délégant`: the role right after the acronym.
            var after = document.next(last)
            if document.isPunctuation(after, UInt8(ascii: ",")) { after = document.next(after) }
            if document.isWord(after, literal: "service") { after = document.next(after) }
            if let role = role(document, after) { return role }
            // `délégant (la DINUM)`: the role right before the acronym in parentheses.
            var before = index - 1
            while before >= 0, tokens[before].kind == .lineBreak { before -= 1 }
            let article = before >= 0 ? articleEnding(document, at: before) : 0
            before -= article
            while before >= 0, tokens[before].kind == .lineBreak { before -= 1 }
            if document.isPunctuation(before, UInt8(ascii: "(")),
                document.isPunctuation(document.next(last), UInt8(ascii: ")")),
                let role = role(document, before - 1)
            {
                return role
            }
        }
    }

    /// The index of the acronym's last word when its words start at token `index` (whole words,
    /// case and accents ignored, possibly wrapped across lines).
    private static func lastMatched(_ document: Document, _ index: Int, _ words: [String]) -> Int? {
        var current = index
        var last = index
        for word in words {
            guard document.isWord(current, word) else { return nil }
            last = current
            current = document.next(current)
        }
        return last
    }

    /// How many tokens an article ending at `index` takes (`la` → 1, `l '` → 2), else 0.
    private static func articleEnding(_ document: Document, at index: Int) -> Int {
        if PartyText.articles.contains(document, index) { return 1 }
        if document.isPunctuation(index, UInt8(ascii: "'")), document.isWord(index - 1, literal: "l") { return 2 }
        return 0
    }
}
