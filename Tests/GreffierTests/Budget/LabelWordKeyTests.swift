import Testing

@testable import Greffier

/// `MoneyScanner.followsLabelWord` tells an ASCII word by its lowercase bytes (`asciiKey`,
/// `labelKeys`) rather than looking its fold up in `labelWords`: both must answer alike
/// before every byte of the corpus texts and the awkward inputs, and on made-up words.
@Suite struct LabelWordKeyTests {
    /// `followsLabelWord` as it was: the fold of the word looked up in the set.
    static func reference(_ bytes: [UInt8], before offset: Int) -> Bool {
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xB0 { return true }
        var start = end
        while start > 0, ByteClass.isASCIILetter(bytes[start - 1]) || bytes[start - 1] >= 0x80 {
            start -= 1
        }
        guard start < end else { return false }
        return MoneyScanner.labelWords.contains(Folding.fold(bytes, start, end))
    }

    @Test func everyLabelWordHasItsKey() {
        #expect(MoneyScanner.labelKeys.count == MoneyScanner.labelWords.count)
        for word in MoneyScanner.labelWords {
            let bytes = Array(word.utf8)
            #expect(MoneyScanner.followsLabelWord(bytes + [0x20, 0x31], before: bytes.count + 1), "\(word)")
        }
    }

    static let madeUp: [String] = {
        let words = Array(MoneyScanner.labelWords) + [
            "PROGRAMME", "Programme", "programm", "programmess", "Bop", "BOPS", "n", "N", "no", "No", "nos", "numéro",
            "Numéro", "NUMÉRO", "numero", "téléphone", "Tél", "tél", "tel", "TEL", "télephone", "ligne", "lignes",
            "lot", "lots", "titre", "Titre", "titres", "chapitre", "chapitres", "article", "artícle", "actions",
            "annexe", "annexé", "annexes", "page", "pagé", "abcdefghijklmnop", "abcdefghijklmnopq", "programmeprogramme",
            "x", "", "é", "Ⅱ", "ﬁ", "\u{0441}\u{0440}", "ae", "eur", "\u{00A0}programme", "lot\u{0301}", "ΝΟ",
        ]
        let gaps = ["", " ", "  ", "°", " ° ", "\u{00B0} ", "-", "\n"]
        return words.flatMap { word in gaps.map { word + $0 } }
    }()

    @Test(arguments: madeUp) func madeUpWordsAnswerAsTheSet(text: String) {
        let bytes = Array(text.utf8) + Array("204 150 000 €".utf8)
        for offset in 0...bytes.count {
            #expect(MoneyScanner.followsLabelWord(bytes, before: offset) == Self.reference(bytes, before: offset), "\(text) \(offset)")
        }
    }

    @Test func corpusAndAwkwardInputsAnswerAsTheSet() {
        var checked = 0
        for bytes in Hostile.corpusNames.map(Hostile.corpusText) + AwkwardInputs.all {
            for offset in 0...bytes.count {
                #expect(MoneyScanner.followsLabelWord(bytes, before: offset) == Self.reference(bytes, before: offset), "\(offset)")
                checked += 1
            }
        }
        #expect(checked > 100_000)
    }
}
