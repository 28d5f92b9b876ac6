import Testing

@testable import Greffier

/// `ColumnHeader+Words`: the word tests compared with the sets they stand for, and the parts
/// of a folded word made on the stack compared with those of its folded string.
@Suite struct ColumnHeaderWordTests {
    /// The sets' own words, the other header words, and near misses (a letter more, less or
    /// changed, case, accents, digits, look-alikes, the empty word).
    static let words: [String] = Array(
        ColumnHeader.totalWords.union(ColumnHeader.aeWords).union(ColumnHeader.cpWords).union(ColumnHeader.amountNames)
            .union(HeaderSplitter.vocabulary)
    ).sorted() + [
        "", "a", "c", "e", "p", "tota", "totals", "totau", "cumu", "cumules", "Total", "TOTAL", "AE", "CP",
        "aess", "cpss", "ea", "pc", "eu", "euross", "eurs", "montan", "montantss", "credit", "crédits",
        "dotations", "dotatio", "ae2026", "2026", "cp1", "\u{0441}\u{0440}", "e\u{0301}", "total\u{0301}",
        "eur\u{0301}", "€", "ttc", "ht", "xyzxyzxy",
        "autorisation", "autorisations", "autorisationss", "autorisatio", "Autorisation", "autorisatiön",
        "credits", "creditss", "credi", "engagement", "engagements", "engagemen", "Engagement", "paiement",
        "paiements", "paiementss", "paiemen", "pa\u{0301}iement", "paiement\u{0301}", "engagement\u{0301}",
    ]

    /// The words `measure` looks after, as the arrays and literals it compared them with.
    @Test(arguments: words) func measureWordTestsMatchTheArrays(word: String) {
        #expect(ColumnHeader.isAuthorisationHead(word) == ["autorisation", "autorisations"].contains(word))
        #expect(ColumnHeader.isCreditHead(word) == ["credit", "credits"].contains(word))
        #expect(ColumnHeader.isEngagement(word) == (word == "engagement"))
        #expect(ColumnHeader.isPaiement(word) == (word == "paiement" || word == "paiements"))
    }

    @Test(arguments: words) func wordTestsMatchTheSets(word: String) {
        #expect(ColumnHeader.isTotalWord(word) == ColumnHeader.totalWords.contains(word))
        #expect(ColumnHeader.isAEWord(word) == ColumnHeader.aeWords.contains(word))
        #expect(ColumnHeader.isCPWord(word) == ColumnHeader.cpWords.contains(word))
        #expect(ColumnHeader.isAmountName(word) == ColumnHeader.amountNames.contains(word))
    }

    @Test func foldedPartsMatchThoseOfTheFoldedString() {
        // Stretches of up to 40 bytes: folds longer than the stack buffer included.
        let tried = AwkwardInputs.forEachStretch(lengths: [0, 1, 2, 3, 5, 8, 13, 40], longStep: 7) { input, start, end in
            var fast: [String] = []
            ColumnHeader.appendFoldedParts(input, start, end, to: &fast)
            var reference: [String] = []
            ColumnHeader.appendParts(of: ColumnHeader.fold(input, start, end), to: &reference)
            #expect(fast.map { Array($0.utf8) } == reference.map { Array($0.utf8) }, "\(input[start..<end])")
        }
        #expect(tried > 100_000)
    }
}
