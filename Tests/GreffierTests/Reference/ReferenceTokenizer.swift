@testable import Greffier

/// The tokenizer as it was before its byte class table and token buffer: the full reading
/// `TokenizerEquivalenceTests` compares it with.
enum ReferenceTokenizer {
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        // Raw bytes: this loop reads every byte of every input.
        bytes.withUnsafeBufferPointer { tokenize($0) }
    }

    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        let count = bytes.count
        var index = 0
        while index < count {
            let start = index
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x0B, 0x0C:
                index += 1
            case 0x09:
                index += 1
                tokens.append(Token(.tab, start, index))
            case 0x0A:
                index = endOfLineBreaks(bytes, from: index)
                let lines = bytes[start..<index].lazy.filter { $0 == 0x0A }.count
                tokens.append(Token(lines > 1 ? .blankLine : .lineBreak, start, index))
            default:
                let (kind, end) = scanOther(bytes, from: index)
                index = end
                tokens.append(Token(kind, start, end))
            }
            assert(index > start, "the tokenizer must advance")
        }
        return tokens
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

    @inline(__always)
    private static func scanOther(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> (Token.Kind, Int) {
        let byte = bytes[index]
        if ByteClass.isASCIIAlphanumeric(byte) || (byte >= 0x80 && Letters.isLetter(Letters.scalar(bytes, at: index))) {
            var end = index
            var sawLetter = false
            while end < bytes.count {
                let current = bytes[end]
                // Letters first: most bytes of a text are.
                if ByteClass.isASCIILetter(current) {
                    sawLetter = true
                    end += 1
                } else if ByteClass.isDigit(current) {
                    end += 1
                } else if current >= 0x80 && Letters.isLetter(Letters.scalar(bytes, at: end)) {
                    sawLetter = true
                    end += Letters.scalarLength(bytes[end])
                } else {
                    break
                }
            }
            return (sawLetter ? .word : .number, min(end, bytes.count))
        }
        if byte < 0x80 {
            return (ByteClass.isASCIIPunctuation(byte) ? .punctuation : .symbol, index + 1)
        }
        return (.symbol, min(index + Letters.scalarLength(byte), bytes.count))
    }
}
