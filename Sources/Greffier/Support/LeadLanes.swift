/// Up to eight sets of `Initials` folded into one table of lane bits, one bit per set: when a
/// document is folded, each token's lead is looked up once (`FoldedTokens`), and each
/// recognizer that walks the whole text for its few words then reads its bit of eight tokens
/// at a time (`FoldedTokens.next(from:in:)`), rather than hashing every token's lead itself.
/// Seven recognizers walked every token so: each walk cost about as much as its recognizer's
/// whole work on the tokens it stopped at.
///
/// The table is indexed by the whole lead, not by its hash: a lane holds exactly the tokens
/// opening as one of its words (`Initials.holds(lead:)`), not those whose lead only shares a
/// hash with one (`l'` and `da`, a blank line and `pr`), which the walkers turned down one by one.
struct LeadLanes: Sendable {
    static let capacity = 8
    /// Lane bits by lead (`first | second << 8`), 0 for lead 0.
    private let table: [UInt8]
    private let members: [Initials]

    static let none = LeadLanes([])

    init(_ members: [Initials]) {
        precondition(members.count <= Self.capacity, "a lane table holds eight sets of initials at most")
        var table = [UInt8](repeating: 0, count: 1 << 16)
        for (lane, initials) in members.enumerated() {
            for lead in initials.leads where lead != 0 { table[Int(lead)] |= 1 << UInt8(lane) }
        }
        self.table = table
        self.members = members
    }

    /// The bit of the lane of `initials`, 0 when it has none (its tokens are then found by
    /// testing every lead).
    func bit(of initials: Initials) -> UInt8 {
        members.firstIndex(of: initials).map { 1 << UInt8($0) } ?? 0
    }

    /// The lane bits of every lead, written at `lanes` (0 for a lead of 0, which no set holds).
    func write(_ leads: UnsafeMutableBufferPointer<UInt16>, count: Int, to lanes: UnsafeMutablePointer<UInt8>) {
        table.withUnsafeBufferPointer { table in
            guard let table = table.baseAddress else { return }
            // Any lead is an index of the table (2^16 entries).
            for index in 0..<count { lanes[index] = table[Int(leads[index])] }
        }
    }
}
