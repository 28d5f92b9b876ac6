/// A rubric line (`Convention de délégation de gestion`) folded, to tell whether a later line
/// is the full title that opens with it: `Folding.fold(candidate).hasPrefix(folded)`, answered
/// by folding only as much of the candidate as the comparison reads (a full title is several
/// times longer than its rubric, and folding it whole cost more than the rest of the search).
struct RubricPrefix {
    let folded: String
    /// `folded.count`.
    let characters: Int

    init(_ rubric: String) {
        folded = Folding.fold(Array(rubric.utf8), 0, rubric.utf8.count)
        characters = TitleSpaces.characterCount(folded)
    }

    /// False when a text whose first byte is `first` cannot fold to one opening on the folded
    /// rubric, whose first byte is `wanted`: both ASCII, `first` not `-`, lowercased not `wanted`.
    @inline(__always)
    static func mayOpen(_ wanted: UInt8, _ first: UInt8) -> Bool {
        wanted >= 0x80 || first >= 0x80 || first == UInt8(ascii: "-") || ByteClass.lowercased(first) == wanted
    }

    /// The first byte of `rubric` folded when it is ASCII and not `-` (it folds to itself
    /// lowercased), without folding the rubric; else nil.
    static func foldedHead(_ rubric: String) -> UInt8? {
        guard let first = rubric.utf8.first, first < 0x80, first != UInt8(ascii: "-") else { return nil }
        return ByteClass.lowercased(first)
    }

    /// Whether `candidate` folded opens with the rubric folded, as characters (`hasPrefix`).
    ///
    /// Each scalar folds on its own (but `-⏎`, which folds to nothing), so the fold of the
    /// candidate cut after a scalar is the start of its whole fold but for its last character
    /// (a character's end depends only on what precedes it and the scalar after it; a `-` cut
    /// from its line feed is one character of its own). When that fold has more characters
    /// than the rubric, comparing it is comparing the whole; else (marks piled on one letter)
    /// the whole candidate is folded.
    func opens(_ candidate: String) -> Bool {
        // Most lines tried differ from the rubric at their first letter: an ASCII byte other than
        // `-` folds to itself lowercased, a scalar of its own that no mark before it can join,
        // so the folds' first characters differ when those bytes do (both ASCII). Told before
        // anything is copied or folded.
        if let wanted = folded.utf8.first, let first = candidate.utf8.first, !Self.mayOpen(wanted, first) {
            return false
        }
        let bytes = Array(candidate.utf8)
        // More scalars than the rubric has bytes: each folds to a byte at least, so the cut
        // folds to more characters than the rubric has but when marks pile up.
        let wanted = folded.utf8.count + 8
        var cut = 0
        var scalars = 0
        while cut < bytes.count, scalars < wanted {
            cut += 1
            while cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            scalars += 1
        }
        let prefix = Folding.fold(bytes, 0, cut)
        if cut < bytes.count, TitleSpaces.characterCount(prefix) <= characters {
            return Folding.fold(bytes, 0, bytes.count).hasPrefix(folded)
        }
        return prefix.hasPrefix(folded)
    }
}
