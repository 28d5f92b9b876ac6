import Testing

@testable import Greffier

/// `chorus.suspect-letter`: an `O` beside a digit in a free code (centre de coûts, service
/// exécutant) is reported, the code kept as written; other codes and other letters are not.
struct SuspectLetterRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let kind: ChorusCode.Kind
        let value: String
        let raised: Bool
        var testDescription: String { "\(kind.rawValue) \(value)" }
    }

    static let cases: [Case] = [
        .init(kind: .serviceExecutant, value: "SOCBEXDO075", raised: true),
        .init(kind: .centreDeCouts, value: "SGSIFAB7O5", raised: true),
        .init(kind: .centreDeCouts, value: "O75SGSIFAB", raised: true),
        .init(kind: .serviceExecutant, value: "ABC1O", raised: true),
        // No O beside a digit: quiet.
        .init(kind: .centreDeCouts, value: "SGSIFAB075", raised: false),
        .init(kind: .centreDeCouts, value: "DININCUB75", raised: false),
        .init(kind: .centreDeCouts, value: "SGSIPOT075", raised: false),
        .init(kind: .serviceExecutant, value: "SOCBEXD075", raised: false),
        .init(kind: .serviceExecutant, value: "OOBA12", raised: false),
        // Other kinds have fixed shapes, checked (and repaired) as they are read.
        .init(kind: .localisationInterministerielle, value: "O1175", raised: false),
        .init(kind: .activite, value: "0129O0121401", raised: false),
    ]

    @Test(arguments: cases)
    func reportsAnOBesideADigit(_ example: Case) throws {
        var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: 0, encoding: .utf8))
        let span = Span(start: 3, end: 14)
        record.chorus = [ChorusCode(kind: example.kind, value: example.value, span: span, raw: nil, holder: nil)]
        let findings = SuspectLetterRule().findings(for: record)
        #expect(findings.count == (example.raised ? 1 : 0))
        if example.raised {
            let finding = try #require(findings.first)
            #expect(finding.code == .chorusSuspectLetter)
            #expect(finding.severity == .warning)
            #expect(finding.span == span)
            #expect(finding.message.contains(example.value))
        }
    }

    /// A repaired code has its own `ocr.repaired` finding: not reported again.
    @Test func aRepairedCodeIsNotReported() {
        var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: 0, encoding: .utf8))
        record.chorus = [ChorusCode(kind: .centreDeCouts, value: "SGSIFAB075O1", span: Span(start: 0, end: 12),
                                    raw: "SGSIFABO75O1", holder: nil)]
        #expect(SuspectLetterRule().findings(for: record).isEmpty)
    }

    /// Seed 003 prints `Service exécutant SOCBEXDO075`; its `SGSIFABO75`, repaired, is not reported.
    @Test func seed003ServiceExecutantIsReported() {
        let published = RuleFixtures.record("003_9cd4d8c5901bd0e5")
        let raised = published.findings.filter { $0.code == .chorusSuspectLetter }
        #expect(raised.count == 1)
        #expect(raised.first?.message.contains("SOCBEXDO075") == true)
        let edited = RuleFixtures.record("003_9cd4d8c5901bd0e5", editing: [("SOCBEXDO075", "SOCBEXD075")])
        #expect(!edited.findings.contains { $0.code == .chorusSuspectLetter })
    }
}
