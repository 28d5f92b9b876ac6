@testable import Greffier

/// What `FoldedTokens` stores for each token, read the plain way, one token at a time: its
/// fold by `Folding.appendFold`, and its lead (its first two folded bytes when every non-ASCII
/// character folded to ASCII and the fold is not empty, else 0). `FoldedTokens` reads plain
/// tokens in a lowercased copy of the text, two bytes at a time, and folds the others into
/// the same buffer: both must give these.
struct ReferenceFoldedTokens {
    let folds: [[UInt8]]
    let leads: [UInt16]

    init(_ bytes: [UInt8], _ tokens: [Token]) {
        var folds: [[UInt8]] = []
        var leads: [UInt16] = []
        for token in tokens {
            var folded: [UInt8] = []
            let comparable = Folding.appendFold(bytes, token.start, token.end, to: &folded)
            folds.append(folded)
            leads.append(
                !comparable || folded.isEmpty ? 0 : UInt16(folded[0]) | (folded.count > 1 ? UInt16(folded[1]) << 8 : 0))
        }
        self.folds = folds
        self.leads = leads
    }
}
