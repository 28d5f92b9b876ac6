#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words `FirstNames.firstName` may find, found by searching the text's bytes for the
/// names' heads rather than by reading every token (24 bytes each, about eight instructions a
/// token: a fifth of the validation). `memchr` finds a name's first byte many bytes a step;
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
        /// Each first byte searched for, with its heads' second bytes (ASCII) as a 128-bit
        /// mask, all ones when a head has no second byte: most places found fail on the next
        /// byte, told by one test.
        let firsts: [(byte: UInt8, low: UInt64, high: UInt64)]
        /// Each name's head, its first eight bytes at most (a word opening with a head opens
        /// with those) packed in a word, first byte lowest, with their count.
        let heads: [(bytes: UInt64, count: Int)]

        init?(_ names: [String]) {
            // Room made once: grown name by name, each list was made two or three times.
            var firsts: [(byte: UInt8, low: UInt64, high: UInt64)] = []
            firsts.reserveCapacity(min(names.count, FirstNames.searchLimit))
            var heads: [(bytes: UInt64, count: Int)] = []
            heads.reserveCapacity(names.count)
            for name in names {
                // Its head read with the scalars' test: ASCII, or C3 and a continuation byte
                // (U+00C0–U+00FF, a valid string's two bytes).
                var packed: UInt64 = 0
                var count = 0
                var inHead = true
                var afterC3 = false
                for byte in name.utf8 {
                    if afterC3 {
                        afterC3 = false
                        continue
                    }
                    if byte >= 0x80 {
                        guard byte == 0xC3 else { return nil }
                        afterC3 = true
                        inHead = false
                        continue
                    }
                    if Self.hasNonASCIIEqual(byte) { inHead = false }
                    if inHead, count < 8 {
                        packed |= UInt64(byte) << UInt64(8 * count)
                        count += 1
                    }
                }
                guard count > 0 else { return nil }
                if !heads.contains(where: { $0.bytes == packed && $0.count == count }) { heads.append((packed, count)) }
                let first = UInt8(truncatingIfNeeded: packed)
                let second = UInt8(truncatingIfNeeded: packed >> 8)
                let entry = firsts.firstIndex { $0.byte == first } ?? firsts.count
                if entry == firsts.count {
                    guard firsts.count < FirstNames.searchLimit else { return nil }
                    firsts.append((first, 0, 0))
                }
                if count == 1 {
                    firsts[entry].low = ~0
                    firsts[entry].high = ~0
                } else if second < 64 {
                    firsts[entry].low |= 1 << UInt64(second)
                } else {
                    firsts[entry].high |= 1 << UInt64(second - 64)
                }
            }
            self.firsts = firsts
            self.heads = heads
        }

        /// Whether `byte`, after the first byte `firsts[which].byte`, may continue a head (any
        /// byte when a head has no second one; never one that is not ASCII otherwise).
        @inline(__always)
        func mayFollow(_ which: Int, _ byte: UInt8) -> Bool {
            let mask = firsts[which]
            if mask.low == ~0, mask.high == ~0 { return true }
            guard byte < 0x80 else { return false }
            return (byte < 64 ? mask.low >> UInt64(byte) : mask.high >> UInt64(byte - 64)) & 1 != 0
        }

        /// Whether the text's bytes from `at` open with a head starting with `first`.
        @inline(__always)
        func headAt(_ text: UnsafeBufferPointer<UInt8>, _ at: Int, first: UInt8) -> Bool {
            heads.contains { head in
                guard UInt8(truncatingIfNeeded: head.bytes) == first, head.count <= text.count - at else { return false }
                for offset in 0..<head.count where text[at + offset] != UInt8(truncatingIfNeeded: head.bytes >> UInt64(8 * offset)) {
                    return false
                }
                return true
            }
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
                for (which, first) in search.firsts.enumerated() {
                    let byte = first.byte
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
                        guard search.headAt(text, at, first: byte) else { continue }
                        // The first token starting at or after the place.
                        var high = tokens.count
                        while low < high {
                            let mid = (low + high) / 2
                            if tokens[mid].start < at { low = mid + 1 } else { high = mid }
                        }
                        guard low < tokens.count, tokens[low].start == at else { continue }
                        // What `walkedCandidates` asks of a token.
                        let token = tokens[low]
                        guard mayStart(byte), hasLength(token.end - token.start), token.kind == .word
                        else { continue }
                        if found.isEmpty { found.reserveCapacity(64) }
                        found.append(low)
                    }
                }
            }
        }
        // One pass per first byte: back in text order (each token is found once, by its first byte).
        if search.firsts.count > 1 { found.sort() }
        return found
    }
}
