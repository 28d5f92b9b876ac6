/// A code of Chorus, the State's financial information system.
public struct ChorusCode: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Centre financier or unité opérationnelle (UO): `PPPP-BBBB-UUUU`.
        case centreFinancier
        /// `PPPP-AA` or `PPPP-AA-SS`.
        case domaineFonctionnel
        /// 12 characters beginning with the 4-digit programme.
        case activite
        /// `SGSIFAB075`, often ending with a département.
        case centreDeCouts
        /// `12-129-FA17-MS0-0001`.
        case codePAM
        /// `SOCBEXDO075`.
        case serviceExecutant
        /// `N1175`.
        case localisationInterministerielle
        /// A marché or engagement juridique number: 10 digits.
        case marche
    }

    public let kind: Kind
    public let value: String
    public let span: Span
    public let raw: String?
    /// The marché's holder (`titulaire NUMA`).
    public let holder: String?

    /// The budget programme the code belongs to (`"204"`), for the kinds that carry one.
    public var programme: String? {
        switch kind {
        case .centreFinancier, .domaineFonctionnel, .activite:
            let digits = value.prefix(4)
            guard digits.count == 4, digits.allSatisfy(\.isASCII), Int(digits) != nil else {
                return nil
            }
            return Programme.canonicalNumber(String(digits))
        default:
            return nil
        }
    }
}
