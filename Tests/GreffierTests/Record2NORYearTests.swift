import Testing

@testable import Greffier

/// `NOR.year` read off the bytes of a valid NOR gives what the characters' reading gave, on
/// valid NORs of every century and on values that are not NORs (read by characters).
@Suite struct Record2NORYearTests {
    /// The reading before: two characters after the fourth.
    static func characterYear(_ value: String) -> Int {
        let digits = Int(value.dropFirst(4).prefix(2)) ?? 0
        return digits >= 80 ? 1900 + digits : 2000 + digits
    }

    @Test(arguments: [
        ("BCRB1124995C", 2011), ("ABCD0000001A", 2000), ("ABCD7912345X", 2079), ("ABCD8012345X", 1980),
        ("ABCD9912345X", 1999), ("bcrb1124995C", 2011), ("BCRB112499 5C", 2011), ("ÉCRB1124995C", 2011),
        ("BCRB1124995", 2011), ("BCRB1124995CX", 2011), ("BC\r\nB1124995C", 2011), ("BCRB1\u{301}124995C", 2000),
        ("", 2000), ("BCRB", 2000), ("BCRBx124995C", 2000),
    ])
    func yearAsTheCharactersGaveIt(value: String, year: Int) {
        #expect(NOR(value: value, span: Span(start: 0, end: 0), raw: nil).year == year)
        #expect(Self.characterYear(value) == year)
    }

    @Test func everyValidShapeOfAwkwardInputs() {
        var checked = 0
        for input in AwkwardInputs.all {
            for start in stride(from: 0, to: max(0, input.count - 11), by: 1) where NOR.isValid(input, start, start + 12) {
                let value = String(decoding: input[start..<start + 12], as: UTF8.self)
                #expect(NOR.yearDigits(value) != nil)
                #expect(NOR(value: value, span: Span(start: 0, end: 0), raw: nil).year == Self.characterYear(value))
                checked += 1
            }
        }
        for digits in 0..<100 {
            let value = "ABCD" + (digits < 10 ? "0" : "") + String(digits) + "12345X"
            #expect(NOR(value: value, span: Span(start: 0, end: 0), raw: nil).year == Self.characterYear(value))
            checked += 1
        }
        #expect(checked >= 100)
    }
}
