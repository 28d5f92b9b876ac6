/// Precision, recall and F1 per field family over many records compared with their goldens.
public struct Scoreboard: Sendable {
    public struct Score: Sendable, Equatable {
        public var truePositives = 0
        public var expected = 0
        public var actual = 0

        public init() {}

        /// 1 when nothing was returned: no value, no wrong value.
        public var precision: Double { actual == 0 ? 1 : Double(truePositives) / Double(actual) }
        public var recall: Double { expected == 0 ? 1 : Double(truePositives) / Double(expected) }
        public var f1: Double {
            let sum = precision + recall
            return sum == 0 ? 0 : 2 * precision * recall / sum
        }
    }

    /// One fact that differs: `missing` (in the golden only) or `unexpected` (in the record only).
    public struct Difference: Sendable, Equatable {
        public let document: String
        public let family: RecordFacts.Family
        public let fact: String
        public let missing: Bool
    }

    public private(set) var scores: [RecordFacts.Family: Score] = [:]
    public private(set) var differences: [Difference] = []
    public private(set) var documents = 0

    public init() {}

    public var overall: Score {
        scores.values.reduce(into: Score()) {
            $0.truePositives += $1.truePositives
            $0.expected += $1.expected
            $0.actual += $1.actual
        }
    }

    /// Adds one document: its golden (expected) and its record (actual).
    public mutating func add(document: String, expected: JSONValue, actual: JSONValue) {
        documents += 1
        let wanted = RecordFacts.facts(expected)
        let found = RecordFacts.facts(actual)
        for family in RecordFacts.Family.allCases {
            var remaining: [String: Int] = [:]
            for fact in wanted[family] ?? [] { remaining[fact, default: 0] += 1 }
            var score = scores[family] ?? Score()
            score.expected += wanted[family]?.count ?? 0
            score.actual += found[family]?.count ?? 0
            for fact in found[family] ?? [] {
                if let count = remaining[fact], count > 0 {
                    remaining[fact] = count - 1
                    score.truePositives += 1
                } else {
                    differences.append(Difference(document: document, family: family, fact: fact, missing: false))
                }
            }
            for fact in wanted[family] ?? [] where (remaining[fact] ?? 0) > 0 {
                remaining[fact, default: 0] -= 1
                differences.append(Difference(document: document, family: family, fact: fact, missing: true))
            }
            scores[family] = score
        }
    }
}
