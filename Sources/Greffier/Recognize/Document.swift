#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The decoded, tokenized text every recognizer reads.
public struct Document: Sendable {
    public let bytes: [UInt8]
    public let tokens: [Token]
    /// Byte offset of the start of each line, ascending.
    let lineStarts: [Int]
    /// Each token folded once, here: recognizers compare tokens with words millions of times.
    let folds: FoldedTokens
    /// The clauses of the running text, made once: the schedule and ceiling recognizers both
    /// read them.
    let clauses: Clauses
    /// The parties' chunks of the `Entre ... Et ...` block, read once: the party and signatory
    /// recognizers both need them (the block is bounded: `PartyBlock.lineLimit`).
    private(set) var partyReadings: [PartyChunkReader.Reading] = []
    /// When recognizers must stop (`ExtractionLimits.maxDuration`); none by default.
    var deadline = Deadline.none

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        // Stray marks first: a page header with one at its end is still a page header.
        var feedInToken = false
        // The line starts with it: its pass meets every line break (`cleanedWithLineStarts`),
        // which holds every `\n` unless the text is not UTF-8.
        let cleaned = PageFurniture.cleanedWithLineStarts(Tokenizer.tokenize(bytes, feedInToken: &feedInToken), in: bytes)
        self.tokens = cleaned.tokens
        self.lineStarts = feedInToken ? Self.lineStarts(bytes) : cleaned.lineStarts
        self.folds = FoldedTokens(bytes, tokens, lanes: .recognizers)
        self.clauses = Clauses(bytes: bytes, tokens: tokens, folds: folds)
        partyReadings = PartyBlock.chunks(self).compactMap { PartyChunkReader.read(self, $0) }
    }

    /// Offsets after each `\n`, with 0 first, found 64 bytes at a time (`LineFeeds`): a
    /// byte-by-byte loop here cost a tenth of making the document, a `memchr` call per line 1 %
    /// of the time.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { LineFeeds.lineStarts($0) }
    }

    public func text(_ range: TextRange) -> String {
        String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }

    public func text(of index: Int) -> String { text(tokens[index].range) }

    /// Zero-based line number of a byte offset.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// Whether a recognizer's loop must stop at this step (see `Deadline`): it then keeps
    /// what it found and returns.
    func outOfTime(_ steps: inout Int) -> Bool { deadline.expired(&steps) }

    /// The first token of `range` that starts at or after byte `offset`, else `range.upperBound`.
    /// A binary search, since tokens are in text order: callers inside loops stay linear.
    func firstToken(startingAtOrAfter offset: Int, in range: Range<Int>) -> Int {
        var low = range.lowerBound
        var high = range.upperBound
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The token's text lowercased with accents removed (`Activité` → `activite`).
    func folded(_ index: Int) -> String {
        folds.string(index)
    }

    /// Whether token `index` is a word equal to `word` (lowercase ASCII) once folded.
    // Inlined: called millions of times per megabyte, its call frame cost more than its test.
    @inline(__always)
    func isWord(_ index: Int, _ word: String) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return folds.equals(index, word)
    }

    /// The first byte of token `index` folded (0 when it cannot equal an ASCII word).
    func foldedFirstByte(_ index: Int) -> UInt8 { folds.firstByte(index) }

    /// Whether token `index` is a word whose folded form is one of `words`.
    func isWord(_ index: Int, oneOf words: [String]) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return false }
        return words.contains { folds.equals(index, $0) }
    }

    @inline(__always)
    func isPunctuation(_ index: Int, _ byte: UInt8) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let token = tokens[index]
        return token.kind == .punctuation && bytes[token.start] == byte
    }

    func isSymbol(_ index: Int, _ text: String) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .symbol else { return false }
        return self.text(of: index) == text
    }

    /// Whether the token is the first token of its line (after leading tabs).
    // Inlined, as `next` and `isLineEnd`: out of line, their call cost as much as their loop
    // (`LegalReferenceRecognizer.parse` alone asks `next` some 17,500 times per 400 texts).
    @inline(__always)
    func startsLine(_ index: Int) -> Bool {
        var previous = index - 1
        while previous >= 0, tokens[previous].kind == .tab { previous -= 1 }
        return previous < 0 || tokens[previous].kind == .lineBreak
            || tokens[previous].kind == .blankLine
    }

    /// The index after `index`, skipping single line breaks: sentences and references wrap
    /// across lines (`circulaire du` / `Premier ministre`), paragraphs do not.
    @inline(__always)
    func next(_ index: Int) -> Int {
        var current = index + 1
        while current < tokens.count, tokens[current].kind == .lineBreak { current += 1 }
        return current
    }

    @inline(__always)
    func isLineEnd(_ index: Int) -> Bool {
        index >= tokens.count || tokens[index].kind == .lineBreak
            || tokens[index].kind == .blankLine
    }
}
