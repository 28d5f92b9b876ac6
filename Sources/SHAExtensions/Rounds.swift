#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
import _Builtin_intrinsics.intel

/// The 64 rounds in Intel's arrangement: the state held as ABEF and CDGH, `sha256rnds2` doing
/// two rounds, `sha256msg1` / `sha256msg2` the message schedule four words at a time.
enum Rounds {
    private typealias Vector = __m128i

    @inline(__always) private static func vector(_ words: SIMD4<UInt32>) -> Vector {
        unsafeBitCast(words, to: Vector.self)
    }
    @inline(__always) private static func words(_ vector: Vector) -> SIMD4<UInt32> {
        unsafeBitCast(vector, to: SIMD4<UInt32>.self)
    }

    // The shuffles the C intrinsics give as macros (Swift imports no macro), written as lane
    // moves that LLVM turns back into pshufd, palignr and pblendw.
    /// `_mm_shuffle_epi32(x, 0xB1)`: the words of each half swapped.
    @inline(__always) private static func swapPairs(_ x: Vector) -> Vector {
        let w = words(x)
        return vector(SIMD4(w[1], w[0], w[3], w[2]))
    }
    /// `_mm_shuffle_epi32(x, 0x1B)`: the four words reversed.
    @inline(__always) private static func reversed(_ x: Vector) -> Vector {
        let w = words(x)
        return vector(SIMD4(w[3], w[2], w[1], w[0]))
    }
    /// `_mm_shuffle_epi32(x, 0x0E)`: the high two words brought down.
    @inline(__always) private static func highDown(_ x: Vector) -> Vector {
        let w = words(x)
        return vector(SIMD4(w[2], w[3], w[0], w[0]))
    }
    /// `_mm_alignr_epi8(high, low, 4 × words)`: `low` shifted down `words` words, `high` filling.
    @inline(__always) private static func align(_ high: Vector, _ low: Vector, words count: Int) -> Vector {
        let h = words(high)
        let l = words(low)
        return count == 1 ? vector(SIMD4(l[1], l[2], l[3], h[0])) : vector(SIMD4(l[2], l[3], h[0], h[1]))
    }
    /// `_mm_blend_epi16(low, high, 0xF0)`: the low half of `low`, the high half of `high`.
    @inline(__always) private static func blend(_ low: Vector, _ high: Vector) -> Vector {
        let l = words(low)
        let h = words(high)
        return vector(SIMD4(l[0], l[1], h[2], h[3]))
    }

    /// K four at a time, lowest round first in the lowest lane.
    private static let constants: [SIMD4<UInt32>] = [
        SIMD4(0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5), SIMD4(0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5),
        SIMD4(0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3), SIMD4(0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174),
        SIMD4(0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc), SIMD4(0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da),
        SIMD4(0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7), SIMD4(0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967),
        SIMD4(0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13), SIMD4(0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85),
        SIMD4(0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3), SIMD4(0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070),
        SIMD4(0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5), SIMD4(0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3),
        SIMD4(0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208), SIMD4(0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2),
    ]

    static func compress(_ state: UnsafeMutablePointer<UInt32>, _ blocks: UnsafeRawPointer, _ count: Int) {
        // The words' bytes reversed: the message is big-endian.
        let byteSwap = vector(SIMD4(0x0001_0203, 0x0405_0607, 0x0809_0a0b, 0x0c0d_0e0f))
        let raw = UnsafeRawPointer(state)
        let dcba = swapPairs(raw.loadUnaligned(as: Vector.self))     // CDAB
        let efgh = reversed(raw.loadUnaligned(fromByteOffset: 16, as: Vector.self))
        var abef = align(dcba, efgh, words: 2)
        var cdgh = blend(efgh, dcba)
        constants.withUnsafeBufferPointer { k in
            guard let k = k.baseAddress else { return }
            for block in 0..<count {
                let data = blocks + block &* 64
                let savedABEF = abef
                let savedCDGH = cdgh
                var m0 = _mm_shuffle_epi8(data.loadUnaligned(as: Vector.self), byteSwap)
                var m1 = _mm_shuffle_epi8(data.loadUnaligned(fromByteOffset: 16, as: Vector.self), byteSwap)
                var m2 = _mm_shuffle_epi8(data.loadUnaligned(fromByteOffset: 32, as: Vector.self), byteSwap)
                var m3 = _mm_shuffle_epi8(data.loadUnaligned(fromByteOffset: 48, as: Vector.self), byteSwap)
                // Four rounds on the words `current`; `next` gets its schedule finished (from
                // group 3 to 14) and `previous` its schedule begun (groups 1 to 12).
                @inline(__always) func four(_ group: Int, _ current: Vector, _ previous: inout Vector, _ next: inout Vector) {
                    var schedule = _mm_add_epi32(current, vector(k[group]))
                    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, schedule)
                    if group >= 3 && group <= 14 {
                        next = _mm_sha256msg2_epu32(_mm_add_epi32(next, align(current, previous, words: 1)), current)
                    }
                    schedule = highDown(schedule)
                    abef = _mm_sha256rnds2_epu32(abef, cdgh, schedule)
                    if group >= 1 && group <= 12 { previous = _mm_sha256msg1_epu32(previous, current) }
                }
                four(0, m0, &m3, &m1)
                four(1, m1, &m0, &m2)
                four(2, m2, &m1, &m3)
                four(3, m3, &m2, &m0)
                four(4, m0, &m3, &m1)
                four(5, m1, &m0, &m2)
                four(6, m2, &m1, &m3)
                four(7, m3, &m2, &m0)
                four(8, m0, &m3, &m1)
                four(9, m1, &m0, &m2)
                four(10, m2, &m1, &m3)
                four(11, m3, &m2, &m0)
                four(12, m0, &m3, &m1)
                four(13, m1, &m0, &m2)
                four(14, m2, &m1, &m3)
                four(15, m3, &m2, &m0)
                abef = _mm_add_epi32(abef, savedABEF)
                cdgh = _mm_add_epi32(cdgh, savedCDGH)
            }
        }
        let feba = reversed(abef)
        let dchg = swapPairs(cdgh)
        let raw2 = UnsafeMutableRawPointer(state)
        raw2.storeBytes(of: blend(feba, dchg), as: Vector.self)                     // DCBA
        raw2.storeBytes(of: align(dchg, feba, words: 2), toByteOffset: 16, as: Vector.self)      // HGFE
    }
}
#endif
