/// The currency marker after an amount's digits: `€`, `euro(s)`, `EUR`, with a multiplier
/// (`k€`, `M€`, `Md€`, `millions d'euros`), and the OCR forms of `€`: `E` and `¬`.
enum CurrencyMarker {
    struct Match: Sendable, Equatable {
        let multiplier: Int64
        /// Offset just past the marker.
        let end: Int
        /// Read from an OCR form of `€` (`E`, `¬`): weaker evidence that the number is money.
        let ocr: Bool
    }

    /// Spaces allowed between the digits and the marker.
    private static let maximumGap = 2

    /// Multipliers written as words before `d'euros` / `de euros`: `millier(s)`, `million(s)`,
    /// `milliard(s)`.
    private static func multiplierWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int64? {
        if spells(bytes, start, end, "millier") || spells(bytes, start, end, "milliers") { return 1_000 }
        if spells(bytes, start, end, "million") || spells(bytes, start, end, "millions") { return 1_000_000 }
        if spells(bytes, start, end, "milliard") || spells(bytes, start, end, "milliards") { return 1_000_000_000 }
        return nil
    }

    /// Whether the ASCII letters `bytes[start..<end]` fold (lowercase) to `word`.
    // Compared in place: folding each word after a number into a `String` and comparing it
    // with every marker's spelling cost a thousand instructions per number.
    @inline(__always)
    private static func spells(_ bytes: [UInt8], _ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard end - start == word.utf8CodeUnitCount else { return false }
        let spelling = word.utf8Start
        for offset in 0..<(end - start) where ByteClass.lowercased(bytes[start + offset]) != spelling[offset] {
            return false
        }
        return true
    }

    /// The marker starting at `offset` (after at most two spaces), or nil.
    static func match(_ bytes: [UInt8], at offset: Int, limit: Int) -> Match? {
        var position = offset
        while position < limit, position - offset < maximumGap, bytes[position] == 0x20 { position += 1 }
        guard position < limit else { return nil }
        if let unit = unit(bytes, at: position, limit: limit, allowOCR: true) {
            return Match(multiplier: 1, end: unit.end, ocr: unit.ocr)
        }
        guard let (multiplier, afterMultiplier) = multiplier(bytes, at: position, limit: limit) else { return nil }
        var unitStart = afterMultiplier
        if unitStart < limit, bytes[unitStart] == 0x20 { unitStart += 1 }
        guard let unit = unit(bytes, at: unitStart, limit: limit, allowOCR: false) else { return nil }
        return Match(multiplier: multiplier, end: unit.end, ocr: false)
    }

    /// `€`, `euro`, `euros`, `EUR` (any case), or OCR `E` / `¬`; returns where it ends.
    private static func unit(_ bytes: [UInt8], at position: Int, limit: Int, allowOCR: Bool) -> (end: Int, ocr: Bool)? {
        // € is E2 82 AC; ¬ is C2 AC.
        if position + 2 < limit, bytes[position] == 0xE2, bytes[position + 1] == 0x82, bytes[position + 2] == 0xAC {
            return (position + 3, false)
        }
        if allowOCR, position + 1 < limit, bytes[position] == 0xC2, bytes[position + 1] == 0xAC {
            return (position + 2, true)
        }
        let wordEnd = endOfLetters(bytes, from: position, limit: limit)
        guard wordEnd > position, endsWord(bytes, at: wordEnd, limit: limit) else { return nil }
        // Letters only (`endOfLetters`): folding them only lowercases them.
        if spells(bytes, position, wordEnd, "eur") || spells(bytes, position, wordEnd, "euro")
            || spells(bytes, position, wordEnd, "euros")
        {
            return (wordEnd, false)
        }
        if allowOCR, wordEnd - position == 1, bytes[position] == UInt8(ascii: "E") { return (wordEnd, true) }
        return nil
    }

    /// `k`, `K`, `M`, `Md`, `Mds`, or `millions d'` / `millions de`; the multiplier and where
    /// the unit may start. `keur` / `MEUR` are written glued: the unit then starts inside the word.
    private static func multiplier(_ bytes: [UInt8], at position: Int, limit: Int) -> (Int64, Int)? {
        let wordEnd = endOfLetters(bytes, from: position, limit: limit)
        guard wordEnd > position else { return nil }
        // Letters only (`endOfLetters`): folding them only lowercases them.
        if spells(bytes, position, wordEnd, "k") { return (1_000, wordEnd) }
        if spells(bytes, position, wordEnd, "m") { return (1_000_000, wordEnd) }
        if spells(bytes, position, wordEnd, "md") || spells(bytes, position, wordEnd, "mds") {
            return (1_000_000_000, wordEnd)
        }
        if spells(bytes, position, wordEnd, "keur") { return (1_000, position + 1) }
        if spells(bytes, position, wordEnd, "meur") { return (1_000_000, position + 1) }
        guard let value = multiplierWord(bytes, position, wordEnd) else { return nil }
        // `d'` or `de ` before the unit.
        var next = wordEnd
        if next < limit, bytes[next] == 0x20 { next += 1 }
        if next + 1 < limit, bytes[next] == UInt8(ascii: "d"), bytes[next + 1] == UInt8(ascii: "'") {
            return (value, next + 2)
        }
        if next + 2 < limit, bytes[next] == UInt8(ascii: "d"), bytes[next + 1] == UInt8(ascii: "e"),
            bytes[next + 2] == 0x20
        {
            return (value, next + 3)
        }
        return nil
    }

    private static func endOfLetters(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, ByteClass.isASCIILetter(bytes[end]) { end += 1 }
        return end
    }

    /// A marker word must end there: not followed by a letter, a digit or a hyphen (`E-mail`).
    private static func endsWord(_ bytes: [UInt8], at offset: Int, limit: Int) -> Bool {
        guard offset < limit else { return true }
        let next = bytes[offset]
        if ByteClass.isASCIIAlphanumeric(next) || next == UInt8(ascii: "-") || next == UInt8(ascii: "'") {
            return false
        }
        return next < 0x80 || !Letters.isLetter(bytes, at: offset)
    }
}
