import Testing

@testable import Greffier

/// `MoneyScanner.amount` rejects numbers no currency marker can follow before parsing them
/// (`mayHaveMarker`): it must answer exactly as the full reading, at every digit of every
/// corpus text, with limits cutting the number anywhere, and on made-up amounts.
@Suite struct MoneyMarkerShortcutTests {
    /// `MoneyScanner.amount` without the shortcut.
    static func reference(_ bytes: [UInt8], at offset: Int, limit: Int) -> AmountParser.Parsed? {
        guard MoneyScanner.startsNumber(bytes, at: offset, floor: 0),
            let parsed = AmountParser.prose(bytes, at: offset, limit: limit)
        else { return nil }
        guard MoneyScanner.followsLabelWord(bytes, before: offset) else { return parsed }
        guard let second = parsed.secondGroupStart else { return nil }
        return AmountParser.prose(bytes, at: second, limit: limit)
    }

    static func check(_ bytes: [UInt8], limits: (Int) -> [Int]) -> (checked: Int, found: Int) {
        var checked = 0
        var found = 0
        for offset in bytes.indices where ByteClass.isDigit(bytes[offset]) {
            for limit in limits(offset) where limit > offset && limit <= bytes.count {
                let fast = MoneyScanner.amount(bytes, at: offset, limit: limit)
                #expect(fast == reference(bytes, at: offset, limit: limit), "\(offset) \(limit)")
                checked += 1
                if fast != nil { found += 1 }
            }
        }
        return (checked, found)
    }

    @Test func agreesOnEveryCorpusDigit() {
        var checked = 0
        var found = 0
        for name in Hostile.corpusNames {
            let bytes = Hostile.corpusText(name)
            let result = Self.check(bytes) { offset in [bytes.count] + (1...14).map { offset + $0 } }
            checked += result.checked
            found += result.found
        }
        #expect(checked > 10000)
        #expect(found > 50)
    }

    static let made: [String] = [
        "12 €", "12€", "12  €", "12   €", "1 234,56 €", "1.234,56 €", "1 234 E", "12345 E", "12 E", "12 ¬",
        "12345 ¬", "3 k€", "3 K€", "3k€", "1,5 M€", "2 Md€", "2 Mds €", "12 keur", "12 KEUR", "12 MEUR", "12 EUR",
        "12 euros", "12 Euro", "2 millions d'euros", "2 milliards de euros", "3 milliers d'euros", "12 ans",
        "programme 204 150 000 €", "article 12 €", "n° 12 €", "le 14/04/2021", "01 40 56 60 00 €", "2025 185000 €",
        "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 €",
        "123456789012345 €", "1234567890123456 €", "1 234 567 890 123 456,12 €", "12,123456 €", "12,1234567 €",
        "12 .€", "12, €", "12 E-mail", "12 Européens", "12 mètres", "12 m", "12 e", "12\u{A0}€", "AE2025 12 €",
    ]

    @Test func agreesOnMadeUpAmounts() {
        var found = 0
        for text in Self.made {
            for prefix in ["", "soit ", "x", "programme "] {
                let bytes = Array((prefix + text + " fin").utf8)
                found += Self.check(bytes) { offset in [bytes.count] + (1...40).map { offset + $0 } }.found
            }
        }
        #expect(found > 100)
    }
}
