import Testing
@testable import Greffier

/// The party block's lines are matched on the tokens' stored folds (`PartyBlock.LineWords`):
/// the same chunks as matching the lines' folded strings (`ReferencePartyBlock`).
@Suite struct PartyBlockTests {
    static let blocks = [
        "Entre\n\nLa DSI,\nd'une part,\n\nEt\n\nLa DINUM\nD'autre part.\n\nVu le décret",
        "ENTRE :\nla DGS ;\nET :\nla DNUM ;\nEt ensemble",
        "NOR : SPRZ2230481X ENTRE\nA\nFt\nB\nD'une part, et\nC\nD'une part et\nD\nEt ,\nE\nPréambule",
        "Conclue entre :\n**Et**\nx\n\tEt\ty\nd ' autre part ,\nz\nIl est convenu",
        "Entre,\n1\n2\n3\n4\n5\n6\n7\n8\n9\nEt\n10\nArticle 1",
        "Entre\nEt : la DSI\nd'une part, et la DINUM\nd'une part ,\nd'une part , et x\nconsidérant\n",
        "Entre\nLa \u{212A}\nEt\nÉT\nET\u{301}\nCONSIDÉRANT que",
        // The line limit on either side, end words after other words opening alike.
        "Entre\n" + String(repeating: "a\nEt\n", count: 30) + "b\nc\n", "Entre\n" + String(repeating: "\n\nx\nEt\n", count: 20),
        "Entre\n" + String(repeating: "a\n", count: 59) + "Et\nb", "Entre\nvue\nil y a\nprea\nd'une\nd\nVU\nx",
        "Entre\nÀ\nAvu\nEt ensemble\nArticle",
    ]

    @Test(arguments: blocks)
    func sameChunksAsTheFoldedStrings(_ text: String) {
        let document = Document(bytes: Array(text.utf8))
        #expect(PartyBlock.chunks(document) == ReferencePartyBlock.chunks(document))
    }

    @Test func sameChunksOnTheCorpusAndAwkwardInputs() {
        for bytes in AwkwardInputs.all {
            let document = Document(bytes: bytes)
            #expect(PartyBlock.chunks(document) == ReferencePartyBlock.chunks(document))
            #expect(PartyBlock.openingLine(document) == ReferencePartyBlock.openingLine(document))
        }
    }

    /// `isEnd` asks the end words one by one: each of the list, and nothing else.
    @Test(arguments: PartyBlock.endWords + ["Vu", "CONSIDÉRANT", "vue", "ill", "articles", "et", "x"])
    func endWordsOneByOne(_ word: String) throws {
        let document = Document(bytes: Array((word + " le décret").utf8))
        let line = try #require(TokenLines.lines(document, from: 0, to: document.tokens.count).first)
        let folded = Folding.fold(Array(word.utf8), 0, word.utf8.count)
        #expect(PartyBlock.isEnd(.init(document: document, line: line)) == PartyBlock.endWords.contains(folded))
    }

    /// The opening `Entre` found from its tokens is the split's first opening line, on lines
    /// made to sit at its edges: marks around it, several `entre` on a line, prose before,
    /// a word cut across a line end, text on one line.
    @Test(arguments: [
        "", "entre", "Entre", "x entre", "#### Entre\n", "**Entre** :\n", "> Entre ,", "\tENTRE\t:",
        "entre la DSI et la DINUM\nEntre :\nla DSI", "Entre entre\nentre", "Conclue entre :", "conclue ENTRE, x",
        "NOR : SPRZ2230481X ENTRE", "NOR : X Y ENTRE", "ÉNTRE\nEntre", "en-\ntre\n", "Entre\r\nla DGS",
        "Il est convenu entre les parties\n\nENTRE\n", "en en en entre en\nen entre\n\n Entre  \n",
        String(repeating: "entre ", count: 2_000) + "\nEntre\n", "* * Entre * *", "Entre : :", "_Entre_",
    ])
    func openingLineAsTheSplit(_ text: String) {
        let document = Document(bytes: Array(text.utf8))
        #expect(PartyBlock.openingLine(document) == ReferencePartyBlock.openingLine(document))
    }

    @Test func openingLineAsTheSplitOnTheCorpus() {
        var found = 0
        for document in Hostile.corpusDocuments() {
            let expected = ReferencePartyBlock.openingLine(document)
            if expected != nil { found += 1 }
            #expect(PartyBlock.openingLine(document) == expected)
        }
        #expect(found > 8)
    }
}
