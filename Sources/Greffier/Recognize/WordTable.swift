/// A fixed list of folded words that recognizers look for at every token (`décret`, `arrêté`,
/// `copie`...). Trying each word of a `[String]` at each token cost a closure, the array's
/// reference counting and one string comparison per word; here most tokens are rejected by
/// their first two folded bytes, and the rest are compared only with the words that start
/// with their first byte, in list order, on their raw bytes when those are ASCII. Built from
/// the words themselves, so it cannot forget one (`WordTableTests` checks it answers as
/// comparing every word does, on every token of the corpus).
struct WordTable: Sendable {
    let words: [String]
    /// The words' first two bytes: `Document.tokens(startingWithOneOf:)` walks the tokens that may be one.
    let initials: Initials
    /// Positions in `words`, grouped by first byte: those starting with byte `b` are
    /// `order[starts[b]..<starts[b + 1]]`, in list order.
    private let order: [Int]
    private let starts: [Int]
    /// The bytes of `words[order[k]]`, beside `order`.
    private let spellings: [Spelling]

    init(_ words: [String]) {
        // An empty word has no first byte to be found by: none is looked for.
        precondition(words.allSatisfy { !$0.isEmpty }, "a word table holds no empty word")
        self.words = words
        initials = Initials(words)
        var order: [Int] = []
        var starts: [Int] = []
        for byte in 0...255 {
            starts.append(order.count)
            order += words.indices.filter { words[$0].utf8.first == UInt8(byte) }
        }
        starts.append(order.count)
        self.order = order
        self.starts = starts
        spellings = order.map { Spelling(words[$0]) }
    }

    /// The position in `words` of the first word that token `index` is once folded, as
    /// `words.firstIndex { document.isWord(index, $0) }` would say.
    // A token can equal a word only if its first two folded bytes are the word's: frequent
    // words pass a test of the first alone (`de`, `la`, `ce` for `decret`, `loi`, `centre`),
    // most fail this one.
    @inline(__always)
    func firstIndex(_ document: Document, _ index: Int) -> Int? {
        let lead = document.folds.lead(index)
        guard initials.contains(lead: lead) else { return nil }
        return lookUp(document, index, UInt8(truncatingIfNeeded: lead))
    }

    /// Whether token `index` is one of the words, as `document.isWord(index, oneOf: words)`.
    @inline(__always)
    func contains(_ document: Document, _ index: Int) -> Bool {
        firstIndex(document, index) != nil
    }

    private func lookUp(_ document: Document, _ index: Int, _ first: UInt8) -> Int? {
        let tokens = document.tokens
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        let token = tokens[index]
        let bytes = document.bytes
        let byte = Int(first)
        for position in starts[byte]..<starts[byte + 1] {
            switch spellings[position].equals(bytes, token.start, token.end) {
            case true?: return order[position]
            case false?: continue
            case nil: if document.isWord(index, words[order[position]]) { return order[position] }
            }
        }
        return nil
    }
}

/// A word's bytes packed in two integers, compared with a token's raw bytes without reference
/// counting. Comparing strings at each candidate cost more than the rest of the look-up; most
/// candidates (`de` for `decret`, `ce` for `centre`) differ within their first bytes.
private struct Spelling: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    /// The word's length; nil when it is too long to pack (then only `isWord` compares it).
    private let count: Int?

    init(_ word: String) {
        let bytes = Array(word.utf8)
        count = bytes.count <= 16 ? bytes.count : nil
        guard count != nil else { return }
        for (offset, byte) in bytes.enumerated() {
            if offset < 8 {
                low |= UInt64(byte) << UInt64(8 * offset)
            } else {
                high |= UInt64(byte) << UInt64(8 * (offset - 8))
            }
        }
    }

    /// Whether the token `bytes[start..<end]` folded is this word, told from its raw bytes
    /// while they are ASCII: folding only lowercases those. Nil when a byte that is not ASCII,
    /// or a hyphen (a `-⏎` inside a word joined across lines folds to nothing), comes before
    /// the answer is known: then `Document.isWord` decides.
    @inline(__always)
    func equals(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool? {
        guard let count else { return nil }
        // A token never folds to more bytes than it has (`Letters.asciiFoldBytes` gives at most
        // two letters, only for two-byte characters; a `-⏎` folds to nothing).
        guard count <= end - start else { return false }
        var position = start
        var offset = 0
        while offset < count {
            // The token ends first: it folds to fewer bytes than the word has.
            guard position < end else { return false }
            let byte = bytes[position]
            guard byte < 0x80, byte != UInt8(ascii: "-") else { return nil }
            let packed = offset < 8 ? low >> UInt64(8 * offset) : high >> UInt64(8 * (offset - 8))
            guard ByteClass.lowercased(byte) == UInt8(truncatingIfNeeded: packed) else { return false }
            position += 1
            offset += 1
        }
        guard position < end else { return true }
        // Anything else left folds to at least one more byte, or to no ASCII (never a word).
        return bytes[position] == UInt8(ascii: "-") ? nil : false
    }
}
