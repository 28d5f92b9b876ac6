import Testing

@testable import Greffier

/// A rubric's prefix test folds only part of the candidate title: it must answer as folding the
/// whole candidate and asking `hasPrefix`, for rubrics and candidates cut from the corpus's
/// lines at every length, and for cuts made to fall on combining marks, joiners, `-⏎`, CR LF,
/// ligatures that fold to two letters and letters that lowercase to two scalars.
@Suite struct RubricPrefixTests {
    static func wholeFold(_ text: String) -> String { Folding.fold(Array(text.utf8), 0, text.utf8.count) }

    static func expectSame(_ rubric: String, _ candidate: String) -> Bool {
        let prefix = RubricPrefix(rubric)
        let expected = wholeFold(candidate).hasPrefix(prefix.folded)
        #expect(prefix.opens(candidate) == expected, "\(rubric.debugDescription) / \(candidate.debugDescription)")
        #expect(prefix.characters == prefix.folded.count)
        return expected
    }

    static let rubrics = [
        "Convention de délégation de gestion", "CONVENTION DE DÉLÉGATION", "Avenant n° 1", "e", "", "Œuvre",
        "Convention de de\u{301}le\u{301}gation", "Œ", "İstanbul", "a-", "x\u{200D}", "🇫🇷", "Cafe", "Café",
    ]
    static let tails = [
        "", " de gestion entre l'État et la DINUM", "\u{301} suite", "\u{200D}\u{1F468} suite", "-\nsuite", "-\n   suite",
        "\r\n suite", "œuvre et İ", "\u{1F1EB}\u{1F1F7} drapeau", String(repeating: "é", count: 80),
        String(repeating: "\u{301}", count: 80), String(repeating: "x\u{301}", count: 40), "\u{FB01}n de la liste",
    ]

    @Test(arguments: rubrics)
    func answersAsFoldingTheWholeCandidate(rubric: String) {
        var opened = 0
        for tail in Self.tails {
            for candidate in [rubric + tail, rubric.uppercased() + tail, String(rubric.dropLast()) + tail,
                              tail + rubric, String(repeating: rubric, count: 3) + tail] {
                if Self.expectSame(rubric, candidate) { opened += 1 }
            }
        }
        #expect(opened > 0 || rubric.contains("\u{200D}"))
    }

    /// The first-letter shortcut: candidates opening on another ASCII letter, on the same one in
    /// the other case, on a mark or a `-⏎` that folding joins or skips, on a letter that is not
    /// ASCII, answer as the whole fold does.
    @Test(arguments: [
        ("Convention", "Avenant de gestion"), ("Convention", "convention de gestion"), ("convention", "CONVENTION X"),
        ("Convention", "-\nConvention"), ("Convention", "-\n  convention"), ("Convention", "-convention"),
        ("c\u{301}onvention", "C\u{301}onvention de"), ("c\u{301}onvention", "Convention de"), ("Convention", "C\u{301}onvention"),
        ("Élan", "Elan vital"), ("Elan", "Élan vital"), ("élan", "elan"), ("\r\nX", "\r\nx y"), ("\rX", "\nx y"),
        ("Kelvin", "\u{212A}elvin"), ("\u{212A}elvin", "Kelvin"), ("Œuvre", "oeuvre d'art"), ("1er", "1ER avril"), (" x", "X y"),
    ] as [(String, String)])
    func firstLetterShortcutAnswersAsTheWholeFold(rubric: String, candidate: String) {
        _ = Self.expectSame(rubric, candidate)
        _ = Self.expectSame(rubric, candidate + " " + rubric)
    }

