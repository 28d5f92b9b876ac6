import Testing

@testable import Greffier

/// `NOR.isValid` on bytes answers as on their text, for every twelve-byte stretch of the
/// awkward inputs and for NORs written whole, cut, with a non-ASCII or invalid byte.
@Suite struct NORShapeTests {
    @Test func bytesAnswerAsTheText() {
        var inputs = AwkwardInputs.all
        inputs += ["BCRB1124995C", "bcrb1124995C", "BCRB112499 5C", "ÉCRB1124995C", "BCRB1124995", "BCRB1124995CX"].map { Array($0.utf8) }
        inputs.append([0x42, 0x43, 0x52, 0x42, 0x31, 0x31, 0x32, 0x34, 0x39, 0x39, 0x35, 0xFF])
        var valid = 0
        for input in inputs {
            for start in 0..<max(1, input.count) {
                for end in [start + 11, start + 12, start + 13] where end <= input.count {
                    let text = String(decoding: input[start..<end], as: UTF8.self)
                    let fast = NOR.isValid(input, start, end)
                    #expect(fast == NOR.isValid(text))
                    if fast { valid += 1 }
                }
            }
        }
        #expect(valid >= 1)
    }
}
