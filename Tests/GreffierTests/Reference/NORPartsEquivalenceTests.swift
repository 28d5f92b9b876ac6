import Testing

@testable import Greffier

/// `NOR.writeParts` cuts a NOR's value on its bytes; the former field list cut it through the
/// properties (`ministry` ... `nature`, as Characters). Both must give the same JSON for any
/// value: the NOR's shape, near misses, non-ASCII, control bytes, empty and long values.
@Suite struct NORPartsEquivalenceTests {
    /// The NOR's object as the former `NOR.write` wrote it, from the properties.
    static func reference(_ nor: NOR) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("value", .string(nor.value)), ("ministry", .string(nor.ministry)), ("service", .string(nor.service)),
            ("year", .int(nor.year)), ("sequence", .string(nor.sequence)), ("nature", .string(nor.nature)),
            ("span", .array([.int(nor.span.start), .int(nor.span.end)])),
        ]
        if let raw = nor.raw { members.append(("raw", .string(raw))) }
        return .object(members)
    }

    static let values: [String] = [
        "INTA2400123A", "MENE8012345D", "ECOB7999999X", "AAAA0000000A", "TREB0012345C",
        // Near misses: lowercase, digits where letters go, letters where the year goes.
        "inta2400123a", "1234567890AB", "INTAX400123A", "INTA2X00123A", "INTA24001234",
        // Not twelve bytes, or not ASCII: the properties' path.
        "", "I", "INTA2400123", "INTA2400123AB", "ÉNTA2400123A", "INTA2400123É", "INTA24\u{301}00123",
        "INT\"2400123A", "INT\\2400123A", "INT\r\n400123A", "INTA\t400123A", "INTA+500123A", "INTA-100123A",
        "\u{0}NTA2400123A", "INTA2400123\u{2028}", String(repeating: "INTA2400123A", count: 40),
    ]

    @Test(arguments: values)
    func sameJSONBothWays(value: String) {
        for raw in [nil, "INTA24OO123A", "\"lu\"\n"] as [String?] {
            let nor = NOR(value: value, span: Span(start: 3, end: 15), raw: raw)
            let expected = Self.reference(nor)
            var builder = JSONTreeBuilder()
            nor.write(to: &builder)
            #expect(builder.value == expected, "\(value)")
            var writer = JSONBytesWriter(capacity: 1)
            nor.write(to: &writer)
            #expect(writer.finish() == Array(expected.serialized(pretty: false).utf8), "\(value)")
        }
    }

    /// Every NOR-shaped value of each year, both centuries' boundary included.
    @Test func everyYear() {
        for year in 0..<100 {
            let digits = year < 10 ? "0\(year)" : "\(year)"
            let nor = NOR(value: "INTA\(digits)00123A", span: Span(start: 0, end: 12), raw: nil)
            var writer = JSONBytesWriter(capacity: 64)
            nor.write(to: &writer)
            #expect(writer.finish() == Array(Self.reference(nor).serialized(pretty: false).utf8), "\(digits)")
        }
    }
}
