/// A party read from the `Entre ... Et ...` block, before assembly.
struct PartyFinding: Sendable, Equatable {
    var role: Party.Role
    var name: String
    var acronym: String?
    var representative: Party.Representative?
    var address: String?
    /// The party's chunk of the block.
    let range: TextRange
}

/// A signatory read from the closing block, before assembly links it to a party.
struct SignatoryFinding: Sendable, Equatable {
    let name: String
    let title: String?
    /// The party as the closing block names it (`DSI des ministères sociaux`, `DNUM`); nil when
    /// no party is named (an instruction's signing official).
    let party: String?
    let range: TextRange
}
