import Testing

@testable import Greffier

/// The deadline keeps nanoseconds of the coarse monotonic clock rather than clock instants:
/// a budget is converted once, exactly, never cut short, and saturates rather than overflows.
@Suite struct CLIPerfDeadlineTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let duration: Duration
        let time: Int64
        let end: Int64
        var testDescription: String { "\(duration) after \(time)" }
    }

    static let cases: [Case] = [
        Case(duration: .zero, time: 1_000, end: 1_000),
        Case(duration: .nanoseconds(1), time: 1_000, end: 1_001),
        Case(duration: .milliseconds(500), time: 0, end: 500_000_000),
        Case(duration: .milliseconds(2500), time: 7, end: 2_500_000_007),
        Case(duration: .seconds(10), time: 1_000_000_000_000, end: 1_010_000_000_000),
        Case(duration: .seconds(3600), time: 0, end: 3_600_000_000_000),
        // A part of a nanosecond rounds up.
        Case(duration: .nanoseconds(1) / 3, time: 0, end: 1),
        Case(duration: .seconds(1) + .nanoseconds(1) / 2, time: 0, end: 1_000_000_001),
        // Centuries and more: the end of time.
        Case(duration: .seconds(Int64.max), time: 0, end: .max),
        Case(duration: .seconds(Int64.max / 1_000_000_000), time: .max - 5, end: .max),
        Case(duration: .seconds(9_000_000_000), time: 0, end: 9_000_000_000_000_000_000),
        Case(duration: .seconds(10_000_000_000), time: 0, end: .max),
        // A negative budget has passed already.
        Case(duration: .seconds(-1), time: 5_000_000_000, end: 4_000_000_000),
        Case(duration: .seconds(Int64.min / 2), time: 0, end: 0),
    ]

    @Test(arguments: cases)
    func addsABudgetToATime(_ given: Case) {
        #expect(Deadline.adding(given.duration, to: given.time) == given.end)
    }

    /// The clock the deadline reads goes forward, and a budget of zero has passed at once while
    /// one of an hour has not.
    @Test func readsAMonotonicClock() {
        let first = Deadline.now()
        var last = first
        for _ in 0..<10_000 {
            let now = Deadline.now()
            #expect(now >= last)
            last = now
        }
        #expect(first > 0)
        #expect(Deadline(after: .zero).hasPassed)
        #expect(Deadline(after: .nanoseconds(-5)).hasPassed)
        #expect(!Deadline(after: .seconds(3600)).hasPassed)
        #expect(!Deadline(after: .seconds(Int64.max)).hasPassed)
        #expect(!Deadline.none.hasPassed)
    }
}
