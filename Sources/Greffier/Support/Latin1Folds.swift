/// `Letters.asciiFoldBytes` of U+00C0–U+00FF (`first | second << 8`), indexed by the low six
/// bits of the second UTF-8 byte: the Latin-1 letters of French words, one load each.
enum Latin1Folds {
    static let table: [UInt16] = (0..<64).map { low in
        let folded = Letters.asciiFoldBytes(0xC0 + UInt32(low))
        return UInt16(folded.first) | UInt16(folded.second) << 8
    }
}
