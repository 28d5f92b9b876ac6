import Foundation
import Greffier

/// `greffier extract PATH...`: one record per input, in input order, read on every core.
enum ExtractCommand {
    static func run(_ arguments: [String], output: OutputSink) -> ExitStatus {
        if let status = Help.handle(arguments, text: Help.extract, output: output) { return status }
        let options: ExtractOptions
        switch ExtractOptions.parse(arguments) {
        case .success(let parsed): options = parsed
        case .failure(let error):
            Diagnostics.printError("greffier: \(error.message)\nRun 'greffier extract --help' for usage.")
            return .usage
        }
        var list: PathList?
        if let filesFrom = options.filesFrom {
            // Checked before the output is touched: a run that cannot start changes nothing.
            guard let opened = PathList(path: filesFrom) else {
                Diagnostics.printError("greffier: --files-from \(filesFrom): the list could not be read")
                return .unreadableInput
            }
            list = opened
        }
        var file: AtomicOutputFile?
        var trap: InterruptTrap?
        if let path = options.output {
            switch AtomicOutputFile.create(path) {
            case .success(let created):
                file = created
                trap = InterruptTrap { created.discard() }
                // Past a file size limit, a write should fail (and the run end cleanly) rather
                // than the signal killing the process with its temporary file left behind.
                signal(SIGXFSZ, SIG_IGN)
            case .failure(let error):
                Diagnostics.printError("greffier: \(error.message)")
                return .usage
            }
        }
        defer { trap?.release() }
        let writer: RecordOutput
        if let file {
            writer = RecordOutput(descriptor: file.descriptor)
        } else if output === OutputSink.standardOutput {
            writer = RecordOutput(descriptor: STDOUT_FILENO)
        } else {
            writer = RecordOutput(sink: output)
        }
        let reporter = ProgressReporter(progress: options.progress, quiet: options.quiet)
        if reporter.wantsCensus { InputCensus.start(paths: options.paths, filesFrom: options.filesFrom, into: reporter) }

        let tally = write(options, inputs: InputWalk(paths: options.paths, list: list, opensFiles: opensAhead(jobs: options.jobs)), to: writer, reporter: reporter)
        if let failure = writer.failure {
            file?.discard()
            if options.output == nil, writer.failureCode == EPIPE { BrokenPipe.endQuietly() }
            let target = options.output ?? "standard output"
            Diagnostics.printError("greffier: \(target) could not be written (\(failure))\(options.output == nil ? "" : "; it is unchanged")")
            return .unreadableInput
        }
        if let file, let failure = file.commit() {
            Diagnostics.printError("greffier: \(file.target) could not be replaced (\(failure)); it is unchanged")
            return .unreadableInput
        }
        reporter.finish(tally)
        return tally.status
    }

    /// Reads every input on `options.jobs` threads and writes their records in input order.
    private static func write(_ options: ExtractOptions, inputs: InputWalk, to writer: RecordOutput,
                              reporter: ProgressReporter) -> BatchTally {
        let renderer = RecordRenderer(format: options.format, pretty: options.pretty, csv: options.csv)
        let failOn = options.failOn
        let limits = options.limits
        // A worker takes a few inputs at a time (see `InputGroups`); a few groups per job
        // waiting to be written keep every core busy past a slow document.
        let groups = InputGroups(inputs)
        let pipeline = OrderedPipeline(source: groups, jobs: options.jobs, window: options.jobs * 2) { group in
            read(group, limits: limits).map { ExtractedDocument($0, renderer: renderer, failOn: failOn) }
        }
        var tally = BatchTally()
        writer.write(renderer.prologue)
        pipeline.run(deliver: { documents in
            for document in documents {
                if let message = document.inputError { reporter.message("greffier: " + message) }
                if tally.documents > 0 { writer.write(renderer.separator) }
                tally.add(document)
                reporter.advance(tally)
                guard writer.write(document.rendered) else { return false }
            }
            return true
        }, idle: {
            // Nothing ready to write: what is buffered goes out now, so records stream.
            writer.flush()
        })
        writer.write(renderer.epilogue(count: tally.documents))
        writer.flush()
        return tally
    }

