import Greffier

/// `greffier explain CODE`: what a finding code means, why it matters, how to fix the source.
enum ExplainCommand {
    static func run(_ arguments: [String], output: OutputSink) -> ExitStatus {
        if let status = Help.handle(arguments, text: Help.explain, output: output) { return status }
        guard arguments.count == 1, let name = arguments.first else {
            Diagnostics.printError("greffier: explain takes one CODE; `greffier findings` lists them")
            return .usage
        }
        guard let code = FindingCode(rawValue: name), let explanation = code.explanation else {
            Diagnostics.printError("greffier: unknown finding code '\(name)'; `greffier findings` lists them")
            return .usage
        }
        output.write("""
            \(code.rawValue) (\(code.severity.rawValue))

            What: \(explanation.meaning)
            Why it matters: \(explanation.why)
            How to fix: \(explanation.fix)

            """)
        return .success
    }
}
