/// Reads the parties of the `Entre ... Et ...` block (see `PartyBlock`): each party's name,
/// acronym, representative and address (see `PartyChunkReader`), and its role.
///
/// The role comes from the chunk's own words (`« délégant »`, `délégataire`,
/// `« le partenaire-délégataire »`); else from the rest of the text naming the party's acronym
/// with a role (`la DSI, service délégant`, `du délégant (la DINUM)`); else it is `partie`.
/// A `partie` gets a `party.role-unknown` warning unless the text does say what it is:
/// - it is designated by a role that is no delegation role (`« bénéficiaire »`);
/// - it is a third (or later) party with a designation of its own (`« la DGCS »`): a party
///   added beside the délégant's and délégataire's sides, named for what it is.
/// The first two parties are the delegation's two sides; when the text gives one of them no
/// role, the role was not written or not read, and the reader should know. A text that never
/// speaks of a delegation (`DelegationMention`) has no such sides: no warning.
struct PartyRecognizer: Recognizer {
    func recognize(_ document: Document, into results: inout Recognitions) {
        let readings = document.partyReadings
        var delegation: Bool?
        for (position, reading) in readings.enumerated() {
            var role = PartyRole.chunkRole(document, reading.chunk, reading.designations)
            if role == nil, let acronym = reading.acronym {
                role = PartyRole.roleElsewhere(document, acronym: acronym)
            }
            results.parties.append(
                PartyFinding(role: role ?? .partie, name: reading.name, acronym: reading.acronym,
                             representative: reading.representative, address: reading.address,
                             range: reading.range))
            guard role == nil, !saysWhatItIs(reading, position: position) else { continue }
            let mentioned = delegation
                ?? DelegationMention.isIn(document, citesDecret: results.legalReferences.contains { $0.number == DelegationMention.decret })
            delegation = mentioned
            guard mentioned else { continue }
            let named = reading.acronym.map { "« \(reading.name) » (\($0))" } ?? "« \(reading.name) »"
            results.findings.append(
                .init(code: .partyRoleUnknown,
                      message: "le texte ne dit pas si la partie \(named) est délégant ou délégataire ; "
                          + "rôle « partie » retenu",
                      range: reading.range))
        }
    }

    /// Whether a party without a delegation role is still named for what it is.
    private func saysWhatItIs(_ reading: PartyChunkReader.Reading, position: Int) -> Bool {
        if reading.designations.contains(where: \.otherRole) { return true }
        return position >= 2 && reading.designations.contains { $0.role == nil && !$0.otherRole }
    }
}
