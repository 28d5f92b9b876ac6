import Foundation
import Testing
@testable import Greffier

/// `NameVariantRule` finds first names among the text's words on their bytes (`FirstNames`)
/// rather than as strings: on every word of the corpus and of odd spellings, it finds exactly
/// the words a set of strings finds.
@Suite struct FirstNamesTests {
    static let odd = "Éric E\u{301}ric \u{212A}arl Karl KARL Anne-Marie Ève Zoé Zoe\u{301} Jean jean Jeanne"

    static func check(_ document: Document, _ names: [String], _ label: String) {
        let set = Set(names)
        let lookup = FirstNames(names)
        for (index, token) in document.tokens.enumerated() where token.kind == .word {
            let text = document.text(of: index)
            // What the rule did with a set of strings and a set of byte lengths.
            let expected = set.contains(text) && names.contains { $0.utf8.count == text.utf8.count }
            let found = lookup.firstName(document, index)
            #expect((found != nil) == expected, "\(label): \(text)")
            if let found { #expect(found == text, "\(label): \(text)") }
        }
    }

    @Test func findsTheSameWordsAsStrings() throws {
        let names = ["Éric", "Karl", "Zoé", "Jean", "Anne", "\u{212A}arl", "E\u{301}ve", "Pierre", "Christophe"]
        Self.check(Document(bytes: Array(Self.odd.utf8)), names, "odd")
        // At and below `FirstNames.listLimit` the names are a list, above it a set: both alike.
        for count in [1, 3, FirstNames.listLimit, FirstNames.listLimit + 1] {
            Self.check(Document(bytes: Array(Self.odd.utf8)), Array((names + names).prefix(count)), "odd \(count)")
        }
        // An ASCII word equal only to a non-ASCII name (`Karl`, `\u{212A}arl` with the Kelvin
        // sign), of the byte length of another name (`Jean`): found, as a set of strings finds it.
        Self.check(Document(bytes: Array(Self.odd.utf8)), ["\u{212A}arl", "Jean"], "kelvin")
        #expect(FirstNames(["\u{212A}arl", "Jean"]).firstName(Document(bytes: Array("Karl".utf8)), 0) == "Karl")
        // Names that all start with an ASCII letter: words are turned down on their first byte,
        // except those starting with a byte that is not ASCII.
        Self.check(Document(bytes: Array(Self.odd.utf8)), ["Karl", "Jean", "Anne", "Zoe", "Eric"], "ascii")
        for name in PartyCorpusSpanTests.names {
            let bytes = try [UInt8](Data(contentsOf: PartyCorpusSpanTests.texts.appendingPathComponent(name)))
            let document = Document(bytes: try InputDecoder.decode(bytes).bytes)
            // Every capitalized word of the text is someone's first name.
            let words = document.tokens.indices.filter { document.tokens[$0].kind == .word }.map { document.text(of: $0) }
            let capitalized = words.filter { $0.first?.isUppercase == true }.prefix(200)
            Self.check(document, names + capitalized, name)
            Self.check(document, ["Pierre", "Jean"] + capitalized.filter { $0.utf8.first.map { $0 < 0x80 } ?? false }, name + " (ASCII)")
        }
    }

    @Test(arguments: [("Karl", "Karl"), ("\u{212A}arl", "Karl"), ("Éric", nil), ("E\u{301}ric", nil), ("Ω", nil), ("", "")] as [(String, String?)])
    func asciiSpellings(name: String, spelled: String?) {
        #expect(FirstNames.asciiSpelling(name) == spelled)
    }

    /// The table of printable ASCII characters finds, for every character of the first planes
    /// (alone and with a combining accent), the ASCII character the search over all 95 found.
    @Test func asciiTableFindsWhatTheSearchFound() {
        let printable = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        for value in 0...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let accented = String(scalar) + "\u{301}"
            for character in [Character(scalar)] + (accented.count == 1 ? [Character(accented)] : []) {
                #expect(FirstNames.printableASCII[character] == printable.first { $0 == character }, "\(value)")
            }
        }
    }

