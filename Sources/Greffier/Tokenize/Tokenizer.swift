/// Splits normalized UTF-8 bytes into tokens in one forward pass.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        // Raw bytes: this loop reads every byte of every input.
        bytes.withUnsafeBufferPointer { text in
            markKinds.withUnsafeBufferPointer { tokenize(text, $0) }
        }
    }

    /// The tokens are written straight into the result's storage, sized for a token every
    /// three bytes (French text makes one every four or five); a text with more is continued
    /// in a storage twice as large, the tokens so far copied once. Each storage leaves room for
    /// two blocks' tokens past those written, which the reading needs to make progress.
    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ marks: UnsafeBufferPointer<Token.Kind>) -> [Token] {
        var index = 0
        let room = 2 * ByteMasks.width
        var tokens = [Token](unsafeUninitializedCapacity: bytes.count / 3 + room) { storage, written in
            index = tokenize(bytes, marks, from: 0, into: storage, written: &written)
        }
        while index < bytes.count {
            let more = [Token](unsafeUninitializedCapacity: tokens.count * 2 + room) { storage, written in
                guard let base = storage.baseAddress else { return }
                tokens.withUnsafeBufferPointer { done in
                    if let from = done.baseAddress { base.initialize(from: from, count: done.count) }
                }
                written = tokens.count
                index = tokenize(bytes, marks, from: index, into: storage, written: &written)
            }
            tokens = more
        }
        return tokens
    }

    /// Tokens from byte `index` on, written at `storage[written...]` until the text ends or
    /// the storage has too little room left; where the next token starts. The storage must
    /// have room for more than a block's tokens (`ByteMasks.width`) past `written`.
    ///
    /// The text is read in blocks of 64 bytes classified at once (`ByteMasks`): a token starts
    /// at the next byte that is not a space, a word's run of ASCII and Latin-1 letters and
    /// digits ends at the next byte that is none, each found by counting zero bits. Only the
    /// bytes where these runs stop are read one by one: another non-ASCII letter (by its
    /// scalar), a line break, a mark.
    ///
    /// The room left is looked at when a block starts and before a token read the long way
    /// (which may start the next block), not for every token: the tokens found in one block
    /// start at different bytes of it, so a block makes at most `ByteMasks.width` of them.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ marks: UnsafeBufferPointer<Token.Kind>, from index: Int,
        into storage: UnsafeMutableBufferPointer<Token>, written: inout Int
    ) -> Int {
        guard let base = storage.baseAddress else { return index }
        let count = bytes.count
        // Past this, the storage might not hold a whole block's tokens.
        let full = base + (storage.count &- ByteMasks.width)
        var out = base + written
        precondition(out < full, "the tokenizer needs room for a block's tokens")
        // The cursor's parts as locals (kept in registers), a `BlockCursor` only for the rare
        // turns that need it.
        var masks = ByteMasks.classify(bytes, from: index)
        var block = index
        var position = 0
        @inline(__always) func emit(_ kind: Token.Kind, _ start: Int, _ end: Int, plain: Bool) {
            // Each token ends after it starts, and the next is looked for from its end.
            assert(end > start, "the tokenizer must advance")
            out.initialize(to: Token(kind, start, end, knownPlain: plain))
            out += 1
        }
        @inline(__always) func read(_ step: (inout BlockCursor) -> Void) {
            var cursor = BlockCursor(masks: masks, block: block, position: position)
            step(&cursor)
            (masks, block, position) = (cursor.masks, cursor.block, cursor.position)
        }
        /// `BlockCursor.advance` in place (the cursor's parts stay in registers).
        @inline(__always) func advance(to end: Int) {
            position = end &- block
            if position >= ByteMasks.width {
                block = end
                masks = ByteMasks.classify(bytes, from: block)
                position = 0
            }
        }
        while true {
            // The next token's first byte (none past the text's end).
            let starts = masks.notSpaces & (~0 &<< UInt64(truncatingIfNeeded: position))
            if starts == 0 {
                block &+= ByteMasks.width
                guard block < count else { break }
                // A new block: stop at its start (after spaces) when it might not fit.
                guard out < full else {
                    written = out - base
                    return block
                }
                masks = ByteMasks.classify(bytes, from: block)
                position = 0
                continue
            }
            position = starts.trailingZeroBitCount
            let start = block &+ position
            let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: position)
            if masks.wordStarts & bit != 0 {
                // A word or a number; most end with their first run, on a byte that is not a
                // letter (the masks' bits from the word's start to the first byte ending it).
                let stops = masks.notWord & (0 &- bit)
                if stops != 0 {
                    // The stop's place, then its bit (a bit test and a shift, fewer instructions
                    // than isolating the lowest bit first).
                    let end = stops.trailingZeroBitCount
                    if masks.high &>> UInt64(truncatingIfNeeded: end) & 1 == 0 {
                        let run = (1 &<< UInt64(truncatingIfNeeded: end)) &- bit
                        position = end
                        emit(masks.letters & run != 0 ? .word : .number, start, block &+ end,
                             plain: masks.high & run == 0)
                        continue
                    }
                }
                // The rest starts a block or may start the next: stop at the word when the
                // storage is full.
                guard out < full else {
                    written = out - base
                    return start
                }
                if stops == 0, position != 0 {
                    // The run goes on past the block: a block from the word's start (a place
                    // the classes may start from) reads it whole unless it is longer than a
                    // block, for the price of the classes the next block needs anyway.
                    block = start
                    masks = ByteMasks.classify(bytes, from: block)
                    position = 0
                    continue
                }
                var word = (letters: false, high: false)
                read { word = $0.readWord(bytes) }
                emit(word.letters || word.high ? .word : .number, start, block &+ position, plain: !word.high)
            } else if masks.high & bit == 0 {
                // One ASCII byte that is not a letter, a digit nor a space.
                let kind = marks[Int(bytes[start])]
                if kind.rawValue < Token.Kind.lineBreak.rawValue {
                    emit(kind, start, start &+ 1, plain: true)
                } else if kind == .lineBreak {
                    guard out < full else {
                        written = out - base
                        return start
                    }
                    let end = endOfLineBreaks(bytes, from: start)
                    // The range ends after its last break: more than one byte past the first,
                    // more than one break.
                    emit(end > start &+ 1 ? .blankLine : .lineBreak, start, end, plain: true)
                    advance(to: end)
                    continue
                }
                // (VT and FF, marked `blankLine`, make no token: they are read as spaces.)
                position &+= 1
                if position == ByteMasks.width {
                    block &+= position
                    guard out < full else {
                        written = out - base
                        return block
                    }
                    masks = ByteMasks.classify(bytes, from: block)
                    position = 0
                }
            } else {
                guard out < full else {
                    written = out - base
                    return start
                }
                if letterLength(bytes, at: start) != 0 {
                    // A word from a non-ASCII letter other than Latin-1's (`œuvre`).
                    read { _ = $0.readWord(bytes) }
                    emit(.word, start, block &+ position, plain: false)
                } else {
                    // One non-ASCII character that is not a letter (`«`, `’`), told without
                    // the word's reading.
                    let end = min(start &+ Letters.scalarLength(bytes[start]), count)
                    emit(.symbol, start, end, plain: false)
                    advance(to: end)
                }
            }
        }
        written = out - base
        return count
    }

    /// The kind of the token an ASCII byte that is not a letter, a digit nor a space makes
    /// alone: `lineBreak` for a line end, which may make a longer one, and `blankLine` for VT
    /// and FF, spaces that the masks leave to this table (no token).
    static let markKinds: [Token.Kind] = (0...255).map { value in
        let byte = UInt8(value)
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
