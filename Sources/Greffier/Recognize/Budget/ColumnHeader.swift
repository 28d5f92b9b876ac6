/// What a column header says its column measures: `AE`, `CP`, `AE et CP 2026 (TTC)` (both,
/// for 2026), `CP sur AE2025 (TTC)` (CP: what stands after `sur` says which AE they pay, it
/// is not what the column measures), `Total CP 2026 sur AE 2025 et AE 2026` (a total, 2026).
/// A header may be wrapped onto two lines: it is read from several byte ranges.
struct ColumnHeader: Sendable, Equatable {
    /// As written, spaces collapsed, look-alike letters of header words read as Latin.
    let text: String
    let measure: BudgetTable.Column.Measure?
    /// The year the header gives to what it measures, if it gives one.
    let year: Int?
    /// Whether the header names a column of amounts: a measure, `Montant`, `€`, a year.
    let namesAmounts: Bool
    /// Header words written with look-alike letters (`СР`), read as Latin.
    let repairs: [BudgetRecognitions.ValueRepair]

    static let years = 1950...2100

    /// Words that make a header measure a total, AE or CP (`measure`), and words that make it
    /// name amounts without a measure (`namesAmounts`). Shared with `mayNameAmounts`.
    static let totalWords: Set<String> = ["total", "totaux", "cumul", "cumule"]
    static let aeWords: Set<String> = ["ae", "aes"]
    static let cpWords: Set<String> = ["cp", "cps"]
    static let amountNames: Set<String> = ["montant", "montants", "euros", "euro", "eur", "credits", "dotation"]

    /// Short words a header is made of, that look-alike letters may spell.
    private static let headerWords: Set<String> = ["ae", "cp", "aes", "cps", "ht", "ttc", "total", "eur"]

    // Generic over the ranges: `HeaderRow.read` builds a header of one range without an array.
    init<Ranges: Collection<TextRange>>(_ bytes: [UInt8], ranges: Ranges) {
        var words: [String] = []
        words.reserveCapacity(8)
        var repairs: [BudgetRecognitions.ValueRepair] = []
        self.text = Self.read(bytes, ranges, words: &words, repairs: &repairs, readsWords: true)
        self.repairs = repairs
        let measured = Self.measuredPart(words)
        self.measure = Self.measure(measured)
        var year: Int?
        for word in measured {
            if let value = Self.year(word) {
                year = value
                break
            }
        }
        self.year = year
        let hasYear = words.contains { Self.year($0) != nil }
        let onlyYears = hasYear && words.allSatisfy { Self.year($0) != nil || $0 == "ttc" || $0 == "ht" }
        self.namesAmounts = measure != nil || onlyYears || Self.holdsEuroSign(text)
            || words.contains { Self.isAmountName($0) }
    }

    /// The `text` of `ColumnHeader(bytes, ranges:)` alone, without reading its words: the
    /// header search needs no more of a cell that cannot name amounts (`mayNameAmounts`).
    static func text<Ranges: Collection<TextRange>>(_ bytes: [UInt8], ranges: Ranges) -> String {
        var words: [String] = []
        var repairs: [BudgetRecognitions.ValueRepair] = []
        return read(bytes, ranges, words: &words, repairs: &repairs, readsWords: false)
    }

