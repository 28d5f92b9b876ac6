#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// The tokenizer's classes of 64 consecutive bytes, one bit per byte (bit `i` for the block's
/// byte `i`): the tokens' starts and the words' ends are then found by counting zero bits
/// rather than by a branch per byte, and the classes of a block cost one pass of a few vector
/// instructions.
struct ByteMasks {
    /// Bytes that may start a run of a word: ASCII letters and digits, and the first bytes of
    /// Latin-1 letters.
    var wordStarts: UInt64
    /// Bytes that end a run of a word: all but ASCII letters and digits and both bytes of a
    /// Latin-1 letter (`0xC3` and a continuation byte, but `×` and `÷`).
    var notWord: UInt64
    /// ASCII letters and the first bytes of Latin-1 letters.
    var letters: UInt64
    /// Non-ASCII bytes.
    var high: UInt64
    /// The tokens most blocks are made of, read in lockstep: bytes that are not a space (0x20,
    /// which makes no token; VT and FF, which make none either but are rare, are left to the
    /// tokenizer's table) start and end them; none past the text's end.
    var tokens: BlockTokens

    static let width = 64

    /// The bytes' classes as the vector or word reading gives them.
    struct Raw {
        /// ASCII letters and digits, and the first bytes of Latin-1 letters (`0xC3` followed
        /// by a continuation byte but those of `×` and `÷`).
        var wordStarts: UInt64 = 0
        /// ASCII letters and the first bytes of Latin-1 letters.
        var letters: UInt64 = 0
        var spaces: UInt64 = 0
        var high: UInt64 = 0
    }

