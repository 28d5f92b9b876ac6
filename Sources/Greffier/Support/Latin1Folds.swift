/// `Letters.asciiFoldBytes` of U+00C0–U+00FF (`first | second << 8`), indexed by the low six
/// bits of the second UTF-8 byte: the Latin-1 letters of French words, one load each.
enum Latin1Folds {
    static let table: [UInt16] = (0..<64).map { low in
        let folded = Letters.asciiFoldBytes(0xC0 + UInt32(low))
        return UInt16(folded.first) | UInt16(folded.second) << 8
    }

    /// `Letters.asciiFoldBytes` of every scalar of two UTF-8 bytes, U+0000–U+07FF, indexed as
    /// `Letters.scalar` reads them (`(first & 0x1F) << 6 | second & 0x3F`, the second byte's
    /// top bits ignored): one load for any such letter, no branch on its lead byte (`é` and `œ`
    /// alike), for the folding by runs (`FoldedTokens.foldLatin(_:lowered:_:folds:into:)`).
    static let twoByte: [UInt16] = (0..<0x800).map { scalar in
        let folded = Letters.asciiFoldBytes(UInt32(scalar))
        return UInt16(folded.first) | UInt16(folded.second) << 8
    }
}
