/// Up to eight sets of `Initials` folded into one table of lane bits, one bit per set: when a
/// document is folded, each token's lead is looked up once (`FoldedTokens`), and each
/// recognizer that walks the whole text for its few words then reads its bit of eight tokens
/// at a time (`FoldedTokens.next(from:in:)`), rather than hashing every token's lead itself.
/// Seven recognizers walked every token so: each walk cost about as much as its recognizer's
/// whole work on the tokens it stopped at.
///
/// A lane holds exactly the tokens that have the shape of one of its words: their lead and
/// their length (`Initials.holds(lead:length:)`), not those whose lead only shares a hash with
/// a word's (`l'` and `da`, a blank line and `pr`), nor those of another length (`de` and `des`
/// for `décret`), which the walkers turned down one by one.
struct LeadLanes: Sendable {
    static let capacity = 8
    /// By lead (`first | second << 8`): 0 when no word opens with it, else its row of `bits`.
    private let rows: [UInt8]
    /// Lane bits by row and length (`row << 6 | min(length, 63)`); row 0 is all zeros.
    private let bits: [UInt8]
    private let members: [Initials]

    static let none = LeadLanes([])

    init(_ members: [Initials]) {
        precondition(members.count <= Self.capacity, "a lane table holds eight sets of initials at most")
        precondition(Initials.Shape.longest == 63, "a row holds 64 lengths")
        var rows = [UInt8](repeating: 0, count: 1 << 16)
        var bits = [UInt8](repeating: 0, count: 64)
        for (lane, initials) in members.enumerated() {
            for shape in initials.shapes where shape.lead != 0 {
                if rows[Int(shape.lead)] == 0 {
                    precondition(bits.count < 256 * 64, "a lane table holds 255 leads at most")
                    rows[Int(shape.lead)] = UInt8(bits.count >> 6)
                    bits += [UInt8](repeating: 0, count: 64)
                }
                bits[Int(rows[Int(shape.lead)]) << 6 | Int(shape.length)] |= 1 << UInt8(lane)
            }
        }
        self.rows = rows
        self.bits = bits
        self.members = members
    }

    /// The bit of the lane of `initials`, 0 when it has none (its tokens are then found by
    /// testing every lead).
    func bit(of initials: Initials) -> UInt8 {
        members.firstIndex(of: initials).map { 1 << UInt8($0) } ?? 0
    }

    /// The lane bits of every token, written at `lanes`, from its lead and its folded length
    /// (`ends[i] - starts[i]`); 0 for a lead of 0, which no set holds.
    func write(
        _ leads: UnsafeMutableBufferPointer<UInt16>, starts: UnsafeMutableBufferPointer<UInt32>,
        ends: UnsafeMutableBufferPointer<UInt32>, count: Int, to lanes: UnsafeMutablePointer<UInt8>
    ) {
        rows.withUnsafeBufferPointer { rows in
            bits.withUnsafeBufferPointer { bits in
                guard let rows = rows.baseAddress, let bits = bits.baseAddress else { return }
                // Each token's row first (any lead is an index of `rows`, 2^16 entries), then,
                // eight tokens at a time, the few whose lead opens a word get their bits: most
                // tokens open none, and reading every token's length cost more than the rest.
                for index in 0..<count { lanes[index] = rows[Int(leads[index])] }
                var index = 0
                while index < count {
                    guard count - index >= 8 else {
                        if lanes[index] != 0 { lanes[index] = Self.bits(bits, Int(lanes[index]), starts, ends, index) }
                        index += 1
                        continue
                    }
                    var word = UnsafeRawPointer(lanes + index).loadUnaligned(as: UInt64.self)
                    while word != 0 {
                        let at = index + word.trailingZeroBitCount >> 3
                        lanes[at] = Self.bits(bits, Int(lanes[at]), starts, ends, at)
                        word &= ~(0xFF << UInt64(word.trailingZeroBitCount & ~7))
                    }
                    index += 8
                }
            }
        }
    }

    /// The lane bits of token `index`, of row `row`.
    @inline(__always)
    private static func bits(
        _ bits: UnsafePointer<UInt8>, _ row: Int, _ starts: UnsafeMutableBufferPointer<UInt32>,
        _ ends: UnsafeMutableBufferPointer<UInt32>, _ index: Int
    ) -> UInt8 {
        bits[row << 6 | min(Int(ends[index]) - Int(starts[index]), Initials.Shape.longest)]
    }
}
