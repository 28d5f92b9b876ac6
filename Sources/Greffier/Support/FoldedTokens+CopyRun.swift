#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

extension FoldedTokens {
    /// How far a fold by runs reads past a token and writes past its fold: the lowercased text
    /// is followed by this many zeros, and a fold gets this much room more than its length.
    static let slack = 16

    /// Copies the sixteen bytes at `source` to `out` and returns how many come before the first
    /// that ends an ASCII run (a byte 0x80 or more, or a `\n`), 16 when none does. SSE2 on
    /// x86-64 (every such processor has it): one comparison and `pmovmskb` give the stops of
    /// sixteen bytes, where the word-at-a-time tests cost five operations and three constants
    /// for eight; two 8-byte words elsewhere.
    @inline(__always)
    static func copyRun(_ source: UnsafePointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        #if arch(x86_64)
        let chunk = UnsafeRawPointer(source).loadUnaligned(as: __m128i.self)
        UnsafeMutableRawPointer(out).storeBytes(of: chunk, as: __m128i.self)
        // A `\n` made 0xFF, then every byte's high bit: set for the non-ASCII bytes and `\n`s.
        let stops = _mm_movemask_epi8(_mm_or_si128(chunk, _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x0A))))
        // Bit 16 set: 16 when no byte stops the run.
        return (UInt32(truncatingIfNeeded: stops) | 0x1_0000).trailingZeroBitCount
        #else
        return copyRunByWords(source, to: out)
        #endif
    }

    /// `copyRun` by two 8-byte words (the portable reading; tests compare the two).
    @inline(__always)
    static func copyRunByWords(_ source: UnsafePointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        @inline(__always) func stops(_ offset: Int) -> UInt64 {
            let word = UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self)
            UnsafeMutableRawPointer(out + offset).storeBytes(of: word, as: UInt64.self)
            let little = UInt64(littleEndian: word)
            // Exact up to the first byte that ends the run (a stray `\n` bit only above one).
            return WordAtATime.nonASCIIBytes(little) | WordAtATime.bytes(equalTo: 0x0A, in: little)
        }
        let low = stops(0), high = stops(8)
        return low != 0 ? WordAtATime.bytesBefore(low) : 8 &+ WordAtATime.bytesBefore(high)
    }
}
