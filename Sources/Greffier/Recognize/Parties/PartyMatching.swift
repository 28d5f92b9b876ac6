/// Tells which party a closing block names: by its name or acronym, case and accents ignored
/// (`Ministere` matches `Ministére`), or by a text opening with its acronym (`DSI des
/// ministères sociaux` → `DSI`).
enum PartyMatching {
    /// Lowercased, accents removed, whitespace collapsed.
    static func fold(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        Folding.appendFold(bytes, 0, bytes.count, to: &folded)
        guard folded.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: folded, as: UTF8.self).split(separator: " ").joined(separator: " ")
        }
        // ASCII, nearly always: spaces collapsed on the bytes, without splitting the string into
        // Characters (the split and join cost 5 % of the run). Each ASCII byte is a Character
        // of its own (but `\r\n`, which holds no space): the same as the split on `" "` and join.
        var collapsed: [UInt8] = []
        collapsed.reserveCapacity(folded.count)
        var pendingSpace = false
        for byte in folded {
            if byte == 0x20 {
                pendingSpace = !collapsed.isEmpty
            } else {
                if pendingSpace { collapsed.append(0x20) }
                pendingSpace = false
                collapsed.append(byte)
            }
        }
        return String(decoding: collapsed, as: UTF8.self)
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