    /// Whether the walk may open a directory's files as it finds them, the workers reading them
    /// later: one `lstat` and a path lookup fewer per file. Each job then holds a group's files
    /// open at most (and one more waits its turn), which must stay well within the process's
    /// limit on open files; past it, files are opened by their paths as they are read.
    static func opensAhead(jobs: Int) -> Bool {
        #if canImport(Glibc)
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return false }
        // The walks' open directories (the progress census walks too), the standard streams,
        // the output and whatever the runtime holds.
        let reserve = 2 * DirectoryListing.openDepth + 64
        // No limit (RLIM_INFINITY, all ones) clamps to Int.max.
        let available = Int(clamping: limit.rlim_cur) - reserve
        return available > 0 && jobs <= (available - 1) / (InputGroups.standardSize + 1)
        #else
        return false
        #endif
    }

    static func read(_ input: Input, limits: ExtractionLimits = .standard) -> DocumentRecord {
        load(input, limits: limits).record
    }

    /// The record of an input and the bytes it was read from (empty when unreadable). A file
    /// that vanished or became unreadable since it was listed gets its error record too.
    static func load(_ input: Input, limits: ExtractionLimits = .standard) -> (record: DocumentRecord, bytes: [UInt8]) {
        switch contents(input, limits: limits) {
        case .record(let record):
            return (record, [])
        case .bytes(let bytes, let path):
            return (Greffier.extract(bytes: bytes, path: path, limits: limits), bytes)
        }
    }

    /// The records of several inputs, in order: those `read` gives each. The inputs read are
    /// extracted together (their digests computed four at a time), a few megabytes at a time
    /// so that a group of large files is never all in memory at once.
    static func read(_ inputs: [Input], limits: ExtractionLimits = .standard) -> [DocumentRecord] {
        var records: [DocumentRecord] = []
        records.reserveCapacity(inputs.count)
        var pending: [(bytes: [UInt8], path: String)] = []
        var pendingBytes = 0
        func extractPending() {
            records += Greffier.extract(pending, limits: limits)
            pending.removeAll()
            pendingBytes = 0
        }
        for input in inputs {
            switch contents(input, limits: limits) {
            case .record(let record):
                extractPending()
                records.append(record)
            case .bytes(let bytes, let path):
                pending.append((bytes, path))
                pendingBytes += bytes.count
                if pendingBytes >= groupBytes { extractPending() }
            }
        }
        extractPending()
        return records
    }

    /// Inputs read before they are extracted together, at most (one file may be larger).
    /// `InputGroups` keeps groups far smaller from the sizes listed; this bounds what a group
    /// holds should its files have grown since.
    static let groupBytes = 4 << 20

    private enum Contents {
        /// The input's bytes, to extract.
        case bytes([UInt8], path: String)
        /// The record of an input that could not be read, or too large to be.
        case record(DocumentRecord)
    }

    private static func contents(_ input: Input, limits: ExtractionLimits) -> Contents {
        let path: String
        let outcome: InputReader.Outcome
        switch input {
        case .failed(let path, let code, let message):
            return .record(Greffier.unreadable(path: path, code: code, message: message))
        case .standardInput:
            path = "-"
            outcome = InputReader.read(descriptor: STDIN_FILENO, maxBytes: limits.effectiveMaxBytes)
        case .file(let file):
            path = file
            outcome = InputReader.read(path: file, maxBytes: limits.effectiveMaxBytes)
        case .opened(let file):
            path = file.path
            outcome = InputReader.read(opened: file, maxBytes: limits.effectiveMaxBytes)
        }
        switch outcome {
        case .bytes(let bytes):
            return .bytes(bytes, path: path)
        case .tooLarge(let size):
            return .record(Greffier.tooLarge(path: path, bytes: size, limit: limits.effectiveMaxBytes))
        case .unreadable(let reason):
            return .record(Greffier.unreadable(path: path, code: .inputUnreadable, message: reason))
        }
    }
}
