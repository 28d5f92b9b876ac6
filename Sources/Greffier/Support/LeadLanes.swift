#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Up to sixteen sets of `Initials` folded into one table of lane bits, one bit per set: when a
/// document is folded, each token's lead is looked up once (`FoldedTokens`), and each
/// recognizer that walks the whole text for its few words then reads its bit of eight tokens
/// at a time (`FoldedTokens.next(from:in:)`), rather than hashing every token's lead itself.
/// Seven recognizers walked every token so: each walk cost about as much as its recognizer's
/// whole work on the tokens it stopped at. The bits of sets 0–7 and 8–15 are kept in two byte
/// rows, so that a walk still reads eight tokens a load.
///
/// A lane holds exactly the tokens that have the shape of one of its words: their lead and
/// their length (`Initials.holds(lead:length:)`), not those whose lead only shares a hash with
/// a word's (`l'` and `da`, a blank line and `pr`), nor those of another length (`de` and `des`
/// for `décret`), which the walkers turned down one by one.
struct LeadLanes: Sendable {
    static let capacity = 16
    /// By lead (`first | second << 8`): 0 when no word opens with it, else its row of `bits`.
    private let rows: [UInt8]
    /// Lane bits by row and length (`row << 6 | min(length, 63)`); row 0 is all zeros.
    private let bits: [UInt16]
    private let members: [Initials]

    static let none = LeadLanes([])

    init(_ members: [Initials]) {
        precondition(members.count <= Self.capacity, "a lane table holds sixteen sets of initials at most")
        precondition(Initials.Shape.longest == 63, "a row holds 64 lengths")
        var rows = [UInt8](repeating: 0, count: 1 << 16)
        var bits = [UInt16](repeating: 0, count: 64)
        for (lane, initials) in members.enumerated() {
            for shape in initials.shapes where shape.lead != 0 {
                if rows[Int(shape.lead)] == 0 {
                    precondition(bits.count < 256 * 64, "a lane table holds 255 leads at most")
                    rows[Int(shape.lead)] = UInt8(bits.count >> 6)
                    bits += [UInt16](repeating: 0, count: 64)
                }
                bits[Int(rows[Int(shape.lead)]) << 6 | Int(shape.length)] |= 1 << UInt16(lane)
            }
        }
        self.rows = rows
        self.bits = bits
        self.members = members
    }

    /// The bit of the lane of `initials`, 0 when it has none (its tokens are then found by
    /// testing every lead): bits 0–7 for the first row, 8–15 for the second.
    func bit(of initials: Initials) -> UInt16 {
        members.firstIndex(of: initials).map { 1 << UInt16($0) } ?? 0
    }

    /// Runs `body` with the row of every lead (2^16 entries, any lead an index), for
    /// `FoldedTokens` to write each token's row as it folds it, before `write`.
    func withRows<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        rows.withUnsafeBufferPointer(body)
    }

    /// The lane bits of every token, from its row (`withRows`, by its lead), already at `lanes`,
    /// and its folded length (`spans[i]`): those of sets 0–7 written at `lanes`, those of sets
    /// 8–15 at `lanes + stride`, which holds zeros (0 for a lead of 0, which no set holds).
    func write(spans: UnsafePointer<FoldedTokens.Span>, count: Int, to lanes: UnsafeMutablePointer<UInt8>, stride: Int) {
        let upper = lanes + stride
        bits.withUnsafeBufferPointer { bits in
            guard let bits = bits.baseAddress else { return }
            // Eight tokens at a time, the few whose lead opens a word get their bits: most
            // tokens open none, and reading every token's length cost more than the rest.
            @inline(__always) func place(_ at: Int) {
                // A span's end is never before its start: no overflow.
                let length = Int(spans[at].end &- spans[at].start)
                let laneBits = bits[Int(lanes[at]) << 6 | min(length, Initials.Shape.longest)]
                lanes[at] = UInt8(truncatingIfNeeded: laneBits)
                upper[at] = UInt8(truncatingIfNeeded: laneBits >> 8)
            }
            var index = 0
            #if arch(x86_64)
            // Sixteen tokens a test first (SSE2: a comparison with zero and `pmovmskb` give one
            // bit a token), where the words' bits took five operations for eight.
            while count &- index >= 16 {
                let chunk = UnsafeRawPointer(lanes + index).loadUnaligned(as: __m128i.self)
                var rows = UInt32(truncatingIfNeeded: _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, _mm_setzero_si128()))) ^ 0xFFFF
                while rows != 0 {
                    place(index &+ rows.trailingZeroBitCount)
                    rows &= rows &- 1
                }
                index &+= 16
            }
            #endif
            while count &- index >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(lanes + index).loadUnaligned(as: UInt64.self))
                // The high bit of each byte that is not 0 (its low seven bits carried into it, or
                // its own): one bit a token, so that passing one clears its lowest bit.
                let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                var rows = (((word & low) &+ low) | word) & ~low
                while rows != 0 {
                    place(index &+ rows.trailingZeroBitCount >> 3)
                    rows &= rows &- 1
                }
                index &+= 8
            }
            while index < count {
                if lanes[index] != 0 { place(index) }
                index &+= 1
            }
        }
    }
}
