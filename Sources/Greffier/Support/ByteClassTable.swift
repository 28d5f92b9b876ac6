/// Byte classes as one table read per byte instead of a chain of range tests, for the loops
/// that read every byte of every input: the tokenizer and the budget header gate.
enum ByteClassTable {
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2
    static let alphanumeric: UInt8 = letter | digit
    /// Space, VT and FF: separators that make no token (tab and LF make tokens).
    static let space: UInt8 = 4
    static let punctuation: UInt8 = 8
    /// A byte of a multibyte character.
    static let high: UInt8 = 16

    /// Indexed by byte; read through a buffer pointer taken once per text.
    static let table: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        if ByteClass.isASCIILetter(byte) { return letter }
        if ByteClass.isDigit(byte) { return digit }
        if byte == 0x20 || byte == 0x0B || byte == 0x0C { return space }
        if ByteClass.isASCIIPunctuation(byte) { return punctuation }
        return byte >= 0x80 ? high : 0
    }
}
