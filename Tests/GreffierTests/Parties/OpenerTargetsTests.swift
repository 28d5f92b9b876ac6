import Foundation
import Testing
@testable import Greffier

/// `OpenerTargets.mayName` turns closing lines down before they are cleaned and folded: it
/// must never turn down a line that names a party. Each line is made the name (or acronym) of
/// a party, so that the full reading accepts it, and the prefilter must then let it through.
@Suite struct OpenerTargetsTests {
    static func reading(name: String, acronym: String?) -> PartyChunkReader.Reading {
        PartyChunkReader.Reading(name: name, acronym: acronym, representative: nil, address: nil,
                                 designations: [], chunk: 0..<1, range: TextRange(0, 1))
    }

    /// Every line of `document`, made a party of its own, passes the prefilter.
    static func checkEveryLine(_ document: Document, _ label: String) -> Int {
        var turnedDown = 0
        return checkEveryLine(document, label, turnedDown: &turnedDown)
    }

    static func checkEveryLine(_ document: Document, _ label: String, turnedDown: inout Int) -> Int {
        var checked = 0
        var previous = "x"
        for line in TokenLines.lines(document, from: 0, to: document.tokens.count) {
            guard let range = SignatoryRecognizer.namingRange(document, line) else { continue }
            let text = PartyText.clean(document, range)
            let folded = PartyMatching.fold(text)
            for targets in [OpenerTargets([reading(name: text, acronym: nil)]),
                            OpenerTargets([reading(name: "x", acronym: text)])]
            {
                #expect(targets.names(folded), "\(label): \(text)")
                #expect(targets.mayName(document.bytes, range), "\(label): \(text)")
                #expect(targets.mayOpen(document.bytes, range), "\(label): \(text)")
            }
            // Targets read from the line before (and an acronym): what `mayOpen` turns down,
            // they do not name.
            let others = OpenerTargets([reading(name: previous, acronym: "DNUM"), reading(name: String(text.dropFirst()), acronym: nil)])
            if !others.mayOpen(document.bytes, range) {
                #expect(!others.names(folded), "\(label): \(text)")
                turnedDown += 1
            }
            previous = text
            checked += 1
        }
        return checked
    }

    @Test(arguments: PartyCorpusSpanTests.names)
    func neverTurnsDownACorpusLineThatNamesAParty(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: PartyCorpusSpanTests.texts.appendingPathComponent(name)))
        let document = Document(bytes: try InputDecoder.decode(bytes).bytes)
        var turnedDown = 0
        #expect(Self.checkEveryLine(document, name, turnedDown: &turnedDown) > 0)
        #expect(turnedDown > 0)
    }

    /// What cleaning and folding rewrite: OCR's `I'` and `¢`, hyphens across lines, strays,
    /// ligatures, decomposed accents, the Kelvin sign.
    @Test(arguments: [
        "La DNUM,", "I'Etat", "1'INSEE :", "Ministére de la sant¢", "direction de l'infor-\nmation",
        "Jean-\nBenoit", "DSI |\nDINUM", "L'Œuvre ÆSTIVE", "e\u{301}cole ; ", "\u{212A}ELVIN",
        "ｆｕｌｌ ｗｉｄｔｈ", "a  b\t\tc", "ﬁnances",
    ])
    func neverTurnsDownARewrittenLine(_ text: String) {
        let document = Document(bytes: Array(text.utf8))
        #expect(Self.checkEveryLine(document, text) > 0)
    }

    /// `mayName`'s lower bound: a character folded and decomposed (NFD) holds no more ASCII
    /// letters and digits than it has bytes, for every non-ASCII scalar.
    @Test func noCharacterFoldsToMoreLettersThanItHasBytes() {
        func letters(_ text: String) -> Int {
            text.unicodeScalars.filter { $0.isASCII && ByteClass.isASCIIAlphanumeric(UInt8($0.value)) }.count
        }
        var checked = 0
        for value in UInt32(0x80)...UInt32(0x10FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let bytes = Array(String(scalar).utf8)
            let folded = Folding.fold(bytes, 0, bytes.count)
            let count = folded.unicodeScalars.allSatisfy(\.isASCII)
                ? letters(folded) : letters(folded.decomposedStringWithCanonicalMapping)
            #expect(count <= bytes.count, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 1_000_000)
    }

    /// The counts by eight bytes give what the count byte by byte gave, on every range of
    /// awkward inputs up to 40 bytes long (every place of a byte relative to the words), on
    /// every corpus line, and against targets of every size (none, short, long, non-ASCII).
    @Test func countsByWordsAsByBytes() {
        let targets = [
            OpenerTargets([]),
            OpenerTargets([Self.reading(name: "DNUM", acronym: nil)]),
            OpenerTargets([Self.reading(name: "Direction du numérique", acronym: "DINUM")]),
            OpenerTargets([Self.reading(name: "Ministère de l'Intérieur et des Outre-mer", acronym: "MIOM"),
                           Self.reading(name: "é", acronym: "ÉÉÉÉÉÉÉÉÉÉ")]),
        ]
        var compared = 0
        for bytes in AwkwardInputs.all + ClosingLinesTests.awkward.map({ Array($0.utf8) }) {
            let ends = bytes.count <= 40 ? Array(0...bytes.count) : [0, 1, 7, 8, 9, 17, bytes.count / 2, bytes.count]
            for start in ends {
                for end in ends where end >= start {
                    for target in targets {
                        let range = TextRange(start, end)
                        #expect(target.mayName(bytes, range) == ReferenceOpenerTargets.mayName(target, bytes, range))
                        compared += 1
                    }
                }
            }
        }
        for document in Hostile.corpusDocuments() {
            for line in TokenLines.lines(document, from: 0, to: document.tokens.count) {
                let range = TokenLines.range(document, line)
                for target in targets {
                    #expect(target.mayName(document.bytes, range) == ReferenceOpenerTargets.mayName(target, document.bytes, range))
                }
            }
        }
        #expect(compared > 100_000)
    }

    /// Short lines are turned down too: fewer letters than any name, and no acronym's length.
    @Test func turnsDownLinesShorterThanEveryName() throws {
        let document = Document(bytes: Array("Le directeur général,".utf8))
        let line = try #require(TokenLines.lines(document, from: 0, to: document.tokens.count).first)
        let range = try #require(SignatoryRecognizer.namingRange(document, line))
        let targets = OpenerTargets([Self.reading(name: "Direction du numérique de l'État", acronym: "DNUM")])
        #expect(!targets.mayName(document.bytes, range))
    }

    @Test func turnsDownProseLongerThanEveryName() throws {
        let document = Document(bytes: Array("Le délégant fournit en temps utile tous les éléments.".utf8))
        let line = try #require(TokenLines.lines(document, from: 0, to: document.tokens.count).first)
        let range = try #require(SignatoryRecognizer.namingRange(document, line))
        let targets = OpenerTargets([Self.reading(name: "Direction du numérique", acronym: "DNUM")])
        #expect(!targets.mayName(document.bytes, range))
        #expect(!OpenerTargets([]).mayName(document.bytes, range))
    }
}
