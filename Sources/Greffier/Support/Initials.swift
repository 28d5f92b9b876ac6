/// The first bytes of a set of words, as a 256-bit table: a recognizer looking for a few
/// words rejects most tokens with one test of their first folded byte
/// (`Document.foldedFirstByte`) before comparing any whole word. Built from the words
/// themselves, so that it cannot forget one.
struct Initials: Sendable {
    private var bytes = ByteSet()

    init(_ words: [String]) {
        for word in words {
            guard let first = word.utf8.first else { continue }
            bytes.insert(first)
        }
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { bytes.contains(byte) }
}
