import Foundation
import Greffier

/// `greffier extract PATH...`: one JSON record per input, one per line, in input order.
enum ExtractCommand {
    struct Options: Equatable {
        var paths: [String] = []
        var failOn: Severity?
        var pretty = false
    }

    static func parse(_ arguments: [String]) -> Result<Options, UsageError> {
        var options = Options()
        var index = 0
        var onlyPaths = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                options.paths.append(argument)
                continue
            }
            switch argument {
            case "--":
                onlyPaths = true
            case "--pretty":
                options.pretty = true
            case "--fail-on":
                guard index < arguments.count else { return .failure(.init("--fail-on needs a value: error, warning, info or none")) }
                let value = arguments[index]
                index += 1
                if value == "none" {
                    options.failOn = nil
                } else if let severity = Severity(rawValue: value) {
                    options.failOn = severity
                } else {
                    return .failure(.init("--fail-on takes error, warning, info or none, not '\(value)'"))
                }
            default:
                return .failure(.init("unknown option '\(argument)' for extract"))
            }
        }
        if options.paths.isEmpty { return .failure(.init("extract needs at least one PATH (a file, a directory, or - for standard input)")) }
        return .success(options)
    }

    static func run(_ arguments: [String], output: OutputSink) -> ExitStatus {
        if let status = Help.handle(arguments, text: Help.extract, output: output) { return status }
        let options: Options
        switch parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let error):
            Diagnostics.printError("greffier: \(error.message)\nRun 'greffier extract --help' for usage.")
            return .usage
        }
        var unreadable = false
        var reachedThreshold = false
        for input in InputExpander.expand(options.paths) {
            let record = read(input)
            if let error = record.error {
                unreadable = true
                Diagnostics.printError("greffier: \(record.source.path): \(error.message) [\(error.code.rawValue)]")
            }
            if let threshold = options.failOn, record.findings.contains(where: { $0.severity >= threshold }) {
                reachedThreshold = true
            }
            output.write(record.json.serialized(pretty: options.pretty) + "\n")
        }
        if unreadable { return .unreadableInput }
        return reachedThreshold ? .findingsAtThreshold : .success
    }

    static func read(_ input: Input) -> DocumentRecord { load(input).record }

    /// The record of an input and the bytes it was read from (empty when unreadable).
    static func load(_ input: Input) -> (record: DocumentRecord, bytes: [UInt8]) {
        switch input {
        case .failed(let path, let code, let message):
            return (Greffier.unreadable(path: path, code: code, message: message), [])
        case .standardInput:
            let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            return (Greffier.extract(bytes: bytes, path: "-"), bytes)
        case .file(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                return (Greffier.unreadable(path: path, code: .inputUnreadable, message: "le fichier n'a pas pu être lu"), [])
            }
            let bytes = [UInt8](data)
            return (Greffier.extract(bytes: bytes, path: path), bytes)
        }
    }
}

struct UsageError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
