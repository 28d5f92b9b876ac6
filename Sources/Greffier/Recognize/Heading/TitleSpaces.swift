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
    /// above): each space must stand between ASCII or two-byte characters below U+0300.
    static func collapsedBytes(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\r"):
                return nil
            case UInt8(ascii: " "):
                guard standsAlone(bytes, space: index) else { return nil }
                pendingSpace = true
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                pendingSpace = true
            default:
                if pendingSpace, !result.isEmpty { result.append(UInt8(ascii: " ")) }
                pendingSpace = false
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the space at `index` is a character of its own, by the characters around it.
    private static func standsAlone(_ bytes: [UInt8], space index: Int) -> Bool {
        if index > 0, bytes[index - 1] >= 0x80 {
            // The character before ends here: two bytes with a lead below U+0300, or unknown.
            guard index >= 2, isLowTwoByteLead(bytes[index - 2]) else { return false }
        }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            guard isLowTwoByteLead(bytes[index + 1]) else { return false }
        }
        return true
    }

    /// The lead byte of a two-byte character from U+0080 to U+02FF.
    private static func isLowTwoByteLead(_ byte: UInt8) -> Bool {
        (0xC2...0xCB).contains(byte)
    }

    /// `text.count` without walking grapheme clusters when the text is ASCII: there each byte
    /// is a character of its own but `\r\n`, which is one (`TitleSpacesTests` checks it
    /// against `count`). Other texts are counted by `count`.
    static func characterCount(_ text: String) -> Int {
        // On the string's own bytes when it has them contiguous (native strings do): the
        // `utf8` view's iterator costs several times more per byte.
        let onBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var count = 0
            var previous: UInt8 = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if !(byte == 0x0A && previous == 0x0D) { count += 1 }
                previous = byte
            }
            return count
        }
        switch onBytes {
        case .some(.some(let count)): return count
        case .some(.none): return text.count
        case .none: break
        }
        var count = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x80 { return text.count }
            if !(byte == 0x0A && previous == 0x0D) { count += 1 }
            previous = byte
        }
        return count
    }
}
