/// The first bytes of a set of words, as a 256-bit table: a recognizer looking for a few
/// words rejects most tokens with one test of their first folded byte
/// (`Document.foldedFirstByte`) before comparing any whole word. Built from the words
/// themselves, so that it cannot forget one.
struct Initials: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ words: [String]) {
        for word in words {
            guard let first = word.utf8.first else { continue }
            let bit = UInt64(1) << UInt64(first & 63)
            switch first >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word & (UInt64(1) << UInt64(byte & 63)) != 0
    }
}
