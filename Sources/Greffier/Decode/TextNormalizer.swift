/// Rewrites decoded scalars into the normalized UTF-8 text the tokenizer reads, recording
/// every rewrite in an `OffsetMap`: UTF-16 is read through it; UTF-8 and Windows-1252 write
/// their rewrites down (`Rewrites`), which makes the same text and map.
///
/// Normalized: CRLF and lone CR → LF; no-break, narrow no-break, thin and other fixed-width
/// spaces → space; typographic apostrophes → `'`; ligatures (ﬁ, ﬂ, ...) → letters; BOMs,
/// soft hyphens and zero-width characters removed. Everything else is kept as is.
struct TextNormalizer {
    /// The bytes written, then zeros up to the room made: written in place, without the
    /// generic `append(contentsOf:)` (~150 instructions a call, for runs of a few dozen bytes).
    private var storage: [UInt8] = []
    private var written = 0
    private(set) var map = OffsetMap()
    /// Made at the first write, not before: room never written would only be allocated and
    /// freed.
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The normalized text (the room left over is dropped: read it once all is written).
    var output: [UInt8] {
        mutating get {
            if storage.count > written { storage.removeLast(storage.count - written) }
            return storage
        }
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func room(_ extra: Int) {
        if written + extra > storage.count { grow(extra) }
    }

    private mutating func grow(_ extra: Int) {
        let size = max(written + extra, capacity, 2 * storage.count, 64)
        if storage.isEmpty {
            // The first write: a text with one rewrite usually has many (a segment every
            // hundred bytes or so in French texts), and an array of segments grown from one
            // element is copied at every doubling.
            map.reserve(min(max(64, capacity / 32), 1 << 14))
        }
        // Zeros appended, not `Array(repeating:count:)`: its `memset` (`rep stosb`) counts one
        // instruction a byte under callgrind, this loop one per sixteen.
        storage.append(contentsOf: repeatElement(0, count: size - storage.count))
        capacity = 0
    }

    @inline(__always)
    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        room(bytes.count)
        let at = written
        storage.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }
            // A replacement (one to three bytes) byte by byte: a `memcpy` call cost more.
            if bytes.count <= 4 {
                for offset in 0..<bytes.count { base[at + offset] = source[offset] }
            } else {
                (base + at).update(from: source, count: bytes.count)
            }
        }
        written += bytes.count
    }

    @inline(__always)
    private mutating func write(byte: UInt8) {
        room(1)
        storage[written] = byte
        written += 1
    }

    /// What a scalar becomes, or nil when it is kept unchanged.
    static func replacement(for scalar: UInt32) -> [UInt8]? {
        switch scalar {
        case 0x0D: return [0x0A]
        case 0x00A0, 0x202F, 0x2000...0x200A, 0x205F, 0x3000: return [0x20]
        case 0x2018, 0x2019, 0x02BC: return [0x27]
        case 0xFEFF, 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060: return []
        case 0xFB00: return Array("ff".utf8)
        case 0xFB01: return Array("fi".utf8)
        case 0xFB02: return Array("fl".utf8)
        case 0xFB03: return Array("ffi".utf8)
        case 0xFB04: return Array("ffl".utf8)
        case 0xFB05, 0xFB06: return Array("st".utf8)
        default: return nil
        }
    }

    /// `replacement(for:)` packed for `Rewrites` (first byte lowest): no array made or
    /// retained for the scalars kept, nearly all. `DecodingEquivalenceTests` checks the two agree.
    @inline(__always)
    static func packedReplacement(for scalar: UInt32) -> (bytes: UInt32, count: Int)? {
        switch scalar {
        case 0x0D: return (0x0A, 1)
        case 0x00A0, 0x202F, 0x2000...0x200A, 0x205F, 0x3000: return (0x20, 1)
        case 0x2018, 0x2019, 0x02BC: return (0x27, 1)
        case 0xFEFF, 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060: return (0, 0)
        case 0xFB00: return (0x66_66, 2)  // ff
        case 0xFB01: return (0x69_66, 2)  // fi
        case 0xFB02: return (0x6C_66, 2)  // fl
        case 0xFB03: return (0x69_66_66, 3)  // ffi
        case 0xFB04: return (0x6C_66_66, 3)  // ffl
        case 0xFB05, 0xFB06: return (0x74_73, 2)  // st
        default: return nil
        }
    }

    /// Appends bytes copied unchanged from the input.
    mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
        write(bytes)
        map.appendCopy(count: bytes.count)
    }

    /// Appends bytes copied unchanged from the input.
    mutating func copy<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ write($0) }) == nil {
            for byte in bytes { write(byte: byte) }
        }
        map.appendCopy(count: bytes.count)
    }

    /// Appends one ASCII byte copied unchanged from the input.
    mutating func copyByte(_ byte: UInt8) {
        write(byte: byte)
        map.appendCopy(count: 1)
    }

    /// Appends `bytes` standing for `originalCount` bytes of the input.
    mutating func rewrite(_ bytes: [UInt8], originalCount: Int) {
        bytes.withUnsafeBufferPointer { write($0) }
        map.appendRewrite(originalCount: originalCount, normalizedCount: bytes.count)
    }

    /// Appends one byte standing for `originalCount` bytes of the input (CR or CRLF → LF).
    mutating func rewrite(byte: UInt8, originalCount: Int) {
        write(byte: byte)
        map.appendRewrite(originalCount: originalCount, normalizedCount: 1)
    }

    /// Appends a scalar decoded from `originalCount` input bytes (any encoding), normalized.
    mutating func appendScalar(_ scalar: UInt32, originalCount: Int) {
        if let replaced = Self.replacement(for: scalar) {
            rewrite(replaced, originalCount: originalCount)
        } else {
            rewrite(Self.utf8(scalar), originalCount: originalCount)
        }
    }

    static func utf8(_ scalar: UInt32) -> [UInt8] {
        let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
        return Array(String(Character(value)).utf8)
    }
}
