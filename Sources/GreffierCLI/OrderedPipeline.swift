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

    /// Guards everything below; signalled whenever one of them changes.
    private let state = NSCondition()
    private var delivered = 0
    private var results: [Int: Output] = [:]
    /// The number of inputs, once the source is exhausted.
    private var total: Int?
    private var stopped = false
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

    /// Runs the workers and calls `deliver` on the calling thread for each output in order;
    /// `deliver` returns false to stop (a write failed). `idle` is called when the next output
    /// is not ready yet, before waiting for it (to flush what was written so far).
    /// Returns once every worker has finished.
    func run(deliver: (Output) -> Bool, idle: () -> Void) {
        if jobs == 1 { return runHere(deliver: deliver, idle: idle) }
        state.lock()
        runningWorkers = jobs
        state.unlock()
        for _ in 0..<jobs {
            let thread = Thread { [self] in workerLoop() }
            // As much stack as the main thread: a recognizer may recurse on a long text.
            thread.stackSize = 8 << 20
            thread.start()
        }
        state.lock()
        while true {
            if let output = results.removeValue(forKey: delivered) {
                state.unlock()
                let keepGoing = deliver(output)
                state.lock()
                delivered += 1
                state.broadcast()
                if !keepGoing {
                    stopped = true
                    state.broadcast()
                    break
                }
                continue
            }
            if let total, delivered >= total { break }
            state.unlock()
            idle()
            state.lock()
            // Re-check: the output may have arrived while `idle` ran.
            if results[delivered] == nil && !(total.map { delivered >= $0 } ?? false) {
                state.wait()
            }
        }
        while runningWorkers > 0 { state.wait() }
        state.unlock()
    }

    /// One job: the work runs on the calling thread, with no hand-over between threads (waking
    /// the writer and the worker for every document cost about 6 % of the time). Each output is
    /// written and flushed before the next input is taken, so records stream as they would
    /// with a worker. With more jobs the calling thread only writes: were it to work too, a
    /// finished record would wait for the document it works on, or for an input it waits for.
    private func runHere(deliver: (Output) -> Bool, idle: () -> Void) {
        while let input = source.next() {
            guard deliver(work(input)) else { return }
            idle()
        }
    }

    private func workerLoop() {
        while let (index, input) = take() {
            let output = work(input)
            state.lock()
            results[index] = output
            state.broadcast()
            state.unlock()
        }
        state.lock()
        runningWorkers -= 1
        state.broadcast()
        state.unlock()
    }

    /// The next input and its place, once the window has room; nil when there is none left
    /// or the run was stopped.
    private func take() -> (Int, Source.Element)? {
        sourceLock.lock()
        defer { sourceLock.unlock() }
        state.lock()
        while !stopped && total == nil && handedOut >= delivered + window { state.wait() }
        let finished = stopped || total != nil
        state.unlock()
        if finished { return nil }
        guard let input = source.next() else {
            state.lock()
            total = handedOut
            state.broadcast()
            state.unlock()
            return nil
        }
        handedOut += 1
        return (handedOut - 1, input)
    }
}