    /// The header's text; its folded words appended to `words` when `readsWords`, its repairs
    /// to `repairs`.
    @inline(__always)
    private static func read<Ranges: Collection<TextRange>>(
        _ bytes: [UInt8], _ ranges: Ranges, words: inout [String], repairs: inout [BudgetRecognitions.ValueRepair],
        readsWords: Bool
    ) -> String {
        var written: [UInt8] = []
        // Room made once: no more bytes are written than the ranges hold, and a space after
        // each; a header has a handful of words. Growing both as they were appended cost more
        // than reading the header.
        written.reserveCapacity(ranges.reduce(ranges.count) { $0 + max(0, $1.end - $1.start) })
        for range in ranges {
            var index = range.start
            while index < range.end {
                let byte = bytes[index]
                guard Self.isWordByte(bytes, index) else {
                    let next = min(range.end, index + (byte < 0x80 ? 1 : Letters.scalarLength(byte)))
                    if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                        if let last = written.last, last != 0x20 { written.append(0x20) }
                    } else {
                        written += bytes[index..<next]
                    }
                    index = next
                    continue
                }
                var end = index
                while end < range.end, Self.isWordByte(bytes, end) {
                    end += bytes[end] < 0x80 ? 1 : Letters.scalarLength(bytes[end])
                }
                end = min(end, range.end)
                if let latin = Homoglyphs.latinized(bytes, index, end),
                    Self.headerWords.contains(Folding.fold(latin, 0, latin.count))
                {
                    repairs.append(.init(range: TextRange(index, end), raw: String(decoding: bytes[index..<end], as: UTF8.self),
                                         value: String(decoding: latin, as: UTF8.self), rule: .budgetHomoglyph))
                    written += latin
                    if readsWords { Self.appendParts(of: Folding.fold(latin, 0, latin.count), to: &words) }
                } else {
                    // The word as written, read in place: no array of its bytes.
                    written += bytes[index..<end]
                    if readsWords { Self.appendFoldedParts(bytes, index, end, to: &words) }
                }
                index = end
            }
            if let last = written.last, last != 0x20 { written.append(0x20) }
        }
        while let last = written.last, last == 0x20 { written.removeLast() }
        // A stray mark a scan left at the line's end (`… AE 2026 |`) is not part of the header.
        while written.count >= 2, [UInt8(ascii: "|"), UInt8(ascii: "'"), UInt8(ascii: ".")].contains(written[written.count - 1]),
            written[written.count - 2] == 0x20
        {
            written.removeLast(2)
        }
        while let last = written.last, last == 0x20 { written.removeLast() }
        return String(decoding: written, as: UTF8.self)
    }

    /// `Folding.fold(Array(bytes[start..<end]), 0, end - start)` without the array: the fold
    /// reads the word's bytes through a buffer that ends where the word does, as it read the
    /// array (a scalar cut by the word's end stays cut, whatever bytes follow it).
    static func fold(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(end - start)
        bytes.withUnsafeBufferPointer { text in
            _ = Folding.fold(UnsafeBufferPointer(rebasing: text[start..<end]), 0, end - start, into: &result)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `text.contains("€")` as this module reads it: a character `€` alone, not joined to a
    /// following mark (not a search of the substring). A text whose bytes hold no `€` cannot
    /// hold it, and is settled without reading its characters.
    static func holdsEuroSign(_ text: String) -> Bool {
        // The string's own bytes when it has them (a header's text, made from an array, does):
        // reading them through the view's iterator cost hundreds of instructions a header.
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 2
            while index < bytes.count {
                if bytes[index] == 0xAC, bytes[index - 1] == 0x82, bytes[index - 2] == 0xE2 { return true }
                index += 1
            }
            return false
        } ?? Self.holdsEuroBytes(text.utf8)
        // The character search `text.contains("€")` resolved to here (`Sequence.contains`).
        return found && text.contains(Character("€"))
    }

    /// Whether `utf8` holds the bytes of `€` (E2 82 AC), read through its iterator.
    private static func holdsEuroBytes(_ utf8: String.UTF8View) -> Bool {
        var iterator = utf8.makeIterator()
        var previous: (UInt8, UInt8) = (0, 0)
        while let byte = iterator.next() {
            if previous == (0xE2, 0x82), byte == 0xAC { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    static func isWordByte(_ bytes: [UInt8], _ index: Int) -> Bool {
        let byte = bytes[index]
        return ByteClass.isASCIIAlphanumeric(byte) || (byte >= 0x80 && Letters.isLetter(bytes, at: index))
    }

    /// `ae2025` → `ae`, `2025`: letters and digits glued together are separate words. Cut on
    /// the UTF-8 bytes: digits are ASCII, and no byte of another scalar is one.
    static func appendParts(of word: String, to words: inout [String]) {
        // Most header words hold no digit: they are their one part, appended without an array.
        var digits = false
        for byte in word.utf8 where ByteClass.isDigit(byte) {
            digits = true
            break
        }
        if !word.isEmpty, !digits {
            words.append(word)
            return
        }
        let bytes = Array(word.utf8)
        var start = 0
        while start < bytes.count {
            let isDigit = ByteClass.isDigit(bytes[start])
            var stop = start + 1
            while stop < bytes.count, ByteClass.isDigit(bytes[stop]) == isDigit { stop += 1 }
            words.append(String(decoding: bytes[start..<stop], as: UTF8.self))
            start = stop
        }
    }

    /// The words before `sur`: `CP sur AE 2025` measures CP, the AE only say which.
    private static func measuredPart(_ words: [String]) -> ArraySlice<String> {
        guard let position = words.firstIndex(of: "sur"), position > 0 else { return words[...] }
        return words[..<position]
    }

    private static func measure(_ words: ArraySlice<String>) -> BudgetTable.Column.Measure? {
        if words.contains(where: isTotalWord) { return .total }
        let ae = words.contains(where: isAEWord)
            || follows(words, isAuthorisationHead, isEngagement)
        let cp = words.contains(where: isCPWord)
            || follows(words, isCreditHead, isPaiement)
        switch (ae, cp) {
        case (true, true): return .aeCp
        case (true, false): return .ae
        case (false, true): return .cp
        default: return nil
        }
    }

    /// Whether a word told by `isWord` comes within two words after one told by `isHead`
    /// (`crédits de paiement`). The words are told by `==` after their length, as
    /// `ColumnHeader+Words` tells them: comparing each word with arrays of strings built a
    /// closure and called the string comparison at every word of every header.
    @inline(__always)
    private static func follows(
        _ words: ArraySlice<String>, _ isHead: (String) -> Bool, _ isWord: (String) -> Bool
    ) -> Bool {
        // The slice's own indices: the two words after position `index` are at `index + 1`
        // and `index + 2`, within the slice.
        for index in words.indices where isHead(words[index]) {
            if words[(index + 1)...].prefix(2).contains(where: isWord) { return true }
        }
        return false
    }

    static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4, let value = Int(word), years.contains(value) else { return nil }
        return value
    }

    /// `text.utf8.split { !ByteClass.isASCIIAlphanumeric($0) }` as strings when `text` is
    /// ASCII, nil when it is not: one loop over its own bytes, where the generic split of the
    /// UTF-8 view and the test for ASCII cost ten thousand instructions a title.
    static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var start = 0
            var inWord = false
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                let alphanumeric = ByteClass.isASCIIAlphanumeric(byte)
                if alphanumeric, !inWord {
                    start = index
                    inWord = true
                } else if !alphanumeric, inWord {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    inWord = false
                }
            }
            if inWord { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)) }
            return words
        }
    }

    /// The budget year a table's title names (`EXERCICE 2026 - ...`): the year after
    /// `exercice`, `année` or `gestion`, else the only year it holds.
    static func titleYear(_ title: String) -> Int? {
        let bytes = Array(title.utf8)
        let folded = Folding.fold(bytes, 0, bytes.count)
        // An ASCII character is a letter or a number exactly when its byte is an ASCII letter
        // or digit (`\r\n`, one character, is neither, as its two bytes): split on the bytes,
        // where asking each character cost tens of thousands of instructions a title.
        let words = asciiWords(folded) ?? folded.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (index, word) in words.enumerated() where ["exercice", "annee", "gestion"].contains(word) {
            if index + 1 < words.count, let value = year(words[index + 1]) { return value }
        }
        let all = Set(words.compactMap(year))
        return all.count == 1 ? all.first : nil
    }
}
