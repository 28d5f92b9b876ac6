import Testing

@testable import Greffier

/// Each record-level rule triggered by a corpus text edited to break exactly that rule, and
/// quiet on the text as published.
struct CorpusRuleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let rule: FindingCode
        let text: String
        let edits: [(String, String)]
        var testDescription: String { rule.rawValue }
    }

    static let cases: [Case] = [
        // NOR of 2022 on an act of 2026.
        Case(rule: .norYearMismatch, text: "000_66948a5937086540", edits: [("NOR : SFHZ2630140X", "NOR : SFHZ2230140X")]),
        // The convention ends in 2024, before it was made (2025).
        Case(rule: .dateOrder, text: "003_9cd4d8c5901bd0e5",
             edits: [("conclue jusqu'au 31 décembre 2026", "conclue jusqu'au 31 décembre 2024")]),
        // Extension limit before the end.
        Case(rule: .dateOrder, text: "000_66948a5937086540",
             edits: [("ne peut excéder le 30 juin 2027", "ne peut excéder le 30 juin 2026")]),
        // Heading of 7 April, signed on 9 April.
        Case(rule: .dateSignatureMismatch, text: "000_66948a5937086540", edits: [("Fait le 7 avril 2026.", "Fait le 9 avril 2026.")]),
        // A domaine fonctionnel of programme 129 in a programme 204 act.
        Case(rule: .chorusProgrammeMismatch, text: "000_66948a5937086540",
             edits: [("Domaine fonctionnel\t0204-11-08", "Domaine fonctionnel\t0129-11-08")]),
        // Seed 001 states no programme: the majority of its codes (352) decides.
        Case(rule: .chorusProgrammeMismatch, text: "001_3dd1662a2dcbaa88",
             edits: [("Domaine fonctionnel :\t0352-01", "Domaine fonctionnel :\t0129-01")]),
    ]

    @Test(arguments: cases)
    func editedTextRaisesTheRule(_ example: Case) {
        let record = RuleFixtures.record(example.text, editing: example.edits)
        let raised = record.findings.filter { $0.code == example.rule }
        #expect(raised.count == 1, "\(record.findings.map(\.message))")
        #expect(raised.first?.severity == example.rule.severity)
        #expect(raised.first?.message.isEmpty == false)
    }

    @Test(arguments: cases)
    func publishedTextIsQuiet(_ example: Case) {
        let record = RuleFixtures.record(example.text)
        #expect(!record.findings.contains { $0.code == example.rule })
    }

    /// The year before or after the act's is normal for a NOR (launch, publication).
    @Test func norOfTheNextYearIsNormal() {
        let record = RuleFixtures.record("000_66948a5937086540", editing: [("NOR : SFHZ2630140X", "NOR : SFHZ2730140X")])
        #expect(!record.findings.contains { $0.code == .norYearMismatch })
    }
}

struct FindingCatalogueTests {
    @Test(arguments: FindingCode.allCases)
    func everyCodeIsDocumented(_ code: FindingCode) {
        #expect(code.explanation != nil, "no explanation for \(code.rawValue)")
        #expect(!code.summary.isEmpty)
        // Stable ASCII codes: family, dot, kebab-case name.
        #expect(code.rawValue.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "." || $0 == "-") })
        #expect(code.rawValue.contains("."))
    }
}

/// Rules that the published corpus itself triggers, because the published texts are
/// inconsistent; each test says what is wrong in the text and shows the corrected text quiet.
struct PublishedInconsistencyTests {
    /// Seed 001 gives the DNUM's address as `79902 Paris Cedex 15`: 79 is Deux-Sèvres, not Paris.
    @Test func seed001PostalCodeContradictsParis() {
        let published = RuleFixtures.record("001_3dd1662a2dcbaa88")
        #expect(published.findings.filter { $0.code == .partyPostalCodeMismatch }.count == 1)
        let corrected = RuleFixtures.record("001_3dd1662a2dcbaa88", editing: [("79902 Paris", "75902 Paris")])
        #expect(!corrected.findings.contains { $0.code == .partyPostalCodeMismatch })
    }

    /// Seed 004's contacts name `Pierre PRIBILE`; its signature says `Pierre PRIBILLE`.
    @Test func seed004SignatoryNameSpelledTwoWays() {
        let published = RuleFixtures.record("004_bca018314a81e3b1")
        let raised = published.findings.filter { $0.code == .personNameVariant }
        #expect(raised.count == 1)
        #expect(raised.first?.message.contains("PRIBILE") == true)
        let corrected = RuleFixtures.record("004_bca018314a81e3b1", editing: [("Pierre PRIBILE ", "Pierre PRIBILLE ")])
        #expect(!corrected.findings.contains { $0.code == .personNameVariant })
    }

    @Test(arguments: [
        ("20 avenue de Ségur, 75007 PARIS", nil as String?),
        ("40 rue Gabriel Crié, 92240 MALAKOFF", nil),
        ("Fort de Bicêtre (BP7) 94272, Le Kremlin-Bicêtre", nil),
        ("20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07", nil),
        ("39-40 quai André Citroën, 79902 Paris Cedex 15", "79902"),
        ("1 place Bellecour, 75002 Lyon", "75002"),
    ])
    func postalCodes(_ address: String, _ flagged: String?) {
        var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: 0, encoding: .utf8))
        record.parties = [Party(role: .delegant, name: "X", acronym: nil, representative: nil, address: address,
                                span: RuleFixtures.span)]
        let raised = PostalCodeRule().findings(for: record)
        #expect(raised.count == (flagged == nil ? 0 : 1))
        if let flagged { #expect(raised.first?.message.contains(flagged) == true) }
    }
}
