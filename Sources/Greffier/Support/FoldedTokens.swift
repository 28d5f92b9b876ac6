#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folded text (`Folding.fold`) of every token of a document, computed once when the
/// document is made: recognizers ask whether a token is a given word millions of times per
/// megabyte, and comparing stored bytes is far cheaper than folding the token again each time.
///
/// A class over raw buffers rather than a struct of arrays: each comparison then costs a few
/// loads, without the reference counting of three arrays (which took most of its time).
/// `@unchecked Sendable`: the buffers are written in `init` only, then read, and freed with it.
final class FoldedTokens: @unchecked Sendable {
    private let count: Int
    /// The folded bytes of all tokens, one after the other.
    private let folded: UnsafeMutableBufferPointer<UInt8>
    /// Token `i`'s folded bytes are `folded[offsets[i]..<offsets[i + 1]]`.
    private let offsets: UnsafeMutableBufferPointer<UInt32>
    /// Whether every non-ASCII character of token `i` folded to ASCII: only then may it equal
    /// a word (an ASCII literal).
    private let comparable: UnsafeMutableBufferPointer<Bool>
    /// Token `i`'s first folded byte when it is comparable and not empty, else 0 (`firstByte`):
    /// contiguous, so that a recognizer's search for its few initials reads one byte a token.
    private let firsts: UnsafeMutableBufferPointer<UInt8>

    init(_ bytes: [UInt8], _ tokens: [Token]) {
        count = tokens.count
        let offsets = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: tokens.count + 1)
        let comparable = UnsafeMutableBufferPointer<Bool>.allocate(capacity: max(tokens.count, 1))
        let firsts = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(tokens.count, 1))
        // Folding never lengthens ASCII or the letters with an ASCII fold: the input's size
        // is enough but for rare letters without one, for which the sink grows.
        var sink = ByteSink(capacity: bytes.count + 16)
        offsets[0] = 0
        bytes.withUnsafeBufferPointer { text in
            for (index, token) in tokens.enumerated() {
                let start = sink.count
                comparable[index] = Folding.fold(text, token.start, token.end, into: &sink)
                offsets[index + 1] = UInt32(truncatingIfNeeded: sink.count)
                firsts[index] = comparable[index] && sink.count > start ? sink.base[start] : 0
            }
        }
        self.folded = sink.buffer
        self.offsets = offsets
        self.comparable = comparable
        self.firsts = firsts
    }

    deinit {
        folded.deallocate()
        offsets.deallocate()
        comparable.deallocate()
        firsts.deallocate()
    }

    /// Token `index` folded (`Activité` → `activite`).
    func string(_ index: Int) -> String {
        precondition(index >= 0 && index < count, "token index out of range")
        let start = Int(offsets[index])
        return String(decoding: UnsafeBufferPointer(rebasing: folded[start..<Int(offsets[index + 1])]), as: UTF8.self)
    }

    /// The first folded byte of token `index` (0 for an empty or non-comparable token): a cheap
    /// filter before trying a table of words.
    func firstByte(_ index: Int) -> UInt8 {
        guard index >= 0, index < count else { return 0 }
        return firsts[index]
    }

    /// The first token at or after `start` whose first folded byte is one of `initials`,
    /// else the token count. No initial is 0, so tokens that cannot equal a word are passed.
    @inline(__always)
    func next(from start: Int, in initials: Initials) -> Int {
        var index = max(start, 0)
        while index < count, !initials.contains(firsts[index]) { index += 1 }
        return index
    }

    /// Whether token `index` folded is `word` (lowercase ASCII).
    @inline(__always)
    func equals(_ index: Int, _ word: String) -> Bool {
        guard index >= 0, index < count, comparable[index] else { return false }
        let start = Int(offsets[index])
        let length = Int(offsets[index + 1]) - start
        // The length first (stored in the string, no byte read): it rejects most candidates.
        guard word.utf8.count == length else { return false }
        // The words asked about are literals, stored contiguously: one memcmp.
        if let same = word.utf8.withContiguousStorageIfAvailable({ utf8 -> Bool in
            guard length > 0, let base = utf8.baseAddress, let mine = folded.baseAddress else { return true }
            return memcmp(base, mine + start, length) == 0
        }) {
            return same
        }
        var position = start
        for byte in word.utf8 {
            guard folded[position] == byte else { return false }
            position += 1
        }
        return true
    }
}

/// A growable byte buffer written without the uniqueness and capacity checks of an array
/// append at every byte (they were most of the cost of folding a document).
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

    private mutating func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
