import Testing

@testable import Greffier

/// `Clauses.forEachHolding` visits the clauses the schedule and ceiling searches visited going
/// through every clause: those holding a marked token, in order, with their positions.
@Suite struct BudgetPerfClauseVisitTests {
    /// The walk through every clause it replaces.
    static func reference(_ clauses: Clauses, _ marked: [Int]) -> [Int] {
        var visited: [Int] = []
        var next = 0
        for (position, clause) in clauses.clauses.enumerated() {
            while next < marked.count, marked[next] < clause.first { next += 1 }
            guard next < marked.count, marked[next] < clause.end else { continue }
            visited.append(position)
        }
        return visited
    }

    static func visited(_ clauses: Clauses, _ marked: [Int], stoppingAfter limit: Int = .max) -> [Int] {
        var visited: [Int] = []
        clauses.forEachHolding(marked) { position, clause in
            #expect(clauses.clauses[position] == clause)
            visited.append(position)
            return visited.count < limit
        }
        return visited
    }

    /// Marked tokens: the searches' own, every token, every third, the tokens between clauses
    /// (blank lines, closing `;`), the first and last, none.
    static func markings(_ document: Document) -> [[Int]] {
        let count = document.tokens.count
        let all = Array(0..<count)
        let inside = Set(document.clauses.clauses.flatMap { Array($0.first..<$0.end) })
        return [
            ScheduleRecognizer.measureWordTokens(document), CeilingRecognizer.headTokens(document), all,
            all.filter { $0 % 3 == 1 }, all.filter { !inside.contains($0) }, count > 0 ? [0, count - 1] : [], [],
        ]
    }

    static func check(_ document: Document) -> Int {
        var visits = 0
        for marked in markings(document) {
            let expected = reference(document.clauses, marked)
            #expect(visited(document.clauses, marked) == expected)
            // Stopping when the body says so.
            #expect(visited(document.clauses, marked, stoppingAfter: 2) == Array(expected.prefix(2)))
            visits += expected.count
        }
        return visits
    }

    @Test func corpusTexts() {
        var visits = 0
        for name in HeaderPrefilterTests.corpusNames {
            visits += Self.check(Document(bytes: Hostile.corpusText(name)))
        }
        #expect(visits > 0)
    }

    @Test(arguments: [
        "", "AE", ";", "\n\n", "a ; b ; c", "– 2017 : 296 210 € en AE ;\n– 2018 : 48 105 € en CP.\n\nFin",
        "plafond de 400 000 €.\n\n\n; ; AE CP\n2021 : AE = CP = 138 000 €", ". . .", "x\n\n\ny\n\n",
    ])
    func madeUpTexts(text: String) {
        _ = Self.check(Document(bytes: Array(text.utf8)))
    }
}
