import Testing
@testable import Greffier

/// `NameVariantRule.firstAndRest` gives the first word and the others spaced as the split into
/// words (`NameVariantRule.words`) and their join did, and the people are told apart by their
/// two halves as by the keys `first + "\u{0}" + last`.
@Suite struct NameVariantPersonTests {
    static let odd = ["", "   ", " a  b ", "x\r\n y", "É  é ", "e\u{301}  x", " \u{301}a  b", "Jean \u{600} PIERRE",
                      "x \u{903}", "– \u{301}", "\u{200D} x", "x \u{200D}", "ǿ ʯ ˿ ̀", "𝐀 𝐁", " 👍🏽 ok", "Éric  DE LA  TOUR",
                      "Jean\u{FFFD} DUPONT", "\u{FFFD} \u{FFFD}", "x \u{FFFD}\u{301}", "– Jean – \u{FFFD}", "Pierre PRIBILLE",
                      "Jean-Benoit  GERARD-CHALET ", "C. Rouquie", "Caroline LE BORGNE", "a", "a b c d e f", "x\u{0} y", "\u{0}", "a \u{0}\u{301}"]

    static func expected(_ name: String) -> (first: String, rest: String, count: Int)? {
        let words = NameVariantRule.words(name)
        guard let first = words.first else { return nil }
        return (first, words.dropFirst().joined(separator: " "), words.count)
    }

    static func check(_ name: String) {
        let found = NameVariantRule.firstAndRest(name)
        let wanted = expected(name)
        #expect((found == nil) == (wanted == nil), "\(name.debugDescription)")
        guard let found, let wanted else { return }
        #expect(Array(found.first.utf8) == Array(wanted.first.utf8), "\(name.debugDescription)")
        #expect(Array(found.rest.utf8) == Array(wanted.rest.utf8), "\(name.debugDescription)")
        #expect(found.count == wanted.count, "\(name.debugDescription)")
        #expect(found.holdsNUL == name.utf8.contains(0), "\(name.debugDescription)")
    }

    @Test(arguments: odd)
    func firstAndRestAsTheWords(_ name: String) {
        Self.check(name)
    }

    @Test func firstAndRestAsTheWordsOnTheCorpus() {
        var checked = 0
        for name in Hostile.corpusNames {
            let text = String(decoding: Hostile.corpusText(name), as: UTF8.self)
            for line in text.split(separator: "\n") {
                Self.check(String(line))
                checked += 1
            }
        }
        #expect(checked > 500)
    }

    /// Two people are the same when their keys are: without U+0000, exactly when both halves are.
    @Test func halvesAsTheKeys() {
        let halves = ["", "a", "e\u{301}", "é", "\u{301}", "É", "E\u{301}", "K", "\u{212A}", "a b", "\u{0}", "x\u{0}", "\u{0}x", "\u{FFFD}"]
        var pairs = 0
        for a in halves {
            for b in halves {
                for c in halves {
                    for d in halves {
                        let keys = (a + "\u{0}" + b) == (c + "\u{0}" + d)
                        let holdsNUL = [a, b, c, d].contains { $0.utf8.contains(0) }
                        #expect(NameVariantRule.samePerson((a, b), (c, d), holdsNUL: holdsNUL) == keys,
                                "\(a.debugDescription) \(b.debugDescription) \(c.debugDescription) \(d.debugDescription)")
                        // Without U+0000 in the halves, the halves alone tell.
                        if !holdsNUL {
                            #expect(keys == (a == c && b == d), "\(a.debugDescription) \(b.debugDescription)")
                        }
                        pairs += 1
                    }
                }
            }
        }
        #expect(pairs == halves.count * halves.count * halves.count * halves.count)
    }
}
