import Foundation
import Greffier

/// Exit statuses, as the README documents them.
public enum ExitStatus: Int32, Sendable {
    /// Every input was read.
    case success = 0
    /// A finding at or above `--fail-on` was raised.
    case findingsAtThreshold = 1
    /// The command line was wrong.
    case usage = 2
    /// At least one input could not be read (the others were still processed).
    case unreadableInput = 3
}

public func exitProcess(_ status: ExitStatus) -> Never {
    exit(status.rawValue)
}

/// `greffier COMMAND ...`: dispatches to the commands.
public enum CommandLineTool {
    public static func run(arguments: [String], output: OutputSink = .standardOutput) -> ExitStatus {
        guard let command = arguments.first else {
            Diagnostics.printError(Help.general)
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        switch command {
        case "extract":
            return ExtractCommand.run(rest, output: output)
        case "check":
            return CheckCommand.run(rest, output: output)
        case "compare":
            return CompareCommand.run(rest, output: output)
        case "explain":
            return ExplainCommand.run(rest, output: output)
        case "show":
            return ShowCommand.run(rest, output: output)
        case "tokens":
            return TokensCommand.run(rest, output: output)
        case "schema":
            if let status = Help.handle(rest, text: Help.schema, output: output) { return status }
            output.write(DocumentSchema.text)
            return .success
        case "findings":
            if let status = Help.handle(rest, text: Help.findings, output: output) { return status }
            for code in FindingCode.allCases {
                output.write("\(code.rawValue)\t\(code.severity.rawValue)\t\(code.summary)\n")
            }
            return .success
        case "help", "--help", "-h":
            output.write(Help.text(for: rest.first))
            return .success
        case "--version":
            output.write("greffier \(Help.version)\n")
            return .success
        default:
            Diagnostics.printError("greffier: unknown command '\(command)'\n\n" + Help.general)
            return .usage
        }
    }
}

/// Where a command's results go: standard output, or a buffer in tests.
public final class OutputSink: @unchecked Sendable {
    private let handle: FileHandle?
    private let lock = NSLock()
    public private(set) var captured = ""

    private init(handle: FileHandle?) { self.handle = handle }

    public static let standardOutput = OutputSink(handle: FileHandle.standardOutput)
    public static func buffer() -> OutputSink { OutputSink(handle: nil) }

    public func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if let handle {
            // `write(_:)` would trap on a closed pipe when SIGPIPE is ignored: a crash message
            // for `greffier tokens x | head -1`.
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
                if underlying?.code == Int(EPIPE) { BrokenPipe.endQuietly() }
                FileHandle.standardError.write(Data("greffier: standard output could not be written (\(error.localizedDescription))\n".utf8))
                exit(ExitStatus.unreadableInput.rawValue)
            }
        } else {
            captured += text
        }
    }
}

enum Diagnostics {
    static func printError(_ text: String) {
        // A standard error that cannot be written has no one to tell.
        try? FileHandle.standardError.write(contentsOf: Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
