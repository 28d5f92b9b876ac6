/// Whether a text speaks of a délégation de gestion at all: a word folding to `delega…`
/// (`délégation`, `délégant`, `délégataire`, in any case or number) or the décret
/// n° 2004-1085 that governs them. A convention that does neither (a convention de
/// financement, `NAMe 2.0`) has no délégant nor délégataire to miss: the role findings
/// (`party.role-unknown`, `party.missing-role`) are for délégations only.
///
/// Asked only when such a finding is about to be raised, so its reading of every word costs
/// nothing on the texts that name their roles.
enum DelegationMention {
    static func isIn(_ document: Document) -> Bool {
        let tokens = document.tokens
        // `de` as the first two folded bytes, the only words worth folding to a string.
        let lead = UInt16(UInt8(ascii: "d")) | UInt16(UInt8(ascii: "e")) << 8
        for index in tokens.indices {
            switch tokens[index].kind {
            case .word where document.folds.lead(index) == lead && document.folds.length(index) >= 6:
                if document.folded(index).hasPrefix("delega") { return true }
            case .number where document.isDecret20041085(at: index):
                return true
            default:
                continue
            }
        }
        return false
    }
}

extension Document {
    /// `2004-1085` from token `index` on.
    fileprivate func isDecret20041085(at index: Int) -> Bool {
        index + 2 < tokens.count && text(of: index) == "2004" && isPunctuation(index + 1, UInt8(ascii: "-"))
            && text(of: index + 2) == "1085" && tokens[index + 2].kind == .number
    }
}
