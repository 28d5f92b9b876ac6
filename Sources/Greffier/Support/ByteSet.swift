/// A set of bytes as a 256-bit table: what `Initials` and `WordTable` test tokens against.
struct ByteSet: Sendable, Equatable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static func == (left: ByteSet, right: ByteSet) -> Bool {
        left.bits.0 == right.bits.0 && left.bits.1 == right.bits.1 && left.bits.2 == right.bits.2
            && left.bits.3 == right.bits.3
    }

    mutating func insert(_ byte: UInt8) {
        let bit = UInt64(1) << UInt64(byte & 63)
        switch byte >> 6 {
        case 0: bits.0 |= bit
        case 1: bits.1 |= bit
        case 2: bits.2 |= bit
        default: bits.3 |= bit
        }
    }

    /// Without branches on the byte: recognizers ask it of every token in turn.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word = withUnsafeBytes(of: bits) { $0.load(fromByteOffset: Int(byte &>> 6) &* 8, as: UInt64.self) }
        return word & (UInt64(1) &<< UInt64(byte & 63)) != 0
    }
}
