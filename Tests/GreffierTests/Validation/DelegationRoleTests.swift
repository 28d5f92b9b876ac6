import Testing

@testable import Greffier

/// The role findings (`party.role-unknown`, `party.missing-role`) are for délégations: a text
/// that never speaks of one (a convention de financement) has no délégant nor délégataire.
struct DelegationRoleTests {
    struct Mention: CustomTestStringConvertible, Sendable {
        let text: String
        let mentions: Bool
        var testDescription: String { text }
    }

    static let mentions: [Mention] = [
        .init(text: "Convention de délégation de gestion", mentions: true),
        .init(text: "CONVENTION DE DELEGATION DE GESTION", mentions: true),
        .init(text: "ci-après dénommé « le délégant »", mentions: true),
        .init(text: "les délégataires s'engagent", mentions: true),
        .init(text: "Vu le décret n° 2004-1085 du 14 octobre 2004", mentions: true),
        .init(text: "la Délégation au numérique en santé", mentions: true),
        // Spaced by the OCR, still the décret: in doubt the findings are kept.
        .init(text: "décret n° 2004 - 1085", mentions: true),
        // OCR damage read generously: in doubt the findings are kept.
        .init(text: "Convention de dé1égation de gestion", mentions: true),
        .init(text: "CONVENTION DE DÉIÉGATION DE GESTION", mentions: true),
        .init(text: "CONVENTION DE DÉ LÉGATION DE GESTION", mentions: true),
        .init(text: "Vu le décret no2004-1085 du 14 octobre 2004", mentions: true),
        .init(text: "Vu le décret n° 2004\u{2013}1085", mentions: true),
        // Look-alikes: not a delegation.
        .init(text: "le contrôle de légalité", mentions: false),
        .init(text: "Convention de financement du projet", mentions: false),
        .init(text: "le délégué général à l'emploi", mentions: false),
        .init(text: "Vu le décret n° 2004-10850", mentions: false),
        .init(text: "Vu le décret n° 12004-1085", mentions: false),
        .init(text: "", mentions: false),
    ]

    @Test(arguments: mentions)
    func findsAMentionOfADelegation(_ mention: Mention) {
        #expect(DelegationMention.isIn(Document(bytes: Array(mention.text.utf8))) == mention.mentions)
    }

    static let parties = """
        ENTRE

        La Direction interministérielle du numérique, ci-après désignée « DINUM »,

        ET

        L'Agence nationale du sport, ci-après désignée « ANS »,

        Il est convenu ce qui suit :

        Article 1er
        """

    private func roleCodes(_ text: String) -> [String] {
        TestRun.extract(text).findings.map(\.code.rawValue).filter { $0.hasPrefix("party.") }
    }

    @Test func aConventionDeFinancementGetsNoRoleFinding() {
        #expect(roleCodes("Convention de financement du projet « NAMe 2.0 »\n\n" + Self.parties).isEmpty)
    }

    @Test func aDelegationWithoutRolesGetsThemAll() {
        let codes = roleCodes("Convention de délégation de gestion\n\n" + Self.parties)
        #expect(codes == ["party.role-unknown", "party.role-unknown", "party.missing-role", "party.missing-role"])
    }

    @Test func aDelegationWithOneRoleMissesTheOther() {
        let text = "Convention\n\n" + Self.parties.replacingOccurrences(of: "« ANS »", with: "« le délégataire »")
        #expect(roleCodes(text) == ["party.role-unknown", "party.missing-role"])
    }
}
