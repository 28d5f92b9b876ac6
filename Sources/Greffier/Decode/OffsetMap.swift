/// Maps byte offsets of the normalized UTF-8 text back to byte offsets of the original input.
///
/// Normalization (CRLF → LF, no-break spaces → space, other encodings → UTF-8, ...) changes
/// byte lengths, so the map keeps one segment per stretch that is either copied byte for byte
/// (offsets advance together) or rewritten (every offset inside maps to the segment's start).
/// Spans are converted only when a record is assembled, never stored as `String.Index`.
public struct OffsetMap: Sendable, Equatable {
    /// Sixteen bytes, the flag in the sign of the second word: an input all of rewrites has a
    /// segment or two a byte.
    struct Segment: Sendable, Equatable {
        var normalizedStart: Int
        /// `originalStart`, negated (minus one) when the segment is rewritten.
        private var originalWord: Int

        init(normalizedStart: Int, originalStart: Int, copied: Bool) {
            self.normalizedStart = normalizedStart
            originalWord = copied ? originalStart : ~originalStart
        }

        var originalStart: Int { originalWord < 0 ? ~originalWord : originalWord }

        var copied: Bool {
            get { originalWord >= 0 }
            set { if newValue != copied { originalWord = ~originalWord } }
        }
    }

    /// One array of segments, not one array per field: a rewrite appended to three arrays
    /// cost ~145 instructions (three uniqueness checks, three growths from one element).
    private var segments: [Segment] = [Segment(normalizedStart: 0, originalStart: 0, copied: true)]
    /// The last segment, kept apart too: every append reads it, and through the array each
    /// read was a bounds check and a load.
    private var last = Segment(normalizedStart: 0, originalStart: 0, copied: true)
    /// Length of the original input in bytes: the image of the normalized text's end.
    public private(set) var originalLength: Int = 0
    public private(set) var normalizedLength: Int = 0

    public init() {}

    /// A map whose segments were made elsewhere (`Rewrites.apply`), by the rules of `push`.
    init(segments: [Segment], originalLength: Int, normalizedLength: Int) {
        precondition(!segments.isEmpty, "a map has a first segment")
        self.segments = segments
        last = segments[segments.count - 1]
        self.originalLength = originalLength
        self.normalizedLength = normalizedLength
    }

    /// Records that `normalizedCount` output bytes were copied from `originalCount` input bytes.
    mutating func appendCopy(count: Int) {
        if !last.copied {
            push(copy: true)
        }
        normalizedLength += count
        originalLength += count
    }

    /// Records that `originalCount` input bytes were rewritten as `normalizedCount` output bytes.
    mutating func appendRewrite(originalCount: Int, normalizedCount: Int) {
        push(copy: false)
        normalizedLength += normalizedCount
        originalLength += originalCount
    }

    /// Room for `count` segments (a text with one rewrite usually has more: an array grown
    /// from one element is copied six times before 64).
    mutating func reserve(_ count: Int) {
        segments.reserveCapacity(count)
    }

    private mutating func push(copy: Bool) {
        if last.normalizedStart == normalizedLength, last.originalStart == originalLength {
            // An empty segment: reuse it instead of stacking anchors at the same offset.
            last.copied = copy
            segments[segments.count - 1].copied = copy
            return
        }
        last = Segment(normalizedStart: normalizedLength, originalStart: originalLength, copied: copy)
        segments.append(last)
    }

    /// The original byte offset of a normalized byte offset (`0...normalizedLength`).
    public func originalOffset(_ normalized: Int) -> Int {
        if normalized >= normalizedLength { return originalLength }
        // Offset 0 is not always original byte 0: after a removed BOM (UTF-8 or UTF-16) the
        // first character starts at byte 3 or 2. The search below finds the segment that
        // starts there, so only negative offsets are clamped.
        let normalized = max(normalized, 0)
        // Binary search for the last segment starting at or before `normalized`.
        var low = 0
        var high = segments.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if segments[mid].normalizedStart <= normalized { low = mid } else { high = mid - 1 }
        }
        let segment = segments[low]
        let delta = normalized - segment.normalizedStart
        return segment.copied ? segment.originalStart + delta : segment.originalStart
    }
}
