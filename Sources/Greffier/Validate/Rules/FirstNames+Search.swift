#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words `FirstNames.firstName` may find, found by searching the text's bytes for the
/// names' heads rather than by reading every token (24 bytes each, about eight instructions a
/// token: a tenth of the validation). `memchr` finds a name's first byte many bytes a step;
/// only where the name's head follows is the token starting there looked up (a binary search,
/// tokens being in text order).
///
/// A name's head is its first bytes up to the first that is not ASCII, or is `K`, `;` or `` ` ``
/// (the only ASCII characters that a scalar which is not ASCII equals: U+212A, U+037E,
/// U+1FEF). When every scalar of the name is ASCII or a Latin-1 letter (U+00C0–U+00FF, none a
/// combining mark) and the head is not empty, a word equal to the name as a string (canonical
/// equivalence) opens with its head's bytes: its scalars decompose to the name's decomposition,
/// which opens with the head's characters each followed by a character that is no combining
/// mark; each of them is decomposed to by itself only, and no scalar decomposes to one of them
/// followed by more. An ASCII word equal to the name has its bytes. So every word `firstName`
/// accepts opens with some name's head (`FirstNamesSearchTests` compares with the walk).
extension FirstNames {
    /// At most this many different first bytes are searched for, one pass each; with more, or
    /// with a name the search cannot take, every token is read (`walkedCandidates`).
    static let searchLimit = 4

    /// The names' heads by first byte.
    struct Search: Sendable {
        let firstBytes: [UInt8]
        /// Each name's head, with its first byte.
        let heads: [[UInt8]]
        /// By first byte (as `firstBytes`), the heads' second bytes (ASCII) as a 128-bit mask,
        /// all ones when a head has no second byte: most places found fail on the next byte,
        /// told by one test.
        let seconds: [(low: UInt64, high: UInt64)]

        init?(_ names: [String]) {
            var firstBytes: [UInt8] = []
            var heads: [[UInt8]] = []
            for name in names {
                guard name.unicodeScalars.allSatisfy({ $0.isASCII || (0xC0...0xFF).contains($0.value) }) else { return nil }
                let head = Array(name.utf8.prefix { $0 < 0x80 && !Self.hasNonASCIIEqual($0) })
                guard let first = head.first else { return nil }
                if !heads.contains(head) { heads.append(head) }
                if !firstBytes.contains(first) { firstBytes.append(first) }
            }
            guard firstBytes.count <= FirstNames.searchLimit else { return nil }
            self.firstBytes = firstBytes
            self.heads = heads
            seconds = firstBytes.map { first in
                var mask: (low: UInt64, high: UInt64) = (0, 0)
                for head in heads where head[0] == first {
                    guard head.count > 1 else { return (~0, ~0) }
                    if head[1] < 64 { mask.low |= 1 << UInt64(head[1]) } else { mask.high |= 1 << UInt64(head[1] - 64) }
                }
                return mask
            }
        }

        /// Whether `byte`, after the first byte `firstBytes[which]`, may continue a head (any
        /// byte when a head has no second one; never one that is not ASCII otherwise).
        @inline(__always)
        func mayFollow(_ which: Int, _ byte: UInt8) -> Bool {
            let mask = seconds[which]
            if mask.low == ~0, mask.high == ~0 { return true }
            guard byte < 0x80 else { return false }
            return (byte < 64 ? mask.low >> UInt64(byte) : mask.high >> UInt64(byte - 64)) & 1 != 0
        }

        /// `K`, `;` and `` ` ``: equal to U+212A, U+037E and U+1FEF.
        static func hasNonASCIIEqual(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "K") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "`")
        }
    }

    /// The candidates `walkedCandidates` gives that `firstName` accepts, and perhaps others it
    /// gives, in text order: the loop asking `firstName` of each then finds the same names.
    func candidates(_ document: Document) -> [Int] {
        guard let search else { return walkedCandidates(document) }
        return searchedCandidates(document, search)
    }

    /// `candidates` by search (see the extension's comment).
    func searchedCandidates(_ document: Document, _ search: Search) -> [Int] {
        var found: [Int] = []
        document.bytes.withUnsafeBufferPointer { text in
            document.tokens.withUnsafeBufferPointer { tokens in
                guard let base = text.baseAddress else { return }
                let count = text.count
                for (which, byte) in search.firstBytes.enumerated() {
                    // The tokens before this one start before the last place found.
                    var low = 0
                    var from = 0
                    while from < count, let hit = memchr(base + from, Int32(byte), count - from) {
                        let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                        // Past the hit: each search moves on.
                        assert(at >= from)
                        from = at + 1
                        guard at + 1 < count ? search.mayFollow(which, text[at + 1]) : search.mayFollow(which, 0x80)
                        else { continue }
                        let headed = search.heads.contains { head in
                            head[0] == byte && head.count <= count - at
                                && head.indices.allSatisfy { text[at + $0] == head[$0] }
                        }
                        guard headed else { continue }
                        // The first token starting at or after the place.
                        var high = tokens.count
                        while low < high {
                            let mid = (low + high) / 2
                            if tokens[mid].start < at { low = mid + 1 } else { high = mid }
                        }
                        guard low < tokens.count, tokens[low].start == at else { continue }
                        // What `walkedCandidates` asks of a token.
                        let token = tokens[low]
                        guard initials[Int(byte)] != 0, hasLength(token.end - token.start), token.kind == .word
                        else { continue }
                        if found.isEmpty { found.reserveCapacity(64) }
                        found.append(low)
                    }
                }
            }
        }
        // One pass per first byte: back in text order (each token is found once, by its first byte).
        if search.firstBytes.count > 1 { found.sort() }
        return found
    }
}
