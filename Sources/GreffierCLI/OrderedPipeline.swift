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

    /// Runs the work on `jobs` threads, the calling thread being one of them, and calls
    /// `deliver` on the calling thread for each output in order; `deliver` returns false to stop
    /// (a write failed). `idle` is called when the next output is not ready yet, before the
    /// calling thread reads a document itself or waits (to flush what was written so far).
    /// Returns once every worker has finished.
    ///
    /// The calling thread works rather than sleeping until the next output arrives: with one
    /// job no other thread is started, and with more, fewer wake-ups pass between threads
    /// (waking the writer and the worker for every document cost about a tenth of the time).
    func run(deliver: (Output) -> Bool, idle: () -> Void) {
        state.lock()
        runningWorkers = jobs - 1
        state.unlock()
        for _ in 1..<jobs {
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
            if let (index, input) = take(waiting: false) {
                let output = work(input)
                state.lock()
                results[index] = output
                continue
            }
            state.lock()
            // Re-check: the output may have arrived while `idle` ran or the source was busy.
            if results[delivered] == nil && !(total.map { delivered >= $0 } ?? false) {
                state.wait()
            }
        }
        while runningWorkers > 0 { state.wait() }
        state.unlock()
    }

    private func workerLoop() {
        while let (index, input) = take(waiting: true) {
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
    /// or the run was stopped. Not `waiting` (the calling thread, which alone makes room in
    /// the window, must never wait for it): nil at once when the window is full or a worker
    /// holds the source, as one waiting for room does.
    private func take(waiting: Bool) -> (Int, Source.Element)? {
        if waiting {
            sourceLock.lock()
        } else if !sourceLock.try() {
            return nil
        }
        defer { sourceLock.unlock() }
        state.lock()
        while waiting && !stopped && total == nil && handedOut >= delivered + window { state.wait() }
        let finished = stopped || total != nil || handedOut >= delivered + window
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
