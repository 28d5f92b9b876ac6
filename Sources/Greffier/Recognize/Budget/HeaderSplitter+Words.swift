/// Whether a word of a cell is a header word, read in place: `holdsOnlyHeaderWords` asks it of
/// the first word or two of nearly every line of prose (the table search turns such a line down
/// on them), and folding the word into a string, a set look-up and two `hasPrefix` cost hundreds
/// of instructions an ASCII word, thousands one with an accent.
extension HeaderSplitter {
    /// The ASCII words of the vocabulary by length, with a bit per first byte for each length:
    /// most words have no vocabulary word of their length and first byte.
    struct WordList: Sendable {
        private var words = [[[UInt8]]](repeating: [], count: 32)
        private var firstBytes = [UInt64](repeating: 0, count: 64)

        init(_ vocabulary: Set<String>) {
            for word in vocabulary where word.utf8.allSatisfy({ $0 < 0x80 }) && word.utf8.count < 32 {
                let bytes = Array(word.utf8)
                guard let first = bytes.first else { continue }
                words[bytes.count].append(bytes)
                firstBytes[bytes.count * 2 + Int(first >> 6)] |= 1 << UInt64(first & 63)
            }
        }

        /// Whether `text[start..<end]`, ASCII letters lowercased, is one of the words.
        @inline(__always)
        func contains(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
            let count = end - start
            guard count > 0, count < 32 else { return false }
            let first = ByteClass.lowercased(text[start])
            guard first < 0x80, firstBytes[count * 2 + Int(first >> 6)] >> UInt64(first & 63) & 1 != 0 else { return false }
            for word in words[count] where word[0] == first {
                var same = true
                for offset in 1..<count where ByteClass.lowercased(text[start + offset]) != word[offset] {
                    same = false
                    break
                }
                if same { return true }
            }
            return false
        }
    }

    /// What `holdsOnlyHeaderWords` reads of every word, made once.
    struct WordTables: Sendable {
        let words: WordList
        /// `startBytes`, a bit per byte.
        private var starts: (UInt64, UInt64) = (0, 0)
        /// The first two bytes a header word of two bytes or more may fold to when both are
        /// ASCII (`isHeaderWord`): those of the ASCII vocabulary words, `ae` and `cp` (glued to
        /// what follows) and `19`, `20`, `21` (years), a bit per second byte for each first
        /// byte. A word whose fold opens on two other ASCII bytes is turned down without reading
        /// the rest of it.
        private var openings = [UInt64](repeating: 0, count: 256)
        /// The first three bytes a header word of three bytes or more not opening on `ae` or
        /// `cp` may fold to when all are ASCII, as bits of a table of 4,096 by a hash of the three
        /// (`continuation`): those of the ASCII vocabulary words and of years. A word
        /// whose fold opens on a vocabulary word of two bytes (`de`, `et`, `en`) and goes on
        /// (`Département`, `Exécution`) is turned down without folding the rest of it.
        private var continuations = [UInt64](repeating: 0, count: 64)

        init(_ vocabulary: Set<String>, startBytes: [Bool]) {
            words = WordList(vocabulary)
            for (byte, starts) in startBytes.enumerated() where starts && byte < 128 {
                if byte < 64 { self.starts.0 |= 1 << UInt64(byte) } else { self.starts.1 |= 1 << UInt64(byte - 64) }
            }
            for word in vocabulary.union(["ae", "cp", "19", "20", "21"]) {
                let bytes = Array(word.utf8)
                guard bytes.count >= 2, bytes[0] < 0x80, bytes[1] < 0x80 else { continue }
                openings[Int(bytes[0]) * 2 + Int(bytes[1] >> 6)] |= 1 << UInt64(bytes[1] & 63)
            }
            let years = ["19", "20", "21"].flatMap { century in (0...9).map { century + String($0) } }
            for word in vocabulary.union(years) {
                let bytes = Array(word.utf8)
                guard bytes.count >= 3, bytes[0] < 0x80, bytes[1] < 0x80, bytes[2] < 0x80 else { continue }
                let hash = Self.continuation(bytes[0], bytes[1], bytes[2])
                continuations[hash >> 6] |= 1 << UInt64(hash & 63)
            }
        }

