import Testing
@testable import Greffier

/// Which party a closing block names, and the signatories linked through the whole pipeline.
@Suite struct PartyMatchingTests {
    static let parties: [(name: String, acronym: String?)] = [
        ("direction des systèmes d'information des ministères sociaux", "DSI"),
        ("Direction générale de la santé", "DGS"),
        ("Direction du numérique du Ministére du travail, de la santé", "DNUM"),
        ("directeur des affaires financières", nil),
    ]

    static let cases: [(String?, String?)] = [
        ("DSI des ministères sociaux", "DSI"),
        ("DSI", "DSI"),
        ("Direction générale de la santé", "DGS"),
        ("DIRECTION GENERALE DE LA SANTE", "DGS"),
        // OCR accents differ between the block and the closing.
        ("Direction du numérique du Ministere du travail, de la santé", "DNUM"),
        // A matched party without acronym, and an unknown party, keep the text as written.
        ("directeur des affaires financières", "directeur des affaires financières"),
        ("ministre", "ministre"),
        // An acronym only as a prefix of a longer word is no match.
        ("DSIC", "DSIC"),
        (nil, nil),
    ]

    @Test(arguments: cases)
    func labels(_ text: String?, _ label: String?) {
        #expect(PartyMatching.label(text, parties: Self.parties) == label)
    }

    /// `fold` collapses spaces on the bytes when the folded text is ASCII: the same as the
    /// split on `" "` and the join it replaced, on the texts with and without non-ASCII left.
    @Test(arguments: ["", "   ", " a  b ", "x\r\n y", "É  é ", "e\u{301}  x", " \u{301}a  b", "Ministére  DU\ttravail",
                      "\u{212A}elvin  x", "ｆｕｌｌ  ｗｉｄｔｈ", "a \r\n b", "DGFiP – Service", "« DSI »", "l’ État ",
                      "a \u{600} b", "\u{600} x", "x \u{903}", "– \u{301}", "a\u{2013} \u{2014}b", "\u{200D} x",
                      "x \u{200D}", "a \u{2028} b", "\u{205F} \u{205E} ", "ǿ ʯ ˿ ̀", "𝐀 𝐁", "漢 字", " 👍🏽 ok",
                      "a\u{FFFD} b", "\u{FFFD}  \u{FFFD}", " \u{FFFD}\u{301} x", "x \u{FFFD}\u{200D}",
                      // Folded to ASCII in one pass: hyphens across lines, ligatures, `¢`, tabs.
                      "d'infor-\n  mation", "infor-\n\tmation", "a -\n b", "-\n", "x-\n", "-\r\nx", "Œuvre  ÆSTIVE ",
                      "sant¢ ", "ÿ Ÿ ñ", " é\té ", "Ministère\nde  l'Intérieur", "a\u{0} b", "  -\n  x", "ß", "é\u{301}"])
    func foldCollapsesSpacesAsTheSplitDid(_ text: String) {
        let bytes = Array(text.utf8)
        let expected = Folding.fold(bytes, 0, bytes.count).split(separator: " ").joined(separator: " ")
        #expect(Array(PartyMatching.fold(text).utf8) == Array(expected.utf8))
    }

    /// Texts drawn from pieces the one-pass fold treats apart (spaces alone and in runs,
    /// hyphens before a line end, tabs, capitals, letters with and without an ASCII fold),
    /// across its eight-byte steps: the same as the fold, split and join.
    @Test func foldOfDrawnTextsAsTheSplitDid() {
        let pieces = ["a", "B", "Z", "@", "[", " ", "  ", "-", "-\n", "\n", "\t", "é", "É", "œ", "Æ", "ß", "«", "¢",
                      "\u{212A}", "e\u{301}", "xyzXYZab", "DIRECTION", "d'", "\u{0}", "~"]
        var state: UInt64 = 0x5851_F42D_4C95_7F2D
        for length in 1...24 {
            for _ in 0..<200 {
                var text = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    text += pieces[Int(state >> 33) % pieces.count]
                }
                let bytes = Array(text.utf8)
                let expected = Folding.fold(bytes, 0, bytes.count).split(separator: " ").joined(separator: " ")
                #expect(Array(PartyMatching.fold(text).utf8) == Array(expected.utf8), "\(text.debugDescription)")
            }
        }
    }

    /// The same on every line of the corpus.
    @Test func foldCollapsesSpacesAsTheSplitDidOnTheCorpus() {
        for name in Hostile.corpusNames {
            let text = String(decoding: Hostile.corpusText(name), as: UTF8.self)
            for line in text.split(separator: "\n") {
                let bytes = Array(line.utf8)
                let expected = Folding.fold(bytes, 0, bytes.count).split(separator: " ").joined(separator: " ")
                #expect(Array(PartyMatching.fold(String(line)).utf8) == Array(expected.utf8))
            }
        }
    }

    @Test func linksSignatoriesThroughThePipeline() {
        let text = """
            Entre

            La direction des systèmes d’information des ministères sociaux, représentée par M. Christophe
            ROUQUIE, chef de service, ci-après dénommée « la DSI » ;

            Et

            La direction interministérielle du numérique, représentée par M. Henri VERDIER, directeur,
            ci-après dénommée « la DINSIC »,

            Il est convenu ce qui suit entre la DSI, service délégant et la
            DINSIC, service délégataire.

            Fait le 24 août 2017.

            Pour la DSI des ministères sociaux :
            Le chef de service,
            C. Rouquie

            Pour la DINSIC, par délégation :
            Le chef de la mission,
            H. Ghaniani
            """
        let bytes = Array(text.utf8)
        let record = Greffier.extract(bytes: bytes, path: "test.txt")
        #expect(record.parties.map(\.role) == [.delegant, .delegataire])
        #expect(record.parties.map(\.name) == ["direction des systèmes d'information des ministères sociaux",
                                               "direction interministérielle du numérique"])
        #expect(record.signatories.map(\.party) == ["DSI", "DINSIC"])
        // Spans are offsets of the original bytes (the typographic apostrophe is 3 bytes there).
        for signatory in record.signatories {
            let source = String(decoding: bytes[signatory.span.start..<signatory.span.end], as: UTF8.self)
            #expect(source.hasPrefix("Pour la"))
            #expect(source.hasSuffix(signatory.name))
        }
        let first = record.parties[0].span
        #expect(String(decoding: bytes[first.start..<first.end], as: UTF8.self).hasSuffix("« la DSI » ;"))
    }
}
