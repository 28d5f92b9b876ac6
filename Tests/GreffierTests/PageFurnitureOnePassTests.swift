import Testing

@testable import Greffier

/// `PageFurniture.cleaned` does in one pass what three passes did before (stray marks, then
/// furniture lines, then hyphenated words): the tokens must be exactly the same.
@Suite struct PageFurnitureOnePassTests {
    /// Pieces of text around which the three rules meet: page headers, lone page numbers,
    /// stray marks, words cut by a hyphen, compounds, blank lines, tabs.
    static let pieces = [
        "infor-\n", "mation ", "Page 3\n", "- 4 -\n", "BO Santé no 2017/10, Page 12 |\n", "texte |\n",
        "la sous-\n", "directrice .\n", "\n\n", "\tmot", "progr- \n", "Ammes\n", "fin '\n", "ammes-\n",
        "Bulletin officiel page 2\n", "x", "-\n", "é-\nté",
        // A stray mark opening a line, ending the text, or alone; a line of tabs.
        "|\n", "mot .", " '", "\t\t\n",
        // Near misses and variants of the furniture rule (its words folded, `/` and `-` by bytes).
        "PAGE 4/12\n", "Pagé 3\n", "BULLETIN OFFICIEL x page 5\n", "Bulletin officieux page 4\n", "Page 3 / 4\n",
        "–\t5\t–\n", "Page\t3\n", "bo œuvre PAGE 7\n", "pages 4\n", "- x -\n",
    ]

    static func texts() -> [[UInt8]] {
        var texts = Hostile.corpusNames.map(Hostile.corpusText)
        // Every sequence of up to three pieces, and the text that starts with a line break.
        for a in pieces {
            for b in pieces {
                for c in pieces { texts.append(Array((a + b + c).utf8)) }
                texts.append(Array((a + b).utf8))
            }
            texts.append(Array(("\n" + a).utf8))
        }
        return texts
    }

    @Test func onePassKeepsWhatThreePassesKept() {
        let texts = Self.texts()
        var changed = 0
        for bytes in texts {
            let tokens = Tokenizer.tokenize(bytes)
            let expected = ThreePasses.joiningHyphenatedWords(
                ThreePasses.removing(from: ThreePasses.droppingStrayLineEnds(tokens, in: bytes), in: bytes), in: bytes)
            let cleaned = PageFurniture.cleaned(tokens, in: bytes)
            #expect(cleaned == expected, "\(String(decoding: bytes.prefix(80), as: UTF8.self).debugDescription)")
            if expected != tokens { changed += 1 }
        }
        // The pieces do exercise the rules: many texts lose or join tokens.
        #expect(changed > 1000)
    }

    /// Long runs of the pieces (a fixed seed): the kept tokens are written over the tokens
    /// read, so drops and joins must pile up far ahead of and behind one another too.
    @Test func longRunsKeepWhatThreePassesKept() {
        var state: UInt64 = 0x2004_1085
        for length in [8, 20, 60, 200] {
            for _ in 0..<100 {
                var text = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    text += Self.pieces[Int((state >> 33) % UInt64(Self.pieces.count))]
                }
                let bytes = Array(text.utf8)
                let tokens = Tokenizer.tokenize(bytes)
                let expected = ThreePasses.joiningHyphenatedWords(
                    ThreePasses.removing(from: ThreePasses.droppingStrayLineEnds(tokens, in: bytes), in: bytes), in: bytes)
                #expect(PageFurniture.cleaned(Tokenizer.tokenize(bytes), in: bytes) == expected, "\(text.debugDescription)")
            }
        }
    }

    /// The furniture rule compares `/`, `-` and the letters of its words by bytes where the
    /// rule it replaced compared strings (canonical equivalence): no other character equals
    /// one of them as a string (a character equal to an ASCII letter, like the Kelvin sign to
    /// `K`, would have to be told apart).
    @Test func noOtherCharacterEqualsTheRulesCharacters() {
        let asked = Set("/-bulletinofficielpage".unicodeScalars.map { String($0) })
        var equal: [String] = []
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.value >= 0x80 else { continue }
            let text = String(scalar)
            if asked.contains(text) { equal.append(text) }
        }
        #expect(equal.isEmpty, "\(equal)")
    }

    /// The line search tests a kind against `tab` alone: only line and paragraph breaks are past it.
    @Test(arguments: Token.Kind.allCases) func onlyBreaksArePastTab(kind: Token.Kind) {
        #expect(PageFurniture.isBreak(kind) == (kind == .lineBreak || kind == .blankLine))
    }

    /// The line search takes four tokens a step: lines of every length up to a few steps, of
    /// words, tabs and marks, ending on a break or on the text's end, before furniture and
    /// after hyphenated words, keep what the three passes keep.
    @Test(arguments: 0..<14) func linesOfEveryLengthKeepWhatThreePassesKept(length: Int) {
        let fillers = ["mot ", "\t", "12 ", ", ", "infor-", "é "]
        for filler in fillers {
            let line = String(repeating: filler, count: length)
            for text in [line, line + "\n", line + "\nPage 3\n" + line, "infor-\nmation " + line + "\n\n" + line + " .\nfin"] {
                let bytes = Array(text.utf8)
                let tokens = Tokenizer.tokenize(bytes)
                let expected = ThreePasses.joiningHyphenatedWords(
                    ThreePasses.removing(from: ThreePasses.droppingStrayLineEnds(tokens, in: bytes), in: bytes), in: bytes)
                #expect(PageFurniture.cleaned(tokens, in: bytes) == expected, "\(text.debugDescription)")
            }
        }
    }
}

