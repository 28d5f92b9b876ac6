import Foundation

/// Ways of running the binary that batch tests need: under a file size limit (a full disk,
/// reproducibly), and in the background, to interrupt it in the middle of a run.
extension CLIRunner {
    /// Runs greffier with `ulimit -f blocks` (512-byte blocks): writes past it fail.
    static func run(_ arguments: [String], fileSizeLimit blocks: Int, in directory: URL = root) throws -> Result {
        try run(executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", "ulimit -f \(blocks) && exec \"$0\" \"$@\"", binary.path] + arguments,
                stdin: nil, in: directory)
    }

    /// A greffier process left running, its standard input open.
    struct Running {
        let process: Process
        let stdin: FileHandle
        let stderr: FileHandle

        /// Reads standard error until `condition` holds of what was read, or it is closed.
        func readStandardError(until condition: (String) -> Bool) -> String {
            var seen = Data()
            while !condition(String(decoding: seen, as: UTF8.self)) {
                let chunk = stderr.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            return String(decoding: seen, as: UTF8.self)
        }
    }

    static func start(_ arguments: [String], in directory: URL = root) throws -> Running {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let input = Pipe()
        let err = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        return Running(process: process, stdin: input.fileHandleForWriting, stderr: err.fileHandleForReading)
    }
}
