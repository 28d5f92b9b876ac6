import Testing
@testable import Greffier

@Suite struct InitialsTests {
    static let words = ["prend", "date", "conclue", "valable", "reconductible", "~tilde", "\u{7F}del", "émis"]

    @Test(arguments: Array(0...255))
    func holdsExactlyTheFirstBytesOfItsWords(byte: Int) {
        let initials = Initials(Self.words)
        let expected = Self.words.contains { $0.utf8.first == UInt8(byte) }
        #expect(initials.contains(UInt8(byte)) == expected)
    }

    @Test func emptyWordsAndNoWordsHoldNothing() {
        let initials = Initials(["", ""])
        #expect((0...255).allSatisfy { !initials.contains(UInt8($0)) })
    }
}
