/// Up to sixteen sets of `Initials` folded into one table of lane bits, one bit per set: when a
/// document is folded, each token's lead is looked up once (`FoldedTokens`), and each
/// recognizer that walks the whole text for its few words then reads its bit of eight tokens
/// at a time (`FoldedTokens.next(from:in:)`), rather than hashing every token's lead itself.
/// Seven recognizers walked every token so: each walk cost about as much as its recognizer's
/// whole work on the tokens it stopped at. The bits of sets 0–7 and 8–15 are kept in two byte
/// rows, so that a walk still reads eight tokens a load.
struct LeadLanes: Sendable {
    static let capacity = 16
    /// Lane bits by `Initials.hash` of a lead.
    private let table: [UInt16]
    private let members: [Initials]

    static let none = LeadLanes([])

    init(_ members: [Initials]) {
        precondition(members.count <= Self.capacity, "a lane table holds sixteen sets of initials at most")
        var table = [UInt16](repeating: 0, count: 256)
        for (lane, initials) in members.enumerated() {
            for hash in 0...255 where initials.contains(hash: UInt8(hash)) { table[hash] |= 1 << UInt16(lane) }
        }
        self.table = table
        self.members = members
    }

    /// The bit of the lane of `initials`, 0 when it has none (its tokens are then found by
    /// testing every lead): bits 0–7 for the first row, 8–15 for the second.
    func bit(of initials: Initials) -> UInt16 {
        members.firstIndex(of: initials).map { 1 << UInt16($0) } ?? 0
    }

    /// The lane bits of every lead, those of sets 0–7 written at `lanes`, those of sets 8–15 at
    /// `lanes + stride` (0 for a lead of 0, which no set holds).
    func write(_ leads: UnsafeMutableBufferPointer<UInt16>, count: Int, to lanes: UnsafeMutablePointer<UInt8>, stride: Int) {
        let upper = lanes + stride
        table.withUnsafeBufferPointer { table in
            for index in 0..<count {
                let lead = leads[index]
                let bits = lead == 0 ? 0 : table[Int(Initials.hash(lead))]
                lanes[index] = UInt8(truncatingIfNeeded: bits)
                upper[index] = UInt8(truncatingIfNeeded: bits >> 8)
            }
        }
    }
}
