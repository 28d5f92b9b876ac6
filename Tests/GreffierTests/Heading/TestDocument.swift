@testable import Greffier

/// Runs recognizers over a text, as the pipeline does, for table-driven tests.
enum TestDocument {
    static func recognize(_ text: String, with recognizers: [any Recognizer]) -> Recognitions {
        let document = Document(bytes: Array(text.utf8))
        var results = Recognitions()
        for recognizer in recognizers {
            recognizer.recognize(document, into: &results)
        }
        return results
    }

}
