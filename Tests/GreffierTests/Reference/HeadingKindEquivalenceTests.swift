import Testing

@testable import Greffier

/// `HeadingLine.kind` as it was: the token's folded string compared with each word.
enum ReferenceHeadingKind {
    static func kind(_ document: Document, _ index: Int) -> DocumentRecord.Kind? {
        let second = document.next(index)
        let third = document.next(second)
        switch document.folded(index) {
        case "avenant": return .avenant
        case "convention", "conventions": return .convention
        case "delegation" where document.isWord(second, "de") && document.isWord(third, "gestion"):
            return .convention
        case "instruction": return .instruction
        case "note" where document.isWord(second, "de") && document.isWord(third, "service"):
            return .instruction
        case "circulaire": return .circulaire
        case "arrete": return .arrete
        case "decision": return .decision
        default: return nil
        }
    }
}

/// The table's reading of a heading's kind against the former one, on every word of the corpus,
/// of awkward inputs and of made-up near spellings (accents, capitals, a Kelvin sign, a `-⏎`).
@Suite struct HeadingKindEquivalenceTests {
    static let madeUp: [String] = [
        "Avenant n° 1", "AVENANT", "Avénant", "avenants", "CONVENTION de", "Conventions", "Convéntion", "conventio",
        "Délégation de gestion", "DELEGATION DE GESTION", "délégation de service", "Délégation", "Instruction",
        "INSTRUCTION N°", "Note de service", "NOTE DE SERVICE", "note de gestion", "Note", "Circulaire", "CIRCULAIRE",
        "Arrêté", "ARRETE", "arrête", "Décision", "DECISION", "décisions", "\u{212A}elvin", "Conven-\ntion",
        "Inst\u{0301}ruction", "Note\u{0300} de service", "Œuvre", "«Convention»", "ｃonvention", "Conventi\u{1FEF}n",
    ]

    @Test(arguments: ["corpus", "awkward", "made-up"])
    func tableReadsAsTheStrings(source: String) {
        let inputs: [[UInt8]] = switch source {
        case "corpus": Hostile.corpusNames.map { Hostile.corpusText($0) }
        case "awkward": AwkwardInputs.all
        default: Self.madeUp.map { Array($0.utf8) }
        }
        var tried = 0
        var found = 0
        for bytes in inputs {
            let document = Document(bytes: bytes)
            for index in document.tokens.indices where document.tokens[index].kind == .word {
                let expected = ReferenceHeadingKind.kind(document, index)
                #expect(HeadingLine.kind(document, index) == expected, "\(document.text(of: index).debugDescription)")
                tried += 1
                if expected != nil { found += 1 }
            }
        }
        #expect(tried > 10)
        #expect(found > 0)
    }
}
