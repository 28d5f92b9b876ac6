import Foundation
import Testing

@testable import Greffier

/// `WordTable` rejects tokens by their first bytes and compares ASCII tokens on their raw
/// bytes: it must answer exactly as comparing every word with `Document.isWord`, checked on
/// every token of the corpus and on tokens made to sit at the edges of its shortcuts.
@Suite struct WordTableTests {
    static let wordLists: [[String]] = [
        ChorusLabels.all.map { $0.words[0] },
        LegalReferenceRecognizer.triggers.map(\.word),
        DistributionList.openingWords,
        HeadingArea.bodyWords,
        ["programme", "programmes", "bop"],
        ["prend", "date", "conclue", "valable", "reconductible"],
        ["concurrence", "plafond", "plafonds", "plafonne", "plafonnee", "plafonnes", "plafonnees", "limite", "montant"],
        ["annexe", "annexes"],
        ["no", "numero", "nor"],
        ["jusqu"],
        ["exceder", "jusqu"],
        PersonName.particles,
        PersonName.honorifics,
        LegalReferenceRecognizer.stopWords,
        // One-letter words, words longer than 16 bytes, words sharing their first bytes.
        ["a", "l", "de", "des", "d", "interministerielle", "operationnellement", "centre", "centres", "ce"],
    ]

    /// Tokens at the edges: accents at the first or second byte, `œ`/`æ` folding to two
    /// letters, words joined across a line break, one-letter tokens, uppercase, OCR's `¢`.
    static let edgeText = """
        Décret décret DECRET Arrêté arrêté ARRÊTÉ Œuvre œuvre cœur Ædes æ a l L d de DE dé
        cen-
           tre centre- Cen-
        tres pro-
        gramme programmes Programme bop BOP Bop copie Copies COPIES ampliation Ampliations
        d¢cret Décrets décrets loi lois Loi circulaire Circulaires instruction instructions
        Préambule préambule Considérant vu Vu il Il entre Entre article Articles contexte
        Unité unite UO uo Uo Domaine domaines Activité activités Service services Code codes
        Localisation localisation-interministérielle interministérielle opérationnelle
        prend Prend date Date conclue Conclue valable reconductible Reconductible
        plafond Plafonds plafonnée plafonnées PLAFONNÉ limite limité montant Montants concurrence
        centre-ville centre- -centre -- - « » ° n° no. A-12 2004-1085 1er 1¢ é É ÿ Ÿ
        """

    static func documents() -> [Document] {
        Hostile.corpusDocuments() + [Document(bytes: Array(edgeText.utf8))]
    }

    @Test func answersAsComparingEveryWord() {
        let documents = Self.documents()
        #expect(documents.count > 10)
        var found = 0
        for words in Self.wordLists {
            let table = WordTable(words)
            for document in documents {
                for index in document.tokens.indices {
                    let expected = words.firstIndex { document.isWord(index, $0) }
                    if expected != nil { found += 1 }
                    #expect(table.firstIndex(document, index) == expected, "\(document.text(of: index))")
                    #expect(table.contains(document, index) == document.isWord(index, oneOf: words))
                }
            }
        }
        #expect(found > 100)
    }

    /// The legal references' stop words, once a set of folded strings: the table answers as
    /// the set did on every word (equal strings, `==` being canonical equivalence, are here
    /// equal bytes, as in `Document.isWord`).
    @Test func stopWordsAnswerAsTheSetOfFoldedStrings() {
        let set = Set(LegalReferenceRecognizer.stopWords)
        var found = 0
        for document in Self.documents() {
            for index in document.tokens.indices where document.tokens[index].kind == .word {
                let expected = set.contains(document.folded(index))
                if expected { found += 1 }
                #expect(LegalReferenceRecognizer.stopTable.contains(document, index) == expected, "\(document.text(of: index))")
            }
        }
        #expect(found > 100)
    }

    /// The table's length test relies on folding never lengthening a token.
    @Test func foldingNeverLengthensACharacter() {
        for value in UInt32(0x80)...UInt32(0x10FFFF) {
            let ascii = Letters.asciiFoldBytes(value)
            guard let scalar = Unicode.Scalar(value), ascii.first != 0 else { continue }
            #expect((ascii.second == 0 ? 1 : 2) <= String(scalar).utf8.count, "U+\(String(value, radix: 16))")
        }
    }

    /// The labels matched by first word give what trying every label in order gave.
    @Test func chorusLabelsMatchAsTryingEveryLabel() {
        let labelled = Document(bytes: Array("""
            Centre financier (UO) Centres financiers UO Unité opérationnelle Domaine fonctionnel
            Centre(s) de coût(s) centre de colt Centres de cofits code PAM Codes PAM service exécutant
            Services exécutants Localisation interministérielle Activité activités centre de
            coût Centre de Centre financier Code
            """.utf8))
        for document in Self.documents() + [labelled] {
            for index in document.tokens.indices {
                let match = ChorusLabels.match(document, at: index)
                let expected = Self.naiveLabel(document, at: index)
                #expect(match?.0 == expected?.0 && match?.1 == expected?.1, "\(document.text(of: index))")
            }
        }
    }

    /// The labels tried one by one, in order, as before the table.
    static func naiveLabel(_ document: Document, at index: Int) -> (ChorusCode.Kind, Int)? {
        guard document.tokens[index].kind == .word else { return nil }
        for label in ChorusLabels.all {
            var current = index
            var matched = true
            for word in label.words {
                guard document.isWord(current, word) else {
                    matched = false
                    break
                }
                current += 1
                if document.isPunctuation(current, UInt8(ascii: "(")), document.isWord(current + 1, "s"),
                    document.isPunctuation(current + 2, UInt8(ascii: ")"))
                {
                    current += 3
                }
            }
            if matched { return (label.kind, current) }
        }
        return nil
    }
}
