@testable import Greffier

/// `PartyText.clean` as it was before it wrote into the string's storage: bytes appended to an
/// array, then decoded. `PartyTextCleanTests` checks both give the same text.
enum ReferencePartyText {
    /// The text of `range` cleaned; trailing `,` `;` `:` dropped.
    static func clean(_ document: Document, _ range: TextRange) -> String {
        let bytes = document.bytes
        var output: [UInt8] = []
        output.reserveCapacity(range.end - range.start)
        var index = range.start
        while index < range.end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-"), index > range.start, PartyTextBytes.isLetterByte(bytes[index - 1]) {
                // A hyphen at the end of a line, glued to the word it cuts.
                var after = index + 1
                var sawBreak = false
                while after < range.end, PartyTextBytes.isSpace(bytes[after]) {
                    if bytes[after] == 0x0A { sawBreak = true }
                    after += 1
                }
                if sawBreak, after < range.end {
                    // `infor-` / `mation`: one word; `Jean-` / `Benoit` and `partenaire-` /
                    // `délégataire`: compounds, hyphen kept.
                    var headStart = index
                    while headStart > range.start, PartyTextBytes.isLetterByte(bytes[headStart - 1]) { headStart -= 1 }
                    var tailEnd = after
                    while tailEnd < range.end, PartyTextBytes.isLetterByte(bytes[tailEnd]) { tailEnd += 1 }
                    let compound = HyphenatedCompounds.isCompound(
                        bytes, first: TextRange(headStart, index), second: TextRange(after, tailEnd))
                    if !LetterCase.isLower(bytes, at: after) || compound { output.append(byte) }
                    index = after
                    continue
                }
            }
            // A stray `|`, `'` or `.` standing alone at a line's end is scan noise.
            if PartyTextBytes.isSpace(byte), byte != 0x0A, index + 2 < range.end, PageFurniture.isStray(bytes[index + 1]),
                bytes[index + 2] == 0x0A
            {
                index += 2
                continue
            }
            // OCR reads `l'` as `I'` or `1'` before a word (`I'enseignement`).
            if byte == UInt8(ascii: "I") || byte == UInt8(ascii: "1"), index + 2 < range.end,
                bytes[index + 1] == UInt8(ascii: "'"),
                LetterCase.isLower(bytes, at: index + 2) || LetterCase.isUpper(bytes, at: index + 2)
                    || PartyText.isCentSign(bytes, index + 2),
                index == range.start || PartyTextBytes.isSpace(bytes[index - 1])
            {
                output.append(UInt8(ascii: "l"))
                index += 1
                continue
            }
            // `¢` is OCR's `é` (`sant¢`): no French name holds a cent sign.
            if PartyText.isCentSign(bytes, index) {
                output += [0xC3, 0xA9]
                index += 2
                continue
            }
            if PartyTextBytes.isSpace(byte) {
                var after = index + 1
                while after < range.end, PartyTextBytes.isSpace(bytes[after]) { after += 1 }
                if after + 1 < range.end, PageFurniture.isStray(bytes[after]), bytes[after + 1] == 0x0A {
                    after += 1
                    while after < range.end, PartyTextBytes.isSpace(bytes[after]) { after += 1 }
                }
                if !output.isEmpty, after < range.end { output.append(0x20) }
                index = after
                continue
            }
            output.append(byte)
            index += 1
        }
        while let last = output.last,
            last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") || last == 0x20
        {
            output.removeLast()
        }
        return String(decoding: output, as: UTF8.self)
    }

}

enum PartyTextBytes {
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    static func isLetterByte(_ byte: UInt8) -> Bool {
        ByteClass.isASCIILetter(byte) || byte >= 0x80
    }
}
