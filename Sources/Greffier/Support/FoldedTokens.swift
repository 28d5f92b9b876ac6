#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folded text (`Folding.fold`) of every token of a document, computed once when the
/// document is made: recognizers ask whether a token is a given word millions of times per
/// megabyte, and comparing stored bytes is far cheaper than folding the token again each time.
///
/// A class over raw buffers rather than a struct of arrays: each comparison then costs a few
/// loads, without the reference counting of three arrays (which took most of its time).
/// `@unchecked Sendable`: the buffers are written in `init` only, then read, and freed with it.
final class FoldedTokens: @unchecked Sendable {
    /// (`count` and `lanes` are read by `FoldedTokens+LaneWalk` too.)
    let count: Int
    /// The whole text lowercased (ASCII letters only), then the folds of the tokens that are
    /// not plain ASCII: a plain token's fold is its own bytes lowercased, so it is read in
    /// place and nothing is copied for it.
    private let folded: UnsafeMutableBufferPointer<UInt8>
    /// Token `i`'s folded bytes are `folded[starts[i]..<ends[i]]`.
    private let starts: UnsafeMutableBufferPointer<UInt32>
    private let ends: UnsafeMutableBufferPointer<UInt32>
    /// Token `i`'s first two folded bytes (`first | second << 8`, the second 0 when it folds to
    /// one byte) when every non-ASCII character of it folded to ASCII (only then may it equal a
    /// word, an ASCII literal) and it is not empty, else 0 (`lead`): contiguous, so that a
    /// recognizer's search for the tokens its few words may be reads two bytes a token.
    private let leads: UnsafeMutableBufferPointer<UInt16>
    /// Token `i`'s lane bits in `leadLanes` (`LeadLanes`), then eight zeros, so that the walk
    /// of a lane reads eight tokens at a time without a bounds test at the end: those of lanes
    /// 0–7, then (`count + 8` on) those of lanes 8–15 alike.
    let lanes: UnsafeMutableBufferPointer<UInt8>
    private let leadLanes: LeadLanes

