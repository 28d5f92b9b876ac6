/// Tells what the act is from the first heading line that names a kind of act
/// (`Convention de délégation de gestion ...`, `INSTRUCTION N° ...`, `NOTE DE SERVICE`,
/// `Délégation de gestion du 26 janvier 2006 ...`, `Avenant n° 1 ...`).
struct KindRecognizer: Recognizer {
    /// Only the head of the text is read: the body cites other acts by kind.
    private static let headLines = 60

    func recognize(_ document: Document, into results: inout Recognitions) {
        let tokens = document.tokens
        for index in tokens.indices where tokens[index].kind == .word {
            if document.line(of: tokens[index].start) >= Self.headLines { break }
            guard Self.firstWordOfLine(document, index) else { continue }
            if let kind = kind(document, index) {
                results.kind = kind
                return
            }
        }
    }

    /// First word of its line, allowing markdown marks and bullets before it (`# Convention`).
    private static func firstWordOfLine(_ document: Document, _ index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0, document.tokens[previous].kind == .punctuation
            || document.tokens[previous].kind == .symbol || document.tokens[previous].kind == .tab
        {
            previous -= 1
        }
        return previous < 0 || document.isLineEnd(previous)
    }

    private func kind(_ document: Document, _ index: Int) -> DocumentRecord.Kind? {
        switch document.folded(index) {
        case "avenant": return .avenant
        case "convention", "conventions": return .convention
        case "delegation" where document.isWord(document.next(index), "de")
            && document.isWord(document.next(document.next(index)), "gestion"):
            return .convention
        case "instruction": return .instruction
        case "note" where document.isWord(document.next(index), "de")
            && document.isWord(document.next(document.next(index)), "service"):
            return .instruction
        case "circulaire": return .circulaire
        case "arrete": return .arrete
        case "decision": return .decision
        default: return nil
        }
    }
}
