import Testing

@testable import Greffier

/// The party readers test a folded lead or first byte before their word tables: they must
/// answer as the plain comparisons with the words, on every token of the party corpus, of the
/// gate tests' odd text and of the awkward inputs, and at indices out of range.
@Suite struct RecPerfGateTests {
    static func documents() throws -> [Document] {
        let awkward = AwkwardInputs.all.compactMap { try? InputDecoder.decode($0) }.map { Document(bytes: $0.bytes) }
        let edges = Document(bytes: Array("""
            Ci-après ci - après CI-APRÈS ci-apres Ci-Après dénommé DÉNOMMÉE dénommés désigné Désignée désignés
            de denom designe designer dénommées Le la LES Les l' L' l ' le
            ville la\n\nsuite Lé l’ « Le » Délégant délégataires Codélégataire co délégantes
            """.utf8))
        return try PartyGateTests.documents().map(\.1) + awkward + [edges]
    }

    /// `isDesignationWord` as it read before its lead test.
    static func referenceIsDesignationWord(_ document: Document, _ index: Int) -> Bool {
        if document.isWord(index, "ci"), document.isPunctuation(index + 1, UInt8(ascii: "-")),
            document.isWord(index + 2, "apres")
        {
            return true
        }
        return document.isWord(index, oneOf: ["denomme", "denommee", "denommes", "designe", "designee", "designes"])
    }

    /// `articleLength` as it read before its first-byte test.
    static func referenceArticleLength(_ document: Document, _ index: Int) -> Int {
        if document.isWord(index, oneOf: ["le", "la", "les"]), index + 1 < document.tokens.count,
            document.tokens[index + 1].kind != .blankLine
        {
            return 1
        }
        if document.isWord(index, "l"), document.isPunctuation(index + 1, UInt8(ascii: "'")) { return 2 }
        return 0
    }

    @Test func gatesAnswerAsThePlainComparisons() throws {
        var designations = 0
        var articles = 0
        for document in try Self.documents() {
            for index in -1...document.tokens.count {
                let designation = Self.referenceIsDesignationWord(document, index)
                if designation { designations += 1 }
                #expect(PartyRole.isDesignationWord(document, index) == designation, "\(index)")
                if index >= 0 {
                    let article = Self.referenceArticleLength(document, index)
                    if article > 0 { articles += 1 }
                    #expect(PartyText.articleLength(document, at: index) == article, "\(index)")
                }
            }
        }
        #expect(designations > 10 && articles > 10)
    }

    /// The tables behind a first-byte, lead or length test, with what every word must have
    /// for the test to turn down only tokens the table would: (words, first bytes, leads, shortest).
    static let gated: [([String], String, [String], Int)] = [
        (PersonName.honorifics, "m", [], 1),
        (LegalReferenceRecognizer.numberMarks.words, "n", [], 1),
        (SignatoryRecognizer.copyWords.words + SignatoryRecognizer.annexWords.words, "ca", [], 5),
        (PartyRole.delegantWords + PartyRole.delegataireWords, "dc", ["de", "co"], 8),
        (["le", "la", "les", "l"], "l", [], 1),
    ]

    @Test(arguments: gated)
    func gatedTablesHoldOnlyWordsTheirTestPasses(_ words: [String], _ firsts: String, _ leads: [String], _ shortest: Int) {
        #expect(!words.isEmpty)
        for word in words {
            #expect(word.utf8.first.map { firsts.utf8.contains($0) } == true, "\(word)")
            #expect(leads.isEmpty || leads.contains(String(word.prefix(2))), "\(word)")
            #expect(word.utf8.count >= shortest, "\(word)")
        }
    }

    /// `SignatoryRecognizer.isTerminator` as it read before its length test.
    @Test func terminatorAnswersAsBeforeItsLengthTest() throws {
        var terminators = 0
        for document in try Self.documents() {
            for first in document.tokens.indices {
                for end in (first + 1)...min(first + 4, document.tokens.count) {
                    let line = TokenLine(first: first, end: end, blankBefore: false)
                    let initial = document.foldedFirstByte(first)
                    var expected = false
                    if initial == UInt8(ascii: "c") || initial == UInt8(ascii: "a") {
                        if SignatoryRecognizer.copyWords.contains(document, first) {
                            expected = end - first == 1 || document.isPunctuation(first + 1, UInt8(ascii: ":"))
                        } else {
                            expected = SignatoryRecognizer.annexWords.contains(document, first) && end - first <= 3
                        }
                    }
                    if expected { terminators += 1 }
                    #expect(SignatoryRecognizer.isTerminator(document, line) == expected)
                }
            }
        }
        #expect(terminators > 0)
    }

    /// The ASCII bytes that start more than a copy in `PartyText.clean`, as `OpenerTargets.mayOpen`
    /// tests them, are those its table flags.
    @Test(arguments: 0..<128)
    func asciiStartsMoreThanACopyAsTheTable(_ value: Int) {
        let byte = UInt8(value)
        #expect(PartyText.startsMoreThanACopyASCII(byte)
                == (PartyText.startsMoreThanACopy[value] & PartyText.moreThanACopy != 0))
    }
}
