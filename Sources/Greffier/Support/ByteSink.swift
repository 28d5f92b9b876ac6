/// A growable byte buffer written without the uniqueness and capacity checks of an array
/// append at every byte (they were most of the cost of folding a document). It owns its
/// memory: never copy one (a copy's `base` dangles once the original grows); the one that
/// fills it hands `buffer` to its owner, which deallocates it.
struct ByteSink: FoldOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

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

    /// Appends `text` with its ASCII capitals lowercased, eight bytes at a time.
    mutating func appendLowercased(_ text: UnsafeBufferPointer<UInt8>) {
        while capacity - count < text.count { grow() }
        let ones: UInt64 = 0x0101_0101_0101_0101
        var index = 0
        while index + 8 <= text.count {
            let word = WordAtATime.load(text, index)
            // Per byte, without carries between bytes: its low seven bits at least `A` and at
            // most `Z`, and its high bit clear (not part of a multibyte character).
            let low = word & (ones &* 0x7F)
            let atLeastA = low &+ ones &* (0x80 - 0x41)
            let pastZ = low &+ ones &* (0x80 - 0x5B)
            let capitals = atLeastA & ~pastZ & ~word & (ones &* 0x80)
            // 0x80 >> 2 is 0x20, the case bit. Stored as loaded: byte order does not matter.
            UnsafeMutableRawPointer(base + count).storeBytes(of: word | (capitals &>> 2), as: UInt64.self)
            count += 8
            index += 8
        }
        while index < text.count {
            base[count] = ByteClass.lowercased(text[index])
            count += 1
            index += 1
        }
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
