/// `person.name-variant`: a person the record names (a representative or a signatory)
/// appears elsewhere in the text under a surname spelled differently by a letter or two
/// (seed 004: `Pierre PRIBILE` in the contacts, `Pierre PRIBILLE` under the signature).
struct NameVariantRule: TextValidationRule {
    /// People compared with the text, at most: an act names a handful; a text naming thousands
    /// (a directory pasted as one input) would otherwise cost people × words.
    static let peopleLimit = 64
    /// No surname is longer; a longer word is not compared.
    static let nameLengthLimit = 64

    func findings(for record: DocumentRecord, in document: Document, span: (TextRange) -> Span) -> [Finding] {
        // Each person once, compared one by one as a set of `first + "\u{0}" + last` keys would
        // (a record names a handful, 64 at most kept; hashing each key cost more), by halves
        // (`samePerson`).
        var people: [(first: String, last: String)] = []
        // Some person kept holds U+0000.
        var peopleHoldNUL = false
        // The signatories' names, then the representatives': read where they stand, not
        // gathered into a list of their own first.
        func consider(_ name: String) {
            guard people.count < Self.peopleLimit else { return }
            // The first word and the others spaced, made as two strings (`firstAndRest`).
            guard let (first, last, count, holdsNUL) = Self.firstAndRest(name), count >= 2,
                Self.holdsThreeCharacters(first), !Self.endsWithPeriod(first)
            else { return }
            let anyNUL = peopleHoldNUL || holdsNUL
            if !people.contains(where: { Self.samePerson($0, (first, last), holdsNUL: anyNUL) }) {
                if people.isEmpty { people.reserveCapacity(4) }
                people.append((first, last))
                peopleHoldNUL = anyNUL
            }
        }
        for signatory in record.signatories { consider(signatory.name) }
        for party in record.parties {
            if let name = party.representative?.name { consider(name) }
        }
        guard !people.isEmpty else { return [] }
        // One pass over the text: each word that is someone's first name, with the word after
        // it. People are then checked one by one against their first name's occurrences only.
        let lookup = FirstNames(people.map(\.first))
        let tokens = document.tokens
        // The surname after each first name, by its token only: its spelling and fold are made
        // once a person's surname may differ from it by a letter or two (`plainlyNoVariant`), not
        // for every occurrence (most are the person's own name, spelled alike).
        // Keyed by first name as a dictionary of strings would key them (equal strings share a
        // list), compared one by one while they are few (`KeyPositions`): a record names a
        // handful, and the dictionary's room and hashing cost more than the comparisons.
        var firsts = KeyPositions<String>()
        var occurrences: [[Int]] = []
        let candidates = lookup.candidates(document)
        for index in candidates {
            guard let first = lookup.firstName(document, index) else { continue }
            let surnameIndex = index + 1
            guard surnameIndex < tokens.count, tokens[surnameIndex].kind == .word else { continue }
            if let position = firsts.position(of: first) {
                occurrences[position].append(surnameIndex)
            } else {
                firsts.append(first)
                occurrences.append([surnameIndex])
            }
        }
        guard !occurrences.isEmpty else { return [] }
        var result: [Finding] = []
        var reported = Set<String>()
        // A person whose first name the text never shows before a word is passed over before
        // their surname is folded (nothing else would come of it).
        for person in people {
            guard let position = firsts.position(of: person.first) else { continue }
            let wanted = Self.fold(person.last)
            let firstWanted = Array((Self.words(wanted).first ?? wanted).unicodeScalars)
            guard firstWanted.count <= Self.nameLengthLimit else { continue }
            for surnameIndex in occurrences[position] {
                if Self.plainlyNoVariant(document, surnameIndex, of: firstWanted) { continue }
                let written = document.text(of: surnameIndex)
                let folded = Array(Self.fold(written).unicodeScalars)
                // Cheap tests first: a word of a hostile text may be megabytes long.
                // The set last: hashing the spelling cost more than the distance, which the
                // letter count settles for most pairs.
                guard folded.first == firstWanted.first, folded != firstWanted, folded.count >= 4,
                    abs(folded.count - firstWanted.count) <= 2, Self.distance(folded, firstWanted) <= 2,
                    !reported.contains(written)
                else { continue }
                reported.insert(written)
                result.append(Finding(
                    .personNameVariant,
                    text: "« \(person.first) \(written) » : le même nom est écrit « \(person.first) \(person.last) » ailleurs dans le texte",
                    span: span(TextRange(tokens[surnameIndex - 1].start, tokens[surnameIndex].end))))
            }
        }
        return result
    }

