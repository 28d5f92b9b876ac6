extension FoldedTokens {
    /// Calls `body` with the index of every token of the scan's lane, in text order: the lane
    /// bits of eight tokens a load, and every token of the lane among them before the next load
    /// (a lane is one bit a byte: clearing the lowest set bit passes one token). A recognizer
    /// that takes every token of its lane through the whole text spent more calling
    /// `next(from:in:)` at each one than testing it. Without a lane, every token whose lead
    /// passes the initials.
    @inline(__always)
    func forEachToken(in scan: LeadScan, _ body: (Int) -> Void) {
        guard scan.lane != 0, let base = lanes.baseAddress.map({ $0 + scan.row }) else {
            for index in 0..<count where scan.initials.contains(lead: lead(index)) { body(index) }
            return
        }
        let broadcast = UInt64(scan.lane) &* 0x0101_0101_0101_0101
        var position = 0
        // A load from below `count` reads at most seven lanes past it: the row's eight zeros.
        while position < count {
            var bits = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)) & broadcast
            while bits != 0 {
                body(position &+ bits.trailingZeroBitCount >> 3)
                bits &= bits &- 1
            }
            position &+= 8
        }
    }
}