    init(_ bytes: [UInt8], _ tokens: [Token], lanes leadLanes: LeadLanes = .none) {
        count = tokens.count
        let capacity = max(tokens.count, 1)
        let starts = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: capacity)
        let ends = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: capacity)
        let leads = UnsafeMutableBufferPointer<UInt16>.allocate(capacity: capacity)
        // Offsets are 32-bit. Inputs are capped at 1 GiB (`ExtractionLimits.hardMaxBytes`);
        // a text byte comes from a third of an input byte at least (`0x80` → `€`), and the only
        // folds longer than their text (2 bytes → 3: `İ`, `Ⱥ`) come from 2 input bytes at least:
        // folding every token makes at most 3 GiB. The lowercased text (a copy of the text) is
        // kept beside the folds only up to 1 GiB of text: 1 + 1.5 GiB at most.
        let inPlace = bytes.count <= 1 << 30
        // Room for the lowercased text and the folds of the tokens that are not plain: with a
        // sixteenth of the text for those folds every document of the speed sample grew the
        // sink, copying it whole; a quarter is enough for them (a growth is still possible).
        var sink = ByteSink(capacity: (inPlace ? bytes.count + bytes.count / 4 : bytes.count) + 16)
        bytes.withUnsafeBufferPointer { text in
            if inPlace { sink.appendLowercased(text) }
            // The table read once per document, not once per token.
            Latin1Folds.table.withUnsafeBufferPointer { latin1 in
                tokens.withUnsafeBufferPointer { tokens in
                    for index in tokens.indices {
                        let token = tokens[index]
                        if inPlace, Self.isPlain(text, token) {
                            starts[index] = UInt32(truncatingIfNeeded: token.start)
                            ends[index] = UInt32(truncatingIfNeeded: token.end)
                            leads[index] = Self.lead(sink.base + token.start, token.end - token.start)
                            continue
                        }
                        let start = sink.count
                        // Only a token whose non-ASCII characters all folded to ASCII may equal a
                        // word (an ASCII literal): the others get lead 0.
                        let comparable = Self.fold(text, token, latin1: latin1, into: &sink)
                        starts[index] = UInt32(truncatingIfNeeded: start)
                        ends[index] = UInt32(truncatingIfNeeded: sink.count)
                        leads[index] = comparable ? Self.lead(sink.base + start, sink.count - start) : 0
                    }
                }
            }
        }
        let lanes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 2 * (count + 8))
        if let base = lanes.baseAddress {
            leadLanes.write(leads, starts: starts, ends: ends, count: count, to: base, stride: count + 8)
            (base + count).initialize(repeating: 0, count: 8)
            (base + 2 * count + 8).initialize(repeating: 0, count: 8)
        }
        self.folded = sink.buffer
        self.starts = starts
        self.ends = ends
        self.leads = leads
        self.lanes = lanes
        self.leadLanes = leadLanes
    }

    /// `Folding.fold` of a token that is not plain, out of line: inlined, it made the loop over
    /// every token (nearly all plain) larger and slower.
    @inline(never)
    private static func fold(
        _ text: UnsafeBufferPointer<UInt8>, _ token: Token, latin1: UnsafeBufferPointer<UInt16>, into sink: inout ByteSink
    ) -> Bool {
        // A fold is never longer than the token when `foldLatin` takes it.
        sink.reserve(token.end - token.start)
        if let written = foldLatin(text, token, latin1: latin1, into: sink.base + sink.count) {
            sink.advance(by: written)
            return true
        }
        return Folding.fold(text, token.start, token.end, into: &sink)
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

    deinit {
        folded.deallocate()
        starts.deallocate()
        ends.deallocate()
        leads.deallocate()
        lanes.deallocate()
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

    /// Token `index` folded (`Activité` → `activite`).
    func string(_ index: Int) -> String {
        precondition(index >= 0 && index < count, "token index out of range")
        return String(decoding: UnsafeBufferPointer(rebasing: folded[Int(starts[index])..<Int(ends[index])]), as: UTF8.self)
    }

    /// The first folded byte of token `index` (0 for an empty or non-comparable token): a cheap
    /// filter before trying a table of words.
    func firstByte(_ index: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: lead(index))
    }

    /// The first two folded bytes of token `index`, `first | second << 8` (0 for an empty or
    /// non-comparable token; the second 0 when it folds to one byte).
    @inline(__always)
    func lead(_ index: Int) -> UInt16 {
        guard index >= 0, index < count else { return 0 }
        return leads[index]
    }

    /// A walk of the tokens that may be one of the words of `initials`: their lane when they
    /// have one, found once rather than at each step.
    struct LeadScan: Sendable {
        let initials: Initials
        let lane: UInt8
        /// Where the lane's row starts in `lanes`.
        var row = 0
    }

    func scan(_ initials: Initials) -> LeadScan {
        let bit = leadLanes.bit(of: initials)
        guard bit > 0xFF else { return LeadScan(initials: initials, lane: UInt8(bit)) }
        return LeadScan(initials: initials, lane: UInt8(bit >> 8), row: count + 8)
    }

    /// The first token at or after `start` that may be one of the words of the scan's initials
    /// (its first two folded bytes are those of one of them), else the token count. Tokens that
    /// cannot equal a word (lead 0) are passed. Eight tokens' lane bits at a time when the
    /// initials have a lane (its bit is set exactly where `initials.holds(lead:length:)`), else
    /// every lead (`initials.contains(lead:)`: a hash, any length).
    @inline(__always)
    func next(from start: Int, in scan: LeadScan) -> Int {
        next(from: start, before: count, in: scan)
    }

    /// The same token if it comes before `limit`, else `limit` (capped at the token count): a
    /// walk over one stretch (a clause) must not run on to the text's end when its stretch
    /// holds none, which made a walk per clause quadratic in the text.
    @inline(__always)
    func next(from start: Int, before limit: Int, in scan: LeadScan) -> Int {
        let end = min(limit, count)
        var index = max(start, 0)
        guard scan.lane != 0 else {
            while index < end, !scan.initials.contains(lead: leads[index]) { index += 1 }
            return min(index, end)
        }
        guard let base = lanes.baseAddress.map({ $0 + scan.row }) else { return end }
        let broadcast = UInt64(scan.lane) &* 0x0101_0101_0101_0101
        // A load from below `end` reads at most seven lanes past it: tokens of the text, or the
        // eight zeros after the last token.
        while index < end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) & broadcast
            if word == 0 {
                index += 8
                continue
            }
            index += word.trailingZeroBitCount >> 3
            guard index < end else { return end }
            assert(scan.initials.contains(lead: leads[index]), "a lane bit is set only for its initials")
            return index
        }
        return end
    }

    /// The last token before `end` that may be one of the words of the scan's initials, else
    /// -1: `next(from:before:in:)` walking back, eight lanes at a time below `end`.
    func previous(before end: Int, in scan: LeadScan) -> Int {
        var index = min(max(end, 0), count) - 1
        guard scan.lane != 0, let base = lanes.baseAddress.map({ $0 + scan.row }) else {
            while index >= 0, !scan.initials.contains(lead: leads[index]) { index -= 1 }
            return index
        }
        let broadcast = UInt64(scan.lane) &* 0x0101_0101_0101_0101
        // The eight lanes ending at `index`: never below the first token, nor past the last.
        while index >= 7 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index - 7).loadUnaligned(as: UInt64.self)) & broadcast
            if word != 0 { return index - 7 + (63 - word.leadingZeroBitCount) >> 3 }
            index -= 8
        }
        while index >= 0, base[index] & scan.lane == 0 { index -= 1 }
        return index
    }

    /// `first | second << 8` of the `length` folded bytes at `bytes`.
    @inline(__always)
    private static func lead(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int) -> UInt16 {
        guard length > 0 else { return 0 }
        return UInt16(bytes[0]) | (length > 1 ? UInt16(bytes[1]) << 8 : 0)
    }

    /// The length in bytes of token `index` folded.
    @inline(__always)
    func length(_ index: Int) -> Int {
        guard index >= 0, index < count else { return 0 }
        return Int(ends[index]) - Int(starts[index])
    }

    /// Whether token `index` folded is `word` (lowercase ASCII, not empty, not opening on NUL).
    @inline(__always)
    func equals(_ index: Int, _ word: String) -> Bool {
        // Lead 0: a token that cannot equal a word (a character without an ASCII fold, empty, or
        // opening on a NUL, which no word asked about does). One array fewer than a flag per token.
        assert(word.utf8.first.map { $0 != 0 } ?? false, "no empty word, none opening on NUL")
        guard index >= 0, index < count, leads[index] != 0 else { return false }
        let start = Int(starts[index])
        let length = Int(ends[index]) - start
        // The length first (stored in the string, no byte read): it rejects most candidates.
        guard word.utf8.count == length else { return false }
        // The words asked about are literals, stored contiguously: one memcmp.
        if let same = word.utf8.withContiguousStorageIfAvailable({ utf8 -> Bool in
            guard length > 0, let base = utf8.baseAddress, let mine = folded.baseAddress else { return true }
            return memcmp(base, mine + start, length) == 0
        }) {
            return same
        }
        var position = start
        for byte in word.utf8 {
            guard folded[position] == byte else { return false }
            position += 1
        }
        return true
    }

    /// `equals(index, word)` for a word given as its `length` bytes (not empty), as `WordTable`
    /// keeps them: no string read out of an array, whose reference counting cost the most.
    @inline(__always)
    func equals(_ index: Int, _ word: UnsafePointer<UInt8>, count length: Int) -> Bool {
        guard index >= 0, index < count, leads[index] != 0 else { return false }
        let start = Int(starts[index])
        guard Int(ends[index]) - start == length, let mine = folded.baseAddress else { return false }
        return memcmp(word, mine + start, length) == 0
    }
}

