/// Running page headers, footers and lone page numbers that scans and PDF conversions insert
/// between the lines of a text (`BO Santé – Protection sociale – Solidarité no 2017/10 du 15
/// novembre 2017, Page 123`, `Page 4/12`, `- 3 -`). Their tokens are dropped before any
/// recognizer reads the text, so that a header falling inside a list, a table or a sentence
/// does not break it; the text itself and every span are untouched.
enum PageFurniture {
    /// The tokens every recognizer reads: `tokens` without stray marks at line ends, without
    /// furniture lines, and with words hyphenated across a line break joined. One pass, line by
    /// line (three passes over every token cost as much as tokenizing).
    static func cleaned(_ tokens: consuming [Token], in bytes: [UInt8]) -> [Token] {
        cleanedWithLineStarts(tokens, in: bytes).tokens
    }

    /// `cleaned`, and the text's line starts (`LineFeeds.lineStarts`) read off the line breaks
    /// this pass stops at anyway: every `\n` of a text in UTF-8 is in a break token (a
    /// character's bytes never hold one), and the pass meets each break once, in order, before
    /// a line is dropped or a word joined. A pass over the bytes for them cost ~1 % of the time.
    static func cleanedWithLineStarts(_ tokens: consuming [Token], in bytes: [UInt8]) -> (tokens: [Token], lineStarts: [Int]) {
        var tokens = tokens
        // Lines are ~60 bytes: room for lines of 32 on average, grown past that.
        var starts = LineStartSink(capacity: bytes.count / 32 + 16)
        let kept = tokens.withUnsafeMutableBufferPointer { storage -> Int in
            guard let base = storage.baseAddress else { return 0 }
            return bytes.withUnsafeBufferPointer { text in
                edgeFlags.withUnsafeBufferPointer { edges in
                    cleaned(UnsafeBufferPointer(storage), text, bytes, edges, into: base, lineStarts: &starts)
                }
            }
        }
        tokens.removeLast(tokens.count - kept)
        return (tokens, starts.array())
    }

    /// By byte, what it may be at a line's edge: a stray mark (`isStray`) at its end, a
    /// furniture line's opening (`opensFurniture`) at its start. One load and one test for
    /// each edge of every line, where the comparisons took five and eight instructions.
    static let edgeFlags: [UInt8] = (0...255).map { value in
        (isStray(UInt8(value)) ? strayEdge : 0) | (opensFurniture(UInt8(value)) ? openingEdge : 0)
    }
    static let strayEdge: UInt8 = 1
    static let openingEdge: UInt8 = 2

