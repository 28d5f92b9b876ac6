/// `party.postal-code-mismatch`: an address whose postal code belongs to another département
/// than its city (seed 001: `79902 Paris Cedex 15`, a Deux-Sèvres code for Paris).
struct PostalCodeRule: ValidationRule {
    /// Cities of the addresses these texts give, with their département's code.
    static let departements: [String: String] = [
        "paris": "75", "lyon": "69", "marseille": "13", "toulouse": "31", "bordeaux": "33", "lille": "59",
        "nantes": "44", "strasbourg": "67", "rennes": "35", "metz": "57", "nancy": "54", "montpellier": "34",
        "malakoff": "92", "montrouge": "92", "boulogne-billancourt": "92", "issy-les-moulineaux": "92",
        "nanterre": "92", "la defense": "92", "saint-denis": "93", "montreuil": "93", "pantin": "93",
        "le kremlin-bicetre": "94", "ivry-sur-seine": "94", "vincennes": "94", "creteil": "94",
        "versailles": "78", "noisy-le-grand": "93", "marne-la-vallee": "77",
    ]

    func findings(for record: DocumentRecord) -> [Finding] {
        record.parties.compactMap { party -> Finding? in
            guard let address = party.address, let (code, city) = Self.codeAndCity(address),
                let expected = Self.departements[city], !code.hasPrefix(expected)
            else { return nil }
            return Finding(
                .partyPostalCodeMismatch,
                "l'adresse de « \(party.name) » donne le code postal \(code) pour « \(city) » (département \(expected))",
                span: party.span)
        }
    }

    /// The address cut at spaces and commas, as characters. When every scalar is below U+0300
    /// and none is a carriage return, each scalar is a character of its own (what joins
    /// scalars into one character — combining marks, joiners, CR LF, Hangul, emoji and flag
    /// sequences — lies above, or is CR LF): the scalars are cut instead, which is cheaper.
    static func words(_ address: String) -> [String] {
        if address.unicodeScalars.allSatisfy({ $0.value < 0x300 && $0 != "\r" }) {
            return address.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "," }).map { String($0) }
        }
        return address.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    }

    /// The first 5-digit postal code of an address and the city after it, folded
    /// (`79902 Paris Cedex 15` → `79902`, `paris`); also written with a space (`75 334`).
    static func codeAndCity(_ address: String) -> (String, String)? {
        let words = Self.words(address)
        for (index, word) in words.enumerated() {
            var code = word
            var next = index + 1
            if word.count == 2, next < words.count, words[next].count == 3, (word + words[next]).allSatisfy(\.isNumber) {
                code = word + words[next]
                next += 1
            }
            guard code.count == 5, code.allSatisfy({ $0.isASCII && $0.isNumber }), next < words.count else { continue }
            // The city runs to `Cedex` or the end: `Le Kremlin-Bicêtre`, `PARIS`.
            // Joined by hand: the generic `joined` on a prefix of a slice cost more.
            var city = ""
            for word in words[next...] {
                guard word.lowercased() != "cedex", !word.allSatisfy(\.isNumber) else { break }
                if !city.isEmpty { city += " " }
                city += word
            }
            let bytes = Array(city.utf8)
            return (code, Folding.fold(bytes, 0, bytes.count))
        }
        return nil
    }
}
