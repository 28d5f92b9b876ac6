import Testing
@testable import Greffier

@Suite struct ChorusRecognizerTests {
    struct Code: Sendable {
        let kind: ChorusCode.Kind
        let value: String
        var raw: String? = nil
        var rule: RepairRule? = nil
        var holder: String? = nil
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let codes: [Code]
        var testDescription: String { text.debugDescription }
    }

    static let positives: [Case] = [
        .init(text: "Centre financier (UO)\t0204-CDGS-CDAD", codes: [.init(kind: .centreFinancier, value: "0204-CDGS-CDAD")]),
        .init(text: "Centre financier : 0352-CDBU-DAFA\n", codes: [.init(kind: .centreFinancier, value: "0352-CDBU-DAFA")]),
        .init(text: "Domaine fonctionnel\t0204-11-08", codes: [.init(kind: .domaineFonctionnel, value: "0204-11-08")]),
        .init(text: "Domaine fonctionnel :\t0352-01", codes: [.init(kind: .domaineFonctionnel, value: "0352-01")]),
        .init(text: "Activité\t020401011132", codes: [.init(kind: .activite, value: "020401011132")]),
        // Only the code is the value, not the column header that follows it on the line.
        .init(text: "Activité(s) :\t035200010101 Domaine appli métier",
              codes: [.init(kind: .activite, value: "035200010101")]),
        .init(text: "Activité\t020304DGTUCT", codes: [.init(kind: .activite, value: "020304DGTUCT")]),
        .init(text: "Centres de coûts\tSGSIFAB075\tDININCUB75",
              codes: [.init(kind: .centreDeCouts, value: "SGSIFAB075"), .init(kind: .centreDeCouts, value: "DININCUB75")]),
        .init(text: "Centre(s) de coût(s) : SGSIFAB075, DININCUB75 et SGSIFAB092",
              codes: [.init(kind: .centreDeCouts, value: "SGSIFAB075"), .init(kind: .centreDeCouts, value: "DININCUB75"),
                      .init(kind: .centreDeCouts, value: "SGSIFAB092")]),
        .init(text: "Centre de colt SGSIFABO75",
              codes: [.init(kind: .centreDeCouts, value: "SGSIFAB075", raw: "SGSIFABO75", rule: .chorusOCRConfusion)]),
        .init(text: "Code PAM 12-129-FA17-MS0-0001", codes: [.init(kind: .codePAM, value: "12-129-FA17-MS0-0001")]),
        // A service exécutant is not a centre de coûts: its `O` is no département to repair.
        .init(text: "Service exécutant SOCBEXDO075", codes: [.init(kind: .serviceExecutant, value: "SOCBEXDO075")]),
        .init(text: "Localisation interministérielle\tN1175",
              codes: [.init(kind: .localisationInterministerielle, value: "N1175")]),
        .init(text: "imputés sur les crédits du centre financier (UO) 0129-\nCAHC-DISN du programme",
              codes: [.init(kind: .centreFinancier, value: "0129-CAHC-DISN", raw: "0129-\nCAHC-DISN", rule: .chorusLineBreak)]),
        .init(text: "sur l'UO 0124-CDAF-CDSI.", codes: [.init(kind: .centreFinancier, value: "0124-CDAF-CDSI")]),
        .init(text: "Unité opérationnelle n° 0204-CDGS-CDAD", codes: [.init(kind: .centreFinancier, value: "0204-CDGS-CDAD")]),
        // The centre financier shape is unambiguous: recognized without a label.
        .init(text: "les crédits imputés sur 0204-CDGS-CDAD en 2025",
              codes: [.init(kind: .centreFinancier, value: "0204-CDGS-CDAD")]),
        .init(text: "Marché titulaire NUMA – n° CHORUS 1001091655",
              codes: [.init(kind: .marche, value: "1001091655", holder: "NUMA")]),
        .init(text: "titulaire NUMA – n° CHORUS 1001091655",
              codes: [.init(kind: .marche, value: "1001091655", holder: "NUMA")]),
        .init(text: "bon de commande no CHORUS 1001091655", codes: [.init(kind: .marche, value: "1001091655")]),
    ]

    @Test(arguments: positives)
    func findsCodes(testCase: Case) {
        let (document, results) = TestRun.recognize(ChorusRecognizer(), testCase.text)
        #expect(results.chorus.map(\.kind) == testCase.codes.map(\.kind))
        #expect(results.chorus.map(\.value) == testCase.codes.map(\.value))
        #expect(results.chorus.map(\.repair?.raw) == testCase.codes.map(\.raw))
        #expect(results.chorus.map(\.repair?.rule) == testCase.codes.map(\.rule))
        #expect(results.chorus.map(\.holder) == testCase.codes.map(\.holder))
        for (occurrence, code) in zip(results.chorus, testCase.codes) {
            #expect(document.text(occurrence.range) == (code.raw ?? code.value))
        }
        #expect(results.findings.isEmpty)
    }

