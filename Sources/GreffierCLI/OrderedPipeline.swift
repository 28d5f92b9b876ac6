import Foundation

/// Maps inputs to outputs on `jobs` threads and delivers the outputs in input order, each as
/// soon as it and all before it are done.
///
/// Memory is bounded: an input is taken from the source only when it is fewer than `window`
/// places ahead of the next output to deliver, so at most `window` documents (their bytes,
/// records and text) are in memory, whatever the number of inputs; a slow document holds the
/// others back rather than letting finished ones pile up.
final class OrderedPipeline<Source: IteratorProtocol, Output: Sendable>: @unchecked Sendable
where Source: SendableMetatype, Source.Element: Sendable {
    // `@unchecked Sendable`: every mutable member below is guarded, as each says.

    /// Guards `source` and `handedOut`: one worker at a time takes the next input, so that
    /// reading a `--files-from -` line never holds up workers handing in their results.
    private let sourceLock = NSLock()
    private var source: Source
    private var handedOut = 0

    /// Guards the six members below; signalled, when a worker waits in `take`, as the window
    /// gains room or the run stops.
    private let state = NSCondition()
    private var delivered = 0
    private var results: [Int: Output] = [:]
    /// The number of inputs, once the source is exhausted.
    private var total: Int?
    private var stopped = false
    /// A worker is delivering: the others leave their outputs to it.
    private var delivering = false
    /// A worker waits in `take` for room in the window.
    private var takerWaits = false

    /// Guards `runningWorkers`; signalled as each worker ends. The calling thread waits on it
    /// alone, so that it is not woken for every output delivered.
    private let ended = NSCondition()
    private var runningWorkers = 0

    private let jobs: Int
    private let window: Int
    private let work: @Sendable (Source.Element) -> Output

    init(source: Source, jobs: Int, window: Int, work: @escaping @Sendable (Source.Element) -> Output) {
        self.source = source
        self.jobs = max(1, jobs)
        self.window = max(window, self.jobs)
        self.work = work
    }

    /// Runs the work and calls `deliver` for each output in order, one call at a time;
    /// `deliver` returns false to stop (a write failed). `idle` is called when the next output
    /// is not ready yet (to flush what was written so far). Returns once every worker has
    /// finished.
    ///
    /// With several jobs, `deliver` and `idle` run on the worker that finished the output
    /// awaited, never two at once: the calling thread only waits. A writing thread woken for
    /// every group made three threads share two cores, and those hand-overs cost about a tenth
    /// of the run's time.
    func run(deliver: @escaping (Output) -> Bool, idle: @escaping () -> Void) {
        if jobs == 1 { return runHere(deliver: deliver, idle: idle) }
        let writer = Writer(deliver: deliver, idle: idle)
        ended.lock()
        runningWorkers = jobs
        ended.unlock()
        for _ in 0..<jobs {
            let thread = Thread { [self] in workerLoop(writer) }
            // As much stack as the main thread: a recognizer may recurse on a long text.
            thread.stackSize = 8 << 20
            thread.start()
        }
        ended.lock()
        while runningWorkers > 0 { ended.wait() }
        ended.unlock()
    }

    /// The caller's closures, handed to the workers.
    private struct Writer: @unchecked Sendable {
        // `@unchecked Sendable`: called only by the worker holding `delivering` (set and
        // cleared under `state`, which orders one worker's calls before the next one's).
        let deliver: (Output) -> Bool
        let idle: () -> Void
    }

    /// One job: the work runs on the calling thread, with no hand-over between threads (waking
    /// the writer and the worker for every document cost about 6 % of the time). Each output is
    /// written and flushed before the next input is taken, so records stream as they would
    /// with a worker.
    private func runHere(deliver: (Output) -> Bool, idle: () -> Void) {
        while let input = source.next() {
            guard deliver(work(input)) else { return }
            idle()
        }
    }

    private func workerLoop(_ writer: Writer) {
        while let (index, input) = take() {
            let output = work(input)
            state.lock()
            results[index] = output
            if !delivering && index == delivered { deliverReady(writer) }
            state.unlock()
        }
        ended.lock()
        runningWorkers -= 1
        ended.signal()
        ended.unlock()
    }

    /// Delivers the outputs ready in order, then flushes; called with `state` locked, which it
    /// releases around each call to the caller's closures. An output stored meanwhile by
    /// another worker is left to this one (`delivering`), hence the check before giving up.
    private func deliverReady(_ writer: Writer) {
        delivering = true
        defer { delivering = false }
        while !stopped, let output = results.removeValue(forKey: delivered) {
            state.unlock()
            let keepGoing = writer.deliver(output)
            state.lock()
            delivered += 1
            if !keepGoing { stopped = true }
            // Room in the window, or the run stopped.
            if takerWaits { state.signal() }
            if stopped { return }
            if results[delivered] == nil {
                // Nothing ready to write: what is buffered goes out now, so records stream.
                state.unlock()
                writer.idle()
                state.lock()
            }
        }
    }

    /// The next input and its place, once the window has room; nil when there is none left
    /// or the run was stopped.
    private func take() -> (Int, Source.Element)? {
        sourceLock.lock()
        defer { sourceLock.unlock() }
        state.lock()
        // One worker at most waits here (it holds `sourceLock`), so a signal wakes it.
        while !stopped && total == nil && handedOut >= delivered + window {
            takerWaits = true
            state.wait()
            takerWaits = false
        }
        let finished = stopped || total != nil
        state.unlock()
        if finished { return nil }
        guard let input = source.next() else {
            state.lock()
            total = handedOut
            state.unlock()
            return nil
        }
        handedOut += 1
        return (handedOut - 1, input)
    }
}
