import Testing
@testable import Greffier

@Suite struct NORRecognizerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let value: String
        /// The text the value was repaired from, and how.
        var raw: String? = nil
        var rule: RepairRule? = nil
        var labelled = true
        var testDescription: String { text.debugDescription }
    }

    static let positives: [Case] = [
        .init(text: "NOR : SFHZ2630140X", value: "SFHZ2630140X"),
        .init(text: "NOR:SFHZ2630140X", value: "SFHZ2630140X"),
        .init(text: "nor : MENF1600469X", value: "MENF1600469X"),
        .init(text: "NOR :  SANH0630078X", value: "SANH0630078X"),
        .init(text: "Objet : délégation\nNOR : SPRZ2230481X ENTRE\nLe ministre", value: "SPRZ2230481X"),
        .init(text: "NOR A R M E 1 8 5 1 1 1 6 X", value: "ARME1851116X",
              raw: "A R M E 1 8 5 1 1 1 6 X", rule: .norLetterSpacing),
        .init(text: "NOR A R M E 1 8 5 1 1 1 6 X\nLe ministre", value: "ARME1851116X",
              raw: "A R M E 1 8 5 1 1 1 6 X", rule: .norLetterSpacing),
        .init(text: "NOR : SFHZ263O140X", value: "SFHZ2630140X", raw: "SFHZ263O140X", rule: .norOCRConfusion),
        .init(text: "NOR : 5FHZ2630140X", value: "SFHZ2630140X", raw: "5FHZ2630140X", rule: .norOCRConfusion),
        .init(text: "NOR : SFHZ26301I0X", value: "SFHZ2630110X", raw: "SFHZ26301I0X", rule: .norOCRConfusion),
        // Alone on its line, without a label: a fallback candidate.
        .init(text: "Arrêté du 4 mai 2012\nSFHZ2630140X\nLe ministre", value: "SFHZ2630140X", labelled: false),
        .init(text: "\tECFE1637857J\n", value: "ECFE1637857J", labelled: false),
    ]

    @Test(arguments: positives)
    func findsTheNOR(testCase: Case) throws {
        let (document, results) = TestRun.recognize(NORRecognizer(), testCase.text)
        try #require(results.norCandidates.count == 1)
        let candidate = results.norCandidates[0]
        #expect(candidate.value == testCase.value)
        #expect(candidate.labelled == testCase.labelled)
        #expect(candidate.repair?.raw == testCase.raw)
        #expect(candidate.repair?.rule == testCase.rule)
        // The range covers the text as it stands.
        #expect(document.text(candidate.range) == (testCase.raw ?? testCase.value))
        #expect(results.findings.isEmpty)
    }

    @Test(arguments: [
        ("SFHZ2630140X", "SFH", "Z", 2026, "30140", "X"),
        ("SANH0630078X", "SAN", "H", 2006, "30078", "X"),
        ("ECOX9800123A", "ECO", "X", 1998, "00123", "A"),
        ("MENF1600469X", "MEN", "F", 2016, "00469", "X"),
        ("BCRB8000001C", "BCR", "B", 1980, "00001", "C"),
        ("ARME7900012D", "ARM", "E", 2079, "00012", "D"),
    ])
    func parsesTheParts(value: String, ministry: String, service: String, year: Int, sequence: String,
                        nature: String) {
        let nor = NOR(value: value, span: Span(start: 0, end: 12), raw: nil)
        #expect(nor.ministry == ministry)
        #expect(nor.service == service)
        #expect(nor.year == year)
        #expect(nor.sequence == sequence)
        #expect(nor.nature == nature)
    }

    @Test(arguments: [
        ("SFHZ2630140X", true), ("sfhz2630140x", false), ("SFHZ263O140X", false), ("SFH2630140X", false),
        ("SFHZ26301400X", false), ("SFHZ2630140", false), ("1FHZ2630140X", false), ("ÉFHZ2630140X", false),
    ])
    func validShape(text: String, valid: Bool) {
        #expect(NOR.isValid(text) == valid)
    }

    /// Through the pipeline: the repaired NOR keeps its raw text and its repair is listed.
    @Test func repairedNORInTheRecord() throws {
        let record = TestRun.extract("Arrêté\nNOR : SFHZ263O140X\n")
        let nor = try #require(record.nor)
        #expect(nor.value == "SFHZ2630140X")
        #expect(nor.raw == "SFHZ263O140X")
        #expect(nor.span == Span(start: 15, end: 27))
        #expect(record.repairs.map(\.rule) == [.norOCRConfusion])
        #expect(record.findings.map(\.code) == [.ocrRepaired])
    }

    /// A labelled NOR wins over an earlier unlabelled one.
    @Test func labelledWinsOverUnlabelled() {
        let record = TestRun.extract("ECFE1637857J\n\nNOR : SFHZ2630140X\n")
        #expect(record.nor?.value == "SFHZ2630140X")
        #expect(TestRun.extract("ECFE1637857J\n\nLe ministre\n").nor?.value == "ECFE1637857J")
    }

    /// Things that look like a NOR but are not the act's NOR.
    @Test(arguments: [
        // The number of a cited act, not the act's own.
        "Vu la circulaire NOR BCRB1124995C du 21 octobre 2011",
        "Références : circulaire NOR BCRB1124995C, du 21 octobre 2011",
        "l'arrêté NOR : SFHZ2630140X",
        // NOR-shaped, but inside a sentence without a label.
        "le texte SFHZ2630140X est publié au bulletin",
        "SFHZ2630140X publié",
        "NOR : 2004-1085",
        "NOR : 01 49 55 47 94",
        "Tél : 01 49 55 47 94",
        "NOR : 14 octobre 2004",
        "NOR : 185 000 €",
        "NOR A B C",
        // Thirteen spaced characters: not a letter-spaced NOR.
        "NOR A R M E 1 8 5 1 1 1 6 X Y",
        // More than three confusions: not repaired with confidence.
        "NOR : 5F2Z2O3O140X",
        "MINOR : SFHZ2630140X",
    ])
    func negatives(text: String) {
        let (_, results) = TestRun.recognize(NORRecognizer(), text)
        #expect(results.norCandidates.isEmpty)
    }

    /// A labelled value of the wrong shape: a `nor.invalid` finding, and no value.
    @Test(arguments: ["NOR : ABCD12345", "NOR : SFHZ263014X", "NOR : SFHZ26301400X", "NOR : 5F2Z2O3O140X"])
    func invalidLabelledValue(text: String) throws {
        let (document, results) = TestRun.recognize(NORRecognizer(), text)
        #expect(results.norCandidates.isEmpty)
        try #require(results.findings.count == 1)
        #expect(results.findings[0].code == .norInvalid)
        let range = try #require(results.findings[0].range)
        #expect(document.text(range) == String(text.dropFirst(6)))
        #expect(TestRun.extract(text).nor == nil)
    }

    /// Words after the label are not damaged NORs: no value and no finding.
    @Test(arguments: ["NOR : néant", "NOR : sans objet", "NOR : en cours d'attribution", "NOR : 2004-1085"])
    func labelledWordsRaiseNothing(text: String) {
        let (_, results) = TestRun.recognize(NORRecognizer(), text)
        #expect(results.norCandidates.isEmpty)
        #expect(results.findings.isEmpty)
    }

    /// A word alone on its line is tried as a NOR only when it has twelve bytes and opens with
    /// a capital: every token whose text `NOR.isValid` accepts does, on the corpus and on
    /// awkward tokens (invalid UTF-8 repaired to U+FFFD, accents, lowercase).
    @Test func validNORsHaveTwelveBytesOpeningWithACapital() {
        var awkwardBytes = Array("SFHZ2630140X\nsfhz2630140x\nÉFHZ2630140X\nSFHZ263014\n".utf8)
        awkwardBytes += [0x53, 0x46, 0x48, 0x5A, 0xFF, 0x32, 0x36, 0x33, 0x30, 0x31, 0x34, 0x58, 0x0A]
        var valid = 0
        for document in Hostile.corpusDocuments() + [Document(bytes: awkwardBytes)] {
            for index in document.tokens.indices where NOR.isValid(document.text(of: index)) {
                valid += 1
                let token = document.tokens[index]
                #expect(token.end - token.start == 12 && ByteClass.isUpper(document.bytes[token.start]))
            }
        }
        #expect(valid > 3)
    }
}
