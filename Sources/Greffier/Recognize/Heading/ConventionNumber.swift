/// A convention's or avenant's own number, read only on its heading line right after the
/// kind: `Convention n° 2019-12`, `Avenant n° 2`, `Convention 12-363-DNUM-CSOC-0042 du ...`.
/// A code elsewhere in the head (the next line, the body) is another act's or a budget code,
/// and a blank left for the number (`Convention n° du ...`, `n° ____`) is no number: nil
/// rather than a wrong reference.
enum ConventionNumber {
    static func read(_ document: Document, kindAt kind: Int) -> String? {
        let tokens = document.tokens
        // The token right after the kind: tokens hold no spaces, so it is on the same line
        // unless it is a line break.
        var index = kind + 1
        guard index < tokens.count else { return nil }
        if document.isWord(index, literal: "n"), document.isSymbol(index + 1, utf8: "°") {
            index += 2
        } else if document.isWord(index, literal: "no") {
            index += 1
        } else {
            guard tokens[index].kind == .word || tokens[index].kind == .number else { return nil }
            let run = HeadingRecognizer.withoutClosingMark(HeadingRecognizer.nonSpaceRun(document, from: tokens[index].start))
            return looksLikeCode(run) ? run : nil
        }
        guard index < tokens.count else { return nil }
        let run = HeadingRecognizer.withoutClosingMark(HeadingRecognizer.nonSpaceRun(document, from: tokens[index].start))
        return looksLikeNumber(run) ? run : nil
    }

    /// A number after `n°`: ASCII letters, digits, `-`, `/`, `.`, with a digit, opening and
    /// closing on a letter or digit (`2019-12`, `2`, `DAF/2021-04`; not `du`, `____`,
    /// `«`, `2019-12)` or `2019-` cut by a line break).
    static func looksLikeNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, bytes.count <= 40,
            ByteClass.isASCIIAlphanumeric(first), ByteClass.isASCIIAlphanumeric(last),
            bytes.allSatisfy({ ByteClass.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") })
        else { return false }
        return bytes.contains(where: ByteClass.isDigit)
    }

    /// A code without `n°`: uppercase letters, digits, `-` and `/`, in three segments or more
    /// of which two hold digits (`12-363-DNUM-CSOC-0042`, `DAF/2021-04`): not a word with a
    /// number (`COVID-19`), a year or a span of years (`2019-2021`).
    static func looksLikeCode(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 6, bytes.count <= 40,
            bytes.allSatisfy({ ByteClass.isUpper($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") })
        else { return false }
        let segments = bytes.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") }
        guard segments.count >= 3, !segments.contains(where: \.isEmpty) else { return false }
        return bytes.contains(where: ByteClass.isUpper) && segments.filter({ $0.contains(where: ByteClass.isDigit) }).count >= 2
    }
}
