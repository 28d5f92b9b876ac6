import Testing

@testable import Greffier

/// `ClosingLines` reads the end of the text without splitting the whole text into lines: it
/// must find what the split from token 0 finds, on every corpus text and on layouts made to sit
/// at its edges (marks before and after words, lines of marks only, blank lines, tabs).
@Suite struct ClosingLinesTests {
    static let awkward: [String] = [
        "", "\n", "\n\n", "Fait", "Fait le", "fait le 7 avril", "\t# Fait le 7 avril 2026\n",
        "Article 1\n\nFait le 7 avril 2026.\nPour la DNUM :\nJean DUPONT\n\nCopies :\n- Fait à Paris",
        "**Fait à Paris, le 14/04/2021**\n***\n\n> Pour la DINUM,\n\tLe directeur\n_Pierre Martin_\n",
        "Il a fait le tour.\nFait en deux exemplaires\n#\n\n#\n\tFAIT, le 3\n* * *\nANNEXE\nfait le 4\n",
        "\n\n###\n\t\nLe secrétaire général,\n\nPierre PRIBILLE\n\n\n", "Faits le 2\nFaite le 3\n",
        "x\n\t\n\n\t*\n_\nFait a Paris\n\t\tfait le\n", "#\n#\n#\nLa DNUM,\nJean Dupont",
    ] + (0...18).map { String(repeating: "a ", count: $0) + "\nFait le 2\n" + String(repeating: "b\n", count: 18 - $0) }

    static func documents() -> [Document] {
        Hostile.corpusDocuments() + awkward.map { Document(bytes: Array($0.utf8)) }
    }

    @Test func lastFaitIsTheSplitsLastFaitLine() {
        var found = 0
        for document in Self.documents() {
            let lines = TokenLines.lines(document, from: 0, to: document.tokens.count)
            let expected = lines.last { SignatoryRecognizer.isFait(document, $0) }?.first
            if expected != nil { found += 1 }
            #expect(ClosingLines.lastFait(document) { SignatoryRecognizer.isFait(document, $0) } == expected)
        }
        #expect(found > 8)
    }

    /// The walk back to `Fait` passes only tokens outside the lane it reads: `fait` must be in
    /// it, and the lane must be one of the recognizers'.
    @Test func faitHasALane() {
        #expect(ClosingLines.faitInitials.holds(lead: ClosingLines.faitLead, length: 4))
        #expect(LeadLanes.recognizers.bit(of: ClosingLines.faitInitials) != 0)
        #expect(Document(bytes: Array("fait".utf8)).folds.lead(0) == ClosingLines.faitLead)
    }

    /// From any token, the lines from its line on are the split's from there.
    @Test func linesFromAnyTokenAreTheSplits() {
        for document in Self.documents() {
            let lines = TokenLines.lines(document, from: 0, to: document.tokens.count)
            for index in document.tokens.indices {
                let start = ClosingLines.lineStart(document, of: index)
                let expected = Array(lines.filter { $0.first >= start }.prefix(3))
                var read: [TokenLine] = []
                ClosingLines.forEachLine(document, fromLineOf: index) { line in
                    read.append(line)
                    return read.count < 3
                }
                #expect(read == expected, "token \(index)")
            }
        }
    }

    /// `lastLines` tests four kinds at once on their raw values: only the line ends pass.
    @Test(arguments: Token.Kind.allCases)
    func lineEndsByRawValue(_ kind: Token.Kind) {
        #expect(ClosingLines.isLineEndRaw(kind) == (kind == .lineBreak || kind == .blankLine))
    }

    @Test func lastLinesAreTheSplitsLast() {
        for document in Self.documents() + AwkwardInputs.all.map({ Document(bytes: $0) }) + Self.layouts() {
            let lines = TokenLines.lines(document, from: 0, to: document.tokens.count)
            for count in [0, 1, 2, 3, 5, 38, lines.count - 1, lines.count, lines.count + 5] {
                let last = ClosingLines.lastLines(document, count)
                #expect(last == Array(lines.suffix(max(0, count))), "\(count)")
                #expect(last == ReferenceClosingLines.lastLines(document, count), "\(count)")
            }
        }
    }

    /// Texts made of marks, tabs, words, line breaks and blank lines in every order the seed
    /// draws: lines of marks only between blank lines, marks around words, blank lines first
    /// and last.
    static func layouts() -> [Document] {
        let pieces = ["#", "*", ">", "_", "\t", "\n", "\n\n", "\n \n", "a", "Fait", " ", "-", "é", "\r\n"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var documents: [Document] = []
        for length in [1, 2, 3, 4, 6, 9, 14, 30, 80] {
            for _ in 0..<60 {
                var text = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    text += pieces[Int(state >> 33) % pieces.count]
                }
                documents.append(Document(bytes: Array(text.utf8)))
            }
        }
        return documents
    }
}
