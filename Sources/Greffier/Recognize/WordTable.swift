/// A fixed list of folded words that recognizers look for at every token (`décret`, `arrêté`,
/// `copie`...). Trying each word of a `[String]` at each token cost a closure, the array's
/// reference counting and one string comparison per word; here most tokens are rejected by
/// their first two folded bytes, and the rest are compared only with the words that start
/// with their first byte and have their folded length, in list order. Built from
/// the words themselves, so it cannot forget one (`WordTableTests` checks it answers as
/// comparing every word does, on every token of the corpus).
struct WordTable: Sendable {
    let words: [String]
    /// The words' first two bytes: `Document.tokens(startingWithOneOf:)` walks the tokens that may be one.
    let initials: Initials
    /// The words grouped by first byte, in list order: those starting with byte `b` are
    /// `entries[starts[b]..<starts[b + 1]]`. One array of plain values, so that a look-up
    /// reads one entry per word rather than three arrays, each bounds-checked.
    private let entries: [Entry]
    private let starts: [Int]
    /// The bytes of the word of `entries[k]` are `packed[entries[k].offset...]`: compared
    /// without a string.
    private let packed: [UInt8]

    /// A word of the table: its length in bytes, its lead (`FoldedTokens.lead`: its first two
    /// bytes), where its bytes are in `packed`, and its position in `words`.
    private struct Entry: Sendable {
        let length: Int
        let lead: UInt16
        let offset: Int
        let position: Int
    }
    /// For each first byte, bit `n` set when a word starting with it is `n` bytes long (63 for
    /// any longer): most candidates passing the initials (`convention` for `copie`) have no
    /// word of their length, and one bit test turns them down before the list is walked.
    private let lengthMasks: [UInt64]

    init(_ words: [String]) {
        // An empty word has no first byte to be found by: none is looked for.
        precondition(words.allSatisfy { !$0.isEmpty }, "a word table holds no empty word")
        self.words = words
        initials = Initials(words)
        // The words by first byte, in list order, in one pass: a filter of the whole list for
        // each of the 256 bytes made 256 arrays per table (some 60,000 instructions each, for
        // the thirty-odd tables made at start).
        var buckets = [[Int]](repeating: [], count: 256)
        for index in words.indices {
            if let first = words[index].utf8.first { buckets[Int(first)].append(index) }
        }
        var entries: [Entry] = []
        entries.reserveCapacity(words.count)
        var starts: [Int] = []
        starts.reserveCapacity(257)
        var packed: [UInt8] = []
        for bucket in buckets {
            starts.append(entries.count)
            for position in bucket {
                let utf8 = Array(words[position].utf8)
                let lead = UInt16(utf8[0]) | (utf8.count > 1 ? UInt16(utf8[1]) << 8 : 0)
                entries.append(Entry(length: utf8.count, lead: lead, offset: packed.count, position: position))
                packed += utf8
            }
        }
        starts.append(entries.count)
        self.entries = entries
        self.starts = starts
        self.packed = packed
        var masks = [UInt64](repeating: 0, count: 256)
        for word in words {
            guard let first = word.utf8.first else { continue }
            masks[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        lengthMasks = masks
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
        // The length test here, inlined, rather than in `lookUp`: most tokens that pass the
        // initials have no word's length, and are turned down without a call.
        let byte = UInt8(truncatingIfNeeded: lead)
        let length = document.folds.length(index)
        guard lengthMasks[Int(byte)] & (1 << UInt64(min(length, 63))) != 0 else { return nil }
        return lookUp(document, index, byte, length)
    }

    /// `firstIndex` of a token that a walk by these initials stopped at
    /// (`Document.tokens(startingWithOneOf:)`, `FoldedTokens.next`): its lead passed them
    /// already, so only its length and bytes are tested. (The initials are only a filter: the
    /// answer is the same for any token, only slower for those they turn down.)
    @inline(__always)
    func firstIndex(walked index: Int, _ document: Document) -> Int? {
        let byte = UInt8(truncatingIfNeeded: document.folds.lead(index))
        let length = document.folds.length(index)
        guard lengthMasks[Int(byte)] & (1 << UInt64(min(length, 63))) != 0 else { return nil }
        return lookUp(document, index, byte, length)
    }

    /// Whether token `index` is one of the words, as `document.isWord(index, oneOf: words)`.
    @inline(__always)
    func contains(_ document: Document, _ index: Int) -> Bool {
        firstIndex(document, index) != nil
    }

    /// The first of the words starting with `first` that token `index` (of folded length
    /// `length`) is: those of its length only are compared, on the stored folded bytes.
    private func lookUp(_ document: Document, _ index: Int, _ first: UInt8, _ length: Int) -> Int? {
        let byte = Int(first)
        let tokens = document.tokens
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        // The token's lead is its first two folded bytes (0 when it can equal no word): a word
        // of its length and lead is compared only then, and one of at most two bytes is equal
        // to it without a comparison (`FoldedTokens.equals` would find the same bytes).
        let lead = document.folds.lead(index)
        guard lead != 0 else { return nil }
        return entries.withUnsafeBufferPointer { entries -> Int? in
            packed.withUnsafeBufferPointer { bytes -> Int? in
                guard let base = bytes.baseAddress else { return nil }
                for entry in entries[starts[byte]..<starts[byte + 1]] where entry.length == length && entry.lead == lead {
                    if length <= 2 || document.folds.equals(index, base + entry.offset, count: length) { return entry.position }
                }
                return nil
            }
        }
    }
}
