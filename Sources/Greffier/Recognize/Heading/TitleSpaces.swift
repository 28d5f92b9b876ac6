/// Collapses the spaces of a title on its UTF-8 bytes, when that gives what splitting it into
/// characters gives (`HeadingRecognizer.collapsedCharacters`). Splitting a long title into
/// characters cost more than the rest of reading the heading; on bytes it is one pass.
enum TitleSpaces {
    /// The text with each run of spaces, tabs and line breaks made one space and none at the
    /// ends; nil when a separator byte might not be a character of its own, so that only the
    /// characters can tell.
    ///
    /// Tabs and line feeds are control characters: always characters of their own, save a line
    /// feed after a carriage return (`\r\n` is one character), so no `\r` is allowed. A space
    /// joins the character before it only if that one is a prepended mark (U+0600 and above),
    /// and the one after only if that is a combining or spacing mark or a joiner (U+0300 and
    /// above): each space must stand between characters known to be none of these
    /// (`standsAlone`).
    static func collapsedBytes(_ text: String) -> String? {
        // On the string's own bytes when it has them contiguous (native strings do), written
        // straight into the result: an array of the bytes, then one of the result, each byte
        // appended with its checks, cost about twenty instructions a byte.
        if let collapsed = text.utf8.withContiguousStorageIfAvailable({ collapsedBytes($0) }) { return collapsed }
        return Array(text.utf8).withUnsafeBufferPointer { collapsedBytes($0) }
    }

    private static func collapsedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var characters = true
        let result = String(unsafeUninitializedCapacity: bytes.count) { out in
            guard let count = collapse(bytes, into: out) else {
                characters = false
                return 0
            }
            return count
        }
        return characters ? result : nil
    }

    /// `collapsedBytes` written into `out` (room for `bytes.count` at least, not overlapping
    /// `bytes`: a space's neighbours are read behind it), the count written; nil when only the
    /// characters can tell.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var count = 0
        var pendingSpace = false
        for index in bytes.indices {
            let byte = bytes[index]
            // Most bytes are none of the separators, all below `!`.
            if byte <= 0x20 {
                switch byte {
                case UInt8(ascii: "\r"):
                    return nil
                case UInt8(ascii: " "):
                    guard standsAlone(bytes, space: index) else { return nil }
                    pendingSpace = true
                    continue
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                    pendingSpace = true
                    continue
                default:
                    break
                }
            }
            if pendingSpace, count > 0 {
                out[count] = UInt8(ascii: " ")
                count += 1
            }
            pendingSpace = false
            out[count] = byte
            count += 1
        }
        return count
    }

    /// Whether the space at `index` is a character of its own, by the characters around it:
    /// ASCII, two-byte characters below U+0300, U+2000–U+20BF but the joiners (the dashes,
    /// quotes and `€` that titles space out: ` – `, `’ `) and U+FFFD (what decoding puts for
    /// bytes it cannot read, often beside a space in scanned texts), none of them a prepended
    /// mark before the space nor a mark or joiner after it.
    private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, space index: Int) -> Bool {
        if index > 0, bytes[index - 1] >= 0x80 {
            // The character before ends here: two bytes with a lead below U+0300, three from
            // U+2000 to U+20BF, or unknown.
            guard (index >= 2 && isLowTwoByteLead(bytes[index - 2]))
                || (index >= 3 && isPunctuationScalar(bytes, at: index - 3))
            else { return false }
        }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            guard isLowTwoByteLead(bytes[index + 1]) || isPunctuationScalar(bytes, at: index + 1) else { return false }
        }
        return true
    }

    /// Whether a scalar from U+2000 to U+20BF but the joiners U+200C and U+200D (`E2 80..82 xx`),
    /// or U+FFFD (`EF BF BD`), starts at `index`.
    private static func isPunctuationScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count else { return false }
        if bytes[index] == 0xEF { return bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBD }
        return bytes[index] == 0xE2 && bytes[index + 1] &- 0x80 < 3
            && !(bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D))
    }

    /// The lead byte of a two-byte character from U+0080 to U+02FF.
    private static func isLowTwoByteLead(_ byte: UInt8) -> Bool {
        (0xC2...0xCB).contains(byte)
    }

    /// `text.count` without walking grapheme clusters when every character of the text is one
    /// scalar that no rule joins to its neighbours: ASCII (save `\r\n`, one character), two-byte
    /// scalars below U+0300 and U+2000–U+20BF but the joiners U+200C and U+200D, the French
    /// text's accented letters, `«»`, `’`, `–`, `€` (none of them an extending mark, a spacing
    /// mark, a prepended one, a joiner, a Hangul jamo or a regional indicator, the classes the
    /// rules join; `TitleSpacesTests` checks each against `count`). Other texts are counted by
    /// `count`.
    static func characterCount(_ text: String) -> Int {
        // On the string's own bytes when it has them contiguous (native strings do): the
        // `utf8` view's iterator costs several times more per byte.
        let onBytes = text.utf8.withContiguousStorageIfAvailable { characterCount($0) }
            ?? Array(text.utf8).withUnsafeBufferPointer { characterCount($0) }
        return onBytes ?? text.count
    }

    /// The count of characters of valid UTF-8 `bytes` when each is a scalar of the kinds above,
    /// else nil.
    private static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var count = 0
        var previous: UInt8 = 0
        var index = 0
        while index < bytes.count {
            // Eight ASCII bytes without a carriage return (nor a line feed after one) are eight
            // characters.
            if index + 8 <= bytes.count, previous != 0x0D {
                let word = WordAtATime.load(bytes, index)
                if !WordAtATime.hasNonASCII(word), !WordAtATime.hasByte(0x0D, in: word) {
                    count += 8
                    previous = UInt8(truncatingIfNeeded: UInt64(littleEndian: word) >> 56)
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if !(byte == 0x0A && previous == 0x0D) { count += 1 }
                previous = byte
                index += 1
                continue
            }
            if isLowTwoByteLead(byte) {
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] &- 0x80 < 3,
                !(bytes[index + 1] == 0x80 && (bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D))
            {
                index += 3
            } else {
                return nil
            }
            count += 1
            previous = byte
        }
        return count
    }

    /// `title.hasPrefix(word)`, without comparing characters when `word` is ASCII and the title's
    /// bytes start with it and go on with an ASCII byte (or end): ASCII characters are single
    /// scalars that no neighbour joins (but a line feed after a carriage return), so the title's
    /// first characters are then the word's. Any other case is left to `hasPrefix` (which
    /// compares characters, canonically: `K` and the Kelvin sign are one).
    static func hasPrefix(_ title: String, _ word: String) -> Bool {
        let quick = title.utf8.withContiguousStorageIfAvailable { title in
            word.utf8.withContiguousStorageIfAvailable { word -> Bool in
                guard word.count <= title.count else { return false }
                for index in word.indices where word[index] >= 0x80 || word[index] != title[index] { return false }
                guard word.count < title.count else { return true }
                let next = title[word.count]
                return next < 0x80 && !(next == 0x0A && word.last == 0x0D)
            } ?? false
        } ?? false
        return quick || title.hasPrefix(word)
    }
}
