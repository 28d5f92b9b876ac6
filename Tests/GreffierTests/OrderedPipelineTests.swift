import Foundation
import Testing

@testable import GreffierCLI

/// The batch pipeline: outputs in input order whatever the number of jobs and however long each
/// input takes, never more than the window taken ahead of the next output, and a clean stop.
@Suite struct OrderedPipelineTests {
    /// Counts the inputs handed out, so that a test can see how far ahead the workers read.
    final class CountingSource: IteratorProtocol, @unchecked Sendable {
        // `@unchecked Sendable`: the pipeline calls `next` under its source lock; `taken` is
        // read under `lock` too.
        private let lock = NSLock()
        private var next_ = 0
        let count: Int

        init(count: Int) { self.count = count }

        var taken: Int { lock.withLock { next_ } }

        func next() -> Int? {
            lock.withLock {
                guard next_ < count else { return nil }
                next_ += 1
                return next_ - 1
            }
        }
    }

    struct Source: IteratorProtocol {
        let counting: CountingSource
        mutating func next() -> Int? { counting.next() }
    }

    /// Some inputs take a little longer, so that workers finish out of order; the first one
    /// takes longest, so that every other worker runs into the full window while it works.
    static func work(_ input: Int) -> Int {
        let pause: UInt32 = input == 0 ? 20_000 : (input % 7 == 3 ? 2_000 : 0)
        if pause > 0 { usleep(pause) }
        return input * 10
    }

    @Test(arguments: [1, 2, 3, 5])
    func deliversInInputOrderWithinTheWindow(jobs: Int) {
        let counting = CountingSource(count: 300)
        let window = jobs * 4
        let pipeline = OrderedPipeline(source: Source(counting: counting), jobs: jobs, window: window, work: Self.work)
        var delivered: [Int] = []
        var mostAhead = 0
        pipeline.run(deliver: { output in
            mostAhead = max(mostAhead, counting.taken - delivered.count)
            delivered.append(output)
            return true
        }, idle: {})
        #expect(delivered == (0..<300).map { $0 * 10 })
        #expect(mostAhead <= window)
    }

    @Test(arguments: [1, 2, 3])
    func stopsWhenDeliveryFails(jobs: Int) {
        let counting = CountingSource(count: 1_000)
        let pipeline = OrderedPipeline(source: Source(counting: counting), jobs: jobs, window: jobs * 4, work: Self.work)
        var delivered: [Int] = []
        pipeline.run(deliver: { output in
            delivered.append(output)
            return delivered.count < 10
        }, idle: {})
        #expect(delivered == (0..<10).map { $0 * 10 })
        // Nothing is read past the window once the run stopped.
        #expect(counting.taken <= 10 + jobs * 4)
    }

    /// With several jobs the calling thread only waits: the workers work and the one that
    /// finishes the output awaited writes it (and those ready after it), so that no third thread
    /// is woken per output. With one job the calling thread does both, with nothing to wait for
    /// but the work. Either way `deliver` and `idle` never run two at once.
    @Test(arguments: [1, 2, 3])
    func whichThreadsWorkAndWrite(jobs: Int) {
        final class Threads: @unchecked Sendable {
            // `@unchecked Sendable`: every member is guarded by `lock`.
            let lock = NSLock()
            var workers: Set<ObjectIdentifier> = []
            var writers: Set<ObjectIdentifier> = []
            var writing = 0
            var mostWritingAtOnce = 0

            func enterWriting() {
                lock.withLock {
                    writers.insert(ObjectIdentifier(Thread.current))
                    writing += 1
                    mostWritingAtOnce = max(mostWritingAtOnce, writing)
                }
            }

            func leaveWriting() { lock.withLock { writing -= 1 } }
        }
        let threads = Threads()
        let pipeline = OrderedPipeline(source: Source(counting: CountingSource(count: 200)), jobs: jobs, window: jobs * 4) { input in
            let me = ObjectIdentifier(Thread.current)
            threads.lock.withLock { _ = threads.workers.insert(me) }
            return Self.work(input)
        }
        let caller = ObjectIdentifier(Thread.current)
        var delivered: [Int] = []
        pipeline.run(deliver: { output in
            threads.enterWriting()
            defer { threads.leaveWriting() }
            // A moment inside, so that a second writer would be caught overlapping.
            if output % 50 == 0 { usleep(1_000) }
            delivered.append(output)
            return true
        }, idle: {
            threads.enterWriting()
            threads.leaveWriting()
        })
        #expect(delivered == (0..<200).map { $0 * 10 })
        let (workers, writers, mostAtOnce) = threads.lock.withLock { (threads.workers, threads.writers, threads.mostWritingAtOnce) }
        #expect(workers.contains(caller) == (jobs == 1))
        #expect(writers.contains(caller) == (jobs == 1))
        #expect(writers.isSubset(of: workers))
        #expect(mostAtOnce == 1)
    }

    @Test(arguments: [1, 2, 4])
    func anEmptySourceDeliversNothing(jobs: Int) {
        let pipeline = OrderedPipeline(source: Source(counting: CountingSource(count: 0)), jobs: jobs, window: 4, work: Self.work)
        var delivered = 0
        pipeline.run(deliver: { _ in delivered += 1; return true }, idle: {})
        #expect(delivered == 0)
    }
}
