/// Whether a line is a person's name as signatures write it: two to five name words, each
/// capitalized (`Caroline`, `Lévêque`), in capitals (`LE BORGNE`), hyphenated (`Jean-Benoit`,
/// `GERARD-CHALET`) or an initial (`C. Rouquie`), with `de`/`du` particles inside; one word at
/// least is not in capitals (`Pierre PRIBILLE`), so that `CBCM MAAPRAT` in a distribution list
/// is no one. A line that opens with an article (`La DINUM`, `La Directrice du Numérique`) is a
/// party or a title; one that opens with `Monsieur`, `Madame` is an addressee.
enum PersonName {
    static let particles = ["de", "du", "des", "van", "von"]
    static let honorifics = ["monsieur", "madame", "mesdames", "messieurs", "mademoiselle"]
    /// The lists as tables (`WordTable` answers as `isWord(_:oneOf:)`), read at every word.
    private static let particleTable = WordTable(particles)
    private static let honorificTable = WordTable(honorifics)

    static func isName(_ document: Document, _ line: TokenLine) -> Bool {
        guard line.first < line.end, PartyText.articleLength(document, at: line.first) == 0,
            // Every honorific opens with `m`: one load before the table's global is reached.
            !(document.folds.firstByte(line.first) == UInt8(ascii: "m") && honorificTable.contains(document, line.first))
        else { return false }
        let tokens = document.tokens
        let bytes = document.bytes
        var index = line.first
        var parts = 0
        var endsWithParticle = false
        var sawLowercase = false
        while index < line.end {
            let token = tokens[index]
            guard token.kind == .word else { return false }
            // `de la Tour`: `la` only after `de`. Looked up only for a lowercase word after a
            // part, the only place a particle counts.
            if parts > 0, ByteClass.isLower(bytes[token.start]),
                particleTable.contains(document, index)
                    || (document.isWord(index, literal: "la") && document.isWord(index - 1, literal: "de"))
            {
                endsWithParticle = true
                index += 1
                continue
            }
            endsWithParticle = false
            // `C.`: one capital glued to its full stop.
            if token.end - token.start == 1, ByteClass.isUpper(bytes[token.start]),
                document.isPunctuation(index + 1, UInt8(ascii: ".")), tokens[index + 1].start == token.end
            {
                parts += 1
                sawLowercase = true
                index += 2
                continue
            }
            guard LetterCase.isNameWord(bytes, token.start, token.end) else { return false }
            if LetterCase.isLower(bytes, at: token.start + Letters.scalarLength(bytes[token.start])) { sawLowercase = true }
            index += 1
            // `Jean-Benoit`: further words glued by hyphens belong to the same part.
            while index + 1 < line.end, document.isPunctuation(index, UInt8(ascii: "-")),
                tokens[index].start == tokens[index - 1].end, tokens[index + 1].start == tokens[index].end,
                tokens[index + 1].kind == .word,
                LetterCase.isNameWord(bytes, tokens[index + 1].start, tokens[index + 1].end)
            {
                index += 2
            }
            parts += 1
        }
        return !endsWithParticle && sawLowercase && (2...5).contains(parts)
    }
}
