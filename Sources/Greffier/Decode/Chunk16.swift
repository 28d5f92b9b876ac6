/// Tests on sixteen bytes at once (one unaligned SIMD load), for the passes that read every
/// byte of an input: `SIMD16<UInt8>` comparisons become one or two vector instructions, and a
/// mask is tested or counted without a branch per byte.
enum Chunk16 {
    typealias Bytes = SIMD16<UInt8>
    typealias Mask = SIMDMask<SIMD16<Int8>>

    /// Lane numbers, to tell the lanes before an offset from those at or after it.
    static let lanes = Bytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)

    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> Bytes {
        UnsafeRawPointer(base + index).loadUnaligned(as: Bytes.self)
    }

    /// The bytes before those of `chunk` when it is the first of a text: lane 0 none (zero),
    /// lane `n` the byte of lane `n - 1`.
    static func shiftedIn(_ chunk: Bytes) -> Bytes {
        var shifted = Bytes(repeating: 0)
        for lane in 1..<16 { shifted[lane] = chunk[lane - 1] }
        return shifted
    }

    /// The mask as two words, each lane's byte 0xFF when set, lane 0 lowest in the first word.
    @inline(__always)
    static func words(_ mask: Mask) -> (UInt64, UInt64) {
        let flags = unsafeBitCast(Bytes(repeating: 0).replacing(with: 0xFF, where: mask), to: SIMD2<UInt64>.self)
        return (UInt64(littleEndian: flags[0]), UInt64(littleEndian: flags[1]))
    }

    /// Whether some lane is set. (`any(_:)` was sometimes left as a call to a generic `min()`.)
    @inline(__always)
    static func any(_ mask: Mask) -> Bool {
        let (low, high) = words(mask)
        return low | high != 0
    }

    /// The first lane set (16 when none is).
    @inline(__always)
    static func firstLane(_ mask: Mask) -> Int {
        let (low, high) = words(mask)
        if low != 0 { return low.trailingZeroBitCount &>> 3 }
        return 8 &+ (high.trailingZeroBitCount &>> 3)
    }

    /// How many lanes are set: the lanes' ones summed by a multiplication (no population count
    /// instruction in the baseline x86-64 set; its software form cost ~12 instructions a word).
    @inline(__always)
    static func count(_ mask: Mask) -> Int {
        let ones = unsafeBitCast(Bytes(repeating: 0).replacing(with: 1, where: mask), to: SIMD2<UInt64>.self)
        let sum = UInt64(littleEndian: ones[0]) &+ UInt64(littleEndian: ones[1])
        return Int(truncatingIfNeeded: (sum &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// Whether lane 15 is set.
    @inline(__always)
    static func lastLane(_ mask: Mask) -> Bool {
        words(mask).1 >> 63 != 0
    }
}
