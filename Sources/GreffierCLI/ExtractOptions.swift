import Foundation
import Greffier

/// The options of `greffier extract`, parsed from its arguments.
struct ExtractOptions: Equatable, Sendable {
    var paths: [String] = []
    /// `--files-from FILE`: a list of paths, one per line; `-` reads it from standard input.
    var filesFrom: String?
    var failOn: Severity?
    var pretty = false
    var format: RecordFormat = .jsonl
    var csv = CSVStyle()
    /// Documents read at once; the default is one per core.
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var output: String?
    /// `--progress` forces the progress line even when standard error is not a terminal.
    var progress = false
    var quiet = false
    /// `--max-bytes` and `--max-seconds-per-document`: 64 MB and 10 s unless given.
    var limits = ExtractionLimits.standard

    /// Parses `arguments`, the command's own (after `extract`).
    static func parse(_ given: [String]) -> Result<ExtractOptions, UsageError> {
        let arguments = splittingInlineValues(given)
        var options = ExtractOptions()
        var decimalGiven = false
        var index = 0
        var onlyPaths = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPaths || argument == "-" || !argument.hasPrefix("-") {
                options.paths.append(argument)
                continue
            }
            if let expected = valueExpected[argument] {
                guard index < arguments.count else { return .failure(.init("\(argument) needs a value: \(expected)")) }
                index += 1
                let text = arguments[index - 1]
                if let error = options.set(argument, text, decimalGiven: &decimalGiven) { return .failure(error) }
                continue
            }
            switch argument {
            case "--": onlyPaths = true
            case "--pretty": options.pretty = true
            case "--progress": options.progress = true
            case "--quiet", "-q": options.quiet = true
            default: return .failure(.init("unknown option '\(argument)' for extract"))
            }
        }
        if options.paths.isEmpty && options.filesFrom == nil {
            return .failure(.init("extract needs at least one PATH (a file, a directory, or - for standard input) or --files-from FILE"))
        }
        if options.filesFrom == "-" && options.paths.contains("-") {
            return .failure(.init("standard input cannot be both the list of --files-from and an input (-)"))
        }
        return .success(options)
    }

    /// The options that take a value, and what that value is (for the usage message).
    private static let valueExpected: [String: String] = [
        "--fail-on": "error, warning, info or none",
        "--jobs": "a number of documents read at once, 1 or more", "-j": "a number of documents read at once, 1 or more",
        "--files-from": "a file with one path per line, or - for standard input",
        "--output": "the file to write", "-o": "the file to write",
        "--format": "jsonl, json, csv or csv-budget",
        "--csv-separator": "';', ',' or tab",
        "--csv-decimal": "comma or point",
        "--max-bytes": "a size such as 64M, 500K or 1G, or none",
        "--max-seconds-per-document": "a number of seconds such as 10 or 0.5, or none",
    ]

    /// Sets the option `name` to `text`; the usage error when `text` is not one of its values.
    private mutating func set(_ name: String, _ text: String, decimalGiven: inout Bool) -> UsageError? {
        switch name {
        case "--fail-on":
            if text == "none" {
                failOn = nil
            } else if let severity = Severity(rawValue: text) {
                failOn = severity
            } else {
                return .init("--fail-on takes error, warning, info or none, not '\(text)'")
            }
        case "--jobs", "-j":
            guard let count = Int(text), count >= 1, count <= 1024 else {
                return .init("\(name) takes a whole number from 1 to 1024, not '\(text)'")
            }
            jobs = count
        case "--files-from":
            filesFrom = text
        case "--output", "-o":
            guard !text.isEmpty, text != "-" else {
                return .init("\(name) takes a file name; leave it out to write to standard output")
            }
            output = text
        case "--format":
            guard let chosen = RecordFormat(rawValue: text) else {
                return .init("--format takes jsonl, json, csv or csv-budget, not '\(text)'")
            }
            format = chosen
        case "--csv-separator":
            guard let separator = CSVStyle.Separator(argument: text) else {
                return .init("--csv-separator takes ';', ',' or tab, not '\(text)'")
            }
            csv.separator = separator
            // The decimal mark follows the separator unless it was chosen: `;` goes with `,`.
            if !decimalGiven { csv.decimal = separator.usualDecimal }
        case "--csv-decimal":
            guard let decimal = CSVStyle.Decimal(rawValue: text) else {
                return .init("--csv-decimal takes comma or point, not '\(text)'")
            }
            csv.decimal = decimal
            decimalGiven = true
        case "--max-bytes":
            switch LimitArguments.bytes(text) {
            case .success(let bytes): limits.maxBytes = bytes
            case .failure(let error): return error
            }
        case "--max-seconds-per-document":
            switch LimitArguments.seconds(text) {
            case .success(let duration): limits.maxDuration = duration
            case .failure(let error): return error
            }
        default:
            return .init("unknown option '\(name)' for extract")
        }
        return nil
    }

    /// `--format=csv` → `--format`, `csv`; arguments after `--` are paths and left alone.
    private static func splittingInlineValues(_ arguments: [String]) -> [String] {
        var result: [String] = []
        var onlyPaths = false
        for argument in arguments {
            if argument == "--" { onlyPaths = true }
            if !onlyPaths, argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                result.append(String(argument[..<equals]))
                result.append(String(argument[argument.index(after: equals)...]))
            } else {
                result.append(argument)
            }
        }
        return result
    }
}

struct UsageError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