/// The three passes as they were written before `PageFurniture.cleaned`, kept as the reference.
private enum ThreePasses {
    static func removing(from tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        var lineStart = 0
        while lineStart < tokens.count {
            var lineEnd = lineStart
            while lineEnd < tokens.count, tokens[lineEnd].kind != .lineBreak, tokens[lineEnd].kind != .blankLine {
                lineEnd += 1
            }
            let atLineStart = lineStart == 0 || tokens[lineStart - 1].kind == .lineBreak || tokens[lineStart - 1].kind == .blankLine
            if atLineStart, lineEnd > lineStart, isFurniture(tokens[lineStart..<lineEnd], bytes) {
                // Drop the line and its own break; the break before it still separates the text.
                lineStart = min(lineEnd + 1, tokens.count)
                continue
            }
            kept.append(contentsOf: tokens[lineStart..<min(lineEnd + 1, tokens.count)])
            lineStart = lineEnd + 1
        }
        return kept
    }

    static func joiningHyphenatedWords(_ tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var joined: [Token] = []
        joined.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            if index + 3 < tokens.count, tokens[index].kind == .word,
                tokens[index + 1].kind == .punctuation, bytes[tokens[index + 1].start] == UInt8(ascii: "-"),
                tokens[index + 1].start == tokens[index].end, tokens[index + 2].kind == .lineBreak,
                tokens[index + 2].start == tokens[index + 1].end, tokens[index + 3].kind == .word,
                LetterCase.isLower(bytes, at: tokens[index + 3].start),
                !HyphenatedCompounds.isCompound(bytes, first: tokens[index].range, second: tokens[index + 3].range)
            {
                joined.append(Token(.word, tokens[index].start, tokens[index + 3].end))
                index += 4
                continue
            }
            joined.append(tokens[index])
            index += 1
        }
        return joined
    }

    static func droppingStrayLineEnds(_ tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if token.kind == .punctuation, token.end - token.start == 1, PageFurniture.isStray(bytes[token.start]),
                index > 0, index + 1 < tokens.count, tokens[index - 1].end < token.start,
                tokens[index - 1].kind != .lineBreak, tokens[index - 1].kind != .blankLine,
                tokens[index + 1].kind == .lineBreak || tokens[index + 1].kind == .blankLine,
                tokens[index + 1].start == token.end
            {
                continue
            }
            kept.append(token)
        }
        return kept
    }

    static func isFurniture(_ line: ArraySlice<Token>, _ bytes: [UInt8]) -> Bool {
        // This runs on every line of every text: most are rejected before anything is built.
        // A header ends with its page number; the other forms have at most 4 tokens.
        guard line.last?.kind == .number || line.count(where: { $0.kind != .tab }) <= 4 else { return false }
        // Every furniture line opens with `BO`, `Bulletin`, `Page` or `-`.
        guard let opening = line.first(where: { $0.kind != .tab }).map({ bytes[$0.start] }),
            [UInt8(ascii: "B"), UInt8(ascii: "b"), UInt8(ascii: "P"), UInt8(ascii: "p"), UInt8(ascii: "-")].contains(opening)
        else { return false }
        func text(_ token: Token) -> String { String(decoding: bytes[token.start..<token.end], as: UTF8.self) }
        let words = line.filter { $0.kind == .word }.map { Folding.fold(bytes, $0.start, $0.end) }
        let lastNumber = line.last.map { $0.kind == .number } ?? false
        // `BO ... Page 123` / `Bulletin officiel ... page 12`.
        if let first = words.first, first == "bo" || (first == "bulletin" && words.dropFirst().first == "officiel"),
            words.contains("page"), lastNumber
        {
            return true
        }
        // `Page 12`, `Page 4/12`, `- 3 -`.
        let meaningful = line.filter { $0.kind != .tab }
        if words == ["page"], meaningful.count <= 4, meaningful.contains(where: { $0.kind == .number }),
            meaningful.allSatisfy({ $0.kind == .number || $0.kind == .word || text($0) == "/" })
        {
            return true
        }
        if meaningful.count == 3, meaningful[1].kind == .number, text(meaningful[0]) == "-", text(meaningful[2]) == "-" {
            return true
        }
        return false
    }
}
