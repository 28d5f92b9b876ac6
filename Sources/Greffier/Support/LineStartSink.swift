/// The line starts of a text (0, then the offset after each `\n`) gathered while another pass
/// walks its line breaks (`PageFurniture.cleanedWithLineStarts`), then made an array of their
/// exact count: a pass over the bytes of its own for them cost about a hundred instructions a
/// line. Written without an array append's uniqueness and capacity tests; it owns its memory
/// until `array()`, which frees it (or until it is dropped); noncopyable, so that no copy can
/// free it twice.
struct LineStartSink: ~Copyable {
    private var base: UnsafeMutablePointer<Int>
    private var count = 1
    private var capacity: Int

    /// Room for `capacity` starts (grown when more come), the first, 0, written.
    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        base[0] = 0
    }

    @inline(__always)
    mutating func append(_ start: Int) {
        if count == capacity { grow() }
        base[count] = start
        count &+= 1
    }

    /// The starts after each `\n` of a break token (`lineBreak`: one, at its first byte;
    /// `blankLine`: one there, one at its last byte, any between among its spaces and tabs).
    @inline(__always)
    mutating func append(breaks token: Token, in text: UnsafeBufferPointer<UInt8>) {
        append(token.start &+ 1)
        guard token.kind == .blankLine else { return }
        var index = token.start &+ 1
        while index < token.end {
            if text[index] == 0x0A { append(index &+ 1) }
            index &+= 1
        }
    }

    @inline(never)
    private mutating func grow() {
        let larger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The starts as an array of their count; the sink's memory is freed.
    consuming func array() -> [Int] {
        let starts = Array(UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
        discard self
        return starts
    }

    deinit { base.deallocate() }
}
