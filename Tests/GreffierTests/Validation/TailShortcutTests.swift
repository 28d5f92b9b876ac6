import Testing

@testable import Greffier

/// The byte-level readings of the assembly and validation stage give what the readings on
/// characters they stand in for gave: the former code is kept here as the reference, and both
/// are compared on every value the corpus records hold and on awkward made-up ones.
@Suite struct TailShortcutTests {
    private static let records: [DocumentRecord] = Hostile.corpusNames.map { Hostile.extract(Hostile.corpusText($0)) }

    // MARK: Amount.frenchText

    private static func referenceFrenchText(_ amount: Amount) -> String {
        let magnitude = amount.cents.magnitude
        var euros = String(magnitude / 100)
        var grouped = ""
        while euros.count > 3 {
            grouped = " " + euros.suffix(3) + grouped
            euros = String(euros.dropLast(3))
        }
        let rest = magnitude % 100
        return (amount.cents < 0 ? "-" : "") + euros + grouped + "," + (rest < 10 ? "0" : "") + String(rest) + " €"
    }

    @Test func frenchTextAsBefore() {
        var cents: [Int64] = [0, 1, 9, 10, 99, 100, 101, 999, 1_000, 99_999, 100_000, 100_001, 123_456_789,
                              99_999_999, 100_000_000, 106_804_402, .max, .min, .max - 1, .min + 1]
        var power: Int64 = 1
        for _ in 0..<18 { cents += [power, power - 1, power + 1, -power, -(power - 1)]; power *= 10 }
        for record in Self.records {
            for table in record.budget.tables { for row in table.rows { cents += row.cells.compactMap { $0?.cents } } }
            if let ceiling = record.budget.ceiling { cents.append(ceiling.cents) }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { cents.append(Int64.random(in: .min ... .max, using: &generator)) }
        for value in cents {
            let amount = Amount(cents: value)
            #expect(amount.frenchText == Self.referenceFrenchText(amount), "\(value)")
        }
    }

    // MARK: ChorusCode.programme

    private static func referenceProgramme(_ value: String) -> String? {
        let digits = value.prefix(4)
        guard digits.count == 4, digits.allSatisfy(\.isASCII), Int(digits) != nil else { return nil }
        return Programme.canonicalNumber(String(digits))
    }

    @Test func programmeAsBefore() {
        var values = ["0204-CDBU-DR75", "0204", "204", "0000-AAAA-BBBB", "0000", "0001", "1000-01", "02041",
                      "0204\u{301}-CDBU", "020\u{301}4-X", "0204é", "0204\r\n", "+204-CDBU", "-204-CDBU", "+020",
                      "02a4", "", "0", "١٢٣٤-AAAA", "０２０４", "0204 ", "0204\u{200D}", "\u{301}0204", "9999999999"]
        for record in Self.records { values += record.chorus.map(\.value) }
        for value in values {
            for kind in ChorusCode.Kind.allCases {
                let code = ChorusCode(kind: kind, value: value, span: Span(start: 0, end: 0), raw: nil, holder: nil)
                let expected: String? = switch kind {
                case .centreFinancier, .domaineFonctionnel, .activite: Self.referenceProgramme(value)
                default: nil
                }
                #expect(code.programme == expected, "\(kind) \(value.debugDescription)")
            }
        }
    }

    // MARK: FirstNames.asciiSpelling

    private static func referenceASCIISpelling(_ name: String) -> String? {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return name }
        var spelled = ""
        for character in name {
            guard let equal = (0x20...0x7E).lazy.map({ Character(Unicode.Scalar(UInt8($0))) }).first(where: { $0 == character })
            else { return nil }
            spelled.append(equal)
        }
        return spelled == name ? spelled : nil
    }

