/// Tells which party a closing block names: by its name or acronym, case and accents ignored
/// (`Ministere` matches `Ministére`), or by a text opening with its acronym (`DSI des
/// ministères sociaux` → `DSI`).
enum PartyMatching {
    /// Lowercased, accents removed, whitespace collapsed.
    static func fold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        return Folding.fold(bytes, 0, bytes.count).split(separator: " ").joined(separator: " ")
    }

    /// The label of the party `text` names: its acronym; `text` as written when the party has
    /// none or no party matches; nil for nil.
    static func label(_ text: String?, parties: [(name: String, acronym: String?)]) -> String? {
        guard let text else { return nil }
        let folded = fold(text)
        for party in parties {
            let acronym = party.acronym.map(fold)
            if folded == fold(party.name) || folded == acronym {
                return party.acronym ?? text
            }
            if let acronym, folded.hasPrefix(acronym + " ") { return party.acronym }
        }
        return text
    }
}
