/// SHA-256 of several messages at once: four messages in the four lanes of `SIMD4<UInt32>`
/// words, each operation of a round done for the four by one vector instruction (SSE2 on
/// baseline x86-64, NEON on aarch64): about 4,650 instructions a turn on x86-64, 1,160 a block
/// a lane, where `SHA256.hex` takes about 1,950 a block.
///
/// One message's blocks must be compressed one after the other, so a single message gains
/// nothing; a batch of documents does: a lane that finishes its message takes the next one
/// waiting (longest first), so the four stay busy until the last messages. Gives the digests
/// of `SHA256.hex`.
enum SHA256Lanes {
    private typealias Word = SIMD4<UInt32>

    /// The lowercase hex digest of each message, in order. `extensions`: as in `SHA256.hex`;
    /// the processor's SHA instructions hash one message faster than the lanes hash four.
    static func hexes(_ messages: [[UInt8]], extensions: Bool = SHA256.extensionsAvailable) -> [String] {
        // With the SHA instructions, two at a time (`SHA256.pairedHexes`).
        if extensions && messages.count >= 2 { return SHA256.pairedHexes(messages) }
        // Below three messages the idle lanes would only add work (see below).
        guard messages.count >= 3, !extensions else {
            return messages.map { SHA256.hex($0, resuming: SHA256.initialState, atBlock: 0, extensions: extensions) }
        }
        var digests = [String](repeating: "", count: messages.count)
        var lanes = [Lane?](repeating: nil, count: 4)
        // Longest first, so the lanes end close together rather than the last long message
        // alone at the end; the digests are put back in the messages' order.
        let order = messages.indices.sorted { messages[$0].count > messages[$1].count }
        var waiting = 0
        withUnsafeTemporaryAllocation(of: Word.self, capacity: 136) { scratch in
            guard let w = scratch.baseAddress else { return }
            // An idle lane hashes whatever its words hold: zeros to begin with.
            w.initialize(repeating: Word(), count: 64)
            let k = w + 64
            for i in 0..<64 { (k + i).initialize(to: Word(repeating: SHA256.roundConstants[i])) }
            // The eight state words, here rather than in an array: no bounds or uniqueness checks
            // around every block.
            let state = w + 128
            state.initialize(repeating: Word(), count: 8)
            let words = UnsafeMutableRawPointer(w)
            while true {
                var busy = 0
                for lane in 0..<4 {
                    if lanes[lane] == nil, waiting < messages.count {
                        lanes[lane] = Lane(message: order[waiting], count: messages[order[waiting]].count)
                        for j in 0..<8 { state[j][lane] = SHA256.initialState[j] }
                        waiting += 1
                    }
                    if lanes[lane] != nil { busy += 1 }
                }
                // One or two lanes left (so no message waiting): the scalar hash ends their
                // messages from their lanes' states. A block costs it about 1,950 instructions,
                // the four lanes about 4,650 a turn: more than two blocks' worth of scalar
                // hashing once only two lanes are busy.
                if busy <= 2 {
                    for lane in 0..<4 {
                        guard let current = lanes[lane] else { continue }
                        digests[current.message] = SHA256.hex(messages[current.message],
                                                              resuming: (0..<8).map { state[$0][lane] },
                                                              atBlock: current.next, extensions: false)
                    }
                    break
                }
                for lane in 0..<4 {
                    if let current = lanes[lane] { current.load(messages[current.message], into: words, lane: lane) }
                }
                compress(state, w, k)
                for lane in 0..<4 {
                    guard var current = lanes[lane] else { continue }
                    current.next += 1
                    if current.next == current.blocks {
                        digests[current.message] = SHA256.hex(of: (0..<8).map { state[$0][lane] })
                        lanes[lane] = nil
                    } else {
                        lanes[lane] = current
                    }
                }
            }
            w.deinitialize(count: 136)
        }
        return digests
    }

    /// What one lane is hashing: which message, and its next block.
    private struct Lane {
        let message: Int
        let count: Int
        var next = 0
        /// Blocks read in place, before the padded tail.
        let whole: Int
        /// All the message's blocks, padding included.
        let blocks: Int

        init(message: Int, count: Int) {
            self.message = message
            self.count = count
            whole = count / 64
            // The rest, 0x80 and the 8-byte bit length fill one block or spill into a second.
            blocks = whole + (count - whole * 64 < 56 ? 1 : 2)
        }

        /// The sixteen big-endian words of the next block into this lane of the schedule.
        @inline(__always) func load(_ bytes: [UInt8], into w: UnsafeMutableRawPointer, lane: Int) {
            let laneOffset = lane * 4
            if next < whole {
                // Offsets from pointers already placed, so the sixteen words need no overflow checks.
                let into = w + laneOffset
                bytes.withUnsafeBytes { data in
                    guard let base = data.baseAddress else { return }
                    let block = base + next * 64
                    for t in 0..<16 {
                        let word = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
                        into.storeBytes(of: word, toByteOffset: t &* 16, as: UInt32.self)
                    }
                }
                return
            }
            // A padding block, made a byte at a time: once or twice a message.
            let start = next * 64
            for t in 0..<16 {
                var word: UInt32 = 0
                for b in 0..<4 { word = word << 8 | UInt32(paddedByte(bytes, at: start + t * 4 + b)) }
                w.storeBytes(of: word, toByteOffset: t * 16 + laneOffset, as: UInt32.self)
            }
        }

