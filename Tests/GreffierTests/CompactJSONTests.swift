import Testing

@testable import Greffier

/// The batch output's compact JSON is written straight to bytes (`compactJSON`), not through
/// the `JSONValue` tree: it must be byte for byte the tree's `serialized()`, on corpus texts,
/// on damaged ones and on records made by hand to hold what JSON must escape.
@Suite struct CompactJSONTests {
    private static func expectSameBytes(_ record: DocumentRecord, _ label: String,
                                        sourceLocation: SourceLocation = #_sourceLocation)
    {
        let direct = record.compactJSON
        let tree = Array(record.json.serialized(pretty: false).utf8)
        let same = direct == tree
        // On failure, the text around the first difference rather than two arrays of bytes.
        let first = zip(direct, tree).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(direct.count, tree.count)
        func excerpt(_ bytes: [UInt8]) -> String {
            String(decoding: bytes[max(0, first - 40)..<min(bytes.count, first + 40)], as: UTF8.self)
        }
        #expect(same, "\(label): from byte \(first), direct \(excerpt(direct)) tree \(excerpt(tree))",
                sourceLocation: sourceLocation)
    }

    @Test func corpusTexts() {
        #expect(!Hostile.corpusNames.isEmpty)
        for name in Hostile.corpusNames {
            Self.expectSameBytes(Hostile.extract(Hostile.corpusText(name)), name)
        }
    }

    /// Bytes JSON escapes or that break decoding: quotes, backslashes, control characters,
    /// U+2028/U+2029 and their neighbours, invalid UTF-8, a lone lead byte, NUL.
    static let splices: [[UInt8]] = [
        Array("\"".utf8), Array("\\".utf8), [0x00], [0x01], [0x1F], [0x09], [0x0D], [0x0A, 0x0A],
        Array("\u{2028}".utf8), Array("\u{2029}".utf8), Array("\u{2027}\u{202A}".utf8), [0x7F],
        [0xFF], [0xE2], [0xE2, 0x80], Array("é € « »".utf8), Array(" \"Ministère\\de l'Intérieur\" ".utf8),
    ]

    /// Every corpus text spliced at a few places with each hostile sequence, and cut short
    /// (also inside a UTF-8 sequence).
    @Test func damagedCorpusTexts() {
        for name in Hostile.corpusNames {
            let text = Hostile.corpusText(name)
            guard !text.isEmpty else { continue }
            for (number, splice) in Self.splices.enumerated() {
                var damaged = text
                // Positions spread over the text, different for each splice.
                for step in stride(from: 4, through: 1, by: -1) {
                    let position = (text.count * step / 5 + number * 37) % damaged.count
                    damaged.insert(contentsOf: splice, at: position)
                }
                Self.expectSameBytes(Hostile.extract(damaged), "\(name) splice \(number)")
            }
            for cut in [1, 3, text.count / 3, text.count / 2 + 1, text.count - 1] where cut > 0 && cut < text.count {
                Self.expectSameBytes(Hostile.extract(Array(text[..<cut])), "\(name) cut at \(cut)")
            }
        }
    }

    @Test func unreadableAndTooLargeInputs() {
        Self.expectSameBytes(Greffier.unreadable(path: "a \"b\"\\c\u{1}.txt", code: .inputUnreadable, message: "no\nway"),
                             "unreadable")
        Self.expectSameBytes(Greffier.tooLarge(path: "big.txt", bytes: Int.max, limit: 0), "too large")
        Self.expectSameBytes(Hostile.extract([]), "empty input")
    }

    static let hostileTexts = [
        "", "plain", "a\"b", "back\\slash", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}\u{7F}",
        "sep\u{2028}para\u{2029}", "\u{2027}\u{202A}", "Activité « 204 » 185 000 €", "/slash", "😀 𝔘",
    ]

    /// Every field filled, with strings to escape and extreme numbers.
    static func fullRecord(_ text: String, _ number: Int) -> DocumentRecord {
        let span = Span(start: number, end: number == Int.min ? Int.max : -number)
        let date = CalendarDate(year: 1000 + abs(number % 9000), month: 12, day: 31)
        var record = DocumentRecord(source: .init(path: text, sha256: text + text, bytes: number, encoding: .windows1252))
        record.kind = .avenant
        record.title = text
        record.date = date
        record.nor = NOR(value: "INTA2400123A", span: span, raw: text)
        record.reference = text
        record.parties = [
            Party(role: .delegant, name: text, acronym: text, representative: .init(name: text, title: nil),
                  address: nil, span: span),
            Party(role: .partie, name: "", acronym: nil, representative: nil, address: text, span: span),
        ]
        record.signature = Signature(date: nil, place: text, span: span)
        record.signatories = [Signatory(name: text, title: nil, party: text, span: span)]
        record.period = Period(start: date, startsOn: .lastSignature, end: nil, extendableUntil: date)
        record.legalReferences = [LegalReference(type: .decret, number: text, date: date, span: span)]
        record.programmes = [Programme(number: text, label: nil, span: nil), Programme(number: "0", label: text, span: span)]
        record.chorus = [
            ChorusCode(kind: .centreFinancier, value: text, span: span, raw: text, holder: text),
            ChorusCode(kind: .marche, value: text, span: span, raw: nil, holder: nil),
        ]
        let cents: [Amount?] = [Amount(cents: Int64.min), Amount(cents: Int64.max), Amount(cents: -5), Amount(cents: 0),
                                nil, Amount(cents: 110), Amount(cents: 123_456_789_012)]
        record.budget = Budget(ceiling: Amount(cents: Int64(number % 1_000_000)), tables: [
            BudgetTable(title: text, columns: [.init(header: text, measure: .aeCp, year: number), .init(header: "", measure: nil, year: nil)],
                        rows: [.init(label: text, group: nil, isTotal: true, cells: cents),
                               .init(label: "", group: text, isTotal: false, cells: [])],
                        span: span),
            BudgetTable(title: nil, columns: [], rows: [], span: span),
        ])
        record.findings = [Finding(.inputBinary, text, span: nil), Finding(.inputTooLarge, text, span: span)]
        record.repairs = [Repair(span: span, raw: text, value: text, rule: .dateOCR)]
        return record
    }

    @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 12_345, -987_654_321, Int.max, Int.min, Int(Int32.max) + 1])
    func handMadeRecords(number: Int) {
        for (position, text) in Self.hostileTexts.enumerated() {
            Self.expectSameBytes(Self.fullRecord(text, number), "text \(position), number \(number)")
        }
        // Nothing but the source: empty arrays and nulls everywhere.
        Self.expectSameBytes(DocumentRecord(source: .init(path: "", sha256: "", bytes: number, encoding: nil)),
                             "empty record, number \(number)")
    }
}
