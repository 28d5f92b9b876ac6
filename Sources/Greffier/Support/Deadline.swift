/// When a document's recognition must stop. Recognizers' loops ask at every step, but the
/// clock is read only every `stride` steps of a loop (reading it costs more than a step), so
/// an unlimited deadline costs one branch and a limited one almost nothing.
struct Deadline: Sendable {
    /// Steps between two readings of the clock: small enough that no recognizer's step
    /// batch takes long, large enough to be free.
    static let stride = 256 // a power of two: the test is a mask

    /// A flag beside a plain time rather than an optional: copying the optional at every step
    /// of every loop showed in profiles. And a `Duration` since `origin` rather than a clock
    /// instant, whose layout is known only at run time: every struct holding one (`Document`)
    /// then asked for its type metadata at each step of each loop that read a field of it.
    private let limited: Bool
    private let end: Duration
    private static let origin = ContinuousClock.now

    static let none = Deadline(after: nil)

    init(after duration: Duration?) {
        let now = ContinuousClock.now - Self.origin
        limited = duration != nil
        end = duration.map { now + $0 } ?? now
    }

    /// Reads the clock.
    var hasPassed: Bool {
        guard limited else { return false }
        return ContinuousClock.now - Self.origin >= end
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
}
