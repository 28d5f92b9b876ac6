import Testing

@testable import Greffier

/// `Assembler.inTextOrder` gives what sorting by start gives: items already in strictly
/// increasing order come back as they are, the others sorted, on made-up lists (empty, one,
/// equal starts, descending, shuffled) and on what the recognizers found in every corpus text.
@Suite struct TextOrderTests {
    struct Item: Equatable {
        let start: Int
        let tag: Int
    }

    static let lists: [[Int]] = [
        [], [0], [3, 3], [1, 2, 3], [3, 2, 1], [0, 5, 5, 9], [2, 1, 2, 1], [10, 20, 15, 30], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
        [7, 7, 7, 1], [Int.max, 0], [0, Int.max], [5, 4, 3, 2, 1, 0, 1, 2, 3, 4, 5],
    ]

    @Test(arguments: lists)
    func inTextOrderIsTheSort(_ starts: [Int]) {
        let items = starts.enumerated().map { Item(start: $1, tag: $0) }
        #expect(Assembler.inTextOrder(items, start: \.start) == items.sorted { $0.start < $1.start })
    }

    @Test func inTextOrderIsTheSortOnTheCorpus() {
        var tried = 0
        for document in Hostile.corpusDocuments() {
            var found = Recognitions()
            for recognizer in Greffier.recognizers { recognizer.recognize(document, into: &found) }
            let references = found.legalReferences.map(\.range.start)
            let chorus = found.chorus.map(\.range.start)
            let programmes = found.programmes.map(\.range.start)
            for starts in [references, chorus, programmes] {
                let items = starts.enumerated().map { Item(start: $1, tag: $0) }
                #expect(Assembler.inTextOrder(items, start: \.start) == items.sorted { $0.start < $1.start })
                tried += 1
            }
        }
        #expect(tried > 30)
    }
}
