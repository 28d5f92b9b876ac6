import Foundation
import Greffier

/// `greffier check PATH...`: one line per finding in the form editors and CI read,
/// `path:line:column: severity: message [code]`, then a summary line.
enum CheckCommand {
    static func run(_ arguments: [String], output: OutputSink) -> ExitStatus {
        if let status = Help.handle(arguments, text: Help.check, output: output) { return status }
        if let unknown = arguments.first(where: { $0 != "-" && $0.hasPrefix("-") }) {
            Diagnostics.printError("greffier: unknown option '\(unknown)' for check\nRun 'greffier check --help' for usage.")
            return .usage
        }
        guard !arguments.isEmpty else {
            Diagnostics.printError("greffier: check needs at least one PATH (a file, a directory, or -)")
            return .usage
        }
        var documents = 0
        var counts: [Severity: Int] = [:]
        var unreadable = false
        for input in InputExpander.expand(arguments) {
            let (record, bytes) = ExtractCommand.load(input)
            documents += 1
            if let error = record.error {
                unreadable = true
                counts[.error, default: 0] += 1
                output.write("\(record.source.path): error: \(error.message) [\(error.code.rawValue)]\n")
                continue
            }
            let lines = LineIndex(bytes)
            for finding in record.findings {
                counts[finding.severity, default: 0] += 1
                var location = record.source.path
                if let span = finding.span {
                    let (line, column) = lines.position(of: span.start)
                    location += ":\(line):\(column)"
                }
                output.write("\(location): \(finding.severity.rawValue): \(finding.message) [\(finding.code.rawValue)]\n")
            }
        }
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        output.write("\(plural(documents, "document")), \(plural(counts[.error] ?? 0, "error")), "
            + "\(plural(counts[.warning] ?? 0, "warning")), \(plural(counts[.info] ?? 0, "info"))\n")
        if unreadable { return .unreadableInput }
        return (counts[.error] ?? 0) > 0 ? .findingsAtThreshold : .success
    }
}

/// Line and column (1-based; the column counts characters) of a byte offset, for editors.
struct LineIndex {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        lineStarts = starts
    }

    func position(of offset: Int) -> (Int, Int) {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        let end = min(max(offset, start), bytes.count)
        // Count characters, not bytes: continuation bytes do not start a character.
        let column = bytes[start..<end].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } + 1
        return (low + 1, column)
    }
}
