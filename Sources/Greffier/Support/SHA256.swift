import CSHAExtensions

/// SHA-256 (FIPS 180-4), so that `source.sha256` needs nothing beyond the standard library.
///
/// Every input byte goes through here, so the compression function is written for a low
/// instruction count without leaving portable Swift: the message schedule four words at a time
/// in the standard library's SIMD types (SSE2 on baseline x86-64, NEON on aarch64), all 64
/// rounds unrolled (constants as immediates, no loop counter or index registers), and the round
/// functions in forms that need fewer operations on a target without a three-operand rotate.
/// Where the processor has SHA instructions (`CSHAExtensions`), they do the rounds instead.
enum SHA256 {
    /// K, the 64 round constants.
    static let roundConstants: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    /// Whether this processor has the SHA instructions (checked once, by CPUID).
    static let extensionsAvailable = greffier_sha_extensions_available() != 0

    /// H(0), the state before the first block.
    static let initialState: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

    private typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

    static func hex(_ message: [UInt8]) -> String {
        hex(message, resuming: initialState, atBlock: 0)
    }

    /// The digest of `message` from `state`, the state after its first `block` blocks (the
    /// initial state and 0 for the whole message): `SHA256Lanes` ends a lone message here.
    /// `extensions`: with the processor's SHA instructions (false forces the portable rounds,
    /// which the tests compare with them).
    static func hex(_ message: [UInt8], resuming state: [UInt32], atBlock block: Int,
                    extensions: Bool = extensionsAvailable) -> String {
        precondition(state.count == 8 && block >= 0 && block < message.count / 64 + (message.count % 64 < 56 ? 1 : 2),
                     "a state of eight words, a block of the message left to hash")
        if extensions {
            var words = state
            words.withUnsafeMutableBufferPointer { h in
                roundConstants.withUnsafeBufferPointer { k in
                    guard let h = h.baseAddress, let k = k.baseAddress else { return }
                    padded(message, from: block) { blocks, count in
                        greffier_sha256_compress(h, blocks.assumingMemoryBound(to: UInt8.self), count, k)
                    }
                }
            }
            return hex(of: words)
        }
        var h: State = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        withUnsafeTemporaryAllocation(of: SIMD4<UInt32>.self, capacity: 16) { schedule in
            roundConstants.withUnsafeBufferPointer { k in
                guard let k = k.baseAddress, let w = UnsafeMutableRawPointer(schedule.baseAddress) else { return }
                padded(message, from: block) { blocks, count in
                    for offset in stride(from: 0, to: count &* 64, by: 64) { compress(blocks + offset, &h, w, k) }
                }
            }
        }
        return hex(of: [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7])
    }

    /// Hands `body` the blocks of `message` from `block` on, padded (0x80, zeros, the bit
    /// length): the whole blocks in place, then the last one or two from a copy on the stack.
    private static func padded(_ message: [UInt8], from block: Int, _ body: (UnsafeRawPointer, Int) -> Void) {
        let whole = message.count / 64 * 64
        // The rest, 0x80 and the 8-byte bit length fill one block or spill into a second.
        let blocks = message.count - whole < 56 ? 1 : 2
        message.withUnsafeBytes { data in
            guard let data = data.baseAddress, whole > block &* 64 else { return }
            body(data + block &* 64, whole / 64 - block)
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
            guard let tail = tail.baseAddress else { return }
            let rest = message.count - whole
            tail.initialize(repeating: 0, count: 128)
            message.withUnsafeBufferPointer { data in
                if let data = data.baseAddress { tail.update(from: data + whole, count: rest) }
            }
            tail[rest] = 0x80
            let bitLength = UInt64(message.count) &* 8
            for i in 0..<8 { tail[blocks * 64 - 1 - i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(i * 8)) }
            // Past the whole blocks, the lanes may already have hashed the first of these.
            let first = max(0, block - whole / 64)
            if first < blocks { body(UnsafeRawPointer(tail + first * 64), blocks - first) }
        }
    }

    /// The digest of a final state: its eight words in lowercase hex.
    static func hex(of words: [UInt32]) -> String {
        String(unsafeUninitializedCapacity: 64) { out in
            let digits: StaticString = "0123456789abcdef"
            for (n, word) in words.prefix(8).enumerated() {
                for j in 0..<8 {
                    out[n * 8 + j] = digits.utf8Start[Int((word >> UInt32(28 - j * 4)) & 0xF)]
                }
            }
            return 64
        }
    }

    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
    // Σ0 and Σ1 as nested rotations: each needs one register copy instead of three.
    @inline(__always) private static func bigSigma0(_ x: UInt32) -> UInt32 { rotr(x ^ rotr(x ^ rotr(x, 9), 11), 2) }
    @inline(__always) private static func bigSigma1(_ x: UInt32) -> UInt32 { rotr(x ^ rotr(x ^ rotr(x, 14), 5), 6) }

