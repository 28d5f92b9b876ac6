import Testing

@testable import Greffier

/// `MissingRoleRule`, reading the parties' roles in place, on every mix of roles, for each
/// kind of act: the missing roles in order (délégant first), none for other kinds or when the
/// text speaks of no delegation.
@Suite struct Record2MissingRoleTests {
    static func party(_ role: Party.Role, _ start: Int) -> Party {
        Party(role: role, name: "Partie \(start)", acronym: nil, representative: nil, address: nil,
              span: Span(start: start, end: start + 5))
    }

    @Test(arguments: [
        ([Party.Role](), ["délégant", "délégataire"]), ([.delegant], ["délégataire"]), ([.delegataire], ["délégant"]),
        ([.partie], ["délégant", "délégataire"]), ([.delegant, .delegataire], []), ([.delegataire, .delegant], []),
        ([.partie, .delegataire, .partie], ["délégant"]), ([.delegant, .delegant], ["délégataire"]),
        ([.partie, .partie, .delegant, .delegataire], []),
    ])
    func missingRolesInOrder(roles: [Party.Role], missing: [String]) {
        let document = Document(bytes: Array("Convention de délégation de gestion".utf8))
        let span = { (range: TextRange) in Span(start: range.start, end: range.end) }
        for kind in [DocumentRecord.Kind.convention, .avenant, .other] {
            var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: 0, encoding: nil))
            record.kind = kind
            record.parties = roles.enumerated().map { Self.party($0.element, 10 * $0.offset + 3) }
            let findings = MissingRoleRule().findings(for: record, in: document, span: span)
            let expected = kind == .other ? [] : missing
            #expect(findings.map(\.message) == expected.map { "aucune partie n'est désignée comme \($0)" })
            #expect(findings.allSatisfy { $0.code == .partyMissingRole && $0.span == record.parties.first?.span })
            let plain = MissingRoleRule().findings(for: record, in: Document(bytes: Array("Convention de financement".utf8)), span: span)
            #expect(plain.isEmpty)
        }
    }
}
