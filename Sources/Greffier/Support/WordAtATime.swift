/// Tests on eight bytes at once (one unaligned 64-bit load), for the loops that read every
/// byte of an input and usually find nothing to do: a stretch of plain ASCII is skipped a word
/// at a time. Each test is exact for the word as a whole (the classic "has a zero byte" trick,
/// whose stray bits only ever sit above a byte that matched).
enum WordAtATime {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self)
    }

    /// Whether some byte of `word` is below `bound` (at most 128).
    @inline(__always)
    static func hasByte(below bound: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(bound)) & ~word & highs != 0
    }

    /// Whether some byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Whether some byte of `word` is not ASCII.
    @inline(__always)
    static func hasNonASCII(_ word: UInt64) -> Bool { word & highs != 0 }

    /// The word at `index` with its first byte in memory as its lowest byte, on any platform:
    /// the masks below then flag bytes in memory order.
    @inline(__always)
    static func loadLittleEndian(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        UInt64(littleEndian: load(bytes, index))
    }

    /// The high bit of each byte below `bound` (at most 128) set. Exact up to the first such
    /// byte: a stray bit only ever sits above a byte that matched, so the lowest bit set marks
    /// the first byte below `bound`.
    @inline(__always)
    static func bytes(below bound: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highs
    }

    /// The high bit of each byte equal to `byte` set, exact up to the first such byte.
    @inline(__always)
    static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        bytes(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// The high bit of each non-ASCII byte (exact).
    @inline(__always)
    static func nonASCIIBytes(_ word: UInt64) -> UInt64 { word & highs }

    /// The high bit of each byte whose high bit is clear in `mask` (a mask of flagged bytes).
    @inline(__always)
    static func unflagged(_ mask: UInt64) -> UInt64 { ~mask & highs }

    /// How many bytes of a word loaded little-endian come before the first byte flagged in
    /// `mask` (8 when none is).
    @inline(__always)
    static func bytesBefore(_ mask: UInt64) -> Int { mask.trailingZeroBitCount &>> 3 }

    /// The high bit of each byte of `word` that is an ASCII letter (`A`–`Z`, `a`–`z`), and of
    /// each that is an ASCII digit: exact for every byte (no carry crosses a byte, the sums
    /// being made on seven-bit bytes), so any byte's class can be read off the masks.
    @inline(__always)
    static func asciiLettersAndDigits(_ word: UInt64) -> (letters: UInt64, digits: UInt64) {
        let ascii = ~word & highs
        let low = word & ~highs
        // A byte at least `lo` has its high bit set in `low + (0x80 - lo)`; one past `hi` in
        // `low + (0x7F - hi)`.
        @inline(__always) func inRange(_ value: UInt64, _ lo: UInt64, _ hi: UInt64) -> UInt64 {
            (value &+ ones &* (0x80 - lo)) & ~(value &+ ones &* (0x7F - hi))
        }
        // `| 0x20` maps capitals onto small letters and no other byte into `a`–`z`.
        let letters = inRange(low | ones &* 0x20, 0x61, 0x7A) & ascii
        let digits = inRange(low, 0x30, 0x39) & ascii
        return (letters, digits)
    }
}
