/// Maps byte offsets of the normalized UTF-8 text back to byte offsets of the original input.
///
/// Normalization (CRLF → LF, no-break spaces → space, other encodings → UTF-8, ...) changes
/// byte lengths, so the map keeps one segment per stretch that is either copied byte for byte
/// (offsets advance together) or rewritten (every offset inside maps to the segment's start).
/// Spans are converted only when a record is assembled, never stored as `String.Index`.
public struct OffsetMap: Sendable, Equatable {
    private var normalizedStarts: [Int] = [0]
    private var originalStarts: [Int] = [0]
    private var copied: [Bool] = [true]
    /// Length of the original input in bytes: the image of the normalized text's end.
    public private(set) var originalLength: Int = 0
    public private(set) var normalizedLength: Int = 0

    public init() {}

    /// Records that `normalizedCount` output bytes were copied from `originalCount` input bytes.
    mutating func appendCopy(count: Int) {
        if copied[copied.count - 1] == false {
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

    private mutating func push(copy: Bool) {
        let last = normalizedStarts.count - 1
        if normalizedStarts[last] == normalizedLength, originalStarts[last] == originalLength {
            // An empty segment: reuse it instead of stacking anchors at the same offset.
            copied[last] = copy
            return
        }
        normalizedStarts.append(normalizedLength)
        originalStarts.append(originalLength)
        copied.append(copy)
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
        var high = normalizedStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if normalizedStarts[mid] <= normalized { low = mid } else { high = mid - 1 }
        }
        let delta = normalized - normalizedStarts[low]
        return copied[low] ? originalStarts[low] + delta : originalStarts[low]
    }
}
