import Testing

@testable import Greffier

/// The clauses are read from the tokens of their closers' lane, the ceiling recognizer reads
/// only the clauses holding a head (found once along its lane) and a number, and the words of
/// the lane walks are told by lead and length: each answers as the reading of every token
/// (`ReferenceClauses`, `ReferenceCeilings`).
@Suite struct ClauseLaneTests {
    /// Closers and the words whose leads share their hashes (`re` with `\n\n`, `fi` with `.`,
    /// `si` with `;`), heads and words of their leads, at the ends of lines and texts.
    static let texts: [String] = [
        "Le montant total de la délégation s'élève à 400 000 €. Fin ; reste.\n\nPlafond : 3 €\n \nsi fi re ; .",
        "à concurrence de 12 €;fin.\n\t\nlimite 3\n- 2017 : 5 €\n2018 : 6 €.x.y. z",
        "Dans la limite de 1 000 €\n\n\n", ".", ";", "\n", "\n\n", "a.\n", "plafonnées à 3 €", "re fi si 12 €. montant 4",
        "conformément à la convention, dans la limite d'un plafond de 9 €", "montant\n\ntotal 12 €",
    ]

    static func documents() -> [Document] {
        var documents = Hostile.corpusDocuments() + texts.map(BudgetTestRun.document)
        for input in AwkwardInputs.all {
            documents.append(Document(bytes: input))
            if let decoded = try? InputDecoder.decode(input) { documents.append(Document(bytes: decoded.bytes)) }
        }
        return documents
    }

    @Test func clausesAreThoseOfEveryToken() {
        var count = 0
        for document in Self.documents() {
            let expected = ReferenceClauses.clauses(document)
            #expect(document.clauses.clauses.map { [$0.first, $0.end] } == expected.map { [$0.first, $0.end] })
            #expect(document.clauses.clauses.map(\.opensParagraph) == expected.map(\.opensParagraph))
            // Without the lane (a document folded without the recognizers' lanes): every token.
            let folds = FoldedTokens(document.bytes, document.tokens)
            #expect(Clauses(bytes: document.bytes, tokens: document.tokens, folds: folds).clauses == document.clauses.clauses)
            count += expected.count
        }
        #expect(count > 1000)
    }

    @Test func ceilingsAreThoseOfEveryClause() {
        var found = 0
        for document in Self.documents() {
            var results = Recognitions()
            CeilingRecognizer().recognize(document, into: &results)
            let expected = ReferenceCeilings.ceilings(document)
            #expect(results.budget.ceilings == expected)
            found += expected.count
        }
        #expect(found > 5)
    }

    /// The lane words are exactly the words their tables hold, token by token.
    @Test func laneWordsAreTheirWords() {
        let lists = [
            ["concurrence", "plafond", "plafonds", "plafonne", "plafonnee", "plafonnes", "plafonnees", "limite", "montant"],
            ScheduleRecognizer.measureWords.words, ["a", "ae", "x", "ab", "abc", "é"].filter { $0.utf8.allSatisfy { $0 < 0x80 } },
        ]
        var matched = 0
        for document in Self.documents().prefix(40) {
            for words in lists {
                let table = LeadLengthWords(words)
                for index in document.tokens.indices {
                    let expected = words.contains { document.folds.equals(index, $0) }
                    #expect(table.contains(document.folds, index) == expected)
                    if expected { matched += 1 }
                }
            }
        }
        #expect(matched > 100)
    }
}

/// The ceilings as they were read: every clause with a number token, its mentions appended.
enum ReferenceCeilings {
    static func ceilings(_ document: Document) -> [BudgetRecognitions.CeilingMention] {
        var found: [BudgetRecognitions.CeilingMention] = []
        for clause in document.clauses.clauses where (clause.first..<clause.end).contains(where: { document.tokens[$0].kind == .number }) {
            found += CeilingRecognizer.mentions(document, clause)
        }
        return found
    }
}
