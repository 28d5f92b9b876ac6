import Testing

@testable import Greffier

/// `CeilingRecognizer.isNewEnd` answers as the set of ends it replaces (`ends.insert(end)
/// .inserted`, each end inserted then appended), through the scan of the mentions while they
/// are few and through the set past `endsScanned`.
@Suite struct CeilingEndsTests {
    /// Sequences of ends: repeats at once, later, and across the switch to the set.
    static let sequences: [[Int]] = {
        var sequences: [[Int]] = [[], [5], [5, 5], [5, 6, 5], [0, 0, 0]]
        // A fixed linear congruential sequence: the same ends at every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ spread: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % spread
        }
        for length in [31, 32, 33, 34, 40, 100, 300] {
            for spread in [3, 20, 40, 1_000] {
                sequences.append((0..<length).map { _ in next(spread) })
            }
            sequences.append(Array(0..<length) + Array(0..<length).reversed())
        }
        return sequences
    }()

    @Test(arguments: sequences) func answersAsTheSet(ends: [Int]) {
        var found: [BudgetRecognitions.CeilingMention] = []
        var kept = Set<Int>()
        var reference = Set<Int>()
        for end in ends {
            let isNew = CeilingRecognizer.isNewEnd(end, found, &kept)
            #expect(isNew == reference.insert(end).inserted, "\(end) after \(found.count)")
            if isNew { found.append(.init(amount: Amount(cents: 100), range: TextRange(0, end))) }
        }
        #expect(found.map(\.range.end) == ends.reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } })
    }
}