/// `Letters.asciiFoldBytes` of U+00C0–U+00FF (`first | second << 8`), indexed by the low six
/// bits of the second UTF-8 byte: the Latin-1 letters of French words, one load each.
enum Latin1Folds {
    static let table: [UInt16] = (0..<64).map { low in
        let folded = Letters.asciiFoldBytes(0xC0 + UInt32(low))
        return UInt16(folded.first) | UInt16(folded.second) << 8
    }
}

/// A growable byte buffer written without the uniqueness and capacity checks of an array
/// append at every byte (they were most of the cost of folding a document). It owns its
/// memory: never copy one (a copy's `base` dangles once the original grows); the one that
/// fills it hands `buffer` to its owner, which deallocates it.
struct ByteSink: FoldOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// The bytes written; the caller owns them and deallocates them.
    var buffer: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(start: base, count: capacity) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        base[count] = byte
        count += 1
    }

    /// Appends `text` with its ASCII capitals lowercased, eight bytes at a time.
    mutating func appendLowercased(_ text: UnsafeBufferPointer<UInt8>) {
        while capacity - count < text.count { grow() }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        while index + 8 <= text.count {
            let word = WordAtATime.load(text, index)
            // Per byte, without carries between bytes: its low seven bits at least `A` and at
            // most `Z`, and its high bit clear (not part of a multibyte character).
            let low = word & (ones &* 0x7F)
            let atLeastA = low &+ ones &* (0x80 - 0x41)
            let pastZ = low &+ ones &* (0x80 - 0x5B)
            let capitals = atLeastA & ~pastZ & ~word & (ones &* 0x80)
            // 0x80 >> 2 is 0x20, the case bit. Stored as loaded: byte order does not matter.
            UnsafeMutableRawPointer(base + count).storeBytes(of: word | (capitals &>> 2), as: UInt64.self)
            count += 8
            index += 8
        }
        while index < text.count {
            base[count] = ByteClass.lowercased(text[index])
            count += 1
            index += 1
        }
    }

    /// Makes room for `extra` more bytes, to be written at `base + count` and then counted
    /// with `advance(by:)`.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        while capacity - count < extra { grow() }
    }

    @inline(__always)
    mutating func advance(by written: Int) {
        precondition(written >= 0 && count + written <= capacity, "advancing past the room reserved")
        count += written
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
