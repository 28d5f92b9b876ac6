/// `party.missing-role`: a convention or avenant without a délégant or without a délégataire,
/// when its text speaks of a delegation (`DelegationMention`): a convention de financement has
/// neither, by nature.
struct MissingRoleRule: TextValidationRule {
    func findings(for record: DocumentRecord, in document: Document, span _: (TextRange) -> Span) -> [Finding] {
        guard record.kind == .convention || record.kind == .avenant else { return [] }
        // The roles read in place: a search per role copied each party (five strings retained
        // and released), and the list of both roles was made for every act.
        var hasDelegant = false
        var hasDelegataire = false
        record.parties.withUnsafeBufferPointer { parties in
            for index in parties.indices {
                switch parties[index].role {
                case .delegant: hasDelegant = true
                case .delegataire: hasDelegataire = true
                case .partie: break
                }
            }
        }
        guard !hasDelegant || !hasDelegataire else { return [] }
        let missing = [(Party.Role.delegant, "délégant"), (.delegataire, "délégataire")].filter { role, _ in
            role == .delegant ? !hasDelegant : !hasDelegataire
        }
        guard !missing.isEmpty,
            DelegationMention.isIn(document, citesDecret: record.legalReferences.contains { $0.number == DelegationMention.decret })
        else { return [] }
        let span = record.parties.first?.span
        return missing.map { Finding(.partyMissingRole, text: "aucune partie n'est désignée comme \($0.1)", span: span) }
    }
}
