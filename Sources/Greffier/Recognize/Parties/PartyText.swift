/// How the texts of parties and signatories are written into the record: whitespace collapsed,
/// a word hyphenated across a line break rejoined (`d'infor-` / `mation` → `d'information`),
/// leading articles and trailing commas left out.
enum PartyText {
    /// The text of `range` cleaned; trailing `,` `;` `:` dropped.
    static func clean(_ document: Document, _ range: TextRange) -> String {
        let bytes = document.bytes
        var output: [UInt8] = []
        output.reserveCapacity(range.end - range.start)
        var index = range.start
        while index < range.end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-"), index > range.start, isLetterByte(bytes[index - 1]) {
                // A hyphen at the end of a line, glued to the word it cuts.
                var after = index + 1
                var sawBreak = false
                while after < range.end, isSpace(bytes[after]) {
                    if bytes[after] == 0x0A { sawBreak = true }
                    after += 1
                }
                if sawBreak, after < range.end {
                    // `infor-` / `mation`: one word; `Jean-` / `Benoit` and `partenaire-` /
                    // `délégataire`: compounds, hyphen kept.
                    var headStart = index
                    while headStart > range.start, isLetterByte(bytes[headStart - 1]) { headStart -= 1 }
                    var tailEnd = after
                    while tailEnd < range.end, isLetterByte(bytes[tailEnd]) { tailEnd += 1 }
                    let compound = HyphenatedCompounds.isCompound(
                        bytes, first: TextRange(headStart, index), second: TextRange(after, tailEnd))
                    if !LetterCase.isLower(bytes, at: after) || compound { output.append(byte) }
                    index = after
                    continue
                }
            }
            // A stray `|`, `'` or `.` standing alone at a line's end is scan noise.
            if isSpace(byte), byte != 0x0A, index + 2 < range.end, PageFurniture.isStray(bytes[index + 1]),
                bytes[index + 2] == 0x0A
            {
                index += 2
                continue
            }
            // OCR reads `l'` as `I'` or `1'` before a word (`I'enseignement`).
            if byte == UInt8(ascii: "I") || byte == UInt8(ascii: "1"), index + 2 < range.end,
                bytes[index + 1] == UInt8(ascii: "'"),
                LetterCase.isLower(bytes, at: index + 2) || LetterCase.isUpper(bytes, at: index + 2)
                    || isCentSign(bytes, index + 2),
                index == range.start || isSpace(bytes[index - 1])
            {
                output.append(UInt8(ascii: "l"))
                index += 1
                continue
            }
            // `¢` is OCR's `é` (`sant¢`): no French name holds a cent sign.
            if isCentSign(bytes, index) {
                output += [0xC3, 0xA9]
                index += 2
                continue
            }
            if isSpace(byte) {
                var after = index + 1
                while after < range.end, isSpace(bytes[after]) { after += 1 }
                if after + 1 < range.end, PageFurniture.isStray(bytes[after]), bytes[after + 1] == 0x0A {
                    after += 1
                    while after < range.end, isSpace(bytes[after]) { after += 1 }
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

    static func isCentSign(_ bytes: [UInt8], _ index: Int) -> Bool {
        index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA2
    }

    /// `le`, `la`, `les` as a table: a literal was a new array at every token asked, and this is
    /// asked of every closing line and every chunk.
    static let articles = WordTable(["le", "la", "les"])

    /// How many tokens a leading article takes at `index`: `La`, `le`, `Les` → 1, `L'` → 2.
    static func articleLength(_ document: Document, at index: Int) -> Int {
        // An article is followed by the word it introduces, possibly on the next line.
        if articles.contains(document, index), index + 1 < document.tokens.count,
            document.tokens[index + 1].kind != .blankLine
        {
            return 1
        }
        if document.isWord(index, "l"), document.isPunctuation(index + 1, UInt8(ascii: "'")) { return 2 }
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
enum LetterCase {
    static func isUpper(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] < 0x80 { return ByteClass.isUpper(bytes[index]) }
        return Unicode.Scalar(Letters.scalar(bytes, at: index))?.properties.isUppercase ?? false
    }

    static func isLower(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        if bytes[index] < 0x80 { return ByteClass.isLower(bytes[index]) }
        return Unicode.Scalar(Letters.scalar(bytes, at: index))?.properties.isLowercase ?? false
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