        /// Byte `position` of the padded message: the message, 0x80, zeros, its length in bits.
        private func paddedByte(_ bytes: [UInt8], at position: Int) -> UInt8 {
            if position < count { return bytes[position] }
            if position == count { return 0x80 }
            let fromEnd = blocks * 64 - 1 - position
            guard fromEnd < 8 else { return 0 }
            return UInt8(truncatingIfNeeded: (UInt64(count) &* 8) >> UInt64(fromEnd * 8))
        }
    }

    /// One block of each lane's message into `state`; `w` holds the block's sixteen words and
    /// gets the rest of the schedule, `k` the round constants, one per lane.
    private static func compress(_ state: UnsafeMutablePointer<Word>, _ w: UnsafeMutablePointer<Word>,
                                 _ k: UnsafePointer<Word>) {
        // Two words a turn: w[t - 15] of the first is w[t - 16] of the second, read once.
        var t = 16
        while t < 64 {
            let shared = w[t - 15]
            w[t] = smallSigma1(w[t - 2]) &+ w[t - 7] &+ smallSigma0(shared) &+ w[t - 16]
            w[t + 1] = smallSigma1(w[t - 1]) &+ w[t - 6] &+ smallSigma0(w[t - 14]) &+ shared
            t += 2
        }
        var a = state[0], b = state[1], c = state[2], d = state[3]
        var e = state[4], f = state[5], g = state[6], h = state[7]
        // Eight rounds a turn, the variables passed in rotated roles rather than moved along.
        // `bc` is b ^ c, the a ^ b of the round before (see `round`).
        var bc = b ^ c
        var i = 0
        while i < 64 {
            round(a, b, c, &d, e, f, g, &h, w[i] &+ k[i], &bc)
            round(h, a, b, &c, d, e, f, &g, w[i + 1] &+ k[i + 1], &bc)
            round(g, h, a, &b, c, d, e, &f, w[i + 2] &+ k[i + 2], &bc)
            round(f, g, h, &a, b, c, d, &e, w[i + 3] &+ k[i + 3], &bc)
            round(e, f, g, &h, a, b, c, &d, w[i + 4] &+ k[i + 4], &bc)
            round(d, e, f, &g, h, a, b, &c, w[i + 5] &+ k[i + 5], &bc)
            round(c, d, e, &f, g, h, a, &b, w[i + 6] &+ k[i + 6], &bc)
            round(b, c, d, &e, f, g, h, &a, w[i + 7] &+ k[i + 7], &bc)
            i += 8
        }
        state[0] &+= a; state[1] &+= b; state[2] &+= c; state[3] &+= d
        state[4] &+= e; state[5] &+= f; state[6] &+= g; state[7] &+= h
    }

    /// One round: `d` gets d + T1 (the next e), `h` gets T1 + T2 (the next a). `bc` holds
    /// b ^ c and gets a ^ b, the next round's b ^ c: Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c))
    /// then costs three operations, not four.
    @inline(__always) private static func round(_ a: Word, _ b: Word, _ c: Word, _ d: inout Word,
                                                _ e: Word, _ f: Word, _ g: Word, _ h: inout Word, _ wk: Word,
                                                _ bc: inout Word) {
        let t1 = h &+ bigSigma1(e) &+ (g ^ (e & (f ^ g))) &+ wk
        let ab = a ^ b
        let t2 = bigSigma0(a) &+ (b ^ (ab & bc))
        bc = ab
        d &+= t1
        h = t1 &+ t2
    }

    // SSE2 has no vector rotate. Swift's SIMD shifts (and `^`, `&`, `|`) are written lane by
    // lane and left to LLVM to put back into vectors; written as rotr(x, n) = x >> n | x << (32 - n),
    // it turns each into a scalar rotate, and it pairs two right shifts of one word in
    // mismatched lanes, both paying in shuffles. `&*` is a true vector operation, and a
    // multiply by 2^m becomes one vector shift: so the left shifts are multiplies, xored
    // together first, and only then the right shifts, which LLVM then keeps in whole vectors
    // (psrld/pslld/pxor, no shuffle; check the disassembly of `compress` when changing this).
    // A rotation alone, x << (32 - n) ^ x >> n, stays in vectors too.

    /// x << n in each lane, n in 1...31.
    @inline(__always) private static func shiftedLeft(_ x: Word, _ n: UInt32) -> Word {
        x &* Word(repeating: 1 << n)
    }
    /// rotr(x, n) in each lane, n in 1...31: the two shifts' bits are disjoint.
    @inline(__always) private static func rotr(_ x: Word, _ n: UInt32) -> Word {
        shiftedLeft(x, 32 - n) ^ (x &>> n)
    }

    // Three rotations nested, rotr(x ^ rotr(x ^ rotr(x, c - b), b - a), a) = rotr(x, a) ^
    // rotr(x, b) ^ rotr(x, c) (rotr distributes over ^ and adds up), need fewer copies of x
    // than three side by side: SSE2 shifts overwrite their operand, and x lives on.
    @inline(__always) private static func bigSigma0(_ x: Word) -> Word { rotr(x ^ rotr(x ^ rotr(x, 9), 11), 2) }
    @inline(__always) private static func bigSigma1(_ x: Word) -> Word { rotr(x ^ rotr(x ^ rotr(x, 14), 5), 6) }
    /// rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3).
    @inline(__always) private static func smallSigma0(_ x: Word) -> Word { rotr(x ^ rotr(x, 11), 7) ^ (x &>> 3) }
    /// rotr(x, 17) ^ rotr(x, 19) ^ (x >> 10).
    @inline(__always) private static func smallSigma1(_ x: Word) -> Word { rotr(x ^ rotr(x, 2), 17) ^ (x &>> 10) }
}
