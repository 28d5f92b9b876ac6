/// Findings about the input as a whole rather than a value: bytes read in another encoding or
/// replaced, an input with no text, a document whose time ran out. They come first in the
/// record's findings, since they qualify everything after them.
enum InputFindings {
    static func findings(_ decoded: DecodedText, _ document: Document) -> [Finding] {
        var result: [Finding] = []
        let windows1252 = decoded.substitutions.windows1252
        if let first = windows1252.first {
            result.append(Finding(
                .encodingWindows1252Bytes,
                "\(count(windows1252.count)) qui ne \(windows1252.count == 1 ? "forme" : "forment") pas de l'UTF-8 "
                    + "\(windows1252.count == 1 ? "a été lu" : "ont été lus") en Windows-1252 (le premier à l'octet \(first.lowerBound))",
                span: Span(start: first.lowerBound, end: first.upperBound)))
        }
        let replaced = decoded.substitutions.replaced
        if let first = replaced.first {
            result.append(Finding(
                .encodingReplaced,
                "\(count(replaced.count)) sans caractère dans l'encodage \(decoded.encoding.rawValue) "
                    + "\(replaced.count == 1 ? "a été remplacé" : "ont été remplacés") par U+FFFD (le premier à l'octet \(first.lowerBound))",
                span: Span(start: first.lowerBound, end: first.upperBound)))
        }
        let lost = decoded.substitutions.lost
        if let first = lost.first {
            let what = lost.count == 1
                ? "1 caractère de remplacement U+FFFD tel quel (à l'octet \(first.lowerBound))"
                : "\(lost.count) caractères de remplacement U+FFFD tels quels (le premier à l'octet \(first.lowerBound))"
            result.append(Finding(
                .encodingLostCharacter, "le texte contient \(what) : un caractère a été perdu avant la lecture",
                span: Span(start: first.lowerBound, end: first.upperBound)))
        }
        if !document.tokens.contains(where: { $0.kind != .tab && $0.kind != .lineBreak && $0.kind != .blankLine }) {
            let message = decoded.map.originalLength == 0 ? "l'entrée est vide" : "l'entrée ne contient que des blancs"
            result.append(Finding(.inputEmpty, message, span: nil))
        }
        return result
    }

    static func timeBudget(_ duration: Duration) -> Finding {
        Finding(
            .limitsTimeBudget,
            "la lecture a dépassé le délai de \(seconds(duration)) s par document : "
                + "l'enregistrement ne contient que ce qui a été trouvé avant",
            span: nil)
    }

    private static func count(_ bytes: Int) -> String { bytes == 1 ? "1 octet" : "\(bytes) octets" }

    /// `10`, `0,5`: the limit as given, in French.
    private static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        let tenths = attoseconds / 100_000_000_000_000_000
        return tenths == 0 ? "\(whole)" : "\(whole),\(tenths)"
    }
}
