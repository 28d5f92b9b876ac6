import Testing

@testable import Greffier

/// `FoldedTokens.firstToken(withLead:from:)` (sixteen leads a test) stops where the walk it
/// replaced in `PartyRole.roleElsewhere` stopped: the first token at or after the start whose
/// `lead` is the one sought, else the token count.
@Suite struct LeadSearchTests {
    /// The former walk, one token at a time.
    static func walk(_ folds: FoldedTokens, _ lead: UInt16, from start: Int) -> Int {
        var index = start
        while index < folds.count, folds.lead(index) != lead { index += 1 }
        return index
    }

    /// Texts of every size around the sixteen-token step, made-up leads at every place.
    static func madeUp() -> [[UInt8]] {
        (0..<40).map { length in
            Array((0..<length).map { $0 % 7 == 3 ? "DSI" : $0 % 5 == 1 ? "dé" : "mot" }.joined(separator: " ").utf8)
        }
    }

    /// Up to 48 of the leads the text holds (0 included, spread over it), and some none holds.
    static func leads(_ folds: FoldedTokens) -> Set<UInt16> {
        let step = max(1, folds.count / 48)
        return Set(stride(from: 0, to: folds.count, by: step).map { folds.lead($0) }).union([0, 0x7364, 0xFFFF, 0x0101])
    }

    static func documents() -> [Document] {
        Hostile.corpusDocuments() + (AwkwardInputs.all + madeUp() + [[], Array("d".utf8), Array("\u{0}x".utf8)]).map { Document(bytes: $0) }
    }

    @Test func everyLeadFromEveryStartMatchesTheWalk() {
        var compared = 0
        for document in Self.documents() {
            let folds = document.folds
            for lead in Self.leads(folds) {
                // Every start for a short text, a sample of them for a long one.
                let step = max(1, folds.count / 64)
                for start in stride(from: 0, through: folds.count, by: step) {
                    #expect(folds.firstToken(withLead: lead, from: start) == Self.walk(folds, lead, from: start))
                    compared += 1
                }
                #expect(folds.firstToken(withLead: lead, from: folds.count - 1) == Self.walk(folds, lead, from: max(folds.count - 1, 0)))
            }
        }
        #expect(compared > 1_000)
    }

    /// Each match found in turn, as `roleElsewhere` goes from one candidate to the next: the
    /// same candidates, in order, as the walk.
    @Test func successiveCandidatesMatchTheWalk() {
        for document in Self.documents() {
            let folds = document.folds
            for lead in Self.leads(folds) {
                var fast: [Int] = []
                var index = -1
                while true {
                    index = folds.firstToken(withLead: lead, from: index + 1)
                    guard index < folds.count else { break }
                    fast.append(index)
                }
                let slow = (0..<folds.count).filter { folds.lead($0) == lead }
                #expect(fast == slow)
            }
        }
    }
}
