import Testing

@testable import Greffier

/// `PostalCodeRule.codeAndCity`, reading the words as stretches of bytes, gives what reading
/// them as strings gave (`Reference/Record2ReferencePostalCode.swift`): on made-up addresses
/// (codes cut, joined, too long, `Cedex` in any case or spelled with other letters, numbers
/// ending the city, marks joined to spaces), on the corpus records' addresses, and on the
/// awkward inputs' lines taken as addresses.
@Suite struct Record2PostalCodeTests {
    /// Compared byte for byte (`==` on strings is canonical equivalence).
    static func same(_ address: String) -> Bool {
        func bytes(_ read: (String, String)?) -> [[UInt8]]? { read.map { [Array($0.0.utf8), Array($0.1.utf8)] } }
        return bytes(PostalCodeRule.codeAndCity(address)) == bytes(Record2ReferencePostalCode.codeAndCity(address))
    }

    @Test(arguments: [
        "79902 Paris Cedex 15", "75 334 Paris cedex 07", "75334 PARIS", "12, rue X, 69003 Lyon", "69003", "69003 ",
        "69 003", "6 9003 Lyon", "690031 Lyon", "75 3345 Paris", "75,334,Paris", "94270 Le Kremlin-Bicêtre Cedex",
        "92 130 Issy-les-Moulineaux CEDEX 9", "75007 Paris ½ 3", "75007 Paris CÉDEX", "75007 Paris ce\u{301}dex",
        "75007 \u{212A}elvin", "75007 Paris\u{301} 7", "75007 \u{301}Paris", "75007  ,, Paris  Cedex",
        "75007 Paris \r\n Cedex", "75007\u{200D} Paris", "75007 ٣٤ Paris", "75007 Paris ٣٤ x", "", " ", ",",
        "75007", "1 rue de la Paix 75002 Paris 2e", "BP 12 33000 Bordeaux", "33 000 Bordeaux 33000 Pessac",
        "7500７ Paris", "75007 cedex", "75007 CeDeX Paris", "75007 Ｐaris",
    ])
    func sameAsTheWordsRead(address: String) {
        #expect(Self.same(address))
    }

    @Test func sameOnCorpusAndAwkwardInputs() {
        var compared = 0
        var found = 0
        for input in AwkwardInputs.all {
            let record = Greffier.extract(bytes: input, path: "x")
            for party in record.parties {
                guard let address = party.address else { continue }
                #expect(Self.same(address))
                if PostalCodeRule.codeAndCity(address) != nil { found += 1 }
                compared += 1
            }
            let text = String(decoding: input, as: UTF8.self)
            for line in text.split(whereSeparator: \.isNewline).prefix(200) {
                #expect(Self.same(String(line)))
                compared += 1
            }
        }
        #expect(compared > 1000)
        #expect(found > 10)
    }
}
