@testable import Greffier

/// Helpers for the budget tests: texts go through the decoder first, as in the pipeline, so
/// that no-break and narrow no-break spaces are what the recognizers really see.
enum BudgetTestRun {
    static func document(_ text: String) -> Document {
        let bytes = Array(text.utf8)
        let decoded = (try? InputDecoder.decode(bytes))?.bytes ?? bytes
        return Document(bytes: decoded)
    }

    static func recognize(_ recognizer: some Recognizer, _ text: String) -> (Document, Recognitions) {
        let document = document(text)
        var results = Recognitions()
        recognizer.recognize(document, into: &results)
        return (document, results)
    }

    /// The amounts running text holds, in cents.
    static func amounts(_ text: String) -> [Int64] {
        let document = document(text)
        return MoneyScanner.amounts(document.bytes, from: 0, to: document.bytes.count).map(\.amount.cents)
    }

    /// `1_068_044` euros and `2` cents → cents.
    static func euros(_ euros: Int64, cents: Int64 = 0) -> Int64 { euros * 100 + cents }

    static func amount(_ euros: Int64, cents: Int64 = 0) -> Amount { Amount(cents: euros * 100 + cents) }
}
