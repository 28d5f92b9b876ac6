import Testing
@testable import Greffier

@Suite struct JSONValueTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("a\"b", #""a\"b""#),
        ("back\\slash", #""back\\slash""#),
        ("line\nbreak", #""line\nbreak""#),
        ("cr\rtab\t", #""cr\rtab\t""#),
        ("\u{01}\u{1F}", #""\u0001\u001f""#),
        ("sep\u{2028}para\u{2029}", #""sep\u2028para\u2029""#),
        // Their neighbours share their first UTF-8 bytes and are not escaped; nor is DEL.
        ("\u{2027}\u{202A}\u{2028}\u{7F}", "\"\u{2027}\u{202A}\\u2028\u{7F}\""),
        // Non-ASCII text is written as is, not escaped.
        ("Activité « 204 » 185 000 €", #""Activité « 204 » 185 000 €""#),
        ("/slash", #""/slash""#),
        ("", #""""#),
    ])
    func stringEscaping(text: String, json: String) {
        #expect(JSONValue.string(text).serialized() == json)
        var written = ""
        JSONValue.writeString(text, to: &written)
        #expect(written == json)
    }

    static let sample: JSONValue = .object([
        ("z", .int(1)),
        ("a", .array([.bool(true), .null, .string("x")])),
        ("empty", .array([])),
        ("nested", .object([("n", .number("1068044.02"))])),
        ("none", .object([])),
    ])

    @Test func compactKeepsKeyOrderOnOneLine() {
        #expect(Self.sample.serialized()
            == #"{"z":1,"a":[true,null,"x"],"empty":[],"nested":{"n":1068044.02},"none":{}}"#)
    }

    @Test func prettyIndentsWithTwoSpaces() {
        let expected = """
            {
              "z": 1,
              "a": [
                true,
                null,
                "x"
              ],
              "empty": [],
              "nested": {
                "n": 1068044.02
              },
              "none": {}
            }
            """
        #expect(Self.sample.serialized(pretty: true) == expected)
    }

    @Test(arguments: [
        (JSONValue.null, "null"), (.bool(false), "false"), (.number("-0.05"), "-0.05"),
        (.array([]), "[]"), (.object([]), "{}"),
    ])
    func scalarsAndEmptyContainers(value: JSONValue, json: String) {
        #expect(value.serialized() == json)
        #expect(value.serialized(pretty: true) == json)
    }

    /// Object equality is ordered: the contract fixes the key order.
    @Test func objectsWithOtherKeyOrderDiffer() {
        let ab = JSONValue.object([("a", .null), ("b", .null)])
        let ba = JSONValue.object([("b", .null), ("a", .null)])
        #expect(ab != ba)
        #expect(ab == .object([("a", .null), ("b", .null)]))
        #expect(JSONValue.number("1") != .string("1"))
    }

    @Test(arguments: [
        (Int64(106804402), "1068044.02"),
        (5, "0.05"),
        (50, "0.5"),
        (40000000, "400000"),
        (0, "0"),
        (100, "1"),
        (110, "1.1"),
        (-5, "-0.05"),
        (-106804402, "-1068044.02"),
        (-40000000, "-400000"),
        // Beyond a Double's 2^53: exact all the same.
        (9_007_199_254_740_993, "90071992547409.93"),
        (Int64.min, "-92233720368547758.08"),
    ])
    func amountJSONNumberIsExact(cents: Int64, json: String) {
        #expect(Amount(cents: cents).jsonNumber == json)
    }
}
