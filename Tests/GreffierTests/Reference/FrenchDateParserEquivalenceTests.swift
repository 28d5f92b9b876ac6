import Testing
@testable import Greffier

/// `FrenchDateParser` reads dates as its former reading did (`ReferenceFrenchDateParser`): the
/// same date, end, range and repair, or none, at every token of the corpus texts, of awkward
/// inputs and of dates made to sit at the edges (damaged months, glued digits, long numbers,
/// accents, invalid days, numeric dates inside codes).
@Suite struct FrenchDateParserEquivalenceTests {
    static let madeUp = """
        14 octobre 2004, 1er janvier 2020, Du 04 mai 2018, 14/04/2021, 6-10-2020, 20 aofit 2025,
        20 aott 2025, 1¢ mars 2019 1 er avril 2019, fevrier FÉVRIER 2020 29 février 2021 31 avril 2020
        0204-11-08 12-129-FA17 2025 185000 € 00 mai 2020 32 mai 2020 1 mai 999 1 mai 3000 1 mai 20255
        12 Décembre 2012 12 decernbre 2012 9 septernbre 2013 7 juillet 0000 07/13/2020 31/12/1999 1/1/2000
        123 mai 2020 05 MAI 2020 5 maï 2020 x5 mai 2020 5-5-5555 05/05/20205 5/5-2020 a/5/5/2020 5/5/2020/
        1 Janvier\n 2020 2\tfévrier\t2021 le 3 mars 2022. 99999999999999999999 juin 2020 4 juin 18446744073709551616
        """

    static func documents() -> [Document] {
        var documents = Hostile.corpusDocuments()
        documents += AwkwardInputs.all.map { Document(bytes: $0) }
        documents.append(Document(bytes: Array(madeUp.utf8)))
        // Every month name, clean and damaged, in a date and capitalized.
        let names = FrenchDateParser.months.keys.sorted() + FrenchDateParser.damagedMonths.keys.sorted()
        let dates = names.map { "3 \($0) 2021, 1er \($0.capitalized) 1999, 31 \($0.uppercased()) 2020" }
        documents.append(Document(bytes: Array(dates.joined(separator: "\n").utf8)))
        return documents
    }

    @Test func readsAsTheFormerReading() {
        var dates = 0
        for document in Self.documents() {
            for index in 0...document.tokens.count {
                let fast = FrenchDateParser.match(document, at: index)
                let reference = ReferenceFrenchDateParser.match(document, at: index)
                if fast != reference {
                    Issue.record("at \(index): \(String(describing: fast)) ≠ \(String(describing: reference))")
                }
                if fast?.date != nil { dates += 1 }
            }
        }
        #expect(dates > 100)
    }
}
