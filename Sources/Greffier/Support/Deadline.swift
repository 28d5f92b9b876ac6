#if canImport(Glibc)
import Glibc
#endif

/// When a document's recognition must stop. Recognizers' loops ask at every step, but the
/// clock is read only every `stride` steps of a loop (reading it costs more than a step), so
/// an unlimited deadline costs one branch and a limited one almost nothing.
struct Deadline: Sendable {
    /// Steps between two readings of the clock: small enough that no recognizer's step
    /// batch takes long, large enough to be free.
    static let stride = 256 // a power of two: the test is a mask

    /// A flag beside a plain time rather than an optional: copying the optional at every step
    /// of every loop showed in profiles. And nanoseconds of a clock rather than a clock
    /// instant, whose layout is known only at run time: every struct holding one (`Document`)
    /// then asked for its type metadata at each step of each loop that read a field of it.
    private let limited: Bool
    private let end: Int64

    static let none = Deadline(after: nil)

    init(after duration: Duration?) {
        let now = Self.now()
        limited = duration != nil
        end = duration.map { Self.adding($0, to: now) } ?? now
    }

    /// Reads the clock.
    var hasPassed: Bool {
        guard limited else { return false }
        return Self.now() >= end
    }

    /// Whether a loop at its `steps`-th step must stop: true at the first step once the
    /// deadline has passed, so that a recognizer started late does no work.
    @inline(__always)
    func expired(_ steps: inout Int) -> Bool {
        guard limited else { return false }
        let step = steps
        steps &+= 1
        return step & (Self.stride - 1) == 0 && hasPassed
    }

    /// `time` plus `duration` in nanoseconds, at most `Int64.max` (a budget of centuries).
    static func adding(_ duration: Duration, to time: Int64) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        // Rounded up: a budget is never cut short by the conversion.
        let part = attoseconds / 1_000_000_000 + (attoseconds % 1_000_000_000 > 0 ? 1 : 0)
        if overflow { return seconds < 0 ? time : .max }
        let (span, spanOverflow) = whole.addingReportingOverflow(part)
        if spanOverflow { return .max }
        let (end, endOverflow) = time.addingReportingOverflow(span)
        return endOverflow ? (span < 0 ? .min : .max) : end
    }

    /// Nanoseconds of the monotonic clock. Its coarse version where there is one: read from
    /// memory the kernel updates at each tick (1–4 ms, nothing next to a budget of seconds)
    /// rather than from the processor's counter, it costs a fraction of the precise one, and
    /// it is read ~27 times per document.
    static func now() -> Int64 {
        #if canImport(Glibc)
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC_COARSE, &time)
        return Int64(time.tv_sec) &* 1_000_000_000 &+ Int64(time.tv_nsec)
        #else
        let elapsed = ContinuousClock.now - origin
        return adding(elapsed, to: 0)
        #endif
    }

    #if !canImport(Glibc)
    private static let origin = ContinuousClock.now
    #endif
}