    /// Writes the kept tokens at `kept` and returns their count. `kept` is `tokens`' own storage:
    /// the kept tokens are written over those read, never past the one being read (a second
    /// array as large cost a page fault every 340 tokens of a large input). A read of `tokens`
    /// at `index` or after is of tokens not yet written over; one at `index - 1` is of a token
    /// overwritten only while nothing was dropped or joined, that is by itself (a join moves
    /// the writing three tokens back for good). The joins read and move `kept` only.
    private static func cleaned(
        _ tokens: UnsafeBufferPointer<Token>, _ text: UnsafeBufferPointer<UInt8>, _ bytes: [UInt8],
        _ edges: UnsafeBufferPointer<UInt8>, into kept: UnsafeMutablePointer<Token>, lineStarts: inout LineStartSink
    ) -> Int {
        guard let source = tokens.baseAddress else { return 0 }
        var count = 0
        // Where in `kept` the last joined word is: it cannot open another join.
        var lastJoined = -1
        // The last break: a line's walk that starts before it stops at it at the latest, and need
        // not test the end of the tokens at each step.
        var lastBreak = tokens.count - 1
        while lastBreak >= 0, !isBreak(tokens[lastBreak].kind) { lastBreak -= 1 }
        var index = 0
        while index < tokens.count {
            // One line: its tokens without stray marks, then its break (if any). Only a line's
            // last token may be a stray mark (one is followed by a break): the line is found by
            // the kinds alone, then moved whole, or not at all while nothing was dropped (the
            // kept tokens are then the tokens read); a test and a copy per token cost a third
            // of this pass.
            let lineStart = count
            let end = index <= lastBreak ? nextBreak(tokens, from: index) : tokens.count
            // The line's break, read before anything is written over it.
            if end < tokens.count { lineStarts.append(breaks: source[end], in: text) }
            if end > index,
                edges[Int(text[source[end &- 1].start])] & strayEdge == 0 || !isStrayLineEnd(tokens, end - 1, text),
                edges[Int(text[source[index].start])] & openingEdge == 0 && source[index].kind != .tab
                    || !mayBeFurniture(UnsafeBufferPointer(start: source + index, count: end - index), text)
            {
                // Nearly every line: no stray mark at its end, no furniture opening (the bytes
                // of its last and first tokens tell), kept whole with its break, in place while
                // nothing was dropped; the tests and moves below are for the other lines.
                let next = end < tokens.count ? end &+ 1 : end
                if count != index {
                    UnsafeMutableRawPointer(kept + count).copyMemory(
                        from: source + index, byteCount: (next &- index) &* MemoryLayout<Token>.stride)
                }
                count &+= next &- index
                index = next
            } else {
                let keptEnd = end > index && isStrayLineEnd(tokens, end - 1, text) ? end - 1 : end
                if count != index, keptEnd > index {
                    // Down the buffer, never past the tokens not yet read (`copyMemory` allows the
                    // overlap): one copy of the line rather than a loop of three stores a token.
                    UnsafeMutableRawPointer(kept + count).copyMemory(
                        from: source + index, byteCount: (keptEnd - index) * MemoryLayout<Token>.stride)
                }
                // Counts and indices stay within the tokens: wrapping arithmetic, no overflow test.
                count &+= keptEnd &- index
                index = end
                if count > lineStart, mayBeFurniture(UnsafeBufferPointer(start: kept + lineStart, count: count - lineStart), text),
                    isFurniture(UnsafeBufferPointer(start: kept + lineStart, count: count - lineStart), text)
                {
                    // Drop the line and its own break; the break before it still separates the text.
                    count = lineStart
                    index += 1
                    continue
                }
                if index < tokens.count {
                    // While nothing was dropped, the break is where it is read.
                    if count != index { (kept + count).initialize(to: tokens[index]) }
                    count &+= 1
                }
                index &+= 1
            }
            // The hyphen's byte first (`joinsHyphenatedWord` tests it too): few lines end with one.
            if lineStart >= 3, text[kept[lineStart &- 2].start] == UInt8(ascii: "-"),
                joinsHyphenatedWord(UnsafeBufferPointer(start: kept, count: count), at: lineStart, lastJoined: lastJoined, bytes)
            {
                kept[lineStart - 3] = Token(.word, kept[lineStart - 3].start, kept[lineStart].end)
                // The hyphen, the break and the second half go: the rest of the line moves up.
                var from = lineStart + 1
                while from < count {
                    kept[from - 3] = kept[from]
                    from += 1
                }
                count -= 3
                lastJoined = lineStart - 3
            }
        }
        return count
    }

    /// A word hyphenated across a line break (`progr-` / `ammes`, `infor-` / `mation`) becomes
    /// one word token spanning both halves; folding skips the `-⏎` inside it, so recognizers
    /// read `programmes`, while the text and its span stay exactly as written. Whether the line
    /// kept from `kept[lineStart]` on opens with the second half of such a word; a word joined
    /// already does not start another.
    private static func joinsHyphenatedWord(_ kept: UnsafeBufferPointer<Token>, at lineStart: Int, lastJoined: Int, _ bytes: [UInt8]) -> Bool {
        guard lineStart >= 3, lineStart < kept.count, lastJoined != lineStart - 3 else { return false }
        let first = kept[lineStart - 3], hyphen = kept[lineStart - 2], lineBreak = kept[lineStart - 1]
        let second = kept[lineStart]
        // The mark first: few lines end with one (most end with a word), while most of the
        // tokens three back are words.
        return hyphen.kind == .punctuation && bytes[hyphen.start] == UInt8(ascii: "-") && first.kind == .word
            && hyphen.start == first.end && lineBreak.kind == .lineBreak && lineBreak.start == hyphen.end
            && second.kind == .word && LetterCase.isLower(bytes, at: second.start)
            && !HyphenatedCompounds.isCompound(bytes, first: first.range, second: second.range)
    }

    /// The first break at or after `index`, which must not be past the last break: four kinds
    /// a step, each one compare of the kind in memory and one branch (the kinds past `tab`
    /// are the breaks, `isBreak`), where a test and a step per token cost seven instructions
    /// on every token of every input. A kind is read only after every one before it is not a
    /// break: never past the last break.
    @inline(__always)
    private static func nextBreak(_ tokens: UnsafeBufferPointer<Token>, from index: Int) -> Int {
        guard let base = tokens.baseAddress else { return index }
        @inline(__always) func ends(_ token: UnsafePointer<Token>) -> Bool { isBreak(token.pointee.kind) }
        var token = base + index
        while !ends(token) {
            if ends(token + 1) { return base.distance(to: token) &+ 1 }
            if ends(token + 2) { return base.distance(to: token) &+ 2 }
            if ends(token + 3) { return base.distance(to: token) &+ 3 }
            token += 4
        }
        return base.distance(to: token)
    }

    /// A line break or a paragraph break: what ends a line.
    @inline(__always)
    static func isBreak(_ kind: Token.Kind) -> Bool {
        // `lineBreak` and `blankLine` are the last kinds (`PageFurnitureOnePassTests` checks
        // every kind): one comparison, with the kind in memory.
        kind.rawValue > Token.Kind.tab.rawValue
    }