    /// Whether the word at `index`, folded, surely fails the rule's first tests against
    /// `firstWanted` (same first letter, not the same, four letters at least, two apart at
    /// most), told on its bytes when they are ASCII without a line feed: its fold is then its
    /// bytes lowercased, one scalar each (`Folding.fold`; a `-` before a line feed is what it
    /// skips). Any other word is left to the tests on its fold (false).
    static func plainlyNoVariant(_ document: Document, _ index: Int, of firstWanted: [Unicode.Scalar]) -> Bool {
        let token = document.tokens[index]
        let count = token.end - token.start
        return document.bytes.withUnsafeBufferPointer { bytes in
            for position in token.start..<token.end where bytes[position] >= 0x80 || bytes[position] == 0x0A {
                return false
            }
            guard count >= 4, abs(count - firstWanted.count) <= 2, let first = firstWanted.first,
                UInt32(ByteClass.lowercased(bytes[token.start])) == first.value
            else { return true }
            // Same first letter and close in length: the same word only if every letter is.
            guard count == firstWanted.count else { return false }
            for offset in 1..<count where UInt32(ByteClass.lowercased(bytes[token.start + offset])) != firstWanted[offset].value {
                return false
            }
            return true
        }
    }

    /// `text.count >= 3`, without counting the characters of an ASCII text without carriage
    /// return: each of its bytes is then a character (`\r\n` is one).
    static func holdsThreeCharacters(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return text.count >= 3 }
        return utf8.count >= 3
    }

    /// `text.hasSuffix(".")`, asked only of a text whose last byte is a full stop: a text
    /// ending otherwise ends with no character equal to `.` (no other spelling of it is
    /// canonically equivalent).
    static func endsWithPeriod(_ text: String) -> Bool {
        text.utf8.last == UInt8(ascii: ".") && text.hasSuffix(".")
    }

    /// `text.split(separator: " ")`, split on the space bytes when each stands alone as a
    /// character (`PartyMatching.spaceStandsAlone`): the characters equal to `" "` are then
    /// exactly those bytes, and the split gives the same words without walking the text
    /// character by character (which cost a tenth of the rule).
    static func words(_ text: String) -> [String] {
        var copy = text
        return copy.withUTF8 { bytes in
            guard bytes.indices.allSatisfy({ bytes[$0] != 0x20 || PartyMatching.spaceStandsAlone(bytes, $0) }) else {
                return text.split(separator: " ").map(String.init)
            }
            var words: [String] = []
            var start = 0
            // Each run of bytes between spaces, empty runs left out as the split leaves them.
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                if index > start { words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
            return words
        }
    }

    static func fold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return Folding.fold(bytes, 0, bytes.count)
    }

    /// Levenshtein distance, on short names only; any distance above `limit` comes out as
    /// `limit + 1`. Only cells within `limit` of the diagonal are computed, in two reused rows:
    /// the rule may compare tens of thousands of spellings.
    static func distance(_ a: String, _ b: String, limit: Int = 2) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    static func distance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int = 2) -> Int {
        guard abs(x.count - y.count) <= limit else { return limit + 1 }
        let beyond = limit + 1
        guard !lettersTooFarApart(x, y, limit: limit) else { return beyond }
        // The two rows on the stack: a text naming thousands of people makes a million calls,
        // and two arrays allocated and freed each time were most of their cost.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (y.count + 1)) { rows -> Int in
            guard let base = rows.baseAddress else { return beyond }
            var previous = base
            var current = base + (y.count + 1)
            for j in 0...y.count { previous[j] = min(j, beyond) }
            for i in stride(from: 1, through: x.count, by: 1) {
                current[0] = min(i, beyond)
                var best = current[0]
                let low = max(1, i - limit)
                let high = min(y.count, i + limit)
                if low > 1 { current[low - 1] = beyond }
                if low <= high {
                    for j in low...high {
                        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
                        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, beyond)
                        best = min(best, current[j])
                    }
                }
                if high < y.count { current[high + 1] = beyond }
                // Every path through this row already costs more than the limit.
                if best > limit { return beyond }
                swap(&previous, &current)
            }
            return previous[y.count]
        }
    }
}

