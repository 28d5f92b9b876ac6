/// Splits normalized UTF-8 bytes into tokens in one forward pass.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var feedInToken = false
        return tokenize(bytes, feedInToken: &feedInToken)
    }

    /// The tokens, noting whether a token other than a break holds a `\n`: never in UTF-8, where
    /// a character's bytes hold none, but a lead byte before a `\n` (invalid UTF-8) makes a
    /// character of both. `Document` reads the line starts off the break tokens only when none
    /// does.
    /// (Set through an argument, not returned with the tokens: a tuple made the array shared
    /// when `PageFurniture` writes into it, which then copied it whole.)
    static func tokenize(_ bytes: [UInt8], feedInToken: inout Bool) -> [Token] {
        // Raw bytes: this loop reads every byte of every input.
        bytes.withUnsafeBufferPointer { text in
            markKinds.withUnsafeBufferPointer { tokenize(text, $0, feeds: &feedInToken) }
        }
    }

    /// Whether `bytes[from..<to]` (a character's bytes after its first: three at most) holds a `\n`.
    @inline(__always)
    static func holdsFeed(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Bool {
        var index = from
        while index < end {
            if bytes[index] == 0x0A { return true }
            index &+= 1
        }
        return false
    }

    /// The tokens are written straight into the result's storage, sized for a token every
    /// three bytes (French text makes one every four or five); a text with more is continued
    /// in a storage twice as large, the tokens so far copied once. Each storage leaves room for
    /// two blocks' tokens past those written, which the reading needs to make progress.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ marks: UnsafeBufferPointer<Token.Kind>, feeds: inout Bool
    ) -> [Token] {
        var index = 0
        let room = 2 * ByteMasks.width
        var tokens = [Token](unsafeUninitializedCapacity: bytes.count / 3 + room) { storage, written in
            index = tokenize(bytes, marks, from: 0, into: storage, written: &written, feeds: &feeds)
        }
        while index < bytes.count {
            let more = [Token](unsafeUninitializedCapacity: tokens.count * 2 + room) { storage, written in
                guard let base = storage.baseAddress else { return }
                tokens.withUnsafeBufferPointer { done in
                    if let from = done.baseAddress { base.initialize(from: from, count: done.count) }
                }
                written = tokens.count
                index = tokenize(bytes, marks, from: index, into: storage, written: &written, feeds: &feeds)
            }
            tokens = more
        }
        return tokens
    }

    /// Tokens from byte `index` on, written at `storage[written...]` until the text ends or
    /// the storage has too little room left; where the next token starts. The storage must
    /// have room for more than a block's tokens (`ByteMasks.width`) past `written`.
    ///
    /// The text is read in blocks of 64 bytes classified at once (`ByteMasks`), whose tokens'
    /// first and last bytes are found in lockstep by counting zero bits (`BlockTokens`): a run
    /// of ASCII and Latin-1 letters and digits, or one byte that is none of them nor a space.
    /// Each such token's kind is read off its first byte in a table and whether it is plain off
    /// a mask, with one branch that is rarely taken: no branch on whether it is a word. The
    /// others are read the former way: a run going on past the block or on another non-ASCII
    /// letter (by its scalar), a symbol, line breaks.
    ///
    /// The room left is looked at when a block starts and before a token read the long way
    /// (which may start the next block), not for every token: the tokens found in one block
    /// start at different bytes of it, so a block makes at most `ByteMasks.width` of them.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ marks: UnsafeBufferPointer<Token.Kind>, from index: Int,
        into storage: UnsafeMutableBufferPointer<Token>, written: inout Int, feeds: inout Bool
    ) -> Int {
        guard let base = storage.baseAddress else { return index }
        let count = bytes.count
        // Past this, the storage might not hold a whole block's tokens.
        let full = base + (storage.count &- ByteMasks.width)
        var out = base + written
        precondition(out < full, "the tokenizer needs room for a block's tokens")
        // The block's place and classes as locals (kept in registers), a `BlockCursor` only
        // for the rare words read the long way.
        var block = index
        var masks = ByteMasks.classify(bytes, from: index)
        // The tokens still to read in the block (taken again from the masks after a token
        // read the former way).
        var starts = masks.tokens.starts
        var lasts = masks.tokens.lasts
        while true {
            // The block's tokens read in lockstep, in a loop of their own (its few values kept
            // in registers), until one is read the long way or none is left.
            let lanes = masks.tokens
            var first = 0
            var last = 0
            var kind = Token.Kind.word
            var rest = false
            // A fast token ends after its last byte: the block's place plus one, added once.
            let afterBlock = block &+ 1
            while starts != 0 {
                // The next token's first and last bytes.
                first = starts.trailingZeroBitCount
                // (Lasts has a bit where starts has one; the mask tells the compiler the count
                // is below 64, so it neither tests for none nor masks the shifts. A bit set on
                // top did too, but held a constant in the register `afterBlock` now takes.)
                last = lasts.trailingZeroBitCount & 63
                starts &= starts &- 1
                lasts &= lasts &- 1
                let at = UInt64(truncatingIfNeeded: last)
                let start = block &+ first
                // The table gives a run its kind from its first byte, a lone byte its own.
                kind = marks[Int(bytes[start])]
                if lanes.fast &>> at & 1 != 0, kind.rawValue < Token.Kind.lineBreak.rawValue {
                    // A word or a number ending in the block on an ASCII byte that is no letter,
                    // or one ASCII byte that is not a letter, a digit nor a space. Both end
                    // after their last byte (the next token is looked for after it: the reading
                    // advances).
                    assert(last >= first, "the tokenizer must advance")
                    out.initialize(to: Token(kind, start, afterBlock &+ last,
                                             knownPlain: lanes.plain &>> at & 1 != 0))
                    out += 1
                    continue
                }
                // (VT and FF, marked `blankLine`, make no token: they are read as spaces.)
                if kind == .blankLine { continue }
                if kind == .lineBreak {
                    let end = endOfLineBreaks(bytes, from: start)
                    if end &- block < ByteMasks.width {
                        // Breaks ending in the block (most are one byte, before a letter): the
                        // token, and the masks on from its end.
                        out.initialize(to: Token(end > start &+ 1 ? .blankLine : .lineBreak, start, end,
                                                 knownPlain: true))
                        out += 1
                        (starts, lasts) = lanes.from(end &- block)
                        continue
                    }
                }
                rest = true
                break
            }
            if !rest {
                // No token starts in the rest of the block (the last one read ended in it).
                block &+= ByteMasks.width
                guard block < count else { break }
                // A new block: stop at its start (after spaces) when it might not fit.
                guard out < full else {
                    written = out - base
                    return block
                }
                masks = ByteMasks.classify(bytes, from: block)
                starts = masks.tokens.starts
                lasts = masks.tokens.lasts
                continue
            }
            let start = block &+ first
            // The rest may start the next block: stop at the token when the storage is full.
            guard out < full else {
                written = out - base
                return start
            }
            // Where the token ends, and whether the block moves there in place.
            var end: Int
            if kind == .lineBreak {
                end = endOfLineBreaks(bytes, from: start)
                // The range ends after its last break: more than one byte past the first, more
                // than one break.
                out.initialize(to: Token(end > start &+ 1 ? .blankLine : .lineBreak, start, end, knownPlain: true))
            } else if masks.wordStarts &>> UInt64(truncatingIfNeeded: first) & 1 != 0 {
                // A run stopped by a non-ASCII byte or reaching the block's end.
                if last == ByteMasks.width &- 1, first != 0 {
                    // The run may go on past the block: a block from the word's start (a place
                    // the classes may start from) reads it whole unless it is longer than a
                    // block, for the price of the classes the next block needs anyway.
                    block = start
                    masks = ByteMasks.classify(bytes, from: block)
                    starts = masks.tokens.starts
                    lasts = masks.tokens.lasts
                    continue
                }
                var cursor = BlockCursor(masks: masks, block: block, position: first)
                let word = cursor.readWord(bytes)
                end = cursor.offset
                out.initialize(to: Token(word.letters || word.high ? .word : .number, start, end,
                                         knownPlain: !word.high))
                (masks, block) = (cursor.masks, cursor.block)
                if cursor.feeds { feeds = true }
            } else if letterLength(bytes, at: start) != 0 {
                // A word from a non-ASCII letter other than Latin-1's (`œuvre`).
                var cursor = BlockCursor(masks: masks, block: block, position: first)
                _ = cursor.readWord(bytes)
                end = cursor.offset
                out.initialize(to: Token(.word, start, end, knownPlain: false))
                (masks, block) = (cursor.masks, cursor.block)
                if cursor.feeds { feeds = true }
            } else {
                // One non-ASCII character that is not a letter (`«`, `’`), told without the
                // word's reading.
                end = min(start &+ Letters.scalarLength(bytes[start]), count)
                if holdsFeed(bytes, from: start &+ 1, to: end) { feeds = true }
                out.initialize(to: Token(.symbol, start, end, knownPlain: false))
            }
            assert(end > start, "the tokenizer must advance")
            out += 1
            // On from the token's end: in place when it is in the block, unless it ends inside
            // a run (a character that swallowed the first byte of a Latin-1 letter, whose
            // second byte is then no start in these masks): a block from there.
            let place = end &- block
            if place >= ByteMasks.width
                || place > 0 && ~masks.notWord &>> UInt64(truncatingIfNeeded: place &- 1) & 3 == 3 {
                block = end
                masks = ByteMasks.classify(bytes, from: block)
                (starts, lasts) = (masks.tokens.starts, masks.tokens.lasts)
            } else {
                (starts, lasts) = masks.tokens.from(place)
            }
        }
        written = out - base
        return count
    }

    /// The kind of the token an ASCII byte that is not a letter, a digit nor a space makes
    /// alone: `lineBreak` for a line end, which may make a longer one, and `blankLine` for VT
    /// and FF, spaces that the masks leave to this table (no token). The first byte of a run
    /// gives its kind when the masks read it whole (`BlockTokens`): `number` for a digit
    /// (a run from a digit holding a letter is read the long way), `word` for a letter or a
    /// non-ASCII byte (the first of a Latin-1 letter).
    static let markKinds: [Token.Kind] = (0...255).map { value in
        let byte = UInt8(value)
        if byte >= 0x80 || ByteClass.isASCIILetter(byte) { return .word }
        if byte >= 0x30 && byte <= 0x39 { return .number }
        if byte == 0x0A { return .lineBreak }
        if byte == 0x0B || byte == 0x0C { return .blankLine }
        if byte == 0x09 { return .tab }
        return ByteClass.isASCIIPunctuation(byte) ? .punctuation : .symbol
    }

    /// The length of the letter starting at `index`, 0 when it is not one: the letters of
    /// Latin-1 (`0xC3` and a continuation byte, but `×` and `÷`) without decoding the scalar.
    @inline(never)
    static func letterLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead == 0xC3, index + 1 < bytes.count {
            let next = bytes[index + 1]
            if next & 0xC0 == 0x80 { return next | 0x20 == 0xB7 ? 0 : 2 }
        }
        return Letters.isLetter(Letters.scalar(bytes, at: index)) ? Letters.scalarLength(lead) : 0
    }

    /// Consumes a line break and any further breaks separated only by spaces or tabs, but
    /// leaves the spaces and tabs that start the next non-empty line.
    private static func endOfLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index + 1
        var probe = end
        while probe < bytes.count {
            let byte = bytes[probe]
            if byte == 0x0A {
                probe += 1
                end = probe
            } else if byte == 0x20 || byte == 0x09 {
                probe += 1
            } else {
                break
            }
        }
        return end
    }
}
