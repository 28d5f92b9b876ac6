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
        }
    }
}
