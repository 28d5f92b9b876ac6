#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// Sixty-four bytes of a UTF-8 input classed at once for the decoding pass, one bit per byte
/// (bit `i` for byte `i`): French texts have a non-ASCII letter every thirty bytes or so, so
/// the pass must take runs holding two-byte characters (`é`, `«`, `°`) without a step per
/// character. Three- and four-byte characters are left to the pass's character reading.
struct UTF8Block {
    /// Non-ASCII bytes.
    var high: UInt64 = 0
    /// Leads 0xC2–0xDF followed by a continuation byte (a valid character, U+0080–U+07FF), but
    /// those of the characters the pass rewrites: U+00A0 (C2 A0), U+00AD (C2 AD), U+02BC (CA BC).
    var keptLeads: UInt64 = 0
    /// Control bytes but tab, LF, VT and FF: CR and those the sniffer counts (NUL among
    /// them), and ESC (rare; the character reading takes it).
    var specials: UInt64 = 0

    static let width = 64

    /// The bytes the pass must read one by one: specials, and non-ASCII bytes that are neither
    /// a kept lead nor the continuation byte after one. Every byte before the first of them
    /// is copied unchanged and ends a character, but for a kept lead in the last lane, whose
    /// continuation byte is in the next block.
    @inline(__always)
    var stops: UInt64 {
        (high & ~(keptLeads | keptLeads << 1)) | specials
    }

    /// The 64 bytes at `pointer` (and the one after them, which a lead in the last lane is
    /// checked against).
    @inline(__always)
    static func classify(_ pointer: UnsafeRawPointer) -> UTF8Block {
        #if arch(x86_64)
        vectorBlock(pointer)
        #else
        portableBlock(pointer)
        #endif
    }

    /// Clears from `keptLeads` the leads 0xC2 and 0xCA (in `pairLeads`, which may hold ASCII
    /// bytes too) of the characters the pass
    /// rewrites: C2 and a continuation byte are frequent (`«`, `»`, `°`), those three rare, so
    /// they are told apart here rather than by five comparisons more per sixteen bytes.
    @inline(__always)
    static func dropRewritten(_ keptLeads: UInt64, pairLeads: UInt64, _ pointer: UnsafeRawPointer) -> UInt64 {
        var kept = keptLeads
        var suspects = keptLeads & pairLeads
        while suspects != 0 {
            let lane = suspects.trailingZeroBitCount
            suspects &= suspects &- 1
            // The lead and its continuation byte, the lead lowest.
            let pair = UInt16(pointer.load(fromByteOffset: lane, as: UInt8.self))
                | UInt16(pointer.load(fromByteOffset: lane &+ 1, as: UInt8.self)) << 8
            if pair == 0xA0C2 || pair == 0xADC2 || pair == 0xBCCA { kept &= ~(1 << UInt64(lane)) }
        }
        return kept
    }

    /// Sixteen bytes at a time with the standard library's vectors (any platform), each mask
    /// gathered into bits: the same masks as the SSE2 reading, which the tests compare.
    static func portableBlock(_ pointer: UnsafeRawPointer) -> UTF8Block {
        typealias Bytes = SIMD16<UInt8>
        var block = UTF8Block()
        var pairLeads: UInt64 = 0
        for lane in 0..<4 {
            let chunk = pointer.loadUnaligned(fromByteOffset: lane * 16, as: Bytes.self)
            let next = pointer.loadUnaligned(fromByteOffset: lane * 16 + 1, as: Bytes.self)
            let high = chunk .>= Bytes(repeating: 0x80)
            let lead = (chunk &- Bytes(repeating: 0xC2)) .< Bytes(repeating: 30)
            let continued = (next &- Bytes(repeating: 0x80)) .< Bytes(repeating: 0x40)
            // 0xC2 and 0xCA are the bytes that `| 0x08` makes 0xCA.
            let pairs = (chunk | Bytes(repeating: 0x08)) .== Bytes(repeating: 0xCA)
            let specials = (chunk .< Bytes(repeating: 0x20)) .& .!((chunk &- Bytes(repeating: 0x09)) .< Bytes(repeating: 4))
            let shift = UInt64(lane * 16)
            block.high |= bits(high) << shift
            block.keptLeads |= bits(lead .& continued) << shift
            pairLeads |= bits(pairs) << shift
            block.specials |= bits(specials) << shift
        }
        block.keptLeads = dropRewritten(block.keptLeads, pairLeads: pairLeads, pointer)
        return block
    }

    /// A mask's sixteen lanes as sixteen bits, lane 0 lowest: each lane made 0x80 when set,
    /// and each word's high bits gathered by a multiplication whose products never overlap.
    @inline(__always)
    private static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt64 {
        let flags = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0x80, where: mask), to: SIMD2<UInt64>.self)
        let magic: UInt64 = 0x0102_0408_1020_4080
        let low = ((UInt64(littleEndian: flags[0]) >> 7) &* magic) >> 56
        let high = ((UInt64(littleEndian: flags[1]) >> 7) &* magic) >> 56
        return low | high << 8
    }

    #if arch(x86_64)
    /// SSE2 (every x86-64 has it): a range test is an addition that moves the range to the
    /// bottom of the signed bytes and one signed comparison; `pmovmskb` gathers the bits (the
    /// non-ASCII bytes are the chunk's own high bits).
    @inline(__always)
    static func vectorBlock(_ pointer: UnsafeRawPointer) -> UTF8Block {
        var block = UTF8Block()
        // The specials and the pair leads 0xC2 and 0xCA.
        var marked: UInt64 = 0
        for lane in 0..<4 {
            let chunk = pointer.loadUnaligned(fromByteOffset: lane * 16, as: __m128i.self)
            let next = pointer.loadUnaligned(fromByteOffset: lane * 16 + 1, as: __m128i.self)
            // 0xC2–0xDF: + 0xBE (−66) moves them to −128 to −99.
            let lead = _mm_cmplt_epi8(_mm_add_epi8(chunk, _mm_set1_epi8(-66)), _mm_set1_epi8(-128 + 30))
            // 0x80–0xBF are the signed bytes below −64.
            let continued = _mm_cmplt_epi8(next, _mm_set1_epi8(-64))
            // 0xC2 and 0xCA are the bytes that `| 0x08` makes 0xCA (−54).
            let pairs = _mm_cmpeq_epi8(_mm_or_si128(chunk, _mm_set1_epi8(0x08)), _mm_set1_epi8(-54))
            // Below 0x20: + 0x80 moves them to −128 to −97; tab to FF: + 0x77 to −128 to −125.
            let controls = _mm_cmplt_epi8(_mm_add_epi8(chunk, _mm_set1_epi8(-128)), _mm_set1_epi8(-128 + 32))
            let allowed = _mm_cmplt_epi8(_mm_add_epi8(chunk, _mm_set1_epi8(0x77)), _mm_set1_epi8(-128 + 4))
            let shift = UInt64(lane * 16)
            block.high |= bits(chunk) << shift
            block.keptLeads |= bits(_mm_and_si128(lead, continued)) << shift
            // One mask for both (the specials are ASCII, the pairs' leads not): a gathering less.
            marked |= bits(_mm_or_si128(pairs, _mm_andnot_si128(allowed, controls))) << shift
        }
        block.specials = marked & ~block.high
        block.keptLeads = dropRewritten(block.keptLeads, pairLeads: marked, pointer)
        return block
    }

    @inline(__always)
    private static func bits(_ vector: __m128i) -> UInt64 {
        UInt64(truncatingIfNeeded: UInt32(bitPattern: _mm_movemask_epi8(vector)))
    }
    #endif
}