    /// Characters scans leave alone at the end of a line.
    static func isStray(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "|") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".")
    }

    /// Whether token `index` is a stray `|`, `'` or `.` standing alone (after a space) at the
    /// end of a line, just before its break: dropped.
    @inline(__always)
    private static func isStrayLineEnd(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        // The byte first: few tokens open on a stray mark, while a test of the kind is a
        // branch no processor predicts (this runs on the last token of every line).
        guard isStray(bytes[token.start]), token.kind == .punctuation, token.end - token.start == 1,
            index > 0, index + 1 < tokens.count
        else { return false }
        let before = tokens[index - 1], after = tokens[index + 1]
        return before.end < token.start && before.kind != .lineBreak && before.kind != .blankLine
            && (after.kind == .lineBreak || after.kind == .blankLine) && after.start == token.end
    }

    /// The first two tests of `isFurniture`, exactly, on the kept tokens in place: nearly every
    /// line fails them, and then no slice is made for it.
    @inline(__always)
    private static func mayBeFurniture(_ line: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Nearly every line opens with something other than a tab, and is turned down on it.
        if let first = line.first, first.kind != .tab, !opensFurniture(bytes[first.start]) { return false }
        // A header ends with its page number; the other forms have at most 4 tokens.
        let endsWithNumber = line.last?.kind == .number
        var meaningful = 0
        for token in line where token.kind != .tab {
            if meaningful == 0 {
                // Every furniture line opens with `BO`, `Bulletin`, `Page` or `-`.
                guard opensFurniture(bytes[token.start]) else { return false }
            }
            meaningful += 1
            if !endsWithNumber && meaningful > 4 { return false }
        }
        // A line of tabs only has no opening.
        return meaningful > 0
    }

    /// `B`, `b`, `P`, `p` or `-`: the first byte of every furniture line.
    @inline(__always)
    static func opensFurniture(_ opening: UInt8) -> Bool {
        opening == UInt8(ascii: "B") || opening == UInt8(ascii: "b") || opening == UInt8(ascii: "P")
            || opening == UInt8(ascii: "p") || opening == UInt8(ascii: "-")
    }

    /// Whether a line (past `mayBeFurniture`) is furniture, on its bytes: the rule the tests
    /// keep as `ThreePasses.isFurniture` (its words folded into strings and compared as
    /// strings, about 1,900 instructions a line), with each word folded into a scratch buffer
    /// only as far as a test needs it and compared byte for byte (the words compared with are
    /// ASCII, which no other folded text equals as a string), and `/` and `-` told by their
    /// bytes (no other text equals either as a string).
    private static func isFurniture(_ line: UnsafeBufferPointer<Token>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only lines past `mayBeFurniture` come here; its tests are kept so that this one
        // stays the whole rule. A header ends with its page number; the other forms have at most 4 tokens.
        let lastNumber = line.last?.kind == .number
        let meaningful = line.count(where: { $0.kind != .tab })
        guard lastNumber || meaningful <= 4 else { return false }
        // Every furniture line opens with `BO`, `Bulletin`, `Page` or `-`.
        guard let opening = line.first(where: { $0.kind != .tab }), opensFurniture(bytes[opening.start]) else { return false }
        var scratch: [UInt8] = []
        scratch.reserveCapacity(16)
        func folds(_ token: Token, to word: String) -> Bool {
            scratch.removeAll(keepingCapacity: true)
            _ = Folding.fold(bytes, token.start, token.end, into: &scratch)
            return scratch.elementsEqual(word.utf8)
        }
        func isByte(_ token: Token, _ byte: UInt8) -> Bool { token.end - token.start == 1 && bytes[token.start] == byte }
        let words = line.filter { $0.kind == .word }
        // `BO ... Page 123` / `Bulletin officiel ... page 12`.
        if lastNumber, let first = words.first,
            folds(first, to: "bo") || (folds(first, to: "bulletin") && words.count > 1 && folds(words[1], to: "officiel")),
            words.contains(where: { folds($0, to: "page") })
        {
            return true
        }
        // `Page 12`, `Page 4/12`, `- 3 -`.
        if words.count == 1, folds(words[0], to: "page"), meaningful <= 4,
            line.contains(where: { $0.kind == .number }),
            line.allSatisfy({ $0.kind == .tab || $0.kind == .number || $0.kind == .word || isByte($0, UInt8(ascii: "/")) })
        {
            return true
        }
        if meaningful == 3 {
            let marks = line.filter { $0.kind != .tab }
            if marks[1].kind == .number, isByte(marks[0], UInt8(ascii: "-")), isByte(marks[2], UInt8(ascii: "-")) { return true }
        }
        return false
    }
}
