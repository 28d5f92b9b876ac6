/// What a closing line must read, folded (`PartyMatching.fold`), to open a signatory for a
/// party of the `Entre` block: the party's name or its acronym (`La DNUM,`). Folded once per
/// document: the closing block may hold hundreds of lines, each compared with every party.
struct OpenerTargets: Sendable {
    private let parties: [(name: String, acronym: String?)]
    /// No line holding more ASCII letters and digits than this names a party (see `mayName`).
    let letterBound: Int
    /// For each target (name or acronym), its ASCII letters and digits and its bytes: the
    /// bounds `mayName` holds a line's letters to.
    let spans: [(letters: Int, bytes: Int)]

    init(_ readings: [PartyChunkReader.Reading]) {
        parties = readings.map { (PartyMatching.fold($0.name), $0.acronym.map(PartyMatching.fold)) }
        letterBound = parties.reduce(-1) { bound, party in
            max(bound, party.name.utf8.count, party.acronym?.utf8.count ?? -1)
        }
        // Each name, then its acronym if any, in a loop: an array per party cost more here
        // than counting the letters.
        var spans: [(letters: Int, bytes: Int)] = []
        spans.reserveCapacity(2 * parties.count)
        for party in parties {
            spans.append(Self.span(party.name))
            if let acronym = party.acronym { spans.append(Self.span(acronym)) }
        }
        self.spans = spans
        // Two words of bits rather than an array of 128 flags made for each document.
        var heads = Heads()
        var headsKnown = true
        // Each name, then its acronym: no array made per party.
        func head(_ target: String) {
            guard let first = target.utf8.first, first < 0x80 else {
                headsKnown = false
                return
            }
            heads.insert(first)
        }
        for party in parties {
            head(party.name)
            if let acronym = party.acronym { head(acronym) }
        }
        self.heads = headsKnown ? heads : nil
    }

    /// By ASCII byte, whether some target opens with it; nil when a target is empty or opens
    /// otherwise (then any line may name one, as far as its first byte tells).
    private let heads: Heads?

    /// A set of ASCII bytes, bit `b` of `low` (b < 64) or of `high` (b >= 64).
    private struct Heads: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        mutating func insert(_ byte: UInt8) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte &- 64) }
        }

        func contains(_ byte: UInt8) -> Bool {
            (byte < 64 ? low >> UInt64(byte) : high >> UInt64(byte & 63)) & 1 != 0
        }
    }

    /// False when the text of `range` cannot name a party once cleaned and folded, told by its
    /// first byte: one that `PartyText.clean` copies as it is (an ASCII byte that starts nothing
    /// else there) stays the first of the cleaned text, folds to itself lowercased, a scalar of
    /// its own that nothing before it joins, and equal strings open on the same such scalar. So
    /// a line whose first byte, lowercased, opens no target is turned down before it is cleaned
    /// and folded (most closing lines that pass `mayName`).
    func mayOpen(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        guard let heads, range.start < range.end else { return true }
        let first = bytes[range.start]
        // The ASCII bytes `PartyText.startsMoreThanACopy` flags `moreThanACopy`, tested here
        // rather than through the table's global (`RecPerfGateTests` checks both agree).
        guard first < 0x80, !PartyText.startsMoreThanACopyASCII(first) else { return true }
        return heads.contains(ByteClass.lowercased(first))
    }

    /// A target's ASCII letters and digits, and its bytes. Counted through a buffer of its
    /// bytes: the `utf8` view's iterator cost about fifteen instructions a byte, and every
    /// party's name is counted for every document.
    private static func span(_ target: String) -> (letters: Int, bytes: Int) {
        var copy = target
        return copy.withUTF8 { utf8 in
            var letters = 0
            for byte in utf8 where ByteClass.isASCIIAlphanumeric(byte) { letters += 1 }
            return (letters, utf8.count)
        }
    }

    /// Whether `folded` (a line's cleaned text, folded) is a party's name or acronym.
    func names(_ folded: String) -> Bool {
        parties.contains { $0.name == folded || $0.acronym == folded }
    }

    /// False when the text of `range` cannot name a party once cleaned and folded, because no
    /// target's letters fit the line's: it holds more ASCII letters and digits than the
    /// target has bytes, or fewer than the target has ASCII letters and digits even with one
    /// more for each of its non-ASCII bytes. Most closing lines are prose paragraphs or short
    /// title lines: they are turned down here, before being cleaned, folded and split (which
    /// cost 10 % of the run).
    ///
    /// Never false for a line `names` accepts. `PartyText.clean` keeps every ASCII letter and
    /// digit and adds none (it drops only spaces, hyphens, strays `|'.` and trailing `,;:`,
    /// turns `I'` into `l'` and `¢` into `é`, two bytes for two), and `Folding.fold` maps each
    /// to one ASCII letter or digit; the split on spaces drops none. Equal strings are
    /// canonically equivalent: their decompositions (NFD) hold the same ASCII letters and
    /// digits. A target's NFD holds at least its own and, each of its scalars decomposing to
    /// at most one ASCII scalar, at most one per byte: at least as many bytes as the line has
    /// ASCII letters and digits. The line's fold's NFD holds its `letters`, and for each of its
    /// non-ASCII characters at most as many as the character has bytes (`OpenerTargetsTests`
    /// checks this on every scalar): at least the target's letters. Checked on every corpus
    /// line by `OpenerTargetsTests`.
    func mayName(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        precondition(range.start >= range.end || (range.start >= 0 && range.end <= bytes.count),
                     "a line's range is within the text")
        var letters = 0
        var nonASCII = 0
        // Through a pointer, the range checked once above: every closing line is counted here,
        // eight bytes at a time (the letters and digits, and the non-ASCII bytes, of a word
        // counted off its masks), the last few byte by byte. The counts do not depend on the
        // order they are made in: the bound is only a way out early.
        let counted = bytes.withUnsafeBufferPointer { text -> Bool in
            var index = range.start
            while index + 8 <= range.end {
                let word = WordAtATime.load(text, index)
                let (wordLetters, digits) = WordAtATime.asciiLettersAndDigits(word)
                letters += (wordLetters | digits).nonzeroBitCount
                nonASCII += WordAtATime.nonASCIIBytes(word).nonzeroBitCount
                if letters > letterBound { return false }
                index += 8
            }
            while index < range.end {
                let byte = text[index]
                if ByteClass.isASCIIAlphanumeric(byte) {
                    letters += 1
                } else if byte >= 0x80 {
                    nonASCII += 1
                }
                index += 1
            }
            return letters <= letterBound
        }
        return counted && spans.contains { letters <= $0.bytes && $0.letters <= letters + nonASCII }
    }
}
