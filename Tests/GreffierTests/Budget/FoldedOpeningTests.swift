import Testing

@testable import Greffier

/// The splitter turns down a word on the first three bytes of its fold (`WordTables.mayContinue`,
/// `turnsDownThird` for ASCII bytes): words whose fold opens on a header word of two bytes and goes
/// on, or on a vocabulary word's first bytes, or a year's, with accents, folds of two letters,
/// marks, dashes and cut characters at the first three places, answer as the former reading
/// (`ReferenceHeaderSplitter`), alone and among header words.
@Suite struct FoldedOpeningTests {
    static let words: [String] = [
        "Département", "Exécution", "Délégation", "délégués", "dépenses", "d’État", "Dès", "dé", "dée", "déx",
        "Dé", "DÉ", "dÉs", "éte", "ète", "été", "enté", "ené", "énveloppe", "engagé", "Engagément", "éngagement",
        "etê", "ét", "sûr", "surê", "Sür", "süre", "tôtal", "totàux", "tøtal", "montànt", "mÖntant", "crédits",
        "Crédit", "crèdits", "créer", "Année", "années", "anné", "annéex", "exércice", "Exécice", "fônds", "intitulés",
        "libellé", "libéllé", "applicàtion", "paiemént", "péiement", "autorisàtion", "eürös", "eür", "éur", "èuros",
        "aé", "aéx", "àex", "Àe2026", "cé", "Cpé", "çp", "Çpé", "cpé", "aeé", "19é", "20é5", "2é26", "1é50", "21é",
        "ßur", "æe", "Æes", "œu", "de\u{301}x", "dé\u{301}", "d\u{301}ex", "de\u{301}", "dé-\nx", "d-é", "de-é",
        "-dé", "d’é", "d'é", "(é", "(ée", "(ttç)", "(ht)é", "ht\u{301}", "ttç", "ènx", "enx\u{301}", "d\u{2019}engagément",
        "dé\u{200D}", "é\u{FE0F}x", "İé", "ĳé", "Kéy", "\u{212A}é",
        // ASCII words turned down on their first three bytes, or not.
        "entre", "Entre", "ENTRE", "des", "DES", "par", "pai", "pa", "paiement", "de", "det", "dex", "e-t", "de-\nx",
        "d-\ne", "et-", "et", "etx", "en", "enx", "eng", "19", "194", "1949", "2026", "20x", "2x", "(tt", "(ttc)",
        "(ttx", "(ht", "(hx", "(en", "(ex", "d'e", "d'x", "d'engagement", "su", "sur", "surx", "sux", "ttc", "ttcx",
        "htx", "exe", "exercice", "exo", "ann", "anx", "fon", "fox", "lib", "lix", "app", "apx", "aut", "aux", "eur",
        "eu", "eux", "euros", "mon", "mot", "tot", "tou", "aex", "cpx", "aE2", "Cp2026", "c p", "a e", "ae", "cp",
    ]

    static func cells() -> [[UInt8]] {
        var cells: [[UInt8]] = []
        for word in words {
            for (before, after) in [("", ""), ("AE ", ""), ("", " CP"), ("de ", " 2026"), ("Total ", " et")] {
                cells.append(Array((before + word + after).utf8))
            }
            let bytes = Array(word.utf8)
            // Cut inside its characters.
            for cut in 1..<max(1, bytes.count) { cells.append(Array(bytes[..<cut])) }
        }
        return cells
    }

    @Test func splitterAgreesWithItsFormerReading() {
        var accepted = 0
        var count = 0
        for bytes in Self.cells() {
            for (text, range) in [(bytes, TextRange(0, bytes.count)), ([0x41] + bytes + [0x0A], TextRange(1, bytes.count + 1))] {
                let fast = HeaderSplitter.holdsOnlyHeaderWords(text, range)
                #expect(fast == ReferenceHeaderSplitter.holdsOnlyHeaderWords(text, range), "\(String(decoding: bytes, as: UTF8.self))")
                if fast { accepted += 1 }
                count += 1
            }
        }
        #expect(count > 1000)
        #expect(accepted > 20)
    }
}
