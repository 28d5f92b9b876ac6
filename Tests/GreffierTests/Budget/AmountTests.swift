import Testing

@testable import Greffier

/// Amounts in every form the texts write them, to exact cents; and numbers that are not money.
@Suite struct AmountTests {
    typealias R = BudgetTestRun

    struct Case: Sendable, CustomTestStringConvertible {
        let text: String
        let cents: [Int64]
        init(_ text: String, _ cents: [Int64]) {
            self.text = text
            self.cents = cents
        }
        var testDescription: String { text.debugDescription }
    }

    static let money: [Case] = [
        .init("274 000,00 €", [R.euros(274_000)]),
        .init("138 000€", [R.euros(138_000)]),
        .init("185000 €", [R.euros(185_000)]),
        .init("1 068 044,02 €", [R.euros(1_068_044, cents: 2)]),
        .init("119 825,02 €", [R.euros(119_825, cents: 2)]),
        .init("à concurrence de 400\u{A0}000\u{A0}€.", [R.euros(400_000)]),
        .init("un cofinancement de 200\u{202F}000 €", [R.euros(200_000)]),
        .init("50 000 €", [R.euros(50_000)]),
        .init("0,50 €", [50]),
        .init("12,5 €", [1_250]),
        .init("1,5 M€", [R.euros(1_500_000)]),
        .init("1,5 M €", [R.euros(1_500_000)]),
        .init("1,125 M€", [R.euros(1_125_000)]),
        .init("3 250 k€", [R.euros(3_250_000)]),
        .init("3 250 K€", [R.euros(3_250_000)]),
        .init("2 Md€", [R.euros(2_000_000_000)]),
        .init("1 500 000 euros", [R.euros(1_500_000)]),
        .init("1 500 000 Euros", [R.euros(1_500_000)]),
        .init("1 euro", [100]),
        .init("1 500 000 EUR", [R.euros(1_500_000)]),
        .init("12 kEUR", [R.euros(12_000)]),
        .init("1,2 MEUR", [R.euros(1_200_000)]),
        .init("1,5 million d'euros", [R.euros(1_500_000)]),
        .init("3 millions d\u{2019}euros", [R.euros(3_000_000)]),
        .init("1.500.000 €", [R.euros(1_500_000)]),
        .init("1.500.000,50 €", [R.euros(1_500_000, cents: 50)]),
        // OCR: `€` read as `E` or `¬`.
        .init("185 000 E en AE", [R.euros(185_000)]),
        .init("274 000,00 E", [R.euros(274_000)]),
        .init("185000 ¬", [R.euros(185_000)]),
        // Two amounts on a line, a year before them (seed 003's row).
        .init("2025 185000 € 50 000 €", [R.euros(185_000), R.euros(50_000)]),
        .init("2017 : 296 210 € en AE et 48 105 € en CP ;", [R.euros(296_210), R.euros(48_105)]),
        .init("(400 000 €)", [R.euros(400_000)]),
        // A programme number before the amount is the programme's, not the amount's.
        .init("programme 204 150 000 €", [R.euros(150_000)]),
        .init("article 11 150 000 €", [R.euros(150_000)]),
    ]

    @Test(arguments: money)
    func readsMoney(testCase: Case) {
        #expect(R.amounts(testCase.text) == testCase.cents)
    }

    /// Numbers that are not money: years, programmes, codes, dates, page and phone numbers.
    static let notMoney: [String] = [
        "l'année 2026",
        "en 2025 et 2026",
        "programme 204 « Prévention »",
        "le programme 0204",
        "Domaine fonctionnel 0204-11-08",
        "Activité 020401011132",
        "Centre financier 0129-CAHC-DISN",
        "Code PAM 12-129-FA17-MS0-0001",
        "SGSIFAB075",
        "CP sur AE2025 (TTC)",
        "décret n° 2004-1085 du 14 octobre 2004",
        "Fait à Paris, le 14/04/2021",
        "page 3 sur 12",
        "Page 12",
        "tél. : 01 40 56 60 00",
        "Tél : 01 40 56 60 00 E-mail : x@y.fr",
        "appelez le 01 40 56 60 00 €",
        "2017 E",
        "article 3 E",
        "programme 204 €",
        "n° 12 €",
        "1,234 €",
        "75 334 PARIS Cedex 07",
        "la circulaire 5608/SG du 19 septembre 2012",
        "80 %",
        "1 jour par semaine",
        "E-mail",
    ]

    @Test(arguments: notMoney)
    func ignoresNumbersThatAreNotMoney(text: String) {
        #expect(R.amounts(text).isEmpty)
    }

    struct CellCase: Sendable, CustomTestStringConvertible {
        let text: String
        let cents: Int64?
        let marker: Bool
        let stray: Bool
        var testDescription: String { text.debugDescription }
    }

    /// A table cell: the marker is optional (the column says what it holds), `HT`/`TTC` may
    /// follow, a stray space a broken layout left inside the digits is joined (a repair).
    static let cells: [CellCase] = [
        .init(text: "274 000,00 €", cents: R.euros(274_000), marker: true, stray: false),
        .init(text: "  138 000€ ", cents: R.euros(138_000), marker: true, stray: false),
        .init(text: "138000", cents: R.euros(138_000), marker: false, stray: false),
        .init(text: "274 000,00 € TTC", cents: R.euros(274_000), marker: true, stray: false),
        .init(text: "274 000,00 (HT)", cents: R.euros(274_000), marker: false, stray: false),
        .init(text: "27 4 000,00 €", cents: R.euros(274_000), marker: true, stray: true),
        .init(text: "1 068 04 4,02 €", cents: R.euros(1_068_044, cents: 2), marker: true, stray: true),
        .init(text: "AQUASISE", cents: nil, marker: false, stray: false),
        .init(text: "2025 185000 €", cents: nil, marker: false, stray: false),
        .init(text: "01 40 56 60 00", cents: nil, marker: false, stray: false),
        .init(text: "185 000 € en AE", cents: nil, marker: false, stray: false),
    ]

    @Test(arguments: cells)
    func readsCells(testCase: CellCase) {
        let bytes = Array(testCase.text.utf8)
        let parsed = AmountParser.cell(bytes, from: 0, to: bytes.count)
        #expect(parsed?.amount.cents == testCase.cents)
        if let parsed {
            #expect(parsed.hasMarker == testCase.marker)
            #expect(parsed.joinedStraySpace == testCase.stray)
        }
    }

    /// The span of an amount covers its digits and its marker, no more.
    @Test func amountSpanCoversDigitsAndMarker() {
        let document = R.document("soit 1 068 044,02 € TTC")
        let found = MoneyScanner.amounts(document.bytes, from: 0, to: document.bytes.count)
        #expect(found.count == 1)
        if let amount = found.first {
            #expect(document.text(TextRange(amount.start, amount.end)) == "1 068 044,02 €")
        }
    }

    /// Far too many digits is no amount (and no overflow).
    @Test func hugeNumbersAreRejected() {
        #expect(R.amounts("123456789012345678901234567890 €").isEmpty)
    }

    @Test(arguments: [(Int64(106_804_402), "1068044.02"), (40_000_000, "400000"), (5, "0.05")])
    func jsonNumbersAreExact(cents: Int64, json: String) {
        #expect(Amount(cents: cents).jsonNumber == json)
    }
}
