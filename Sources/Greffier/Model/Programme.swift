/// A budget programme of the State (`programme 204 « Prévention, sécurité sanitaire ... »`).
public struct Programme: Sendable, Equatable {
    /// Without leading zeros: `"204"`.
    public let number: String
    public let label: String?
    /// Where it is named; nil when it is only implied by the act's Chorus codes.
    public let span: Span?

    /// `0204` → `204`.
    static func canonicalNumber(_ digits: String) -> String {
        let trimmed = digits.drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : String(trimmed)
    }
}
