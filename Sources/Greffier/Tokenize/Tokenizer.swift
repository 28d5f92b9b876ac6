/// Splits normalized UTF-8 bytes into tokens in one forward pass.
public enum Tokenizer {
    public static func tokenize(_ bytes: [UInt8]) -> [Token] {
        // Raw bytes: this loop reads every byte of every input.
        bytes.withUnsafeBufferPointer { text in
            TokenByteClass.table.withUnsafeBufferPointer { tokenize(text, $0) }
        }
    }

    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ table: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens = TokenSink(capacity: bytes.count / 4 + 16)
        let count = bytes.count
        var index = 0
        while index < count {
            let start = index
            let byte = bytes[index]
            let classes = table[Int(byte)]
            if classes & TokenByteClass.alphanumeric != 0 {
                // A word or a number: ASCII letters and digits one table read each, a
                // non-ASCII letter by its scalar.
                var end = index + 1
                var seen = classes
                while end < count {
                    let current = table[Int(bytes[end])]
                    if current & TokenByteClass.alphanumeric != 0 {
                        seen |= current
                        end += 1
                    } else if current & TokenByteClass.high != 0, Letters.isLetter(Letters.scalar(bytes, at: end)) {
                        seen |= TokenByteClass.letter
                        end += Letters.scalarLength(bytes[end])
                    } else {
                        break
                    }
                }
                index = min(end, count)
                tokens.append(Token(seen & TokenByteClass.letter != 0 ? .word : .number, start, index))
            } else if classes & TokenByteClass.space != 0 {
                index += 1
            } else if byte == 0x0A {
                index = endOfLineBreaks(bytes, from: index)
                // The range ends after its last break: more than one byte past the first, more
                // than one break.
                tokens.append(Token(index > start + 1 ? .blankLine : .lineBreak, start, index))
            } else if byte == 0x09 {
                index += 1
                tokens.append(Token(.tab, start, index))
            } else if classes & TokenByteClass.high != 0 {
                let (kind, end) = scanHigh(bytes, table, from: index)
                index = end
                tokens.append(Token(kind, start, end))
            } else {
                index += 1
                tokens.append(Token(classes & TokenByteClass.punctuation != 0 ? .punctuation : .symbol, start, index))
            }
            assert(index > start, "the tokenizer must advance")
        }
        return tokens.array()
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
            if current & TokenByteClass.alphanumeric != 0 {
                end += 1
            } else if current & TokenByteClass.high != 0, Letters.isLetter(Letters.scalar(bytes, at: end)) {
                end += Letters.scalarLength(bytes[end])
            } else {
                break
            }
        }
        return (.word, min(end, count))
    }
}

/// Growable token storage without an array's uniqueness and capacity checks at each append;
/// `array()` hands the tokens over and frees it.
private struct TokenSink {
    private var base: UnsafeMutablePointer<Token>
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The tokens as an array; the sink must not be used after.
    mutating func array() -> [Token] {
        let tokens = Array(UnsafeBufferPointer(start: base, count: count))
        base.deinitialize(count: count)
        base.deallocate()
        count = 0
        capacity = 0
        return tokens
    }
}
