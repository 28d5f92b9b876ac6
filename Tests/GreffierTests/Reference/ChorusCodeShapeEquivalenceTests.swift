import Testing
@testable import Greffier

/// `ChorusCodeShape` reads a code as its former reading did (`ReferenceChorusCodeShape`): the
/// same value, end and repair, or none, for every kind, with and without repair, at every
/// offset of the corpus texts, of awkward inputs and of codes made to sit at the edges (cut at
/// the text's end, broken after a hyphen, `O` for `0`, glued to letters and hyphens).
@Suite struct ChorusCodeShapeEquivalenceTests {
    static let madeUp = [
        "0204-CDGS-CDAD", "0204-CDGS-CDA", "O204-CDGS-CDAD", "02O4-CDGS-CDAD", "0204-\n   CDGS-\nCDAD", "0204-\n",
        "0129-\n\tCAHC-DISN x", "x0204-CDGS-CDAD", "-0204-CDGS-CDAD", "0204-CDGS-CDAD-", "0204-CDGS-CDAD-X", "0204-CDGS-CDADé",
        "0204-11-08", "0204-11", "0204-11-", "0204-11-0", "02O4-1O-O8", "0204-11-08-1", "020411080000", "0204ABCDEF12",
        "0204ABCDEF1", "12-129-FA17-MS0-0001", "12-129-FA17-MS0-000", "1O-129-FA17-MS0-OOO1", "C1234", "c1234", "CO234",
        "1001091655", "100109165", "10010916555", "SGSIFAB075", "SGSIFABO75", "SGSIFAB0O5", "DININCUB75", "SOCBEXDO075",
        "ABCDEF", "ABCDE1", "ABCDEFGHIJKL1", "AB1", "OOOO-OOOO-OOOO", "0000-0000-0000", "0204 -CDGS", "0204-cdgs-cdad",
    ]

    static func inputs() -> [[UInt8]] {
        var inputs = AwkwardInputs.all
        inputs.append(Array(madeUp.joined(separator: " ").utf8))
        inputs.append(Array(madeUp.joined(separator: "\n").utf8))
        inputs += madeUp.map { Array($0.utf8) }
        return inputs
    }

    @Test(arguments: ChorusCode.Kind.allCases)
    func readsAsTheFormerReading(kind: ChorusCode.Kind) {
        var codes = 0
        for bytes in Self.inputs() {
            for offset in 0...bytes.count {
                for repair in [false, true] {
                    let fast = ChorusCodeShape.match(kind, in: bytes, at: offset, allowRepair: repair)
                    let reference = ReferenceChorusCodeShape.match(kind, in: bytes, at: offset, allowRepair: repair)
                    if fast != reference {
                        Issue.record("\(kind) at \(offset) repair \(repair): \(String(describing: fast)) ≠ \(String(describing: reference)) in \(bytes.prefix(60))")
                    }
                    if fast != nil { codes += 1 }
                }
            }
        }
        #expect(codes > 0)
    }
}