        /// Whether a word whose fold opens on the ASCII bytes `first`, `second` (`mayOpen`) and
        /// whose third byte is `third` is no header word by those three: `third` ASCII, no space
        /// and no `-` (the fold then opens on the three lowercased, `-⏎` aside), and
        /// `mayContinue` false.
        @inline(__always)
        func turnsDownThird(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
            third < 0x80 && third != 0x20 && third != UInt8(ascii: "-") && !mayContinue(first, second, third)
        }

        /// A hash of three bytes, below 4,096.
        @inline(__always)
        private static func continuation(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
            (Int(first) &* 961 &+ Int(second) &* 31 &+ Int(third)) & 4095
        }

        /// False only when no header word of three bytes or more folds to a fold opening on the
        /// ASCII bytes `first`, `second`, `third` (lowercased here): not `ae`, `cp`, nor the
        /// opening of a vocabulary word or a year (a hash may let others through).
        @inline(__always)
        func mayContinue(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Bool {
            let first = ByteClass.lowercased(first), second = ByteClass.lowercased(second)
            if (first == UInt8(ascii: "a") && second == UInt8(ascii: "e")) || (first == UInt8(ascii: "c") && second == UInt8(ascii: "p")) {
                return true
            }
            let hash = Self.continuation(first, second, ByteClass.lowercased(third))
            return continuations[hash >> 6] >> UInt64(hash & 63) & 1 != 0
        }

        /// `startBytes` of an ASCII byte, lowercased.
        @inline(__always)
        func mayStart(_ byte: UInt8) -> Bool {
            let byte = ByteClass.lowercased(byte)
            return (byte < 64 ? starts.0 >> UInt64(byte) : starts.1 >> UInt64(byte & 63)) & 1 != 0
        }

        /// Whether a fold opening on the ASCII bytes `first`, `second` (lowercased here) may be a
        /// header word.
        @inline(__always)
        func mayOpen(_ first: UInt8, _ second: UInt8) -> Bool {
            let first = ByteClass.lowercased(first), second = ByteClass.lowercased(second)
            return openings[Int(first) * 2 + Int(second >> 6)] >> UInt64(second & 63) & 1 != 0
        }
    }

    static let tables = WordTables(vocabulary, startBytes: startBytes)

    /// `isHeaderWordASCII` of a word known to be ASCII bytes without a line feed.
    @inline(__always)
    static func isASCIIHeaderWord(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ words: WordList) -> Bool {
        let count = end - start
        if count >= 2 {
            let first = ByteClass.lowercased(text[start])
            let second = ByteClass.lowercased(text[start + 1])
            if (first == UInt8(ascii: "a") && second == UInt8(ascii: "e"))
                || (first == UInt8(ascii: "c") && second == UInt8(ascii: "p"))
            {
                return true
            }
        }
        if count == 4 {
            var value = 0
            var digits = true
            for index in start..<end {
                digits = digits && ByteClass.isDigit(text[index])
                value = value &* 10 &+ Int(text[index] &- 0x30)
            }
            if digits, ColumnHeader.years.contains(value) { return true }
        }
        return words.contains(text, start, end)
    }

