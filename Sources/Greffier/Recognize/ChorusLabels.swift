/// The labels that announce a Chorus code, as folded word sequences (`Centre de coût` →
/// `centre de cout`), OCR forms included (`Centre de colt`).
enum ChorusLabels {
    static let all: [(words: [String], kind: ChorusCode.Kind)] = [
        (["centre", "financier"], .centreFinancier),
        (["centres", "financiers"], .centreFinancier),
        (["uo"], .centreFinancier),
        (["unite", "operationnelle"], .centreFinancier),
        (["domaine", "fonctionnel"], .domaineFonctionnel),
        (["domaines", "fonctionnels"], .domaineFonctionnel),
        (["activite"], .activite),
        (["activites"], .activite),
        (["centre", "de", "cout"], .centreDeCouts),
        (["centre", "de", "couts"], .centreDeCouts),
        (["centres", "de", "couts"], .centreDeCouts),
        (["centres", "de", "cout"], .centreDeCouts),
        // OCR reads `û` as `fi`, `ii` or `l` (`Centre de colt`, `cofits`).
        (["centre", "de", "colt"], .centreDeCouts),
        (["centres", "de", "colts"], .centreDeCouts),
        (["centre", "de", "cofit"], .centreDeCouts),
        (["centre", "de", "cofits"], .centreDeCouts),
        (["centres", "de", "cofits"], .centreDeCouts),
        (["centre", "de", "coiit"], .centreDeCouts),
        (["centre", "de", "coiits"], .centreDeCouts),
        (["centres", "de", "coiits"], .centreDeCouts),
        (["code", "pam"], .codePAM),
        (["codes", "pam"], .codePAM),
        (["service", "executant"], .serviceExecutant),
        (["services", "executants"], .serviceExecutant),
        (["localisation", "interministerielle"], .localisationInterministerielle),
    ]

    /// The labels' first words, each once (`centre`, `uo`, `domaine`...): at most tokens,
    /// one table look-up says no label starts there, without trying the labels one by one.
    private static let firstWords = WordTable(all.reduce(into: [String]()) { words, label in
        if !words.contains(label.words[0]) { words.append(label.words[0]) }
    })
    /// The labels' first words.
    static var allFirstWords: [String] { firstWords.words }
    /// For each of `firstWords`, the labels opening with it, in the order of `all`.
    private static let byFirstWord: [[(words: [String], kind: ChorusCode.Kind)]] =
        firstWords.words.map { first in all.filter { $0.words[0] == first } }

    /// The label starting at token `index`: its kind and the index just past it, where an
    /// optional plural mark `(s)` after any word is skipped (`Centre(s) de coût(s)`).
    /// The first label of `all` that matches wins; only those whose first word the token is
    /// can match.
    static func match(_ document: Document, at index: Int) -> (ChorusCode.Kind, Int)? {
        guard let first = firstWord(document, index) else { return nil }
        return match(document, at: index, first: first)
    }

    /// Which of the labels' first words token `index` is, if one: inlined, so that the
    /// recognizer's loop turns down most tokens without a call.
    @inline(__always)
    static func firstWord(_ document: Document, _ index: Int) -> Int? {
        firstWords.firstIndex(document, index)
    }

    /// `match(document, at: index)` once token `index` is known to be first word `first`.
    static func match(_ document: Document, at index: Int, first: Int) -> (ChorusCode.Kind, Int)? {
        let afterFirst = skipPluralMark(document, index + 1)
        for label in byFirstWord[first] {
            var current = afterFirst
            var matched = true
            for word in label.words.dropFirst() {
                guard document.isWord(current, word) else {
                    matched = false
                    break
                }
                current = skipPluralMark(document, current + 1)
            }
            if matched { return (label.kind, current) }
        }
        return nil
    }

    private static func skipPluralMark(_ document: Document, _ index: Int) -> Int {
        if document.isPunctuation(index, UInt8(ascii: "(")), document.isWord(index + 1, "s"),
            document.isPunctuation(index + 2, UInt8(ascii: ")"))
        {
            return index + 3
        }
        return index
    }
}
