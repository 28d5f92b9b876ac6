import Testing

@testable import Greffier

/// `JSONBytesWriter` writes into a buffer of its own, making room once per event: each event's
/// bytes are compared with the array writers it replaced (`JSONValue.writeString`,
/// `JSONNumberText`, `CalendarDate.writeISO`), after a value (a comma first) and from a buffer
/// far smaller than what is written, so that every growth path is taken.
@Suite struct JSONBytesWriterTests {
    /// The writer's bytes for `body` written as the second element of an array, and the
    /// expected bytes for the same array from `expected`.
    private static func compare(
        _ body: (inout JSONBytesWriter) -> Void, _ expected: (inout [UInt8]) -> Void,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var writer = JSONBytesWriter(capacity: 1)
        writer.beginArray()
        writer.null()
        body(&writer)
        writer.endArray()
        var reference = Array("[null,".utf8)
        expected(&reference)
        reference.append(UInt8(ascii: "]"))
        let written = writer.finish()
        #expect(written == reference, "\(String(decoding: written, as: UTF8.self))", sourceLocation: sourceLocation)
    }

    @Test(arguments: JSONStringRunsTests.stops)
    func stringsAtEveryPlace(stop: String) {
        for length in 0...40 {
            for place in 0...length {
                let text = String(repeating: "a", count: place) + stop + String(repeating: "b", count: length - place)
                Self.compare({ $0.string(text) }, { JSONValue.writeString(text, to: &$0) })
            }
        }
    }

    /// Strings made only of escapes write up to six times their length: the room made at the
    /// start is not enough, at any length.
    @Test(arguments: ["\u{1}", "\"", "\n", "\u{2028}", "é\u{1F}", "a\u{2029}\\"])
    func stringsOfEscapesGrowTheBuffer(unit: String) {
        for count in [1, 2, 7, 10, 11, 63, 64, 65, 500, 5_000] {
            let text = String(repeating: unit, count: count)
            Self.compare({ $0.string(text) }, { JSONValue.writeString(text, to: &$0) })
        }
    }

    /// A string that is not stored as UTF-8 (bridged, or a substring's copy) is read as well.
    @Test func stringsOfEveryKind() {
        let texts = ["", "plain", String(repeating: "long plain text ", count: 100), "Ministère « x »",
                     String("a\u{0}b\u{7F}c".reversed()), String(Substring("xx\"yy").dropFirst())]
        for text in texts {
            Self.compare({ $0.string(text) }, { JSONValue.writeString(text, to: &$0) })
        }
    }

    @Test func integers() {
        var values: [Int] = [0, 1, 9, 10, 11, 99, 100, 12_345, .max, .min, .max - 1, .min + 1]
        var power = 1
        for _ in 0..<18 { values += [power, power - 1, power + 1, -power, -(power - 1)]; power *= 10 }
        // Every number of one to five digits (the digits go two at a time, the first alone
        // or with another).
        values += Array(0...100_000) + (0...100_000).map { -$0 }
        for value in values {
            Self.compare({ $0.int(value) }, { JSONNumberText.write(value, to: &$0) })
        }
    }

    /// `span` writes in one call what an array of two integers wrote in four events.
    @Test(arguments: [0, 1, -1, 9, 10, 99, 100, 12_345, 99_999_999, Int.max, Int.min])
    func spans(start: Int) {
        for end in [0, 1, 10, 12_346, 1 << 40, -7, Int.max, Int.min] {
            Self.compare({ $0.span(start, end) }, { bytes in
                bytes.append(UInt8(ascii: "["))
                JSONNumberText.write(start, to: &bytes)
                bytes.append(UInt8(ascii: ","))
                JSONNumberText.write(end, to: &bytes)
                bytes.append(UInt8(ascii: "]"))
            })
        }
    }

    @Test func amounts() {
        var values: [Int64] = [0, 1, 5, 10, 50, 99, 100, 101, 110, 12_345, .max, .min, -1, -10, -105]
        var power: Int64 = 1
        for _ in 0..<18 { values += [power, power - 1, power + 1, -power, -(power - 1)]; power *= 10 }
        for cents in values {
            Self.compare({ $0.amount(Amount(cents: cents)) }, { JSONNumberText.write(Amount(cents: cents), to: &$0) })
        }
    }

    @Test func datesAndScalars() {
        let dates = [CalendarDate(year: 1000, month: 1, day: 1), CalendarDate(year: 2024, month: 12, day: 31),
                     CalendarDate(year: 9999, month: 9, day: 9)].compactMap { $0 }
        #expect(dates.count == 3)
        for date in dates {
            Self.compare({ $0.date(date) }, {
                $0.append(UInt8(ascii: "\""))
                date.writeISO(to: &$0)
                $0.append(UInt8(ascii: "\""))
            })
        }
        Self.compare({ $0.bool(true); $0.bool(false); $0.null() }, { $0 += Array("true,false,null".utf8) })
        // `description` writes the bytes `writeISO` appends, for every day of some years.
        for year in [1000, 1999, 2000, 2024, 2100, 9999] {
            for month in 1...12 {
                for day in 1...31 {
                    guard let date = CalendarDate(year: year, month: month, day: day) else { continue }
                    var bytes: [UInt8] = []
                    date.writeISO(to: &bytes)
                    #expect(Array(date.description.utf8) == bytes)
                    Self.compare({ $0.date(date) }, { $0 += [UInt8(ascii: "\"")] + bytes + [UInt8(ascii: "\"")] })
                }
            }
        }
        Self.compare({
            $0.beginObject(); $0.key("a"); $0.int(1); $0.key("bb"); $0.beginArray(); $0.endArray(); $0.endObject()
        }, { $0 += Array("{\"a\":1,\"bb\":[]}".utf8) })
    }
}
