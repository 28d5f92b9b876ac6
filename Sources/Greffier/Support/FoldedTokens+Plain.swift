extension FoldedTokens {
    /// `Folding.fold` of a token that is not plain, out of line: inlined, it made the loop over
    /// every token (nearly all plain) larger and slower. In place, `sink` opens on the text
    /// lowercased and `slack` zeros.
    @inline(never)
    static func fold(
        _ text: UnsafeBufferPointer<UInt8>, inPlace: Bool, _ token: Token, latin1: UnsafeBufferPointer<UInt16>,
        folds: UnsafeBufferPointer<UInt16>, into sink: inout ByteSink
    ) -> Bool {
        // A fold is never longer than the token when `foldLatin` takes it; `slack` bytes more
        // for the last store of a run. The lowercased text is read where the sink is once it
        // has room: making room may move it.
        sink.reserve(token.end - token.start + slack)
        let written =
            inPlace
            ? foldLatin(text, lowered: sink.base, token, folds: folds, into: sink.base + sink.count)
            : foldLatin(text, token, latin1: latin1, into: sink.base + sink.count)
        if let written {
            sink.advance(by: written)
            return true
        }
        return Folding.fold(text, token.start, token.end, into: &sink)
    }

    /// `foldLatin(_:_:latin1:into:)` (its letters read from `folds`, `Latin1Folds.twoByte`) with
    /// the ASCII runs of the token copied from `lowered` (the text lowercased, readable `slack`
    /// bytes past its end) sixteen bytes at a time (`copyRun`): a run ends at a byte 0x80 or
    /// more (a character, folded as there) or at a `\n` (nil). Writes up to fifteen bytes past
    /// the fold at `out` (room for the token's length and `slack` more). A byte-by-byte copy
    /// cost twelve instructions a byte; eight bytes a turn took three turns for a word of
    /// twelve bytes with one accent, sixteen take two, each cheaper.
    @inline(__always)
    static func foldLatin(
        _ text: UnsafeBufferPointer<UInt8>, lowered: UnsafePointer<UInt8>, _ token: Token,
        folds: UnsafeBufferPointer<UInt16>, into out: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        let end = token.end
        var index = token.start
        var count = 0
        while index < end {
            let run = copyRun(lowered + index, to: out + count)
            // Offsets within a text: no overflow to test.
            guard index &+ run < end else { return count &+ (end &- index) }
            index &+= run
            count &+= run
            if run == slack { continue }
            let byte = text[index]
            guard byte &- 0xC0 < 0x20, index &+ 1 < end else { return nil }
            // The scalar as `Letters.scalar` reads it, below 0x800: one load from `folds`
            // (`Latin1Folds.twoByte`), whatever the letter.
            let ascii = folds[Int(byte & 0x1F) &<< 6 | Int(text[index &+ 1] & 0x3F)]
            guard ascii != 0 else { return nil }
            // Both bytes stored, the second counted when it is one (`œ` → `oe`): room enough.
            UnsafeMutableRawPointer(out + count).storeBytes(of: ascii.littleEndian, as: UInt16.self)
            count &+= ascii > 0xFF ? 2 : 1
            index &+= 2
        }
        return count
    }

    /// `Folding.fold` of a token whose non-ASCII characters are all two-byte letters with an
    /// ASCII fold (`é`, `à`, `ç`, `œ`: nearly every such token of a French text), written at
    /// `out` (room for the token's length), and how many bytes; nil for any other token (a
    /// `\n`, a longer character, a letter without ASCII fold, a character cut by the token's
    /// end), which `Folding.fold` then folds. For those tokens it does what `Folding.fold`
    /// does: ASCII lowercased (a `-` not before `\n` is kept), the same scalar read from the
    /// same two bytes (`Letters.scalar`), the same `asciiFoldBytes` (for U+00C0–U+00FF from
    /// `latin1`, its table); `FoldedTokensPlainTests` compares the two on every token of the
    /// corpus.
    @inline(__always)
    static func foldLatin(
        _ text: UnsafeBufferPointer<UInt8>, _ token: Token, latin1: UnsafeBufferPointer<UInt16>,
        into out: UnsafeMutablePointer<UInt8>
    ) -> Int? {
        let end = token.end
        var index = token.start
        var count = 0
        while index < end {
            let byte = text[index]
            if byte < 0x80 {
                if byte == 0x0A { return nil }
                out[count] = ByteClass.lowercased(byte)
                count += 1
                index += 1
                continue
            }
            guard byte &- 0xC0 < 0x20, index + 1 < end else { return nil }
            let ascii: UInt16
            if byte == 0xC3 {
                ascii = latin1[Int(text[index + 1] & 0x3F)]
            } else {
                let folded = Letters.asciiFoldBytes(UInt32(byte & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F))
                ascii = UInt16(folded.first) | UInt16(folded.second) << 8
            }
            guard ascii != 0 else { return nil }
            out[count] = UInt8(truncatingIfNeeded: ascii)
            count += 1
            if ascii > 0xFF {
                out[count] = UInt8(truncatingIfNeeded: ascii >> 8)
                count += 1
            }
            index += 2
        }
        return count
    }

    /// Whether `Folding.fold` of the token is just its bytes lowercased: all ASCII, and no `-⏎`
    /// inside (a word joined across a line break). Line breaks aside, only such joined words
    /// hold a `\n`, so the test is "no byte ≥ 0x80 and no `\n`", made eight bytes at a time:
    /// this runs on every token of every input.
    ///
    /// Only a word can hold several bytes of which one is not plain: a number is ASCII digits,
    /// punctuation one ASCII mark, a tab one byte, a symbol one ASCII byte other than `\n` or
    /// a character opening on a byte ≥ 0x80 (the tokenizer makes them so, whatever the bytes;
    /// `FoldedTokensTests` compares this with the scan on every token of the corpus).
    @inline(__always)
    static func isPlain(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        // The flag first: the tokenizer sets it on nearly every plain token, and one well
        // predicted test is cheaper than a switch on the kind.
        if token.knownPlain { return true }
        switch token.kind {
        case .word: return isPlainByScan(text, token)
        case .symbol: return text[token.start] < 0x80
        default: return true
        }
    }

    /// The scan itself, on any token.
    @inline(__always)
    static func isPlainByScan(_ text: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        if token.kind == .lineBreak || token.kind == .blankLine { return true }
        @inline(__always) func plain(_ word: UInt64) -> Bool {
            !WordAtATime.hasNonASCII(word) && !WordAtATime.hasByte(0x0A, in: word)
        }
        let start = token.start, end = token.end, length = end - start
        if length >= 8 {
            var index = start
            while index + 8 < end {
                if !plain(WordAtATime.load(text, index)) { return false }
                index += 8
            }
            // The last eight bytes, overlapping the ones already read.
            return plain(WordAtATime.load(text, end - 8))
        }
        if start + 8 <= text.count {
            // The bytes past the token cleared (zero is ASCII and not `\n`).
            let word = UInt64(littleEndian: WordAtATime.load(text, start))
            return plain(word & ((1 &<< UInt64(8 * length)) &- 1))
        }
        var index = start
        while index < end {
            if text[index] >= 0x80 || text[index] == 0x0A { return false }
            index += 1
        }
        return true
    }
}
