import Foundation

/// Progress and summary on standard error.
///
/// The progress line (`412/10000 documents (4%), 38.2 MB/s, 1 min 12 s left`) is redrawn in
/// place on a terminal, ten times a second at most; when standard error is not a terminal it
/// is written only with `--progress`, one line a second at most (and at the first document, to
/// show the run has started). The summary line ends every run unless `--quiet`; on Linux it
/// also gives the peak resident memory.
final class ProgressReporter: @unchecked Sendable {
    // `@unchecked Sendable`: `census` is guarded by `lock`, set by the census thread; the rest
    // is used by one thread at a time: the worker delivering records (`OrderedPipeline` orders
    // them by its lock), then the calling thread once the workers are done.

    struct Census: Sendable {
        let documents: Int
        /// Nil when a size is unknown (standard input).
        let bytes: Int?
    }

    private let showsProgress: Bool
    private let showsSummary: Bool
    private let terminal: Bool
    private let started = Date()
    private var lastDrawn: Date?
    private var lineOnScreen = false
    private let lock = NSLock()
    private var census: Census?

    init(progress: Bool, quiet: Bool) {
        terminal = isatty(STDERR_FILENO) == 1
        showsProgress = !quiet && (progress || terminal)
        showsSummary = !quiet
    }

    /// Whether the total is worth counting (it is only shown in the progress line).
    var wantsCensus: Bool { showsProgress }

    func setCensus(_ census: Census) {
        lock.lock()
        self.census = census
        lock.unlock()
    }

    /// A message that must not be drawn over, such as an unreadable input's.
    func message(_ text: String) {
        clearLine()
        Diagnostics.printError(text)
    }

    /// After each document written.
    func advance(_ tally: BatchTally) {
        guard showsProgress else { return }
        let now = Date()
        let interval = terminal ? 0.1 : 1.0
        if let lastDrawn, now.timeIntervalSince(lastDrawn) < interval { return }
        lastDrawn = now
        draw(line(tally, now: now))
    }

    /// Clears the progress line and prints the summary.
    func finish(_ tally: BatchTally) {
        clearLine()
        guard showsSummary else { return }
        let elapsed = Date().timeIntervalSince(started)
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        Diagnostics.printError("greffier: \(plural(tally.documents, "document")), \(tally.unreadable) unreadable, "
            + "\(plural(tally.errors, "error")), \(plural(tally.warnings, "warning")), \(plural(tally.infos, "info")); "
            + "\(Self.duration(elapsed)), \(Self.rate(tally.bytes, elapsed))"
            + (PeakMemory.bytes().map { String(format: ", peak %.1f MB", Double($0) / 1e6) } ?? ""))
    }

    private func line(_ tally: BatchTally, now: Date) -> String {
        lock.lock()
        let census = self.census
        lock.unlock()
        let elapsed = now.timeIntervalSince(started)
        var text = "greffier: \(tally.documents)"
        if let census, census.documents > 0 {
            text += "/\(census.documents) documents (\(tally.documents * 100 / census.documents)%)"
        } else {
            text += tally.documents == 1 ? " document" : " documents"
        }
        text += ", \(Self.rate(tally.bytes, elapsed))"
        if let total = census?.bytes, tally.bytes > 0, elapsed > 0 {
            let left = Double(max(0, total - tally.bytes)) / (Double(tally.bytes) / elapsed)
            text += ", \(Self.duration(left)) left"
        }
        return text
    }

    private func draw(_ text: String) {
        if terminal {
            // Carriage return and erase-line: the line is redrawn in place.
            write("\r\u{1B}[2K" + text)
            lineOnScreen = true
        } else {
            write(text + "\n")
        }
    }

    private func clearLine() {
        guard lineOnScreen else { return }
        write("\r\u{1B}[2K")
        lineOnScreen = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `38.2 MB/s` (MB = 10⁶ bytes, as disks and networks count).
    static func rate(_ bytes: Int, _ seconds: Double) -> String {
        let perSecond = seconds > 0 ? Double(bytes) / seconds / 1e6 : 0
        return String(format: "%.1f MB/s", perSecond)
    }

    /// `0.4 s`, `12 s`, `3 min 05 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return String(format: "%.1f s", seconds) }
        if seconds < 60 { return "\(Int(seconds.rounded())) s" }
        let whole = Int(seconds.rounded())
        return String(format: "%d min %02d s", whole / 60, whole % 60)
    }
}
