/// What the first two folded bytes of a set of words may be, as a 256-bit table of their
/// hashes: a recognizer looking for a few words rejects most tokens with one test of
/// `FoldedTokens.lead` before comparing any whole word. Two bytes, not one: the most frequent
/// words (`de`, `la`, `le`, `des`) share a first letter with many looked-for words (`decret`,
/// `loi`), rarely a first two. Built from the words themselves, so that it cannot forget one;
/// a hash may let through a token that is none of them, never stop one that is.
struct Initials: Sendable, Equatable {
    private var hashes = ByteSet()
    /// The words' shapes, sorted, each once: a lane (`LeadLanes`) holds exactly the tokens of
    /// one of them, and they tell apart two sets whose leads share their hashes.
    private(set) var shapes: [Shape] = []

    /// A word's lead and its length in bytes (`longest` for any longer): a token may equal the
    /// word only if its folded form has both.
    struct Shape: Sendable, Hashable, Comparable {
        let lead: UInt16
        let length: UInt8
        static let longest = 63

        init(lead: UInt16, length: Int) {
            self.lead = lead
            self.length = UInt8(min(length, Self.longest))
        }

        static func < (left: Shape, right: Shape) -> Bool {
            (left.lead, left.length) < (right.lead, right.length)
        }
    }

    init(_ words: [String]) {
        var shapes = Set<Shape>()
        for word in words {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            let lead = UInt16(first) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
            hashes.insert(Self.hash(lead))
            shapes.insert(Shape(lead: lead, length: bytes.count))
        }
        self.shapes = shapes.sorted()
    }

    /// The words' leads at any length: a lane of these holds every token opening as one of
    /// them (blank lines, `\n` then any number of spaces, tabs and `\n`, for the clauses'
    /// closers), as the lanes by hash did before they held lengths.
    init(anyLength words: [String]) {
        self.init(words)
        var shapes = Set<Shape>()
        for shape in self.shapes {
            for length in 1...Shape.longest { shapes.insert(Shape(lead: shape.lead, length: length)) }
        }
        self.shapes = shapes.sorted()
    }

    @inline(__always)
    static func hash(_ lead: UInt16) -> UInt8 {
        UInt8(truncatingIfNeeded: lead) ^ (UInt8(truncatingIfNeeded: lead >> 8) &<< 3)
    }

    /// Whether a token whose first two folded bytes are `lead` (`first | second << 8`) may be
    /// one of the words. Never for 0, a token that cannot equal any word.
    @inline(__always)
    func contains(lead: UInt16) -> Bool {
        lead != 0 && hashes.contains(Self.hash(lead))
    }

    /// Whether some word's lead has this hash.
    func contains(hash: UInt8) -> Bool { hashes.contains(hash) }

    /// Whether a token whose folded form opens with `lead` and is `length` bytes long has the
    /// shape of one of the words (never for lead 0): what a lane holds.
    func holds(lead: UInt16, length: Int) -> Bool { lead != 0 && shapes.contains(Shape(lead: lead, length: length)) }
}
