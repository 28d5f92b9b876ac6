@testable import Greffier

/// `PartyRole.roleElsewhere` as it was before it walked the tokens' leads: every token of the
/// text tried on its first folded byte. `PartyRoleElsewhereTests` checks both agree.
enum ReferencePartyRole {
    static func roleElsewhere(_ document: Document, acronym: String) -> Party.Role? {
        let words = acronym.split(separator: " ").map { Folding.fold(Array($0.utf8), 0, $0.utf8.count) }
        guard !words.isEmpty else { return nil }
        let tokens = document.tokens
        let initial = words[0].utf8.first
        for index in tokens.indices {
            if let initial, document.foldedFirstByte(index) != initial { continue }
            guard let last = lastMatched(document, index, words) else { continue }
            var after = document.next(last)
            if document.isPunctuation(after, UInt8(ascii: ",")) { after = document.next(after) }
            if document.isWord(after, "service") { after = document.next(after) }
            if let role = PartyRole.role(document, after) { return role }
            var before = index - 1
            while before >= 0, tokens[before].kind == .lineBreak { before -= 1 }
            let article = before >= 0 ? articleEnding(document, at: before) : 0
            before -= article
            while before >= 0, tokens[before].kind == .lineBreak { before -= 1 }
            if document.isPunctuation(before, UInt8(ascii: "(")),
                document.isPunctuation(document.next(last), UInt8(ascii: ")")),
                let role = PartyRole.role(document, before - 1)
            {
                return role
            }
        }
        return nil
    }

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

    private static func articleEnding(_ document: Document, at index: Int) -> Int {
        if document.isWord(index, oneOf: ["le", "la", "les"]) { return 1 }
        if document.isPunctuation(index, UInt8(ascii: "'")), document.isWord(index - 1, "l") { return 2 }
        return 0
    }
}
