/// Splits normalized UTF-8 bytes into tokens in one forward pass.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        // Raw bytes: this loop reads every byte of every input.
        bytes.withUnsafeBufferPointer { text in
            ByteClassTable.table.withUnsafeBufferPointer { tokenize(text, $0) }
        }
    }

    /// The tokens are written straight into the result's storage, sized for a token every
    /// three bytes (French text makes one every four or five); a text with more is continued
    /// in a storage twice as large, the tokens so far copied once.
    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>) -> [Token] {
        var index = 0
        var tokens = [Token](unsafeUninitializedCapacity: bytes.count / 3 + 16) { storage, written in
            index = tokenize(bytes, table, from: 0, into: storage, written: &written)
        }
        while index < bytes.count {
            let more = [Token](unsafeUninitializedCapacity: tokens.count * 2) { storage, written in
                guard let base = storage.baseAddress else { return }
                tokens.withUnsafeBufferPointer { done in
                    if let from = done.baseAddress { base.initialize(from: from, count: done.count) }
                }
                written = tokens.count
                index = tokenize(bytes, table, from: index, into: storage, written: &written)
            }
            tokens = more
        }
        return tokens
    }

    /// Tokens from byte `index` on, written at `storage[written...]` until the text or the
    /// storage ends; where the next token starts.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>, from index: Int,
        into storage: UnsafeMutableBufferPointer<Token>, written: inout Int
    ) -> Int {
        guard let base = storage.baseAddress else { return index }
        let count = bytes.count
        let capacity = storage.count
        var index = index
        var produced = written
        @inline(__always) func append(_ token: Token) {
            (base + produced).initialize(to: token)
            produced += 1
        }
        // One token at most per turn: the loop stops at a token's start when the storage is full.
        while index < count, produced < capacity {
            let start = index
            let byte = bytes[index]
            let classes = table[Int(byte)]
            if classes & ByteClassTable.alphanumeric != 0 {
                // A word or a number: ASCII letters and digits eight at a time (one table read
                // each in the last seven bytes of the text), a non-ASCII letter by its scalar.
                var end = index + 1
                var seen = classes
                while end < count {
                    if end + 8 <= count {
                        // The word's end found by one mask, not by a branch per byte that was
                        // mispredicted at the end of nearly every word.
                        let (letters, digits) = WordAtATime.asciiLettersAndDigits(WordAtATime.loadLittleEndian(bytes, end))
                        let stops = WordAtATime.unflagged(letters | digits)
                        // The bits below the first stop's (all of them when none stops the run).
                        if letters & ((stops & (0 &- stops)) &- 1) != 0 { seen |= ByteClassTable.letter }
                        let run = WordAtATime.bytesBefore(stops)
                        end += run
                        if run == 8 { continue }
                    }
                    let current = table[Int(bytes[end])]
                    if current & ByteClassTable.alphanumeric != 0 {
                        seen |= current
                        end += 1
                    } else if current & ByteClassTable.high != 0, Letters.isLetter(Letters.scalar(bytes, at: end)) {
                        seen |= ByteClassTable.letter | ByteClassTable.high
                        end += Letters.scalarLength(bytes[end])
                    } else {
                        break
                    }
                }
                index = min(end, count)
                append(Token(seen & ByteClassTable.letter != 0 ? .word : .number, start, index,
                             knownPlain: seen & ByteClassTable.high == 0))
                // The space after a word, the most frequent byte after one, skipped here rather
                // than by another turn of the loop (a space makes no token).
                if index < count, bytes[index] == 0x20 { index += 1 }
            } else if classes & ByteClassTable.space != 0 {
                index += 1
            } else if byte == 0x0A {
                index = endOfLineBreaks(bytes, from: index)
                // The range ends after its last break: more than one byte past the first, more
                // than one break.
                append(Token(index > start + 1 ? .blankLine : .lineBreak, start, index, knownPlain: true))
            } else if byte == 0x09 {
                index += 1
                append(Token(.tab, start, index, knownPlain: true))
            } else if classes & ByteClassTable.high != 0 {
                let (kind, end) = scanHigh(bytes, table, from: index)
                index = end
                append(Token(kind, start, end))
            } else {
                index += 1
                // One ASCII byte (the high ones are read above).
                append(Token(classes & ByteClassTable.punctuation != 0 ? .punctuation : .symbol, start, index, knownPlain: true))
            }
            assert(index > start, "the tokenizer must advance")
        }
        written = produced
        return index
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

    /// A token opening on a non-ASCII byte: a word when it is a letter, else one symbol.
    private static func scanHigh(
        _ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>, from index: Int
    ) -> (Token.Kind, Int) {
        let count = bytes.count
        guard Letters.isLetter(Letters.scalar(bytes, at: index)) else {
            return (.symbol, min(index + Letters.scalarLength(bytes[index]), count))
        }
        var end = index + Letters.scalarLength(bytes[index])
        while end < count {
            let current = table[Int(bytes[end])]
            if current & ByteClassTable.alphanumeric != 0 {
                end += 1
            } else if current & ByteClassTable.high != 0, Letters.isLetter(Letters.scalar(bytes, at: end)) {
                end += Letters.scalarLength(bytes[end])
            } else {
                break
            }
        }
        return (.word, min(end, count))
    }
}
