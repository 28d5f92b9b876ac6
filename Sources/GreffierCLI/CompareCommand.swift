import Foundation
import Greffier

/// `greffier compare EXPECTED_DIR RECORDS.jsonl [--min-f1 X]`: scores records against golden
/// records field family by field family, lists each difference with its field path.
enum CompareCommand {
    static func run(_ arguments: [String], output: OutputSink) -> ExitStatus {
        if let status = Help.handle(arguments, text: Help.compare, output: output) { return status }
        var positional: [String] = []
        var minimum: Double?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--min-f1" {
                guard index < arguments.count, let value = Double(arguments[index]), (0...1).contains(value) else {
                    Diagnostics.printError("greffier: --min-f1 takes a number from 0 to 1")
                    return .usage
                }
                minimum = value
                index += 1
            } else if argument.hasPrefix("-") && argument != "-" {
                Diagnostics.printError("greffier: unknown option '\(argument)' for compare\nRun 'greffier compare --help' for usage.")
                return .usage
            } else {
                positional.append(argument)
            }
        }
        guard positional.count == 2 else {
            Diagnostics.printError("greffier: compare takes EXPECTED_DIR and RECORDS.jsonl (or - for standard input)")
            return .usage
        }
        let (directory, recordsPath) = (positional[0], positional[1])
        let data = recordsPath == "-" ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: recordsPath)
        guard let data else {
            Diagnostics.printError("greffier: \(recordsPath): le fichier n'a pas pu être lu")
            return .unreadableInput
        }
        var board = Scoreboard()
        var unmatched = false
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let record = try? JSONParser.parse(String(line)), let path = record["source"]?["path"]?.text else {
                Diagnostics.printError("greffier: \(recordsPath):\(number + 1): not a record")
                unmatched = true
                continue
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let golden = URL(fileURLWithPath: directory).appendingPathComponent(name + ".json")
            guard let text = try? String(contentsOf: golden, encoding: .utf8), let expected = try? JSONParser.parse(text) else {
                Diagnostics.printError("greffier: no golden \(golden.path) for \(path)")
                unmatched = true
                continue
            }
            board.add(document: name, expected: expected, actual: record)
        }
        output.write(report(board))
        if unmatched { return .unreadableInput }
        if let minimum, lowestF1(board) < minimum { return .findingsAtThreshold }
        return .success
    }

    static func lowestF1(_ board: Scoreboard) -> Double {
        ([board.overall] + board.scores.values.filter { $0.expected + $0.actual > 0 }).map(\.f1).min() ?? 1
    }

    static func report(_ board: Scoreboard) -> String {
        func figure(_ value: Double) -> String {
            let thousandths = Int((value * 1000).rounded())
            let rest = thousandths % 1000
            return "\(thousandths / 1000)." + String(repeating: "0", count: rest < 10 ? 2 : rest < 100 ? 1 : 0) + "\(rest)"
        }
        var lines = ["family".padding(toLength: 18, withPad: " ", startingAt: 0)
            + ["precision", "recall", "f1"].map { String(repeating: " ", count: 9 - $0.count) + $0 }.joined(separator: " ")
            + "  expected  found"]
        func row(_ name: String, _ score: Scoreboard.Score) {
            lines.append(name.padding(toLength: 16, withPad: " ", startingAt: 0)
                + "  " + [figure(score.precision), figure(score.recall), figure(score.f1)].map {
                    String(repeating: " ", count: max(0, 9 - $0.count)) + $0
                }.joined(separator: " ")
                + String(format: "%10d %6d", score.expected, score.actual))
        }
        for family in RecordFacts.Family.allCases { row(family.rawValue, board.scores[family] ?? .init()) }
        row("overall", board.overall)
        for difference in board.differences {
            lines.append("\(difference.document): \(difference.missing ? "missing" : "unexpected") \(difference.fact)")
        }
        lines.append("\(board.documents) documents, \(board.differences.count) differences")
        return lines.joined(separator: "\n") + "\n"
    }
}
