import Testing
@testable import Greffier

@Suite struct InitialsTests {
    static let words = ["prend", "date", "conclue", "valable", "reconductible", "~tilde", "\u{7F}del", "émis", "a", "x"]

    static func lead(_ word: String) -> UInt16 {
        let bytes = Array(word.utf8)
        return UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
    }

    /// Every word's first two bytes pass (one-letter words with a second byte of 0).
    @Test(arguments: words)
    func holdsTheLeadOfEachWord(word: String) {
        #expect(Initials(Self.words).contains(lead: Self.lead(word)))
    }

    /// Most other leads are refused: the filter is worth its test. Every first byte, every
    /// second byte that is an ASCII letter or none.
    @Test func refusesMostOtherLeads() {
        let initials = Initials(Self.words)
        let own = Set(Self.words.map(Self.lead))
        var passed = 0
        var tried = 0
        for first in 1...255 {
            for second in [0] + Array(0x61...0x7A) {
                let lead = UInt16(first) | UInt16(second) << 8
                guard !own.contains(lead) else { continue }
                tried += 1
                if initials.contains(lead: lead) { passed += 1 }
            }
        }
        #expect(passed * 10 < tried)
    }

    @Test func emptyWordsAndNoWordsHoldNothing() {
        let initials = Initials(["", ""])
        #expect((0...UInt16.max).allSatisfy { !initials.contains(lead: $0) && !initials.holds(lead: $0, length: 2) })
        #expect(initials.shapes.isEmpty)
    }

    /// The shapes held are the words' own (lead and length, lengths from 63 on as one), each
    /// once, and a lead held passes the hashes too.
    @Test func holdsExactlyTheWordsShapes() {
        let long = String(repeating: "é", count: 40)
        let words = Self.words + ["prendre", "a", "dates", long]
        let initials = Initials(words)
        let own = Set(words.map { Initials.Shape(lead: Self.lead($0), length: $0.utf8.count) })
        #expect(initials.shapes == own.sorted())
        for lead in 0...UInt16.max {
            for length in [1, 2, 4, 5, 7, 62, 63, 80] {
                let held = own.contains(Initials.Shape(lead: lead, length: length)) && lead != 0
                #expect(initials.holds(lead: lead, length: length) == held)
                if held { #expect(initials.contains(lead: lead)) }
            }
        }
        #expect(initials.holds(lead: Self.lead(long), length: 63) && initials.holds(lead: Self.lead(long), length: 500))
        #expect(!initials.holds(lead: Self.lead("date"), length: 3))
    }

    /// A lead of 0 is a token that cannot equal any word: refused whatever the words.
    @Test func theLeadOfNoComparableTokenIsRefused() {
        #expect(!Initials(Self.words + ["\u{68}\u{6D}"]).contains(lead: 0))
    }
}
