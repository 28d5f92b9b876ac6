import Testing

@testable import Greffier

/// `ProgrammeCodeRule` and `NameVariantRule` against their former readings
/// (`Reference/ReferenceRecordRules.swift`): on the corpus and awkward inputs, and on made-up
/// records where programmes tie, repeat, or first names are equal strings spelled apart.
struct RecordPerfRuleTests {
    static let span = Span(start: 0, end: 1)

    static func code(_ kind: ChorusCode.Kind, _ value: String) -> ChorusCode {
        ChorusCode(kind: kind, value: value, span: span, raw: nil, holder: nil)
    }

    static func programme(_ number: String, stated: Bool = true) -> Programme {
        Programme(number: number, label: nil, span: stated ? span : nil)
    }

    @Test func sameFindingsOnCorpusAndAwkwardInputs() {
        var compared = 0
        var nameFindings = 0
        for input in AwkwardInputs.all {
            guard let (record, document, map) = RecordPerfValidatorTests.assembled(input) else { continue }
            let span = { (range: TextRange) in Span(start: map.originalOffset(range.start), end: map.originalOffset(range.end)) }
            let programmes = ProgrammeCodeRule().findings(for: record)
            #expect(programmes == ReferenceProgrammeCodeRule().findings(for: record))
            let names = NameVariantRule().findings(for: record, in: document, span: span)
            #expect(names == ReferenceNameVariantRule().findings(for: record, in: document, span: span))
            compared += 1
            nameFindings += names.count
        }
        #expect(compared > 100)
        #expect(nameFindings > 0)
    }

    /// Codes and stated programmes: none, one, several (listed sorted), repeated, a tie of
    /// codes, a majority, codes of kinds without a programme, a programme only implied.
    static let programmeCases: [(codes: [ChorusCode], programmes: [Programme])] = [
        ([], [programme("204")]),
        ([code(.centreFinancier, "0204-CDBU-DAGR")], []),
        ([code(.centreFinancier, "0204-CDBU-DAGR"), code(.activite, "012900000001")], [programme("204")]),
        ([code(.centreFinancier, "0204-CDBU-DAGR"), code(.domaineFonctionnel, "0129-05")],
         [programme("354"), programme("204"), programme("354"), programme("124")]),
        ([code(.centreFinancier, "0204-CDBU-DAGR"), code(.domaineFonctionnel, "0129-05")], []),
        ([code(.centreFinancier, "0204-CDBU-DAGR"), code(.domaineFonctionnel, "0129-05"), code(.activite, "020400000001")], []),
        ([code(.marche, "1234567890"), code(.centreDeCouts, "SGSIFAB075"), code(.domaineFonctionnel, "0129-05")],
         [programme("129", stated: false)]),
        ([code(.domaineFonctionnel, "0129-05"), code(.domaineFonctionnel, "0129-05"), code(.centreFinancier, "0333-ABCD-EFGH")],
         [programme("129", stated: false), programme("333")]),
        ([code(.activite, "1x2900000001"), code(.centreFinancier, "0٢04-CDBU-DAGR")], [programme("204")]),
    ]

    @Test(arguments: programmeCases.indices)
    func programmeRuleAsBefore(_ index: Int) {
        var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: 0, encoding: nil))
        record.chorus = Self.programmeCases[index].codes
        record.programmes = Self.programmeCases[index].programmes
        let found = ProgrammeCodeRule().findings(for: record)
        #expect(found == ReferenceProgrammeCodeRule().findings(for: record))
        // The corpus raises none: these do.
        if [2, 3, 5, 7].contains(index) { #expect(!found.isEmpty) }
    }

    /// Texts naming people whose first names the text writes before a near spelling, once, twice,
    /// composed and decomposed, or never.
    static let nameCases: [(text: String, names: [String])] = [
        ("Pierre PRIBILE écrit.\nPierre PRIBILLE\n", ["Pierre PRIBILLE"]),
        ("Pierre PRIBILE et Pierre PRIBILEE, Pierre PRIBILLE\n", ["Pierre PRIBILLE", "Pierre PRIBILE"]),
        ("Éric MARTINO puis E\u{301}ric MARTIN\n", ["E\u{301}ric MARTIN", "Éric MARTIN"]),
        ("Éric MARTINO puis E\u{301}ric MARTINE et Eric MARTIN\n", ["Éric MARTIN"]),
        ("Personne ici.\n", ["Pierre PRIBILLE", "Jean DUPONT"]),
        ("Jean DUPONTE, Anne DUPONT, Jean DUPONT\n", ["Anne DUPONTE", "Jean DUPONT", "Anne DUPONT"]),
    ]

    @Test(arguments: nameCases.indices)
    func nameRuleAsBefore(_ index: Int) {
        let (text, names) = Self.nameCases[index]
        var record = DocumentRecord(source: .init(path: "x", sha256: "", bytes: 0, encoding: nil))
        record.signatories = names.map { Signatory(name: $0, title: nil, party: nil, span: Self.span) }
        let document = Document(bytes: Array(text.utf8))
        let span = { (range: TextRange) in Span(start: range.start, end: range.end) }
        let found = NameVariantRule().findings(for: record, in: document, span: span)
        #expect(found == ReferenceNameVariantRule().findings(for: record, in: document, span: span))
        if index < 2 { #expect(!found.isEmpty) }
    }
}
