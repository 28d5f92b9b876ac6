#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Recognizes UTF-16 text saved without a byte order mark (some export tools do), which the
/// binary sniffer would otherwise reject for its NUL bytes. French text is almost all Latin-1,
/// so in UTF-16 one byte of nearly every pair is zero, always on the same side.
enum UTF16Detector {
    /// How many leading bytes are looked at: enough to tell, independent of the file's size.
    static let sampleLength = 4096
    /// Fewer characters than this are no evidence: `a\0b` is a NUL byte in text, not UTF-16.
    static let minimumPairs = 4

    /// True for big-endian, false for little-endian, nil when the bytes do not look like UTF-16.
    static func byteOrder(_ input: [UInt8]) -> Bool? {
        let pairs = min(input.count, sampleLength) / 2
        guard pairs >= minimumPairs else { return nil }
        // Without a zero byte in the sample neither side is zero: not UTF-16. Nearly every input
        // is told so by one `memchr`.
        let hasZero = input.withUnsafeBufferPointer { bytes in
            bytes.baseAddress.map { memchr($0, 0, 2 * pairs) != nil } ?? false
        }
        guard hasZero else { return nil }
        var zeroEven = 0
        var zeroOdd = 0
        var zeroBoth = 0
        for pair in 0..<pairs {
            let even = input[2 * pair] == 0
            let odd = input[2 * pair + 1] == 0
            if even && odd { zeroBoth += 1 }
            if even { zeroEven += 1 }
            if odd { zeroOdd += 1 }
        }
        // A NUL character is not text; the zero side must dominate and the other be rare.
        guard zeroBoth == 0 else { return nil }
        if zeroOdd * 10 >= pairs * 6, zeroEven * 20 <= pairs { return false }
        if zeroEven * 10 >= pairs * 6, zeroOdd * 20 <= pairs { return true }
        return nil
    }
}
