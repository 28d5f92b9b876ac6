extension Document {
    /// `isWord(index, word)` for a literal word: its bytes read through the literal's pointer,
    /// compared with the stored fold by `FoldedTokens.equals(_:_:count:)`. The `String` form
    /// was often left out of line, and each of its calls (some 25,000 per 400 texts) retained
    /// and released the folds and asked the string for contiguous storage.
    @inline(__always)
    func isWord(_ index: Int, literal word: StaticString) -> Bool {
        guard word.hasPointerRepresentation else { return isWord(index, word.description) }
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return folds.equals(index, word.utf8Start, count: word.utf8CodeUnitCount)
    }
}
