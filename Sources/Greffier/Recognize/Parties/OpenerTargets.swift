/// What a closing line must read, folded (`PartyMatching.fold`), to open a signatory for a
/// party of the `Entre` block: the party's name or its acronym (`La DNUM,`). Folded once per
/// document: the closing block may hold hundreds of lines, each compared with every party.
struct OpenerTargets: Sendable {
    private let parties: [(name: String, acronym: String?)]
    /// No line holding more ASCII letters and digits than this names a party (see `mayName`).
    let letterBound: Int

    init(_ readings: [PartyChunkReader.Reading]) {
        parties = readings.map { (PartyMatching.fold($0.name), $0.acronym.map(PartyMatching.fold)) }
        letterBound = parties.reduce(-1) { bound, party in
            max(bound, party.name.utf8.count, party.acronym?.utf8.count ?? -1)
        }
    }

    /// Whether `folded` (a line's cleaned text, folded) is a party's name or acronym.
    func names(_ folded: String) -> Bool {
        parties.contains { $0.name == folded || $0.acronym == folded }
    }

    /// False when the text of `range` cannot name a party once cleaned and folded, because it
    /// holds more ASCII letters and digits than any party's folded name or acronym has bytes.
    /// Most closing lines are prose paragraphs: they are turned down here, before being cleaned,
    /// folded and split (which cost 10 % of the run).
    ///
    /// Never false for a line `names` accepts: `PartyText.clean` keeps every ASCII letter and
    /// digit (it drops only spaces, hyphens, strays `|'.` and trailing `,;:`, and turns `I'`
    /// into `l'`), `Folding.fold` maps each to one ASCII letter or digit, and the split on
    /// spaces drops none. Equal strings are canonically equivalent: their decompositions
    /// (NFD) are the same, and each scalar of a target decomposes to at most one ASCII scalar,
    /// so a target has at least as many bytes as any line equal to it has ASCII letters and
    /// digits. Checked on every corpus line by `OpenerTargetsTests`.
    func mayName(_ bytes: [UInt8], _ range: TextRange) -> Bool {
        var letters = 0
        for index in range.start..<range.end where ByteClass.isASCIIAlphanumeric(bytes[index]) {
            letters += 1
            if letters > letterBound { return false }
        }
        return true
    }
}
