/// The tokens a recognizer looking for a few words needs to look at: those whose first folded
/// byte is the initial of one of its words, in text order. Walking them instead of every token
/// reads one contiguous byte per token (`FoldedTokens.next(from:in:)`) rather than testing each
/// token in turn, and several recognizers walk the whole text this way.
struct TokenCandidates: Sequence, IteratorProtocol {
    private let folds: FoldedTokens
    private let scan: FoldedTokens.LeadScan
    private let count: Int
    private var position = 0

    init(_ document: Document, _ initials: Initials) {
        folds = document.folds
        scan = document.folds.scan(initials)
        count = document.tokens.count
    }

    // Inlined: a call per candidate cost as much as the eight-token steps between candidates.
    @inline(__always)
    mutating func next() -> Int? {
        let index = folds.next(from: position, in: scan)
        guard index < count else { return nil }
        position = index + 1
        return index
    }
}

extension Document {
    /// The indices of the tokens that may be one of the words `initials` was built from: every
    /// token whose folded form starts with one of them, in text order.
    func tokens(startingWithOneOf initials: Initials) -> TokenCandidates {
        TokenCandidates(self, initials)
    }
}
