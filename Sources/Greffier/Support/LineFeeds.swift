#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// The line feeds of a text, found 64 bytes at a time as a bit mask (bit `i` for the block's
/// byte `i`) rather than by a `memchr` call per line: lines are short (about 60 bytes), so the
/// call's set-up cost as much as its search.
enum LineFeeds {
    static let width = 64

    /// The offset of each line's first byte: 0, and the offset after each line feed (the text's
    /// end when it ends with one), in order. Counted first, so the array is made at its size.
    static func lineStarts(_ text: UnsafeBufferPointer<UInt8>) -> [Int] {
        guard let base = text.baseAddress, !text.isEmpty else { return [0] }
        let full = text.count / width * width
        let tail = tailMask(text, from: full)
        var feeds = tail.nonzeroBitCount
        var offset = 0
        while offset < full {
            feeds += mask64(UnsafeRawPointer(base + offset)).nonzeroBitCount
            offset += width
        }
        return [Int](unsafeUninitializedCapacity: feeds + 1) { starts, initialized in
            starts[0] = 0
            var written = 1
            var offset = 0
            while offset <= full {
                var mask = offset < full ? mask64(UnsafeRawPointer(base + offset)) : tail
                while mask != 0 {
                    starts[written] = offset + mask.trailingZeroBitCount + 1
                    written += 1
                    mask &= mask &- 1
                }
                offset += width
            }
            initialized = written
        }
    }

    /// The line feeds of the text's last bytes from `start` (fewer than 64), read from a zeroed
    /// copy: nothing is read past the text.
    static func tailMask(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> UInt64 {
        let left = text.count - start
        guard left > 0, let base = text.baseAddress else { return 0 }
        var block = SIMD64<UInt8>(repeating: 0)
        return withUnsafeMutableBytes(of: &block) { copy -> UInt64 in
            guard let target = copy.baseAddress else { return 0 }
            copy.copyMemory(from: UnsafeRawBufferPointer(start: base + start, count: left))
            return mask64(UnsafeRawPointer(target))
        }
    }

    /// The line feeds of the 64 bytes at `pointer`.
    @inline(__always)
    static func mask64(_ pointer: UnsafeRawPointer) -> UInt64 {
        #if arch(x86_64)
        vectorMask64(pointer)
        #else
        portableMask64(pointer)
        #endif
    }

    #if arch(x86_64)
    /// SSE2 (every x86-64 has it): a comparison per 16 bytes, `pmovmskb` gathering the bits.
    @inline(__always)
    static func vectorMask64(_ pointer: UnsafeRawPointer) -> UInt64 {
        let feed = _mm_set1_epi8(0x0A)
        var mask: UInt64 = 0
        for lane in 0..<4 {
            let chunk = pointer.loadUnaligned(fromByteOffset: lane * 16, as: __m128i.self)
            let bits = UInt32(bitPattern: _mm_movemask_epi8(_mm_cmpeq_epi8(chunk, feed)))
            mask |= UInt64(truncatingIfNeeded: bits) << UInt64(lane * 16)
        }
        return mask
    }
    #endif

    /// Eight bytes at a time in a 64-bit word (any platform; the tests compare it with the
    /// vector reading): a byte equal to 0x0A is a zero byte once XORed with it, told exactly
    /// (no carry between bytes), and the eight high bits are gathered by one multiplication.
    static func portableMask64(_ pointer: UnsafeRawPointer) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var mask: UInt64 = 0
        for word in 0..<8 {
            let bytes = UInt64(littleEndian: pointer.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self))
            let x = bytes ^ 0x0A0A_0A0A_0A0A_0A0A
            // High bit of each byte set when the byte is not zero.
            let nonzero = ((x & low7) &+ low7) | x
            let zeros = ~nonzero & 0x8080_8080_8080_8080
            // Bit 8k + 7 to bit 56 + k: the products land on distinct bits, so nothing carries.
            let gathered = ((zeros >> 7) &* 0x0102_0408_1020_4080) >> 56
            mask |= gathered << UInt64(word * 8)
        }
        return mask
    }
}
