/// The rewrites of a decoding pass, written down as they are found and applied once at the
/// end: the text is then made in one array of its exact size, each run of unchanged bytes
/// copied once, with no growth, zero fill or uniqueness check per rewrite (through
/// `TextNormalizer` a rewrite and the run before it cost ~400 instructions).
struct Rewrites {
    /// `originalCount` input bytes at `originalStart` stand for the `count` bytes of `bytes`
    /// (packed, first byte lowest: a replacement has at most three bytes).
    /// Sixteen bytes: an input all of invalid bytes has a rewrite a byte.
    struct Rewrite {
        var originalStart: Int
        var bytes: UInt32
        var originalCount: UInt8
        var count: UInt8
    }

    private var rewrites: [Rewrite] = []
    /// Output bytes minus input bytes so far: the text's size is known before it is made.
    private var growth = 0

    mutating func add(at originalStart: Int, originalCount: Int, bytes: UInt32, count: Int) {
        precondition(count <= 4 && originalCount > 0 && originalCount <= 4, "a rewrite stands for one to four input bytes and has at most four")
        if rewrites.isEmpty { rewrites.reserveCapacity(64) }
        rewrites.append(Rewrite(originalStart: originalStart, bytes: bytes, originalCount: UInt8(originalCount), count: UInt8(count)))
        growth += count - originalCount
    }

    /// Up to four bytes in one word, the first lowest, and their count.
    static func pack(_ bytes: [UInt8]) -> (bytes: UInt32, count: Int) {
        precondition(bytes.count <= 4, "at most four bytes are packed")
        var packed: UInt32 = 0
        for (offset, byte) in bytes.enumerated() { packed |= UInt32(byte) << (8 * offset) }
        return (packed, bytes.count)
    }

    /// The text `input` becomes, and its map. Without a rewrite it is the input itself,
    /// shared (for a 100 MB input a copy touched 100 MB of fresh memory).
    func text(of input: [UInt8]) -> (bytes: [UInt8], map: OffsetMap) {
        guard !rewrites.isEmpty else {
            var map = OffsetMap()
            map.appendCopy(count: input.count)
            return (input, map)
        }
        return input.withUnsafeBufferPointer { apply(to: $0) }
    }

    /// The text and its map: the runs between rewrites copied, each rewrite's bytes written,
    /// and the map given the same copies and rewrites, in the same order, as a
    /// `TextNormalizer` fed the same pass.
    private func apply(to input: UnsafeBufferPointer<UInt8>) -> (bytes: [UInt8], map: OffsetMap) {
        // Two loops over the rewrites, and no local function: a variable captured by one, or
        // changed both inside and outside the closure, was checked for exclusive access at
        // run time on every use.
        let size = input.count + growth
        let map = OffsetMap(segments: segments(inputCount: input.count), originalLength: input.count, normalizedLength: size)
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { output, initialized in
            // Both are there whenever a byte is copied or written (a text of rewrites to
            // nothing, a lone BOM, has no room and writes nothing).
            guard let source = input.baseAddress, let target = output.baseAddress else { return }
            var read = 0
            var written = 0
            for rewrite in rewrites {
                let run = rewrite.originalStart - read
                if run > 0 {
                    (target + written).update(from: source + read, count: run)
                    written += run
                }
                if written + 4 <= size {
                    // All four bytes at once: those past the rewrite's are written over by
                    // what follows (the text is written in order to its end).
                    UnsafeMutableRawPointer(target + written).storeBytes(of: rewrite.bytes.littleEndian, as: UInt32.self)
                } else {
                    var packed = rewrite.bytes
                    for offset in 0..<Int(rewrite.count) {
                        target[written + offset] = UInt8(truncatingIfNeeded: packed)
                        packed >>= 8
                    }
                }
                written += Int(rewrite.count)
                read = rewrite.originalStart + Int(rewrite.originalCount)
            }
            if read < input.count {
                (target + written).update(from: source + read, count: input.count - read)
                written += input.count - read
            }
            precondition(written == size, "the rewrites' sizes add up to the text's")
            initialized = written
        }
        return (bytes, map)
    }

    /// The map's segments, as `OffsetMap.appendCopy` and `appendRewrite` make them for each
    /// run then each rewrite in turn (a run is one copy), written in place: through the map a
    /// segment cost an array append.
    ///
    /// `OffsetMap.push` reuses an empty last segment and extends a copied one; here neither
    /// happens but at the start: the map's first segment, copied and empty, is the first
    /// rewrite's when the text opens on one, else the first run's. Past it, a run always
    /// follows a rewrite, and a segment pushed always starts past the last one's start (a
    /// rewrite stands for one input byte or more, a run for one or more): each is appended,
    /// with no comparison.
    private func segments(inputCount: Int) -> [OffsetMap.Segment] {
        typealias Segment = OffsetMap.Segment
        // At most a run and a rewrite a rewrite, and the last run (called with one rewrite at
        // least).
        return [Segment](unsafeUninitializedCapacity: 2 * rewrites.count + 1) { segments, initialized in
            var count = 0
            var original = 0
            var normalized = 0
            for rewrite in rewrites {
                let run = rewrite.originalStart - original
                if run > 0 {
                    segments[count] = Segment(normalizedStart: normalized, originalStart: original, copied: true)
                    count += 1
                    original += run
                    normalized += run
                }
                segments[count] = Segment(normalizedStart: normalized, originalStart: original, copied: false)
                count += 1
                original += Int(rewrite.originalCount)
                normalized += Int(rewrite.count)
            }
            if original < inputCount {
                segments[count] = Segment(normalizedStart: normalized, originalStart: original, copied: true)
                count += 1
            }
            initialized = count
        }
    }
}
