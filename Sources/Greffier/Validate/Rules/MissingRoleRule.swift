/// `party.missing-role`: a convention or avenant without a délégant or without a délégataire.
struct MissingRoleRule: ValidationRule {
    func findings(for record: DocumentRecord) -> [Finding] {
        guard record.kind == .convention || record.kind == .avenant else { return [] }
        var result: [Finding] = []
        let span = record.parties.first?.span
        for (role, name) in [(Party.Role.delegant, "délégant"), (.delegataire, "délégataire")]
        where !record.parties.contains(where: { $0.role == role }) {
            result.append(Finding(.partyMissingRole, "aucune partie n'est désignée comme \(name)", span: span))
        }
        return result
    }
}
