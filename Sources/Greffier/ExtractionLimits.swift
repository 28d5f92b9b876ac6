/// Bounds on one document's extraction, so that one hostile input (a gigantic concatenation,
/// a text that makes a recognizer slow) cannot stall or exhaust a batch.
public struct ExtractionLimits: Sendable, Equatable {
    /// The command line's defaults: 64 MB (64 × 2²⁰ bytes) and 10 seconds per document.
    public static let standard = ExtractionLimits(maxBytes: 64 << 20, maxDuration: .seconds(10))
    /// No limit but `hardMaxBytes`: the same input always gives the same record.
    public static let unlimited = ExtractionLimits(maxBytes: nil, maxDuration: nil)
    /// Token offsets are 32-bit and normalizing may triple a byte (`0x80` → `€`): larger inputs
    /// are refused whatever `maxBytes` says.
    public static let hardMaxBytes = 1 << 30

    /// A larger input gets an `input.too-large` error record; nil: only `hardMaxBytes`.
    public var maxBytes: Int?
    /// Time for reading one document's values; past it the recognizers stop, the record keeps
    /// what they found and says so (`limits.time-budget`). Nil: no limit.
    public var maxDuration: Duration?

    public init(maxBytes: Int?, maxDuration: Duration?) {
        self.maxBytes = maxBytes
        self.maxDuration = maxDuration
    }

    /// The size limit that applies: `maxBytes`, never more than `hardMaxBytes`.
    public var effectiveMaxBytes: Int { min(maxBytes ?? Self.hardMaxBytes, Self.hardMaxBytes) }
}