    /// Through the pipeline: one code per kind and value, and the programme each implies.
    @Test func recordKeepsOneCodePerValue() {
        let record = TestRun.extract("""
            Centre financier\t0204-CDGS-CDAD
            Domaine fonctionnel\t0204-11-08
            Les crédits du 0204-CDGS-CDAD sont délégués.
            Centre de colt SGSIFABO75
            Centre de coûts SGSIFAB075

            """)
        #expect(record.chorus.map(\.value) == ["0204-CDGS-CDAD", "0204-11-08", "SGSIFAB075"])
        #expect(record.chorus.map(\.programme) == ["204", "204", nil])
        // The clean occurrence is kept over the repaired one: no repair is left to report.
        #expect(record.chorus[2].raw == nil)
        #expect(record.repairs.isEmpty)
    }

    @Test(arguments: [
        (ChorusCode.Kind.centreFinancier, "0129-CAHC-DISN", "129" as String?),
        (.domaineFonctionnel, "0352-01", "352"),
        (.activite, "020304DGTUCT", "203"),
        (.codePAM, "12-129-FA17-MS0-0001", nil),
        (.centreDeCouts, "SGSIFAB075", nil),
        (.localisationInterministerielle, "N1175", nil),
    ])
    func impliedProgramme(kind: ChorusCode.Kind, value: String, programme: String?) {
        let code = ChorusCode(kind: kind, value: value, span: Span(start: 0, end: 1), raw: nil, holder: nil)
        #expect(code.programme == programme)
    }

    /// Strings that look like Chorus codes but are not.
    @Test(arguments: [
        "le 0204-11 est cité",
        "0204-11-08",
        "12-129-FA17",
        "Domaine fonctionnel : 12-129-FA17",
        "Convention 12-363-DNUM-CSOC-0042",
        "75007 PARIS",
        "TSA 30 719 75 334",
        "Tél : 01 49 55 47 94",
        "décret n° 2004-1085 du 14 octobre 2004",
        "2004-1085",
        "185000 €",
        "ses activités d'ordonnateur",
        "l'activité 2025 du service",
        "les centres financiers concernés",
        "0204-cdgs-cdad",
        "X0204-CDGS-CDAD",
        "0204-CDGS-CDAD-X",
        "0204-2025-2026",
        "SGSIFAB075 sans libellé",
        "Centre de coûts SGSIFAB",
        "Service exécutant ABC12",
        "n° CHORUS 100109165",
        "le marché CHORUS 1001091655",
    ])
    func negatives(text: String) {
        let (_, results) = TestRun.recognize(ChorusRecognizer(), text)
        #expect(results.chorus.isEmpty)
    }

    /// A labelled value of the wrong shape: a `chorus.format` finding pointing at it, no code.
    @Test(arguments: [
        ("Domaine fonctionnel : XYZ", "XYZ"),
        ("Domaine fonctionnel : 12-129-FA17", "12"),
        ("Centre financier :\t0204-CDGS", "0204"),
        ("Activité :\t0204", "0204"),
        ("Localisation interministérielle : 1175", "1175"),
    ])
    func wrongShapeAfterLabel(text: String, value: String) throws {
        let (document, results) = TestRun.recognize(ChorusRecognizer(), text)
        #expect(results.chorus.isEmpty)
        try #require(results.findings.count == 1)
        #expect(results.findings[0].code == .chorusFormat)
        #expect(results.findings[0].message.contains("« \(value) »"))
        let range = try #require(results.findings[0].range)
        #expect(document.text(range) == value)
    }

    /// A label in prose without a separator is not a claim that a code follows.
    @Test(arguments: ["le domaine fonctionnel de la santé", "Activité principale du service"])
    func labelInProseRaisesNothing(text: String) {
        let (_, results) = TestRun.recognize(ChorusRecognizer(), text)
        #expect(results.chorus.isEmpty)
        #expect(results.findings.isEmpty)
    }

    /// Unlabelled centres financiers are tried only at four digits followed by `-` (found by
    /// `centreFinancierStarts`): every four-digit number of the corpus (and of awkward inputs)
    /// with the shape starts at one of them, line breaks after either hyphen included.
    @Test func unlabelledShapeStartsAtFourDigitsBeforeAHyphen() {
        let awkward = Document(bytes: Array("""
            0204-CDGS-CDAD 0204-\n  CDGS-CDAD 0204 -CDGS-CDAD 0204-cdgs-cdad 0204–CDGS-CDAD
            x0204-CDGS-CDAD 0204-CDGS-CDAD-1 0204-CDGS-CDA 1234-ABCD-EFGH, -0204-ABCD-EFGH é0204-ABCD-EFGH
            12345-ABCD-EFGH 0204-CDGS-\nCDAD 0204-\nCDGS-\n  CDAD 0204-CD\nGS-CDAD 0204-CDGS 0204-CDG5-CDAD
            0204-1085-ABCD 0204-ABCD-EFGH-
            0204-ABCD-EFGH
            0204-
            """.utf8))
        var found = 0
        for document in Hostile.corpusDocuments() + [awkward] {
            let starts = Set(ChorusRecognizer.centreFinancierStarts(document.bytes))
            for token in document.tokens where token.kind == .number && token.end - token.start == 4 {
                guard ChorusCodeShape.match(.centreFinancier, in: document.bytes, at: token.start, allowRepair: false) != nil
                else { continue }
                found += 1
                #expect(starts.contains(token.start))
            }
        }
        #expect(found > 3)
    }
}