    @Test func asciiSpellingAsBefore() {
        var names = ["Karl", "\u{212A}arl", "Éric", "E\u{301}ric", "Hélène", "Zoë", "Ω", "", "Jean\u{212A}",
                     "\u{212A}\u{301}arl", "\u{212A}ar\tl", "\u{212A}ar\u{7F}", "\u{212A}a\r\nl", "\u{212A};\u{37E}",
                     "\u{1FEF}`", "\u{212A}~ ", "\u{212A}\u{1F}"]
        for record in Self.records {
            for name in record.signatories.map(\.name) + record.parties.compactMap({ $0.representative?.name }) {
                names += [name] + name.split(separator: " ").map(String.init)
            }
        }
        for name in names {
            #expect(FirstNames.asciiSpelling(name) == Self.referenceASCIISpelling(name), "\(name.debugDescription)")
        }
    }
}

/// `KeyPositions` finds a key exactly when a dictionary of first positions would, on either side
/// of its linear limit.
@Suite struct KeyPositionsTests {
    @Test(arguments: [0, 1, 5, 16, 17, 40, 500])
    func sameAsADictionary(distinct: Int) {
        var generator = SystemRandomNumberGenerator()
        var positions = KeyPositions<String>()
        var reference: [String: Int] = [:]
        var order: [String] = []
        for _ in 0..<(distinct * 3 + 5) {
            let key = distinct == 0 ? "" : "k\(Int.random(in: 0..<distinct, using: &generator))"
            #expect(positions.position(of: key) == reference[key], "\(key)")
            if reference[key] == nil {
                reference[key] = order.count
                order.append(key)
                #expect(positions.append(key) == reference[key])
            }
        }
        #expect(positions.keys == order)
        // Canonically equivalent strings are one key, as in a dictionary.
        var accents = KeyPositions<String>()
        accents.append("\u{E9}")
        #expect(accents.position(of: "e\u{301}") == 0)
    }
}

/// Numbers as JSON text: integers as `String` prints them; amounts as their cents divided out.
@Suite struct JSONNumberTextTests {
    @Test func integersAsStringPrintsThem() {
        var values: [Int] = [0, 1, 9, 10, 11, 99, 100, 12_345, .max, .min, .max - 1, .min + 1]
        var power = 1
        for _ in 0..<18 { values += [power, power - 1, power + 1, -power, -(power - 1)]; power *= 10 }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(Int.random(in: .min ... .max, using: &generator)) }
        for value in values {
            var bytes: [UInt8] = [0x41]
            JSONNumberText.write(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "A" + String(value))
        }
    }

    @Test func amountsAsTheirCents() {
        var values: [Int64] = [0, 1, 5, 10, 50, 99, 100, 101, 110, 12_345, .max, .min, -1, -10, -105]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 { values.append(Int64.random(in: .min ... .max, using: &generator)) }
        for cents in values {
            let magnitude = cents.magnitude
            var expected = (cents < 0 ? "-" : "") + String(magnitude / 100)
            let rest = magnitude % 100
            if rest != 0 { expected += "." + (rest < 10 ? "0" : "") + String(rest % 10 == 0 ? rest / 10 : rest) }
            #expect(Amount(cents: cents).jsonNumber == expected, "\(cents)")
        }
    }
}

/// The schedule's test on a table's two measures is the set comparison it replaced, on every
/// pair (none included).
@Suite struct ScheduleMeasuresTests {
    @Test func everyPairAsTheSetComparison() {
        let all: [BudgetTable.Column.Measure?] = [nil, .ae, .cp, .aeCp, .total]
        for first in all {
            for second in all {
                let measures = [first, second]
                let table = RuleFixtures.table(measures, rows: [("2024", false, [Amount(cents: 100), Amount(cents: 200)])])
                let expected = Set(measures.compactMap { $0 }) == [.ae, .cp]
                #expect((Schedule(Budget(tables: [table])) != nil) == expected, "\(measures)")
            }
        }
    }
}

