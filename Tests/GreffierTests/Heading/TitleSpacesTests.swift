import Foundation
import Testing

@testable import Greffier

/// Collapsing a title's spaces on bytes must give what splitting it into characters gives,
/// whenever it gives an answer: checked on every line and heading-sized stretch of the corpus
/// and on spaces made to touch marks that join them into one character.
@Suite struct TitleSpacesTests {
    static let edgeTexts: [String] = [
        "", " ", "\t\n ", "  Convention  de\tdélégation\n de gestion  ", "é è à", " é", "é ",
        "e\u{301} x", " \u{301}x", "a \u{301}", "a \u{200D} b", "a \u{903} b", "\u{600} 1", "x\r\ny",
        "a\r b", "ÿ ǿ ʯ ˿ ̀", "Ā ɏ ˌ", "a\u{AD} b", "漢 字", "🇫🇷 🇫🇷", "👍🏽 ok", "a  \n\n\t b",
    ]

    static func samples() -> [String] {
        var samples = edgeTexts
        for name in Hostile.corpusNames {
            let text = String(decoding: Hostile.corpusText(name), as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            samples += lines
            // Several lines at once, as titles continued over lines are.
            for start in stride(from: 0, to: lines.count, by: 3) {
                samples.append(lines[start..<min(start + 6, lines.count)].joined(separator: "\n"))
            }
        }
        return samples
    }

    @Test func bytesGiveWhatCharactersGive() {
        var answered = 0
        for text in Self.samples() {
            guard let bytes = TitleSpaces.collapsedBytes(text) else { continue }
            answered += 1
            #expect(bytes == HeadingRecognizer.collapsedCharacters(text), "\(text.debugDescription)")
        }
        #expect(answered > 1000)
    }

    /// The count of characters read on bytes is `count`, on every sample and on `\r`, `\n`
    /// placed at the edges.
    @Test func characterCountIsCount() {
        let edges = ["\r", "\n", "\r\n", "\n\r", "\r\r\n", "a\r\nb\r", "\r\n\r\n", "é\r\n", "x\u{301}",
                     "é\u{301}", "’\u{200D}’", "€\r\n€", "\u{200B}\u{2028}\u{2060}", "« x »", "a\u{20D0}"]
        for text in Self.samples() + edges {
            #expect(TitleSpaces.characterCount(text) == text.count, "\(text.debugDescription)")
        }
    }

    /// Every scalar the count reads on bytes (and some it leaves to `count`: marks, joiners,
    /// Hangul, regional indicators, emoji), alone and between every pair of neighbours among
    /// ASCII, `\r`, `\n`, spaces, marks, joiners and other such scalars: the count is `count`.
    @Test func characterCountIsCountBesideEveryScalarItReads() {
        let values = Array(0x80...0x2FF) + Array(0x2000...0x20BF)
            + [0x300, 0x301, 0x36F, 0x903, 0x600, 0x1100, 0x1161, 0xAC00, 0x20D0, 0x2100, 0xFB01, 0xFE0F, 0x1F1EB, 0x1F44D]
        let scalars = values.compactMap { Unicode.Scalar(UInt32($0)) }
        let neighbours = ["", "a", "\r", "\n", "\r\n", " ", "\u{301}", "\u{200D}", "\u{200C}", "é", "ǿ", "’", "\u{AD}",
                          "\u{2049}", "\u{1F3FD}", "\u{1F1EB}", "\u{1161}"]
        var wrong: [String] = []
        var tried = 0
        for scalar in scalars {
            for before in neighbours {
                for after in neighbours {
                    let text = before + String(scalar) + after
                    tried += 1
                    if TitleSpaces.characterCount(text) != text.count { wrong.append(text) }
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map(\.debugDescription))")
        #expect(tried > 200_000)
    }

    /// Eight bytes at a time: `\r`, `\n`, `\r\n`, an accent and a combining mark at every place of
    /// texts of 0 to 40 bytes, so that each falls at every place of a word and across two.
    @Test(arguments: ["\r", "\n", "\r\n", "\n\r", "é", "\u{301}", "\r\u{301}"])
    func characterCountIsCountAtEveryPlace(inserted: String) {
        for length in 0...40 {
            for place in 0...length {
                var text = String(repeating: "a", count: length)
                text.insert(contentsOf: inserted, at: text.index(text.startIndex, offsetBy: place))
                #expect(TitleSpaces.characterCount(text) == text.count, "\(text.debugDescription)")
                let doubled = text + "\r" + text
                #expect(TitleSpaces.characterCount(doubled) == doubled.count, "\(doubled.debugDescription)")
            }
        }
    }

    /// `hasPrefix` read on bytes for ASCII words gives what comparing characters gives: each
    /// corpus sample against its own words and against words cut at every length, and words
    /// a mark, a joiner, a line feed after a carriage return, or the Kelvin sign follow or stand for.
    @Test func hasPrefixIsHasPrefix() {
        let edges: [(String, String)] = [
            ("e\u{301}tat", "e"), ("état", "e"), ("\u{212A}elvin", "K"), ("Kelvin", "\u{212A}"), ("a\r\nb", "a\r"),
            ("a\r\nb", "a"), ("a\r\nb", "a\r\n"), ("ab", "abc"), ("", ""), ("x", ""), ("x\u{200D}y", "x"), ("Œuvre", "Œ"),
            ("Convention de", "Convention"), ("CONVENTION", "Convention"), ("a\u{1F3FD}", "a"), ("\u{1F1EB}\u{1F1F7}", "\u{1F1EB}"),
        ]
        var samples = edges
        for text in Self.samples().prefix(3000) {
            let words = text.split(separator: " ").prefix(3).map(String.init)
            samples += words.map { (text, $0) }
            let bytes = Array(text.utf8)
            for length in stride(from: 0, through: min(bytes.count, 24), by: 1) {
                samples.append((text, String(decoding: bytes.prefix(length), as: UTF8.self)))
            }
        }
        var wrong: [String] = []
        for (title, word) in samples where TitleSpaces.hasPrefix(title, word) != title.hasPrefix(word) {
            wrong.append("\(title.debugDescription) / \(word.debugDescription)")
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
        #expect(samples.count > 10_000)
    }

    @Test func spacesThatMarksJoinAreLeftToCharacters() {
        for text in [" \u{301}x", "a \u{301}", "a \u{200D} b", "a \u{903} b", "\u{600} 1", "x\r\ny"] {
            #expect(TitleSpaces.collapsedBytes(text) == nil, "\(text.debugDescription)")
        }
    }

    /// Spaces beside every scalar the bytes accept there (two-byte ones below U+0300, U+2000 to
    /// U+20BF but the joiners, U+FFFD) and beside marks, joiners and others they leave to the
    /// characters, at both ends and between words: the bytes answer for the scalars they
    /// accept, and give what the characters give whenever they answer.
    @Test func spacesBesideEveryScalarAreCollapsedAsCharactersAre() {
        let accepted = Array(0x80...0x2FF) + Array(0x2000...0x20BF).filter { $0 != 0x200C && $0 != 0x200D } + [0xFFFD]
        let others = [0x300, 0x301, 0x36F, 0x600, 0x903, 0x200C, 0x200D, 0x20D0, 0x2100, 0x1F3FD, 0xFE0F, 0xFFFC, 0xFFFE]
        var answered = 0
        for value in accepted + others {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let character = String(scalar)
            for text in ["a " + character + " b", character + " x", "x " + character, " " + character + " ",
                         character + "  " + character, "a\t" + character + "\n b", "é " + character + " \u{301}"]
            {
                let bytes = TitleSpaces.collapsedBytes(text)
                if accepted.contains(value), !text.contains("\u{301}") {
                    #expect(bytes != nil, "\(text.debugDescription)")
                }
                guard let bytes else { continue }
                answered += 1
                #expect(bytes == HeadingRecognizer.collapsedCharacters(text), "\(text.debugDescription)")
            }
        }
        #expect(answered > 3000)
    }

    /// The rule's premise: a space is a character of its own beside any ASCII character or
    /// any character from U+0080 to U+02FF.
    @Test func aSpaceStandsAloneBesideLowCharacters() {
        for value in UInt32(0)...UInt32(0x2FF) {
            guard let scalar = Unicode.Scalar(value), value != 0x0D else { continue }
            let character = String(scalar)
            #expect((character + " ").count == 2, "U+\(String(value, radix: 16)) before a space")
            #expect((" " + character).count == 2, "U+\(String(value, radix: 16)) after a space")
        }
    }

    /// The heading recognizer turns down a candidate title whose lines span no more bytes than
    /// the rubric has characters: a title never has more characters than its lines' bytes, at
    /// every word of the corpus and of awkward texts (invalid UTF-8, combining marks, CR LF).
    @Test func titlesHaveNoMoreCharactersThanTheirLinesBytes() {
        var awkward = Array("Convention de\ndélégation\n\u{301}suite\r\nfin\n\tÉtat\nà x\n".utf8)
        awkward += [0x43, 0xFF, 0xFE, 0x0A, 0x64, 0xE9, 0x0A, 0x61, 0x20, 0x0A, 0x62, 0xC3, 0x0A, 0x63]
        let recognizer = HeadingRecognizer()
        var tried = 0
        for document in Hostile.corpusDocuments() + [Document(bytes: awkward)] {
            for index in document.tokens.indices where document.tokens[index].kind == .word {
                let (end, pieces) = recognizer.titlePieces(document, from: index)
                let (titleEnd, title) = recognizer.titleLines(document, from: index)
                tried += 1
                #expect(end == titleEnd)
                guard let last = pieces.last else {
                    Issue.record("no piece")
                    continue
                }
                #expect(title.count <= last.end - pieces[0].start, "\(title.debugDescription)")
            }
        }
        #expect(tried > 1000)
    }

    /// `HeadingLine.start(ofLine:in:)` replaces `line(of:)` in the heading's loops: a token is
    /// at line `line` or after exactly when it starts at or after that line's start, for every
    /// token of the corpus and of texts without line breaks or ending with one.
    @Test func lineStartsAnswerAsLineOf() {
        let awkward = ["", "x", "\n", "a\nb", "a\n\n\nb\n", "\n\nx"].map { Document(bytes: Array($0.utf8)) }
        for document in Hostile.corpusDocuments() + awkward {
            let count = document.lineStarts.count
            for line in [-1, 0, 1, 2, 9, 60, 61, count - 1, count, count + 1] {
                let start = HeadingLine.start(ofLine: line, in: document)
                for token in document.tokens {
                    #expect((document.line(of: token.start) >= line) == (token.start >= start))
                }
            }
        }
    }
}
