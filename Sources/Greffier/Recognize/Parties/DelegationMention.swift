/// Whether a text speaks of a délégation de gestion at all: a word folding to `delega…`
/// (`délégation`, `délégant`, `délégataire`, in any case or number), or cites the décret
/// n° 2004-1085 that governs them. A convention that does neither (a convention de
/// financement, `NAMe 2.0`) has no délégant nor délégataire to miss: the role findings
/// (`party.role-unknown`, `party.missing-role`) are for délégations only.
///
/// In doubt the findings are kept, so OCR damage is read generously: `dé1égation` and
/// `déIégation` (`1`, `I` for `l`), `DÉ LÉGATION` split in two, `no2004-1085` glued,
/// `2004–1085` with a dash. Callers also pass the décrets the legal
/// references recognizer read (`citesDecret`), which knows more of their spellings.
///
/// Asked only when such a finding is about to be raised, so its reading of every word costs
/// nothing on the texts that name their roles.
enum DelegationMention {
    static let decret = "2004-1085"

    static func isIn(_ document: Document, citesDecret: Bool = false) -> Bool {
        if citesDecret { return true }
        let tokens = document.tokens
        for index in tokens.indices {
            switch tokens[index].kind {
            case .word:
                if namesDelegation(document, index) || citesDecret20041085(document, at: index) { return true }
            case .number:
                if citesDecret20041085(document, at: index) { return true }
            default:
                continue
            }
        }
        return false
    }

    /// `délégation`, `délégant`, `délégataire` at token `index`, or their second half after a
    /// `dé` the OCR split off (`DÉ LÉGATION`).
    private static func namesDelegation(_ document: Document, _ index: Int) -> Bool {
        let lead = document.folds.lead(index)
        let dee = UInt16(UInt8(ascii: "d")) | UInt16(UInt8(ascii: "e")) << 8
        let ell = UInt16(UInt8(ascii: "l")) | UInt16(UInt8(ascii: "e")) << 8
        // A word whose letters do not all fold to ASCII has no lead: read on its ASCII letters.
        guard lead == dee || lead == ell || lead == 0 else { return false }
        // `delega` and the shortest second half (`legant`) have six letters: `de`, `des`,
        // `les` (most of the words with these leads) are turned down before any folding.
        if lead != 0 {
            guard document.folds.length(index) >= 6 else { return false }
            if lead == ell, !(index > 0 && document.isWord(index - 1, literal: "de")) { return false }
        }
        let letters = Array(document.folded(index).utf8.filter { $0 < 0x80 })
        if startsDelegation(letters, at: 0) { return true }
        guard index > 0, document.isWord(index - 1, literal: "de") else { return false }
        return ["legation", "legations", "legant", "legante", "legants", "legataire", "legataires"]
            .contains(String(decoding: letters, as: UTF8.self))
    }

    /// Whether `letters` hold `delega` from `start`, the `l` possibly read as `1` or `i`.
    private static func startsDelegation(_ letters: [UInt8], at start: Int) -> Bool {
        let word = Array("delega".utf8)
        guard letters.count - start >= word.count else { return false }
        for (offset, expected) in word.enumerated() {
            let byte = letters[start + offset]
            if byte == expected { continue }
            guard offset == 2, byte == UInt8(ascii: "1") || byte == UInt8(ascii: "i") else { return false }
        }
        return true
    }

    /// `2004-1085` from token `index` on: the token ends with `2004` (`no2004` glued), then a
    /// hyphen or a dash, then `1085`. Read on the bytes: it is asked of every word and number.
    private static func citesDecret20041085(_ document: Document, at index: Int) -> Bool {
        let tokens = document.tokens, bytes = document.bytes
        let token = tokens[index]
        guard token.end - token.start >= 4, index + 2 < tokens.count,
            bytes[token.end - 4] == UInt8(ascii: "2"), bytes[token.end - 3] == UInt8(ascii: "0"),
            bytes[token.end - 2] == UInt8(ascii: "0"), bytes[token.end - 1] == UInt8(ascii: "4"),
            // `2004`, or letters before it (`no2004`), never digits (`12004`).
            token.end - token.start == 4 || ByteClass.isASCIILetter(bytes[token.end - 5]),
            tokens[index + 2].kind == .number, document.text(of: index + 2) == "1085"
        else { return false }
        let dash = document.text(of: index + 1)
        return dash == "-" || dash == "\u{2013}" || dash == "\u{2014}" || dash == "\u{2011}"
    }
}
