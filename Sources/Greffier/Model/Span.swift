/// A half-open byte range `[start, end)` of the original input file: `cut -b` or `dd` on the
/// input shows exactly the source of a value.
public struct Span: Sendable, Equatable, Hashable, Comparable {
    public let start: Int
    public let end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public static func < (a: Span, b: Span) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}