    /// `isHeaderWord` of the fold of a word holding a non-ASCII byte or a line feed, look-alike
    /// letters read as Latin (`Homoglyphs.latinized`), as `holdsOnlyHeaderWords` folded it: the
    /// word's bytes alone, so that a character its end cuts reads as it did in a copy of them.
    /// A word without a look-alike's lead byte (CE, D0, D1 hold them all) is folded into a
    /// buffer, and turned down on its first two folded bytes when its first letters fold to
    /// ASCII; a fold of ASCII bytes and whole `€`s is compared as bytes (two such strings are
    /// equal only when their bytes are, and `€` neither composes nor extends a character); any
    /// other word is folded into a string as before.
    static func isFoldedHeaderWord(
        _ text: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8], _ start: Int, _ end: Int, _ tables: WordTables
    ) -> Bool {
        let word = UnsafeBufferPointer(rebasing: text[start..<end])
        var lookAlike = false
        for byte in word where byte == 0xCE || byte == 0xD0 || byte == 0xD1 {
            lookAlike = true
            break
        }
        if !lookAlike {
            let opening = openingFold(word)
            if opening.count >= 2, !tables.mayOpen(opening.bytes.0, opening.bytes.1) { return false }
            if opening.count == 3, !tables.mayContinue(opening.bytes.0, opening.bytes.1, opening.bytes.2) { return false }
            let header = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer -> Bool? in
                guard let base = buffer.baseAddress else { return nil }
                var fold = CappedFold(base: base, capacity: buffer.count)
                _ = Folding.fold(word, 0, word.count, into: &fold)
                return fold.isHeaderWord(tables.words)
            }
            if let header { return header }
        }
        let latin = Homoglyphs.latinized(bytes, start, end) ?? Array(bytes[start..<end])
        return isHeaderWord(Folding.fold(latin, 0, latin.count))
    }

    /// The first bytes of `Folding.fold(word)` while its characters fold to ASCII (ASCII bytes
    /// lowercased, letters with an ASCII fold), three at most, and how many: the fold folds
    /// each character alone, so these are its first bytes. Stops before a `-` (a `-⏎` is
    /// skipped by the fold) or a character without an ASCII fold.
    @inline(__always)
    private static func openingFold(_ word: UnsafeBufferPointer<UInt8>) -> (bytes: (UInt8, UInt8, UInt8), count: Int) {
        var folded: (UInt8, UInt8, UInt8) = (0, 0, 0)
        var count = 0
        var index = 0
        while count < 3, index < word.count {
            let byte = word[index]
            var first = byte
            var second: UInt8 = 0
            if byte < 0x80 {
                guard byte != UInt8(ascii: "-") else { break }
                first = ByteClass.lowercased(byte)
                index += 1
            } else {
                (first, second) = Letters.asciiFoldBytes(Letters.scalar(word, at: index))
                guard first != 0 else { break }
                index += Letters.scalarLength(byte)
            }
            put(first, into: &folded, &count)
            if second != 0, count < 3 { put(second, into: &folded, &count) }
        }
        return (folded, count)
    }

    @inline(__always)
    private static func put(_ byte: UInt8, into folded: inout (UInt8, UInt8, UInt8), _ count: inout Int) {
        switch count {
        case 0: folded.0 = byte
        case 1: folded.1 = byte
        default: folded.2 = byte
        }
        count += 1
    }
}

extension CappedFold {
    /// `HeaderSplitter.isHeaderWord` of the fold, nil when only its string can tell. A
    /// vocabulary word or a year is shorter than `capacity`; a longer fold is a header word
    /// only by its first two characters (`ae`, `cp`), known from its first three bytes. A fold
    /// holding a non-ASCII character other than `€` is no vocabulary word nor year (no such
    /// character is canonically equivalent to what they hold), and opens on `ae` or `cp` as
    /// characters exactly when its bytes do and its third byte opens no character that could
    /// join the second (ASCII, `€`); the string tells the rest.
    func isHeaderWord(_ words: HeaderSplitter.WordList) -> Bool? {
        let kept = min(count, capacity)
        var index = 0
        var euros = false
        var other = false
        while index < kept {
            let byte = base[index]
            if byte < 0x80 {
                index += 1
            } else if byte == 0xE2, index + 2 < kept, base[index + 1] == 0x82, base[index + 2] == 0xAC {
                euros = true
                index += 3
            } else {
                other = true
                break
            }
        }
        let glued = count >= 2
            && ((base[0] == UInt8(ascii: "a") && base[1] == UInt8(ascii: "e")) || (base[0] == UInt8(ascii: "c") && base[1] == UInt8(ascii: "p")))
        if other {
            guard glued else { return false }
            // `other` is at the third byte or after: the fold holds three bytes at least.
            let third = base[2]
            if third < 0x80 || (third == 0xE2 && kept >= 5 && base[3] == 0x82 && base[4] == 0xAC) { return true }
            return nil
        }
        if glued { return true }
        guard count < capacity else { return false }
        let fold = UnsafeBufferPointer(start: base, count: count)
        if euros { return HeaderSplitter.isHeaderWord(String(decoding: fold, as: UTF8.self)) }
        return HeaderSplitter.isASCIIHeaderWord(fold, 0, count, words)
    }
}
