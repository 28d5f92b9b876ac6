/// A text the act cites: `décret n° 2004-1085 du 14 octobre 2004`.
public struct LegalReference: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case decret, arrete, loi, circulaire, instruction
    }
    public let type: Kind
    public let number: String?
    public let date: CalendarDate?
    public let span: Span
}
