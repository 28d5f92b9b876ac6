import Testing
@testable import Greffier

/// The NOR recognizer finds what its former token walk found (`ReferenceNORRecognizer`), in the
/// same order, with the same findings: on the corpus texts and awkward inputs, decoded or not,
/// and on lone NORs and labels set among the things that make a line's bytes and its tokens
/// differ (page furniture, stray marks, tabs, blank lines, words joined across a break).
@Suite struct NORRecognizerEquivalenceTests {
    /// How many NORs alone on their line the reference found.
    @discardableResult
    static func expectSame(_ bytes: [UInt8], _ comment: @autoclosure () -> String) -> Int {
        let document = Document(bytes: bytes)
        var fast = Recognitions()
        NORRecognizer().recognize(document, into: &fast)
        var reference = Recognitions()
        ReferenceNORRecognizer.recognize(document, into: &reference)
        #expect(fast.norCandidates == reference.norCandidates, "\(comment())")
        #expect(fast.findings == reference.findings, "\(comment())")
        return reference.norCandidates.filter { !$0.labelled }.count
    }

    @Test func findsWhatTheTokenWalkFoundOnAwkwardInputs() throws {
        for input in AwkwardInputs.all {
            Self.expectSame(input, "\(input.prefix(40))")
            if let decoded = try? InputDecoder.decode(input) {
                Self.expectSame(decoded.bytes, "decoded \(input.prefix(40))")
            }
        }
    }

    static let before = [
        "", "\t", "  ", "\t \t", "\u{0B}", "\u{0C}\t", "x\n", "Objet : délégation\n", "\n\n", "\n  \n", "\n\t\n",
        "Page 3\n", "- 3 -\n", "x\nPage 3\n", "BO Santé – Protection sociale – Solidarité no 2017/10 du 15 novembre 2017, Page 123\n",
        "x |\n", "infor-\n", "NOR : ", "NOR:", "nor ", "NOR\n", "circulaire NOR ", "décret NOR ", "\t|\t",
    ]
    static let values = [
        "SFHZ2630140X", "SFHZ263O140X", "5FHZ2630140X", "sFHZ2630140X", "SFHZ2630140", "SFHZ2630140XY",
        "ÉFHZ2630140X", "SFHZ26-\n30140X", "SFHZ2630140X-", "A R M E 1 8 5 1 1 1 6 X", "ABCD12345", "SFHZ2630140X SFHZ2630140X",
    ]
    static let after = [
        "", "\n", " ", " \n", "  \n\n", " |\n", " .\n", "|\n", "\t\n", ",\n", "\u{0C}\n", "\u{0B}", "\r\n", "\nPage 3\n",
        "\n- 3 -\nLe ministre", "\n\nLe ministre", " x\n", "\n\tSFHZ2630140X",
    ]

    /// Every value between every opening and every ending, once alone and once after a line of text.
    @Test(arguments: before)
    func findsWhatTheTokenWalkFoundAroundLoneNORs(opening: String) {
        var alone = 0
        for value in Self.values {
            for ending in Self.after {
                let text = opening + value + ending
                alone += Self.expectSame(Array(text.utf8), text.debugDescription)
                alone += Self.expectSame(Array(("Arrêté du 4 mai 2012\n" + text + "\n" + text).utf8), text.debugDescription)
            }
        }
        // Each opening that leaves a value first on its line has some found alone.
        if !opening.contains(where: { $0.isLetter || $0 == "|" }) || opening.hasSuffix("\n") { #expect(alone > 0) }
    }

    /// The corpus texts with each line break made a NOR alone on its line (or after a label).
    @Test(arguments: ["\nSFHZ2630140X\n", "\n\tSFHZ2630140X \n", "\nNOR : SFHZ2630140X\n", "\nPage 2\nSFHZ2630140X\n"])
    func findsWhatTheTokenWalkFoundInTheCorpus(insert: String) {
        var found = 0
        for name in Hostile.corpusNames {
            let text = String(decoding: Hostile.corpusText(name), as: UTF8.self)
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for at in stride(from: lines.count - 1, through: 0, by: -7) { lines[at] += insert }
            found += Self.expectSame(Array(lines.joined(separator: "\n").utf8), name)
        }
        #expect(found > 0 || insert.contains("NOR"))
    }
}
