import Foundation
import Greffier

/// `greffier show FILE...`: a short human summary of each record.
enum ShowCommand {
    static func run(_ arguments: [String], output: OutputSink) -> ExitStatus {
        if let status = Help.handle(arguments, text: Help.show, output: output) { return status }
        let paths = arguments.filter { $0 == "-" || !$0.hasPrefix("-") }
        if let unknown = arguments.first(where: { $0 != "-" && $0.hasPrefix("-") }) {
            Diagnostics.printError("greffier: unknown option '\(unknown)' for show\nRun 'greffier show --help' for usage.")
            return .usage
        }
        guard !paths.isEmpty else {
            Diagnostics.printError("greffier: show needs at least one FILE (or - for standard input)")
            return .usage
        }
        var unreadable = false
        for (position, input) in InputExpander.expand(paths).enumerated() {
            let record = ExtractCommand.read(input)
            if let error = record.error {
                unreadable = true
                Diagnostics.printError("greffier: \(record.source.path): \(error.message) [\(error.code.rawValue)]")
            }
            output.write((position > 0 ? "\n" : "") + RecordSummary.render(record))
        }
        return unreadable ? .unreadableInput : .success
    }
}