extension NameVariantRule {
    /// Whether `x` and `y` hold letters too different for `limit` edits: an edit takes one
    /// letter out, puts one in, or both, so `d` edits change the letters held by `2 × d` at
    /// most. Counted by the low six bits of each scalar (letters sharing a count can only
    /// bring the two closer), it turns down most pairs of names at a few operations a letter,
    /// before the distance's table.
    static func lettersTooFarApart(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar], limit: Int) -> Bool {
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { counts -> Bool in
            counts.initialize(repeating: 0)
            // Σ |counts|, kept as the counts change.
            var apart = 0
            for scalar in x {
                let bucket = Int(scalar.value & 63)
                apart += counts[bucket] >= 0 ? 1 : -1
                counts[bucket] += 1
            }
            for scalar in y {
                let bucket = Int(scalar.value & 63)
                apart += counts[bucket] <= 0 ? 1 : -1
                counts[bucket] -= 1
            }
            return apart > 2 * limit
        }
    }
}

/// The first names of the people a record names, as `NameVariantRule` looks for them in every
/// word of the text: a word is turned down on its byte length (a table, not a hashed set), and
/// an ASCII word, nearly all of them, is compared with the ASCII names on its bytes, without
/// making a string of it.
struct FirstNames {
    /// The names' byte lengths: bit `n` for a length `n` below 64, the others listed. Words,
    /// not arrays: the rule makes these for every text naming someone.
    private let lengthBits: UInt64
    private let longLengths: [Int]
    /// The names an ASCII word may be, spelled in ASCII: the ASCII names, and the others that
    /// equal an ASCII string (`\u{212A}arl`, whose `K` is the Kelvin sign, is `Karl`).
    let ascii: [String]
    /// All the names, compared as strings (canonical equivalence) with words that are not ASCII.
    /// A list when there are a few (a record names a handful of people: hashing each word that
    /// is not ASCII cost more than comparing it with them), a set past `listLimit`, so that a
    /// text naming many stays linear.
    private let names: [String]
    private let nameSet: Set<String>?
    static let listLimit = 8
    /// The first bytes a word that is one of the names may have: those of the names when they
    /// all start with an ASCII letter, and every byte that is not ASCII. A word starting with an
    /// ASCII byte has it as the first scalar of its canonical decomposition, as such a name
    /// does: they are equal only if those bytes are. A name starting otherwise (`Éric`, which
    /// decomposes to `E` + accent, or a Kelvin sign) lets every byte through.
    /// Bit `b` of the pair for an ASCII byte `b` a word that is a name may start with (every
    /// byte that is not ASCII may).
    private let asciiInitials: (low: UInt64, high: UInt64)
    /// Whether every name is ASCII.
    let allASCII: Bool
    /// What `candidates` searches the text for, when the names allow it (`FirstNames+Search`).
    let search: Search?

    init(_ names: [String]) {
        var lengthBits: UInt64 = 0
        var longLengths: [Int] = []
        var initials: (low: UInt64, high: UInt64) = (0, 0)
        var asciiStarts = true
        for name in names {
            let length = name.utf8.count
            if length < 64 { lengthBits |= 1 << UInt64(length) } else if !longLengths.contains(length) { longLengths.append(length) }
            guard let first = name.utf8.first, first < 0x80 else {
                asciiStarts = false
                continue
            }
            if first < 64 { initials.low |= 1 << UInt64(first) } else { initials.high |= 1 << UInt64(first - 64) }
        }
        self.lengthBits = lengthBits
        self.longLengths = longLengths
        asciiInitials = asciiStarts ? initials : (~0, ~0)
        allASCII = names.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
        // Every ASCII name is its own spelling: the list itself, no copy.
        ascii = allASCII ? names : names.compactMap(Self.asciiSpelling)
        self.names = names
        nameSet = names.count > Self.listLimit ? Set(names) : nil
        search = Search(names)
    }

