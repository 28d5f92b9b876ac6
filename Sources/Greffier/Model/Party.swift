/// A party to the act: the délégant, a délégataire, or another party.
public struct Party: Sendable, Equatable {
    public enum Role: String, Sendable {
        case delegant, delegataire, partie
    }
    public struct Representative: Sendable, Equatable {
        public let name: String?
        public let title: String?
    }
    public let role: Role
    public let name: String
    public let acronym: String?
    public let representative: Representative?
    public let address: String?
    public let span: Span
}

/// Where and when the act was signed (`Fait à Paris, le 14/04/2021`).
public struct Signature: Sendable, Equatable {
    public let date: CalendarDate?
    public let place: String?
    public let span: Span
}

/// A person who signs the act, for a party.
public struct Signatory: Sendable, Equatable {
    public let name: String
    public let title: String?
    public let party: String?
    public let span: Span
}

/// When the act applies.
public struct Period: Sendable, Equatable {
    public enum StartCondition: String, Sendable {
        case signature, lastSignature
    }
    public let start: CalendarDate?
    public let startsOn: StartCondition?
    public let end: CalendarDate?
    public let extendableUntil: CalendarDate?
}
