/// The symbols of French administrative texts that have no case (`«`, `»`, `€`, `–`, `°`...):
/// folding keeps them as they are. Lowercasing each through a `String` cost more than folding
/// all the letters of a text, and they stand in nearly every line of a table or a label.
/// `FoldingTests` checks that `String.lowercased()` leaves each of them unchanged.
enum CaselessSymbols {
    static let scalars: [UInt32] = [
        0x00A7, 0x00AB, 0x00B0, 0x00B2, 0x00B3, 0x00B7, 0x00BB, 0x00D7,
        0x2013, 0x2014, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC,
    ]

    /// The UTF-8 bytes of `scalar` (the third 0 for two bytes) when it is one of `scalars`.
    @inline(__always)
    static func utf8(_ scalar: UInt32) -> (UInt8, UInt8, UInt8)? {
        switch scalar {
        case 0x00A7, 0x00AB, 0x00B0, 0x00B2, 0x00B3, 0x00B7, 0x00BB, 0x00D7:
            return (UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F), 0)
        case 0x2013, 0x2014, 0x201C, 0x201D, 0x201E, 0x2022, 0x2026, 0x20AC:
            return (UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F))
        default:
            return nil
        }
    }
}
