#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if arch(x86_64)
import _Builtin_intrinsics.intel
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
    /// The whole text lowercased (ASCII letters only) and `slack` zeros, then the folds of the
    /// tokens that are not plain ASCII: a plain token's fold is its own bytes lowercased, so it
    /// is read in place and nothing is copied for it.
    private let folded: UnsafeMutableBufferPointer<UInt8>
    /// Token `i`'s folded bytes are `folded[spans[i].start..<spans[i].end]`: start and end side by
    /// side, one array fewer to keep in a register while folding, one line read per comparison.
    private let spans: UnsafeMutablePointer<Span>
    /// Token `i`'s first two folded bytes (`first | second << 8`, the second 0 when it folds to
    /// one byte) when every non-ASCII character of it folded to ASCII (only then may it equal a
    /// word, an ASCII literal) and it is not empty, else 0 (`lead`): contiguous, so that a
    /// recognizer's search for the tokens its few words may be reads two bytes a token.
    private let leads: UnsafeMutablePointer<UInt16>
    /// Token `i`'s lane bits in `leadLanes` (`LeadLanes`), then eight zeros, so that the walk
    /// of a lane reads eight tokens at a time without a bounds test at the end: those of lanes
    /// 0–7, then (`count + 8` on) those of lanes 8–15 alike, and eight zeros more (a walk reads
    /// sixteen at a time: past the first row's zeros it reads the second row, past the end).
    let lanes: UnsafeMutableBufferPointer<UInt8>
    private let leadLanes: LeadLanes

    init(_ bytes: [UInt8], _ tokens: [Token], lanes leadLanes: LeadLanes = .none) {
        count = tokens.count
        let capacity = max(tokens.count, 1)
        let spans = UnsafeMutablePointer<Span>.allocate(capacity: capacity)
        let leads = UnsafeMutablePointer<UInt16>.allocate(capacity: capacity)
        // Lanes 0–7 from `0`, 8–15 from `count + 8`, each row followed by eight zeros, and
        // eight more at the end.
        let lanes = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * (count + 8) + 8)
        (lanes + count).initialize(repeating: 0, count: count + 24)
        // Offsets are 32-bit. Inputs are capped at 1 GiB (`ExtractionLimits.hardMaxBytes`);
        // a text byte comes from a third of an input byte at least (`0x80` → `€`), and the only
        // folds longer than their text (2 bytes → 3: `İ`, `Ⱥ`) come from 2 input bytes at least:
        // folding every token makes at most 3 GiB. The lowercased text (a copy of the text) is
        // kept beside the folds only up to 1 GiB of text: 1 + 1.5 GiB at most.
        let inPlace = bytes.count <= 1 << 30
        // Room for the lowercased text and the folds of the tokens that are not plain: with a
        // sixteenth of the text for those folds every document of the speed sample grew the
        // sink, copying it whole; a quarter is enough for them (a growth is still possible).
        var sink = ByteSink(capacity: (inPlace ? bytes.count + bytes.count / 4 : bytes.count) + 2 * Self.slack)
        bytes.withUnsafeBufferPointer { text in
            tokens.withUnsafeBufferPointer { tokens in
                // The tables read once per document, not once per token.
                Latin1Folds.table.withUnsafeBufferPointer { latin1 in
                  Latin1Folds.twoByte.withUnsafeBufferPointer { folds in
                    leadLanes.withRows { rows in
                        let columns = Columns(
                            spans: spans, leads: leads, rows: lanes, latin1: latin1, folds: folds, rowOfLead: rows)
                        if inPlace {
                            sink.appendLowercased(text)
                            // `slack` zeros after the text, kept: a lead reads two bytes from a
                            // plain token's start, a fold sixteen from a run's (`foldLatin`),
                            // masked past the token.
                            for _ in 0..<Self.slack { sink.append(0) }
                            Self.foldRuns(text, tokens, into: &sink, columns)
                        } else {
                            Self.foldEach(text, tokens, inPlace: false, into: &sink, columns)
                        }
                    }
                  }
                }
            }
        }
        // The rows written while folding become lane bits: a second walk over the tokens
        // reads only the lengths of those whose lead opens a word.
        leadLanes.write(spans: spans, count: count, to: lanes, stride: count + 8)
        self.folded = sink.buffer
        self.spans = spans
        self.leads = leads
        self.lanes = UnsafeMutableBufferPointer(start: lanes, count: 2 * (count + 8) + 8)
        self.leadLanes = leadLanes
    }

    struct Span {
        let start: UInt32
        let end: UInt32
    }

    /// Where `foldEach` writes each token's span, lead and row of lane bits (`LeadLanes.withRows`),
    /// and the tables it reads.
    private struct Columns {
        let spans: UnsafeMutablePointer<Span>
        let leads: UnsafeMutablePointer<UInt16>
        let rows: UnsafeMutablePointer<UInt8>
        let latin1: UnsafeBufferPointer<UInt16>
        let folds: UnsafeBufferPointer<UInt16>
        let rowOfLead: UnsafeBufferPointer<UInt8>
    }

    /// Each token's span, lead and lane row, one loop (the row with the lead, rather than by a
    /// walk over the leads after). A plain token (nearly all) is read in the lowercased
    /// text at the start of `sink` (`inPlace`, a constant where this is inlined, so that the loop
    /// tests it not), without a branch on its length; the others are folded into `sink`. The
    /// text lowercased in place goes by `foldRuns` (`foldRun` writes the same), this loop for a
    /// text past 1 GiB.
    @inline(__always)
    private static func foldEach(
        _ text: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, inPlace: Bool,
        into sink: inout ByteSink, _ columns: Columns
    ) {
        // The sink moves only when a fold grows it: its base is read again after each fold only.
        var lowered = UnsafePointer(sink.base)
        for index in 0..<tokens.count {
            let token = tokens[index]
            let lead: UInt16
            if inPlace, isPlain(text, token) {
                columns.spans[index] = Span(start: token.startOffset, end: token.endOffset)
                lead = twoBytes(lowered + token.start, token.end - token.start)
            } else {
                let start = sink.count
                // Only a token whose non-ASCII characters all folded to ASCII may equal a word (an
                // ASCII literal): the others get lead 0.
                let comparable = fold(text, inPlace: inPlace, token, latin1: columns.latin1, folds: columns.folds, into: &sink)
                lowered = UnsafePointer(sink.base)
                columns.spans[index] = Span(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: sink.count))
                lead = comparable ? Self.lead(sink.base + start, sink.count - start) : 0
            }
            columns.leads[index] = lead
            columns.rows[index] = columns.rowOfLead[Int(lead)]
        }
    }

    /// `foldEach` in place, by runs of tokens `foldRun` takes (nearly all), each token it stops
    /// at folded here (making room when it stopped for want of it).
    private static func foldRuns(
        _ text: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, into sink: inout ByteSink, _ columns: Columns
    ) {
        guard let tokenBase = tokens.baseAddress, let rowBase = columns.rowOfLead.baseAddress else { return }
        var state = RunState(
            text: text, tokens: tokenBase, count: tokens.count, spans: columns.spans, leads: columns.leads,
            rows: columns.rows, rowOfLead: rowBase, folds: columns.folds, base: sink.base, used: sink.count,
            capacity: sink.capacity)
        let symbols = SymbolMemo()
        var index = 0
        while true {
            let stop = foldRun(from: index, &state)
            assert(stop >= index, "a run never goes back")
            sink.advance(by: state.used - sink.count)
            guard stop < tokens.count else { return }
            let token = tokens[stop]
            let start = sink.count
            // With room enough `foldRun` stopped at a token `foldLatin` turned down (a symbol,
            // mostly): folded (`Folding.fold`, or as the same symbol before) without asking
            // `foldLatin` again.
            let comparable =
                sink.capacity &- sink.count >= token.end &- token.start &+ slack
                ? symbols.fold(text, token, into: &sink)
                : fold(text, inPlace: true, token, latin1: columns.latin1, folds: columns.folds, into: &sink)
            columns.spans[stop] = Span(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: sink.count))
            let lead = comparable ? Self.lead(sink.base + start, sink.count - start) : 0
            columns.leads[stop] = lead
            columns.rows[stop] = columns.rowOfLead[Int(lead)]
            state.base = sink.base
            state.used = sink.count
            state.capacity = sink.capacity
            index = stop + 1
        }
    }

    deinit {
        folded.deallocate()
        spans.deallocate()
        leads.deallocate()
        lanes.deallocate()
    }

    /// Token `index` folded (`Activité` → `activite`).
    func string(_ index: Int) -> String {
        precondition(index >= 0 && index < count, "token index out of range")
        return String(decoding: UnsafeBufferPointer(rebasing: folded[Int(spans[index].start)..<Int(spans[index].end)]), as: UTF8.self)
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

    /// The first token at or after `start` whose lead (`lead(_:)`) is `lead`, else the token
    /// count. Sixteen leads a test on x86-64 (SSE2: two `pcmpeqw`, one `pmovmskb`, two bits a
    /// token), where a load, a test and a step per token made `PartyRole.roleElsewhere`'s walk
    /// over every token of the text for each acronym; the rest one at a time (no read past
    /// the last token).
    func firstToken(withLead lead: UInt16, from start: Int) -> Int {
        var index = min(max(start, 0), count)
        #if arch(x86_64)
        let wanted = _mm_set1_epi16(Int16(bitPattern: lead))
        while count &- index >= 16 {
            let low = _mm_cmpeq_epi16(UnsafeRawPointer(leads + index).loadUnaligned(as: __m128i.self), wanted)
            let high = _mm_cmpeq_epi16(UnsafeRawPointer(leads + index + 8).loadUnaligned(as: __m128i.self), wanted)
            if _mm_movemask_epi8(_mm_or_si128(low, high)) != 0 {
                let lows = UInt32(truncatingIfNeeded: _mm_movemask_epi8(low))
                let highs = UInt32(truncatingIfNeeded: _mm_movemask_epi8(high))
                return index &+ (lows | highs << 16).trailingZeroBitCount >> 1
            }
            index &+= 16
        }
        #endif
        while index < count, leads[index] != lead { index &+= 1 }
        return index
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
        // Sixteen lanes a step (most steps find none): two loads, one test. A load from below
        // `end` reads at most fifteen lanes past it: tokens of the text, the zeros after the
        // row, the start of the second row (past `count`); a bit found past `end` is not taken.
        while index < end {
            let low = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) & broadcast
            let high = UInt64(littleEndian: UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self)) & broadcast
            if low | high == 0 {
                index &+= 16
                continue
            }
            index &+= low != 0 ? low.trailingZeroBitCount >> 3 : 8 &+ high.trailingZeroBitCount >> 3
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
        // The sixteen lanes ending at `index` (most such steps find none), then the eight:
        // never below the first token, nor past the last.
        while index >= 15 {
            let high = UInt64(littleEndian: UnsafeRawPointer(base + index - 7).loadUnaligned(as: UInt64.self)) & broadcast
            let low = UInt64(littleEndian: UnsafeRawPointer(base + index - 15).loadUnaligned(as: UInt64.self)) & broadcast
            if high | low != 0 {
                return high != 0
                    ? index - 7 + (63 - high.leadingZeroBitCount) >> 3 : index - 15 + (63 - low.leadingZeroBitCount) >> 3
            }
            index &-= 16
        }
        while index >= 7 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index - 7).loadUnaligned(as: UInt64.self)) & broadcast
            if word != 0 { return index - 7 + (63 - word.leadingZeroBitCount) >> 3 }
            index -= 8
        }
        while index >= 0, base[index] & scan.lane == 0 { index -= 1 }
        return index
    }

    /// `first | second << 8` of the `length` folded bytes at `bytes`, reading two bytes whatever
    /// the length (the second must be initialized memory) and masking what is past the token:
    /// `lead(bytes, length)` without its branches, for the plain tokens.
    @inline(__always)
    static func twoBytes(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt16 {
        let pair = UInt16(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt16.self))
        let mask: UInt16 = length > 1 ? 0xFFFF : length == 1 ? 0x00FF : 0
        return pair & mask
    }

    /// `first | second << 8` of the `length` folded bytes at `bytes`.
    @inline(__always)
    static func lead(_ bytes: UnsafeMutablePointer<UInt8>, _ length: Int) -> UInt16 {
        guard length > 0 else { return 0 }
        return UInt16(bytes[0]) | (length > 1 ? UInt16(bytes[1]) << 8 : 0)
    }

    /// The length in bytes of token `index` folded.
    @inline(__always)
    func length(_ index: Int) -> Int {
        guard index >= 0, index < count else { return 0 }
        return Int(spans[index].end) - Int(spans[index].start)
    }

    /// Whether token `index` folded is `word` (lowercase ASCII, not empty, not opening on NUL).
    @inline(__always)
    func equals(_ index: Int, _ word: String) -> Bool {
        // Lead 0: a token that cannot equal a word (a character without an ASCII fold, empty, or
        // opening on a NUL, which no word asked about does). One array fewer than a flag per token.
        assert(word.utf8.first.map { $0 != 0 } ?? false, "no empty word, none opening on NUL")
        guard index >= 0, index < count, leads[index] != 0 else { return false }
        let start = Int(spans[index].start)
        let length = Int(spans[index].end) - start
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
        let start = Int(spans[index].start)
        guard Int(spans[index].end) - start == length, let mine = folded.baseAddress else { return false }
        return memcmp(word, mine + start, length) == 0
    }
}
