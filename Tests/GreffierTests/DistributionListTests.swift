import Testing

@testable import Greffier

/// `DistributionList.contains` reads back from a token instead of finding every list: it must
/// say what `ranges` says, at every token of the corpus and of lists made to sit at its edges
/// (lists at the start or end, lists inside lists, bullets after blank lines, openings inside prose).
@Suite struct DistributionListTests {
    static let awkward: [String] = [
        "", "Copies", "Copies :\n- programme 101\n\n- programme 102\n\nprogramme 103",
        "Voir copie jointe.\nprogramme 104\n\nCopies :\n– DRFiP\n\n• programme 105\n\n\nCopie\nprogramme 106",
        "AMPLIATION\n\n- a\nCopies\n\n* b\n\nx\n\nAmpliations : programme 107\n\n◦ c\n\n▪ d\n\n— e\n\n",
        "\tCopies :\n# copie\n\n-\n\ncopie programme 108", "Copies :\n\n\n\nprogramme 109\n- x\n\nprogramme 110",
        "texte\n\ncopies\n\n- a\n\n- b\n\ntexte\n\ncopie : x\n\n", "copies\n\n-",
    ]

    @Test func containsSaysWhatRangesSay() {
        var inside = 0
        for document in Hostile.corpusDocuments() + Self.awkward.map({ Document(bytes: Array($0.utf8)) }) {
            let ranges = DistributionList.ranges(document)
            for index in document.tokens.indices {
                let start = document.tokens[index].start
                let expected = ranges.contains { $0.start <= start && start < $0.end }
                if expected { inside += 1 }
                #expect(DistributionList.contains(document, index) == expected, "token \(index): \(document.text(of: index))")
            }
        }
        #expect(inside > 100)
    }
}
