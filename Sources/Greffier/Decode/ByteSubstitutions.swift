/// Bytes of an input that could not be read in its encoding and were read otherwise: stray
/// Windows-1252 bytes in a UTF-8 file (a Latin-1 paste, a file edited in two editors) and
/// bytes no encoding gives a character (read as U+FFFD). Each kind is counted, with the
/// original byte range of its first occurrence, so that the record can say where to look.
public struct ByteSubstitutions: Sendable, Equatable {
    public struct Tally: Sendable, Equatable {
        public internal(set) var count = 0
        /// Original byte range of the first substituted byte (or UTF-16 code unit).
        public internal(set) var first: Range<Int>?

        mutating func add(_ range: Range<Int>) {
            count += 1
            if first == nil { first = range }
        }
    }

    /// Invalid UTF-8 bytes read as Windows-1252 (`é` written as the single byte 0xE9).
    public internal(set) var windows1252 = Tally()
    /// Bytes read as U+FFFD: undefined in Windows-1252, or an unpaired UTF-16 surrogate.
    public internal(set) var replaced = Tally()
    /// U+FFFD written in the input itself: a character lost by a conversion before greffier
    /// read it (the bytes are valid; what they stood for is gone).
    public internal(set) var lost = Tally()

    public var isEmpty: Bool { windows1252.count == 0 && replaced.count == 0 && lost.count == 0 }
}
