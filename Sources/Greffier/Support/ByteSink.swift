#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// A growable byte buffer written without the uniqueness and capacity checks of an array
/// append at every byte (they were most of the cost of folding a document). It owns its
/// memory: never copy one (a copy's `base` dangles once the original grows); the one that
/// fills it hands `buffer` to its owner, which deallocates it.
struct ByteSink: FoldOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private(set) var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    /// The bytes written; the caller owns them and deallocates them.
    var buffer: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(start: base, count: capacity) }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow() }
        base[count] = byte
        count += 1
    }

    /// Appends `text` with its ASCII capitals lowercased, sixteen bytes at a time (the last
    /// sixteen overlapping the ones before: lowercasing reads `text` only, so a byte done twice
    /// comes out the same). Written through locals: through `self` the loop stored `count` and
    /// read `base` again at every step.
    mutating func appendLowercased(_ text: UnsafeBufferPointer<UInt8>) {
        reserve(text.count)
        let length = text.count
        guard let source = text.baseAddress else { return }
        let out = base + count
        count += length
        @inline(__always) func lowercase(_ offset: Int) {
            #if arch(x86_64)
            Self.lowercaseBlock(source + offset, to: out + offset)
            #else
            Self.lowercaseBlockByArithmetic(source + offset, to: out + offset)
            #endif
        }
        guard length >= 16 else {
            for index in 0..<length { out[index] = ByteClass.lowercased(source[index]) }
            return
        }
        var index = 0
        // Four blocks a step: the loop's own test and count cost a third of a block.
        while index &+ 64 <= length {
            lowercase(index)
            lowercase(index &+ 16)
            lowercase(index &+ 32)
            lowercase(index &+ 48)
            index &+= 64
        }
        while index &+ 32 <= length {
            lowercase(index)
            lowercase(index &+ 16)
            index &+= 32
        }
        if index + 16 <= length {
            lowercase(index)
            index += 16
        }
        if index < length { lowercase(length - 16) }
    }

    #if arch(x86_64)
    /// The sixteen bytes at `source` with their ASCII capitals lowercased, written at `out`.
    /// SSE2: moved by 0x3F, the capitals are the signed bytes below -102 (0x80 to 0x99) and no
    /// other byte is (0x5B to 0xC0 move to -102 to -1, the others to 0 to 127); one signed
    /// comparison gives their mask, whose case bit is added. Eight operations a block, where
    /// the arithmetic of `lowercaseBlockByArithmetic` took twelve.
    @inline(__always)
    static func lowercaseBlock(_ source: UnsafePointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) {
        let bytes = UnsafeRawPointer(source).loadUnaligned(as: __m128i.self)
        let capitals = _mm_cmplt_epi8(_mm_add_epi8(bytes, _mm_set1_epi8(0x3F)), _mm_set1_epi8(-128 + 26))
        UnsafeMutableRawPointer(out).storeBytes(of: _mm_or_si128(bytes, _mm_and_si128(capitals, _mm_set1_epi8(0x20))), as: __m128i.self)
    }
    #endif

    /// `lowercaseBlock` elsewhere (the tests compare the two).
    @inline(__always)
    static func lowercaseBlockByArithmetic(_ source: UnsafePointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) {
        let bytes = UnsafeRawPointer(source).loadUnaligned(as: SIMD16<UInt8>.self)
        // Per byte, in its high bit: the byte at least `A` (plus 0x3F: 0x80 to 0xFF for 0x41
        // to 0xC0), not past `Z` (plus 0x25: below 0x80 for 0 to 0x5A, and 0xDB on), and its
        // high bit clear (not part of a multibyte character): exactly 0x41 to 0x5A. The sums
        // wrap lane by lane, without a carry into the next byte, so no byte is masked first.
        // Arithmetic only: a comparison (`.<`) made a mask lane by lane, sixteen branches.
        let capitals = (bytes &+ 0x3F) & ~(bytes &+ 0x25) & ~bytes & 0x80
        // 0x80 >> 2 is 0x20, the case bit.
        UnsafeMutableRawPointer(out).storeBytes(of: bytes | capitals &>> 2, as: SIMD16<UInt8>.self)
    }

    /// Makes room for `extra` more bytes, to be written at `base + count` and then counted
    /// with `advance(by:)`.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        while capacity - count < extra { grow() }
    }

    @inline(__always)
    mutating func advance(by written: Int) {
        precondition(written >= 0 && count + written <= capacity, "advancing past the room reserved")
        count += written
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
