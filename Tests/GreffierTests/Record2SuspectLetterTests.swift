import Testing

@testable import Greffier

/// `SuspectLetterRule.hasLetterOBesideDigit`, read on the value's own bytes, on edge cases:
/// an `O` at either end, beside a digit or not, accented or followed by a mark.
@Suite struct Record2SuspectLetterTests {
    @Test(arguments: [
        ("", false), ("O", false), ("O1", true), ("1O", true), ("AO", false), ("OA1", false), ("0O0", true),
        ("SOCBEXDO075", true), ("SGSIFABO75", true), ("ABCDEFGHIJKLMNOP", false), ("ABCDEFGHIJKLMNO9", true),
        ("Ö1", false), ("O\u{301}1", false), ("1\u{301}O", false), ("o1", false), ("ÉO2", true),
    ])
    func letterOBesideDigit(value: String, expected: Bool) {
        #expect(SuspectLetterRule.hasLetterOBesideDigit(value) == expected)
    }
}
