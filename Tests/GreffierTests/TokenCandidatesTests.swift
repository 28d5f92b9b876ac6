import Testing

@testable import Greffier

/// The tokens a recognizer walks are exactly those whose first two folded bytes pass its
/// initials, in order: none that could be one of its words is skipped. Along a lane they are
/// those with the lead and length of one of its words; without one, any length passes, and
/// leads that share a hash with a word's.
@Suite struct TokenCandidatesTests {
    static let wordLists: [[String]] = [
        ["programme", "programmes", "bop"], ["fait", "date"], ["vu", "entre", "article"], ["chorus", "centre", "uo"],
        ["zzz"], ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"],
    ]

    @Test(arguments: wordLists)
    func candidatesAreTheTokensWithAPassingLead(words: [String]) {
        let initials = Initials(words)
        var documents = Hostile.corpusDocuments()
        documents.append(Document(bytes: Array("Œuvre ÉTAT état Programme 204 « x » ΑΒΓ infor-\n  mation Fait".utf8)))
        documents.append(Document(bytes: []))
        var seen = 0
        for document in documents {
            let lane = document.folds.scan(initials).lane != 0
            let expected = document.tokens.indices.filter {
                lane ? initials.holds(lead: document.folds.lead($0), length: document.folds.length($0))
                    : initials.contains(lead: document.folds.lead($0))
            }
            let walked = Array(document.tokens(startingWithOneOf: initials))
            #expect(walked == expected)
            // Every token equal to one of the words is among them.
            for index in document.tokens.indices where document.isWord(index, oneOf: words) {
                #expect(walked.contains(index))
                seen += 1
            }
        }
        if words != ["zzz"] { #expect(seen > 0) }
    }
}
