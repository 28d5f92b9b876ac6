@testable import Greffier

/// Line-level helpers for the party tests (recognizers run through `TestRun.recognize`).
enum PartyTestSupport {
    /// The first line of `text` as a `TokenLine`, for line-level helpers.
    static func line(_ text: String) -> (Document, TokenLine?) {
        let document = Document(bytes: Array(text.utf8))
        return (document, TokenLines.lines(document, from: 0, to: document.tokens.count).first)
    }
}

/// What a test expects of one party.
struct ExpectedParty: Sendable, Equatable, CustomStringConvertible {
    var role: Party.Role
    var name: String
    var acronym: String? = nil
    var representative: String? = nil
    var title: String? = nil
    var address: String? = nil

    init(_ role: Party.Role, _ name: String, acronym: String? = nil, representative: String? = nil,
         title: String? = nil, address: String? = nil) {
        self.role = role
        self.name = name
        self.acronym = acronym
        self.representative = representative
        self.title = title
        self.address = address
    }

    init(_ finding: PartyFinding) {
        self.init(finding.role, finding.name, acronym: finding.acronym, representative: finding.representative?.name,
                  title: finding.representative?.title, address: finding.address)
    }

    var description: String {
        "\(role.rawValue) \(name) (\(acronym ?? "-")) rep: \(representative ?? "-") / \(title ?? "-") @ \(address ?? "-")"
    }
}
