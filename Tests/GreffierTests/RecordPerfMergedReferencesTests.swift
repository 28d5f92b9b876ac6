import Testing

@testable import Greffier

/// `Assembler.mergedReferences` gives the references its former reading gave
/// (`Reference/ReferenceMergedReferences.swift`): on the corpus and awkward inputs, and on
/// made-up mentions out of order, repeated, completed, unnumbered, and past the linear limit.
struct RecordPerfMergedReferencesTests {
    static func assembler(_ bytes: [UInt8]) -> (Assembler, Document)? {
        guard let decoded = try? InputDecoder.decode(bytes) else { return nil }
        let document = Document(bytes: decoded.bytes)
        return (Assembler(document: document, map: decoded.map, originalUTF8: bytes), document)
    }

    @Test func sameReferencesOnCorpusAndAwkwardInputs() {
        var compared = 0
        var merged = 0
        for input in AwkwardInputs.all {
            guard let (assembler, document) = Self.assembler(input) else { continue }
            var found = Recognitions()
            LegalReferenceRecognizer().recognize(document, into: &found)
            let references = assembler.mergedReferences(found.legalReferences)
            #expect(references == ReferenceMergedReferences.mergedReferences(found.legalReferences, assembler))
            compared += 1
            merged += references.count
        }
        #expect(compared > 100)
        #expect(merged > 20)
    }

    static func date(_ day: Int) -> CalendarDate? { CalendarDate(year: 2000 + day % 20, month: 1 + day % 12, day: 1 + day % 28) }

    /// Mentions drawn from a few types, numbers (some nil, some equal strings spelled apart)
    /// and dates (some nil), at starts that repeat and go back.
    static func mentions(count: Int, seed: UInt64) -> [Recognitions.LegalReferenceMention] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let numbers: [String?] = [nil, nil, "2004-1085", "2012-1246", "é", "e\u{301}", "2019-1088", "x"]
        return (0..<count).map { _ in
            let start = next(150)
            return Recognitions.LegalReferenceMention(
                type: LegalReference.Kind.allCases[next(3)], number: numbers[next(numbers.count)],
                date: next(3) == 0 ? nil : date(next(4)), range: TextRange(start, start + 1 + next(40)))
        }
    }

    @Test(arguments: [0, 1, 2, 5, 16, 17, 40, 200])
    func sameReferencesOnMadeUpMentions(_ count: Int) throws {
        let (assembler, _) = try #require(Self.assembler(Array(String(repeating: "décret n° 1 du 2 mai 2004 ; ", count: 8).utf8)))
        for seed in 1...20 {
            let mentions = Self.mentions(count: count, seed: UInt64(seed))
            #expect(assembler.mergedReferences(mentions) == ReferenceMergedReferences.mergedReferences(mentions, assembler))
            // In text order too (the path without sorting).
            var sorted: [Recognitions.LegalReferenceMention] = []
            for mention in mentions.sorted(by: { $0.range.start < $1.range.start })
            where sorted.last.map({ $0.range.start < mention.range.start }) ?? true {
                sorted.append(mention)
            }
            #expect(assembler.mergedReferences(sorted) == ReferenceMergedReferences.mergedReferences(sorted, assembler))
        }
    }
}
