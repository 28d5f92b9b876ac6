import Testing

@testable import Greffier

/// The name rule's banded edit distance against the plain one, on spellings a letter or a few
/// apart: the band must never change an answer within the limit.
@Suite struct NameDistanceTests {
    static func plain(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        var previous = Array(0...y.count)
        for i in stride(from: 1, through: x.count, by: 1) {
            var current = [i] + Array(repeating: 0, count: y.count)
            for j in stride(from: 1, through: y.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }

    @Test(arguments: [
        ("pribile", "pribille"), ("", ""), ("", "ab"), ("abc", ""), ("dupont", "dupond"), ("martin", "martine"),
        ("abcdef", "badcfe"), ("kitten", "sitting"), ("a", "b"), ("dupont", "durand"), ("é", "e"),
    ])
    func agreesOnKnownPairs(a: String, b: String) {
        for limit in 0...3 {
            #expect(NameVariantRule.distance(a, b, limit: limit) == min(Self.plain(a, b), limit + 1), "\(a) \(b) \(limit)")
        }
    }

    /// Plain letters, and letters that share a count in `lettersTooFarApart` (`a`, `!` and `á`
    /// have the same low six bits, as have `b`, `"` and `â`).
    @Test(arguments: ["abcde", "a!ábâ\""])
    func agreesOnManyNearSpellings(alphabet: String) {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let letters = Array(alphabet)
        for _ in 0..<3000 {
            let a = String((0..<next(8)).map { _ in letters[next(letters.count)] })
            var b = Array(a)
            for _ in 0..<next(4) {
                switch next(3) {
                case 0 where !b.isEmpty: b.remove(at: next(b.count))
                case 1: b.insert(letters[next(letters.count)], at: next(b.count + 1))
                default: if !b.isEmpty { b[next(b.count)] = letters[next(letters.count)] }
                }
            }
            let other = String(b)
            #expect(NameVariantRule.distance(a, other) == min(Self.plain(a, other), 3), "\(a) \(other)")
            // The letter count turns a pair down only when the distance is over the limit.
            for limit in 0...3 where NameVariantRule.lettersTooFarApart(Array(a.unicodeScalars), Array(other.unicodeScalars), limit: limit) {
                #expect(Self.plain(a, other) > limit, "\(a) \(other) \(limit)")
            }
        }
    }

    /// Most names apart by more letters than the limit are turned down by their letter count.
    @Test func theLetterCountTurnsDownNamesFarApart() {
        #expect(NameVariantRule.lettersTooFarApart(Array("dupaaaant".unicodeScalars), Array("dupxyzwnt".unicodeScalars), limit: 2))
        #expect(!NameVariantRule.lettersTooFarApart(Array("pribile".unicodeScalars), Array("pribille".unicodeScalars), limit: 2))
        // An anagram holds the same letters: left to the table.
        #expect(!NameVariantRule.lettersTooFarApart(Array("dupont".unicodeScalars), Array("tnopud".unicodeScalars), limit: 2))
        #expect(NameVariantRule.distance("dupont", "tnopud") == 3)
    }
}
