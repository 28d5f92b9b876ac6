/// The word sets `measure` and `namesAmounts` ask of every word of every header read, as
/// comparisons with their few words of the word's length: a `Set<String>` look-up hashed the
/// word each time (thousands of instructions a header). Same words as the sets
/// (`ColumnHeaderWordTests` checks it), and `==` is what the sets compare with. A string `==`
/// to one of these lowercase ASCII words has its bytes, so its length: the only scalars that
/// alone equal an ASCII string are U+037E (`;`), U+1FEF (`` ` ``) and U+212A (`K`), and a
/// combining mark makes a string equal to none (checked over every scalar once).
extension ColumnHeader {
    /// `totalWords.contains(word)`.
    @inline(__always)
    static func isTotalWord(_ word: String) -> Bool {
        switch word.utf8.count {
        case 5: return word == "total" || word == "cumul"
        case 6: return word == "totaux" || word == "cumule"
        default: return false
        }
    }

    /// `aeWords.contains(word)`.
    @inline(__always)
    static func isAEWord(_ word: String) -> Bool {
        switch word.utf8.count {
        case 2: return word == "ae"
        case 3: return word == "aes"
        default: return false
        }
    }

    /// `cpWords.contains(word)`.
    @inline(__always)
    static func isCPWord(_ word: String) -> Bool {
        switch word.utf8.count {
        case 2: return word == "cp"
        case 3: return word == "cps"
        default: return false
        }
    }

    /// `amountNames.contains(word)`.
    @inline(__always)
    static func isAmountName(_ word: String) -> Bool {
        switch word.utf8.count {
        case 3: return word == "eur"
        case 4: return word == "euro"
        case 5: return word == "euros"
        case 7: return word == "montant" || word == "credits"
        case 8: return word == "montants" || word == "dotation"
        default: return false
        }
    }
}

extension ColumnHeader {
    /// `["autorisation", "autorisations"].contains(word)`, a head `measure` looks after.
    @inline(__always)
    static func isAuthorisationHead(_ word: String) -> Bool {
        switch word.utf8.count {
        case 12: return word == "autorisation"
        case 13: return word == "autorisations"
        default: return false
        }
    }

    /// `["credit", "credits"].contains(word)`.
    @inline(__always)
    static func isCreditHead(_ word: String) -> Bool {
        switch word.utf8.count {
        case 6: return word == "credit"
        case 7: return word == "credits"
        default: return false
        }
    }

    /// `word == "engagement"`.
    @inline(__always)
    static func isEngagement(_ word: String) -> Bool {
        word.utf8.count == 10 && word == "engagement"
    }

    /// `word == "paiement" || word == "paiements"`: either after a credit head makes CP.
    @inline(__always)
    static func isPaiement(_ word: String) -> Bool {
        switch word.utf8.count {
        case 8: return word == "paiement"
        case 9: return word == "paiements"
        default: return false
        }
    }
}

extension ColumnHeader {
    /// `appendParts(of: fold(bytes, start, end), to: &words)` with the fold made in a buffer on
    /// the stack and each part made a string from it: the fold's array and the string of the
    /// whole word, then read again for digits, cost more than the rest of a header's word.
    /// A fold longer than the buffer is left to those. (The fold's bytes are valid UTF-8, and
    /// digits, ASCII, are whole characters: its parts are the same cut from its bytes or from
    /// its string.)
    static func appendFoldedParts(_ bytes: [UInt8], _ start: Int, _ end: Int, to words: inout [String]) {
        let done = bytes.withUnsafeBufferPointer { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer -> Bool in
                guard let base = buffer.baseAddress, start < end else { return false }
                var fold = CappedFold(base: base, capacity: buffer.count)
                _ = Folding.fold(UnsafeBufferPointer(rebasing: text[start..<end]), 0, end - start, into: &fold)
                guard fold.count <= buffer.count else { return false }
                let folded = UnsafeBufferPointer(start: base, count: fold.count)
                var partStart = 0
                while partStart < folded.count {
                    let isDigit = ByteClass.isDigit(folded[partStart])
                    var stop = partStart + 1
                    while stop < folded.count, ByteClass.isDigit(folded[stop]) == isDigit { stop += 1 }
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: folded[partStart..<stop]), as: UTF8.self))
                    partStart = stop
                }
                return true
            }
        }
        if !done { appendParts(of: fold(bytes, start, end), to: &words) }
    }
}
