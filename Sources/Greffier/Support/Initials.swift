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

    /// Without branches on the byte: recognizers ask it of every token in turn.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word = withUnsafeBytes(of: bits) { $0.load(fromByteOffset: Int(byte &>> 6) &* 8, as: UInt64.self) }
        return word & (UInt64(1) &<< UInt64(byte & 63)) != 0
    }
}
