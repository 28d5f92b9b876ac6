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
            if let number = Self.leadingProgramme(value.utf8) { return number }
            let digits = value.prefix(4)
            guard digits.count == 4, digits.allSatisfy(\.isASCII), Int(digits) != nil else {
                return nil
            }
            return Programme.canonicalNumber(String(digits))
        default:
            return nil
        }
    }

    /// The programme of a value opening with four ASCII digits followed by an ASCII byte or
    /// nothing, read on its bytes: those digits are then its first four characters (only a
    /// non-ASCII scalar could join a digit's character), as the reading above takes them.
    /// Nil for any other value, which that reading then handles.
    static func leadingProgramme(_ utf8: String.UTF8View) -> String? {
        // Four digits without their leading zeros are the number they write: `0204` → `204`.
        var number = 0
        var count = 0
        for byte in utf8 {
            if count == 4 {
                if byte >= 0x80 { return nil }
                break
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
            count += 1
        }
        return count == 4 ? String(number) : nil
    }
}
