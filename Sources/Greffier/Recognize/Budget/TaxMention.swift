/// `HT`, `TTC`, `(TTC)` after an amount in a cell, trailing spaces, and the stray marks scans
/// leave at line ends (`|`, `.`, `'`).
enum TaxMention {
    private static let skipped: Set<UInt8> = Set(" ()|.'".utf8)

    /// Where the cell's text ends once spaces and tax mentions after `start` are skipped;
    /// `start` when something else stands there.
    static func skip(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var position = start
        while position < end {
            let byte = bytes[position]
            if skipped.contains(byte) {
                position += 1
                continue
            }
            var wordEnd = position
            while wordEnd < end, ByteClass.isASCIILetter(bytes[wordEnd]) { wordEnd += 1 }
            let word = Folding.fold(bytes, position, wordEnd)
            guard wordEnd > position, word == "ht" || word == "ttc" else { return start }
            position = wordEnd
        }
        return end
    }
}
