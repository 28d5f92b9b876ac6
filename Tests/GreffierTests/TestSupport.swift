@testable import Greffier

/// Runs the code under test over UTF-8 text, for the unit tests' tables.
enum TestRun {
    /// One recognizer alone, as the pipeline runs it after decoding.
    static func recognize(_ recognizer: some Recognizer, _ text: String) -> (Document, Recognitions) {
        let document = Document(bytes: Array(text.utf8))
        var results = Recognitions()
        recognizer.recognize(document, into: &results)
        return (document, results)
    }

    /// Several recognizers over the same text, in order, as the pipeline runs them.
    static func recognize(_ text: String, with recognizers: [any Recognizer]) -> Recognitions {
        let document = Document(bytes: Array(text.utf8))
        var results = Recognitions()
        for recognizer in recognizers {
            recognizer.recognize(document, into: &results)
        }
        return results
    }

    /// The whole pipeline.
    static func extract(_ text: String) -> DocumentRecord {
        Greffier.extract(bytes: Array(text.utf8), path: "test.txt")
    }

    /// UTF-16 bytes of `text` with a BOM.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }
}
