/// The tokens a block's classes make when every one is either a run of a word's bytes or one
/// byte that is neither such a byte nor a space: their first and last bytes as two masks read
/// in lockstep (the n-th start and the n-th last make the n-th token), with what the tokenizer
/// writes of a run read off its last byte's bit, so that most tokens cost two zero counts, a
/// table's kind and a few bit tests, with no branch that goes either way from one token to the
/// next (words and marks alternate at random). Made once per block, with its classes
/// (`ByteMasks`).
///
/// The kind is the tokenizer's table's, read off the token's first byte: a word for a run from
/// a letter, a number for a run from a digit. A token whose last byte is not in `fast` is read
/// the former way (after which both masks are taken again from the place reached): a
/// non-ASCII byte outside a run (a symbol, another letter, a cut character), a run stopped by
/// one (it may go on with another letter), a run reaching the block's last byte (it may go on
/// in the next block), a run from a digit that holds a letter (a word: `1er`). So are the lone
/// ASCII bytes that the table says make no token of one byte (line breaks, VT, FF).
struct BlockTokens {
    /// The first byte of each token (the first of a run, or a lone byte).
    var starts: UInt64
    /// The last byte of each token.
    var lasts: UInt64
    /// Lasts of the runs that end in the block on an ASCII byte (a word or a number whole),
    /// and the ASCII bytes outside runs (lone bytes: their kind is the table's).
    var fast: UInt64
    /// Lasts of runs without a non-ASCII byte, and the ASCII bytes outside runs.
    var plain: UInt64

    /// From the classes' masks: bytes that are no space, that are no run's, letters and
    /// non-ASCII bytes.
    @inline(__always)
    init(notSpaces: UInt64, notWord: UInt64, letters: UInt64, high: UInt64) {
        // A run's byte after another (`notWord` shifted in a 1 at the first byte, whose
        // byte before is not in the block) starts no token; one before another ends none.
        starts = notSpaces & (notWord | (notWord &<< 1 | 1))
        lasts = notSpaces & (notWord | (notWord &>> 1 | 1 &<< 63))
        // A run's last byte before a non-ASCII one, or the block's last byte, is read the
        // former way.
        let lone = notWord & ~high
        let words = ~(notWord | (high & notWord) &>> 1 | 1 &<< 63)
        // A run's start added to the run's bytes of a class carries up to the byte after the
        // run when all its bytes are of that class, and stops inside it at the first that is
        // not (runs are apart: a carry never reaches the next one; a carry out of the block is
        // lost, but that run is not in `fast`).
        let noLetters = ~(notWord | letters)
        let ascii = ~(notWord | high)
        let fromDigits = starts & noLetters
        let numbers = (noLetters &+ fromDigits) & notWord
        let wordsFromDigits = (~notWord &+ fromDigits) & notWord & ~numbers
        fast = (words & ~(wordsFromDigits &>> 1)) | lone
        plain = ((ascii &+ (starts & ascii)) & notWord) &>> 1 | lone
    }

    /// The starts and lasts of the tokens from byte `position` on.
    @inline(__always)
    func from(_ position: Int) -> (starts: UInt64, lasts: UInt64) {
        let from: UInt64 = ~0 &<< UInt64(truncatingIfNeeded: position)
        return (starts & from, lasts & from)
    }
}
