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
    /// a word, as `Folding.equals` decides.
    private let comparable: UnsafeMutableBufferPointer<Bool>

    init(_ bytes: [UInt8], _ tokens: [Token]) {
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(tokens.count + 1)
        var comparable: [Bool] = []
        comparable.reserveCapacity(tokens.count)
        for token in tokens {
            comparable.append(Folding.appendFold(bytes, token.start, token.end, to: &folded))
            offsets.append(UInt32(truncatingIfNeeded: folded.count))
        }
        count = tokens.count
        self.folded = Self.copy(folded)
        self.offsets = Self.copy(offsets)
        self.comparable = Self.copy(comparable)
    }

    deinit {
        folded.deallocate()
        offsets.deallocate()
        comparable.deallocate()
    }

    private static func copy<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return buffer
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
        guard index >= 0, index < count, comparable[index], offsets[index] < offsets[index + 1] else { return 0 }
        return folded[Int(offsets[index])]
    }

    /// Whether token `index` folded is `word`, exactly as `Folding.equals` on its bytes.
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
