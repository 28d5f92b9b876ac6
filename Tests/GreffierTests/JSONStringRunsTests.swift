import Testing
@testable import Greffier

/// `JSONValue.writeString` finds its plain runs sixteen bytes at a time: each byte that needs an
/// escape (or starts U+2028/U+2029) is put at every place of strings up to 40 bytes long, around
/// the sixteen-byte turns, and the output compared with an escape written byte by byte.
@Suite struct JSONStringRunsTests {
    static let stops: [String] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "é", "\u{7F}", " "]

    @Test(arguments: stops)
    func everyPlaceMatchesTheByteReading(stop: String) {
        for length in 0...40 {
            for place in 0...length {
                let text = String(repeating: "a", count: place) + stop + String(repeating: "b", count: length - place)
                var written: [UInt8] = []
                JSONValue.writeString(text, to: &written)
                #expect(written == Self.referenceEscape(text), "length \(length), place \(place)")
            }
        }
    }

    @Test func twoStopsInOneTurn() {
        let text = String(repeating: "x", count: 17) + "\"\u{2028}" + String(repeating: "y", count: 13) + "\\"
        var written: [UInt8] = []
        JSONValue.writeString(text, to: &written)
        #expect(written == Self.referenceEscape(text))
        #expect(String(decoding: written, as: UTF8.self).contains("\\u2028"))
    }

    /// The escape as the contract states it, one scalar at a time.
    static func referenceEscape(_ text: String) -> [UInt8] {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20:
                out += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return Array((out + "\"").utf8)
    }
}
