/// A name as `NameVariantRule` keys a person: its first word and the words after it, spaced.
extension NameVariantRule {
    /// `words(name)`'s first word, the others joined by single spaces, how many there are, and
    /// whether the name holds U+0000 (see `samePerson`): read on the name's bytes when each
    /// space stands alone (as `words` does), as two strings, not a string per word joined
    /// again. Nil when the name has no word.
    static func firstAndRest(_ name: String) -> (first: String, rest: String, count: Int, holdsNUL: Bool)? {
        var copy = name
        var standsAlone = true
        let read = copy.withUTF8 { bytes -> (first: String, rest: String, count: Int, holdsNUL: Bool)? in
            var holdsNUL = false
            for index in bytes.indices {
                if bytes[index] == 0 { holdsNUL = true }
                guard bytes[index] != 0x20 || PartyMatching.spaceStandsAlone(bytes, index) else {
                    standsAlone = false
                    return nil
                }
            }
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            guard index < bytes.count else { return nil }
            let firstStart = index
            while index < bytes.count, bytes[index] != 0x20 { index += 1 }
            let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[firstStart..<index]), as: UTF8.self)
            var count = 1
            // The other words, each after one space: no more bytes than the name has.
            let rest = String(unsafeUninitializedCapacity: bytes.count) { output in
                var written = 0
                while index < bytes.count {
                    if bytes[index] == 0x20 {
                        index += 1
                        continue
                    }
                    if written > 0 {
                        output[written] = 0x20
                        written += 1
                    }
                    count += 1
                    while index < bytes.count, bytes[index] != 0x20 {
                        output[written] = bytes[index]
                        written += 1
                        index += 1
                    }
                }
                return written
            }
            return (first, rest, count, holdsNUL)
        }
        if standsAlone { return read }
        // A space joined to what follows it: the split on characters.
        let words = Self.words(name)
        guard let first = words.first else { return nil }
        return (first, words.dropFirst().joined(separator: " "), words.count, name.utf8.contains(0))
    }

    /// Whether two people are one, as their keys `first + "\u{0}" + last` compared as strings
    /// say: U+0000 composes and reorders with nothing, so when no half holds one (`holdsNUL`
    /// false) the keys are equal exactly when both halves are, and no key is made.
    static func samePerson(_ a: (first: String, last: String), _ b: (first: String, last: String), holdsNUL: Bool) -> Bool {
        guard holdsNUL else { return a.first == b.first && a.last == b.last }
        return a.first + "\u{0}" + a.last == b.first + "\u{0}" + b.last
    }
}
