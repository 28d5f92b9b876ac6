/// The tokenizer's place in the text: a block of 64 bytes with its classes, and an offset in
/// it (always below 64: the block moves on, and is classified again, whenever the cursor
/// leaves it).
struct BlockCursor {
    var masks: ByteMasks
    /// The block's first byte in the text.
    var block: Int
    var position: Int
    /// Whether a letter read by its scalar held a `\n` (invalid UTF-8 only: `Tokenizer.tokenize(_:feedInToken:)`).
    var feeds = false

    init(masks: ByteMasks, block: Int, position: Int) {
        self.masks = masks
        self.block = block
        self.position = position
    }

    var offset: Int { block &+ position }

    /// A block starting at `offset`: any byte where the reference reading would be (a token's
    /// start or end, the start of a character), since the classes of a block do not depend on
    /// the bytes before it.
    @inline(never)
    mutating func move(to offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        block = offset
        position = 0
        masks = ByteMasks.classify(bytes, from: offset)
    }

    @inline(__always)
    mutating func advance(to offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
        position = offset &- block
        if position >= ByteMasks.width { move(to: offset, bytes) }
    }

    /// Reads a word from the cursor, at an ASCII letter or digit or at a non-ASCII byte, to its
    /// end: runs of bytes the masks know as a word's, and non-ASCII letters read by their
    /// scalar. Whether it has a letter, and a non-ASCII byte (nothing is read when the cursor
    /// is at a non-ASCII byte that is not a letter).
    @inline(never)
    mutating func readWord(_ bytes: UnsafeBufferPointer<UInt8>) -> (letters: Bool, high: Bool) {
        var letters: UInt64 = 0
        var high: UInt64 = 0
        while true {
            let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: position)
            // A run starts at an ASCII letter or digit or at the first byte of a Latin-1
            // letter: each of its letters is then read whole.
            guard masks.wordStarts & bit != 0 else {
                guard masks.high & bit != 0 else { break }
                let length = Tokenizer.letterLength(bytes, at: offset)
                if length == 0 { break }
                if Tokenizer.holdsFeed(bytes, from: offset &+ 1, to: offset &+ length) { feeds = true }
                letters |= 1
                high |= 1
                advance(to: offset &+ length, bytes)
                continue
            }
            let stops = masks.notWord & (0 &- bit)
            if stops == 0 {
                // The run goes on in the next block, from the second byte of a Latin-1 letter
                // when it is cut (its first byte is this block's last).
                letters |= masks.letters & (0 &- bit)
                high |= masks.high & (0 &- bit)
                let cut = masks.high >> 63 != 0 && bytes[block &+ 63] == 0xC3 ? 1 : 0
                move(to: block &+ ByteMasks.width &+ cut, bytes)
                continue
            }
            let stop = stops & (0 &- stops)
            letters |= masks.letters & (stop &- bit)
            high |= masks.high & (stop &- bit)
            position = stop.trailingZeroBitCount
        }
        return (letters != 0, high != 0)
    }
}