    /// σ0 or σ1 of two schedule words: rotr(x ^ rotr(x, m), n) ^ (x >> s). SSE2 has no vector
    /// rotate (written with 32-bit shifts, LLVM goes back to one scalar rotate per lane), so
    /// each word is doubled into a 64-bit lane, q = x << 32 | x, where plain 64-bit shifts leave
    /// the rotations in the low half: low32((q ^ (q >> m)) >> n) = rotr(x ^ rotr(x, m), n)
    /// while m + n <= 32.
    @inline(__always)
    private static func sigma(_ x: SIMD2<UInt32>, _ m: UInt64, _ n: UInt64, _ s: UInt32) -> SIMD2<UInt32> {
        let doubled = SIMD4(x[0], x[0], x[1], x[1])
        let q = unsafeBitCast(doubled, to: SIMD2<UInt64>.self)
        let r = unsafeBitCast(((q ^ (q &>> m)) &>> n), to: SIMD4<UInt32>.self) ^ (doubled &>> s)
        let low = UInt32(1).littleEndian == 1 ? 0 : 1  // the 32-bit lane holding a UInt64's low half
        return SIMD2(r[low], r[low &+ 2])
    }
    @inline(__always) private static func smallSigma0(_ x: SIMD4<UInt32>) -> SIMD4<UInt32> {
        SIMD4(lowHalf: sigma(x.lowHalf, 11, 7, 3), highHalf: sigma(x.highHalf, 11, 7, 3))
    }
    @inline(__always) private static func smallSigma1(_ x: SIMD2<UInt32>) -> SIMD2<UInt32> { sigma(x, 2, 17, 10) }

    /// The 64-word message schedule into `w` (16-byte aligned), four words at a time.
    @inline(__always)
    private static func schedule(_ block: UnsafeRawPointer, _ w: UnsafeMutableRawPointer) {
        for i in 0..<16 {
            let word = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
            w.storeBytes(of: word, toByteOffset: i &* 4, as: UInt32.self)
        }
        var t = 16
        while t < 64 {
            let s = w.load(fromByteOffset: (t &- 16) &* 4, as: SIMD4<UInt32>.self)
                &+ smallSigma0(w.loadUnaligned(fromByteOffset: (t &- 15) &* 4, as: SIMD4<UInt32>.self))
                &+ w.loadUnaligned(fromByteOffset: (t &- 7) &* 4, as: SIMD4<UInt32>.self)
            // σ1 of w[t-2] and w[t-1] gives the first two words, which feed σ1 for the last two.
            let early = w.loadUnaligned(fromByteOffset: (t &- 2) &* 4, as: SIMD2<UInt32>.self)
            let low = s.lowHalf &+ smallSigma1(early)
            let high = s.highHalf &+ smallSigma1(low)
            w.storeBytes(of: SIMD4(lowHalf: low, highHalf: high), toByteOffset: t &* 4, as: SIMD4<UInt32>.self)
            t &+= 4
        }
    }

    /// One round, called with the eight working variables in rotated roles so that no round
    /// spends instructions moving them along. Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), and this
    /// round's b ^ c is the previous round's a ^ b, carried in `bc`.
    @inline(__always)
    private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                              _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ bc: inout UInt32,
                              _ i: Int, _ w: UnsafeMutablePointer<UInt32>, _ k: UnsafePointer<UInt32>) {
        let t1 = h &+ bigSigma1(e) &+ (g ^ (e & (f ^ g))) &+ k[i] &+ w[i]
        let ab = a ^ b
        let t2 = bigSigma0(a) &+ (b ^ (ab & bc))
        bc = ab
        d = d &+ t1
        h = t1 &+ t2
    }

    /// One 64-byte block into the state `h`; `w` is scratch space for the 64 schedule words.
    @inline(__always)
    private static func compress(_ block: UnsafeRawPointer, _ h: inout State,
                                 _ w: UnsafeMutableRawPointer, _ k: UnsafePointer<UInt32>) {
        schedule(block, w)
        let w = w.assumingMemoryBound(to: UInt32.self)
        var (a, b, c, d, e, f, g, hh) = h
        var bc = b ^ c
        // Unrolled by hand: a loop would keep a counter and index registers the rounds need,
        // and `i` folds into constants (k[i] becomes an immediate).
        @inline(__always) func eight(_ i: Int, _ a: inout UInt32, _ b: inout UInt32, _ c: inout UInt32, _ d: inout UInt32,
                                     _ e: inout UInt32, _ f: inout UInt32, _ g: inout UInt32, _ hh: inout UInt32,
                                     _ bc: inout UInt32) {
            round(a, b, c, &d, e, f, g, &hh, &bc, i, w, k)
            round(hh, a, b, &c, d, e, f, &g, &bc, i &+ 1, w, k)
            round(g, hh, a, &b, c, d, e, &f, &bc, i &+ 2, w, k)
            round(f, g, hh, &a, b, c, d, &e, &bc, i &+ 3, w, k)
            round(e, f, g, &hh, a, b, c, &d, &bc, i &+ 4, w, k)
            round(d, e, f, &g, hh, a, b, &c, &bc, i &+ 5, w, k)
            round(c, d, e, &f, g, hh, a, &b, &bc, i &+ 6, w, k)
            round(b, c, d, &e, f, g, hh, &a, &bc, i &+ 7, w, k)
        }
        eight(0, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        eight(8, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        eight(16, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        eight(24, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        eight(32, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        eight(40, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        eight(48, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        eight(56, &a, &b, &c, &d, &e, &f, &g, &hh, &bc)
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
    }
}
