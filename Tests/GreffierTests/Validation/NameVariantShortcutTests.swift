import Testing

@testable import Greffier

/// `NameVariantRule.plainlyNoVariant` turns a surname down on its bytes only where the rule's
/// first tests on its fold (as the rule made it before: the word decoded, folded, its scalars)
/// turn it down too: on every word of the corpus and of awkward inputs, against the fold of the
/// word itself, of its neighbours, and near spellings of it.
@Suite struct NameVariantShortcutTests {
    static func scalars(_ document: Document, _ index: Int) -> [Unicode.Scalar] {
        Array(NameVariantRule.fold(document.text(of: index)).unicodeScalars)
    }

    /// The rule's tests before the distance, on the fold of the word.
    static func firstTestsPass(_ document: Document, _ index: Int, _ firstWanted: [Unicode.Scalar]) -> Bool {
        let folded = scalars(document, index)
        return folded.first == firstWanted.first && folded != firstWanted && folded.count >= 4
            && abs(folded.count - firstWanted.count) <= 2
    }

    /// Surnames to compare the word with: its own fold, shortened, lengthened, changed at its
    /// second or last letter, reversed, empty, and its neighbours' folds.
    static func wanted(_ document: Document, _ index: Int) -> [[Unicode.Scalar]] {
        let own = scalars(document, index)
        var list: [[Unicode.Scalar]] = [own, [], Array(own.dropLast()), own + ["x"], own + ["x", "y", "z"], Array(own.dropFirst()), own.reversed()]
        if own.count > 1 {
            var changed = own
            changed[1] = changed[1] == "z" ? "y" : "z"
            list.append(changed)
            changed = own
            changed[own.count - 1] = "é"
            list.append(changed)
        }
        for neighbour in [index - 2, index - 1, index + 1, index + 2] where document.tokens.indices.contains(neighbour) {
            list.append(scalars(document, neighbour))
        }
        return list
    }

    @Test(arguments: ["corpus", "awkward"])
    func turnsDownOnlyWhatTheTestsWould(source: String) {
        let inputs = source == "corpus" ? Hostile.corpusNames.map { Hostile.corpusText($0) } : AwkwardInputs.all
        var tried = 0
        var turnedDown = 0
        var kept = 0
        for bytes in inputs {
            let document = Document(bytes: bytes)
            for index in document.tokens.indices where document.tokens[index].kind == .word {
                for firstWanted in Self.wanted(document, index) {
                    tried += 1
                    if NameVariantRule.plainlyNoVariant(document, index, of: firstWanted) {
                        #expect(!Self.firstTestsPass(document, index, firstWanted), "\(document.text(of: index).debugDescription)")
                        turnedDown += 1
                    } else {
                        kept += 1
                    }
                }
            }
        }
        #expect(tried > 1000)
        #expect(turnedDown > 0)
        #expect(kept > 0)
    }
}
