/// Rewrites decoded scalars into the normalized UTF-8 text the tokenizer reads, recording
/// every rewrite in an `OffsetMap`.
///
/// Normalized: CRLF and lone CR → LF; no-break, narrow no-break, thin and other fixed-width
/// spaces → space; typographic apostrophes → `'`; ligatures (ﬁ, ﬂ, ...) → letters; BOMs,
/// soft hyphens and zero-width characters removed. Everything else is kept as is.
struct TextNormalizer {
    private(set) var output: [UInt8] = []
    private(set) var map = OffsetMap()
    /// Reserved at the first write, not before: most inputs need no rewrite and are adopted
    /// whole (`adopt`), and a reservation never written would only be allocated and freed.
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    @inline(__always)
    private mutating func reserve() {
        if capacity > 0 {
            output.reserveCapacity(capacity)
            capacity = 0
        }
    }

    /// Takes `bytes`, the whole input, as the output: an input that needs no rewrite is shared,
    /// not copied (for a 100 MB input the copy touched 100 MB of fresh memory).
    mutating func adopt(_ bytes: [UInt8]) {
        precondition(output.isEmpty && map.normalizedLength == 0, "only a whole input is adopted")
        output = bytes
        capacity = 0
        map.appendCopy(count: bytes.count)
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

    /// Appends bytes copied unchanged from the input.
    mutating func copy<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        reserve()
        output.append(contentsOf: bytes)
        map.appendCopy(count: bytes.count)
    }

    /// Appends one ASCII byte copied unchanged from the input.
    mutating func copyByte(_ byte: UInt8) {
        reserve()
        output.append(byte)
        map.appendCopy(count: 1)
    }

    /// Appends `bytes` standing for `originalCount` bytes of the input.
    mutating func rewrite(_ bytes: [UInt8], originalCount: Int) {
        reserve()
        output.append(contentsOf: bytes)
        map.appendRewrite(originalCount: originalCount, normalizedCount: bytes.count)
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