/// The postal code rule cuts addresses on scalars when that gives the characters' cut; its
/// reading is the one on characters it replaced, on every corpus address and made-up ones.
@Suite struct PostalCodeReadingTests {
    private static func referenceCodeAndCity(_ address: String) -> (String, String)? {
        let words = address.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        for (index, word) in words.enumerated() {
            var code = word
            var next = index + 1
            if word.count == 2, next < words.count, words[next].count == 3, (word + words[next]).allSatisfy(\.isNumber) {
                code = word + words[next]
                next += 1
            }
            guard code.count == 5, code.allSatisfy({ $0.isASCII && $0.isNumber }), next < words.count else { continue }
            let city = words[next...].prefix { $0.lowercased() != "cedex" && !$0.allSatisfy(\.isNumber) }
                .joined(separator: " ")
            let bytes = Array(city.utf8)
            return (code, Folding.fold(bytes, 0, bytes.count))
        }
        return nil
    }

    @Test func sameAsTheCharacterReading() {
        var addresses = [
            "40 rue Gabriel Crié, 92240 MALAKOFF", "39-40 quai André Citroën, 79902 Paris Cedex 15",
            "20 avenue de Ségur – TSA 30 719 75 334 PARIS Cedex 07", "Fort de Bicêtre (BP7) 94272, Le Kremlin-Bicêtre",
            "75 334 PARIS", "75007 Paris,, Cedex", "", " , ", "75007", "75007 PARIS\r\n", "75007\r\nPARIS",
            "75007 Pa\u{301}ris", "7500\u{301}7 PARIS", "75 \u{301}334 PARIS", "75007 ,\u{301} PARIS", "²5 334 Paris",
            "75 3³4 Paris", "½5007 Paris", "75007 Le Kremlin-Bicêtre 12", "75007 Saint-Denis ½", "75007 CEDEX",
            "75007 İle", "75007 ©\u{200D}® Paris", "75007 \u{7F}Paris\u{85}", "١٢٣٤٥ Paris", "75007\u{A0}Paris",
            "75007 Paris\u{0}Lyon", "12 34 567 89012 Lyon",
            // Read on the bytes: non-ASCII digits and numbers, capitals, a Kelvin sign, codes cut.
            "75 ٣٣٤ Paris", "75007 CEDE\u{212A}", "７５００７ Paris", "75007 Paris ¹²", "75 334 cedex", "75 334 CeDeX 5",
            "75007 Paris Ⅻ", "750 07 Paris", "7 5007 Paris", "75,334,Lyon", "75007,Lyon,CEDEX", "123456 Paris 75007 Lyon",
            "75 33 Paris", "75 3344 Paris", "75 334", "75 334 ", "ab 334 Paris", "75 3a4 Paris", "75007 é",
            // Cut on the bytes beside punctuation and U+FFFD, left to the characters beside marks.
            "20 rue de l’Église, 75007 Paris", "Ségur – TSA 30719,75334 PARIS", "75007\u{FFFD} Paris", "\u{FFFD},\u{FFFD} 75007",
            "75007 ,\u{200D}Paris", "75007\u{600} Paris", "75007 \u{903}Paris", "a\r\n, 75007 Paris", "75007 Paris\r\n,",
            "…, 75007 « Paris »", "75007 Paris\u{2028},Lyon", "75007 \u{1F3FD} Paris", "漢, 75007 字", "\u{FFFD}\u{301}, 75007",
        ]
        for name in Hostile.corpusNames {
            addresses += Hostile.extract(Hostile.corpusText(name)).parties.compactMap(\.address)
        }
        for address in addresses {
            #expect(PostalCodeRule.words(address) == address.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init),
                    "\(address.debugDescription)")
            let new = PostalCodeRule.codeAndCity(address)
            let old = Self.referenceCodeAndCity(address)
            #expect(new?.0 == old?.0 && new?.1 == old?.1, "\(address.debugDescription)")
        }
    }
}
