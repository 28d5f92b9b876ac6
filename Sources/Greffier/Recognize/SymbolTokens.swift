/// Symbol tokens compared on their bytes: `isSymbol(index, "«")` made a string of the token
/// and compared characters, at every token some recognizers walk (a chunk's designations, a
/// label's number marks). The symbols asked (`°`, `®`, `«`, `»`, `“`, `”`, `–`, `¢`) have no
/// canonical decomposition and are no other scalar's, so a token's text equals one exactly
/// when its bytes are the symbol's (bytes that are not UTF-8 decode to U+FFFD, equal to none
/// of them); `SymbolTokensTests` checks both readings agree on every token of the corpus.
extension Document {
    /// `isSymbol(index, symbol)`, on the token's bytes.
    @inline(__always)
    func isSymbol(_ index: Int, utf8 symbol: StaticString) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .symbol else { return false }
        let token = tokens[index]
        return symbol.withUTF8Buffer { wanted in
            guard token.end - token.start == wanted.count else { return false }
            for offset in 0..<wanted.count where bytes[token.start + offset] != wanted[offset] { return false }
            return true
        }
    }
}