    /// `asciiSpelling` turns down on their bytes the names holding none of the three non-ASCII
    /// scalars equal to an ASCII character: there are no others, among all scalars.
    @Test func onlyThreeScalarsEqualAnASCIICharacter() {
        var equal: [UInt32] = []
        for value in UInt32(0x80)...UInt32(0x10FFFF) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if FirstNames.printableASCII[Character(scalar)] != nil { equal.append(value) }
        }
        #expect(equal == [0x37E, 0x1FEF, 0x212A])
        for name in ["\u{37E}", "a\u{1FEF}", "\u{212A}arl", "é\u{212A}"] {
            #expect(FirstNames.mayHoldASCIIEqual(name), "\(name.debugDescription)")
        }
        for name in ["", "Karl", "Éric", "\u{212B}", "\u{E2}\u{84}", "\u{1FEE}", "\u{37F}", "ΩK"] {
            #expect(!FirstNames.mayHoldASCIIEqual(name), "\(name.debugDescription)")
        }
    }

    /// The rule's character tests on the bytes give what the string's answered.
    @Test(arguments: ["", "a", "ab", "abc", "a\r\nb", "\r\n\r\n", "\r\nab", "é", "éé", "ééé", "e\u{301}e\u{301}", "Jo.",
                      ".", "a.", "a.\u{301}", "\u{600}.", "a\u{2024}", "J.-P.", "..", "\u{301}.", "a\r", "\r\n.", "👍🏽x"])
    func characterTestsAsTheString(_ text: String) {
        #expect(NameVariantRule.holdsThreeCharacters(text) == (text.count >= 3))
        #expect(NameVariantRule.endsWithPeriod(text) == text.hasSuffix("."))
    }

    /// `NameVariantRule.words` splits as `split(separator: " ")` did, on odd texts and corpus lines.
    @Test(arguments: ["", "   ", " a  b ", "x\r\n y", "É  é ", "e\u{301}  x", " \u{301}a  b", "Jean \u{600} PIERRE",
                      "x \u{903}", "– \u{301}", "\u{200D} x", "x \u{200D}", "ǿ ʯ ˿ ̀", "𝐀 𝐁", " 👍🏽 ok", "Éric  DE LA  TOUR",
                      "Jean\u{FFFD} DUPONT", "\u{FFFD} \u{FFFD}", "x \u{FFFD}\u{301}", "– Jean – \u{FFFD}"])
    func wordsSplitAsTheCharacterSplit(_ text: String) {
        #expect(NameVariantRule.words(text).map { Array($0.utf8) } == text.split(separator: " ").map { Array($0.utf8) })
        #expect(NameVariantRule.words(text) == text.split(separator: " ").map(String.init))
    }

    @Test func wordsSplitAsTheCharacterSplitOnTheCorpus() {
        for name in Hostile.corpusNames {
            let text = String(decoding: Hostile.corpusText(name), as: UTF8.self)
            for line in text.split(separator: "\n") {
                let line = String(line)
                #expect(NameVariantRule.words(line).map { Array($0.utf8) } == line.split(separator: " ").map { Array($0.utf8) })
            }
        }
    }

    /// With every name ASCII, a word that is not ASCII is made a string only when it holds one
    /// of the three scalars equal to an ASCII character: those words, wherever the scalar
    /// stands, are still found as a set of strings finds them, and the others still not.
    @Test func asciiNamesAndWordsThatAreNot() {
        let words = "\u{212A}arl Kar\u{212A} KARL\u{212A} Jo\u{37E} Jo; \u{1FEF}Al `Al Ka\u{301}rl Kärl Éric Karl\u{1FEF} Eric"
        Self.check(Document(bytes: Array(words.utf8)), ["Karl", "KarK", "KARLK", "Jo;", "`Al", "Eric", "Karl`"], "singletons")
        Self.check(Document(bytes: Array(words.utf8)), ["Karl", "Jo;", "`Al"], "singletons, few")
    }

    /// Found in review: a signatory named `\u{212A}evin DUPONT` (Kelvin sign) and a contact
    /// `Kevin DUPOND` further on are one person with two spellings of the surname.
    @Test func aNameEqualToASCIIOnlyAsAStringIsStillFound() {
        let text = String(decoding: Hostile.corpusText("000_66948a5937086540"), as: UTF8.self)
            .replacingOccurrences(of: "Anne JEANJEAN", with: "\u{212A}evin DUPONT")
            .replacingOccurrences(of: "Caroline LE BORGNE", with: "Marie MARTIN")
            .replacingOccurrences(of: "Copies :", with: "Contact : Kevin DUPOND.\n\nCopies :")
        let record = Greffier.extract(bytes: Array(text.utf8), path: "kelvin.txt")
        #expect(record.findings.contains { $0.code == .personNameVariant && $0.message.contains("Kevin DUPOND") })
    }
}
