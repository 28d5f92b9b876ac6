/// An amount of money in exact euro cents: never a binary float.
public struct Amount: Sendable, Equatable, Hashable, Comparable {
    public let cents: Int64
    public init(cents: Int64) { self.cents = cents }

    /// `1068044.02`, `400000`: the JSON number for this amount, exact.
    public var jsonNumber: String {
        var bytes: [UInt8] = []
        JSONNumberText.write(self, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func < (a: Amount, b: Amount) -> Bool { a.cents < b.cents }

    /// The exact sum, nil when it does not fit in 64 bits (thousands of trillion-euro cells in
    /// a hostile table): never wrapped, never a crash.
    public static func sum(_ amounts: some Sequence<Amount>) -> Amount? {
        var total: Int64 = 0
        for amount in amounts {
            let (next, overflow) = total.addingReportingOverflow(amount.cents)
            if overflow { return nil }
            total = next
        }
        return Amount(cents: total)
    }

    /// As French readers write it, for messages: `1 068 044,02 €`.
    public var frenchText: String {
        let magnitude = cents.magnitude
        var euros = String(magnitude / 100)
        var grouped = ""
        while euros.count > 3 {
            grouped = " " + euros.suffix(3) + grouped
            euros = String(euros.dropLast(3))
        }
        let rest = magnitude % 100
        return (cents < 0 ? "-" : "") + euros + grouped + "," + (rest < 10 ? "0" : "") + String(rest) + " €"
    }
}