    /// The ASCII string equal to `name` as a string, if there is one: the name itself when it
    /// is ASCII, else each of its characters replaced by the ASCII character equal to it.
    static func asciiSpelling(_ name: String) -> String? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name }
        // Only three scalars that are not ASCII equal an ASCII character (`;` U+037E, `` ` ``
        // U+1FEF, `K` U+212A: `FirstNamesTests` checks every scalar): a name with another,
        // and none of these, has no ASCII spelling (most accented names), found on the bytes.
        guard Self.mayHoldASCIIEqual(name) else { return nil }
        var spelled = ""
        for character in name {
            // A lone ASCII scalar equals no other ASCII character: the search would find itself.
            if character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first, scalar.isASCII {
                guard (0x20...0x7E).contains(scalar.value) else { return nil }
                spelled.append(character)
                continue
            }
            guard let equal = Self.printableASCII[character] else { return nil }
            spelled.append(equal)
        }
        return spelled == name ? spelled : nil
    }

    /// Whether `name`'s bytes hold U+037E, U+1FEF or U+212A.
    static func mayHoldASCIIEqual(_ name: String) -> Bool {
        let utf8 = Array(name.utf8)
        for index in utf8.indices where utf8[index] == 0xCD || utf8[index] == 0xE1 || utf8[index] == 0xE2 {
            let rest = utf8[index...]
            if rest.starts(with: [0xCD, 0xBE]) || rest.starts(with: [0xE1, 0xBF, 0xAF]) || rest.starts(with: [0xE2, 0x84, 0xAA]) {
                return true
            }
        }
        return false
    }

    /// `mayHoldASCIIEqual` of the text of `bytes[start..<end]`, read in place.
    static func mayHoldASCIIEqual(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0xCD, index + 1 < end, bytes[index + 1] == 0xBE { return true }
            if byte == 0xE1, index + 2 < end, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xAF { return true }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x84, bytes[index + 2] == 0xAA { return true }
            index += 1
        }
        return false
    }

    /// Each printable ASCII character, keyed by itself: looking a character up finds the one it
    /// equals, if any (equal characters hash alike), with one hash rather than 95 comparisons
    /// of strings (a name with an accent made all 95, which cost more than the rest of the rule).
    static let printableASCII: [Character: Character] = Dictionary(
        uniqueKeysWithValues: (0x20...0x7E).map { byte in
            let character = Character(Unicode.Scalar(UInt8(byte)))
            return (character, character)
        })

    /// The word at `index` when it is one of the names, as a set of the names says (a string
    /// equal to one of them), and some name has its byte length (as the rule always required).
    func firstName(_ document: Document, _ index: Int) -> String? {
        let token = document.tokens[index]
        guard mayStart(document.bytes[token.start]), hasLength(token.end - token.start) else { return nil }
        if Self.isASCII(document.bytes, token.start, token.end) {
            return asciiName(document.bytes, token.start, token.end)
        }
        // A word that is not ASCII equals an ASCII name only through one of the three scalars
        // equal to an ASCII character (each other scalar that is not ASCII decomposes to one
        // that is not): without them, and with every name ASCII, no string need be made.
        if allASCII, !Self.mayHoldASCIIEqual(document.bytes, token.start, token.end) { return nil }
        let text = document.text(of: index)
        return (nameSet.map { $0.contains(text) } ?? names.contains(text)) ? text : nil
    }

    /// Whether a name has `length` bytes: a word of another length is no name (equal strings of
    /// different byte lengths are left out as the hashed set of lengths did).
    @inline(__always)
    func hasLength(_ length: Int) -> Bool {
        guard length >= 0, length < 64 else { return longLengths.contains(length) }
        return lengthBits >> UInt64(length) & 1 != 0
    }

    /// Whether a word whose first byte is `byte` may be one of the names.
    @inline(__always)
    func mayStart(_ byte: UInt8) -> Bool {
        guard byte < 0x80 else { return true }
        return (byte < 64 ? asciiInitials.low >> UInt64(byte) : asciiInitials.high >> UInt64(byte - 64)) & 1 != 0
    }

    /// The words of `document` that `firstName` may find: their first byte and length first,
    /// they turn down nearly every token. Through buffer pointers, one load of the table per
    /// token: this runs over every token of every text, and every token's start is within the
    /// bytes it was cut from (the tokenizer makes no empty token, and a word joined across a
    /// line keeps its first half's start). The kind last: about half the tokens are words, a
    /// branch no processor predicts, while nearly every token fails the first byte.
    /// (`candidates` searches the bytes instead when the names allow it: `FirstNames+Search`.)
    func walkedCandidates(_ document: Document) -> [Int] {
        var candidates: [Int] = []
        document.tokens.withUnsafeBufferPointer { tokens in
            document.bytes.withUnsafeBufferPointer { bytes in
                for index in tokens.indices where mayStart(bytes[tokens[index].start]) {
                    let token = tokens[index]
                    guard hasLength(token.end - token.start), token.kind == .word else { continue }
                    // Room for several at the first: a text naming someone names them often.
                    if candidates.isEmpty { candidates.reserveCapacity(64) }
                    candidates.append(index)
                }
            }
        }
        return candidates
    }

    static func isASCII(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        for index in start..<end where bytes[index] >= 0x80 { return false }
        return true
    }

    /// The name the ASCII word `bytes[start..<end]` is, spelled as the word: an ASCII word
    /// equals an ASCII string only when their bytes are the same.
    private func asciiName(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String? {
        ascii.first { name in
            name.utf8.count == end - start && name.utf8.elementsEqual(bytes[start..<end])
        }
    }
}
