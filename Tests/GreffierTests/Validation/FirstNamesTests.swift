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
            let expected = set.contains(text) && names.contains { $0.utf8.count == text.utf8.count }
            var found = false
            if lookup.hasLength(token.end - token.start) {
                if FirstNames.isASCII(document.bytes, token.start, token.end) {
                    found = lookup.asciiName(document.bytes, token.start, token.end).map { $0 == text } ?? false
                } else {
                    found = set.contains(text)
                }
            }
            #expect(found == expected, "\(label): \(text)")
        }
    }

    @Test func findsTheSameWordsAsStrings() throws {
        let names = ["Éric", "Karl", "Zoé", "Jean", "Anne", "\u{212A}arl", "E\u{301}ve", "Pierre", "Christophe"]
        Self.check(Document(bytes: Array(Self.odd.utf8)), names, "odd")
        for name in PartyCorpusSpanTests.names {
            let bytes = try [UInt8](Data(contentsOf: PartyCorpusSpanTests.texts.appendingPathComponent(name)))
            let document = Document(bytes: try InputDecoder.decode(bytes).bytes)
            // Every capitalized word of the text is someone's first name.
            let words = document.tokens.indices.filter { document.tokens[$0].kind == .word }.map { document.text(of: $0) }
            Self.check(document, names + words.filter { $0.first?.isUppercase == true }.prefix(200), name)
        }
    }
}
