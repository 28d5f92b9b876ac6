#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// The gate's two scans of a line's separators on bit masks of sixty-four bytes (a compare and
/// a `pmovmskb` per class and sixteen bytes, then a few operations on words), for the lines
/// most prose is made of: a line of at most 128 bytes (one cell or not), and a long line whose
/// first 103 bytes are one stretch. The scans read each sixteen bytes twice (the pairs of
/// spaces) and tested every turn; other lines, and lines whose blocks would read past the
/// text, are left to them.
extension HeaderLineGate {
    /// The first part of `LineCells.isSingleCell` (no tab, no two spaces in a row in the line)
    /// for a line of 1 to 128 bytes whose one or two 64-byte blocks lie in the text; nil for
    /// another line.
    @inline(__always)
    static func blockHoldsNoSeparator(_ text: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool? {
        #if arch(x86_64)
        let count = line.end &- line.start
        guard count > 0, count <= 128, let base = text.baseAddress, line.start &+ (count > 64 ? 128 : 64) <= text.count else {
            return nil
        }
        let block = UnsafeRawPointer(base + line.start)
        var spaces: UInt64 = 0
        var tabs: UInt64 = 0
        for lane in 0..<4 {
            let chunk = block.loadUnaligned(fromByteOffset: lane &* 16, as: __m128i.self)
            spaces |= bits(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x20))) &<< UInt64(lane &* 16)
            tabs |= bits(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x09))) &<< UInt64(lane &* 16)
        }
        if count <= 64 {
            // The line's bytes only: a pair with the byte after it is no pair.
            let valid: UInt64 = count == 64 ? ~0 : (1 &<< UInt64(count)) &- 1
            spaces &= valid
            return (tabs & valid) | (spaces & (spaces &>> 1)) == 0
        }
        // Lines of 65 to 128 bytes (a fifth of those of prose): a second block.
        var later: (spaces: UInt64, tabs: UInt64) = (0, 0)
        for lane in 0..<4 {
            let chunk = block.loadUnaligned(fromByteOffset: 64 &+ lane &* 16, as: __m128i.self)
            later.spaces |= bits(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x20))) &<< UInt64(lane &* 16)
            later.tabs |= bits(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x09))) &<< UInt64(lane &* 16)
        }
        let valid: UInt64 = count == 128 ? ~0 : (1 &<< UInt64(count &- 64)) &- 1
        later.spaces &= valid
        let pairs = (spaces & ((spaces &>> 1) | (later.spaces &<< 63))) | (later.spaces & (later.spaces &>> 1))
        return tabs | (later.tabs & valid) | pairs == 0
        #else
        return nil
        #endif
    }

    /// `LineCells.isSingleCell`, through `blockHoldsNoSeparator` where it answers.
    @inline(__always)
    static func isSingleCell(_ text: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool {
        guard let none = blockHoldsNoSeparator(text, line) else { return LineCells.isSingleCell(text, line) }
        guard none else { return false }
        // Its first byte that is neither a space nor a NUL is no pipe.
        var first = line.start
        while first < line.end, text[first] == 0x20 || text[first] == 0 { first += 1 }
        return first == line.end || text[first] != UInt8(ascii: "|")
    }

    /// True when the first `longest + 1` bytes of the line hold no separator (a tab, a pipe, a
    /// space beside another in the line): they are a stretch longer than `longest`, so
    /// `hasLongStretch` holds. False when they may hold one, the line is no longer than
    /// `longest`, or its two blocks would read past the text: `hasLongStretch` then tells.
    @inline(__always)
    static func opensWithLongStretch(_ text: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool {
        #if arch(x86_64)
        let count = line.end &- line.start
        guard count > longest, let base = text.baseAddress, line.start &+ 128 <= text.count else { return false }
        let block = UnsafeRawPointer(base + line.start)
        var spaces: (UInt64, UInt64) = (0, 0)
        var marks: (UInt64, UInt64) = (0, 0)
        for lane in 0..<4 {
            let chunk = block.loadUnaligned(fromByteOffset: lane &* 16, as: __m128i.self)
            let later = block.loadUnaligned(fromByteOffset: 64 &+ lane &* 16, as: __m128i.self)
            let shift = UInt64(lane &* 16)
            spaces.0 |= bits(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x20))) &<< shift
            spaces.1 |= bits(_mm_cmpeq_epi8(later, _mm_set1_epi8(0x20))) &<< shift
            marks.0 |= bits(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x09)), _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x7C)))) &<< shift
            marks.1 |= bits(_mm_or_si128(_mm_cmpeq_epi8(later, _mm_set1_epi8(0x09)), _mm_cmpeq_epi8(later, _mm_set1_epi8(0x7C)))) &<< shift
        }
        // The stretch's bytes in the second block: 0 to `longest - 64` (38).
        let stretch: UInt64 = (1 &<< UInt64(longest &+ 1 &- 64)) &- 1
        guard marks.0 == 0, marks.1 & stretch == 0 else { return false }
        // Its spaces and the byte after it (39) when the line holds it: a space there makes a
        // pair with the stretch's last byte.
        let reach = min(count &- 64, longest &+ 2 &- 64)
        let second = spaces.1 & ((1 &<< UInt64(reach)) &- 1)
        let pairs = (spaces.0 & ((spaces.0 &>> 1) | (second &<< 63))) | (second & (second &>> 1))
        return pairs == 0
        #else
        return false
        #endif
    }

    /// Exactly `hasLongStretch`, on the bit masks of the line's 64-byte blocks where they lie in
    /// the text (the long lines that do not open on a stretch, tables' rows and lines of
    /// aligned columns, whose separators sent the scan byte by byte); else `hasLongStretch`.
    static func hasLongStretchByBlocks(_ text: UnsafeBufferPointer<UInt8>, _ line: TextRange) -> Bool {
        #if arch(x86_64)
        guard line.end &- line.start > longest, let base = text.baseAddress, line.end &+ 63 <= text.count else {
            return hasLongStretch(text, line)
        }
        let end = line.end
        // The stretch reaching the block's start, and whether the byte before it is a space.
        var run = 0
        var previousSpace: UInt64 = 0
        var position = line.start
        while position < end {
            let count = min(64, end &- position)
            let valid: UInt64 = count == 64 ? ~0 : (1 &<< UInt64(count)) &- 1
            let block = UnsafeRawPointer(base + position)
            var spaces: UInt64 = 0
            var marks: UInt64 = 0
            for lane in 0..<4 {
                let chunk = block.loadUnaligned(fromByteOffset: lane &* 16, as: __m128i.self)
                spaces |= bits(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x20))) &<< UInt64(lane &* 16)
                marks |= bits(_mm_or_si128(_mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x09)), _mm_cmpeq_epi8(chunk, _mm_set1_epi8(0x7C))))
                    &<< UInt64(lane &* 16)
            }
            spaces &= valid
            // Bits `i`: byte `i - 1`, byte `i + 1` of the line is a space.
            let nextSpace: UInt64 = count == 64 && position &+ 64 < end && text[position &+ 64] == 0x20 ? 1 : 0
            let after = (spaces &<< 1) | previousSpace
            let before = (spaces &>> 1) | (nextSpace &<< 63)
            let separators = (marks & valid) | (spaces & (after | before))
            if separators == 0 {
                run &+= count
                if run > longest { return true }
            } else {
                // A stretch inside a block is shorter than a block, so than `longest`: only the
                // one reaching the block's start may be longer.
                if run &+ separators.trailingZeroBitCount > longest { return true }
                run = separators.leadingZeroBitCount &- (64 &- count)
            }
            previousSpace = spaces &>> 63
            position &+= 64
        }
        return false
        #else
        return hasLongStretch(text, line)
        #endif
    }

    #if arch(x86_64)
    /// The high bit of each of the sixteen bytes, byte `i`'s as bit `i`.
    @inline(__always)
    private static func bits(_ vector: __m128i) -> UInt64 {
        UInt64(truncatingIfNeeded: UInt32(bitPattern: _mm_movemask_epi8(vector)))
    }
    #endif
}
