import Foundation

/// `greffier-bench [--documents N] [--seed S] [--sizes 1,10,100] [--greffier PATH]
/// [--corpus DIR] [--keep]`.
struct BenchOptions {
    var documents = 10_000
    var seed: UInt64 = 2004_1085
    /// Sizes in MB of the single inputs made of concatenated documents.
    var sizes = [1, 10, 100]
    var greffier: String?
    var corpus: String?
    var keep = false

    static let usage = """
        Usage: greffier-bench [--documents N] [--seed S] [--sizes 1,10,100] [--greffier PATH]
                              [--corpus DIR] [--keep]

        Builds a synthetic corpus of N documents (default 10000, about 120 MB) from the texts of
        DIR (default corpus/texts) in a temporary folder, then times the `greffier` binary built
        beside this one (or PATH) on it with one job and with one job per core, a read-and-count-
        words pass and `wc -w` on the same files, and single inputs of the given sizes made of
        concatenated documents. --keep leaves the temporary folder in place.
        Run it on a release build: swift run -c release greffier-bench

        """

    static func parse(_ arguments: [String]) -> Result<BenchOptions, BenchUsageError> {
        var options = BenchOptions()
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--keep" {
                options.keep = true
                continue
            }
            if argument == "--help" || argument == "-h" { return .failure(.init(message: "")) }
            guard index < arguments.count else { return .failure(.init(message: "\(argument) needs a value")) }
            let value = arguments[index]
            index += 1
            switch argument {
            case "--documents":
                guard let count = Int(value), count > 0 else { return .failure(.init(message: "--documents takes a positive number")) }
                options.documents = count
            case "--seed":
                guard let seed = UInt64(value) else { return .failure(.init(message: "--seed takes a whole number")) }
                options.seed = seed
            case "--sizes":
                let sizes = value.split(separator: ",").compactMap { Int($0) }
                guard !sizes.isEmpty, sizes.allSatisfy({ $0 > 0 }) else { return .failure(.init(message: "--sizes takes MB counts like 1,10,100")) }
                options.sizes = sizes
            case "--greffier": options.greffier = value
            case "--corpus": options.corpus = value
            default: return .failure(.init(message: "unknown option \(argument)"))
            }
        }
        return .success(options)
    }

    /// The greffier binary: --greffier, else the one built in the same folder as this program.
    func greffierPath() -> String? {
        if let greffier { return greffier }
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = me.deletingLastPathComponent().appendingPathComponent("greffier").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : nil
    }

    /// The source texts: --corpus, else corpus/texts of the package (from this file's path, or
    /// the current folder).
    func corpusFolder() -> URL {
        if let corpus { return URL(fileURLWithPath: corpus) }
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let folder = package.appendingPathComponent("corpus/texts")
        if FileManager.default.fileExists(atPath: folder.path) { return folder }
        return URL(fileURLWithPath: "corpus/texts")
    }
}

/// A wrong command line, with what to say; empty for `--help`.
struct BenchUsageError: Error {
    let message: String
}
