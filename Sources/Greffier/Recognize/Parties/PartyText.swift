/// How the texts of parties and signatories are written into the record: whitespace collapsed,
/// a word hyphenated across a line break rejoined (`d'infor-` / `mation` → `d'information`),
/// leading articles and trailing commas left out.
enum PartyText {
    /// The text of `range` cleaned; trailing `,` `;` `:` dropped.
    static func clean(_ document: Document, _ range: TextRange) -> String {
        let bytes = document.bytes
        // Written straight into the string's storage, read through a pointer: the array of
        // bytes appended one at a time, then copied into a string, cost half the cleaning. Room
        // for every byte of the range and one more: each step writes no more bytes than it
        // reads, but for a cent sign cut by the range's end (two written for the one inside).
        let capacity = max(0, range.end - range.start) + 1
        return bytes.withUnsafeBufferPointer { text in
            Self.startsMoreThanACopy.withUnsafeBufferPointer { special in
                String(unsafeUninitializedCapacity: capacity) { output in
                    var count = 0
                    var index = range.start
                    while index < range.end {
                        let byte = text[index]
                        // Only these bytes start anything but a copy (one load of the table, not
                        // five tests: every byte of every name and title is read here).
                        let flags = special[Int(byte)]
                        guard flags & Self.moreThanACopy != 0 else {
                            output[count] = byte
                            count += 1
                            index += 1
                            continue
                        }
                        // One space before a byte that is neither a space nor a stray mark (most
                        // spaces): written as one, as the general steps below would, without them.
                        if byte == 0x20, index + 1 < range.end, special[Int(text[index + 1])] & Self.spaceOrStray == 0 {
                            if count > 0 {
                                output[count] = 0x20
                                count += 1
                            }
                            index += 1
                            continue
                        }
                        if byte == UInt8(ascii: "-"), index > range.start, isLetterByte(text[index - 1]) {
                            // A hyphen at the end of a line, glued to the word it cuts.
                            var after = index + 1
                            var sawBreak = false
                            while after < range.end, isSpace(text[after]) {
                                if text[after] == 0x0A { sawBreak = true }
                                after += 1
                            }
                            if sawBreak, after < range.end {
                                // `infor-` / `mation`: one word; `Jean-` / `Benoit` and `partenaire-` /
                                // `délégataire`: compounds, hyphen kept.
                                var headStart = index
                                while headStart > range.start, isLetterByte(text[headStart - 1]) { headStart -= 1 }
                                var tailEnd = after
                                while tailEnd < range.end, isLetterByte(text[tailEnd]) { tailEnd += 1 }
                                let compound = HyphenatedCompounds.isCompound(
                                    bytes, first: TextRange(headStart, index), second: TextRange(after, tailEnd))
                                if !LetterCase.isLower(bytes, at: after) || compound {
                                    output[count] = byte
                                    count += 1
                                }
                                index = after
                                continue
                            }
                        }
                        // A stray `|`, `'` or `.` standing alone at a line's end is scan noise.
                        if isSpace(byte), byte != 0x0A, index + 2 < range.end, PageFurniture.isStray(text[index + 1]),
                            text[index + 2] == 0x0A
                        {
                            index += 2
                            continue
                        }
                        // OCR reads `l'` as `I'` or `1'` before a word (`I'enseignement`).
                        if byte == UInt8(ascii: "I") || byte == UInt8(ascii: "1"), index + 2 < range.end,
                            text[index + 1] == UInt8(ascii: "'"),
                            LetterCase.isLower(bytes, at: index + 2) || LetterCase.isUpper(bytes, at: index + 2)
                                || isCentSign(bytes, index + 2),
                            index == range.start || isSpace(text[index - 1])
                        {
                            output[count] = UInt8(ascii: "l")
                            count += 1
                            index += 1
                            continue
                        }
                        // `¢` is OCR's `é` (`sant¢`): no French name holds a cent sign.
                        if isCentSign(bytes, index) {
                            output[count] = 0xC3
                            output[count + 1] = 0xA9
                            count += 2
                            index += 2
                            continue
                        }
                        if isSpace(byte) {
                            var after = index + 1
                            while after < range.end, isSpace(text[after]) { after += 1 }
                            if after + 1 < range.end, PageFurniture.isStray(text[after]), text[after + 1] == 0x0A {
                                after += 1
                                while after < range.end, isSpace(text[after]) { after += 1 }
                            }
                            if count > 0, after < range.end {
                                output[count] = 0x20
                                count += 1
                            }
                            index = after
                            continue
                        }
                        output[count] = byte
                        count += 1
                        index += 1
                    }
                    while count > 0, output[count - 1] == UInt8(ascii: ",") || output[count - 1] == UInt8(ascii: ";")
                        || output[count - 1] == UInt8(ascii: ":") || output[count - 1] == 0x20
                    {
                        count -= 1
                    }
                    return count
                }
            }
        }
    }