    /// The classes of the bytes from `base` on (nothing but spaces from the text's end on).
    @inline(never)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, from base: Int) -> ByteMasks {
        // The reading looks at the byte after the block too.
        if bytes.count &- base > width, let start = bytes.baseAddress {
            return ByteMasks(classify64(UnsafeRawPointer(start + base)))
        }
        return classifyTail(bytes, from: base)
    }

    /// The last bytes of a text, at most 64, classified in a zeroed copy whose bits past the
    /// text's end are then cleared.
    private static func classifyTail(_ bytes: UnsafeBufferPointer<UInt8>, from base: Int) -> ByteMasks {
        let left = bytes.count - base
        guard left > 0, let start = bytes.baseAddress else {
            return ByteMasks(Raw(spaces: ~0))
        }
        // Twice the block: the reading looks at the byte after it.
        var block = (SIMD64<UInt8>(repeating: 0), SIMD64<UInt8>(repeating: 0))
        var raw = withUnsafeMutableBytes(of: &block) { copy -> Raw in
            guard let target = copy.baseAddress else { return Raw(spaces: ~0) }
            copy.copyMemory(from: UnsafeRawBufferPointer(start: start + base, count: left))
            return classify64(UnsafeRawPointer(target))
        }
        let inside: UInt64 = left >= width ? ~0 : (1 << UInt64(left)) &- 1
        raw.wordStarts &= inside
        raw.letters &= inside
        raw.spaces |= ~inside
        raw.high &= inside
        return ByteMasks(raw)
    }

    @inline(__always)
    init(_ raw: Raw) {
        // The first bytes of Latin-1 letters are the non-ASCII ones of `wordStarts`.
        let latin = raw.wordStarts & raw.high
        wordStarts = raw.wordStarts
        notWord = ~(raw.wordStarts | latin << 1)
        letters = raw.letters
        high = raw.high
        tokens = BlockTokens(notSpaces: ~raw.spaces, notWord: notWord, letters: letters, high: high)
    }

    /// The 64 bytes at `pointer` (and the one after them).
    @inline(__always)
    static func classify64(_ pointer: UnsafeRawPointer) -> Raw {
        #if arch(x86_64)
        vectorMasks(pointer)
        #else
        portableMasks(pointer)
        #endif
    }

    /// Eight bytes at a time in a 64-bit word (any platform): the same masks as the vector
    /// reading, which the tests compare.
    static func portableMasks(_ pointer: UnsafeRawPointer) -> Raw {
        var raw = Raw()
        let highs: UInt64 = 0x8080_8080_8080_8080
        for lane in 0..<8 {
            let word = UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: lane * 8, as: UInt64.self))
            // The same bytes one further: byte `i` of `next` follows byte `i` of `word`.
            let next = UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: lane * 8 + 1, as: UInt64.self))
            let (letters, digits) = WordAtATime.asciiLettersAndDigits(word)
            let spaces = exactZeroBytes(word ^ 0x2020_2020_2020_2020)
            // A continuation byte: high bit set, the next clear (moved up into the byte's own high bit).
            let continuations = next & ~(next << 1) & highs
            let tails = continuations & ~exactZeroBytes((next | 0x2020_2020_2020_2020) ^ 0xB7B7_B7B7_B7B7_B7B7)
            let latin = exactZeroBytes(word ^ 0xC3C3_C3C3_C3C3_C3C3) & tails
            let shift = UInt64(lane * 8)
            raw.wordStarts |= gather(letters | digits | latin) << shift
            raw.letters |= gather(letters | latin) << shift
            raw.spaces |= gather(spaces) << shift
            raw.high |= gather(word & highs) << shift
        }
        return raw
    }

    /// The high bit of each zero byte of `word`, exact for every byte (the sum is made on
    /// seven-bit bytes, so no carry crosses a byte).
    @inline(__always)
    private static func exactZeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word) & 0x8080_8080_8080_8080
    }

    /// The high bits of the eight bytes (the others clear) as the eight low bits, byte `i`'s
    /// as bit `i`: the products of the multiplication never overlap, so none carries.
    @inline(__always)
    private static func gather(_ flags: UInt64) -> UInt64 {
        ((flags >> 7) &* 0x0102_0408_1020_4080) >> 56
    }

    #if arch(x86_64)
    /// SSE2 (every x86-64 has it): a range test is an addition that moves the range to the
    /// bottom of the signed bytes (`0x1F` = 0x80 − `a`) and one signed comparison;
    /// `pmovmskb` gathers the bits.
    @inline(__always)
    static func vectorMasks(_ pointer: UnsafeRawPointer) -> Raw {
        var raw = Raw()
        for lane in 0..<4 {
            let chunk = pointer.loadUnaligned(fromByteOffset: lane * 16, as: __m128i.self)
            let next = pointer.loadUnaligned(fromByteOffset: lane * 16 + 1, as: __m128i.self)
            // `| 0x20` maps capitals onto small letters and no other byte into `a`–`z`.
            let small = _mm_or_si128(chunk, _mm_set1_epi8(0x20))
            let letters = _mm_cmplt_epi8(_mm_add_epi8(small, _mm_set1_epi8(0x1F)), _mm_set1_epi8(-128 + 26))
            let digits = _mm_cmplt_epi8(_mm_add_epi8(chunk, _mm_set1_epi8(0x50)), _mm_set1_epi8(-128 + 10))
            let spaces = _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x20))
            // After `0xC3` (−61), a continuation byte (0x80–0xBF, the signed bytes below −64)
            // but those of × and ÷ (0x97, 0xB7 = −73 once 0x20 is set).
            let tails = _mm_andnot_si128(
                _mm_cmpeq_epi8(_mm_or_si128(next, _mm_set1_epi8(0x20)), _mm_set1_epi8(-73)),
                _mm_cmplt_epi8(next, _mm_set1_epi8(-64)))
            let latin = _mm_and_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(-61)), tails)
            let shift = UInt64(lane * 16)
            let latinLetters = _mm_or_si128(letters, latin)
            raw.wordStarts |= bits(_mm_or_si128(latinLetters, digits)) << shift
            raw.letters |= bits(latinLetters) << shift
            raw.spaces |= bits(spaces) << shift
            raw.high |= bits(chunk) << shift
        }
        return raw
    }

    @inline(__always)
    private static func bits(_ vector: __m128i) -> UInt64 {
        UInt64(truncatingIfNeeded: UInt32(bitPattern: _mm_movemask_epi8(vector)))
    }
    #endif
}
