import Foundation

/// The hostile inputs of issue 8, each at two sizes: a recognizer that rescans or backtracks
/// shows as time per MB growing with the size. `PathologicalInputTests` checks what these
/// inputs give; this only times them (a test never measures time).
enum PathologicalPass {
    struct Input {
        let name: String
        let head: String
        /// The text of the `index`-th repetition.
        let unit: (Int) -> String
    }

    /// Sizes in bytes: large enough to time, small enough that a quadratic recognizer ends.
    static let sizes = [1_000_000, 4_000_000]

    static func inputs(act: String) -> [Input] {
        let oneLine = act.replacingOccurrences(of: "\n", with: " ") + " "
        return [
            Input(name: "an act on one line, repeated", head: "") { _ in oneLine },
            Input(name: "tabs", head: "") { _ in "\t" },
            Input(name: "Article 1", head: "") { _ in "Article 1\n" },
            Input(name: "du 1er janvier", head: "") { _ in "du 1er janvier " },
            Input(name: "1 000 000,00 €", head: "") { _ in "1 000 000,00 €\n" },
            Input(name: "ENTRE ... ET", head: "") { _ in "ENTRE ... ET " },
            Input(name: "table rows", head: "Année\tAE\tCP\n") { "\(2000 + $0 % 50)\t1 000,00 €\t1 000,00 €\n" },
            Input(name: "ceilings in one clause", head: "") { "à concurrence de \(1000 + $0) € et " },
            // Many short clauses, each with a number and no ceiling word: a walk per clause that
            // ran on to the text's end made the ceiling search quadratic (f9118ac).
            Input(name: "short clauses", head: "") { _ in "1 ab; " },
            Input(name: "schedule items", head: "") { "– \(2000 + $0 % 50) : 1 000 € ;\n" },
            Input(name: "signatories", head: "Fait à Paris, le 14/04/2021\n") { index in
                let letters = (0..<4).map { Character(Unicode.Scalar(UInt8(65 + index / Int(pow(26, Double($0))) % 26))) }
                return "Pour le délégant\nLe directeur\nJean DUP\(String(letters))NT\n\n"
            },
        ]
    }

    /// Writes each input at each size, times `greffier extract` on it, and returns the table.
    static func run(greffier: String, act: String, folder: URL) throws -> String {
        var lines = ["pathological input".padding(toLength: 32, withPad: " ", startingAt: 0)
            + sizes.map { size in
                // Right-aligned by hand: `%12@` does not pad on Linux, and the headers ran together.
                let label = "s/MB @ \(size / 1_000_000) MB"
                return String(repeating: " ", count: max(1, 14 - label.count)) + label
            }.joined() + "   ratio"]
        for input in inputs(act: act) {
            var perMegabyte: [Double] = []
            for size in sizes {
                let path = folder.appendingPathComponent("pathological.txt").path
                var text = input.head
                var index = 0
                while text.utf8.count < size {
                    text += input.unit(index)
                    index += 1
                }
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                // The limits off: the point is to see the whole work, not the budget cutting it.
                let run = try ChildRun.run(greffier, ["extract", "--quiet", "--max-seconds-per-document", "none",
                                                      "--max-bytes", "none", path])
                try? FileManager.default.removeItem(atPath: path)
                perMegabyte.append(run.seconds / (Double(text.utf8.count) / 1e6))
            }
            let ratio = (perMegabyte.last ?? 0) / max(perMegabyte.first ?? 1, 1e-9)
            lines.append(input.name.padding(toLength: 32, withPad: " ", startingAt: 0)
                + perMegabyte.map { String(format: "%14.3f", $0) }.joined() + String(format: "%8.2f", ratio))
        }
        return lines.joined(separator: "\n")
    }
}