    /// `startsMoreThanACopy`'s flag of the bytes that start anything but a copy in `clean`: `-`,
    /// a space, tab or line feed, `I`, `1`, and 0xC2 (a cent sign's lead).
    static let moreThanACopy: UInt8 = 1
    /// `startsMoreThanACopy`'s flag of a space, tab, line feed or stray mark (`|`, `'`, `.`): a
    /// space before any other byte is written as one space.
    static let spaceOrStray: UInt8 = 2

    /// By byte, its flags `moreThanACopy` and `spaceOrStray`.
    static let startsMoreThanACopy: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        let more = byte == UInt8(ascii: "-") || isSpace(byte) || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "1")
            || byte == 0xC2
        return (more ? moreThanACopy : 0) | (isSpace(byte) || PageFurniture.isStray(byte) ? spaceOrStray : 0)
    }

    /// `startsMoreThanACopy[byte] & moreThanACopy != 0` for an ASCII byte: `-`, a space, tab or
    /// line feed, `I`, `1`.
    @inline(__always)
    static func startsMoreThanACopyASCII(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == UInt8(ascii: "I")
            || byte == UInt8(ascii: "1")
    }

    static func isCentSign(_ bytes: [UInt8], _ index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA2
    }

    /// `le`, `la`, `les` as a table: a literal was a new array at every token asked, and this is
    /// asked of every closing line and every chunk.
    static let articles = WordTable(["le", "la", "les"])

    /// How many tokens a leading article takes at `index`: `La`, `le`, `Les` → 1, `L'` → 2.
    static func articleLength(_ document: Document, at index: Int) -> Int {
        // Every article folds to a word opening with `l`: one load turns the other tokens down
        // before the table's global is reached (asked of some 11,000 tokens per 400 texts).
        guard document.folds.firstByte(index) == UInt8(ascii: "l") else { return 0 }
        // An article is followed by the word it introduces, possibly on the next line.
        if articles.contains(document, index), index + 1 < document.tokens.count,
            document.tokens[index + 1].kind != .blankLine
        {
            return 1
        }
        if document.isWord(index, literal: "l"), document.isPunctuation(index + 1, UInt8(ascii: "'")) { return 2 }
        return 0
    }

    /// The index of the first of `first..<end` that is not part of a leading article.
    static func skipArticle(_ document: Document, _ first: Int, _ end: Int) -> Int {
        let length = articleLength(document, at: first)
        return first + length < end ? first + length : first
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        ByteClass.isASCIILetter(byte) || byte >= 0x80
    }
}

/// Upper and lower case of the letter at a byte offset, accented letters included.
/// The ASCII test inline, the Unicode properties out of line: reading them made every call,
/// ASCII or not, look up the properties' metadata and make room for them on the stack.
enum LetterCase {
    @inline(__always)
    static func isUpper(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] < 0x80 { return ByteClass.isUpper(bytes[index]) }
        return isUpperScalar(bytes, at: index)
    }

    @inline(__always)
    static func isLower(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] < 0x80 { return ByteClass.isLower(bytes[index]) }
        return isLowerScalar(bytes, at: index)
    }

    @inline(never)
    private static func isUpperScalar(_ bytes: [UInt8], at index: Int) -> Bool {
        Unicode.Scalar(Letters.scalar(bytes, at: index))?.properties.isUppercase ?? false
    }

    @inline(never)
    private static func isLowerScalar(_ bytes: [UInt8], at index: Int) -> Bool {
        Unicode.Scalar(Letters.scalar(bytes, at: index))?.properties.isLowercase ?? false
    }

    /// `Rouquie`, `Lévêque` (capitalized) or `ROUQUIE`, `LE` (capitals); two letters or more.
    static func isNameWord(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard start < end, isUpper(bytes, at: start) else { return false }
        var index = start + Letters.scalarLength(bytes[start])
        guard index < end else { return false }
        var lower = 0
        var upper = 0
        while index < end {
            if isLower(bytes, at: index) {
                lower += 1
            } else if isUpper(bytes, at: index) {
                upper += 1
            } else {
                return false
            }
            index += Letters.scalarLength(bytes[index])
        }
        return upper == 0 || lower == 0
    }
}
