/// When a document's recognition must stop. Recognizers' loops ask at every step, but the
/// clock is read only every `stride` steps of a loop (reading it costs more than a step), so
/// an unlimited deadline costs one branch and a limited one almost nothing.
struct Deadline: Sendable {
    /// Steps between two readings of the clock: small enough that no recognizer's step
    /// batch takes long, large enough to be free.
    static let stride = 256

    private let end: ContinuousClock.Instant?

    static let none = Deadline(after: nil)

    init(after duration: Duration?) {
        end = duration.map { ContinuousClock.now + $0 }
    }

    /// Reads the clock.
    var hasPassed: Bool {
        guard let end else { return false }
        return ContinuousClock.now >= end
    }

    /// Whether a loop at its `steps`-th step must stop: true at the first step once the
    /// deadline has passed, so that a recognizer started late does no work.
    func expired(_ steps: inout Int) -> Bool {
        guard end != nil else { return false }
        defer { steps &+= 1 }
        return steps % Self.stride == 0 && hasPassed
    }
}
