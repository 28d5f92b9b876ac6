/// Parties and signatories into the record: spans mapped to the original bytes, each signatory
/// linked to the party its closing block names (see `PartyMatching`).
extension Assembler {
    func assembleParties(_ found: Recognitions, into record: inout DocumentRecord) {
        record.parties = found.parties.map {
            Party(role: $0.role, name: $0.name, acronym: $0.acronym, representative: $0.representative,
                  address: $0.address, span: span($0.range))
        }
        let named = record.parties.map { (name: $0.name, acronym: $0.acronym) }
        record.signatories = found.signatories.map {
            Signatory(name: $0.name, title: $0.title, party: PartyMatching.label($0.party, parties: named),
                      span: span($0.range))
        }
    }
}