    /// What `HeadingRecognizer` asks before making a line a string: the line's collapse opens
    /// with its first word's first byte when that is ASCII (on every word of the corpus and of awkward inputs), and
    /// a rubric's head, when there is one, is its fold's first byte.
    @Test func headsAskedBeforeTheStringsAreTheStringsHeads() {
        let recognizer = HeadingRecognizer()
        var tried = 0
        for bytes in AwkwardInputs.all + Hostile.corpusNames.map({ Hostile.corpusText($0) }) {
            let document = Document(bytes: bytes)
            for index in document.tokens.indices where document.tokens[index].kind == .word {
                let (_, pieces) = recognizer.titlePieces(document, from: index)
                let collapsed = HeadingRecognizer.collapse(document, pieces)
                // An ASCII first byte stays itself; another (a byte decoding repairs) is no ASCII
                // byte after collapsing either: the recognizer asks only of ASCII ones.
                let head = document.bytes[pieces[0].start]
                if head < 0x80 {
                    #expect(collapsed.utf8.first == head)
                } else {
                    #expect(collapsed.utf8.first.map { $0 >= 0x80 } == true)
                }
                if let head = RubricPrefix.foldedHead(collapsed) {
                    #expect(RubricPrefix(collapsed).folded.utf8.first == head)
                }
                tried += 1
            }
        }
        for rubric in Self.rubrics + Self.tails {
            if let head = RubricPrefix.foldedHead(rubric) { #expect(RubricPrefix(rubric).folded.utf8.first == head) }
        }
        #expect(tried > 10_000)
    }

    /// A rubric of letters that fold to no ASCII and decompose into several scalars, the
    /// candidate written decomposed: canonically the same, with more scalars than the rubric
    /// has bytes, so that the cut folds to fewer characters than the rubric and the whole
    /// candidate must be folded; and `-⏎` at the cut.
    @Test func marksPiledUpAtTheCutFoldTheWholeCandidate() {
        let composed = String(repeating: "\u{1F83}", count: 20)
        let decomposed = String(repeating: "\u{3B1}\u{314}\u{300}\u{345}", count: 20)
        #expect(composed == decomposed)
        #expect(Self.expectSame(composed, decomposed + " suite"))
        #expect(!Self.expectSame(composed + "x", decomposed + " suite"))
        let hyphenated = String(repeating: "a", count: 12) + "-\nb"
        #expect(Self.expectSame("aaaa", hyphenated))
        #expect(!Self.expectSame(String(repeating: "a", count: 13), hyphenated))
    }

    /// Each line of the corpus as a candidate, its prefixes of every length in scalars as rubrics.
    @Test func answersAsFoldingTheWholeCandidateOnTheCorpus() {
        var tried = 0
        for name in Hostile.corpusNames.prefix(4) {
            let text = String(decoding: Hostile.corpusText(name), as: UTF8.self)
            for line in text.split(separator: "\n").prefix(80) where line.count > 20 {
                let candidate = String(line)
                let scalars = Array(candidate.unicodeScalars)
                for length in stride(from: 1, to: min(scalars.count, 90), by: 3) {
                    var rubric = ""
                    rubric.unicodeScalars.append(contentsOf: scalars.prefix(length))
                    _ = Self.expectSame(rubric, candidate)
                    _ = Self.expectSame(rubric + "x", candidate)
                    tried += 1
                }
            }
        }
        #expect(tried > 1000)
    }

    /// The title pieces joined and decoded at once give what decoding each and joining them gave,
    /// at every word of the corpus and of awkward inputs (invalid UTF-8 cut at a piece's end).
    @Test func piecesJoinedOnBytesGiveThePiecesJoined() {
        let recognizer = HeadingRecognizer()
        var tried = 0
        for bytes in AwkwardInputs.all {
            let document = Document(bytes: bytes)
            for index in document.tokens.indices where document.tokens[index].kind == .word {
                let (_, pieces) = recognizer.titlePieces(document, from: index)
                let expected = HeadingRecognizer.collapse(pieces.map { document.text($0) })
                #expect(HeadingRecognizer.collapse(document, pieces) == expected)
                tried += 1
            }
        }
        #expect(tried > 10_000)
    }
}
