/// The inputs of a batch a few at a time: a worker reads a group together, so that their
/// SHA-256 digests are computed four at a time (`Greffier.extract(_:limits:)`).
///
/// Only inputs that never make a reader wait are grouped: the records of a group are written
/// when all of them are read, and those of earlier inputs must not wait for another program.
/// So standard input, a pipe or a device goes alone, and nothing is grouped when the paths
/// come from a list fed through a pipe (the next path may come much later).
///
/// A group goes to one job, so groups are kept small in bytes as well (by the sizes listed):
/// a few large files spread over the jobs instead of filling one group.
struct InputGroups: IteratorProtocol {
    /// Enough for the four lanes to stay busy past documents of very different sizes.
    static let standardSize = 8
    /// A group closes once its files reach this many bytes, and a file this large goes alone:
    /// a few milliseconds of work, so that two large files use two jobs.
    static let standardBytes = 256 << 10

    private var inputs: InputWalk
    private let size: Int
    private let bytes: Int
    /// An input that may wait or a large file, taken while filling a group: the next group, alone.
    private var held: Input?

    init(_ inputs: InputWalk, size: Int, bytes: Int = standardBytes) {
        self.inputs = inputs
        self.size = max(1, size)
        self.bytes = max(1, bytes)
    }

    /// A group from an `InputWalk`, grouping only when taking its next input never waits.
    init(_ inputs: InputWalk) {
        self.init(inputs, size: inputs.neverWaits ? Self.standardSize : 1)
    }

    mutating func next() -> [Input]? {
        if let input = held {
            held = nil
            return [input]
        }
        var group: [Input] = []
        group.reserveCapacity(size)
        var total = 0
        while group.count < size, total < bytes, let input = inputs.next() {
            if inputs.lastMayWait || inputs.lastSize >= bytes {
                if group.isEmpty { return [input] }
                held = input
                break
            }
            group.append(input)
            total += inputs.lastSize
        }
        return group.isEmpty ? nil : group
    }
}
