/// The word sets `measure` and `namesAmounts` ask of every word of every header read, as
/// comparisons with their few words of the word's length: a `Set<String>` look-up hashed the
/// word each time (thousands of instructions a header). Same words as the sets
/// (`ColumnHeaderWordTests` checks it), and `==` is what the sets compare with.
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
