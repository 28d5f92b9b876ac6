import Testing

@testable import Greffier

/// Scan furniture dropped before recognizers read: page headers, lone page numbers, stray
/// marks at line ends; words hyphenated across a line break read as one word.
struct PageFurnitureTests {
    func words(_ text: String) -> [String] {
        let document = Document(bytes: Array(text.utf8))
        return document.tokens.indices.filter { document.tokens[$0].kind == .word }.map { document.folded($0) }
    }

    @Test(arguments: [
        "BO Santé – Protection sociale – Solidarité no 2017/10 du 15 novembre 2017, Page 123",
        "Bulletin officiel santé page 12",
        "Page 4/12",
        "Page 7",
        "- 3 -",
        "BO Santé no 2017/10, Page 123 |",
    ])
    func furnitureLinesAreDropped(_ line: String) {
        #expect(words("avant\n\(line)\napres") == ["avant", "apres"])
    }

    @Test(arguments: [
        "Page de garde du document",
        "BO du ministère",
        "La page 12 du rapport",
        "3 - 4",
    ])
    func ordinaryLinesStay(_ line: String) {
        let alone = Tokenizer.tokenize(Array(line.utf8)).count
        let document = Document(bytes: Array("avant\n\(line)\napres".utf8))
        // `avant`, its break, the line's own tokens, its break, `apres`.
        #expect(document.tokens.count == alone + 4)
    }

    @Test(arguments: [
        ("sur les progr-\nammes 150 et 231", "programmes"),
        ("d'infor-\nmation", "information"),
    ])
    func hyphenatedWordsAreJoined(_ text: String, _ word: String) {
        #expect(words(text).contains(word))
    }

    /// Compounds that break at their own hyphen keep both words (`partenaire-délégataire`).
    @Test(arguments: [
        ("le partenaire-\ndélégataire", ["le", "partenaire", "delegataire"]),
        ("la sous-\ndirectrice", ["la", "sous", "directrice"]),
        ("le co-\ndélégataire", ["le", "co", "delegataire"]),
    ])
    func compoundsStayTwoWords(_ text: String, _ expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test func compoundNameKeepsItsHyphen() {
        let record = TestRun.extract(
            "ENTRE\n\nLa Direction du numérique, représentée par Marc DAUNIS, chef de service,\nci-après dénommée « le partenaire-\ndélégataire » ou « la DNUM »,\n\nEt\n\nLa Direction X, représentée par Anne B, directrice, ci-après dénommée « le délégant »,\n\nIl est convenu ce qui suit :\n")
        #expect(record.parties.map(\.role) == [.delegataire, .delegant])
    }

    @Test func compoundWithCapitalKeepsTwoWords() {
        // `Jean-` / `Benoit`: the next line starts with a capital, so it is not one word cut in two.
        #expect(words("Jean-\nBenoit DUJOL").contains("benoit"))
    }

    @Test(arguments: ["Christophe |\nROUQUIE", "Christophe '\nROUQUIE", "Christophe .\nROUQUIE"])
    func strayMarksAtLineEndsAreDropped(_ text: String) {
        let document = Document(bytes: Array(text.utf8))
        #expect(!document.tokens.contains { $0.kind == .punctuation })
    }

    @Test func sentenceFinalPeriodStays() {
        let document = Document(bytes: Array("Fait le 7 avril 2026.\nSuite".utf8))
        #expect(document.tokens.contains { $0.kind == .punctuation })
    }

    @Test(arguments: [("no2012-1246", "2012-1246" as String?), ("No2004-1085", "2004-1085"), ("no12", nil), ("nord-2012", nil)])
    func gluedNumberMarks(_ text: String, _ expected: String?) {
        #expect(LegalReferenceRecognizer.unglued(text) == expected)
    }
}
